namespace Lantern.Web.Platform.Time;

/// <summary>What the shared <c>_TimeZoneSelect</c> partial needs: the field, the zone chosen, and whether to detect one.</summary>
/// <param name="Detect">True when the person has not chosen yet: the browser's own zone is preselected by timezone.js.</param>
public sealed record TimeZoneSelectView(string Id, string Name, string? Selected, string DescribedBy, bool Invalid, bool Detect);
