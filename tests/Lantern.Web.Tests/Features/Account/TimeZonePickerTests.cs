using System.Text.RegularExpressions;
using Lantern.Web.Tests.Architecture;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>
/// The time-zone choice was a list of about 300 raw IANA ids. It is one shared picker: grouped by region, readable
/// city names with their offset from UTC, the IANA id still the value sent; every form that asks for a zone uses it.
/// </summary>
public sealed partial class TimeZonePickerTests(SharedApp app)
{
    [Fact]
    public async Task SignUp_TimeZonePicker_GroupedByRegionWithCityNamesAndOffsets()
    {
        var html = await PageForms.GetPageAsync(app.CreateBrowserlikeClient(), "/account/sign-up");

        Assert.Contains("<optgroup label=\"America\">", html, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Europe\">", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"America/Chicago\">Chicago \\(UTC&#x2212;0[56]:00\\)</option>", html);
        Assert.Matches("<option value=\"America/Argentina/Buenos_Aires\">Buenos Aires, Argentina \\(UTC&#x2212;03:00\\)</option>", html);
        Assert.Matches("<option value=\"Asia/Kolkata\">Kolkata \\(UTC(\\+|&#x2B;)05:30\\)</option>", html);
        Assert.Matches("<option value=\"America/New_York\" selected=\"selected\">New York", html);
        Assert.Contains("data-detect=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("/js/timezone.js", html, StringComparison.Ordinal);
        // No raw id shown as a label.
        Assert.DoesNotMatch(">[A-Z][a-z]+/[A-Za-z_]+<", html);
    }

    [Fact]
    public async Task SignUp_RefusedAndShownAgain_KeepsTheChosenZoneAndDoesNotDetectOverIt()
    {
        var client = app.CreateBrowserlikeClient();

        var html = await PageForms.SubmitForPageAsync(client, "/account/sign-up",
            [("Input.Email", "not-an-email"), ("Input.DisplayName", "Ana"), ("Input.Password", "short"), ("Input.TimeZone", "Asia/Tokyo"), ("Input.Role", "patient")]);

        Assert.Matches("<option value=\"Asia/Tokyo\" selected=\"selected\">Tokyo", html);
        Assert.Contains("data-detect=\"false\"", html, StringComparison.Ordinal);
    }

    /// <summary>The class of defect: a page writing its own zone list. Every time-zone field goes through the shared partial.</summary>
    [Fact]
    public void Views_EveryTimeZoneFieldUsesTheSharedPicker()
    {
        var root = Path.Combine(Repository.Root, "src", "Lantern.Web");
        var own = Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("_TimeZoneSelect.cshtml", StringComparison.Ordinal))
            .Where(f => TimeZoneField().IsMatch(File.ReadAllText(f)) || File.ReadAllText(f).Contains("TimeZones.Selectable", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .ToArray();

        Assert.True(own.Length == 0, "Pages with their own time-zone list; use <partial name=\"_TimeZoneSelect\">:\n" + string.Join("\n", own));
    }

    [GeneratedRegex("<(select|input)[^>]*name=\"[^\"]*TimeZone\"", RegexOptions.IgnoreCase)]
    private static partial Regex TimeZoneField();
}
