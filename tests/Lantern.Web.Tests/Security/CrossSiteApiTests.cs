using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Issue 12: a browser request from another site may not change anything through the API, body or no body. Every
/// unsafe API route in the live route table is tried with each way a browser says "another site"; a new route is
/// covered without a line here. Same-origin requests and clients that send neither header still work.
/// </summary>
public sealed class CrossSiteApiTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Headers a browser sends on a request that another site started.</summary>
    public static TheoryData<string, string> CrossSite() => new()
    {
        { "Origin", "https://evil.example" },
        { "Origin", "null" },
        { "Origin", "http://localhost" },
        { "Origin", "https://localhost.evil.example" },
        { "Origin", "https://evil.example, https://localhost" },
        { "Sec-Fetch-Site", "cross-site" },
        { "Sec-Fetch-Site", "same-site" },
    };

    [Theory]
    [MemberData(nameof(CrossSite))]
    public async Task EveryUnsafeApiRoute_FromAnotherSite_Is403Problem(string header, string value)
    {
        var patient = await TestUser.CreateAsync(app);
        var routes = EndpointInventory.Read(app.Services).Where(r => r.IsApi && r.Method is not ("GET" or "HEAD" or "OPTIONS" or "*")).ToArray();
        Assert.True(routes.Length > 40, $"Only {routes.Length} unsafe API routes found.");

        var failures = new List<string>();
        foreach (var route in routes)
        {
            foreach (var withBody in new[] { false, true })
            {
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), EndpointInventory.Fill(route));
                request.Headers.TryAddWithoutValidation(header, value);
                if (withBody)
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await patient.Client.SendAsync(request, Ct);
                if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{route.Key} (body: {withBody}) -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"Accepted with {header}: {value}:\n" + string.Join("\n", failures));
        Assert.Equal(HttpStatusCode.OK, await HttpAssertions.MeStatusAsync(patient.Client));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Origin", "https://localhost")]
    [InlineData("Origin", "https://LOCALHOST:443")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    public async Task BodylessPost_FromThisSiteOrAnApiClient_StillWorks(string? header, string? value)
    {
        var patient = await TestUser.CreateAsync(app);
        await patient.SignInOnNewClientAsync();

        using var endOthers = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/sessions/end-others");
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
        if (header is not null)
        {
            endOthers.Headers.TryAddWithoutValidation(header, value);
            logout.Headers.TryAddWithoutValidation(header, value);
        }

        var ended = await patient.Client.SendAsync(endOthers, Ct);
        Assert.True(ended.IsSuccessStatusCode, $"end-others: {(int)ended.StatusCode}");
        var signedOut = await patient.Client.SendAsync(logout, Ct);
        Assert.True(signedOut.IsSuccessStatusCode, $"logout: {(int)signedOut.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(patient.Client));
    }

    [Fact]
    public async Task CrossSiteGet_IsNotRefused()
    {
        // Reading is not changing; cookies are SameSite and the data is the caller's own, so a GET from a link still works.
        var patient = await TestUser.CreateAsync(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        Assert.Equal(HttpStatusCode.OK, (await patient.Client.SendAsync(request, Ct)).StatusCode);
    }
}
