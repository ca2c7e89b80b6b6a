using Lantern.Clinical;

namespace Lantern.Web.Features.Tools;

/// <summary>A source as the API shows it: what it is and how well it was checked.</summary>
public sealed record SourceResponse(string Key, string Citation, string Status, string StatusLabel)
{
    public static SourceResponse From(Source source) =>
        new(source.Key, source.Citation, source.Status.ToCode(), source.Status.ToLabel());

    public static IReadOnlyList<SourceResponse> From(IEnumerable<Source> sources) =>
        sources.DistinctBy(s => s.Key).Select(From).ToArray();
}
