namespace Lantern.Clinical.Tapering;

/// <summary>
/// Where a formulation fact was read. <see cref="EvidenceStatus.Verified"/> means the regulator's or maker's own
/// page (e.g. the UK eMC, DailyMed, FDA label); <see cref="EvidenceStatus.Secondary"/> means a third-party copy of a
/// label or leaflet. Products differ between countries and makers, so every screen should still say "check your
/// own pack".
/// </summary>
public sealed record FormulationSource(string Title, string Url, EvidenceStatus Status)
{
    public string StatusCode => Status.ToCode();
}
