namespace Lantern.Web.Features.Taper.Export;

/// <summary>A downloaded file: the schedule as CSV, the step dates as iCalendar, or the printable plan as PDF.</summary>
public sealed record PlanExport(string FileName, string ContentType, byte[] Content);
