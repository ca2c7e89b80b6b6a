using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lantern.Web.Platform.Data;

/// <summary>
/// Adds many new rows of one entity type as one <c>INSERT … VALUES (…), (…)</c> statement. EF Core's SQLite provider
/// sends one statement per row, which made a 50-person caseload's read audit 50 commands. The table, the columns and
/// each value's stored form (ids as text on SQLite, times as ticks, enums as text) come from the EF model's own type
/// mappings, so the rows are exactly what <c>SaveChanges</c> would have written. For plain, append-only rows with
/// client-generated keys and no owned types or relationships to fix up (the audit trail).
/// </summary>
public static class MultiRowInsert
{
    // SQLite allows 32,766 parameters per statement; PostgreSQL 65,535. Stay well below both.
    private const int MaxParametersPerStatement = 30_000;

    /// <summary>
    /// Inserts <paramref name="rows"/>; with <paramref name="skipExisting"/> a row whose unique key is already taken is
    /// left out (<c>ON CONFLICT DO NOTHING</c>, which SQLite and PostgreSQL both accept) — how two instances can write
    /// the same row at once and have it exist once. Returns how many rows were inserted.
    /// </summary>
    public static async Task<int> InsertAsync<T>(this LanternDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct, bool skipExisting = false)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping()))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var inserted = 0;
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, MaxParametersPerStatement / columns.Length)))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(head);
                for (var row = 0; row < chunk.Length; row++)
                {
                    text.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < columns.Length; column++)
                    {
                        var (property, _, mapping) = columns[column];
                        var name = $"p{row}_{column}";
                        text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                        command.Parameters.Add(mapping.CreateParameter(command, sql.GenerateParameterName(name),
                            property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                    }

                    text.Append(')');
                }

                if (skipExisting)
                {
                    text.Append(" ON CONFLICT DO NOTHING");
                }

#pragma warning disable CA2100 // table and column names come from the EF model; every value is a parameter
                command.CommandText = text.ToString();
#pragma warning restore CA2100
                inserted += await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return inserted;
    }
}
