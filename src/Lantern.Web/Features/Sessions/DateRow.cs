namespace Lantern.Web.Features.Sessions;

/// <summary>One row of planned dates on the course form, bound as text so a bad value is shown back as typed.</summary>
public sealed class DateRow
{
    public string? Date { get; set; }
    public string? Time { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Time);
}
