using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Input;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.CareTeam;

public sealed record SharedPatientResponse(Guid PatientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset? SharingEndsAt);

public sealed record TherapistNoteResponse(Guid Id, string Text, DateTimeOffset CreatedAt);

public sealed record AddNoteRequest([MultiLine] string? Text);

/// <summary>
/// The grantee's side: the people who share with me (only while the grant is live and two-step sign-in
/// is on), and a therapist's private notes about one of them.
/// </summary>
public sealed class MyPatientsHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<SharedPatientResponse>> ListAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var ids = me.SharedWithMe.Keys.ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var live = db.CareGrants.Live(time.GetUtcNow());
        var rows = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                EndsAt = live.Where(g => g.PatientId == u.Id && g.GranteeId == me.UserId).Min(g => g.ExpiresAt),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r => new SharedPatientResponse(r.Id, r.DisplayName, AccessScopes.ToNames(me.SharedWithMe[r.Id]), r.EndsAt))
            .ToArray();
    }

    /// <summary>The caller's own notes on a client who currently shares anything with them.</summary>
    public async Task<IReadOnlyList<TherapistNoteResponse>> NotesAsync(Guid patientId, CancellationToken ct)
    {
        var me = await RequireSharingAsync(patientId, ct);
        return await db.Set<TherapistNote>().AsNoTracking()
            .Where(n => n.AuthorId == me && n.PatientId == patientId)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new TherapistNoteResponse(n.Id, n.Text, n.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<TherapistNoteResponse> AddNoteAsync(Guid patientId, AddNoteRequest request, CancellationToken ct)
    {
        var me = await RequireSharingAsync(patientId, ct);
        var text = request.Text?.Trim() ?? string.Empty;
        if (text.Length is 0 or > TherapistNoteConfiguration.MaxLength)
        {
            throw new Platform.Problems.ValidationFailedException("text", $"Write a note of up to {TherapistNoteConfiguration.MaxLength} characters.");
        }

        var note = new TherapistNote { AuthorId = me, PatientId = patientId, Text = text, CreatedAt = time.GetUtcNow() };
        db.Set<TherapistNote>().Add(note);
        await db.SaveChangesAsync(ct);
        return new TherapistNoteResponse(note.Id, note.Text, note.CreatedAt);
    }

    /// <summary>Opening a client's page is a read of their data, so it is audited; no sharing looks like no client.</summary>
    public async Task<SharedPatientResponse> OpenAsync(Guid patientId, CancellationToken ct)
    {
        var client = (await ListAsync(ct)).FirstOrDefault(p => p.PatientId == patientId) ?? throw new RecordNotFoundException();
        var me = await access.GetContextAsync(ct);
        audit.Record(AuditAction.RecordRead, me.UserId, patientId, "CareTeamSummary", null, AuditOutcome.Success);
        return client;
    }

    private async Task<Guid> RequireSharingAsync(Guid patientId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return me.Role == Platform.Identity.UserRole.Therapist && me.SharedWithMe.ContainsKey(patientId)
            ? me.UserId
            : throw new RecordNotFoundException();
    }
}
