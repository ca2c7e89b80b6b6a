using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Pain.PainApi;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>
/// Pain and MME meet on the patient's own calendar day, not the UTC date. Each test gets its own app because the fake
/// clock is set to a moment where the two dates differ, and a fake clock cannot go backwards.
/// </summary>
public sealed class PainLocalDayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    // 05:30 UTC on 3 Dec 2026 is 23:30 on 2 Dec in Chicago and 14:30 on 3 Dec in Tokyo.
    [InlineData("America/Chicago", "2026-12-02")]
    [InlineData("Asia/Tokyo", "2026-12-03")]
    public async Task Summary_CheckInNearMidnightUtc_JoinsThePatientsLocalDay(string timeZone, string localDay)
    {
        await using var app = new LanternAppFactory();
        await app.InitializeAsync();
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 5, 30, 0, TimeSpan.Zero));
        var user = await TestUser.CreateAsync(app, timeZone: timeZone);
        await LogAsync(user, Dose("oxycodone", 30, localDay));
        var checkIn = await user.Client.PostAsJsonAsync("/api/v1/checkins", new { mood = 5, anxiety = 4, sleepHours = 7, energy = 5, pain = 7 }, Ct);
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);

        var summary = await SummaryAsync(user.Client, string.Empty);

        Assert.Equal(localDay, summary.GetProperty("today").GetString());
        Assert.Equal(localDay, summary.GetProperty("to").GetString());
        var day = Day(summary, localDay);
        Assert.Equal(7, day.GetProperty("pain").GetInt32());
        Assert.Equal(45m, day.GetProperty("mme").GetDecimal());
        Assert.Single(summary.GetProperty("days").EnumerateArray(), d => d.GetProperty("pain").ValueKind == System.Text.Json.JsonValueKind.Number);
    }
}
