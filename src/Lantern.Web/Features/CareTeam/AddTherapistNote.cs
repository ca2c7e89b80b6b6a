using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.CareTeam;

public sealed record AddNoteRequest([MultiLine] string? Text);

/// <summary>A therapist writes a private note about a client who currently shares anything with them.</summary>
public sealed class AddTherapistNoteHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<TherapistNoteResponse> HandleAsync(Guid patientId, AddNoteRequest request, CancellationToken ct)
    {
        var me = await access.RequireTherapistOfAsync(patientId, ct);
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length is 0 or > TherapistNoteConfiguration.MaxLength)
        {
            throw new ValidationFailedException("text", $"Write a note of up to {TherapistNoteConfiguration.MaxLength} characters.");
        }

        var note = new TherapistNote { AuthorId = me, PatientId = patientId, Text = text, CreatedAt = time.GetUtcNow() };
        db.Set<TherapistNote>().Add(note);
        await db.SaveChangesAsync(ct);
        return new TherapistNoteResponse(note.Id, note.Text, note.CreatedAt);
    }
}
