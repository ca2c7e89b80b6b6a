using System.Net;
using System.Text;
using Lantern.Web.Platform.Http;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Problems;

/// <summary>Bad input gets a clear RFC 9457 answer, never a 500 or a stack trace (SEC-19, SEC-21).</summary>
public sealed class ProblemDetailsTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MalformedJson_Returns400ProblemWithoutStackTrace()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent("{\"email\": ", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", "{\"email\":\"a@b.c\"}")]
    [InlineData("application/x-www-form-urlencoded", "email=a%40b.c&password=x")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task NonJsonBody_Returns415(string contentType, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await app.CreateClient().PostAsync("/api/v1/auth/login", content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBody_Returns413()
    {
        var huge = "{\"email\":\"" + new string('a', 1_100_000) + "\"}";

        var response = await app.CreateClient().PostAsync("/api/v1/auth/login", new StringContent(huge, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/definitely-not-here", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPage_Returns404FriendlyPage()
    {
        var response = await app.CreateClient().GetAsync("/definitely-not-here", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_Returns400()
    {
        var response = await app.CreateClient().PostAsync("/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@b.c", ["Input.Password"] = "x" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "What you just sent may not have been saved.")]
    [InlineData("PUT", "What you just sent may not have been saved.")]
    [InlineData("DELETE", "What you just sent may not have been saved.")]
    [InlineData("GET", "Please try again")]
    public async Task ServerError_OnTheApi_NeverPromisesThatAFailedWriteWasSaved(string method, string expected)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IExceptionHandler>().OfType<LanternExceptionHandler>().Single();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Path = "/api/v1/checkins";
        context.Response.Body = new MemoryStream();

        Assert.True(await handler.TryHandleAsync(context, new InvalidOperationException("a failure the app did not expect"), Ct));

        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(Ct);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.DoesNotContain("lost", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ServerErrorPage_AfterAFormPost_SaysTheFormMayNotHaveBeenSaved()
    {
        var client = app.CreateClient();

        var afterPost = await (await client.PostAsync("/status/500", new FormUrlEncodedContent([]), Ct)).Content.ReadAsStringAsync(Ct);
        var afterGet = await (await client.GetAsync("/status/500", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("What you just sent may not have been saved.", afterPost, StringComparison.Ordinal);
        Assert.DoesNotContain("may not have been saved", afterGet, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing you entered was lost", afterPost + afterGet, StringComparison.Ordinal);
    }
}
