using Lantern.Clinical.Ketamine;

namespace Lantern.Clinical.Tests.Ketamine;

// clinical.md §4.2 (esketamine schedule: SECONDARY) and §4.3 (Hull 2022: 4-week programme, frequency not recorded).
public sealed class CoursePresetsTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void EsketamineInduction_TwiceWeeklyForFourWeeksThenWeeklyForFour_LabelledSecondary()
    {
        var preset = CoursePresets.EsketamineInduction;
        var dates = preset.Dates(Monday);

        Assert.Equal(12, dates.Count);
        var perWeek = dates.GroupBy(d => (d.DayNumber - Monday.DayNumber) / 7).Select(g => g.Count()).ToArray();
        Assert.Equal([2, 2, 2, 2, 1, 1, 1, 1], perWeek);
        Assert.Equal(EvidenceStatus.Secondary, preset.Status);
        Assert.Equal("secondary", preset.StatusCode);
        Assert.Equal(KetamineRoute.EsketamineNasalSpray, preset.Route);
    }

    [Fact]
    public void IvSixOverTwoWeeks_SixSessionsWithinFourteenDays_LabelledConventionNotVerified()
    {
        var dates = CoursePresets.IvSixOverTwoWeeks.Dates(Monday);

        Assert.Equal(6, dates.Count);
        Assert.True(dates[^1].DayNumber - dates[0].DayNumber < 14);
        Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.InRange(pair.Second.DayNumber - pair.First.DayNumber, 2, 3));
        Assert.Equal(EvidenceStatus.ConventionNotVerified, CoursePresets.IvSixOverTwoWeeks.Status);
    }

    [Fact]
    public void AtHomeWeekly_FourSessionsAWeekApart_TakesTheWeakerOfItsSources()
    {
        var preset = CoursePresets.AtHomeWeekly;

        Assert.Equal([Monday, Monday.AddDays(7), Monday.AddDays(14), Monday.AddDays(21)], preset.Dates(Monday));
        Assert.Contains(preset.Sources, s => s.Status == EvidenceStatus.Verified);
        Assert.Equal(EvidenceStatus.ConventionNotVerified, preset.Status);
    }

    [Fact]
    public void All_NoPresetIsVerifiedOrMentionsADose()
    {
        Assert.All(CoursePresets.All, preset =>
        {
            Assert.NotEqual(EvidenceStatus.Verified, preset.Status);
            Assert.DoesNotContain(" mg", preset.Name + preset.Description, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, preset.DayOffsets[0]);
            Assert.Equal(preset.DayOffsets.Order(), preset.DayOffsets);
        });
    }

    [Fact]
    public void ForCode_UnknownOrBlank_ReturnsNull()
    {
        Assert.Null(CoursePresets.ForCode("monthly"));
        Assert.Null(CoursePresets.ForCode(null));
        Assert.Same(CoursePresets.AtHomeWeekly, CoursePresets.ForCode(" AT-HOME-WEEKLY "));
    }
}
