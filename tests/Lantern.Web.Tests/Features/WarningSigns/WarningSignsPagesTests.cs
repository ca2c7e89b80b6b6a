using System.Net;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.WarningSigns;

/// <summary>The warning-signs page over HTTP, as a browser without JavaScript would use it.</summary>
public sealed class WarningSignsPagesTests(SharedApp app)
{
    [Fact]
    public async Task WarningSignsForm_ChestPain_AnswersOnTheSameResponse()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(patient.Client, "/warning-signs", [("signs", "chest-pain")]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please get help now.", html);
        Assert.Contains("Chest pain needs checking straight away.", html);
    }
}
