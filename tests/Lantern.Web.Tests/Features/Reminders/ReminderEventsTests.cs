using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Reminders;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Dashboard;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>Helpers shared by the reminder-event and calendar-feed tests.</summary>
internal static class ReminderSetup
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly DateOnly Today = DateOnly.FromDateTime(LanternAppFactory.Start.UtcDateTime);

    public static async Task<IReadOnlyList<ReminderEvent>> EventsAsync(LanternAppFactory app, IReadOnlyCollection<Guid> people, DateOnly from, DateOnly to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReadReminderEventsHandler>().HandleAsync(people, from, to, Ct);
    }

    /// <summary>A course with one session on each (date, time), in the patient's zone; the sessions' ids in order.</summary>
    public static async Task<Guid[]> SessionsAsync(TestUser patient, params (string Date, string Time)[] sessions)
    {
        var course = await SessionsApi.CreateCourseAsync(patient, new
        {
            route = "at-home-lozenges",
            providerName = "Riverside Ketamine Clinic",
            providerPhone = SessionsApi.ProviderPhone,
            prescribedDose = "As written on my plan by Dr. Lee",
            sessions = sessions.Select(s => new { date = s.Date, time = s.Time }).ToArray(),
        });
        return [.. course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid())];
    }

    public static async Task SetSessionStateAsync(LanternAppFactory app, Guid sessionId, SessionState state)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var session = await db.Set<DosingSession>().SingleAsync(s => s.Id == sessionId, Ct);
        session.State = state;
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A caregiver in <paramref name="zone"/> who accepted <paramref name="patient"/>'s sessions invitation.</summary>
    public static async Task<(TestUser Caregiver, Guid GrantId)> CaregiverAsync(TestUser patient, string zone)
    {
        var caregiver = await TestUser.CreateAsync(patient.App, UserRole.Caregiver, timeZone: zone);
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["sessions"]);
        var accepted = await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync(Ct));
        return (caregiver, (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("grantId").GetGuid());
    }

    public static async Task NameSupportPersonAsync(TestUser patient, Guid sessionId, TestUser caregiver)
    {
        var named = await SessionsApi.PutSessionAsync(patient.Client, sessionId, new { supportPerson = new { caregiverId = caregiver.Id } });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
    }

    public static async Task CompletedAsync(LanternAppFactory app, Guid patientId, string instrument, DateOnly day)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        db.Set<QuestionnaireResponse>().Add(new QuestionnaireResponse
        {
            PatientId = patientId, Instrument = instrument, Answers = instrument == "phq9" ? "0,0,0,0,0,0,0,0,0" : "0,0,0,0,0,0,0",
            Total = 0, Band = "minimal", Day = day, CompletedAt = app.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync(Ct);
    }
}

