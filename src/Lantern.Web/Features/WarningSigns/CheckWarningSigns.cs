using Lantern.Web.Features.Alerts;

namespace Lantern.Web.Features.WarningSigns;

/// <param name="Signs">Codes of the warning signs the person ticked (see <c>GET /api/v1/warning-signs</c>).</param>
public sealed record CheckWarningSignsRequest(IReadOnlyList<string>? Signs);

/// <summary>The answer in calm words: the most urgent action level, what to do for each sign, and the crisis route.</summary>
public sealed record WarningSignsResult(string? Level, string Summary, SafetyResponse Safety);

/// <summary>One sign a person can tick, as the page and API list them.</summary>
public sealed record WarningSignResponse(string Code, string Title, string Trigger, string Level);

/// <summary>
/// The warning-signs checklist. Every ticked sign becomes an alert, saved before the answer is written, and the
/// answer itself carries the crisis lines for the person's country.
/// </summary>
public sealed class CheckWarningSignsHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    AlertRaiser alerts)
{
    public static IReadOnlyList<WarningSignResponse> Catalogue { get; } =
        SelfReportedSigns.All.Select(f => new WarningSignResponse(f.Code, f.Title, f.Trigger, f.LevelCode)).ToArray();

    public async Task<WarningSignsResult> HandleAsync(CheckWarningSignsRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var flags = SelfReportedSigns.Parse(request.Signs, "signs", errors);
        errors.ThrowIfAny();

        var me = await access.GetContextAsync(ct);
        var profile = await person.GetAsync(ct);
        var raised = alerts.Stage(me.UserId, flags, AlertOrigin.WarningSigns, null);
        if (raised.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        var safety = SafetyResponse.From(flags, raised.Select(a => a.Id), profile);
        return new WarningSignsResult(safety.Level, Summarise(flags.Count == 0 ? null : flags.Max(f => f.Level)), safety);
    }

    /// <summary>The action level in plain words; the level itself comes from the clinical catalogue.</summary>
    public static string Summarise(Lantern.Clinical.Safety.ActionLevel? level) => level switch
    {
        null => "You didn't tick any warning signs. Keep noting how you feel, and come back to this list whenever something changes.",
        Lantern.Clinical.Safety.ActionLevel.Emergency => "Please get help now. The steps and numbers below are the quickest way to it.",
        Lantern.Clinical.Safety.ActionLevel.ContactProviderToday => "Please contact your provider today. If things get worse before you reach them, use the lines below.",
        Lantern.Clinical.Safety.ActionLevel.MentionAtNextVisit => "Note this and mention it at your next appointment. Get in touch sooner if it gets harder.",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
