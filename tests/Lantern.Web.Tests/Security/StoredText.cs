using System.Data.Common;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Security;

/// <summary>Reads every text column of every table the model maps, straight from the database.</summary>
internal static class StoredText
{
    /// <summary>"Table.Column" for each stored text holding a control character other than tab and line breaks, or a broken surrogate.</summary>
    public static async Task<IReadOnlyList<string>> WithControlCharactersAsync(LanternAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var found = new List<string>();
        var columns = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetProperties().Where(p => p.GetProviderClrType() is null && p.ClrType == typeof(string))
                .Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName(StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema())))))
            .Where(c => c.Column is not null)
            .Distinct()
            .ToArray();
        Assert.True(columns.Length > 30, $"Only {columns.Length} text columns found.");
        foreach (var (table, column) in columns)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (!reader.IsDBNull(0) && IsUnclean(reader.GetString(0)))
                {
                    found.Add($"{table}.{column}");
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsUnclean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
