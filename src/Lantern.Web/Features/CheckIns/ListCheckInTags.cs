namespace Lantern.Web.Features.CheckIns;

/// <param name="PatientId">Whose tags; the caller's own when empty. Someone else's needs a live Mood grant and is audited.</param>
public sealed record ListCheckInTagsRequest(Guid? PatientId);

/// <summary>
/// A patient's own tags, by name. Read through the chokepoint under the Mood scope; their names are words the patient
/// typed, so someone else sees them only with the Journal scope too (otherwise the list is empty, as a check-in's tags are).
/// </summary>
public sealed class ListCheckInTagsHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<CheckInTagResponse>> HandleAsync(ListCheckInTagsRequest request, CancellationToken ct)
    {
        var patientId = request.PatientId ?? (await access.GetContextAsync(ct)).UserId;
        var patient = await access.OpenPatientAsync(patientId, ct);
        var tags = patient.Query(db.Set<CheckInTag>().AsNoTracking(), AccessScope.Mood);
        if (!patient.CanReadFreeText)
        {
            return [];
        }

        var rows = await tags.Select(t => new CheckInTagResponse(t.Id, t.Name)).ToListAsync(ct);
        return [.. rows.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
