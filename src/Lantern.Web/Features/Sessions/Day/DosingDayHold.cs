using Lantern.Web.Platform.Sessions;

namespace Lantern.Web.Features.Sessions.Day;

/// <summary>
/// Keeps the patient signed in through a dosing day. The dosing-day page never calls the server while its clock runs, and
/// the support person may log every check from their own phone, so the patient's page can sit untouched for hours before
/// the 40-minute reading or the closing "how are you now". The page earns this hold for the sign-in it is shown on
/// (<see cref="DayModel"/>); the hold lasts while a session of the patient is in progress, until
/// <see cref="SessionLimits.SignInHeldAfterDose"/> after its dose, never past the sign-in's absolute lifetime.
/// Finishing or cancelling the session ends it at once.
/// </summary>
public sealed class DosingDayHold(LanternDbContext db) : ISessionHold
{
    public const string HoldName = "dosing-day";

    public string Name => HoldName;

    public async Task<DateTimeOffset?> HeldUntilAsync(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        // The sign-in's own user and their own sessions: no one else's records are read, so this is not a VisibleTo read.
        var doses = await db.DosingSessions().AsNoTracking()
            .Where(s => s.PatientId == userId && s.State == SessionState.Started && s.DosedAt != null)
            .Select(s => s.DosedAt!.Value)
            .ToListAsync(ct);
        return doses.Count == 0 ? null : doses.Max() + SessionLimits.SignInHeldAfterDose;
    }
}
