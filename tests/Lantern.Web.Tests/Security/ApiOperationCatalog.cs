using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Features.Reminders.Devices;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Platform.Push;
using OtpNet;

namespace Lantern.Web.Tests.Security;

/// <summary>One API request: who sends it (their client), what, where, and the JSON body if any.</summary>
public sealed record ApiCall(HttpClient Client, HttpMethod Method, string Path, object? Body = null)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            request.Content = JsonContent.Create(Body);
        }

        return request;
    }
}

/// <summary>
/// For every operation of the OpenAPI document ("METHOD /path" as the document writes it): a request that succeeds,
/// made for a new patient (the argument), with whatever records or care-team members it needs set up first. An
/// operation without an entry fails <c>OpenApiDocumentTests</c>, so a new route cannot go unexercised. Ids come from
/// <see cref="CrossUserCatalog"/>'s seeders where it has one, so the two catalogs agree on how records are made.
/// </summary>
public static class ApiOperationCatalog
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HttpMethod Get = HttpMethod.Get, Post = HttpMethod.Post, Put = HttpMethod.Put;

    public static IReadOnlyDictionary<string, Func<TestUser, Task<ApiCall>>> Successful { get; } = new Dictionary<string, Func<TestUser, Task<ApiCall>>>(StringComparer.Ordinal)
    {
        // Account
        ["POST /api/v1/auth/register"] = p => Anonymous(p, Post, "/api/v1/auth/register", SignUp($"new-{Guid.NewGuid():N}@example.org")),
        ["POST /api/v1/auth/confirm-email"] = async p =>
        {
            var email = $"confirm-{Guid.NewGuid():N}@example.org";
            (await p.App.CreateClient().PostAsJsonAsync("/api/v1/auth/register", SignUp(email), Ct)).EnsureSuccessStatusCode();
            var (userId, token) = Outbox.ReadLink(await p.App.WaitForMailAsync(email, "Confirm your Lantern account"), "/account/confirm-email");
            return new ApiCall(p.App.CreateClient(), Post, "/api/v1/auth/confirm-email", new { userId, token });
        },
        ["POST /api/v1/auth/login"] = p => Anonymous(p, Post, "/api/v1/auth/login", new { email = p.Email, password = p.Password }),
        ["POST /api/v1/auth/logout"] = async p => new ApiCall(await p.SignInOnNewClientAsync(), Post, "/api/v1/auth/logout"),
        ["POST /api/v1/auth/forgot-password"] = p => Anonymous(p, Post, "/api/v1/auth/forgot-password", new { email = p.Email }),
        ["POST /api/v1/auth/reset-password"] = async p =>
        {
            (await p.App.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = p.Email }, Ct)).EnsureSuccessStatusCode();
            var (userId, token) = Outbox.ReadLink(await p.App.WaitForMailAsync(p.Email, "Reset your Lantern password"), "/account/reset-password");
            return new ApiCall(p.App.CreateClient(), Post, "/api/v1/auth/reset-password", new { userId, token, newPassword = "fresh start lantern password" });
        },
        ["GET /api/v1/me"] = p => As(p, Get, "/api/v1/me"),
        ["POST /api/v1/me/password"] = p => As(p, Post, "/api/v1/me/password", new { currentPassword = p.Password, newPassword = "a brand new passphrase 42" }),
        ["GET /api/v1/me/two-factor"] = p => As(p, Get, "/api/v1/me/two-factor"),
        ["POST /api/v1/me/two-factor/enable"] = async p =>
        {
            var status = await p.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor", Ct);
            var key = status.GetProperty("sharedKey").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            p.App.Time.Advance(TimeSpan.FromSeconds(30));
            var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(p.App.Time.GetUtcNow().UtcDateTime);
            return new ApiCall(p.Client, Post, "/api/v1/me/two-factor/enable", new { code });
        },
        ["POST /api/v1/me/two-factor/disable"] = async p =>
        {
            await p.EnableTwoFactorAsync();
            return new ApiCall(p.Client, Post, "/api/v1/me/two-factor/disable", new { password = p.Password });
        },
        ["POST /api/v1/me/two-factor/recovery-codes"] = async p =>
        {
            await p.EnableTwoFactorAsync();
            return new ApiCall(p.Client, Post, "/api/v1/me/two-factor/recovery-codes", new { password = p.Password });
        },
        ["GET /api/v1/me/sessions"] = p => As(p, Get, "/api/v1/me/sessions"),
        ["DELETE /api/v1/me/sessions/{id}"] = p => Seeded(p, "DELETE /api/v1/me/sessions/{id:guid}"),
        ["POST /api/v1/me/sessions/end-others"] = p => As(p, Post, "/api/v1/me/sessions/end-others"),
        ["GET /api/v1/me/deletion"] = p => As(p, Get, "/api/v1/me/deletion"),
        ["POST /api/v1/me/deletion"] = p => As(p, Post, "/api/v1/me/deletion",
            new { password = p.Password, code = p.TotpKey is null ? null : p.NextCode() }),
        ["DELETE /api/v1/me/deletion"] = async p =>
        {
            (await p.Client.PostAsJsonAsync("/api/v1/me/deletion", new { password = p.Password, code = p.TotpKey is null ? null : p.NextCode() }, Ct))
                .EnsureSuccessStatusCode();
            return new ApiCall(p.Client, HttpMethod.Delete, "/api/v1/me/deletion");
        },

        // Devices that get notifications (Reminders)
        ["GET /api/v1/me/push/public-key"] = p => As(p, Get, "/api/v1/me/push/public-key"),
        ["GET /api/v1/me/push-subscriptions"] = p => As(p, Get, PushDevicesApi.Path),
        ["POST /api/v1/me/push-subscriptions"] = p =>
        {
            using var device = TestPushDevice.Unreachable();
            return As(p, Post, PushDevicesApi.Path, device.Subscription("Phone"));
        },
        ["DELETE /api/v1/me/push-subscriptions/{id}"] = p => Seeded(p, "DELETE /api/v1/me/push-subscriptions/{id:guid}"),
        ["GET /api/v1/audit/me"] = p => As(p, Get, "/api/v1/audit/me"),

        // Public tools
        ["POST /api/v1/calculators/phq9"] = p => Anonymous(p, Post, "/api/v1/calculators/phq9", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 } }),
        ["POST /api/v1/calculators/phq9/thoughts-right-now"] = p => Anonymous(p, Post, "/api/v1/calculators/phq9/thoughts-right-now", new { thoughtsRightNow = false }),
        ["POST /api/v1/calculators/gad7"] = p => Anonymous(p, Post, "/api/v1/calculators/gad7", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1 } }),
        ["POST /api/v1/calculators/pcl5"] = p => Anonymous(p, Post, "/api/v1/calculators/pcl5", new { answers = Enumerable.Repeat(2, 20), cutPoint = 31 }),
        ["POST /api/v1/calculators/mme"] = p => Anonymous(p, Post, "/api/v1/calculators/mme", new { items = new[] { new { opioid = "oxycodone", dailyDose = 20 } } }),
        ["POST /api/v1/calculators/diazepam-equivalent"] = p => Anonymous(p, Post, "/api/v1/calculators/diazepam-equivalent", new { drug = "lorazepam", dailyDoseMg = 1 }),
        ["POST /api/v1/calculators/screening"] = p => Anonymous(p, Post, "/api/v1/calculators/screening", Screening()),
        ["POST /api/v1/calculators/taper"] = p => Anonymous(p, Post, "/api/v1/calculators/taper", new
        {
            drug = "citalopram", currentDoseMg = 20, method = "proportional", stepPercent = 50, intervalDays = 28, startDate = "2027-01-04", finalDoseMg = 1.25,
        }),
        ["GET /api/v1/crisis-resources"] = p => Anonymous(p, Get, "/api/v1/crisis-resources?country=US"),

        // Every day
        ["GET /api/v1/dashboard"] = p => As(p, Get, "/api/v1/dashboard"),
        ["GET /api/v1/pain/summary"] = p => As(p, Get, "/api/v1/pain/summary"),
        ["POST /api/v1/checkins"] = p => As(p, Post, "/api/v1/checkins", new { mood = 6, anxiety = 3, sleepHours = 7.5, energy = 5, note = "calm day", warningSigns = Array.Empty<string>() }),
        ["GET /api/v1/checkins"] = p => As(p, Get, "/api/v1/checkins?from=2026-11-01&to=2026-11-30"),
        ["GET /api/v1/checkins/{id}"] = p => Seeded(p, "GET /api/v1/checkins/{id:guid}"),
        ["PUT /api/v1/checkins/{id}"] = p => Seeded(p, "PUT /api/v1/checkins/{id:guid}", new { mood = 4, anxiety = 3, sleepHours = 7, energy = 5 }),
        ["DELETE /api/v1/checkins/{id}"] = p => Seeded(p, "DELETE /api/v1/checkins/{id:guid}"),
        ["GET /api/v1/checkin-tags"] = p => As(p, Get, "/api/v1/checkin-tags"),
        ["POST /api/v1/checkin-tags"] = p => As(p, Post, "/api/v1/checkin-tags", new { name = "walk" }),
        ["PUT /api/v1/checkin-tags/{id}"] = p => Seeded(p, "PUT /api/v1/checkin-tags/{id:guid}", new { name = "long walk" }),
        ["DELETE /api/v1/checkin-tags/{id}"] = p => Seeded(p, "DELETE /api/v1/checkin-tags/{id:guid}"),
        ["GET /api/v1/questionnaires"] = p => As(p, Get, "/api/v1/questionnaires"),
        ["GET /api/v1/questionnaires/responses"] = p => As(p, Get, "/api/v1/questionnaires/responses"),
        ["GET /api/v1/questionnaires/responses/{id}"] = p => Seeded(p, "GET /api/v1/questionnaires/responses/{id:guid}"),
        ["POST /api/v1/questionnaires/responses/{id}/thoughts-right-now"] = p =>
            Seeded(p, "POST /api/v1/questionnaires/responses/{id:guid}/thoughts-right-now", new { thoughtsRightNow = false }),
        ["GET /api/v1/me/reminders"] = p => As(p, Get, "/api/v1/me/reminders"),
        ["PUT /api/v1/me/reminders"] = p => As(p, Put, "/api/v1/me/reminders",
            new { byEmail = true, quietFrom = "22:00", quietUntil = "07:00", rules = new[] { new { kind = "daily-check-in", on = true, at = "20:00" } } }),
        ["GET /api/v1/me/reminders/deliveries"] = p => As(p, Get, "/api/v1/me/reminders/deliveries"),
        ["GET /api/v1/questionnaires/schedule"] = p => As(p, Get, "/api/v1/questionnaires/schedule"),
        ["PUT /api/v1/questionnaires/schedule"] = p => As(p, Put, "/api/v1/questionnaires/schedule", new { intervalDays = 28 }),
        ["GET /api/v1/questionnaires/{instrument}"] = p => As(p, Get, "/api/v1/questionnaires/phq9"),
        ["POST /api/v1/questionnaires/{instrument}/responses"] = p => As(p, Post, "/api/v1/questionnaires/phq9/responses", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 } }),
        ["GET /api/v1/alerts"] = p => As(p, Get, "/api/v1/alerts?status=all"),
        ["POST /api/v1/alerts/{id}/acknowledge"] = p => Seeded(p, "POST /api/v1/alerts/{id:guid}/acknowledge"),
        ["GET /api/v1/warning-signs"] = p => As(p, Get, "/api/v1/warning-signs"),
        ["POST /api/v1/warning-signs"] = p => As(p, Post, "/api/v1/warning-signs", new { signs = new[] { "unable-to-function" } }),
        ["POST /api/v1/onboarding"] = p => As(p, Post, "/api/v1/onboarding", Onboarding()),
        ["GET /api/v1/onboarding"] = async p =>
        {
            (await p.Client.PostAsJsonAsync("/api/v1/onboarding", Onboarding(), Ct)).EnsureSuccessStatusCode();
            return new ApiCall(p.Client, Get, "/api/v1/onboarding");
        },
        ["GET /api/v1/export/checkins.csv"] = p => As(p, Get, "/api/v1/export/checkins.csv"),
        ["GET /api/v1/export/questionnaires.csv"] = p => As(p, Get, "/api/v1/export/questionnaires.csv"),
        ["GET /api/v1/me/export"] = p => As(p, Get, "/api/v1/me/export"),

        // Care team
        ["POST /api/v1/careteam/invitations"] = p => As(p, Post, "/api/v1/careteam/invitations", new { role = "caregiver", scopes = new[] { "mood" } }),
        ["GET /api/v1/careteam/invitations"] = p => As(p, Get, "/api/v1/careteam/invitations"),
        ["DELETE /api/v1/careteam/invitations/{id}"] = p => Seeded(p, "DELETE /api/v1/careteam/invitations/{id:guid}"),
        ["GET /api/v1/careteam/invitations/{token}"] = async p =>
        {
            var invitee = await TestUser.CreateAsync(p.App, UserRole.Caregiver);
            var (_, token) = await CareTeamSetup.InviteAsync(p, UserRole.Caregiver, ["mood"]);
            return new ApiCall(invitee.Client, Get, $"/api/v1/careteam/invitations/{token}");
        },
        ["POST /api/v1/careteam/invitations/{token}/accept"] = async p =>
        {
            var invitee = await TestUser.CreateAsync(p.App, UserRole.Caregiver);
            var (_, token) = await CareTeamSetup.InviteAsync(p, UserRole.Caregiver, ["mood"]);
            return new ApiCall(invitee.Client, Post, $"/api/v1/careteam/invitations/{token}/accept");
        },
        ["GET /api/v1/careteam/grants"] = p => As(p, Get, "/api/v1/careteam/grants"),
        ["PUT /api/v1/careteam/grants/{id}"] = p => Seeded(p, "PUT /api/v1/careteam/grants/{id:guid}", new { scopes = new[] { "mood", "alerts" } }),
        ["DELETE /api/v1/careteam/grants/{id}"] = p => Seeded(p, "DELETE /api/v1/careteam/grants/{id:guid}"),
        ["GET /api/v1/careteam/patients"] = p => AsGrantee(p, UserRole.Caregiver, "/api/v1/careteam/patients"),
        ["GET /api/v1/careteam/caseload"] = p => AsGrantee(p, UserRole.Therapist, "/api/v1/careteam/caseload"),
        ["GET /api/v1/careteam/alerts"] = p => AsGrantee(p, UserRole.Caregiver, "/api/v1/careteam/alerts"),
        ["GET /api/v1/careteam/patients/{patientId}/summary"] = p => AsGrantee(p, UserRole.Caregiver, $"/api/v1/careteam/patients/{p.Id}/summary"),
        ["GET /api/v1/careteam/patients/{patientId}/export"] = p => AsGrantee(p, UserRole.Caregiver, $"/api/v1/careteam/patients/{p.Id}/export"),
        ["GET /api/v1/careteam/patients/{patientId}/notes"] = p => AsGrantee(p, UserRole.Therapist, $"/api/v1/careteam/patients/{p.Id}/notes"),
        ["POST /api/v1/careteam/patients/{patientId}/notes"] = async p =>
        {
            var (therapist, _) = await CareTeamSetup.GrantAsync(p, UserRole.Therapist, "mood");
            return new ApiCall(therapist.Client, Post, $"/api/v1/careteam/patients/{p.Id}/notes", new { text = "Talked about sleep." });
        },

        // Clinic questions
        ["GET /api/v1/clinic-checklists"] = p => As(p, Get, "/api/v1/clinic-checklists"),
        ["POST /api/v1/clinic-checklists"] = p => As(p, Post, "/api/v1/clinic-checklists", ClinicChecklist()),
        ["GET /api/v1/clinic-checklists/{id}"] = p => Seeded(p, "GET /api/v1/clinic-checklists/{id:guid}"),
        ["PUT /api/v1/clinic-checklists/{id}"] = p => Seeded(p, "PUT /api/v1/clinic-checklists/{id:guid}", ClinicChecklist()),
        ["DELETE /api/v1/clinic-checklists/{id}"] = p => Seeded(p, "DELETE /api/v1/clinic-checklists/{id:guid}"),

        // Taper
        ["GET /api/v1/medications"] = p => As(p, Get, "/api/v1/medications"),
        ["POST /api/v1/medications"] = p => As(p, Post, "/api/v1/medications", Medication()),
        ["GET /api/v1/medications/{id}"] = p => Seeded(p, "GET /api/v1/medications/{id:guid}"),
        ["PUT /api/v1/medications/{id}"] = p => Seeded(p, "PUT /api/v1/medications/{id:guid}", Medication()),
        ["DELETE /api/v1/medications/{id}"] = p => Seeded(p, "DELETE /api/v1/medications/{id:guid}"),
        ["GET /api/v1/tapers"] = p => As(p, Get, "/api/v1/tapers"),
        ["POST /api/v1/tapers"] = p => As(p, Post, "/api/v1/tapers", TaperApi.SertralinePlan()),
        ["GET /api/v1/tapers/{id}"] = p => Seeded(p, "GET /api/v1/tapers/{id:guid}"),
        ["PUT /api/v1/tapers/{id}"] = p => Seeded(p, "PUT /api/v1/tapers/{id:guid}", TaperApi.SertralinePlan(new { stepPercent = 5 })),
        ["DELETE /api/v1/tapers/{id}"] = p => Seeded(p, "DELETE /api/v1/tapers/{id:guid}"),
        ["POST /api/v1/tapers/{id}/events"] = p => Seeded(p, "POST /api/v1/tapers/{id:guid}/events", new { kind = "hold", date = "2026-10-01" }),
        ["GET /api/v1/tapers/{id}/journal"] = p => Seeded(p, "GET /api/v1/tapers/{id:guid}/journal"),
        ["POST /api/v1/tapers/{id}/journal"] = p => Seeded(p, "POST /api/v1/tapers/{id:guid}/journal",
            new { ratings = TaperApi.Ratings((1, 1)), symptomsTolerable = true, mood = 6 }),
        ["GET /api/v1/tapers/{id}/plan.pdf"] = p => Seeded(p, "GET /api/v1/tapers/{id:guid}/plan.pdf"),
        ["GET /api/v1/tapers/{id}/calendar.ics"] = p => Seeded(p, "GET /api/v1/tapers/{id:guid}/calendar.ics"),
        ["GET /api/v1/tapers/{id}/schedule.csv"] = p => Seeded(p, "GET /api/v1/tapers/{id:guid}/schedule.csv"),

        // Pain
        ["GET /api/v1/opioid-doses"] = p => As(p, Get, "/api/v1/opioid-doses"),
        ["POST /api/v1/opioid-doses"] = p => As(p, Post, "/api/v1/opioid-doses", OpioidDose()),
        ["GET /api/v1/opioid-doses/{id}"] = p => Seeded(p, "GET /api/v1/opioid-doses/{id:guid}"),
        ["PUT /api/v1/opioid-doses/{id}"] = p => Seeded(p, "PUT /api/v1/opioid-doses/{id:guid}", OpioidDose()),
        ["DELETE /api/v1/opioid-doses/{id}"] = p => Seeded(p, "DELETE /api/v1/opioid-doses/{id:guid}"),

        // Ketamine sessions
        ["GET /api/v1/courses"] = p => As(p, Get, "/api/v1/courses"),
        ["POST /api/v1/courses"] = p => As(p, Post, "/api/v1/courses", SessionsApi.Course()),
        ["GET /api/v1/courses/presets"] = p => As(p, Get, "/api/v1/courses/presets"),
        ["GET /api/v1/courses/{id}"] = p => Seeded(p, "GET /api/v1/courses/{id:guid}"),
        ["PUT /api/v1/courses/{id}"] = p => Seeded(p, "PUT /api/v1/courses/{id:guid}", new
        {
            route = "at-home-lozenges", providerName = "Lakeside Clinic", providerPhone = SessionsApi.ProviderPhone, prescribedDose = "As written on my plan",
        }),
        ["DELETE /api/v1/courses/{id}"] = p => Seeded(p, "DELETE /api/v1/courses/{id:guid}"),
        ["GET /api/v1/courses/{id}/calendar.ics"] = p => Seeded(p, "GET /api/v1/courses/{id:guid}/calendar.ics"),
        ["POST /api/v1/courses/{id}/sessions"] = p => Seeded(p, "POST /api/v1/courses/{id:guid}/sessions", new { date = "2027-01-14", time = "11:15" }),
        ["GET /api/v1/sessions/timeline"] = p => As(p, Get, "/api/v1/sessions/timeline"),
        ["GET /api/v1/sessions/supporting"] = p => As(p, Get, "/api/v1/sessions/supporting"),
        ["GET /api/v1/sessions/{id}"] = async p => new ApiCall(p.Client, Get, $"/api/v1/sessions/{await SessionsApi.NewSessionAsync(p)}"),
        ["PUT /api/v1/sessions/{id}"] = async p => new ApiCall(p.Client, Put, $"/api/v1/sessions/{await SessionsApi.NewSessionAsync(p)}", new { intention = "Rest and notice" }),
        ["POST /api/v1/sessions/{id}/vitals"] = async p =>
            new ApiCall(p.Client, Post, $"/api/v1/sessions/{await SessionsApi.NewSessionAsync(p)}/vitals", new { systolic = 118, diastolic = 76 }),
        ["POST /api/v1/sessions/{id}/checks"] = p => Started(p, "checks", new { responsiveness = "awake", calmness = "calm", breathingConcern = false }),
        ["POST /api/v1/sessions/{id}/side-effects"] = p => Started(p, "side-effects", new { ratings = new { nausea = 1 }, dissociation = 5 }),
        ["GET /api/v1/sessions/{id}/journal"] = async p => new ApiCall(p.Client, Get, $"/api/v1/sessions/{await SessionsApi.NewSessionAsync(p)}/journal"),
        ["POST /api/v1/sessions/{id}/journal"] = p => Started(p, "journal", new { whatCameUp = "Warmth" }),
    };

    /// <summary>The operations a caregiver or therapist may legitimately call: everything else that writes is the patient's.</summary>
    public static IReadOnlySet<string> CareTeamWrites { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "POST /api/v1/careteam/invitations/{token}/accept",
        "POST /api/v1/careteam/patients/{patientId}/notes",
        "PUT /api/v1/careteam/grants/{id}",
        "DELETE /api/v1/careteam/grants/{id}",
        "POST /api/v1/alerts/{id}/acknowledge",
        "POST /api/v1/sessions/{id}/checks",
        // A caregiver compares clinics for someone too (docs/adr/0004-clinic-checklists-and-cost.md).
        "POST /api/v1/clinic-checklists",
        "PUT /api/v1/clinic-checklists/{id}",
        "DELETE /api/v1/clinic-checklists/{id}",
    };

    private static Task<ApiCall> As(TestUser user, HttpMethod method, string path, object? body = null) =>
        Task.FromResult(new ApiCall(user.Client, method, path, body));

    private static Task<ApiCall> Anonymous(TestUser user, HttpMethod method, string path, object? body = null) =>
        Task.FromResult(new ApiCall(user.App.CreateClient(), method, path, body));

    private static async Task<ApiCall> AsGrantee(TestUser patient, UserRole role, string path)
    {
        var (grantee, _) = await CareTeamSetup.GrantAsync(patient, role, "mood", "alerts");
        return new ApiCall(grantee.Client, Get, path);
    }

    /// <summary>The patient's own record, made by <see cref="CrossUserCatalog"/>'s seeder for the same route.</summary>
    private static async Task<ApiCall> Seeded(TestUser owner, string routeKey, object? body = null)
    {
        var seeded = await CrossUserCatalog.Entries.Single(e => e.Key == routeKey).SeedOwnedByA(owner);
        var space = routeKey.IndexOf(' ', StringComparison.Ordinal);
        var path = routeKey[(space + 1)..];
        foreach (var (name, value) in seeded.RouteValues)
        {
            var start = path.IndexOf("{" + name, StringComparison.Ordinal);
            path = path[..start] + value + path[(path.IndexOf('}', start) + 1)..];
        }

        return new ApiCall(owner.Client, new HttpMethod(routeKey[..space]), path, body);
    }

    private static async Task<ApiCall> Started(TestUser patient, string what, object body)
    {
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        return new ApiCall(patient.Client, Post, $"/api/v1/sessions/{id}/{what}", body);
    }

    private static object SignUp(string email) =>
        new { email, password = "correct horse battery staple 7", displayName = "New person", timeZone = "Europe/London", role = "patient" };

    private static Dictionary<string, object?> Screening() => Features.Tools.CalculatorApiTests.CompleteScreening(psychosisHistory: "no");

    private static Dictionary<string, object?> Onboarding()
    {
        var answers = Screening();
        answers["supportAtHome"] = "adult-present-during-doses";
        answers["phq9Answers"] = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 };
        answers["gad7Answers"] = new[] { 1, 1, 1, 1, 1, 1, 1 };
        return answers;
    }

    private static object ClinicChecklist() =>
        new { clinicName = "Riverside", answers = new[] { new { question = "licensed", answer = "yes", notes = "asked on the phone" } } };

    private static object Medication() => new { drug = "sertraline", doseMg = 100, formulation = "tablets" };

    private static object OpioidDose() => new { opioid = "oxycodone", dailyDose = 10, unit = "mg", from = "2026-11-20" };
}
