using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.Account.Deletion;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Reminders;
using Lantern.Web.Tests.Features.Reminders.Devices;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Account;

/// <summary>
/// Deleting an account (issue 17, ADR 0012) on a real database with a fake clock: asked for with the password and code
/// again, a cooling-off period with cancel, then a background round that deletes exactly once and leaves no row keyed
/// to the person in any table of the EF model — the tables and their user-id columns are found from the model, so a
/// table added later is covered without touching this test.
/// </summary>
public sealed class AccountDeletionTests(AccountDeletionTests.ManualRoundsApp app) : IClassFixture<AccountDeletionTests.ManualRoundsApp>
{
    /// <summary>Every background worker off: the test runs each round itself.</summary>
    public sealed class ManualRoundsApp : LanternAppFactory
    {
        public ManualRoundsApp()
        {
            With("AccountDeletion:IntervalSeconds", "0").With("Reminders:IntervalSeconds", "0").With("Notifications:IntervalSeconds", "0");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Columns that hold a person's id without a foreign key to the account (the rest are found from the model's foreign
    /// keys to <see cref="LanternUser"/>). A new column of this kind must be added here and to an
    /// <see cref="IAccountDeletionStep"/>.
    /// </summary>
    private static readonly HashSet<string> UserIdColumnNames =
        ["PatientId", "UserId", "GranteeId", "AuthorId", "SupportUserId", "RecordedBy", "AcknowledgedBy", "AcceptedBy", "ActorId", "SubjectId"];

    /// <summary>The audit trail keeps events about the person, by id only, and one record of the deletion (ADR 0012).</summary>
    private const string AuditTable = "AuditEvents";

    [Fact]
    public async Task Deletion_OfCaregiverAndTherapist_LeavesThePatientsRecords_ThenThePatients_LeavesNoRowForThemInAnyTable()
    {
        var records = await PatientRecords.CreateAsync(app);
        var patient = records.Patient;
        Assert.Equal(HttpStatusCode.Created, (await SessionsApi.PostVitalsAsync(patient.Client, records.SessionId, 128, 82, 70)).StatusCode);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions", "alerts", "mood");
        var supportSession = records.SessionId;
        var named = await SessionsApi.PutSessionAsync(patient.Client, supportSession, new { supportPerson = new { caregiverId = caregiver.Id } });
        Assert.True(named.IsSuccessStatusCode, await named.Content.ReadAsStringAsync(Ct));
        Assert.True((await SessionsApi.PostCheckAsync(caregiver.Client, supportSession)).IsSuccessStatusCode);
        var alertId = (await SessionsApi.AlertsAsync(caregiver.Client, patient.Id))[0].GetProperty("id").GetGuid();
        Assert.True((await caregiver.Client.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null, Ct)).IsSuccessStatusCode);
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood", "journal");
        Assert.True((await therapist.Client.PostAsJsonAsync($"/api/v1/careteam/patients/{patient.Id}/notes", new { text = "a note" }, Ct)).IsSuccessStatusCode);
        // An invitation still open, addressed to the caregiver's e-mail.
        await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"], caregiver.Email);
        // Reminders as each role is offered them (a therapist has none), and a device each.
        var zone = TimeZoneInfo.FindSystemTimeZoneById((await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("timeZone").GetString()!);
        var inHalfAnHour = TimeZoneInfo.ConvertTime(app.Time.GetUtcNow().AddMinutes(30), zone);
        await ReminderDispatchTests.TurnOnAsync(patient, false, ("daily-check-in", inHalfAnHour.ToString("HH:mm", CultureInfo.InvariantCulture)));
        await ReminderDispatchTests.TurnOnAsync(caregiver, false, ("support-person-tomorrow", "18:00"));
        foreach (var person in new[] { patient, caregiver, therapist })
        {
            await PushDevicesApi.AddAsync(person);
        }

        app.Time.Advance(TimeSpan.FromMinutes(31));
        await ReminderDispatchTests.RoundAsync(app);
        foreach (var person in new[] { patient, caregiver, therapist })
        {
            person.UseClient(await person.SignInOnNewClientAsync());
        }

        var patientBefore = await RowsAsync(patient.Id, patient.Email);
        string[] mustHaveRows = ["AspNetUsers", "CheckIns", "CheckInTags", "DosingSessions", "KetamineCourses", "SessionVitals", "SessionChecks",
            "ClinicChecklists", "Medications", "TaperPlans", "OpioidDoses", "QuestionnaireResponses", "Alerts", "CareGrants", "CareInvitation",
            "TherapistNote", "ReminderSettings", "ReminderPreferences", "ReminderDeliveries", "PushSubscriptions", "UserSessions"];
        var missing = mustHaveRows.Where(t => patientBefore.GetValueOrDefault(t) == 0).ToArray();
        Assert.True(missing.Length == 0, "The seeding left no row for the patient in: " + string.Join(", ", missing)
            + ". Counted: " + string.Join(", ", patientBefore.Select(kv => $"{kv.Key}={kv.Value}")));
        Assert.True((await RowsAsync(caregiver.Id, caregiver.Email)).GetValueOrDefault("SessionChecks") > 0, "The caregiver's check was not counted.");

        await AskAsync(caregiver);
        await AskAsync(therapist);
        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(2, await RoundAsync());

        foreach (var grantee in new[] { caregiver, therapist })
        {
            await AssertNothingLeftAsync(grantee);
        }

        // The patient's own records are untouched; only what belonged to the grantees went: the grants, and the
        // therapist's notes (the notes are the therapist's; ADR 0012).
        var patientAfter = await RowsAsync(patient.Id, patient.Email);
        string[] changedByDesign = ["CareGrants", "TherapistNote", "UserSessions", AuditTable];
        foreach (var (table, count) in patientBefore.Where(kv => !changedByDesign.Contains(kv.Key)))
        {
            Assert.True(patientAfter.GetValueOrDefault(table) == count, $"{table}: {count} rows for the patient before, {patientAfter.GetValueOrDefault(table)} after.");
        }

        Assert.Equal(0, patientAfter.GetValueOrDefault("TherapistNote"));
        var told = await app.WaitForMailAsync(patient.Email, "Sharing in Lantern has ended");
        Assert.DoesNotContain(caregiver.Email, told.TextBody, StringComparison.OrdinalIgnoreCase);

        patient.UseClient(await patient.SignInOnNewClientAsync());
        // Someone who still shares when the patient leaves: they keep their account and are told, without a name.
        var (stayer, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        await AskAsync(patient);
        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RoundAsync());
        await AssertNothingLeftAsync(patient);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(patient.Client));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/calendar/{records.CalendarFeedToken}.ics", Ct)).StatusCode);
        var ended = await app.WaitForMailAsync(stayer.Email, "Sharing in Lantern has ended");
        Assert.DoesNotContain(patient.Email, ended.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Test Patient", ended.TextBody, StringComparison.Ordinal);
        var stayerRows = await RowsAsync(stayer.Id, stayer.Email);
        Assert.Equal(0, stayerRows["CareGrants"]);
        Assert.True(stayerRows["AspNetUsers"] > 0, "The caregiver who stayed lost their account.");
        // The outbox keeps no message to them but the last one, saying it is done.
        // Read from the directory itself: the test outbox remembers what it has already read.
        var left = Directory.EnumerateFiles(app.OutboxDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(patient.Email, StringComparison.OrdinalIgnoreCase))).ToArray();
        Assert.Equal(["Your Lantern account has been deleted"], left.Select(m => m.Subject));
    }

