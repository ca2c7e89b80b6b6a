using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// One alert as a caregiver or therapist reads it (issue 15): what happened to whom, what they can do now, and the
/// crisis lines for the country where the person is — never the words written to the person themselves. Every page
/// that shows someone else's alert renders it through <c>_SharedSupporterAlert.cshtml</c> with this.
/// </summary>
/// <param name="ReaderTimeZone">The reader's zone: times are shown in their own day.</param>
/// <param name="PersonPlace">Where the person is, for their crisis lines (their country, not the reader's).</param>
/// <param name="ReturnTo">A local address to come back to after "I have seen this".</param>
[SharedWithOtherFeatures]
public sealed record SupporterAlertView(
    Guid PatientId,
    string PatientName,
    AlertResponse Alert,
    string ReaderTimeZone,
    ICrisisPlace PersonPlace,
    string? AcknowledgedByName,
    string ReturnTo)
{
    public SupporterAlertWords Words => RedFlags.ForCode(Alert.FlagCode) is { } flag
        ? SupporterAlertWords.For(flag, PatientName)
        : SupporterAlertWords.ForUnknown(PatientName);

    /// <summary>How soon, in the supporter's terms; an unknown stored level reads as needing attention today.</summary>
    public string Urgency => SupporterAlertWords.Urgency(
        Enum.GetValues<ActionLevel>().Where(l => l.ToCode() == Alert.Level).Cast<ActionLevel?>().FirstOrDefault() ?? ActionLevel.ContactProviderToday);

    /// <summary>The crisis lines to show beside the alert, for the person's country; null when the alert needs none.</summary>
    public CrisisRouteResponse? Crisis => Alert.ShowCrisisResources
        ? CrisisRoutes.For(RedFlags.ForCode(Alert.FlagCode)?.Kind ?? CrisisKind.MentalHealthCrisis, PersonPlace)
        : null;
}