/// <summary>What is coming up for a person, as the reminder scheduler and the calendar feed read it (issue 16).</summary>
public sealed class ReminderEventsTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly From = ReminderSetup.Today;
    private static readonly DateOnly To = ReminderSetup.Today.AddDays(60);

    [Fact]
    public async Task PlannedSession_GivesTheSessionOnItsDayForTodayAndTomorrow_WithItsIdAsOccurrence()
    {
        var patient = await TestUser.CreateAsync(app);
        var ids = await ReminderSetup.SessionsAsync(patient, ("2026-12-01", "10:00"));

        var events = (await ReminderSetup.EventsAsync(app, [patient.Id], From, To)).Where(e => e.Kind is ReminderKind.SessionToday or ReminderKind.SessionTomorrow).ToArray();

        Assert.Equal([ReminderKind.SessionTomorrow, ReminderKind.SessionToday], events.Select(e => e.Kind).Order());
        Assert.All(events, e =>
        {
            Assert.Equal(patient.Id, e.UserId);
            Assert.Equal(ids[0].ToString("N"), e.Occurrence);
            Assert.Equal(new DateOnly(2026, 12, 1), e.Day);
            Assert.Equal(new TimeOnly(10, 0), e.Time);
            Assert.False(e.HoldAdvised);
        });
    }

    [Fact]
    public async Task FinishedCancelledOrStartedSession_GivesNothing_AndTheWindowIsKept()
    {
        var patient = await TestUser.CreateAsync(app);
        var ids = await ReminderSetup.SessionsAsync(patient, ("2026-12-01", "10:00"), ("2026-12-08", "10:00"), ("2026-12-15", "10:00"), ("2027-03-01", "10:00"));
        await ReminderSetup.SetSessionStateAsync(app, ids[0], SessionState.Finished);
        await ReminderSetup.SetSessionStateAsync(app, ids[1], SessionState.Cancelled);
        await ReminderSetup.SetSessionStateAsync(app, ids[2], SessionState.Started);

        var events = await ReminderSetup.EventsAsync(app, [patient.Id], From, To);

        // The fourth is planned but after the window.
        Assert.DoesNotContain(events, e => e.Kind is ReminderKind.SessionToday or ReminderKind.SessionTomorrow);
    }

    [Fact]
    public async Task SupportPerson_WithTheSessionsGrant_GetsTheSessionInTheirOwnZone_AndNothingOnceRevoked()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId) = await ReminderSetup.CaregiverAsync(patient, "Europe/London");
        // 20:00 in Chicago on 1 December (CST, UTC−6) is 02:00 on 2 December in London (GMT).
        var ids = await ReminderSetup.SessionsAsync(patient, ("2026-12-01", "20:00"));
        await ReminderSetup.NameSupportPersonAsync(patient, ids[0], caregiver);

        var supported = Assert.Single(await ReminderSetup.EventsAsync(app, [caregiver.Id], From, To));

        Assert.Equal(new ReminderEvent(ReminderKind.SupportPersonTomorrow, caregiver.Id, ids[0].ToString("N"), new DateOnly(2026, 12, 2), new TimeOnly(2, 0), false), supported);
        // Asked together, each person gets their own kinds only.
        var both = await ReminderSetup.EventsAsync(app, [patient.Id, caregiver.Id], From, To);
        Assert.Equal([ReminderKind.SessionTomorrow, ReminderKind.SessionToday], both.Where(e => e.UserId == patient.Id && e.Occurrence == ids[0].ToString("N")).Select(e => e.Kind).Order());
        Assert.Single(both, e => e.UserId == caregiver.Id);

        var revoked = await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct);
        Assert.True(revoked.IsSuccessStatusCode, $"Revoke: {(int)revoked.StatusCode}");

        Assert.Empty(await ReminderSetup.EventsAsync(app, [caregiver.Id], From, To));
        Assert.Equal(2, (await ReminderSetup.EventsAsync(app, [patient.Id], From, To)).Count(e => e.Occurrence == ids[0].ToString("N")));
    }

    [Fact]
    public async Task TaperSteps_AreTheProposedDates_AndTheNextCarriesTheHoldWhenTheJournalSaysSymptomsAreNotTolerable()
    {
        var patient = await TestUser.CreateAsync(app);
        var plan = await TaperApi.CreatePlanAsync(patient, TaperApi.SertralinePlan(new { startDate = "2026-12-01" }));
        var planId = TaperApi.Id(plan);
        var proposed = TaperApi.Steps(plan).Where(s => s.GetProperty("kind").GetString() is "planned" or "stop")
            .Select(s => DateOnly.Parse(s.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .Where(d => d >= From && d <= From.AddDays(200)).ToArray();
        Assert.True(proposed.Length >= 3);

        var steps = (await ReminderSetup.EventsAsync(app, [patient.Id], From, From.AddDays(200))).Where(e => e.Kind == ReminderKind.TaperStepDue).ToArray();

        Assert.Equal(proposed, steps.Select(s => s.Day));
        Assert.Equal(proposed.Select(d => $"{planId:N}:{d:yyyy-MM-dd}"), steps.Select(s => s.Occurrence));
        Assert.All(steps, s => Assert.True(s.Occurrence.Length <= 64 && s.Time is null && !s.HoldAdvised));

        var journal = await TaperApi.RecordJournalAsync(patient, planId, new { ratings = TaperApi.Ratings((1, 2), (3, 3)), symptomsTolerable = false, mood = 3 });
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);

        var held = (await ReminderSetup.EventsAsync(app, [patient.Id], From, From.AddDays(200))).Where(e => e.Kind == ReminderKind.TaperStepDue).ToArray();
        Assert.True(held[0].HoldAdvised);
        Assert.All(held.Skip(1), s => Assert.False(s.HoldAdvised));

        await TaperApi.RecordJournalAsync(patient, planId, new { ratings = TaperApi.Ratings((1, 1)), symptomsTolerable = true, mood = 6 });
        Assert.DoesNotContain(await ReminderSetup.EventsAsync(app, [patient.Id], From, From.AddDays(200)), e => e.HoldAdvised);
    }

    [Fact]
    public async Task Questionnaires_OneEventPerDueDay_FromTheLastCompletedAndTheSchedule()
    {
        var neverAnswered = await TestUser.CreateAsync(app);
        var sameDay = await TestUser.CreateAsync(app);
        var twoDays = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        await ReminderSetup.CompletedAsync(app, sameDay.Id, "phq9", new DateOnly(2026, 11, 20));
        await ReminderSetup.CompletedAsync(app, sameDay.Id, "gad7", new DateOnly(2026, 11, 20));
        await ReminderSetup.CompletedAsync(app, twoDays.Id, "phq9", new DateOnly(2026, 11, 20));
        await ReminderSetup.CompletedAsync(app, twoDays.Id, "gad7", new DateOnly(2026, 11, 22));
        var weekly = await twoDays.Client.PutAsJsonAsync("/api/v1/questionnaires/schedule", new { intervalDays = 7 }, Ct);
        Assert.Equal(HttpStatusCode.OK, weekly.StatusCode);

        var events = (await ReminderSetup.EventsAsync(app, [neverAnswered.Id, sameDay.Id, twoDays.Id, caregiver.Id], From, To))
            .Where(e => e.Kind == ReminderKind.QuestionnaireDue).ToArray();

        // Never answered: due today, as the questionnaires page says. Every 14 days by default; the third chose 7.
        Assert.Equal([ReminderSetup.Today], events.Where(e => e.UserId == neverAnswered.Id).Select(e => e.Day));
        Assert.Equal([new DateOnly(2026, 12, 4)], events.Where(e => e.UserId == sameDay.Id).Select(e => e.Day));
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29)], events.Where(e => e.UserId == twoDays.Id).Select(e => e.Day).Order());
        Assert.DoesNotContain(events, e => e.UserId == caregiver.Id);
        Assert.All(events, e => Assert.Equal(e.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Occurrence));
    }
}

