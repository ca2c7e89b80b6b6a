namespace Lantern.Web.Features.CareTeam;

public sealed record TherapistNoteResponse(Guid Id, string Text, DateTimeOffset CreatedAt);

/// <summary>A therapist's own private notes on a client who currently shares anything with them, newest first.</summary>
public sealed class ListTherapistNotesHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<TherapistNoteResponse>> HandleAsync(Guid patientId, CancellationToken ct)
    {
        var me = await access.RequireTherapistOfAsync(patientId, ct);
        return await db.Set<TherapistNote>().AsNoTracking()
            .Where(n => n.AuthorId == me && n.PatientId == patientId)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new TherapistNoteResponse(n.Id, n.Text, n.CreatedAt))
            .ToListAsync(ct);
    }
}
