namespace Lantern.Web.Platform.Access;

/// <summary>
/// A health record. It belongs to exactly one patient and is read only through
/// <see cref="HealthDataQueries.VisibleTo{T}"/>. Stored records derive from <see cref="PatientRecord"/>, which sets
/// <see cref="Id"/> with <c>Guid.CreateVersion7()</c>; the server sets PatientId, never the request body.
/// </summary>
public interface IPatientOwned
{
    Guid Id { get; }
    Guid PatientId { get; }
}