    [Fact]
    public async Task Asking_NeedsThePasswordAndCode_WaitsTheCoolingOffPeriod_CanBeCancelled_AndDeletesOnceAcrossConcurrentRounds()
    {
        var person = await TestUser.CreateAsync(app, UserRole.Patient, twoFactor: true);
        var status = await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/deletion", Ct);
        Assert.False(status.GetProperty("pending").GetBoolean());
        Assert.Equal(7, status.GetProperty("coolingOffDays").GetInt32());

        Assert.Equal(["password"], await HttpAssertions.ProblemFieldsAsync(
            await person.Client.PostAsJsonAsync("/api/v1/me/deletion", new { password = "not it", code = person.NextCode() }, Ct)));
        Assert.Equal(["code"], await HttpAssertions.ProblemFieldsAsync(
            await person.Client.PostAsJsonAsync("/api/v1/me/deletion", new { password = person.Password }, Ct)));

        await AskAsync(person);
        await app.WaitForMailAsync(person.Email, "You asked to delete your Lantern account");
        var again = await person.Client.PostAsJsonAsync("/api/v1/me/deletion", new { password = person.Password, code = person.NextCode() }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        app.Time.Advance(TimeSpan.FromDays(6));
        person.UseClient(await person.SignInOnNewClientAsync());
        Assert.Equal(0, await RoundAsync());
        Assert.Contains("Your account will be deleted", await person.Client.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await person.Client.DeleteAsync("/api/v1/me/deletion", Ct)).StatusCode);
        await app.WaitForMailAsync(person.Email, "Your Lantern account will not be deleted");
        Assert.False((await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/deletion", Ct)).GetProperty("pending").GetBoolean());
        app.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await RoundAsync());
        Assert.Equal(1, await CountAsync("AspNetUsers", "Id", person.Id));

        person.UseClient(await person.SignInOnNewClientAsync());
        await AskAsync(person);
        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RoundAsync()));
        Assert.Equal(1, rounds.Sum());
        await AssertNothingLeftAsync(person);
    }

