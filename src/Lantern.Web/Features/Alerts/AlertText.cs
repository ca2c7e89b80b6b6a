using Lantern.Clinical;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Alerts in words, for every page that lists them (the alerts page, the dashboard): the Alerts feature's public
/// surface for showing an alert.
/// </summary>
public static class AlertText
{
    /// <summary>ViewData key for the zone the alert list formats times in.</summary>
    public const string TimeZoneKey = "journey-zone";

    /// <summary>ViewData key for the names of care-team members who acknowledged alerts in the list.</summary>
    public const string AcknowledgedByKey = "alerts-acknowledged-by";

    /// <summary>A stored level code in plain words (from Lantern.Clinical's one list); an unknown code says so plainly.</summary>
    public static string LevelText(string level) =>
        Enum.GetValues<ActionLevel>().Where(l => l.ToCode() == level).Select(l => l.ToWords()).FirstOrDefault() ?? "Talk to your care team";

    /// <summary>When it happened, in the reader's zone, or in UTC (saying so) when the page knows no zone.</summary>
    public static string When(DateTimeOffset instant, object? zone) =>
        zone is string id ? LocalTime.DateAndTime(instant, id) : LocalTime.DateAndTime(instant, "UTC") + " UTC";
}
