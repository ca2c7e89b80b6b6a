using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>The red flags a journal day raises, most urgent first.</summary>
public static class JournalFlags
{
    public static IReadOnlyList<RedFlag> For(TaperJournalEntry entry)
    {
        var flags = WithdrawalChecklist.Score(entry.Ratings, entry.SymptomsTolerable).Flags.ToList();
        if (entry.ThoughtsOfSuicideOrSelfHarm)
        {
            flags.Add(RedFlags.SuicidalThoughts);
        }

        if (entry.UnableToManageDailyLife)
        {
            flags.Add(RedFlags.UnableToFunction);
        }

        return [.. flags.OrderByDescending(f => f.Level)];
    }

    public static HoldAdviceResponse Advice(TaperSchedule schedule) =>
        new(schedule.NextStepAdviceCode, HoldRule.Explain(schedule.NextStepAdvice));
}
