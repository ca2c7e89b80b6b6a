using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lantern.Web.Tests.Platform.Http;

/// <summary>
/// Lantern in the Production environment (encrypted key ring, durable database) reached over plain HTTP: a clear
/// 400 that points to the https:// address and still lists crisis lines, never the 500 that antiforgery would
/// throw on its Secure-only cookie. Over HTTPS everything works as usual.
/// </summary>
public sealed class ProductionHttpsTests(ProductionHttpsTests.ProductionAppFactory app) : IClassFixture<ProductionHttpsTests.ProductionAppFactory>
{
    public sealed class ProductionAppFactory : LanternAppFactory
    {
        private const string CertificatePassword = "test-only-key-ring-password";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("DataProtection:CertificatePath", WriteKeyRingCertificate());
            builder.UseSetting("DataProtection:CertificatePassword", CertificatePassword);
        }

        /// <summary>A throw-away self-signed certificate that encrypts the key ring, as Production requires.</summary>
        private string WriteKeyRingCertificate()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Lantern test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            var path = Path.Combine(Database.DataDirectory, "key-ring.pfx");
            Directory.CreateDirectory(Database.DataDirectory);
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
            return path;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient PlainHttp() => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("http://localhost"),
        AllowAutoRedirect = false,
    });

    [Fact]
    public async Task PageOverHttp_Is400WithTheSecureAddressAndCrisisLines()
    {
        var response = await PlainHttp().GetAsync("/account/sign-in?returnUrl=%2Fdashboard", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("https://localhost/account/sign-in?returnUrl=%2Fdashboard", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.Contains("988", body, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task FormPostOverHttp_Is400_NotA500()
    {
        var response = await PlainHttp().PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "x" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiOverHttp_Is400ProblemDetails()
    {
        var response = await PlainHttp().PostAsync("/api/v1/auth/login",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("HTTPS required", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthProbeOverHttp_StillAnswers()
    {
        var response = await PlainHttp().GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OverHttps_SignInPageAndSignUpWork()
    {
        var page = await app.CreateClient().GetAsync("/account/sign-in", Ct);
        var user = await TestUser.CreateAsync(app);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(user.Client));
    }
}
