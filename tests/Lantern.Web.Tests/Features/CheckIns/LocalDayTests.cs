using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.CheckIns;

/// <summary>
/// "One check-in per local day, editable that day" in the patient's own IANA zone, across zones and DST changes,
/// with the app's clock under test control. Each test gets its own app because a fake clock cannot go backwards.
/// </summary>
public sealed class LocalDayTests
{
    private static async Task<(LanternAppFactory App, TestUser User)> StartAsync(DateTimeOffset utcNow, string timeZone)
    {
        var app = new LanternAppFactory();
        await app.InitializeAsync();
        app.Time.SetUtcNow(utcNow);
        return (app, await TestUser.CreateAsync(app, timeZone: timeZone));
    }

    private static async Task<Guid> CheckInAsync(TestUser user) =>
        (await PostCheckInAsync(user.Client, CheckIn())).GetProperty("checkIn").GetProperty("id").GetGuid();

    private static async Task<string> DateOfAsync(TestUser user, Guid id) =>
        (await GetJsonAsync(user.Client, $"/api/v1/checkins/{id}")).GetProperty("date").GetString()!;

    private static Task<HttpResponseMessage> PutAsync(TestUser user, Guid id) =>
        user.Client.PutAsJsonAsync($"/api/v1/checkins/{id}", new { mood = 2, anxiety = 2, sleepHours = 6, energy = 2 }, Ct);

    [Fact]
    public async Task CheckIn_At2330InChicago_CountsForThatEvening_NotTheUtcDate()
    {
        // 05:30 UTC on 3 Dec 2026 is 23:30 on 2 Dec in Chicago (CST, UTC-6).
        var (app, user) = await StartAsync(new DateTimeOffset(2026, 12, 3, 5, 30, 0, TimeSpan.Zero), "America/Chicago");
        await using var owned = app;

        var id = await CheckInAsync(user);

        Assert.Equal("2026-12-02", await DateOfAsync(user, id));
    }

