using Lantern.Clinical.Ketamine;

namespace Lantern.Clinical.Tests.Ketamine;

// The esketamine label (clinical.md §4.2, VERIFIED) is the only source of the 2-hour figure; for every other route it
// is Lantern's default and must never be put to the person as that route's rule (§4.3 records no duration).
public sealed class ObservationAdviceTests
{
    [Fact]
    public void For_EsketamineNasalSpray_CitesTheLabelAndItsTwoHours()
    {
        var advice = ObservationAdvice.For(KetamineRoute.EsketamineNasalSpray);

        Assert.Same(Refs.SpravatoLabel, advice.Source);
        Assert.Equal(EvidenceStatus.Verified, advice.Source.Status);
        Assert.Contains("label asks for at least 2 hours", advice.Before, StringComparison.Ordinal);
        Assert.Equal(120, SessionMonitoring.MinimumObservationMinutes);
    }

    [Theory]
    [InlineData(KetamineRoute.AtHomeLozenges)]
    [InlineData(KetamineRoute.IvInfusion)]
    [InlineData(KetamineRoute.Intramuscular)]
    [InlineData(KetamineRoute.Other)]
    public void For_EveryOtherRoute_IsLanternsDefaultNotTheLabelsRule(KetamineRoute route)
    {
        var advice = ObservationAdvice.For(route);

        Assert.Same(Refs.LanternSessionPolicy, advice.Source);
        Assert.Contains("careful default", advice.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("The esketamine", advice.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("label asks for at least", advice.Before, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AtHome_ConfirmationNamesTheSupportPerson()
    {
        Assert.Contains("support person", ObservationAdvice.For(KetamineRoute.AtHomeLozenges).ConfirmEarly, StringComparison.Ordinal);
    }
}
