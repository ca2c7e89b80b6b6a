using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lantern.Bench;

/// <summary>
/// Adds patients <c>from</c>..<c>to</c>-1 as copies of the first <c>from</c> (patient i copies patient i mod from): the
/// account with its own e-mail and name, and every check-in and questionnaire response with new ids. Tables and columns
/// come from the app's EF model, so the copy follows the schema; ids are written in each provider's own form.
/// </summary>
internal static class PatientCopies
{
    public static async Task AddAsync(LanternDbContext db, string provider, int from, int to)
    {
        var sqlite = provider == "sqlite";
        var newId = sqlite
            ? "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))"
            : "gen_random_uuid()";
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

        var users = db.Model.FindEntityType(typeof(LanternUser))!;
        var renamed = new Dictionary<string, string>
        {
            [Column(users, nameof(LanternUser.Id))] = "@new",
            [Column(users, nameof(LanternUser.UserName))] = "@email",
            [Column(users, nameof(LanternUser.NormalizedUserName))] = "@normalized",
            [Column(users, nameof(LanternUser.Email))] = "@email",
            [Column(users, nameof(LanternUser.NormalizedEmail))] = "@normalized",
            [Column(users, nameof(LanternUser.DisplayName))] = "@name",
            [Column(users, nameof(LanternUser.SecurityStamp))] = sqlite ? "lower(hex(randomblob(16)))" : "md5(random()::text)",
            [Column(users, nameof(LanternUser.ConcurrencyStamp))] = sqlite ? "lower(hex(randomblob(16)))" : "md5(random()::text)",
        };
        var copyUser = CopySql(users, renamed, nameof(LanternUser.Id));
        var copyRecords = new[] { typeof(CheckIn), typeof(QuestionnaireResponse) }.Select(type =>
        {
            var entity = db.Model.FindEntityType(type)!;
            return CopySql(entity, new() { [Column(entity, "Id")] = newId, [Column(entity, "PatientId")] = "@new" }, "PatientId");
        }).ToArray();

        var templates = await db.Users.Where(u => u.Role == UserRole.Patient).OrderBy(u => u.CreatedAt).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.Email }).ToListAsync();
        var byIndex = templates.ToDictionary(t => int.Parse(t.Email!["patient".Length..t.Email!.IndexOf('@', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), t => t.Id);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        const int perTransaction = 500;
        for (var start = from; start < to; start += perTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var index = start; index < Math.Min(to, start + perTransaction); index++)
            {
                var email = Seeder.PatientEmail(index);
                var parameters = new Dictionary<string, object>
                {
                    ["@new"] = Id(Guid.CreateVersion7()),
                    ["@template"] = Id(byIndex[index % from]),
                    ["@email"] = email,
                    ["@normalized"] = email.ToUpperInvariant(),
                    ["@name"] = $"Bench patient {index}",
                };
                foreach (var sql in copyRecords.Prepend(copyUser))
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
#pragma warning disable CA2100 // built from the EF model's table and column names; values go in as parameters
                    command.CommandText = sql;
#pragma warning restore CA2100
                    foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Key, StringComparison.Ordinal)))
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = name;
                        parameter.Value = value;
                        command.Parameters.Add(parameter);
                    }

                    await command.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }
    }

    private static string Column(IEntityType entity, string property) =>
        entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!;

    /// <summary>INSERT … SELECT copying the rows whose <paramref name="keyProperty"/> is @template, with some columns replaced.</summary>
    private static string CopySql(IEntityType entity, Dictionary<string, string> replaced, string keyProperty)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().Distinct().ToArray();
        var select = columns.Select(c => replaced.TryGetValue(c, out var expression) ? expression : $"\"{c}\"");
        return $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
               $"SELECT {string.Join(", ", select)} FROM \"{table.Name}\" WHERE \"{Column(entity, keyProperty)}\" = @template";
    }
}