    [Fact]
    public async Task CheckIn_AfterLocalMidnight_IsANewDay_AndYesterdaysCanNoLongerChange()
    {
        var (app, user) = await StartAsync(new DateTimeOffset(2026, 12, 3, 5, 30, 0, TimeSpan.Zero), "America/Chicago");
        await using var owned = app;
        var yesterday = await CheckInAsync(user);

        app.Time.Advance(TimeSpan.FromMinutes(31)); // 00:01 on 3 Dec in Chicago
        await RefreshSessionAsync(user);
        var today = await CheckInAsync(user);

        Assert.Equal("2026-12-03", await DateOfAsync(user, today));
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(user, yesterday)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(user, today)).StatusCode);
        Assert.False((await GetJsonAsync(user.Client, $"/api/v1/checkins/{yesterday}")).GetProperty("canEdit").GetBoolean());
    }

    [Fact]
    public async Task SameInstant_OppositeSidesOfTheDateLine_DifferentLocalDays()
    {
        // 10:00 UTC on 4 Dec 2026: 00:00 on 5 Dec in Kiritimati (UTC+14), 23:00 on 3 Dec in Pago Pago (UTC-11).
        var (app, east) = await StartAsync(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "Pacific/Kiritimati");
        await using var owned = app;
        var west = await TestUser.CreateAsync(app, timeZone: "Pacific/Pago_Pago");

        Assert.Equal("2026-12-05", await DateOfAsync(east, await CheckInAsync(east)));
        Assert.Equal("2026-12-03", await DateOfAsync(west, await CheckInAsync(west)));
    }

    [Fact]
    public async Task CheckIn_FutureDateInUtcButTodayLocally_IsAccepted_TomorrowLocallyIsRejected()
    {
        // 23:00 on 4 Dec in Auckland (NZDT, UTC+13) is 10:00 UTC: local "today" is ahead of the UTC date.
        var (app, user) = await StartAsync(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "Pacific/Auckland");
        await using var owned = app;

        await PostCheckInAsync(user.Client, CheckIn(date: "2026-12-04"));
        var tomorrow = await user.Client.PostAsJsonAsync("/api/v1/checkins", CheckIn(date: "2026-12-05"), Ct);

        Assert.Contains("date", await HttpAssertions.ProblemFieldsAsync(tomorrow));
    }

    [Fact]
    public async Task SpringForward_23HourDay_IsStillOneDay_InNewYork()
    {
        // 14 Mar 2027: New York skips 02:00-03:00. 05:30 UTC is 00:30 EST; 03:30 UTC on 15 Mar is 23:30 EDT on 14 Mar.
        var (app, user) = await StartAsync(new DateTimeOffset(2027, 3, 14, 5, 30, 0, TimeSpan.Zero), "America/New_York");
        await using var owned = app;
        var id = await CheckInAsync(user);

        app.Time.SetUtcNow(new DateTimeOffset(2027, 3, 15, 3, 30, 0, TimeSpan.Zero));
        await RefreshSessionAsync(user);
        var second = await user.Client.PostAsJsonAsync("/api/v1/checkins", CheckIn(), Ct);

        Assert.Equal("2027-03-14", await DateOfAsync(user, id));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(user, id)).StatusCode);

        app.Time.Advance(TimeSpan.FromMinutes(31)); // 00:01 EDT on 15 Mar
        await RefreshSessionAsync(user);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(user, id)).StatusCode);
        Assert.Equal("2027-03-15", await DateOfAsync(user, await CheckInAsync(user)));
    }

    [Fact]
    public async Task FallBack_25HourDay_RepeatedHourIsTheSameDay_InNewYork()
    {
        // 7 Nov 2027: 01:00-02:00 happens twice in New York. 05:30 UTC is 01:30 EDT, 06:30 UTC is 01:30 EST;
        // 04:30 UTC on 8 Nov is 23:30 EST on 7 Nov, and 05:30 UTC on 8 Nov is 00:30 on 8 Nov.
        var (app, user) = await StartAsync(new DateTimeOffset(2027, 11, 7, 5, 30, 0, TimeSpan.Zero), "America/New_York");
        await using var owned = app;
        var id = await CheckInAsync(user);

        app.Time.SetUtcNow(new DateTimeOffset(2027, 11, 7, 6, 30, 0, TimeSpan.Zero));
        await RefreshSessionAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(user, id)).StatusCode);

        app.Time.SetUtcNow(new DateTimeOffset(2027, 11, 8, 4, 30, 0, TimeSpan.Zero));
        await RefreshSessionAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(user, id)).StatusCode);

        app.Time.SetUtcNow(new DateTimeOffset(2027, 11, 8, 5, 30, 0, TimeSpan.Zero));
        await RefreshSessionAsync(user);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(user, id)).StatusCode);
        Assert.Equal("2027-11-07", await DateOfAsync(user, id));
    }

    [Fact]
    public async Task LateEntry_ForTheDayBeforeDstEnds_InLondon_IsMarkedLate()
    {
        // 31 Oct 2027: London leaves BST at 02:00. At 23:30 UTC it is 23:30 GMT on 31 Oct; 30 Oct is a late entry.
        var (app, user) = await StartAsync(new DateTimeOffset(2027, 10, 31, 23, 30, 0, TimeSpan.Zero), "Europe/London");
        await using var owned = app;

        var late = (await PostCheckInAsync(user.Client, CheckIn(date: "2027-10-30"))).GetProperty("checkIn");
        var today = (await PostCheckInAsync(user.Client, CheckIn())).GetProperty("checkIn");

        Assert.True(late.GetProperty("isLate").GetBoolean());
        Assert.Equal("2027-10-31", today.GetProperty("date").GetString());
        Assert.False(today.GetProperty("isLate").GetBoolean());
    }
}
