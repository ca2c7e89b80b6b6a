using System.Net;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features;

/// <summary>Every page of a signed-in patient's day answers over HTTP, as a browser without JavaScript would use them.</summary>
public sealed class PatientPagesTests(SharedApp app)
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/checkin")]
    [InlineData("/checkin?date=2026-11-20")]
    [InlineData("/questionnaires")]
    [InlineData("/questionnaires/phq9")]
    [InlineData("/questionnaires/gad7")]
    [InlineData("/questionnaires/pcl5")]
    [InlineData("/alerts")]
    [InlineData("/warning-signs")]
    [InlineData("/onboarding")]
    [InlineData("/onboarding/result")]
    [InlineData("/my-data")]
    [InlineData("/")]
    public async Task Page_SignedInPatient_Returns200(string path)
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await patient.Client.GetAsync(path, Ct)).StatusCode);
    }
}
