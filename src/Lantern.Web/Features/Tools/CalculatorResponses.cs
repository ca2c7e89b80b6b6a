using Lantern.Clinical;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Tools;

/// <summary>A source as the API shows it: what it is and how well it was checked.</summary>
public sealed record SourceResponse(string Key, string Citation, string Status, string StatusLabel)
{
    public static SourceResponse From(Source source) =>
        new(source.Key, source.Citation, source.Status.ToCode(), source.Status.ToLabel());

    public static IReadOnlyList<SourceResponse> From(IEnumerable<Source> sources) =>
        sources.DistinctBy(s => s.Key).Select(From).ToArray();
}

/// <summary>A red flag as the API shows it, with the calm words to act on.</summary>
public sealed record FlagResponse(string Code, string Title, string Level, string WhatToDo, bool ShowCrisisResources)
{
    public static FlagResponse From(RedFlag flag) => new(flag.Code, flag.Title, flag.LevelCode, flag.WhatToDo, flag.ShowCrisisResources);

    public static IReadOnlyList<FlagResponse> From(IEnumerable<RedFlag> flags) => flags.Select(From).ToArray();
}
