using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Pain.PainApi;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>
/// /api/v1/pain/summary: MME per day from overlapping log entries, with the figures of clinical.md §5, next to pain
/// scores from check-ins on the same local day.
/// </summary>
public sealed class PainSummaryTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Summary_OverlappingRanges_AddsUpEachDayWithTheReferenceFigures()
    {
        var user = await TestUser.CreateAsync(app);
        await LogAsync(user, Dose("oxycodone", 30, "2026-11-01"));
        await LogAsync(user, Dose("hydromorphone", 4, "2026-11-10", "2026-11-20"));
        await LogAsync(user, Dose("fentanyl-patch", 25, "2026-11-21", "2026-11-24", "mcg/h"));

        var summary = await SummaryAsync(user.Client, "?from=2026-10-30&to=2026-11-26");

        Assert.Equal(28, summary.GetProperty("days").GetArrayLength());
        Assert.Equal(0m, Day(summary, "2026-10-31").GetProperty("mme").GetDecimal());
        Assert.Equal(45m, Day(summary, "2026-11-01").GetProperty("mme").GetDecimal());
        Assert.Equal(45m, Day(summary, "2026-11-09").GetProperty("mme").GetDecimal());
        Assert.Equal(65m, Day(summary, "2026-11-10").GetProperty("mme").GetDecimal()); // oxycodone 30 mg + hydromorphone 4 mg
        Assert.Equal(65m, Day(summary, "2026-11-20").GetProperty("mme").GetDecimal());
        Assert.Equal(105m, Day(summary, "2026-11-21").GetProperty("mme").GetDecimal()); // 45 + fentanyl patch 25 mcg/h (60)
        Assert.Equal(105m, Day(summary, "2026-11-24").GetProperty("mme").GetDecimal());
        Assert.Equal(45m, Day(summary, "2026-11-25").GetProperty("mme").GetDecimal());
        Assert.Empty(Day(summary, "2026-11-09").GetProperty("flags").EnumerateArray());
        Assert.Equal(["mme-50-or-more"], Day(summary, "2026-11-10").GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["mme-50-or-more", "mme-90-or-more"], Day(summary, "2026-11-21").GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(3, summary.GetProperty("doses").GetArrayLength());
        Assert.Contains("At or above 50 on 15 days", summary.GetProperty("mmeSummary").GetString(), StringComparison.Ordinal);
        Assert.Contains("At or above 90 on 4 days", summary.GetProperty("mmeSummary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_FentanylPatchAlone_Is60MmeEveryDay()
    {
        var user = await TestUser.CreateAsync(app);
        await LogAsync(user, Dose("fentanyl-patch", 25, "2026-11-20"));

        var summary = await SummaryAsync(user.Client, "?from=2026-11-20&to=2026-11-26");

        Assert.All(summary.GetProperty("days").EnumerateArray(), d => Assert.Equal(60m, d.GetProperty("mme").GetDecimal()));
    }

    [Fact]
    public async Task Summary_ReferenceLines_AreThe50And90LevelsMarkedSecondary()
    {
        var user = await TestUser.CreateAsync(app);

        var summary = await SummaryAsync(user.Client, string.Empty);

        var lines = summary.GetProperty("referenceLines").EnumerateArray().ToArray();
        Assert.Equal([50, 90], lines.Select(l => l.GetProperty("mme").GetInt32()));
        Assert.All(lines, l => Assert.Equal("secondary", l.GetProperty("status").GetString()));
        Assert.Equal("≥50 MME/day reference (from a secondary source)", lines[0].GetProperty("label").GetString());
        Assert.Contains("prescriber", summary.GetProperty("guidance").GetString(), StringComparison.Ordinal);
        Assert.Contains("Do not use it to convert one opioid to another", summary.GetProperty("caution").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_NoRange_IsTheLast90LocalDays()
    {
        var user = await TestUser.CreateAsync(app);

        var summary = await SummaryAsync(user.Client, string.Empty);

        Assert.Equal("2026-11-26", summary.GetProperty("to").GetString());
        Assert.Equal("2026-08-29", summary.GetProperty("from").GetString());
        Assert.Equal(90, summary.GetProperty("days").GetArrayLength());
        Assert.StartsWith("No opioid doses logged", summary.GetProperty("mmeSummary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_PainFromCheckIns_JoinsOnTheSameDay()
    {
        var user = await TestUser.CreateAsync(app);
        await LogAsync(user, Dose("morphine", 60, "2026-11-20"));
        await CheckInAsync(user, "2026-11-22", pain: 6);
        await CheckInAsync(user, "2026-11-24", pain: 4);
        await CheckInAsync(user, "2026-11-25", pain: null);

        var summary = await SummaryAsync(user.Client, "?from=2026-11-20&to=2026-11-26");

        Assert.Equal(6, Day(summary, "2026-11-22").GetProperty("pain").GetInt32());
        Assert.Equal(4, Day(summary, "2026-11-24").GetProperty("pain").GetInt32());
        Assert.Equal(JsonValueKind.Null, Day(summary, "2026-11-23").GetProperty("pain").ValueKind);
        Assert.Equal(JsonValueKind.Null, Day(summary, "2026-11-25").GetProperty("pain").ValueKind);
        Assert.True(summary.GetProperty("painShared").GetBoolean());
        Assert.Equal("Pain was scored on 2 days, from 4 to 6 out of 10, 5 on average. The latest, on 24 Nov 2026, was 4.", summary.GetProperty("painSummary").GetString());
    }

    [Theory]
    [InlineData("?from=2026-11-27&to=2026-11-26", "from")]
    [InlineData("?from=2025-11-01&to=2026-11-26", "from")]
    [InlineData("?from=26/11/2026", "from")]
    [InlineData("?to=2026-13-01", "to")]
    public async Task Summary_BadRange_Returns400NamingTheField(string query, string field)
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.GetAsync($"/api/v1/pain/summary{query}", Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Caregiver_WithTaperButNotMood_SeesMmeWithoutPain()
    {
        var patient = await TestUser.CreateAsync(app);
        await LogAsync(patient, Dose("hydrocodone", 20, "2026-11-20"));
        await CheckInAsync(patient, "2026-11-22", pain: 8);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "taper");

        var summary = await SummaryAsync(caregiver.Client, $"?patientId={patient.Id}&from=2026-11-20&to=2026-11-26");

        Assert.False(summary.GetProperty("painShared").GetBoolean());
        Assert.Equal(20m, Day(summary, "2026-11-22").GetProperty("mme").GetDecimal()); // CDC worked example: hydrocodone 20 mg/day = 20 MME
        Assert.All(summary.GetProperty("days").EnumerateArray(), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("pain").ValueKind));
    }

    [Fact]
    public async Task Therapist_WithTaperAndMood_SeesMmeAndPain()
    {
        var patient = await TestUser.CreateAsync(app);
        await LogAsync(patient, Dose("tapentadol", 200, "2026-11-20"));
        await CheckInAsync(patient, "2026-11-22", pain: 8);
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "taper", "mood");

        var summary = await SummaryAsync(therapist.Client, $"?patientId={patient.Id}&from=2026-11-20&to=2026-11-26");

        Assert.True(summary.GetProperty("painShared").GetBoolean());
        Assert.Equal(80m, Day(summary, "2026-11-22").GetProperty("mme").GetDecimal());
        Assert.Equal(8, Day(summary, "2026-11-22").GetProperty("pain").GetInt32());
    }

    private static async Task CheckInAsync(TestUser user, string date, int? pain)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/checkins", new { date, mood = 5, anxiety = 4, sleepHours = 7, energy = 5, pain }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
