namespace Lantern.Web.Platform.Access;

/// <summary>
/// Thrown when a record does not exist or the caller may not see it. The two cases are deliberately
/// the same exception and the same 404 response, so ids cannot be probed.
/// </summary>
public sealed class RecordNotFoundException() : Exception("No such record is available to you.");
