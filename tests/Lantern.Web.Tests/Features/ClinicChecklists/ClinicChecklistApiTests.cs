using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.ClinicChecklists;

/// <summary>/api/v1/clinic-checklists against the real database: CRUD, server-set fields, overposting, validation, ownership.</summary>
public sealed class ClinicChecklistApiTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private const string Path = "/api/v1/clinic-checklists";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string clinicName, params (string Question, string? Answer, string? Notes)[] answers) => new
    {
        clinicName,
        answers = answers.Select(a => new { question = a.Question, answer = a.Answer, notes = a.Notes }).ToArray(),
    };

    private static async Task<JsonElement> CreateAsync(TestUser user, object body)
    {
        var response = await user.Client.PostAsJsonAsync(Path, body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await HttpAssertions.ReadJsonAsync(response);
    }

    [Fact]
    public async Task Create_ValidBody_Returns201WithServerSetIdTimestampsAndEveryQuestion()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync(Path, Body("  Calm Clinic  ", ("licensed", "yes", "Dr. Lee leads care"), ("cost", "unsure", null)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await HttpAssertions.ReadJsonAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"{Path}/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(7, id.Version);
        Assert.Equal("Calm Clinic", body.GetProperty("clinicName").GetString());
        Assert.Equal(app.Time.GetUtcNow(), body.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(app.Time.GetUtcNow(), body.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.Equal(2, body.GetProperty("answeredCount").GetInt32());
        var answers = body.GetProperty("answers").EnumerateArray().ToArray();
        Assert.Equal(12, answers.Length);
        Assert.Equal(("licensed", "yes", "Dr. Lee leads care"), (answers[0].GetProperty("question").GetString(), answers[0].GetProperty("answer").GetString(), answers[0].GetProperty("notes").GetString()));
        Assert.Equal("unanswered", answers[1].GetProperty("answer").GetString());
        Assert.Equal("unsure", answers.Single(a => a.GetProperty("question").GetString() == "cost").GetProperty("answer").GetString());
        Assert.False(body.TryGetProperty("patientId", out _));
    }

    [Fact]
    public async Task Create_OverpostedIdOwnerAndTimestamps_AreIgnored()
    {
        var user = await TestUser.CreateAsync(app);
        var victim = await TestUser.CreateAsync(app);
        var chosenId = Guid.CreateVersion7();

        var body = await CreateAsync(user, new
        {
            id = chosenId,
            patientId = victim.Id,
            createdAt = "2001-01-01T00:00:00Z",
            updatedAt = "2001-01-01T00:00:00Z",
            clinicName = "Overposted",
            answers = Array.Empty<object>(),
        });

        var id = body.GetProperty("id").GetGuid();
        Assert.NotEqual(chosenId, id);
        Assert.Equal(app.Time.GetUtcNow(), body.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"{Path}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await victim.Client.GetAsync($"{Path}/{id}", Ct)).StatusCode);
        Assert.Empty((await victim.Client.GetFromJsonAsync<JsonElement>(Path, Ct)).EnumerateArray());
    }

    [Fact]
    public async Task Create_BadInput_Returns400ProblemNamingEachField()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await user.Client.PostAsJsonAsync(Path, Body(" ",
            ("nonsense", "yes", null),
            ("training", "maybe", null),
            ("screening", "no", new string('x', 1001)),
            ("training", "yes", null)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors");
        Assert.Equal(
            ["answers[0].question", "answers[1].answer", "answers[2].notes", "answers[3].question", "clinicName"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("licensed", errors.GetProperty("answers[0].question")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>(Path, Ct)).EnumerateArray());
    }

    [Fact]
    public async Task Create_NameTooLongOrTooManyAnswers_Returns400()
    {
        var user = await TestUser.CreateAsync(app);

        var longName = await user.Client.PostAsJsonAsync(Path, Body(new string('n', 121)), Ct);
        var tooMany = await user.Client.PostAsJsonAsync(Path, new
        {
            clinicName = "Many",
            answers = Enumerable.Range(0, 13).Select(i => new { question = "licensed", answer = "yes" }).ToArray(),
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(longName)).GetProperty("errors").TryGetProperty("clinicName", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(tooMany)).GetProperty("errors").TryGetProperty("answers", out _));
    }

    [Fact]
    public async Task Crud_CreateReadListUpdateDelete_RoundTrips()
    {
        var user = await TestUser.CreateAsync(app);
        var created = await CreateAsync(user, Body("First name", ("licensed", "no", "not sure who leads")));
        var id = created.GetProperty("id").GetGuid();
        app.Time.Advance(TimeSpan.FromMinutes(5));

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}", Ct);
        var list = await user.Client.GetFromJsonAsync<JsonElement>(Path, Ct);
        var update = await user.Client.PutAsJsonAsync($"{Path}/{id}", Body("Second name", ("licensed", "yes", null), ("integration", "unsure", "ask again")), Ct);

        Assert.Equal("First name", read.GetProperty("clinicName").GetString());
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await user.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}", Ct);
        Assert.Equal("Second name", updated.GetProperty("clinicName").GetString());
        Assert.Equal(created.GetProperty("createdAt").GetDateTimeOffset(), updated.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(app.Time.GetUtcNow(), updated.GetProperty("updatedAt").GetDateTimeOffset());
        var answers = updated.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("question").GetString()!);
        Assert.Equal("yes", answers["licensed"].GetProperty("answer").GetString());
        Assert.Equal(JsonValueKind.Null, answers["licensed"].GetProperty("notes").ValueKind);
        Assert.Equal("ask again", answers["integration"].GetProperty("notes").GetString());

        var delete = await user.Client.DeleteAsync($"{Path}/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"{Path}/{id}", Ct)).StatusCode);
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>(Path, Ct)).EnumerateArray());
    }

    [Fact]
    public async Task Update_OtherUsersChecklistWithValidBody_Returns404AndLeavesItUnchanged()
    {
        var owner = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var id = (await CreateAsync(owner, Body("Owner clinic", ("licensed", "yes", "keep me")))).GetProperty("id").GetGuid();

        var put = await other.Client.PutAsJsonAsync($"{Path}/{id}", Body("Hijacked", ("licensed", "no", null)), Ct);
        var delete = await other.Client.DeleteAsync($"{Path}/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var still = await owner.Client.GetFromJsonAsync<JsonElement>($"{Path}/{id}", Ct);
        Assert.Equal("Owner clinic", still.GetProperty("clinicName").GetString());
        Assert.Equal("keep me", still.GetProperty("answers")[0].GetProperty("notes").GetString());
    }

    [Fact]
    public async Task List_TwoUsers_EachSeesOnlyTheirOwnInCreationOrder()
    {
        var first = await TestUser.CreateAsync(app);
        var second = await TestUser.CreateAsync(app);
        await CreateAsync(first, Body("A clinic"));
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(second, Body("Someone else's"));
        await CreateAsync(first, Body("B clinic"));

        var mine = await first.Client.GetFromJsonAsync<JsonElement>(Path, Ct);

        Assert.Equal(["A clinic", "B clinic"], mine.EnumerateArray().Select(c => c.GetProperty("clinicName").GetString()));
    }

    [Fact]
    public async Task Create_AtTheLimit_Returns400AndSavesNoMore()
    {
        var user = await TestUser.CreateAsync(app);
        for (var i = 0; i < 50; i++)
        {
            await CreateAsync(user, Body($"Clinic {i}"));
        }

        var oneMore = await user.Client.PostAsJsonAsync(Path, Body("Clinic 51"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, oneMore.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(oneMore)).GetProperty("errors").TryGetProperty("general", out _));
        Assert.Equal(50, (await user.Client.GetFromJsonAsync<JsonElement>(Path, Ct)).GetArrayLength());
    }

    [Fact]
    public async Task CreateAndUpdate_WithCanaries_NoCanaryInAnyLogRecord()
    {
        const string nameCanary = "canary-clinic-5e1f";
        const string notesCanary = "canary-note-8a2b";
        var user = await TestUser.CreateAsync(app);
        var id = (await CreateAsync(user, Body(nameCanary, ("licensed", "yes", notesCanary)))).GetProperty("id").GetGuid();
        await user.Client.PutAsJsonAsync($"{Path}/{id}", Body(nameCanary + "-2", ("cost", "no", notesCanary + "-2")), Ct);
        await user.Client.PostAsJsonAsync(Path, Body(nameCanary, ("licensed", "bad-" + notesCanary, null)), Ct);

        var records = app.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains(id.ToString(), StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, "canary-");
    }
}
