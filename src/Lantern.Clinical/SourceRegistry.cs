using System.Reflection;
using Lantern.Clinical.Safety;

namespace Lantern.Clinical;

/// <summary>
/// Which rules use which source, found from the <see cref="SourceAttribute"/>s in this assembly plus the sources
/// carried by crisis contacts. Lets a reviewer start from a source ("what breaks if this is wrong?") and lets tests
/// prove every attribute names a real <see cref="Refs"/> entry.
/// </summary>
public static class SourceRegistry
{
    private const BindingFlags AllMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly Lazy<(IReadOnlyList<SourceUsage> Usages, IReadOnlyList<string> UnknownKeys)> Scan = new(Build);

    /// <summary>Every (source, rule) pair.</summary>
    public static IReadOnlyList<SourceUsage> Usages => Scan.Value.Usages;

    /// <summary>Attribute keys that name no <see cref="Refs"/> entry, as "Rule: key". Should always be empty.</summary>
    public static IReadOnlyList<string> UnknownKeys => Scan.Value.UnknownKeys;

    /// <summary>The rules that use the source with this key, in a stable order.</summary>
    public static IReadOnlyList<string> RulesUsing(string key) =>
        [.. Usages.Where(u => u.Source.Key == key).Select(u => u.Rule).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Each source with the rules that use it; sources no rule uses appear with an empty list.</summary>
    public static IReadOnlyDictionary<Source, IReadOnlyList<string>> BySource() =>
        Refs.All.Values.ToDictionary(s => s, s => RulesUsing(s.Key));

    private static (IReadOnlyList<SourceUsage>, IReadOnlyList<string>) Build()
    {
        var usages = new List<SourceUsage>();
        var unknown = new List<string>();

        foreach (var type in typeof(SourceRegistry).Assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal)))
        {
            Collect(type, type.Name, usages, unknown);
            foreach (var member in type.GetMembers(AllMembers).Where(m => !m.Name.Contains('<', StringComparison.Ordinal)))
            {
                Collect(member, $"{type.Name}.{member.Name}", usages, unknown);
            }
        }

        foreach (var country in CrisisDirectory.Countries)
        {
            foreach (var contact in country.Contacts)
            {
                usages.Add(new SourceUsage(contact.Source, $"CrisisDirectory.{country.CountryCode}: {contact.Name}"));
            }
        }

        return (usages, unknown);
    }

    private static void Collect(MemberInfo member, string rule, List<SourceUsage> usages, List<string> unknown)
    {
        foreach (var attribute in member.GetCustomAttributes<SourceAttribute>(inherit: false))
        {
            if (Refs.All.TryGetValue(attribute.Key, out var source))
            {
                usages.Add(new SourceUsage(source, rule));
            }
            else
            {
                unknown.Add($"{rule}: {attribute.Key}");
            }
        }
    }
}
