using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.After;

/// <summary>Each answer is optional: null leaves it as it is (so one field can be saved on its own), an empty string clears it.</summary>
public sealed record SaveJournalRequest(
    [MultiLine] string? WhatCameUp = null,
    [MultiLine] string? InTheBody = null,
    [MultiLine] string? CarryForward = null,
    [MultiLine] string? ForTherapist = null);

/// <summary>
/// Saves the integration journal of a session, one answer or all four at a time: the page saves each answer as the
/// person writes (with JavaScript) or all at once (without), and a refused save changes nothing and keeps their words
/// on the page. Free text: only the patient writes it.
/// </summary>
public sealed class SaveIntegrationJournalHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time, ILogger<SaveIntegrationJournalHandler> logger)
{
    public async Task<JournalResponse> HandleAsync(Guid sessionId, SaveJournalRequest request, CancellationToken ct)
    {
        var session = await access.FindOwnedAsync(db.DosingSessions().AsNoTracking(), sessionId, ct);
        if (session.State is SessionState.Planned or SessionState.Cancelled)
        {
            throw SessionConflicts.Refused("not-started", "The journal opens once the session has started.");
        }

        var errors = new FieldErrors();
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["whatCameUp"] = request.WhatCameUp,
            ["inTheBody"] = request.InTheBody,
            ["carryForward"] = request.CarryForward,
            ["forTherapist"] = request.ForTherapist,
        };
        foreach (var (field, text) in answers)
        {
            if (text is { Length: > SessionLimits.JournalMaxLength })
            {
                errors.Add(field, $"Keep each answer to {SessionLimits.JournalMaxLength} characters. Nothing was lost: your words are still here.");
            }
        }

        errors.ThrowIfAny();
        var now = time.GetUtcNow();
        var mine = await access.GetContextAsync(ct);
        var entry = await db.IntegrationEntries().OwnedBy(mine).FirstOrDefaultAsync(e => e.SessionId == session.Id, ct);
        if (entry is null)
        {
            entry = new IntegrationEntry { PatientId = session.PatientId, SessionId = session.Id, CreatedAt = now };
            db.Add(entry);
        }

        entry.WhatCameUp = Apply(entry.WhatCameUp, request.WhatCameUp);
        entry.InTheBody = Apply(entry.InTheBody, request.InTheBody);
        entry.CarryForward = Apply(entry.CarryForward, request.CarryForward);
        entry.ForTherapist = Apply(entry.ForTherapist, request.ForTherapist);
        entry.UpdatedAt = now;
        // Two tabs creating the entry at the same moment: the unique index keeps one, and nothing from this save is stored.
        await db.SaveChangesOrConflictAsync(
            () => SessionConflicts.Refused("journal-race", "This journal was saved from somewhere else at the same moment. Save again to keep your words."), ct);

        SessionsLog.JournalSaved(logger, session.Id);
        return JournalResponse.From(entry);
    }

    /// <summary>Null keeps the old answer; whitespace only clears it; anything else replaces it as typed.</summary>
    private static string? Apply(string? current, string? given) =>
        given is null ? current : string.IsNullOrWhiteSpace(given) ? null : given;
}
