using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lantern.Bench;

/// <summary>
/// Reads a speedscope file written by <c>dotnet-trace convert --format speedscope</c> from a sampled thread-time trace
/// and prints, as Markdown, where the CPU went: the share of on-CPU samples under each frame (inclusive) and at the top
/// of the stack (exclusive). A sampled thread-time trace also samples threads that wait; only samples whose stack
/// ends in the runtime's <c>CPU_TIME</c> marker were running, so only those count — less the samples of threads the
/// runtime has parked in managed code (the finalizer thread waiting for work, threads held for a garbage collection,
/// idle thread-pool workers), which the sampler also marks as running.
/// </summary>
public static class ProfileSummary
{
    private const string OnCpuMarker = "CPU_TIME";

    /// <summary>Top-of-stack frames that mean "parked by the runtime", not "working"; seen in every trace of an idle app.</summary>
    private static readonly string[] ParkedFrames =
    [
        "System.GC.RunFinalizers",
        "System.Threading.Thread.<PollGC>",
        "System.Threading.LowLevelLifoSemaphore.Wait",
        "System.Threading.Monitor.Wait",
        "System.Threading.WaitHandle.Wait",
    ];

    public static int Print(string speedscopePath, int rows)
    {
        using var stream = File.OpenRead(speedscopePath);
        using var document = JsonDocument.Parse(stream);
        var totals = Summarise(document.RootElement);
        Console.Write(ToMarkdown(totals, rows));
        return 0;
    }

    /// <summary>On-CPU time per frame name, inclusive and exclusive, in the trace's time unit.</summary>
    public sealed record Totals(double OnCpu, IReadOnlyDictionary<string, double> Inclusive, IReadOnlyDictionary<string, double> Exclusive);

    public static Totals Summarise(JsonElement speedscope)
    {
        var names = speedscope.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() ?? "?").ToArray();
        var marker = Array.IndexOf(names, OnCpuMarker);
        var inclusive = new Dictionary<string, double>();
        var exclusive = new Dictionary<string, double>();
        var onCpu = 0.0;
        if (marker < 0)
        {
            return new Totals(0, inclusive, exclusive);
        }

        foreach (var profile in speedscope.GetProperty("profiles").EnumerateArray())
        {
            var stack = new List<int>();
            double? last = null;
            foreach (var change in profile.GetProperty("events").EnumerateArray())
            {
                var at = change.GetProperty("at").GetDouble();
                if (last is { } since && stack.Count > 1 && stack[^1] == marker)
                {
                    var spent = at - since;
                    onCpu += spent;
                    var frames = stack.Take(stack.Count - 1).Select(i => names[i]).ToArray();
                    if (ParkedFrames.Any(parked => frames[^1].Contains(parked, StringComparison.Ordinal)))
                    {
                        last = at;
                        ApplyChange(stack, change);
                        continue;
                    }

                    exclusive[frames[^1]] = exclusive.GetValueOrDefault(frames[^1]) + spent;
                    foreach (var name in frames.Distinct())
                    {
                        inclusive[name] = inclusive.GetValueOrDefault(name) + spent;
                    }
                }

                last = at;
                ApplyChange(stack, change);
            }
        }

        return new Totals(onCpu, inclusive, exclusive);
    }

    /// <summary>A speedscope "O" event opens a frame on top of the stack; "C" closes it (and anything left above it).</summary>
    private static void ApplyChange(List<int> stack, JsonElement change)
    {
        var frame = change.GetProperty("frame").GetInt32();
        if (change.GetProperty("type").GetString() == "O")
        {
            stack.Add(frame);
            return;
        }

        var open = stack.LastIndexOf(frame);
        if (open >= 0)
        {
            stack.RemoveRange(open, stack.Count - open);
        }
    }

    public static string ToMarkdown(Totals totals, int rows)
    {
        var text = new StringBuilder();
        if (totals.OnCpu <= 0)
        {
            return "No on-CPU samples in this trace.\n";
        }

        string Share(double value) => (100 * value / totals.OnCpu).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        text.AppendLine("| on-CPU share | exclusive (top of stack) |").AppendLine("|---|---|");
        foreach (var (name, value) in totals.Exclusive.OrderByDescending(p => p.Value).Take(rows))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Share(value)} | `{Shorten(name)}` |");
        }

        text.AppendLine().AppendLine("| on-CPU share | inclusive (Lantern and the libraries it calls) |").AppendLine("|---|---|");
        foreach (var (name, value) in totals.Inclusive.Where(p => IsWorthNaming(p.Key)).OrderByDescending(p => p.Value).Take(rows))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Share(value)} | `{Shorten(name)}` |");
        }

        return text.ToString();
    }

    /// <summary>Frames that say what the request did: ours, EF Core, the database drivers, Razor, JSON, crypto, GC.</summary>
    private static bool IsWorthNaming(string frame) =>
        frame.StartsWith("Lantern.", StringComparison.Ordinal)
        || frame.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
        || frame.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
        || frame.StartsWith("Npgsql", StringComparison.Ordinal)
        || frame.StartsWith("SQLitePCLRaw", StringComparison.Ordinal)
        || frame.StartsWith("Microsoft.AspNetCore.Mvc.Razor", StringComparison.Ordinal)
        || frame.StartsWith("System.Text.Json", StringComparison.Ordinal)
        || frame.StartsWith("System.Security.Cryptography", StringComparison.Ordinal)
        || frame.Contains("GC", StringComparison.Ordinal);

    private static string Shorten(string frame)
    {
        var arguments = frame.IndexOf('(', StringComparison.Ordinal);
        var name = arguments > 0 ? frame[..arguments] : frame;
        return (name.Length > 140 ? name[..140] + "…" : name).Replace('|', '/').Replace('`', '\'');
    }
}
