using Lantern.Web.Platform.Charts;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Charts;

/// <summary>The word-sized trend line: points at their dates, the scale's ends at the picture's edges, meaning in words.</summary>
[NeedsNoDatabase]
public sealed class SparklineTests
{
    private static readonly DateOnly From = new(2026, 11, 1);

    [Fact]
    public void Points_SitAtTheirDates_AndValuesOutsideTheScaleAreHeldAtItsEdge()
    {
        // Ten days wide, 0–10 tall; the picture is 120×32 with 3 px padding: x = 3 + 114·day/10, y = 3 + 26·(1 − v/10).
        var placed = Sparkline.Place([new(From.AddDays(5), 5), new(From, 0), new(From.AddDays(10), 14)], From, From.AddDays(10), 0, 10);

        Assert.Equal([(3.0, 29.0), (60.0, 16.0), (117.0, 3.0)], placed);
    }

    [Fact]
    public void Render_CarriesItsMeaningAsTheAccessibleName_AndOnePointIsADot()
    {
        var one = Sparkline.Render([new(From, 6)], From, From.AddDays(10), 0, 10, "Mood: 1 check-in, 6 out of 10 & rising", "series-mood").ToString()!;

        Assert.Contains("role=\"img\" aria-label=\"Mood: 1 check-in, 6 out of 10 &amp; rising\"", one, StringComparison.Ordinal);
        Assert.DoesNotContain("<polyline", one, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"spark-dot series-mood\"", one, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", one, StringComparison.Ordinal);
    }
}
