using System.Text.RegularExpressions;
using Lantern.Clinical.Opioids;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>
/// The MME result once showed "fentanyl-patch", the form's internal code, as the medicine's name. Every opioid the form
/// offers is posted in turn, and its result row must name it in plain words.
/// </summary>
public sealed partial class MmeNamesTests(SharedApp app)
{
    [Fact]
    public async Task MmeForm_EveryOpioidOption_ResultRowShowsItsPlainNameNeverItsCode()
    {
        var client = app.CreateBrowserlikeClient();
        var form = await PageForms.GetPageAsync(client, "/tools/mme");
        var offered = OptionValue().Matches(form).Select(m => m.Groups[1].Value).Where(v => v.Length > 0).Distinct().ToArray();

        Assert.Equal(MorphineEquivalents.Factors.Select(f => f.Opioid).Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
        foreach (var code in offered)
        {
            var html = await PageForms.SubmitForPageAsync(client, "/tools/mme", [("Items[0].Opioid", code), ("Items[0].DailyDose", "10")]);
            var cells = FirstCell().Matches(html).Select(m => m.Groups[1].Value).ToArray();

            var name = MorphineEquivalents.Factors.Single(f => f.Opioid == code).DisplayName;
            Assert.Equal([name], cells);
            Assert.DoesNotContain($"<td>{code}</td>", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<option value=\"([^\"]*)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("<tr><td>([^<]+)</td>")]
    private static partial Regex FirstCell();
}
