using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

/// <summary>Checks shared by the example and property tests.</summary>
internal static class TaperAssert
{
    /// <summary>ASAM 2025: no proposed step leaves the dose more than 25 % below the dose two weeks earlier.</summary>
    public static void BenzodiazepineWindowRespected(TaperSchedule schedule)
    {
        foreach (var step in schedule.Steps.Where(s => s.Kind == TaperStepKind.Planned))
        {
            var twoWeeksEarlier = DoseInEffect(schedule, step.Date.AddDays(-14));
            Assert.True(
                step.DoseMg >= (twoWeeksEarlier * 0.75m) - 0.000001m,
                $"{step.Date}: {step.DoseMg} mg is more than 25 % below {twoWeeksEarlier} mg two weeks earlier.");
        }
    }

    /// <summary>The dose someone on this schedule takes on <paramref name="date"/>.</summary>
    public static decimal DoseInEffect(TaperSchedule schedule, DateOnly date) =>
        schedule.Steps.LastOrDefault(s => s.Date <= date)?.DoseMg ?? schedule.StartingDoseMg;
}
