using BenchmarkDotNet.Running;

namespace Lantern.Benchmarks;

/// <summary>
/// Run: dotnet run -c Release --project bench/Lantern.Benchmarks -- --filter '*'. A named class, not top-level
/// statements: those would make a second global <c>Program</c> next to the web app's (referenced for the reminder
/// benchmarks).
/// </summary>
public static class BenchmarksProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarksProgram).Assembly).Run(args);
}
