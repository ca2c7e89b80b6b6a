using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// One of the patient's own activity tags ("walk", "saw friends", "therapy"), ticked on any number of check-ins.
/// Health data: read under <see cref="AccessScope.Mood"/> like the check-ins it describes, and, because the person
/// typed its name, the name reaches someone else only with the Journal scope too (as a check-in's tags always have).
/// </summary>
public sealed class CheckInTag : PatientRecord
{
    public string Name { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class CheckInTagConfiguration : IEntityTypeConfiguration<CheckInTag>
{
    public void Configure(EntityTypeBuilder<CheckInTag> builder)
    {
        builder.ToPatientRecordTable("CheckInTags");
        // One tag of a name per person; two adds of the same name racing keep one.
        builder.HasIndex(t => new { t.PatientId, t.Name }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(CheckInInput.TagMaxLength).IsRequired();
    }
}

/// <param name="Id">The tag's id, for renaming or removing it.</param>
/// <param name="Name">The name the patient gave it.</param>
public sealed record CheckInTagResponse(Guid Id, string Name);

/// <summary>
/// The rules for a person's own tags, shared by the tag page, the tag API and saving a check-in (which adds a name it
/// has not seen before to the person's tags, so a tag is always one the person made).
/// </summary>
public static class CheckInTagRules
{
    /// <summary>How many tags one person may keep; enough for a life's activities, small enough to tick through.</summary>
    public const int MaxOwnTags = 40;

    /// <summary>The tidied name, or null with a message under <paramref name="field"/>.</summary>
    public static string? Name(string? given, string field, FieldErrors errors)
    {
        var name = given?.Trim() ?? string.Empty;
        if (name.Length is 0 or > CheckInInput.TagMaxLength || name.Contains(CheckInInput.TagSeparator, StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            errors.Add(field, $"A tag is 1 to {CheckInInput.TagMaxLength} characters, without commas.");
            return null;
        }

        return name;
    }

    /// <summary>
    /// The person's tags for the names ticked on a check-in, in the person's own spelling, adding (to the context, not
    /// yet saved) any name they have not used before.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ResolveAsync(LanternDbContext db, AccessContext me, IReadOnlyList<string> names,
        DateTimeOffset now, CancellationToken ct)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var own = await db.Set<CheckInTag>().OwnedBy(me).Select(t => t.Name).ToListAsync(ct);
        var resolved = new List<string>();
        var added = 0;
        foreach (var name in names)
        {
            var known = own.FirstOrDefault(o => o.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                if (own.Count + added >= MaxOwnTags)
                {
                    throw new ValidationFailedException("tags", $"You can keep up to {MaxOwnTags} tags. Remove one you no longer use first.");
                }

                db.Set<CheckInTag>().Add(new CheckInTag { PatientId = me.UserId, Name = name, CreatedAt = now });
                own.Add(name);
                added++;
                known = name;
            }

            resolved.Add(known);
        }

        return resolved;
    }

    /// <summary>Stored check-in tags with one name replaced (<paramref name="replacement"/>) or taken out (null).</summary>
    public static string Rewrite(string stored, string name, string? replacement)
    {
        var tags = CheckInInput.SplitTags(stored)
            .Select(t => t.Equals(name, StringComparison.OrdinalIgnoreCase) ? replacement : t)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return string.Join(CheckInInput.TagSeparator, tags);
    }

    /// <summary>Applies <see cref="Rewrite"/> to each of the person's check-ins that carry the tag (tracked, not yet saved).</summary>
    public static async Task RewriteCheckInsAsync(LanternDbContext db, AccessContext me, string name, string? replacement, CancellationToken ct)
    {
        // Only check-ins with any tags; the whole-tag, case-insensitive match is made here (a SQL LIKE would match part of a name).
        var candidates = await db.Set<CheckIn>().OwnedBy(me).Where(c => c.Tags != string.Empty).ToListAsync(ct);
        foreach (var checkIn in candidates)
        {
            var rewritten = Rewrite(checkIn.Tags, name, replacement);
            if (rewritten != checkIn.Tags)
            {
                checkIn.Tags = rewritten;
            }
        }
    }
}
