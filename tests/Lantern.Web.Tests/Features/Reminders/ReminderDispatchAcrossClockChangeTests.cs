using Lantern.Web.Features.Reminders;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// The scheduler on a real database across the day the clocks go forward in Chicago (14 March 2027, 02:00 CST becomes
/// 03:00 CDT): the session-tomorrow, questionnaire and daily reminders of a patient's own records, planned from the
/// database and sent at their local times in the new offset, once each. Its own app: the clock moves by months.
/// </summary>
public sealed class ReminderDispatchAcrossClockChangeTests(ReminderDispatchTests.ManualRoundsApp app) : IClassFixture<ReminderDispatchTests.ManualRoundsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OnTheSpringForwardDay_EachKindIsSentOnceAtItsLocalTime()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "America/Chicago");
        app.Time.Advance(new DateTimeOffset(2027, 3, 13, 12, 0, 0, TimeSpan.Zero) - app.Time.GetUtcNow());
        patient.UseClient(await patient.SignInOnNewClientAsync());
        var session = await SessionsApi.NewSessionAsync(patient, SessionsApi.Course("2027-03-15"));
        // 02:30 does not exist on the 14th: the daily reminder comes at 03:00 CDT, the end of the gap.
        await ReminderDispatchTests.TurnOnAsync(patient, rules: [("session-tomorrow", "18:00"), ("questionnaire-due", "09:00"), ("daily-check-in", "02:30")]);

        // Rounds every ten minutes from 00:00 CST on the 14th (06:00 UTC) to the morning of the 15th.
        app.Time.Advance(new DateTimeOffset(2027, 3, 14, 6, 0, 0, TimeSpan.Zero) - app.Time.GetUtcNow());
        for (var round = 0; round < 6 * 26; round++)
        {
            await ReminderDispatchTests.RoundAsync(app);
            app.Time.Advance(TimeSpan.FromMinutes(10));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<ReminderDelivery>().AsNoTracking()
            .Where(d => d.UserId == patient.Id && d.SentAt != null).ToListAsync(Ct);
        DateTimeOffset Utc(int day, int hour) => new(2027, 3, day, hour, 0, 0, TimeSpan.Zero);

        Assert.Equal(Utc(14, 8), Assert.Single(sent, d => d.Kind == ReminderKind.DailyCheckIn && d.Occurrence == "2027-03-14").DueAt);
        Assert.Equal(Utc(14, 14), Assert.Single(sent, d => d.Kind == ReminderKind.QuestionnaireDue && d.Occurrence == "2027-03-14").DueAt);
        var tomorrow = Assert.Single(sent, d => d.Kind == ReminderKind.SessionTomorrow);
        Assert.Equal($"{session:N}", tomorrow.Occurrence);
        Assert.Equal(Utc(14, 23), tomorrow.DueAt);
        Assert.All(sent, d => Assert.InRange(d.SentAt!.Value - d.DueAt, TimeSpan.Zero, TimeSpan.FromMinutes(10)));
        Assert.Equal(1, app.Outbox.Count(patient.Email, "session is tomorrow"));
    }
}
