namespace Lantern.Web.Platform.Access;

/// <summary>
/// Who is asking, and which patients have shared which scopes with them right now. Built once per
/// request from the database, so a revoked grant stops working on the very next request.
/// </summary>
public sealed record AccessContext(Guid UserId, UserRole Role, IReadOnlyDictionary<Guid, AccessScope> SharedWithMe)
{
    /// <summary>Patients whose records in <paramref name="scope"/> the caller may read (not counting their own).</summary>
    public IReadOnlyList<Guid> PatientsSharing(AccessScope scope) =>
        SharedWithMe.Where(kv => (kv.Value & scope) == scope).Select(kv => kv.Key).ToArray();

    public bool CanRead(Guid patientId, AccessScope scope) =>
        patientId == UserId || (SharedWithMe.TryGetValue(patientId, out var granted) && (granted & scope) == scope);

    /// <summary>
    /// Whether words the patient typed (notes, tags, intentions, journals, their own checklist wording) may reach the
    /// caller: only the patient, or someone holding <see cref="AccessScope.Journal"/>. Every other scope shares
    /// numbers, codes and dates only; docs/security/authorization-matrix.md lists the fields.
    /// </summary>
    public bool CanReadFreeText(Guid patientId) => CanRead(patientId, AccessScope.Journal);
}
