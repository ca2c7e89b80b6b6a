namespace Lantern.Web.Features.CheckIns;

/// <param name="Name">1 to 30 characters, without commas; a name the person already has (in any case) is refused.</param>
public sealed record AddCheckInTagRequest(string? Name);

/// <summary>The patient adds one of their own tags, to tick on check-ins.</summary>
public sealed class AddCheckInTagHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<CheckInTagResponse> HandleAsync(AddCheckInTagRequest request, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var errors = new FieldErrors();
        var name = CheckInTagRules.Name(request.Name, "name", errors);
        errors.ThrowIfAny();

        var own = await db.Set<CheckInTag>().OwnedBy(me).Select(t => t.Name).ToListAsync(ct);
        if (own.Contains(name!, StringComparer.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("name", $"You already have a tag called \"{name}\".");
        }

        if (own.Count >= CheckInTagRules.MaxOwnTags)
        {
            throw new ValidationFailedException("name", $"You can keep up to {CheckInTagRules.MaxOwnTags} tags. Remove one you no longer use first.");
        }

        var tag = new CheckInTag { PatientId = me.UserId, Name = name!, CreatedAt = time.GetUtcNow() };
        db.Set<CheckInTag>().Add(tag);
        // Two adds of one name racing: the unique index keeps one, and this one answers as if it came second.
        await db.SaveChangesOrConflictAsync(() => new ConflictException("Conflict", $"You already have a tag called \"{name}\"."), ct);
        return new CheckInTagResponse(tag.Id, tag.Name);
    }
}
