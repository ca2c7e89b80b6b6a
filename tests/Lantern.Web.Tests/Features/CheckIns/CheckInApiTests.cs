using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.CheckIns;

/// <summary>POST/GET/PUT/DELETE /api/v1/checkins on a real database.</summary>
public sealed class CheckInApiTests(SharedApp app)
{
    [Fact]
    public async Task Post_ValidCheckIn_Returns201WithTodayInPatientsZoneAndServerSetFields()
    {
        var patient = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var stolenId = Guid.NewGuid();

        // The body tries to set id, owner and times; the server must ignore all of them (SEC-05).
        var response = await patient.Client.PostAsJsonAsync("/api/v1/checkins", new
        {
            id = stolenId, patientId = other.Id, recordedAt = "2020-01-01T00:00:00Z", isLate = true,
            mood = 7, anxiety = 2, sleepHours = 8.25, energy = 6, pain = 1, note = "felt ok", tags = new[] { "walk", "Walk", "session day" },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var checkIn = body.GetProperty("checkIn");
        var id = checkIn.GetProperty("id").GetGuid();
        Assert.NotEqual(stolenId, id);
        Assert.Equal(7, id.Version);
        Assert.Equal($"/api/v1/checkins/{id}", response.Headers.Location!.OriginalString);
        // 12:00 UTC on 26 Nov is 06:00 in Chicago: the same local date.
        Assert.Equal("2026-11-26", checkIn.GetProperty("date").GetString());
        Assert.False(checkIn.GetProperty("isLate").GetBoolean());
        Assert.True(checkIn.GetProperty("canEdit").GetBoolean());
        Assert.Equal(8.25m, checkIn.GetProperty("sleepHours").GetDecimal());
        Assert.Equal(["walk", "session day"], checkIn.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToArray());
        Assert.Equal(app.Time.GetUtcNow(), checkIn.GetProperty("recordedAt").GetDateTimeOffset());
        Assert.Empty(body.GetProperty("safety").GetProperty("flags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("safety").GetProperty("crisis").ValueKind);
        Assert.Equal(0, await CountCheckInsAsync(other.Client));
    }

    public static TheoryData<string, string> OutOfRange() => new()
    {
        { """{"mood":11,"anxiety":3,"sleepHours":7,"energy":5}""", "mood" },
        { """{"mood":-1,"anxiety":3,"sleepHours":7,"energy":5}""", "mood" },
        { """{"mood":5,"anxiety":3,"sleepHours":-1,"energy":5}""", "sleepHours" },
        { """{"mood":5,"anxiety":3,"sleepHours":25,"energy":5}""", "sleepHours" },
        { """{"mood":5,"anxiety":30,"sleepHours":7,"energy":5}""", "anxiety" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":11}""", "energy" },
        { """{"anxiety":3}""", "mood" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":5,"pain":11}""", "pain" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":5,"tags":["ok",""]}""", "tags[1]" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":5,"warningSigns":["chest-pain","feeling-blue"]}""", "warningSigns[1]" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":5,"date":"2026-11-27"}""", "date" },
        { """{"mood":5,"anxiety":3,"sleepHours":7,"energy":5,"date":"2025-11-01"}""", "date" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task Post_OutOfRangeValue_Returns400NamingTheField_AndStoresNothing(string body, string field)
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsync("/api/v1/checkins", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Contains(field, await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal(0, await CountCheckInsAsync(patient.Client));
    }

    [Fact]
    public async Task Post_ValueOfTheWrongType_Returns400NamingTheFieldNotA500()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsync("/api/v1/checkins",
            new StringContent("""{"mood":"very good","anxiety":3,"sleepHours":7,"energy":5}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(["mood"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal(0, await CountCheckInsAsync(patient.Client));
    }

    [Fact]
    public async Task Post_AnswerOfTheWrongType_NamesTheItem()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsync("/api/v1/questionnaires/phq9/responses",
            new StringContent("""{"answers":[0,0,0,"x",0,0,0,0,0]}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(["answers[3]"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Post_SecondCheckInSameLocalDay_Returns409WithExistingId()
    {
        var patient = await TestUser.CreateAsync(app);
        var first = await PostCheckInAsync(patient.Client, CheckIn());

        var second = await PostCheckInAsync(patient.Client, CheckIn(mood: 2), HttpStatusCode.Conflict);

        Assert.Equal(first.GetProperty("checkIn").GetProperty("id").GetGuid(), second.GetProperty("existingId").GetGuid());
        Assert.Equal(1, await CountCheckInsAsync(patient.Client));
    }

    [Fact]
    public async Task Post_EarlierDay_IsMarkedLateAndEditableOnTheDayItWasSaved()
    {
        var patient = await TestUser.CreateAsync(app);

        var late = (await PostCheckInAsync(patient.Client, CheckIn(date: "2026-11-20"))).GetProperty("checkIn");

        Assert.Equal("2026-11-20", late.GetProperty("date").GetString());
        Assert.True(late.GetProperty("isLate").GetBoolean());
        Assert.True(late.GetProperty("canEdit").GetBoolean()); // editable until the end of the day it was saved
    }

    [Fact]
    public async Task Put_SameDay_ChangesValues_AndIgnoresDateInBody()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await PostCheckInAsync(patient.Client, CheckIn())).GetProperty("checkIn").GetProperty("id").GetGuid();

        var put = await patient.Client.PutAsJsonAsync($"/api/v1/checkins/{id}",
            new { date = "2026-11-01", mood = 3, anxiety = 8, sleepHours = 4, energy = 2, note = "worse evening" }, Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await GetJsonAsync(patient.Client, $"/api/v1/checkins/{id}");
        Assert.Equal(3, read.GetProperty("mood").GetInt32());
        Assert.Equal(8, read.GetProperty("anxiety").GetInt32());
        Assert.Equal("worse evening", read.GetProperty("note").GetString());
        Assert.Equal("2026-11-26", read.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Put_OutOfRange_Returns400_AndStoredValuesUnchanged()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await PostCheckInAsync(patient.Client, CheckIn(mood: 6))).GetProperty("checkIn").GetProperty("id").GetGuid();

        var put = await patient.Client.PutAsJsonAsync($"/api/v1/checkins/{id}", new { mood = 11, anxiety = 3, sleepHours = 7, energy = 5 }, Ct);

        Assert.Contains("mood", await HttpAssertions.ProblemFieldsAsync(put));
        Assert.Equal(6, (await GetJsonAsync(patient.Client, $"/api/v1/checkins/{id}")).GetProperty("mood").GetInt32());
    }

    [Fact]
    public async Task Delete_OwnCheckIn_Returns204_ThenGetIs404()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await PostCheckInAsync(patient.Client, CheckIn())).GetProperty("checkIn").GetProperty("id").GetGuid();

        var delete = await patient.Client.DeleteAsync($"/api/v1/checkins/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.Client.GetAsync($"/api/v1/checkins/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task List_Range_ReturnsOnlyThoseDaysOldestFirst()
    {
        var patient = await TestUser.CreateAsync(app);
        foreach (var day in new[] { "2026-11-25", "2026-11-10", "2026-11-20" })
        {
            await PostCheckInAsync(patient.Client, CheckIn(date: day));
        }

        var list = await GetJsonAsync(patient.Client, "/api/v1/checkins?from=2026-11-15&to=2026-11-26");

        Assert.Equal(["2026-11-20", "2026-11-25"], list.EnumerateArray().Select(c => c.GetProperty("date").GetString()).ToArray());
    }

    [Theory]
    [InlineData("?from=26/11/2026", "from")]
    [InlineData("?from=2026-11-20&to=2026-11-10", "from")]
    [InlineData("?from=2024-01-01&to=2026-11-26", "from")]
    [InlineData("?to=yesterday", "to")]
    public async Task List_BadRange_Returns400NamingTheField(string query, string field)
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Contains(field, await HttpAssertions.ProblemFieldsAsync(await patient.Client.GetAsync("/api/v1/checkins" + query, Ct)));
    }

    [Fact]
    public async Task Post_WithWarningSign_CreatesAlertAndReturnsCrisisRouteOnSameResponse()
    {
        var patient = await TestUser.CreateAsync(app);

        var body = await PostCheckInAsync(patient.Client, CheckIn(mood: 1, warningSigns: ["suicidal-thoughts"]));

        var safety = body.GetProperty("safety");
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.Equal("suicidal-thoughts", safety.GetProperty("flags")[0].GetProperty("code").GetString());
        var lines = safety.GetProperty("crisis").GetProperty("lines");
        // Chicago -> US. A mental-health crisis leads with the crisis lines, then the emergency number (issue 12 item 1;
        // a medical emergency leads with the emergency number instead).
        Assert.Equal("mental-health-crisis", safety.GetProperty("crisis").GetProperty("kind").GetString());
        Assert.Equal("tel:988", lines[0].GetProperty("href").GetString());
        Assert.Contains(lines.EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:911" && l.GetProperty("isEmergencyNumber").GetBoolean());
        var alertId = safety.GetProperty("alertIds")[0].GetGuid();
        var alerts = await GetJsonAsync(patient.Client, "/api/v1/alerts");
        var alert = Assert.Single(alerts.EnumerateArray());
        Assert.Equal(alertId, alert.GetProperty("id").GetGuid());
        Assert.Equal("check-in", alert.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Put_TickingANewSign_RaisesOnlyTheNewAlert()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await PostCheckInAsync(patient.Client, CheckIn(warningSigns: ["chest-pain"]))).GetProperty("checkIn").GetProperty("id").GetGuid();

        var put = await patient.Client.PutAsJsonAsync($"/api/v1/checkins/{id}",
            new { mood = 5, anxiety = 3, sleepHours = 7, energy = 5, warningSigns = new[] { "chest-pain", "trouble-breathing" } }, Ct);

        var safety = (await put.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("safety");
        Assert.Equal(2, safety.GetProperty("flags").GetArrayLength());
        Assert.Equal(1, safety.GetProperty("alertIds").GetArrayLength());
        Assert.Equal(2, (await GetJsonAsync(patient.Client, "/api/v1/alerts")).GetArrayLength());
    }
}
