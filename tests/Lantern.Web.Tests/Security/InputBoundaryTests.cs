using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Input;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Issue 12, items 9 and 10: one input boundary for every string and date, found from the live route table and the
/// request types, so a new endpoint, field or form is covered without a line here. A control character (NUL, ESC) is a
/// 400 naming the field on the API and is dropped from a form; a date outside 1900-01-01..2199-12-31 is a 400; nothing
/// is ever a 500, and no stored text holds a control character, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class InputBoundaryTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] ControlCanaries = ["before\u0000after", "before\u001bafter"];
    private static readonly string[] DatesOutsideTheWindow = ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"];

    [Fact]
    public async Task EveryTextAndDateFieldOfEveryApiBody_OutsideTheRules_Is400NamingTheField()
    {
        var patient = await TestUser.CreateAsync(app);
        var routes = EndpointInventory.Read(app.Services).Where(r => r.IsApi && RequestFields.BodyType(r) is not null).ToArray();
        var failures = new List<string>();
        var tried = 0;
        foreach (var route in routes)
        {
            foreach (var field in RequestFields.Leaves(RequestFields.BodyType(route)!))
            {
                var values = field.IsText ? ControlCanaries : DatesOutsideTheWindow;
                foreach (var value in values)
                {
                    tried++;
                    using var request = new HttpRequestMessage(new HttpMethod(route.Method), EndpointInventory.Fill(route))
                    {
                        Content = new StringContent(field.Build(JsonValue.Create(value)).ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    var response = await patient.Client.SendAsync(request, Ct);
                    var problem = await FieldsNamedAsync(response);
                    if (response.StatusCode != HttpStatusCode.BadRequest || !problem.Any(name => name.StartsWith(field.Name, StringComparison.Ordinal)))
                    {
                        failures.Add($"{route.Key} {field.Name}={JsonSerializer.Serialize(value)} -> {(int)response.StatusCode} [{string.Join(", ", problem)}]");
                    }
                }
            }
        }

        Assert.True(tried > 150, $"Only {tried} field values tried: the request types were not found.");
        Assert.True(failures.Count == 0, "Not refused with a 400 naming the field:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryQueryValueOfTheApi_OutsideTheRules_Is400NamingIt()
    {
        var patient = await TestUser.CreateAsync(app);
        var failures = new List<string>();
        var dates = 0;
        foreach (var route in EndpointInventory.Read(app.Services).Where(r => r.IsApi))
        {
            var query = RequestFields.QueryAndRouteValues(route, app.Services)
                .Where(v => !route.Parameters.Contains(v.Name, StringComparer.OrdinalIgnoreCase))
                .ToArray();
            foreach (var (name, type) in query.Where(v => v.Type == typeof(string) || RequestFields.IsDate(v.Type)))
            {
                dates += RequestFields.IsDate(type) ? 1 : 0;
                foreach (var value in type == typeof(string) ? ControlCanaries : DatesOutsideTheWindow)
                {
                    await ExpectFieldAsync(patient.Client, route, $"?{name}={Uri.EscapeDataString(value)}", name, failures);
                }
            }

            // A range must run forwards; every from/to pair says so by naming "from".
            var range = query.Where(v => RequestFields.IsDate(v.Type)).Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (range.Contains("from") && range.Contains("to"))
            {
                await ExpectFieldAsync(patient.Client, route, "?from=2026-11-20&to=2026-11-10", "from", failures);
            }
        }

        Assert.True(dates >= 4, $"Only {dates} date query parameters found.");
        Assert.True(failures.Count == 0, "Query values not refused with a 400 naming them:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPageDateInTheAddress_OutsideTheWindow_Is400()
    {
        var records = await PatientRecords.CreateAsync(app);
        var handlers = await PageInventory.ReadAsync(app.Services);
        var failures = new List<string>();
        var tried = 0;
        foreach (var handler in handlers.Where(h => h.Method == "GET"))
        {
            foreach (var field in handler.Fields.Where(f => f.FromQuery && RequestFields.IsDate(f.Type)))
            {
                var path = EndpointInventory.Fill(handler.Route, records.RouteValues(handler.Route));
                foreach (var value in DatesOutsideTheWindow)
                {
                    tried++;
                    var response = await records.Patient.Client.GetAsync($"{path}?{field.Name}={value}", Ct);
                    if (response.StatusCode != HttpStatusCode.BadRequest)
                    {
                        failures.Add($"{handler.Key} {field.Name}={value} -> {(int)response.StatusCode}");
                    }
                }

                var inside = await records.Patient.Client.GetAsync($"{path}?{field.Name}=2026-11-20", Ct);
                if (inside.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{handler.Key} {field.Name}=2026-11-20 -> {(int)inside.StatusCode}");
                }
            }
        }

        Assert.True(tried > 0, "No page binds a date from its address; the inventory found nothing to test.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPageForm_WithControlCharacters_NeverFails_AndNothingStoredHoldsThem()
    {
        var records = await PatientRecords.CreateAsync(app);
        var client = records.Patient.Client;
        var token = await PageForms.TokenAsync(client, "/checkin");
        var posts = (await PageInventory.ReadAsync(app.Services))
            .Where(h => h.Method == "POST" && h.Fields.Any(f => f.Type == typeof(string)))
            // What ends the session or removes the records comes last, so every other form still reaches its records.
            .OrderBy(h => IsDestructive(h))
            .ToArray();
        Assert.True(posts.Length > 40, $"Only {posts.Length} form handlers found.");

        var failures = new List<string>();
        foreach (var handler in posts)
        {
            if (records.RouteValues(handler.Route) is not { } values)
            {
                failures.Add($"{handler.Key}: no record to fill its address; add one to PatientRecords.");
                continue;
            }

            var path = EndpointInventory.Fill(handler.Route, values) + (handler.Name is { } name ? $"?handler={name}" : string.Empty);
            foreach (var canary in ControlCanaries)
            {
                var fields = handler.Fields.Where(f => f.Type == typeof(string)).Select(f => (f.Name, canary));
                var response = await PageForms.PostAsync(client, path, fields, token);
                var body = await response.Content.ReadAsStringAsync(Ct);
                // Shown again on the page (raw or as an HTML character reference) means it was not dropped.
                var echoed = body.Contains(canary[..7], StringComparison.Ordinal) || body.Contains("before&#x", StringComparison.Ordinal);
                if ((int)response.StatusCode >= 500 || echoed)
                {
                    failures.Add($"{handler.Key} -> {(int)response.StatusCode}{(echoed ? ", control character shown again" : string.Empty)}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Forms that failed on control characters:\n" + string.Join("\n", failures));
        var unclean = await StoredText.WithControlCharactersAsync(app);
        Assert.True(unclean.Count == 0, "Stored text with control characters: " + string.Join(", ", unclean));
    }

    [Fact]
    public async Task FormsNamedInTheReview_WithControlCharacters_SaveTheTextWithoutThem()
    {
        // The four forms the outside review broke: a check-in note, a clinic checklist, a course's provider fields and
        // the sign-up display name (no sign-in needed). ESC, BEL and the like are dropped; tabs and line breaks stay
        // where the field takes several lines and become a space where it takes one.
        var patient = await TestUser.CreateAsync(app);
        var checkIn = await PageForms.PostAsync(patient.Client, "/checkin",
        [
            new("date", "2026-11-25"), new("Input.Mood", "5"), new("Input.Anxiety", "4"), new("Input.SleepHours", "7"), new("Input.Energy", "5"),
            new("Input.Note", "Calm\u0007 day\u001b\r\n\tline two"), new("Input.Tags", "wa\u001blk"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        var saved = (await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/checkins?from=2026-11-25&to=2026-11-25", Ct))[0];
        Assert.Equal("Calm day\r\n\tline two", saved.GetProperty("note").GetString());
        Assert.Equal("walk", saved.GetProperty("tags")[0].GetString());

        var checklist = await PageForms.PostAsync(patient.Client, "/clinic-checklists/new",
            [new("Input.ClinicName", "River\u0001side\tClinic"), new("Input.Answers[licensed]", "yes"), new("Input.Notes[licensed]", "Asked\u001b\r\nthem")]);
        Assert.Equal(HttpStatusCode.Redirect, checklist.StatusCode);
        var stored = (await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/clinic-checklists", Ct))[0];
        Assert.Equal("Riverside Clinic", stored.GetProperty("clinicName").GetString());

        var course = await PageForms.PostAsync(patient.Client, "/sessions/courses/new",
        [
            new("Input.Route", "at-home-lozenges"), new("Input.ProviderName", "Dr\u001b Lee"), new("Input.ProviderPhone", "(312) 555-0100"),
            new("Input.ProviderContact", "care@clinic.example\u007f"), new("Input.PrescribedDose", "As\u0008 written"),
            new("Input.Sessions[0].Date", "2026-11-30"), new("Input.Sessions[0].Time", "10:00"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, course.StatusCode);
        var provider = (await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/courses", Ct))[0].GetProperty("provider");
        Assert.Equal("Dr Lee", provider.GetProperty("name").GetString());
        Assert.Equal("care@clinic.example", provider.GetProperty("contact").GetString());

        var email = $"esc-{Guid.NewGuid():N}@example.org";
        var signUp = await PageForms.PostAsync(app.CreateBrowserlikeClient(), "/account/sign-up",
        [
            new("Input.Email", email), new("Input.DisplayName", "Sam\u001b\u0007 Lee"), new("Input.Password", "correct horse battery staple 9"),
            new("Input.TimeZone", "America/Chicago"), new("Input.Role", "patient"),
        ]);
        Assert.True((int)signUp.StatusCode < 500, $"Sign-up: {(int)signUp.StatusCode}");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.Equal("Sam Lee", await db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).SingleAsync(Ct));
        Assert.Empty(await StoredText.WithControlCharactersAsync(app));
    }

    [Fact]
    public async Task FormWithANul_IsRefusedWhole_AndSavesNothing()
    {
        // The framework's form reader refuses a percent-encoded NUL before any page code runs: a 400, never a 500.
        var patient = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(patient.Client, "/checkin",
        [
            new("date", "2026-11-24"), new("Input.Mood", "5"), new("Input.Anxiety", "4"), new("Input.SleepHours", "7"), new("Input.Energy", "5"),
            new("Input.Note", "Calm\u0000 day"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(page.Contains("We could not read that request", StringComparison.Ordinal), page[page.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Empty(await patient.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/checkins?from=2026-11-24&to=2026-11-24", Ct) ?? []);
    }

    [Fact]
    public async Task ApiText_LineBreaksKeptInNotes_RefusedInOneLineFields()
    {
        var patient = await TestUser.CreateAsync(app);

        var note = await patient.Client.PostAsJsonAsync("/api/v1/checkins",
            new { mood = 5, anxiety = 4, sleepHours = 7, energy = 5, note = "First line\r\n\tsecond line" }, Ct);
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal("First line\r\n\tsecond line", (await HttpAssertions.ReadJsonAsync(note)).GetProperty("checkIn").GetProperty("note").GetString());

        var tag = await patient.Client.PostAsJsonAsync("/api/v1/checkins",
            new { date = "2026-11-25", mood = 5, anxiety = 4, sleepHours = 7, energy = 5, tags = new[] { "walk\nrun" } }, Ct);
        var errors = await HttpAssertions.ReadJsonAsync(tag);
        Assert.Equal(HttpStatusCode.BadRequest, tag.StatusCode);
        Assert.Equal(TextInput.LineBreaksMessage, errors.GetProperty("errors").GetProperty("tags[0]")[0].GetString());

        var nul = await patient.Client.PostAsJsonAsync("/api/v1/checkins",
            new { date = "2026-11-24", mood = 5, anxiety = 4, sleepHours = 7, energy = 5, note = "a\u0000b" }, Ct);
        Assert.Equal(TextInput.ControlCharactersMessage, (await HttpAssertions.ReadJsonAsync(nul)).GetProperty("errors").GetProperty("note")[0].GetString());
        Assert.Empty(await StoredText.WithControlCharactersAsync(app));
    }

    private static bool IsDestructive(PageHandler handler) =>
        handler.Route.Pattern == "/account/sign-out"
        || handler.Name is { } name && (name.Contains("Delete", StringComparison.Ordinal) || name.Contains("Cancel", StringComparison.Ordinal)
            || name.Contains("End", StringComparison.Ordinal) || name.Contains("Revoke", StringComparison.Ordinal) || name.Contains("Disable", StringComparison.Ordinal));

    private static async Task ExpectFieldAsync(HttpClient client, RouteEntry route, string query, string field, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method == "*" ? "GET" : route.Method), EndpointInventory.Fill(route) + query);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request, Ct);
        var named = await FieldsNamedAsync(response);
        if (response.StatusCode != HttpStatusCode.BadRequest || !named.Contains(field, StringComparer.Ordinal))
        {
            failures.Add($"{route.Key}{query} -> {(int)response.StatusCode} [{string.Join(", ", named)}]");
        }
    }

    private static async Task<string[]> FieldsNamedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return [];
        }

        var body = JsonDocument.Parse(text).RootElement;
        return body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
    }
}
