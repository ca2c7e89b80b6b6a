namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>What the clinic said, as the person judged it.</summary>
public enum ChecklistAnswer
{
    Unanswered,
    Yes,
    No,
    Unsure,
}

public static class ChecklistAnswers
{
    public static IReadOnlyList<string> Codes { get; } = ["yes", "no", "unsure", "unanswered"];

    public static string ToCode(this ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Unanswered => "unanswered",
        ChecklistAnswer.Yes => "yes",
        ChecklistAnswer.No => "no",
        ChecklistAnswer.Unsure => "unsure",
    };

    public static string ToLabel(this ChecklistAnswer answer) => answer switch
    {
        ChecklistAnswer.Unanswered => "Not answered",
        ChecklistAnswer.Yes => "Yes",
        ChecklistAnswer.No => "No",
        ChecklistAnswer.Unsure => "Unsure",
    };

    /// <summary>Blank means not answered yet; anything unknown is null so the caller can name the field.</summary>
    public static ChecklistAnswer? Parse(string? code) => (code ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "" or "unanswered" => ChecklistAnswer.Unanswered,
        "yes" => ChecklistAnswer.Yes,
        "no" => ChecklistAnswer.No,
        "unsure" or "not-sure" => ChecklistAnswer.Unsure,
        _ => null,
    };
}
