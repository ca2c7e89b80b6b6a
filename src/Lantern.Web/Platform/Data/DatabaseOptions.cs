namespace Lantern.Web.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database Lantern talks to. The connection string is <c>ConnectionStrings:Lantern</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. On by default so the first README command just works.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
