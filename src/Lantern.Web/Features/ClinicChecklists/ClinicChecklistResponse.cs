namespace Lantern.Web.Features.ClinicChecklists;

public sealed record ChecklistAnswerResponse(string Question, string Text, string Answer, string? Notes);

/// <summary>A checklist as it leaves the server: every question in order, with its answer. No owner id.</summary>
public sealed record ClinicChecklistResponse(
    Guid Id,
    string ClinicName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int AnsweredCount,
    IReadOnlyList<ChecklistAnswerResponse> Answers)
{
    public static ClinicChecklistResponse From(ClinicChecklist checklist)
    {
        var byKey = checklist.Answers.ToDictionary(a => a.Question, StringComparer.Ordinal);
        var answers = ClinicQuestions.All.Select(q => byKey.TryGetValue(q.Key, out var a)
                ? new ChecklistAnswerResponse(q.Key, q.Text, a.Answer.ToCode(), a.Notes)
                : new ChecklistAnswerResponse(q.Key, q.Text, ChecklistAnswer.Unanswered.ToCode(), null))
            .ToArray();
        return new ClinicChecklistResponse(checklist.Id, checklist.ClinicName, checklist.CreatedAt, checklist.UpdatedAt,
            answers.Count(a => a.Answer != ChecklistAnswer.Unanswered.ToCode()), answers);
    }
}
