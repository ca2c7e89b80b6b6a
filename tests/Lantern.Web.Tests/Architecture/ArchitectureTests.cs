using Lantern.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;
using ArchUnitNET.Loader;
using Lantern.Web.Platform;

namespace Lantern.Web.Tests.Architecture;

/// <summary>
/// The rules of docs/architecture.md, checked on the compiled app (every type, method body and Razor view, read by
/// ArchUnitNET) and on the partial-view paths in the source: Platform never depends on a feature; features do not
/// depend on each other in a cycle; a feature uses another only through types that feature marks
/// <see cref="SharedWithOtherFeaturesAttribute"/>, and docs/architecture.md names each of those.
/// </summary>
[NeedsNoDatabase]
public sealed partial class ArchitectureTests
{
    private static readonly Lazy<IReadOnlyList<ModuleDependency>> Dependencies = new(FindDependencies);

    [Fact]
    public void Platform_DependsOnNoFeature()
    {
        AssertNone(PlatformNamingAFeature(), "Platform must never name a feature");
    }

    [Fact]
    public void Features_UseOtherFeaturesOnlyThroughTheirSharedTypes()
    {
        AssertNone(ReachingIntoAnotherFeature(),
            "A feature reaches into another's internals; use (or mark with [SharedWithOtherFeatures], and name in docs/architecture.md) a small public surface instead");
    }

    [Fact]
    public void Features_HaveNoCycles()
    {
        var cycles = Cycles(FeatureEdges())
            .Select(c => string.Join(" <-> ", c.Order(StringComparer.Ordinal))).ToArray();

        Assert.True(cycles.Length == 0, "Features that depend on each other in a cycle:\n" + string.Join("\n", cycles));
    }

    private static IEnumerable<ModuleDependency> PlatformNamingAFeature() =>
        Dependencies.Value.Where(d => d.From == Module.Platform && d.To.IsFeature);

    private static IEnumerable<ModuleDependency> ReachingIntoAnotherFeature() =>
        Dependencies.Value.Where(d => d.From.IsFeature && d.To.IsFeature && d.From != d.To && !d.TargetIsShared);

    /// <summary>Which feature uses which, through shared types or not: a cycle is refused either way.</summary>
    private static (string From, string To)[] FeatureEdges() =>
        Dependencies.Value.Where(d => d.From.IsFeature && d.To.IsFeature && d.From != d.To)
            .Select(d => (d.From.Name, d.To.Name)).Distinct().ToArray();

    private static IEnumerable<List<string>> Cycles(IReadOnlyCollection<(string From, string To)> edges) =>
        StronglyConnected(edges).Where(c => c.Count > 1);

    private static void AssertNone(IEnumerable<ModuleDependency> violations, string rule)
    {
        var found = violations.Select(d => d.ToString()).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.True(found.Length == 0, rule + ":\n" + string.Join("\n", found));
    }

    [Fact]
    public void SharedTypes_AreEachNamedInTheArchitectureDocument()
    {
        var document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "architecture.md"));
        var shared = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(SharedWithOtherFeaturesAttribute), inherit: false))
            .ToArray();

        var missing = shared.Where(t => !document.Contains("`" + t.Name + "`", StringComparison.Ordinal)).Select(t => t.FullName).ToArray();

        Assert.True(missing.Length == 0, "Shared feature types missing from docs/architecture.md:\n" + string.Join("\n", missing));
    }

    /// <summary>Every dependency between two modules of the web app, from IL and from partial-view paths.</summary>
    private static List<ModuleDependency> FindDependencies()
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();
        var found = new List<ModuleDependency>();
        foreach (var type in architecture.Types)
        {
            var from = Module.Of(type.Namespace.FullName, type.Name);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                // Generic parameters and framework types have no module here.
                if (target.Assembly?.FullName != type.Assembly.FullName || target.Namespace is null
                    || Module.Of(target.Namespace.FullName, target.Name) is not { } to || to == from)
                {
                    continue;
                }

                found.Add(new ModuleDependency(from, to, type.FullName, target.FullName, IsShared(target.FullName)));
            }
        }

        found.AddRange(PartialViewPaths());
        return found;
    }

    /// <summary>A view can render another folder's partial by its path, which no IL reference shows; read the source for those.</summary>
    private static IEnumerable<ModuleDependency> PartialViewPaths()
    {
        var web = Path.Combine(Repository.Root, "src", "Lantern.Web");
        foreach (var file in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(web, file).Replace(Path.DirectorySeparatorChar, '/');
            var from = Module.OfPath(relative);
            if (from is null)
            {
                continue;
            }

            foreach (Match match in ViewPath().Matches(File.ReadAllText(file)))
            {
                var to = Module.OfPath(match.Groups["path"].Value.TrimStart('/'));
                if (to is not null && to != from)
                {
                    // A partial is a view, not a type: only the owning feature's own shared partials (named _Shared*) may be used.
                    var shared = Path.GetFileName(match.Groups["path"].Value).StartsWith("_Shared", StringComparison.Ordinal);
                    yield return new ModuleDependency(from, to, relative, match.Groups["path"].Value, shared);
                }
            }
        }
    }

    private static bool IsShared(string fullName)
    {
        var type = typeof(Program).Assembly.GetType(fullName.Replace('/', '+'), throwOnError: false);
        while (type is not null)
        {
            if (type.IsDefined(typeof(SharedWithOtherFeaturesAttribute), inherit: false))
            {
                return true;
            }

            type = type.DeclaringType;
        }

        return false;
    }

    /// <summary>Tarjan's strongly connected components over the feature graph.</summary>
    private static List<List<string>> StronglyConnected(IReadOnlyCollection<(string From, string To)> edges)
    {
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().ToArray();
        var next = edges.ToLookup(e => e.From, e => e.To);
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        var counter = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next[node])
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }

    [GeneratedRegex("\"(?<path>~?/(Features|Platform)/[A-Za-z0-9_/]+\\.cshtml)\"")]
    private static partial Regex ViewPath();

    private sealed record ModuleDependency(Module From, Module To, string Source, string Target, bool TargetIsShared)
    {
        public string Pair => $"{From.Name} -> {To.Name}";

        public override string ToString() => $"{Pair}: {Source} uses {Target}";
    }

    /// <summary>Platform, one feature folder, or nothing we rule on (the composition root, migrations, Program).</summary>
    private sealed record Module(string Name, bool IsFeature)
    {
        public static readonly Module Platform = new("Platform", false);

        public static Module? Of(string nameSpace, string typeName)
        {
            if (nameSpace == "Lantern.Web.Platform" || nameSpace.StartsWith("Lantern.Web.Platform.", StringComparison.Ordinal))
            {
                return Platform;
            }

            if (nameSpace.StartsWith("Lantern.Web.Features.", StringComparison.Ordinal))
            {
                return new Module(nameSpace["Lantern.Web.Features.".Length..].Split('.')[0], true);
            }

            // Views under Platform/ compile into this namespace with their folder in the class name.
            return nameSpace == "AspNetCoreGeneratedDocument" && typeName.StartsWith("Platform_", StringComparison.Ordinal) ? Platform : null;
        }

        /// <summary>The module of a file or view path relative to src/Lantern.Web, e.g. Features/Sessions/Day.cshtml.</summary>
        public static Module? OfPath(string path)
        {
            var parts = path.Split('/');
            return parts switch
            {
                ["Platform", ..] => Platform,
                ["Features", var feature, _, ..] => new Module(feature, true),
                _ => null,
            };
        }
    }
}
