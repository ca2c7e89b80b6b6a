namespace Lantern.Web.Platform.Access;

/// <summary>
/// One patient's records as the caller may read them in this request (from <see cref="HealthDataAccess.OpenPatientAsync"/>).
/// Each <see cref="Query{T}"/> admits only a scope the caller holds, and a read by anyone but the patient is audited as
/// that kind of record, once per request.
/// </summary>
public sealed class PatientRecords
{
    private readonly AccessContext _access;
    private readonly AuditLog _audit;

    internal PatientRecords(AccessContext access, Guid patientId, Person patient, AuditLog audit)
    {
        _access = access;
        _audit = audit;
        PatientId = patientId;
        Patient = patient;
    }

    /// <summary>Whose records these are.</summary>
    public Guid PatientId { get; }

    /// <summary>The patient: their zone (and so their today), name and crisis country.</summary>
    public Person Patient { get; }

    /// <summary>The caller's access, for checks beyond this patient.</summary>
    public AccessContext Access => _access;

    /// <summary>True when the caller is the patient.</summary>
    public bool IsOwner => PatientId == _access.UserId;

    /// <summary>Whether the caller may read this patient's records in <paramref name="scope"/>.</summary>
    public bool CanRead(AccessScope scope) => _access.CanRead(PatientId, scope);

    /// <summary>Whether words the patient typed may reach the caller (<see cref="AccessContext.CanReadFreeText"/>).</summary>
    public bool CanReadFreeText => _access.CanReadFreeText(PatientId);

    /// <summary>The patient's records of one kind, in a scope the caller holds; otherwise <see cref="RecordNotFoundException"/>.</summary>
    public IQueryable<T> Query<T>(IQueryable<T> records, AccessScope scope)
        where T : class, IPatientOwned => Read(_access, _audit, PatientId, records, scope);

    /// <summary>The one read of a patient's list of records: checked, audited when someone else reads, filtered.</summary>
    internal static IQueryable<T> Read<T>(AccessContext access, AuditLog audit, Guid patientId, IQueryable<T> records, AccessScope scope)
        where T : class, IPatientOwned
    {
        if (!access.CanRead(patientId, scope))
        {
            throw new RecordNotFoundException();
        }

        if (patientId != access.UserId)
        {
            audit.Record(AuditAction.RecordRead, access.UserId, patientId, typeof(T).Name, null, AuditOutcome.Success);
        }

        return records.VisibleTo(access, scope).Where(r => r.PatientId == patientId);
    }
}
