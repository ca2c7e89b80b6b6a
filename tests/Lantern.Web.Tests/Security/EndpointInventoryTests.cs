using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>SEC-04: deny by default. Only the checked-in allow-list may be reached anonymously.</summary>
public sealed class EndpointInventoryTests(SharedApp app)
{
    private static readonly string AllowListPath = Path.Combine(AppContext.BaseDirectory, "Security", "anonymous-endpoints.txt");

    private static HashSet<string> AllowList { get; } = File.ReadAllLines(AllowListPath)
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void AnonymousEndpoints_AreExactlyTheAllowList()
    {
        var routes = EndpointInventory.Read(app.Services);

        var anonymousNotListed = routes.Where(r => r.AllowsAnonymous && !AllowList.Contains(r.Key)).Select(r => r.Key).ToArray();
        var listedNotAnonymous = AllowList.Where(key => !routes.Any(r => r.Key == key && r.AllowsAnonymous)).ToArray();

        Assert.True(anonymousNotListed.Length == 0, "Anonymous but not on the allow-list: " + string.Join(", ", anonymousNotListed));
        Assert.True(listedNotAnonymous.Length == 0, "On the allow-list but not an anonymous endpoint: " + string.Join(", ", listedNotAnonymous));
    }

    [Fact]
    public async Task EveryOtherEndpoint_WithoutSignIn_Returns401ForApiOrSignInRedirectForPages()
    {
        var client = app.CreateClient();
        var failures = new List<string>();
        foreach (var route in EndpointInventory.Read(app.Services).Where(r => !r.AllowsAnonymous))
        {
            var method = route.Method == "*" ? HttpMethod.Get : new HttpMethod(route.Method);
            using var request = new HttpRequestMessage(method, EndpointInventory.Fill(route));
            if (method != HttpMethod.Get && method != HttpMethod.Delete)
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var ok = route.IsApi
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith("https://localhost/account/sign-in", StringComparison.Ordinal)
                  || response.Headers.Location?.OriginalString.StartsWith("/account/sign-in", StringComparison.Ordinal) == true;
            if (!ok)
            {
                failures.Add($"{route.Key} -> {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, "Reachable without signing in:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Inventory_FindsTheKnownProtectedRoutes()
    {
        var keys = EndpointInventory.Read(app.Services).Select(r => r.Key).ToHashSet();

        Assert.Contains("GET /api/v1/me", keys);
        Assert.Contains("DELETE /api/v1/me/sessions/{id:guid}", keys);
        Assert.Contains("* /account/security", keys);
    }
}
