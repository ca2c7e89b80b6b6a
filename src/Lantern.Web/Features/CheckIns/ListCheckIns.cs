namespace Lantern.Web.Features.CheckIns;

/// <param name="From">First local day, YYYY-MM-DD, from 1900-01-01 to 2199-12-31; 29 days before <paramref name="To"/> when left out.</param>
/// <param name="To">Last local day, YYYY-MM-DD, in the same window; the patient's today when left out.</param>
/// <param name="PatientId">Whose check-ins; the caller's own when empty. Someone else's needs a live Mood grant and is audited.</param>
public sealed record ListCheckInsRequest(DateOnly? From, DateOnly? To, Guid? PatientId);

/// <summary>Check-ins in a date range, oldest first. At most a year and a day per request, to keep answers bounded.</summary>
[SharedWithOtherFeatures]
public sealed class ListCheckInsHandler(LanternDbContext db, HealthDataAccess access)
{
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<CheckInResponse>> HandleAsync(ListCheckInsRequest request, CancellationToken ct)
    {
        var patientId = request.PatientId ?? (await access.GetContextAsync(ct)).UserId;
        return await ListAsync(await access.OpenPatientAsync(patientId, ct), request.From, request.To, ct);
    }

    /// <summary>The check-ins of a patient already opened through the chokepoint (the care-team summary reads several kinds).</summary>
    public async Task<IReadOnlyList<CheckInResponse>> ListAsync(PatientRecords patient, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var records = patient.Query(db.Set<CheckIn>().AsNoTracking(), AccessScope.Mood);
        var today = patient.Patient.Today;
        var last = to ?? today;
        var first = from ?? last.AddDays(-29);
        CheckRange(first, last, MaxDays);
        var rows = await records.Where(c => c.Day >= first && c.Day <= last).OrderBy(c => c.Day).ToListAsync(ct);
        var showFreeText = patient.CanReadFreeText;
        return rows.Select(c => CheckInResponse.From(c, showFreeText, patient.IsOwner && CheckInResponse.IsEditable(c, today))).ToArray();
    }

    /// <summary>
    /// The one rule for a from-to range of days (check-ins, the pain summary): in order and at most
    /// <paramref name="maxDays"/> long. Each date's own window is checked at the API's input boundary.
    /// </summary>
    public static void CheckRange(DateOnly from, DateOnly to, int maxDays)
    {
        if (from > to)
        {
            throw new ValidationFailedException("from", "'from' must be on or before 'to'.");
        }

        if (to.DayNumber - from.DayNumber >= maxDays)
        {
            throw new ValidationFailedException("from", $"Ask for at most {maxDays} days at a time.");
        }
    }
}
