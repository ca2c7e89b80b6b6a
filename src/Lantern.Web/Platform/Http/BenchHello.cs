namespace Lantern.Web.Platform.Http;

/// <summary>
/// A bare "hello" for bench/load/run.sh, so dashboard and check-in throughput can be reported next to the cost of the
/// pipeline itself (security headers, routing, authorization) in the same build. Off unless the process is started
/// with <c>Bench:HelloEndpoint=true</c>; it is then the one anonymous route not on the allow-list, and it serves no data.
/// </summary>
public static class BenchHello
{
    public const string Setting = "Bench:HelloEndpoint";
    public const string Path = "/bench/hello";

    public static WebApplication MapBenchHelloIfEnabled(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Setting))
        {
            app.MapGet(Path, () => TypedResults.Text("Hello")).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}
