using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Architecture;

/// <summary>
/// Test classes on the one shared app run beside every other class, so a count of a whole table ("nothing was stored")
/// sees other tests' rows and fails at random. Such a class counts only its own user's rows, or takes its own
/// <see cref="LanternAppFactory"/> as a class fixture. This walks every test class on the shared app.
/// </summary>
public sealed partial class SharedAppRulesTests
{
    [Fact]
    public void SharedAppClasses_CountOnlyTheirOwnRows()
    {
        var testsFolder = Path.Combine(Repository.Root, "tests", "Lantern.Web.Tests");
        var offenders = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => (File: file, Text: File.ReadAllText(file)))
            .Where(source => source.Text.Contains("(SharedApp app)", StringComparison.Ordinal))
            .SelectMany(source => source.Text.Split(';')
                .Where(statement => WholeTableCount().IsMatch(statement) && !statement.Contains(".Where(", StringComparison.Ordinal))
                .Select(statement => $"{Path.GetRelativePath(Repository.Root, source.File)}: {statement.Trim()}"))
            .ToArray();

        Assert.True(offenders.Length == 0, "Whole-table counts on the shared app:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void ClassesThatNeedNoDatabase_UseNoAppHostOrDatabase()
    {
        // The PostgreSQL pass skips these classes; one that quietly started an app would go untested on PostgreSQL.
        var appTypes = new[] { typeof(LanternAppFactory), typeof(TestDatabase), typeof(TestUser) };
        var offenders = typeof(SharedAppRulesTests).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(NeedsNoDatabaseAttribute), inherit: false))
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => appTypes.Any(a => a.IsAssignableFrom(p.ParameterType)))
                        || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericArguments().Any(g => appTypes.Any(a => a.IsAssignableFrom(g))))
                        || t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)
                            .Any(f => appTypes.Any(a => a.IsAssignableFrom(f.FieldType))))
            .Select(t => t.FullName)
            .ToArray();

        Assert.Contains(typeof(SharedAppRulesTests).Assembly.GetTypes(), t => t.IsDefined(typeof(NeedsNoDatabaseAttribute), inherit: false));
        Assert.True(offenders.Length == 0, "Marked [NeedsNoDatabase] but uses an app or a database:\n" + string.Join("\n", offenders));
    }

    /// <summary>A CountAsync given only the cancellation token: no predicate.</summary>
    [GeneratedRegex(@"\.CountAsync\(\s*(Ct|TestContext\.Current\.CancellationToken)\s*\)")]
    private static partial Regex WholeTableCount();
}
