using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// A support person's name and phone were dropped without a word unless "Someone else" was also picked. Whatever is
/// typed is now either kept or refused with the reason, on the page and on the API; it is never silently dropped.
/// </summary>
public sealed class SupportPersonInputTests(SharedApp app)
{
    [Theory]
    [InlineData("none", "Sam Rivera", "")]
    [InlineData("none", "", "312 555 0199")]
    [InlineData("none", "Sam Rivera", "312 555 0199")]
    public async Task PreparePage_NameOrPhoneTypedButNotNamedYetChosen_SaysWhyNotSavedAndKeepsTheText(string kind, string name, string phone)
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var page = await PageForms.SubmitAsync(patient.Client, $"/sessions/{id}?handler=Prepare",
            [("Prep.SupportKind", kind), ("Prep.SupportName", name), ("Prep.SupportPhone", phone)]);
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("was not saved", page.Html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\"", page.Html, StringComparison.Ordinal);
        if (name.Length > 0)
        {
            Assert.Contains($"value=\"{name}\"", page.Html, StringComparison.Ordinal);
        }

        if (phone.Length > 0)
        {
            Assert.Contains($"value=\"{phone}\"", page.Html, StringComparison.Ordinal);
        }

        Assert.Equal(JsonValueKindNull, session.GetProperty("supportPerson").ValueKind);
    }

    [Fact]
    public async Task PreparePage_SomeoneElseWithNameAndPhone_KeepsBoth()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var saved = await PageForms.SubmitAsync(patient.Client, $"/sessions/{id}?handler=Prepare",
            [("Prep.SupportKind", "contact"), ("Prep.SupportName", "Sam Rivera"), ("Prep.SupportPhone", "312 555 0199")]);
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("Sam Rivera", session.GetProperty("supportPerson").GetProperty("name").GetString());
        Assert.Equal("312 555 0199", session.GetProperty("supportPerson").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task PreparePage_NothingTypedAndNotNamedYet_SavesWithoutComplaint()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var saved = await PageForms.SubmitAsync(patient.Client, $"/sessions/{id}?handler=Prepare",
            [("Prep.SupportKind", "none"), ("Prep.SupportName", ""), ("Prep.SupportPhone", "")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
    }

    [Fact]
    public async Task Api_CaregiverAndANameTogether_RefusesTheNameWithTheReason()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var response = await SessionsApi.PutSessionAsync(patient.Client, id,
            new { supportPerson = new { caregiverId = Guid.CreateVersion7(), name = "Sam Rivera", phone = "312 555 0199" } });
        var cleared = await SessionsApi.PutSessionAsync(patient.Client, id,
            new { clearSupportPerson = true, supportPerson = new { name = "Sam Rivera" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors");
        Assert.Contains("was not saved", errors.GetProperty("supportPerson.name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("was not saved", errors.GetProperty("supportPerson.phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, cleared.StatusCode);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
