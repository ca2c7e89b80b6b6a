using Xunit.v3;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// Marks a test class that starts no app and opens no database (it reads the compiled assembly, the docs or the
/// embedded guide). Such a class gives the same answer on every provider, so test.sh runs it in the SQLite pass only
/// (the PostgreSQL pass filters out the trait "Database=None"). Never put it on a class that uses an app host.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class NeedsNoDatabaseAttribute : Attribute, ITraitAttribute
{
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Database", "None")];
}
