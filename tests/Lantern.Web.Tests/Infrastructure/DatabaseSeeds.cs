using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Bulk history written straight to the database, for tests about long histories and grants.</summary>
internal static class DatabaseSeeds
{
    /// <summary>One check-in a day for <paramref name="days"/> days up to <paramref name="today"/>, and a PHQ-9 and GAD-7 every 14 days.</summary>
    public static async Task SeedHistoryAsync(LanternAppFactory app, Guid patientId, DateOnly today, int days)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var now = app.Time.GetUtcNow();
        for (var i = days - 1; i >= 0; i--)
        {
            var day = today.AddDays(-i);
            db.Set<CheckIn>().Add(new CheckIn
            {
                PatientId = patientId, Day = day, Mood = i % 11, Anxiety = (i + 5) % 11, SleepHours = 6 + i % 3, Energy = 5,
                RecordedOn = day, RecordedAt = now.AddDays(-i), UpdatedAt = now.AddDays(-i),
            });
            if (i % 14 == 0)
            {
                db.Set<QuestionnaireResponse>().Add(new QuestionnaireResponse
                {
                    PatientId = patientId, Instrument = "phq9", Answers = "1,1,1,1,1,1,1,1,0", Total = 8, Band = "mild", Day = day, CompletedAt = now.AddDays(-i),
                });
                db.Set<QuestionnaireResponse>().Add(new QuestionnaireResponse
                {
                    PatientId = patientId, Instrument = "gad7", Answers = "1,1,1,1,1,1,1", Total = 7, Band = "mild", Day = day, CompletedAt = now.AddDays(-i),
                });
            }
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task GrantAsync(LanternAppFactory app, Guid patientId, Guid granteeId, AccessScope scopes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        db.CareGrants.Add(new CareGrant { PatientId = patientId, GranteeId = granteeId, Scopes = scopes, CreatedAt = app.Time.GetUtcNow() });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
