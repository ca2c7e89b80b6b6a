namespace Lantern.Web.Features.CheckIns;

/// <param name="Name">The new name: 1 to 30 characters, without commas, not the name of another of the person's tags.</param>
public sealed record RenameCheckInTagRequest(string? Name);

/// <summary>
/// The patient renames one of their tags; every check-in that carries it shows the new name, in the same save. Someone
/// else's id answers 404 exactly like a missing one.
/// </summary>
public sealed class RenameCheckInTagHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<CheckInTagResponse> HandleAsync(Guid id, RenameCheckInTagRequest request, CancellationToken ct)
    {
        var tag = await access.FindOwnedAsync(db.Set<CheckInTag>(), id, ct);
        var me = await access.GetContextAsync(ct);
        var errors = new FieldErrors();
        var name = CheckInTagRules.Name(request.Name, "name", errors);
        errors.ThrowIfAny();

        var others = await db.Set<CheckInTag>().OwnedBy(me).Where(t => t.Id != id).Select(t => t.Name).ToListAsync(ct);
        if (others.Contains(name!, StringComparer.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("name", $"You already have a tag called \"{name}\".");
        }

        await CheckInTagRules.RewriteCheckInsAsync(db, me, tag.Name, name, ct);
        tag.Name = name!;
        await db.SaveChangesAsync(ct);
        return new CheckInTagResponse(tag.Id, tag.Name);
    }
}
