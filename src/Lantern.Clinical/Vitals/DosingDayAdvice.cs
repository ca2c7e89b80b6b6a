namespace Lantern.Clinical.Vitals;

/// <summary>What a reading means for today's dose, under the person's thresholds.</summary>
public enum DosingDayAdvice
{
    /// <summary>Below the check threshold: this reading raises no concern on its own.</summary>
    NoConcernFromThisReading,

    /// <summary>At or above the check threshold: check with your provider before dosing.</summary>
    CheckWithProviderBeforeDosing,

    /// <summary>Above the urgent threshold: urgent, seek care now.</summary>
    UrgentSeekCareNow,
}
