using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Issue 12 item 15: questionnaires, check-ins and every other record a patient keeps are the patient's. A caregiver or
/// therapist account sending the very request that succeeds for a patient, on every write operation of the API
/// (<see cref="ApiOperationCatalog"/>) and on the patient pages' forms, is refused, and afterwards no health record of any
/// kind is owned by that account. Only the writes the care team is meant to make are exempt.
/// </summary>
public sealed partial class PatientOnlyWritesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(UserRole.Caregiver)]
    [InlineData(UserRole.Therapist)]
    public async Task NonPatientAccount_EveryPatientWriteOperation_IsRefusedAndStoresNothing(UserRole role)
    {
        var member = await TestUser.CreateAsync(app, role);
        var writes = ApiOperationCatalog.Successful
            .Where(o => !o.Key.StartsWith("GET ", StringComparison.Ordinal) && !ApiOperationCatalog.CareTeamWrites.Contains(o.Key))
            .Where(o => !o.Key.Contains("/auth/", StringComparison.Ordinal) && !o.Key.Contains("/me/", StringComparison.Ordinal)
                && !o.Key.Contains("/calculators/", StringComparison.Ordinal))
            .ToArray();
        var failures = new List<string>();
        foreach (var (operation, sample) in writes)
        {
            var call = await sample(await TestUser.CreateAsync(app)) with { Client = member.Client };
            var response = await call.Client.SendAsync(call.ToRequest(), Ct);
            // Creating a record of their own: 403. Acting on the patient's record by its id: the usual 404 (not theirs).
            var allowed = GuidInPath().IsMatch(call.Path) ? new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound } : [HttpStatusCode.Forbidden];
            if (!allowed.Contains(response.StatusCode))
            {
                failures.Add($"{operation} as {role}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }
        }

        Assert.True(writes.Length >= 25, $"Only {writes.Length} patient writes were found.");
        Assert.True(failures.Count == 0, "Not refused:\n" + string.Join("\n", failures));
        Assert.Empty(await RecordsOwnedByAsync(member.Id));
    }

    [Theory]
    [InlineData(UserRole.Caregiver)]
    [InlineData(UserRole.Therapist)]
    public async Task NonPatientAccount_PatientPageForms_AreRefusedAndStoreNothing(UserRole role)
    {
        var member = await TestUser.CreateAsync(app, role);
        (string Path, (string, string)[] Fields)[] forms =
        [
            ("/questionnaires/phq9", [.. Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", "1"))]),
            ("/questionnaires/gad7", [.. Enumerable.Range(0, 7).Select(i => ($"Answers[{i}]", "1"))]),
            ("/checkin", [("Input.Mood", "6"), ("Input.Anxiety", "3"), ("Input.SleepHours", "7"), ("Input.Energy", "5")]),
            ("/warning-signs", [("signs", "chest-pain")]),
            ("/pain", [("Input.Opioid", "morphine"), ("Input.DailyDose", "10"), ("Input.Unit", "mg/day"), ("Input.From", "2026-11-20")]),
            ("/taper/medicines", [("Input.Medicine", "diazepam|tablets"), ("Input.DoseMg", "5"), ("Input.TakingSince", "2025-01-15")]),
            ("/sessions/courses/new", [("Input.Route", "at-home-lozenges"), ("Input.ProviderName", "Riverside"), ("Input.ProviderPhone", "(312) 555-0100"),
                ("Input.PrescribedDose", "As written"), ("Input.Sessions[0].Date", "2026-12-01"), ("Input.Sessions[0].Time", "10:00")]),
        ];
        var token = await PageForms.TokenAsync(member.Client, "/account/security");
        var failures = new List<string>();
        foreach (var (path, fields) in forms)
        {
            var response = await PageForms.PostAsync(member.Client, path, fields, token);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{path} as {role}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Not refused:\n" + string.Join("\n", failures));
        Assert.Empty(await RecordsOwnedByAsync(member.Id));
    }

    [Fact]
    public async Task Patient_SamePageForms_StillSave()
    {
        var patient = await TestUser.CreateAsync(app);
        var token = await PageForms.TokenAsync(patient.Client, "/account/security");

        var response = await PageForms.PostAsync(patient.Client, "/questionnaires/phq9", Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", "1")), token);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
        Assert.Contains("QuestionnaireResponse", await RecordsOwnedByAsync(patient.Id));
    }

    /// <summary>The kinds of health record (every IPatientOwned entity but those any role may keep) owned by the user.</summary>
    private async Task<IReadOnlyList<string>> RecordsOwnedByAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var kinds = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Select(t => t.ClrType)
                     .Where(t => typeof(IPatientOwned).IsAssignableFrom(t) && !Attribute.IsDefined(t, typeof(KeptByAnyRoleAttribute))))
        {
            var count = await (Task<int>)typeof(PatientOnlyWritesTests).GetMethod(nameof(CountOwnedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [db, userId])!;
            if (count > 0)
            {
                kinds.Add(type.Name);
            }
        }

        return kinds;
    }

    private static Task<int> CountOwnedAsync<T>(LanternDbContext db, Guid userId) where T : class, IPatientOwned =>
        db.Set<T>().CountAsync(r => r.PatientId == userId, Ct);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidInPath();
}
