using System.Text.RegularExpressions;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// What the checklist pages bind: the clinic name, and per question key an answer code and notes
/// (<c>Input.Answers[licensed]</c>, <c>Input.Notes[licensed]</c>). Nothing else is bound, so a form cannot set an
/// owner, id or timestamp.
/// </summary>
public sealed partial class ChecklistForm
{
    public string? ClinicName { get; set; }
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> Notes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The same request the API takes, answers in question order (so error indexes map back to keys).</summary>
    public SaveClinicChecklistRequest ToRequest() => new(
        ClinicName,
        ClinicQuestions.All.Select(q => new ChecklistAnswerRequest(q.Key, Answers.GetValueOrDefault(q.Key), Notes.GetValueOrDefault(q.Key))).ToArray());

    public static ChecklistForm From(ClinicChecklistResponse checklist) => new()
    {
        ClinicName = checklist.ClinicName,
        Answers = checklist.Answers.ToDictionary(a => a.Question, a => (string?)a.Answer, StringComparer.Ordinal),
        Notes = checklist.Answers.ToDictionary(a => a.Question, a => a.Notes, StringComparer.Ordinal),
    };

    public ChecklistAnswer AnswerFor(string key) => ChecklistAnswers.Parse(Answers.GetValueOrDefault(key)) ?? ChecklistAnswer.Unanswered;

    /// <summary>Where a handler's field ("answers[3].notes") is on the form ("Input.Notes[key]"); the form as a whole otherwise.</summary>
    public static string Field(string field)
    {
        var match = AnswerField().Match(field);
        return field switch
        {
            "clinicName" => "Input.ClinicName",
            _ when match.Success && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < ClinicQuestions.All.Count =>
                $"Input.{(match.Groups[2].Value == "notes" ? "Notes" : "Answers")}[{ClinicQuestions.All[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Key}]",
            _ => "general",
        };
    }

    [GeneratedRegex(@"^answers\[(\d+)\]\.(question|answer|notes)$")]
    private static partial Regex AnswerField();
}
