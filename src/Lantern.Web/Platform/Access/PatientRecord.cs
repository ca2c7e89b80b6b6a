namespace Lantern.Web.Platform.Access;

/// <summary>
/// The base of every stored health record: its id and its owner, declared once so that every record follows the same
/// rule. The id is a version-7 Guid made by the server (never sequential, so one id says nothing about another), and
/// <see cref="PatientId"/> is set by the server from the signed-in person, never from a request body.
/// </summary>
public abstract class PatientRecord : IPatientOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PatientId { get; init; }
}
