using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Safety;
using Lantern.Web.Features.Alerts;

namespace Lantern.Web.Features.Sessions.After;

/// <param name="Ratings">0 none to 3 severe for nausea, dizziness, headache, sedation and anxiety; missing ones are none.</param>
/// <param name="Dissociation">0 (not at all) to 10 (the most you can imagine).</param>
/// <param name="UrinarySymptoms">pain-passing-urine, frequent-or-urgent, blood-in-urine, bladder-pain.</param>
/// <param name="WarningSigns">suicidal-thoughts, chest-pain, trouble-breathing, severe-confusion, seeing-or-hearing-things.</param>
public sealed record RecordSideEffectsRequest(
    IReadOnlyDictionary<string, int>? Ratings,
    int? Dissociation,
    IReadOnlyList<string>? UrinarySymptoms,
    IReadOnlyList<string>? WarningSigns);

/// <summary>
/// Saves how the patient felt after a session (one report per session; saving again replaces it). Red flags among the
/// answers become alerts in the same save, exactly as a check-in's warning signs do: a flag already raised from this
/// report is not raised twice when it is saved again, but its advice is shown every time.
/// </summary>
public sealed class RecordSideEffectsHandler(LanternDbContext db, SessionReader reader, AlertRaiser alerts, TimeProvider time, ILogger<RecordSideEffectsHandler> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid sessionId, RecordSideEffectsRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(sessionId, ct);
        var session = bundle.Session;
        if (session.State is not (SessionState.Started or SessionState.Finished))
        {
            throw SessionConflicts.Refused("not-started", "Side effects are noted once the session has started.");
        }

        var report = AfterSessionReport.Parse(request.Ratings, request.Dissociation, request.UrinarySymptoms, request.WarningSigns);
        var now = time.GetUtcNow();
        var stored = bundle.SideEffects is { } existing ? db.Attach(existing).Entity : null;
        var before = stored is null ? [] : Flags(stored);
        if (stored is null)
        {
            stored = new SideEffectReport { PatientId = session.PatientId, SessionId = session.Id, RecordedAt = now };
            db.Add(stored);
        }

        stored.Nausea = report.Ratings["nausea"];
        stored.Dizziness = report.Ratings["dizziness"];
        stored.Headache = report.Ratings["headache"];
        stored.Sedation = report.Ratings["sedation"];
        stored.Anxiety = report.Ratings["anxiety"];
        stored.Dissociation = report.Dissociation;
        stored.UrinarySymptoms = SessionCodes.Join(report.UrinarySymptoms);
        stored.WarningSigns = SessionCodes.Join(report.WarningSigns.Select(f => f.Code));
        stored.UpdatedAt = now;

        var flags = report.Flags();
        var raised = alerts.Stage(session.PatientId, flags.Where(f => !before.Contains(f.Code)), AlertOrigin.DosingSession, session.Id);
        await db.SaveChangesAsync(ct);
        SessionsLog.SideEffectsSaved(logger, session.Id);
        var updated = bundle with { SideEffects = stored };
        return new SessionSaved(SessionView.ToResponse(updated, now), SafetyResponse.From(flags, raised.Select(a => a.Id), bundle.Profile),
            flags.Count == 0 ? "Saved. Thank you: this helps you and your provider see how sessions affect you." : null);
    }

    private static HashSet<string> Flags(SideEffectReport stored)
    {
        var codes = SessionCodes.Split(stored.WarningSigns).ToHashSet(StringComparer.Ordinal);
        if (stored.UrinarySymptoms.Length > 0)
        {
            codes.Add(RedFlags.BladderPainOrBloodInUrine.Code);
        }

        return codes;
    }
}
