using System.Diagnostics;
using Lantern.Clinical.Instruments;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantern.Bench;

/// <summary>
/// Fills a fresh database, through the app's own model and migrations, with what a busy Lantern holds: N patients
/// with a year of daily check-ins and fortnightly PHQ-9 and GAD-7, and one therapist with two-step sign-in whom the
/// first 50 patients share with. Every account has the same password, hashed once at production cost. Values are
/// invented and deterministic (a fixed seed), so runs compare.
/// </summary>
public static class Seeder
{
    public const string Password = "bench load patient phrase";
    public const string TherapistEmail = "therapist@bench.lantern.test";
    public const string TherapistKey = "LANTERNBENCHTHERAPISTKEY";
    public const int CaseloadSize = 50;
    public const int Days = 365;
    public const int DistinctPatients = 100;

    public static string PatientEmail(int index) => $"patient{index}@bench.lantern.test";

    public static async Task<int> SeedAsync(string provider, string target, int patients)
    {
        var clock = Stopwatch.StartNew();
        await using (var db = Contexts.Create(provider, target))
        {
            await db.Database.MigrateAsync();
            if (provider == "sqlite")
            {
                // Seeding only: the app sets synchronous=FULL on every connection it opens.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
            }
        }

        var hasher = new PasswordHasher<LanternUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
        var now = DateTimeOffset.UtcNow;
        var passwordHash = hasher.HashPassword(null!, Password);
        var therapist = User(TherapistEmail, "Bench therapist", UserRole.Therapist, passwordHash, now);
        therapist.TwoFactorEnabled = true;

        await using (var db = Contexts.Create(provider, target))
        {
            db.Users.Add(therapist);
            db.UserTokens.Add(new IdentityUserToken<Guid>
            {
                UserId = therapist.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = TherapistKey,
            });
            await db.SaveChangesAsync();
        }

        // Distinct patients are made through the model; the rest copy one of them in SQL, which is what makes 10,000
        // patients with a year each (about four million rows) take seconds rather than hours.
        var distinct = Math.Min(patients, DistinctPatients);
        const int batch = 25;
        for (var start = 0; start < distinct; start += batch)
        {
            await using var db = Contexts.Create(provider, target);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var index = start; index < Math.Min(distinct, start + batch); index++)
            {
                var patient = User(PatientEmail(index), $"Bench patient {index}", UserRole.Patient, passwordHash, now.AddDays(-Days - 1));
                db.Users.Add(patient);
                AddYear(db, patient.Id, index, now);
                if (index < CaseloadSize)
                {
                    db.CareGrants.Add(new CareGrant
                    {
                        PatientId = patient.Id,
                        GranteeId = therapist.Id,
                        Scopes = AccessScope.Mood | AccessScope.Questionnaires | AccessScope.Sessions | AccessScope.Alerts,
                        CreatedAt = now.AddDays(-Days),
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        if (patients > distinct)
        {
            await using var db = Contexts.Create(provider, target);
            await PatientCopies.AddAsync(db, provider, distinct, patients);
        }

        Console.WriteLine($"seeded {patients} patients x {Days} days in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static LanternUser User(string email, string name, UserRole role, string passwordHash, DateTimeOffset createdAt) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        PasswordHash = passwordHash,
        DisplayName = name,
        TimeZone = "America/Chicago",
        CrisisCountry = "US",
        Role = role,
        CreatedAt = createdAt,
        LockoutEnabled = true,
    };

    /// <summary>A year of daily check-ins ending yesterday (today's is made by the harness) and fortnightly questionnaires.</summary>
    private static void AddYear(LanternDbContext db, Guid patientId, int index, DateTimeOffset now)
    {
        var random = new Random(index);
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(-6));
        for (var daysAgo = Days; daysAgo >= 1; daysAgo--)
        {
            var day = today.AddDays(-daysAgo);
            var at = now.AddDays(-daysAgo);
            db.Set<CheckIn>().Add(new CheckIn
            {
                PatientId = patientId,
                Day = day,
                Mood = random.Next(2, 9),
                Anxiety = random.Next(1, 8),
                SleepHours = 5 + random.Next(0, 7) * 0.5m,
                Energy = random.Next(2, 9),
                Pain = random.Next(0, 6),
                RecordedOn = day,
                RecordedAt = at,
                UpdatedAt = at,
            });
            if (daysAgo % 14 == 0)
            {
                Add(db, patientId, Phq9.Definition, Answers(random, 9), day, at);
                Add(db, patientId, Gad7.Definition, Answers(random, 7), day, at);
            }
        }
    }

    private static int[] Answers(Random random, int items) => Enumerable.Range(0, items).Select(i => i == 8 ? 0 : random.Next(0, 3)).ToArray();

    private static void Add(LanternDbContext db, Guid patientId, InstrumentDefinition definition, int[] answers, DateOnly day, DateTimeOffset at)
    {
        db.Set<QuestionnaireResponse>().Add(
            QuestionnaireResponse.FromScored(patientId, InstrumentCatalog.Score(definition, answers), answers, day, at, fromOnboarding: false));
    }
}
