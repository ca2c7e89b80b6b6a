using Lantern.Clinical.Safety;

namespace Lantern.Web.Platform.Crisis;

/// <summary>A red flag as the API and pages show it; its words come from the clinical catalogue.</summary>
/// <param name="Level">Action level code: <c>emergency</c>, <c>contact-provider-today</c> or <c>mention-at-next-visit</c>.</param>
/// <param name="Kind">The kind of help it needs (a <see cref="CrisisRouteResponse.Kind"/> code), or null when it can wait.</param>
/// <param name="ShowCrisisResources">True when the crisis route must come first on the answer.</param>
public sealed record FlagResponse(string Code, string Title, string Level, string? Kind, string WhatToDo, bool ShowCrisisResources)
{
    public static FlagResponse From(RedFlag flag) =>
        new(flag.Code, flag.Title, flag.LevelCode, flag.Kind?.ToCode(), flag.WhatToDo, flag.ShowCrisisResources);

    public static IReadOnlyList<FlagResponse> From(IEnumerable<RedFlag> flags) => [.. flags.Select(From)];
}

/// <summary>
/// What an answer raised: its red flags (most urgent first), the alert records saved with it, and the crisis route
/// whenever any flag needs one, so help is on the very response that raised it.
/// </summary>
/// <param name="Level">The most urgent flag's level code, or null when nothing was raised.</param>
public sealed record SafetyResponse(string? Level, IReadOnlyList<FlagResponse> Flags, IReadOnlyList<Guid> AlertIds, CrisisRouteResponse? Crisis)
{
    public static SafetyResponse None { get; } = new(null, [], [], null);

    /// <summary>True when the answer must show the crisis route before anything else.</summary>
    public bool CrisisFirst => Flags.Any(f => f.ShowCrisisResources);

    public static SafetyResponse From(IReadOnlyList<RedFlag> flags, IEnumerable<Guid> alertIds, ICrisisPlace? person)
    {
        if (flags.Count == 0)
        {
            return None;
        }

        var ordered = flags.DistinctBy(f => f.Code).OrderByDescending(f => f.Level).ToArray();
        var kinds = CrisisKinds.Needed(ordered);
        return new SafetyResponse(
            ordered[0].LevelCode,
            FlagResponse.From(ordered),
            [.. alertIds],
            kinds.Count == 0 ? null : CrisisRoutes.For(kinds, CrisisRoutes.CountryFor(person)));
    }
}
