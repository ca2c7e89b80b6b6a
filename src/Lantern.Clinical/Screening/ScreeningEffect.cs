namespace Lantern.Clinical.Screening;

/// <summary>What one reason does to the outcome. Values rise with caution; the highest effect sets the outcome.</summary>
public enum ScreeningEffect
{
    /// <summary>Worth knowing; does not change the outcome.</summary>
    Information,

    ClinicRecommended,

    NotNow,
}