    [Fact]
    public async Task ThePage_WithTwoStepSignIn_AsksForTheCode_ShowsEachMistakeBesideItsField_AndCancelsFromTheHomePage()
    {
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist, twoFactor: true);
        var form = await PageForms.GetPageAsync(therapist.Client, "/account/delete");
        Assert.Contains("Code from your authenticator app", form, StringComparison.Ordinal);
        Assert.Contains("Your private notes about the people who shared with you are deleted too", form, StringComparison.Ordinal);

        var wrongCode = await PageForms.SubmitForPageAsync(therapist.Client, "/account/delete",
            [("Input.Password", therapist.Password), ("Input.Code", "000000")]);
        Assert.Contains(RequestAccountDeletionHandler.WrongCode, wrongCode, StringComparison.Ordinal);
        Assert.Contains("href=\"#code\"", wrongCode, StringComparison.Ordinal);
        var wrongPassword = await PageForms.SubmitForPageAsync(therapist.Client, "/account/delete", [("Input.Password", "nope"), ("Input.Code", "")]);
        Assert.Contains(RequestAccountDeletionHandler.WrongPassword, wrongPassword, StringComparison.Ordinal);

        var asked = await PageForms.SubmitAsync(therapist.Client, "/account/delete",
            [("Input.Password", therapist.Password), ("Input.Code", therapist.NextCode())]);
        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.Contains("Keep my account", await PageForms.GetPageAsync(therapist.Client, "/account/delete"), StringComparison.Ordinal);
        var cancelled = await PageForms.SubmitAsync(therapist.Client, "/account/delete?handler=Cancel", [], await PageForms.TokenAsync(therapist.Client, "/"));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Contains("Your account will not be deleted", await PageForms.GetPageAsync(therapist.Client, "/account/delete"), StringComparison.Ordinal);
        Assert.DoesNotContain("deletion-notice-title", await PageForms.GetPageAsync(therapist.Client, "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesOnOnePostgres_RunningRoundsAtOnce_DeleteEachAccountOnce()
    {
        Assert.SkipUnless(TestDatabase.SelectedProvider == "Postgres", "Two instances need PostgreSQL; SQLite is a single-instance store.");
        var name = "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        await using var first = ManualRounds(new AppOnDatabase(TestDatabase.Create(name)));
        await using var second = ManualRounds(new AppOnDatabase(TestDatabase.Create(name)));
        await first.InitializeAsync();
        await second.InitializeAsync();
        var people = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            var person = await TestUser.CreateAsync(first);
            await AskAsync(person);
            people.Add(person);
        }

        foreach (var instance in new[] { first, second })
        {
            instance.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        }

        var rounds = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? first : second).Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AccountDeletionDispatcher>().RunRoundAsync(Ct);
        }));

        Assert.Equal(people.Count, rounds.Sum());
        Assert.All(people, p => Assert.Equal(1, first.Outbox.Count(p.Email, "has been deleted") + second.Outbox.Count(p.Email, "has been deleted")));
        await using var check = first.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LanternDbContext>();
        var ids = people.Select(p => p.Id).ToArray();
        Assert.Equal(0, await db.Users.CountAsync(u => ids.Contains(u.Id), Ct));
        Assert.Equal(people.Count, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccountDeleted && ids.Contains(e.SubjectId!.Value), Ct));
    }

    [Fact]
    public async Task AnInstanceThatDiedHoldingTheClaim_IsTakenOverAfterTheTimeout_AndTheDeletionRunsOnce()
    {
        var person = await TestUser.CreateAsync(app);
        await AskAsync(person);
        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // What a crash between the claim and the commit leaves: the claim, and (the transaction rolled back) nothing else.
            var now = app.Time.GetUtcNow();
            await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<AccountDeletionRequest>().Where(r => r.UserId == person.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, "an instance that died").SetProperty(r => r.ClaimedAt, now), Ct);
        }

        Assert.Equal(0, await RoundAsync());
        Assert.Equal(1, await CountAsync("AspNetUsers", "Id", person.Id));
        app.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await RoundAsync());
        Assert.Equal(0, await RoundAsync());
        await AssertNothingLeftAsync(person);
    }

    private static T ManualRounds<T>(T factory) where T : LanternAppFactory
    {
        factory.With("AccountDeletion:IntervalSeconds", "0").With("Reminders:IntervalSeconds", "0").With("Notifications:IntervalSeconds", "0");
        return factory;
    }

    private static async Task AskAsync(TestUser person)
    {
        var asked = await person.Client.PostAsJsonAsync("/api/v1/me/deletion",
            new { password = person.Password, code = person.TotpKey is null ? null : person.NextCode() }, Ct);
        var body = await HttpAssertions.ReadJsonAsync(asked);
        Assert.True(asked.StatusCode == HttpStatusCode.Accepted, $"{(int)asked.StatusCode} {body}");
        Assert.True(body.GetProperty("pending").GetBoolean());
    }

    private async Task<int> RoundAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountDeletionDispatcher>().RunRoundAsync(Ct);
    }

    /// <summary>Zero rows name the person in every table but the audit trail, which holds exactly one record of the deletion.</summary>
    private async Task AssertNothingLeftAsync(TestUser person)
    {
        var rows = await RowsAsync(person.Id, person.Email);
        var left = rows.Where(kv => kv.Key != AuditTable && kv.Value > 0).Select(kv => $"{kv.Key}: {kv.Value}").ToArray();
        Assert.True(left.Length == 0, $"Rows left for the deleted {person.Role}: " + string.Join(", ", left));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var deletions = await db.AuditEvents.Where(e => e.SubjectId == person.Id && e.Action == AuditAction.AccountDeleted).ToListAsync(Ct);
        var deletion = Assert.Single(deletions);
        Assert.Null(deletion.ResourceType);
        Assert.Null(deletion.ResourceId);
    }

    /// <summary>
    /// Rows per table that name <paramref name="userId"/> in any column holding a person's id (every foreign key to the
    /// account, and the known names) or <paramref name="email"/> in any column whose name says it holds an e-mail.
    /// </summary>
    private async Task<Dictionary<string, int>> RowsAsync(Guid userId, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedColumns = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var idColumns = entity.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(LanternUser)).SelectMany(fk => fk.Properties)
                .Concat(entity.GetProperties().Where(p => UserIdColumnNames.Contains(p.Name) && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))))
                .Concat(entity.ClrType == typeof(LanternUser) ? [entity.FindPrimaryKey()!.Properties[0]] : [])
                .Select(p => p.GetColumnName(table)).OfType<string>().Distinct();
            var emailColumns = entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.Name.Contains("Email", StringComparison.Ordinal))
                .Select(p => p.GetColumnName(table)).OfType<string>().Distinct();
            var total = 0;
            foreach (var column in idColumns)
            {
                total += await CountAsync(db, table.Name, column, userId);
                checkedColumns++;
            }

            foreach (var column in emailColumns)
            {
                // Table and column names come from the model, never from input; the value is a parameter.
#pragma warning disable EF1002
                total += await db.Database.SqlQueryRaw<int>(
                    $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Name}\" WHERE UPPER(\"{column}\") = {{0}}", email.ToUpperInvariant()).SingleAsync(Ct);
#pragma warning restore EF1002
                checkedColumns++;
            }

            counts[table.Name] = counts.GetValueOrDefault(table.Name) + total;
        }

        Assert.True(checkedColumns >= 40, $"Only {checkedColumns} columns were checked: the model walk found too few.");
        return counts;
    }

    private async Task<int> CountAsync(string table, string column, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CountAsync(scope.ServiceProvider.GetRequiredService<LanternDbContext>(), table, column, id);
    }

    /// <summary>The id goes in as a parameter EF Core maps like the column (text on SQLite, uuid on PostgreSQL).</summary>
#pragma warning disable EF1002 // table and column names come from the model, never from input
    private static async Task<int> CountAsync(LanternDbContext db, string table, string column, Guid id) =>
        await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}}", id).SingleAsync(Ct);
#pragma warning restore EF1002
}
