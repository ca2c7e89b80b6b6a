using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.ClinicChecklists;

public sealed record ChecklistAnswerRequest(string? Question, string? Answer, [MultiLine] string? Notes);

/// <summary>The body of a create or update. Owner, id and timestamps are never read from it.</summary>
public sealed record SaveClinicChecklistRequest(string? ClinicName, IReadOnlyList<ChecklistAnswerRequest>? Answers);

/// <summary>A request that passed every rule: the clinic name trimmed and one answer per question, in order.</summary>
internal sealed record ValidChecklist(string ClinicName, IReadOnlyList<ClinicChecklistAnswer> Answers);

/// <summary>The one set of rules for create and update, so the page and the API reject the same input the same way.</summary>
internal static class ClinicChecklistInput
{
    /// <exception cref="ValidationFailedException">Every broken rule, named as in the JSON body (<c>answers[2].notes</c>).</exception>
    public static ValidChecklist Validate(SaveClinicChecklistRequest? request)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        var name = request?.ClinicName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            Add("clinicName", "Enter the clinic's name.");
        }
        else if (name.Length > ClinicChecklist.MaxClinicNameLength)
        {
            Add("clinicName", $"Keep the clinic's name to {ClinicChecklist.MaxClinicNameLength} characters or fewer.");
        }

        var given = new Dictionary<string, ClinicChecklistAnswer>(StringComparer.Ordinal);
        var answers = request?.Answers ?? [];
        if (answers.Count > ClinicQuestions.All.Count)
        {
            Add("answers", $"Send at most one answer for each of the {ClinicQuestions.All.Count} questions.");
        }

        for (var i = 0; i < answers.Count && answers.Count <= ClinicQuestions.All.Count; i++)
        {
            var item = answers[i];
            var question = ClinicQuestions.Find(item?.Question);
            if (question is null)
            {
                Add($"answers[{i}].question", $"Unknown question '{item?.Question}'. Use one of: {string.Join(", ", ClinicQuestions.All.Select(q => q.Key))}.");
                continue;
            }

            if (given.ContainsKey(question.Key))
            {
                Add($"answers[{i}].question", $"The question '{question.Key}' is answered more than once.");
                continue;
            }

            var answer = ChecklistAnswers.Parse(item!.Answer);
            if (answer is null)
            {
                Add($"answers[{i}].answer", $"Answer with one of: {string.Join(", ", ChecklistAnswers.Codes)}.");
            }

            var notes = string.IsNullOrWhiteSpace(item.Notes) ? null : item.Notes.Trim();
            if (notes?.Length > ClinicChecklist.MaxNotesLength)
            {
                Add($"answers[{i}].notes", $"Keep notes to {ClinicChecklist.MaxNotesLength} characters or fewer.");
            }

            given[question.Key] = new ClinicChecklistAnswer { Question = question.Key, Answer = answer ?? ChecklistAnswer.Unanswered, Notes = notes };
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
        }

        // Every question gets a row, so the comparison table never has holes and a later edit only updates rows.
        var ordered = ClinicQuestions.All
            .Select(q => given.GetValueOrDefault(q.Key) ?? new ClinicChecklistAnswer { Question = q.Key, Answer = ChecklistAnswer.Unanswered })
            .ToArray();
        return new ValidChecklist(name, ordered);
    }
}
