namespace Lantern.Web.Features.Questionnaires;

/// <summary>When each scheduled questionnaire is next due, from the last local date it was completed.</summary>
[SharedWithOtherFeatures]
public static class QuestionnaireDue
{
    /// <summary>Never completed means due today; otherwise due <paramref name="intervalDays"/> after the last one.</summary>
    public static IReadOnlyList<DueResponse> Compute(int intervalDays, IReadOnlyDictionary<string, DateOnly> lastCompleted, DateOnly today) =>
        QuestionnaireSchedule.ScheduledInstruments
            .Select(code =>
            {
                DateOnly? last = lastCompleted.TryGetValue(code, out var day) ? day : null;
                var next = last?.AddDays(intervalDays) ?? today;
                return new DueResponse(code, InstrumentCatalog.ShortName(code), last, next, next <= today);
            })
            .ToArray();
}
