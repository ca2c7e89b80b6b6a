using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Features.ClinicChecklists;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.ClinicChecklists;

/// <summary>The checklist pages: public and printable signed out, saved and compared signed in, plain forms throughout.</summary>
public sealed partial class ClinicChecklistPagesTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> StoredCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<ClinicChecklist>().CountAsync(Ct);
    }

    [Fact]
    public async Task QuestionsPage_SignedOut_ShowsEveryQuestionWithPrintStylesheetAndNoInlineStyle()
    {
        var response = await app.CreateClient().GetAsync("/tools/clinic-questions", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.All(ClinicQuestions.All, q => Assert.Contains(WebUtility.HtmlEncode(q.Text).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal));
        Assert.Contains("/css/checklist.css", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Answers[licensed]\" value=\"yes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)<script(?![^>]*\bsrc=)", html);
        Assert.Contains("href=\"/account/sign-up\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsPage_SignedOutPreview_ShowsAnswersReadyToPrintAndStoresNothing()
    {
        var before = await StoredCountAsync();
        var client = app.CreateBrowserlikeClient();

        var response = await PageForms.PostAsync(client, "/tools/clinic-questions?handler=Preview",
        [
            ("Input.ClinicName", "Harbor Clinic"),
            ("Input.Answers[licensed]", "yes"),
            ("Input.Notes[licensed]", "Dr. Rao is the lead"),
            ("Input.Answers[cost]", "no"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Your answers for Harbor Clinic", html, StringComparison.Ordinal);
        Assert.Contains("Dr. Rao is the lead", html, StringComparison.Ordinal);
        Assert.Contains("has-preview", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task QuestionsPage_SignedOutPreviewWithoutName_NamesTheFieldAndKeepsAnswers()
    {
        var client = app.CreateBrowserlikeClient();

        var response = await PageForms.PostAsync(client, "/tools/clinic-questions?handler=Preview",
        [
            ("Input.Answers[screening]", "unsure"),
            ("Input.Notes[screening]", "ask about the heart check"),
        ]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the clinic&#x27;s name.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q-screening-unsure\" name=\"Input.Answers[screening]\" value=\"unsure\" checked", html, StringComparison.Ordinal);
        Assert.Contains("ask about the heart check</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your answers for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsPage_SignedOutSave_SendsToSignInAndStoresNothing()
    {
        var before = await StoredCountAsync();
        var client = app.CreateBrowserlikeClient();

        var response = await PageForms.PostAsync(client, "/tools/clinic-questions?handler=Save", [("Input.ClinicName", "Anon")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task QuestionsPage_SignedInSave_SavesAndListShowsIt()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(user.Client, "/tools/clinic-questions?handler=Save",
        [
            ("Input.ClinicName", "Maple Clinic"),
            ("Input.Answers[integration]", "yes"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/clinic-checklists", response.Headers.Location!.OriginalString);
        var saved = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/clinic-checklists", Ct)).EnumerateArray());
        Assert.Equal("Maple Clinic", saved.GetProperty("clinicName").GetString());
        var list = await user.Client.GetStringAsync("/clinic-checklists", Ct);
        Assert.Contains("Saved. Your answers are below", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_TwoClinics_ComparePageShowsThemSideBySide()
    {
        var user = await TestUser.CreateAsync(app);

        var first = await PageForms.PostAsync(user.Client, "/clinic-checklists/new",
        [
            ("Input.ClinicName", "North Clinic"),
            ("Input.Answers[licensed]", "yes"),
            ("Input.Notes[licensed]", "licence on the wall"),
        ]);
        var second = await PageForms.PostAsync(user.Client, "/clinic-checklists/new",
        [
            ("Input.ClinicName", "South Clinic"),
            ("Input.Answers[licensed]", "no"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var html = await user.Client.GetStringAsync("/clinic-checklists", Ct);
        var header = HeaderRow().Match(html).Value;
        Assert.True(header.IndexOf("North Clinic", StringComparison.Ordinal) < header.IndexOf("South Clinic", StringComparison.Ordinal), header);
        var licensedRow = RowFor("licensed").Match(html).Value;
        Assert.Matches("answer-yes\">Yes</span>\\s*<span class=\"cell-notes\">licence on the wall</span>\\s*</td>\\s*<td>\\s*<span class=\"answer answer-no\">No", licensedRow);
        Assert.Contains("role=\"region\"", html, StringComparison.Ordinal);
        Assert.Contains("tabindex=\"0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_BadInput_ReRendersWithMessagesAndKeepsWhatWasTyped()
    {
        var user = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(user.Client, "/clinic-checklists/new",
        [
            ("Input.ClinicName", ""),
            ("Input.Answers[monitoring]", "maybe"),
            ("Input.Notes[progress]", new string('p', 1001)),
            ("Input.Answers[cost]", "yes"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Enter the clinic&#x27;s name.", html, StringComparison.Ordinal);
        Assert.Matches("id=\"q-monitoring-error\">Answer with one of", html);
        Assert.Matches("id=\"q-progress-error\">Keep notes to 1000 characters", html);
        Assert.Contains("id=\"q-cost-yes\" name=\"Input.Answers[cost]\" value=\"yes\" checked", html, StringComparison.Ordinal);
        Assert.Empty((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/clinic-checklists", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task NewPage_OverpostedFields_AreIgnored()
    {
        var user = await TestUser.CreateAsync(app);
        var victim = await TestUser.CreateAsync(app);
        var chosen = Guid.CreateVersion7();

        await PageForms.PostAsync(user.Client, "/clinic-checklists/new",
        [
            ("Input.ClinicName", "Mine"),
            ("Id", chosen.ToString()),
            ("PatientId", victim.Id.ToString()),
            ("Input.PatientId", victim.Id.ToString()),
            ("Input.CreatedAt", "2001-01-01"),
        ]);

        var saved = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/clinic-checklists", Ct)).EnumerateArray());
        Assert.NotEqual(chosen, saved.GetProperty("id").GetGuid());
        Assert.Equal(app.Time.GetUtcNow(), saved.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Empty((await victim.Client.GetFromJsonAsync<JsonElement>("/api/v1/clinic-checklists", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task EditPage_SaveAndDelete_UseTheSameRulesAsTheApi()
    {
        var user = await TestUser.CreateAsync(app);
        var created = await user.Client.PostAsJsonAsync("/api/v1/clinic-checklists", new { clinicName = "Old name", answers = new[] { new { question = "training", answer = "no" } } }, Ct);
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var path = $"/clinic-checklists/{id}";

        var form = await user.Client.GetStringAsync(path, Ct);
        var save = await PageForms.PostAsync(user.Client, path, [("Input.ClinicName", "New name"), ("Input.Answers[training]", "yes")]);
        var unconfirmed = await PageForms.PostAsync(user.Client, path + "?handler=Delete", []);
        var confirmed = await PageForms.PostAsync(user.Client, path + "?handler=Delete", [("ConfirmDelete", "true")]);

        Assert.Contains("value=\"Old name\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"q-training-no\" name=\"Input.Answers[training]\" value=\"no\" checked", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick the box to confirm", await unconfirmed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/v1/clinic-checklists/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task EditPage_SavedNameAppearsAfterSave()
    {
        var user = await TestUser.CreateAsync(app);
        var created = await user.Client.PostAsJsonAsync("/api/v1/clinic-checklists", new { clinicName = "Before" }, Ct);
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();

        await PageForms.PostAsync(user.Client, $"/clinic-checklists/{id}", [("Input.ClinicName", "After"), ("Input.Notes[cost]", "quoted in writing")]);

        var read = await user.Client.GetFromJsonAsync<JsonElement>($"/api/v1/clinic-checklists/{id}", Ct);
        Assert.Equal("After", read.GetProperty("clinicName").GetString());
        Assert.Equal("quoted in writing", read.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("question").GetString() == "cost").GetProperty("notes").GetString());
    }

    [Fact]
    public async Task EditPage_OtherUsersChecklist_IsTheFriendly404()
    {
        var owner = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var created = await owner.Client.PostAsJsonAsync("/api/v1/clinic-checklists", new { clinicName = "Private clinic" }, Ct);
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();

        var response = await other.Client.GetAsync($"/clinic-checklists/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("We could not find that page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Private clinic", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChecklistPages_SignedOut_RedirectToSignIn()
    {
        var client = app.CreateClient();

        foreach (var path in new[] { "/clinic-checklists", "/clinic-checklists/new", $"/clinic-checklists/{Guid.CreateVersion7()}" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<thead>.*?</thead>", RegexOptions.Singleline)]
    private static partial Regex HeaderRow();

    private static Regex RowFor(string key) =>
        new($"<tr>\\s*<th scope=\"row\">{Regex.Escape(WebUtility.HtmlEncode(ClinicQuestions.Find(key)!.Text))}</th>.*?</tr>", RegexOptions.Singleline);
}
