using System.Text.RegularExpressions;
using Lantern.Web.Platform.Charts;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Charts;

/// <summary>
/// Month labels on a long date axis once sat at evenly spaced days, so "Apr 2026" could mark 17 April. Every month tick
/// is now the first day of its month, and the drawn tick is where that day falls on the axis.
/// </summary>
[NeedsNoDatabase]
public sealed partial class DateTicksTests
{
    [Theory]
    [InlineData("2026-01-17", "2026-09-03", 6, new[] { "2026-03-01", "2026-05-01", "2026-07-01", "2026-09-01" })]
    [InlineData("2026-01-17", "2026-09-03", 3, new[] { "2026-04-01", "2026-07-01" })]
    [InlineData("2026-03-01", "2026-08-10", 6, new[] { "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01" })]
    [InlineData("2025-11-20", "2027-02-01", 6, new[] { "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01" })]
    public void DateTicks_LongRange_AreFirstDaysOfMonths(string from, string to, int count, string[] expected)
    {
        var ticks = SvgChartRenderer.DateTicks(DateOnly.Parse(from), DateOnly.Parse(to), count);

        Assert.Equal(expected.Select(DateOnly.Parse), ticks);
    }

    [Fact]
    public void DateTicks_AnyLongRange_OnlyMonthStartsInsideTheRangeAndNoMoreThanAsked()
    {
        var start = new DateOnly(2024, 1, 1);
        foreach (var offset in Enumerable.Range(0, 400).Where(d => d % 7 == 0))
        {
            foreach (var length in new[] { 121, 150, 200, 365, 500, 900, 2000 })
            {
                foreach (var count in new[] { 3, 6 })
                {
                    var from = start.AddDays(offset);
                    var ticks = SvgChartRenderer.DateTicks(from, from.AddDays(length), count);

                    Assert.NotEmpty(ticks);
                    Assert.True(ticks.Count <= count, $"{from} +{length}: {ticks.Count} ticks for {count}");
                    Assert.All(ticks, t => Assert.Equal(1, t.Day));
                    Assert.All(ticks, t => Assert.InRange(t, from, from.AddDays(length)));
                }
            }
        }
    }

    [Fact]
    public void DateTicks_ShortRange_EvenlySpacedFromStartToEnd()
    {
        var ticks = SvgChartRenderer.DateTicks(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), 6);

        Assert.Equal(new DateOnly(2026, 3, 1), ticks[0]);
        Assert.Equal(new DateOnly(2026, 3, 31), ticks[^1]);
        Assert.Equal(6, ticks.Count);
    }

    [Fact]
    public void Render_LongRange_EachMonthLabelIsDrawnWhereItsFirstDayFalls()
    {
        var from = new DateOnly(2026, 1, 17);
        var to = new DateOnly(2026, 9, 3);
        var chart = new LineChart("c", "T", "D", from, to, 0, 10, [0, 10], [new ChartSeries("s", "series-a", [new ChartPoint(from, 1), new ChartPoint(to, 2)])], [], []);
        var layout = ChartLayout.Wide;

        var svg = SvgChartRenderer.Render(chart, layout);

        var labels = TickLabel().Matches(svg).Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Text: m.Groups[2].Value)).ToArray();
        Assert.Equal(["Mar 2026", "May 2026", "Jul 2026", "Sep 2026"], labels.Select(l => l.Text));
        var plotLeft = 34.0;
        var plotWidth = layout.Width - 34.0 - 10.0;
        var days = to.DayNumber - from.DayNumber;
        foreach (var (x, text) in labels)
        {
            var month = DateOnly.ParseExact("1 " + text, "d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(plotLeft + ((month.DayNumber - from.DayNumber) * plotWidth / days), x, 0.1);
        }
    }

    [GeneratedRegex("<text class=\"tick\" x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"[a-z]+\" font-size=\"[0-9]+\">([A-Z][a-z]{2} [0-9]{4})</text>")]
    private static partial Regex TickLabel();
}
