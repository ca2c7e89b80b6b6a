namespace Lantern.Web.Platform.Export;

/// <summary>
/// One kind of record as a table: every stored field, one row per record, cells already written as text (numbers in
/// the invariant culture, instants in UTC ISO 8601). The export writes it as one CSV file.
/// </summary>
/// <param name="name">The file's name without extension, lower case with hyphens, e.g. <c>check-ins</c>.</param>
/// <param name="header">The column names, lower case with underscores.</param>
public sealed class ExportTable(string name, IReadOnlyList<string> header)
{
    private readonly List<IReadOnlyList<string?>> _rows = [];

    public string Name { get; } = name;

    public IReadOnlyList<string> Header { get; } = header;

    public IReadOnlyList<IReadOnlyList<string?>> Rows => _rows;

    /// <summary>Adds one row; it must have one cell per header column.</summary>
    public ExportTable Row(params string?[] cells)
    {
        if (cells.Length != Header.Count)
        {
            throw new ArgumentException($"The {Name} table has {Header.Count} columns, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}

/// <summary>How the export writes values in its tables, once for every feature.</summary>
public static class ExportCells
{
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset instant) => LocalTime.Machine(instant);

    public static string? Utc(DateTimeOffset? instant) => instant is { } i ? Utc(i) : null;

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string? YesNo(bool? value) => value is { } v ? YesNo(v) : null;

    public static string Id(Guid id) => id.ToString();

    public static string? Id(Guid? id) => id?.ToString();
}
