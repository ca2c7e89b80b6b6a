using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions;

/// <summary>A blood-pressure reading as typed on a page; kept as text so a mistake is shown back as it was typed.</summary>
public sealed class ReadingInput
{
    public string? Systolic { get; set; }
    public string? Diastolic { get; set; }
    public string? Pulse { get; set; }

    public RecordVitalsRequest ToRequest()
    {
        var errors = new FieldErrors();
        var request = new RecordVitalsRequest(
            Read(Systolic, "systolic", required: false, errors),
            Read(Diastolic, "diastolic", required: false, errors),
            Read(Pulse, "pulse", required: false, errors));
        return errors.Any ? throw errors.ToException() : request;
    }

    /// <summary>A whole number, or null when blank (the handler then says what is missing).</summary>
    public static int? Read(string? text, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, "Give a number.");
            }

            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Give a whole number, for example 120.");
        return null;
    }
}

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

    public PlanSessionRequest ToRequest() => new(
        SupportPerson: SupportKind switch
        {
            "caregiver" => new SupportPersonInput(CaregiverId ?? Guid.Empty, null, null),
            "contact" => new SupportPersonInput(null, SupportName, SupportPhone),
            _ => null,
        },
        ClearSupportPerson: SupportKind == "none",
        ChecklistDone: Done,
        Benzodiazepine: Benzodiazepine ?? string.Empty,
        Intention: Intention ?? string.Empty);

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

/// <summary>The 15-minute check as a support person taps it in.</summary>
public sealed class CheckInput
{
    public string? Responsiveness { get; set; }
    public string? Calmness { get; set; }
    public bool BreathingConcern { get; set; }
    [MultiLine]
    public string? Note { get; set; }

    public RecordCheckRequest ToRequest() => new(Responsiveness, Calmness, BreathingConcern, Note);
}

/// <summary>Finishing: how are you now, an optional note, and the early-finish confirmation.</summary>
public sealed class FinishInput
{
    public string? Feeling { get; set; }
    [MultiLine]
    public string? Note { get; set; }
    public bool ConfirmEarly { get; set; }

    public FinishSessionRequest ToRequest() => new(Feeling ?? string.Empty, Note ?? string.Empty, ConfirmEarly);
}

/// <summary>Minutes-ago choices for "when did you take the dose?".</summary>
public static class DoseTimes
{
    public static IReadOnlyList<int> Choices { get; } = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180];

    public static string Label(int minutes) => minutes == 0 ? "Just now" : $"{SessionTimes.Duration(minutes)} ago";
}

/// <summary>What the shared reading form needs: which page handler saves it, what was typed, and the page's errors.</summary>
public sealed record ReadingFormView(string Handler, string FormId, string Button, ReadingInput Input, Lantern.Web.Platform.Forms.FormPageModel Page);
