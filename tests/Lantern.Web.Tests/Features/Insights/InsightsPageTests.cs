using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Insights;

/// <summary>/insights with a seeded history: the numbers it shows, and what it says when there is too little.</summary>
public sealed class InsightsPageTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Insights_SeededHistory_ShowsTheComputedAveragesAndDayCounts()
    {
        var patient = await TestUser.CreateAsync(app);
        var today = new DateOnly(2026, 11, 26);
        // Eight days from 16 Nov. Doses taken on 16, 18 and 20 Nov (10:00 Chicago time), so the days after are 17, 19, 21 Nov.
        (int Mood, decimal Sleep)[] days = [(4, 5), (8, 8), (5, 6), (6, 7), (3, 5.5m), (7, 9), (4, 6), (5, 6.5m)];
        await SeedAsync(patient, today.AddDays(-10), days, [0, 2, 4]);

        var html = await PageForms.GetPageAsync(patient.Client, "/insights");

        // Day after a session: 8, 6, 7 → 7.0 (3 days); other days: 4, 5, 3, 4, 5 → 4.2 (5 days).
        Assert.Contains("On the day after a session your mood averaged <strong>7.0 out of 10</strong> (3 days); on other days it averaged <strong>4.2 out of 10</strong> (5 days).", html);
        Assert.Contains("Based on 8 days of check-ins and 3 sessions with the dose recorded.", html);
        // Sleep 5, 8, 6, 7, 5.5, 9, 6, 6.5: median 6.25. More: 8, 7, 9, 6.5 → moods 8, 6, 7, 5 → 6.5; the rest 5, 6, 5.5, 6 → 4, 5, 3, 4 → 4.0.
        Assert.Contains("After nights with more than 6.25 hours of sleep (your middle amount), your mood averaged <strong>6.5 out of 10</strong> (4 days); after nights with that much or less it averaged <strong>4.0 out of 10</strong> (4 days).", html);
        Assert.Contains("a pattern, not proof", html);
    }

    [Fact]
    public async Task Insights_TaperJournal_LinesSymptomsUpWithEachDoseTaken()
    {
        var patient = await TestUser.CreateAsync(app);
        var plan = TaperApi.Id(await TaperApi.CreatePlanAsync(patient));
        // 100 mg from 1 Oct; symptom totals 1, 2, 3 twelve to ten days ago; a step to 90 mg taken five days ago; then 3, 3, 3.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Chicago")).DateTime);
        var step = today.AddDays(-5);
        foreach (var (daysAgo, rating) in new[] { (12, 1), (11, 2), (10, 3), (4, 3), (3, 3), (2, 3) })
        {
            var saved = await TaperApi.RecordJournalAsync(patient, plan, new { date = today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ratings = TaperApi.Ratings((1, rating)), symptomsTolerable = true, mood = 6 });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        }

        (await TaperApi.RecordEventAsync(patient, plan, new { kind = "step-taken", date = step.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), doseTakenMg = 90 })).EnsureSuccessStatusCode();

        var html = System.Net.WebUtility.HtmlDecode(await PageForms.GetPageAsync(patient.Client, "/insights"));

        Assert.Contains("sertraline: each dose, and the journal days while you took it", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"100 mg</th>\s*<td>Thursday 1 October 2026</td>\s*<td>3</td>\s*<td>2\.0</td>\s*<td>6\.0 out of 10</td>", html);
        Assert.Matches(@"90 mg</th>\s*<td>" + Regex.Escape(step.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)) + @"</td>\s*<td>3</td>\s*<td>3\.0</td>", html);
        Assert.Contains("This is a pattern, not proof that a dose change caused it", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_TooLittleData_SaysSoWithTheDaysSoFar()
    {
        var patient = await TestUser.CreateAsync(app);
        await SeedAsync(patient, new DateOnly(2026, 11, 20), [(5, 7), (6, 8)], [0]);

        var html = await PageForms.GetPageAsync(patient.Client, "/insights");

        Assert.Contains("Not enough to compare yet", html);
        Assert.Contains("So far: 1 day after a session, 1 day other.", html);
        Assert.Contains("So far: 2 days with hours of sleep.", html);
        Assert.DoesNotContain("averaged", html);
    }

    [Fact]
    public async Task Dashboard_LinksToInsights()
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Contains("href=\"/insights\"", await PageForms.GetPageAsync(patient.Client, "/dashboard"));
    }

    private async Task SeedAsync(TestUser patient, DateOnly first, (int Mood, decimal Sleep)[] days, int[] sessionOffsets)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var now = app.Time.GetUtcNow();
        for (var i = 0; i < days.Length; i++)
        {
            db.Set<CheckIn>().Add(new CheckIn
            {
                PatientId = patient.Id, Day = first.AddDays(i), Mood = days[i].Mood, Anxiety = 5, SleepHours = days[i].Sleep,
                RecordedOn = first.AddDays(i), RecordedAt = now, UpdatedAt = now,
            });
        }

        var course = new KetamineCourse
        {
            PatientId = patient.Id, Route = "intranasal", ProviderName = "A clinic", ProviderPhone = "(312) 555-0100", PrescribedDose = "56 mg",
            CreatedAt = now, UpdatedAt = now,
        };
        db.Add(course);
        foreach (var offset in sessionOffsets)
        {
            var day = first.AddDays(offset);
            db.Set<DosingSession>().Add(new DosingSession
            {
                PatientId = patient.Id, CourseId = course.Id, PlannedDate = day, PlannedTime = new TimeOnly(10, 0), State = SessionState.Finished,
                // 16:00 UTC is 10:00 in Chicago, the test user's zone: the same local day.
                DosedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(Ct);
    }
}
