using Lantern.Clinical.Safety;
using Lantern.Web.Features.Journey;

namespace Lantern.Web.Features.Alerts;

/// <summary>One way to reach help, ready for a link: <c>tel:</c> or <c>sms:</c>.</summary>
public sealed record CrisisLineResponse(string Name, string Action, string Display, string Href, string WhenToUse, bool IsEmergencyNumber);

/// <summary>
/// The crisis route for one person: the checked lines for their country from Lantern.Clinical's CrisisDirectory,
/// emergency number first. When we hold no checked lines for their country, <see cref="Lines"/> is empty and the
/// page says to call the local emergency number and offers /help, where any listed country can be chosen.
/// </summary>
public sealed record CrisisRouteResponse(string? CountryCode, string? CountryName, IReadOnlyList<CrisisLineResponse> Lines, string HelpPage)
{
    public static CrisisRouteResponse For(PatientProfile profile)
    {
        var code = profile.CrisisCountry ?? CrisisDirectory.CountryForTimeZone(profile.TimeZone);
        var resources = CrisisDirectory.ForCountry(code);
        if (resources is null)
        {
            return new CrisisRouteResponse(null, null, [], "/help");
        }

        var lines = resources.Contacts
            .OrderByDescending(c => c.IsEmergencyNumber)
            .Select(c => new CrisisLineResponse(c.Name, Help.IndexModel.Verb(c), c.Display, Help.IndexModel.Href(c), c.WhenToUse, c.IsEmergencyNumber))
            .ToArray();
        return new CrisisRouteResponse(resources.CountryCode, resources.CountryName, lines, "/help");
    }
}

/// <summary>A red flag as the API and pages show it.</summary>
public sealed record FlagResponse(string Code, string Title, string Level, string WhatToDo, bool ShowCrisisResources)
{
    public static FlagResponse From(RedFlag flag) => new(flag.Code, flag.Title, flag.LevelCode, flag.WhatToDo, flag.ShowCrisisResources);
}

/// <summary>
/// What a submission raised: its red flags (most urgent first), the alert records created, and the crisis route.
/// The route is present whenever any flag was raised, so help is on the very response that raised it.
/// </summary>
public sealed record SafetyResponse(string? Level, IReadOnlyList<FlagResponse> Flags, IReadOnlyList<Guid> AlertIds, CrisisRouteResponse? Crisis)
{
    public static SafetyResponse None { get; } = new(null, [], [], null);

    public bool CrisisFirst => Flags.Any(f => f.ShowCrisisResources);

    public static SafetyResponse From(IReadOnlyList<RedFlag> flags, IReadOnlyList<Alert> alerts, PatientProfile profile)
    {
        if (flags.Count == 0)
        {
            return None;
        }

        var ordered = flags.DistinctBy(f => f.Code).OrderByDescending(f => f.Level).ToArray();
        return new SafetyResponse(
            ordered[0].LevelCode,
            ordered.Select(FlagResponse.From).ToArray(),
            alerts.Select(a => a.Id).ToArray(),
            CrisisRouteResponse.For(profile));
    }
}
