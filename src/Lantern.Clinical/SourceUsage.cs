namespace Lantern.Clinical;

/// <summary>One rule that relies on one source. <paramref name="Rule"/> reads like <c>Phq9.SeverityFor</c>.</summary>
public sealed record SourceUsage(Source Source, string Rule);
