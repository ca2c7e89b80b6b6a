using Lantern.Web.Features.Alerts;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.CheckIns;

/// <param name="Date">The local day it is for; today in the patient's time zone when left out. Earlier days are marked late.</param>
public sealed record RecordCheckInRequest(
    DateOnly? Date,
    int? Mood,
    int? Anxiety,
    decimal? SleepHours,
    int? Energy,
    int? Pain,
    [MultiLine] string? Note,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? WarningSigns)
{
    public CheckInFields Fields => new(Mood, Anxiety, SleepHours, Energy, Pain, Note, Tags, WarningSigns);
}

/// <summary>
/// Records one check-in for a local day. "Today" is the patient's date in their own IANA zone at the server's
/// clock, so a check-in at 23:30 in Chicago counts for that evening, whatever the server's zone. Warning signs
/// ticked on it become alerts in the same save.
/// </summary>
public sealed class RecordCheckInHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    AlertRaiser alerts,
    TimeProvider time,
    ILogger<RecordCheckInHandler> logger)
{
    public async Task<CheckInSaved> HandleAsync(RecordCheckInRequest request, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var profile = await person.GetAsync(ct);
        var today = profile.Today;
        var day = request.Date ?? today;

        var errors = new FieldErrors();
        if (day > today)
        {
            errors.Add("date", "A check-in can't be for a day that hasn't happened yet.");
        }
        else if (day < today.AddDays(-CheckInInput.LateEntryMaxDays))
        {
            errors.Add("date", $"Late check-ins can go back up to {CheckInInput.LateEntryMaxDays} days.");
        }

        var valid = CheckInInput.Validate(request.Fields, errors);
        errors.ThrowIfAny();

        var existing = await db.Set<CheckIn>().OwnedBy(me).Where(c => c.Day == day).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            throw CheckInConflicts.DayTaken(existing);
        }

        var now = time.GetUtcNow();
        var tags = await CheckInTagRules.ResolveAsync(db, me, valid.Tags, now, ct);
        var checkIn = new CheckIn
        {
            PatientId = me.UserId,
            Day = day,
            Mood = valid.Mood,
            Anxiety = valid.Anxiety,
            SleepHours = valid.SleepHours,
            Energy = valid.Energy,
            Pain = valid.Pain,
            Note = valid.Note,
            Tags = string.Join(CheckInInput.TagSeparator, tags),
            WarningSigns = WarningSigns.SelfReportedSigns.ToStored(valid.WarningSigns),
            IsLate = day < today,
            RecordedOn = today,
            RecordedAt = now,
            UpdatedAt = now,
        };
        db.Set<CheckIn>().Add(checkIn);
        var raised = alerts.Stage(me.UserId, valid.WarningSigns, AlertOrigin.CheckIn, checkIn.Id);
        // Two saves for the same day may race; the unique index keeps one, and this one answers as if it came second.
        await db.SaveChangesOrConflictAsync(() => CheckInConflicts.DayTaken(), ct,
            wasRace: _ => db.Set<CheckIn>().AsNoTracking().OwnedBy(me).AnyAsync(c => c.Day == day, ct));

        CheckInsLog.CheckInSaved(logger, checkIn.Id);
        return new CheckInSaved(CheckInResponse.From(checkIn, showFreeText: true, canEdit: true), SafetyResponse.From(valid.WarningSigns, raised.Select(a => a.Id), profile));
    }
}
