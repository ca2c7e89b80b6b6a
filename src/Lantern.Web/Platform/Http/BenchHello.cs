namespace Lantern.Web.Platform.Http;

/// <summary>
/// A bare "hello" for bench/run.sh, so dashboard and check-in throughput can be reported next to the cost of the
/// pipeline itself (security headers, routing, authorization) in the same build. Off unless the process is started
/// with <c>Bench:HelloEndpoint=true</c>; it is then the one anonymous route not on the allow-list, and it serves no data.
/// </summary>
public static class BenchHello
{
    public const string Setting = "Bench:HelloEndpoint";
    public const string Path = "/bench/hello";
    public const string StatsPath = "/bench/stats";

    public static WebApplication MapBenchHelloIfEnabled(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Setting))
        {
            app.MapGet(Path, () => TypedResults.Text("Hello")).AllowAnonymous().ExcludeFromDescription();
            // The harness reads this before and after a measured run: bytes allocated and CPU spent per request.
            app.MapGet(StatsPath, () =>
            {
                using var process = System.Diagnostics.Process.GetCurrentProcess();
                return TypedResults.Ok(new BenchStats(
                    GC.GetTotalAllocatedBytes(precise: true),
                    process.TotalProcessorTime.TotalMilliseconds,
                    process.WorkingSet64,
                    GC.CollectionCount(0),
                    GC.CollectionCount(2)));
            }).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }
}

/// <summary>Process-wide counters for bench/run.sh; nothing about any person.</summary>
public sealed record BenchStats(long AllocatedBytes, double CpuMilliseconds, long WorkingSetBytes, int Gen0Collections, int Gen2Collections);
