using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lantern.Web.Tests.Platform.Push;

/// <summary>One request a push service received: its headers as sent and its (encrypted) body.</summary>
public sealed record ReceivedPush(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A push service on 127.0.0.1 (a real Kestrel on a free port): it keeps what it is sent and answers each device's
/// endpoint with the status the test chose (201 Created, as push services accept a message, unless told otherwise).
/// </summary>
public sealed class LoopbackPushService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, HttpStatusCode> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedPush> _received = new();

    private LoopbackPushService(WebApplication app)
    {
        _app = app;
        _app.MapPost("/push/{id}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            _received.Enqueue(new ReceivedPush(request.Path, headers, body.ToArray()));
            return Results.StatusCode((int)_answers.GetValueOrDefault(request.Path.Value!, HttpStatusCode.Created));
        });
    }

    public string BaseAddress => _app.Urls.Single();

    public IReadOnlyList<ReceivedPush> Received => [.. _received];

    public static async Task<LoopbackPushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new LoopbackPushService(builder.Build());
        await service._app.StartAsync();
        return service;
    }

    /// <summary>A device subscribed on this service whose endpoint answers <paramref name="answer"/>.</summary>
    public TestPushDevice NewDevice(HttpStatusCode answer = HttpStatusCode.Created)
    {
        var device = new TestPushDevice($"{BaseAddress}/push/{Guid.NewGuid():N}");
        _answers[new Uri(device.Endpoint).AbsolutePath] = answer;
        return device;
    }

    /// <summary>What the endpoint of <paramref name="device"/> was sent.</summary>
    public IReadOnlyList<ReceivedPush> SentTo(TestPushDevice device) =>
        Received.Where(r => r.Path == new Uri(device.Endpoint).AbsolutePath).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
