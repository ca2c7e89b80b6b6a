namespace Lantern.Web.Platform.Crisis;

/// <summary>One way to reach help, ready for a link: <c>tel:</c> or <c>sms:</c>.</summary>
/// <param name="Action">The verb for the link, e.g. "Call or text" or "Text HOME to".</param>
public sealed record CrisisLineResponse(string Name, string Action, string Display, string Href, string WhenToUse, bool IsEmergencyNumber);

/// <summary>
/// The crisis route: where to turn, for one kind of emergency and one person's country. <see cref="Lead"/> says what
/// to do first and <see cref="Lines"/> are in the order to try them. With no country we hold checked lines for,
/// <see cref="Lines"/> is empty, <see cref="Lead"/> says to call the local emergency number and <see cref="HelpPage"/>
/// lets the person choose their country. Every feature, page and API alike, answers a red flag with this shape.
/// </summary>
/// <param name="Kind">
/// <c>mental-health-crisis</c>, <c>medical-emergency</c> or <c>urgent-same-day-care</c>: the kind that leads when
/// several are needed at once.
/// </param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the lines shown, or null when none are.</param>
/// <param name="HelpText">Words for the link to <see cref="HelpPage"/>.</param>
public sealed record CrisisRouteResponse(
    string Kind,
    string Heading,
    string Lead,
    string? CountryCode,
    string? CountryName,
    IReadOnlyList<CrisisLineResponse> Lines,
    string HelpPage,
    string HelpText);
