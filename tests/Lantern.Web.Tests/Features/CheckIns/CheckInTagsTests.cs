using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.CheckIns;

/// <summary>The person's own check-in tags (issue 15, item 8) and the ten-second check-in: API and pages, on a real database.</summary>
public sealed class CheckInTagsTests(SharedApp app)
{
    [Fact]
    public async Task CheckIn_OnlyMoodAndAnxiety_IsSavedWithTheRestEmpty()
    {
        var patient = await TestUser.CreateAsync(app);

        var saved = await PostCheckInAsync(patient.Client, new { mood = 6, anxiety = 3 });
        var page = await PageForms.SubmitAsync(patient.Client, "/checkin", [("date", "2026-11-25"), ("Input.Mood", "4"), ("Input.Anxiety", "5")]);

        var checkIn = saved.GetProperty("checkIn");
        Assert.Equal(JsonValueKind.Null, checkIn.GetProperty("sleepHours").ValueKind);
        Assert.Equal(JsonValueKind.Null, checkIn.GetProperty("energy").ValueKind);
        Assert.Equal("/dashboard?saved=checkin", page.Location);
        Assert.Equal(2, await CountCheckInsAsync(patient.Client));
        var dashboard = await PageForms.GetPageAsync(patient.Client, "/dashboard");
        Assert.Contains("Done: mood 6, anxiety 3.", dashboard);
    }

