namespace Lantern.Web.Features.MyData;

/// <summary>
/// Log lines of the data export. Ids and counts only: never scores, answers, notes, tags or which warning sign was reported,
/// because any of those would put health data in the logs.
/// </summary>
internal static partial class MyDataLog
{
    [LoggerMessage(4006, LogLevel.Information, "Patient {PatientId} exported {Kind} as CSV")]
    public static partial void Exported(ILogger logger, Guid patientId, string kind);

    [LoggerMessage(4007, LogLevel.Information, "Patient {PatientId}'s records exported: {Resources} resources, {Tables} tables")]
    public static partial void ExportedEverything(ILogger logger, Guid patientId, int resources, int tables);
}