/// <summary>The scheduler asks for thousands of people at once: the number of queries does not grow with them.</summary>
public sealed class ReminderEventsQueryCountTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    /// <summary>People, sessions, taper plans, their events and journal days, questionnaire schedules and last completions.</summary>
    private const int MaxQueries = 7;

    [Fact]
    public async Task ABatch_TakesTheSameFewQueriesAsOnePerson()
    {
        var people = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var patient = await TestUser.CreateAsync(app);
            var ids = await ReminderSetup.SessionsAsync(patient, ("2026-12-01", "10:00"), ("2026-12-08", "10:00"));
            await TaperApi.CreatePlanAsync(patient, TaperApi.SertralinePlan(new { startDate = "2026-12-01" }));
            await ReminderSetup.CompletedAsync(app, patient.Id, "phq9", new DateOnly(2026, 11, 20));
            var (caregiver, _) = await ReminderSetup.CaregiverAsync(patient, "America/New_York");
            await ReminderSetup.NameSupportPersonAsync(patient, ids[0], caregiver);
            people.AddRange([patient.Id, caregiver.Id]);
        }

        // Many more ids than people, as a scheduler's page of ids may hold people with nothing coming up.
        people.AddRange(Enumerable.Range(0, 500).Select(_ => Guid.CreateVersion7()));

        var one = await CountAsync([people[0]]);
        var batch = await CountAsync(people);

        Assert.InRange(one.Queries, 1, MaxQueries);
        Assert.Equal(one.Queries, batch.Queries);
        Assert.Equal(3 * (2 * 2 + 1), batch.Events.Count(e => e.Kind is ReminderKind.SessionToday or ReminderKind.SessionTomorrow or ReminderKind.SupportPersonTomorrow));
    }

    private async Task<(int Queries, IReadOnlyList<ReminderEvent> Events)> CountAsync(IReadOnlyCollection<Guid> people)
    {
        var from = ReminderSetup.Today;
        await ReminderSetup.EventsAsync(app, people, from, from.AddDays(60)); // warm: model building and JIT are not measured
        app.Commands.Reset();
        var events = await ReminderSetup.EventsAsync(app, people, from, from.AddDays(60));
        return (app.Commands.Count, events);
    }
}
