using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.WarningSigns;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.CheckIns;

/// <summary>The new values of a check-in. Its day cannot change; a "date" in the body is ignored.</summary>
public sealed record UpdateCheckInRequest(
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
/// Changes a check-in on the local day it was saved. The record is found before the body is checked, so someone
/// else's id answers 404 exactly like a missing one, whatever the body says. Newly ticked warning signs raise alerts;
/// the crisis route comes back whenever any sign is ticked.
/// </summary>
public sealed class UpdateCheckInHandler(
    LanternDbContext db,
    HealthDataAccess access,
    PeopleDirectory people,
    AlertRaiser alerts,
    TimeProvider time,
    ILogger<UpdateCheckInHandler> logger)
{
    public async Task<CheckInSaved> HandleAsync(Guid id, UpdateCheckInRequest request, CancellationToken ct)
    {
        var checkIn = await access.FindOwnedAsync(db.Set<CheckIn>(), id, ct);
        var profile = await people.GetAsync(checkIn.PatientId, ct);
        var today = profile.Today;
        if (!CheckInResponse.IsEditable(checkIn, today))
        {
            throw CheckInConflicts.DayOver();
        }

        var errors = new FieldErrors();
        var valid = CheckInInput.Validate(request.Fields, errors);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var me = await access.GetContextAsync(ct);
        var tags = await CheckInTagRules.ResolveAsync(db, me, valid.Tags, now, ct);
        var before = SelfReportedSigns.FromStored(checkIn.WarningSigns);
        checkIn.Mood = valid.Mood;
        checkIn.Anxiety = valid.Anxiety;
        checkIn.SleepHours = valid.SleepHours;
        checkIn.Energy = valid.Energy;
        checkIn.Pain = valid.Pain;
        checkIn.Note = valid.Note;
        checkIn.Tags = string.Join(CheckInInput.TagSeparator, tags);
        checkIn.WarningSigns = SelfReportedSigns.ToStored(valid.WarningSigns);
        checkIn.UpdatedAt = now;
        var raised = alerts.Stage(checkIn.PatientId, valid.WarningSigns.Except(before), AlertOrigin.CheckIn, checkIn.Id);
        await db.SaveChangesAsync(ct);

        CheckInsLog.CheckInSaved(logger, checkIn.Id);
        return new CheckInSaved(CheckInResponse.From(checkIn, showFreeText: true, canEdit: true), SafetyResponse.From(valid.WarningSigns, raised.Select(a => a.Id), profile));
    }
}
