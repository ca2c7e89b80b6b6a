using Lantern.Clinical;

namespace Lantern.Web.Platform.Sources;

/// <summary>
/// A published source as every API answer shows it: what it is, how well it was checked (a code for programs and
/// plain words for people) and where to read it. One shape for every feature, so a client reads sources one way.
/// </summary>
public sealed record SourceResponse(string Key, string Citation, string Status, string StatusLabel, string? Link)
{
    public static SourceResponse From(Source source) =>
        new(source.Key, source.Citation, source.StatusCode, source.StatusLabel, source.Link);

    /// <summary>Each source once, in the order given.</summary>
    public static IReadOnlyList<SourceResponse> From(IEnumerable<Source> sources) =>
        sources.DistinctBy(s => s.Key).Select(From).ToArray();
}
