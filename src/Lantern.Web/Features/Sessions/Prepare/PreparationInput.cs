using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>The preparation form: checklist ticks, benzodiazepine answer, intention and support person.</summary>
public sealed class PreparationInput
{
    public List<string> Done { get; set; } = [];
    public string? Benzodiazepine { get; set; }
    [MultiLine]
    public string? Intention { get; set; }

    /// <summary><c>caregiver</c>, <c>contact</c> or <c>none</c>.</summary>
    public string? SupportKind { get; set; }

    public Guid? CaregiverId { get; set; }
    public string? SupportName { get; set; }
    public string? SupportPhone { get; set; }

    /// <summary>
    /// Everything typed goes to the handler, even a name and phone beside another choice: the handler says why it can't
    /// keep them instead of the form dropping them unseen.
    /// </summary>
    public PlanSessionRequest ToRequest() => new(
        SupportPerson: SupportKind switch
        {
            "caregiver" => new SupportPersonInput(CaregiverId ?? Guid.Empty, SupportName, SupportPhone),
            "contact" => new SupportPersonInput(null, SupportName, SupportPhone),
            _ when Typed(SupportName) || Typed(SupportPhone) => new SupportPersonInput(null, SupportName, SupportPhone),
            _ => null,
        },
        ClearSupportPerson: SupportKind == "none",
        ChecklistDone: Done,
        Benzodiazepine: Benzodiazepine ?? string.Empty,
        Intention: Intention ?? string.Empty);

    private static bool Typed(string? text) => !string.IsNullOrWhiteSpace(text);

    public static PreparationInput From(SessionResponse session) => new()
    {
        Done = [.. session.Checklist.Where(i => i.Done && !i.Automatic).Select(i => i.Code)],
        Benzodiazepine = session.Benzodiazepine,
        Intention = session.Intention,
        SupportKind = session.SupportPerson?.Kind ?? "none",
        CaregiverId = session.SupportPerson?.UserId,
        SupportName = session.SupportPerson?.Kind == "contact" ? session.SupportPerson.Name : null,
        SupportPhone = session.SupportPerson?.Phone,
    };
}
