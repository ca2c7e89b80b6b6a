namespace Lantern.Clinical.Screening;

/// <summary>The one outcome of suitability screening, least to most cautious. A provider always decides.</summary>
public enum SuitabilityOutcome
{
    DiscussAtHome,
    ClinicRecommended,
    NotNow,
}