    [Fact]
    public async Task Tags_AddRenameRemove_ChangeEveryCheckInThatCarriesThem()
    {
        var patient = await TestUser.CreateAsync(app);
        var walk = await AddAsync(patient, "walk");
        await AddAsync(patient, "therapy");
        await PostCheckInAsync(patient.Client, new { mood = 6, anxiety = 3, tags = new[] { "Walk", "therapy", "saw friends" } });

        var duplicate = await patient.Client.PostAsJsonAsync("/api/v1/checkin-tags", new { name = " WALK " }, Ct);
        var withComma = await patient.Client.PostAsJsonAsync("/api/v1/checkin-tags", new { name = "a, b" }, Ct);
        var renamed = await patient.Client.PutAsJsonAsync($"/api/v1/checkin-tags/{walk}", new { name = "long walk" }, Ct);
        var renamedOntoAnother = await patient.Client.PutAsJsonAsync($"/api/v1/checkin-tags/{walk}", new { name = "Therapy" }, Ct);
        var afterRename = await TagsOfTodayAsync(patient);
        var therapy = (await OwnTagsAsync(patient)).Single(t => t.Name == "therapy").Id;
        var removed = await patient.Client.DeleteAsync($"/api/v1/checkin-tags/{therapy}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("You already have a tag called", await duplicate.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, withComma.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, renamedOntoAnother.StatusCode);
        // The check-in took the person's own spelling ("walk"), and a new name became one of their tags.
        Assert.Equal(["long walk", "therapy", "saw friends"], afterRename);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(["long walk", "saw friends"], await TagsOfTodayAsync(patient));
        Assert.Equal(["long walk", "saw friends"], (await OwnTagsAsync(patient)).Select(t => t.Name).ToArray());
    }

    [Fact]
    public async Task Tags_SomeoneElsesTag_Is404AndUnchanged()
    {
        var owner = await TestUser.CreateAsync(app);
        var stranger = await TestUser.CreateAsync(app);
        var tag = await AddAsync(owner, "walk");

        var rename = await stranger.Client.PutAsJsonAsync($"/api/v1/checkin-tags/{tag}", new { name = "mine now" }, Ct);
        var remove = await stranger.Client.DeleteAsync($"/api/v1/checkin-tags/{tag}", Ct);
        var read = await stranger.Client.GetAsync($"/api/v1/checkin-tags?patientId={owner.Id}", Ct);
        var pageRemove = await PageForms.SubmitAsync(stranger.Client, "/checkin/tags?handler=Remove", [("id", tag.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageRemove.Status);
        Assert.Equal(["walk"], (await OwnTagsAsync(owner)).Select(t => t.Name).ToArray());
    }

    [Fact]
    public async Task Tags_SharedAsTheMoodScopeIs_NamesOnlyWithTheJournalToo()
    {
        var patient = await TestUser.CreateAsync(app);
        await AddAsync(patient, "saw friends");
        var (moodOnly, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        var (moodAndJournal, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood", "journal");
        var (questionnairesOnly, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "questionnaires");
        var path = $"/api/v1/checkin-tags?patientId={patient.Id}";

        var withoutJournal = await moodOnly.Client.GetFromJsonAsync<JsonElement>(path, Ct);
        var withJournal = await moodAndJournal.Client.GetFromJsonAsync<JsonElement>(path, Ct);
        var otherScope = await questionnairesOnly.Client.GetAsync(path, Ct);

        Assert.Empty(withoutJournal.EnumerateArray());
        Assert.Equal("saw friends", Assert.Single(withJournal.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherScope.StatusCode);
    }

    [Fact]
    public async Task CheckInPage_TicksOwnTagsAndAddsANewOne_TagPageRenamesAndRemoves()
    {
        var patient = await TestUser.CreateAsync(app);
        var added = await PageForms.SubmitAsync(patient.Client, "/checkin/tags?handler=Add", [("NewName", "walk")]);
        var refused = await PageForms.SubmitForPageAsync(patient.Client, "/checkin/tags?handler=Add", [("NewName", "Walk")]);
        var form = await PageForms.GetPageAsync(patient.Client, "/checkin");

        var saved = await PageForms.SubmitAsync(patient.Client, "/checkin",
            [("Input.Mood", "7"), ("Input.Anxiety", "2"), ("Input.Tags", "walk"), ("Input.NewTag", "saw friends")]);
        var walk = (await OwnTagsAsync(patient)).Single(t => t.Name == "walk").Id;
        var badRename = await PageForms.SubmitForPageAsync(patient.Client, "/checkin/tags?handler=Rename", [("id", walk.ToString()), ("name", "saw friends")]);
        var renamed = await PageForms.SubmitAsync(patient.Client, "/checkin/tags?handler=Rename", [("id", walk.ToString()), ("name", "long walk")]);
        var removed = await PageForms.SubmitAsync(patient.Client, "/checkin/tags?handler=Remove", [("id", walk.ToString())]);
        var tagPage = await PageForms.GetPageAsync(patient.Client, "/checkin/tags");

        Assert.Equal("/checkin/tags?done=added", added.Location);
        Assert.Contains("You already have a tag called", refused);
        Assert.Contains("value=\"Walk\"", refused);
        Assert.Contains("name=\"Input.Tags\" value=\"walk\"", form);
        Assert.Equal("/dashboard?saved=checkin", saved.Location);
        Assert.Contains("You already have a tag called", badRename);
        Assert.Contains("href=\"#rename-" + walk + "\"", badRename);
        Assert.Equal("/checkin/tags?done=renamed", renamed.Location);
        Assert.Equal("/checkin/tags?done=removed", removed.Location);
        Assert.Equal(["saw friends"], await TagsOfTodayAsync(patient));
        Assert.Contains("Remove “saw friends”", tagPage);
        Assert.DoesNotContain("long walk", tagPage);
    }

    [Fact]
    public async Task CheckInPage_ScalesShowNumbersAndWords()
    {
        var patient = await TestUser.CreateAsync(app);

        var html = await PageForms.GetPageAsync(patient.Client, "/checkin");

        Assert.Contains("<span class=\"rating-number\">0</span>", html);
        Assert.Contains("<span class=\"rating-word\">Lowest</span>", html);
        Assert.Contains("<span class=\"rating-word\">Most anxious</span>", html);
        Assert.Contains("<svg class=\"rating-face\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"", html);
    }

    private static async Task<Guid> AddAsync(TestUser patient, string name)
    {
        var response = await patient.Client.PostAsJsonAsync("/api/v1/checkin-tags", new { name }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<(Guid Id, string Name)[]> OwnTagsAsync(TestUser patient) =>
        [.. (await GetJsonAsync(patient.Client, "/api/v1/checkin-tags")).EnumerateArray()
            .Select(t => (t.GetProperty("id").GetGuid(), t.GetProperty("name").GetString()!))];

    private static async Task<string?[]> TagsOfTodayAsync(TestUser patient) =>
        [.. Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/checkins")).EnumerateArray()).GetProperty("tags").EnumerateArray().Select(t => t.GetString())];
}
