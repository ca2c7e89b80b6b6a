namespace Lantern.Clinical.Opioids;

/// <summary>The unit a dose is entered in. CDC 2022: mg/day for all opioids except transdermal fentanyl (mcg/hr).</summary>
public enum DoseUnit
{
    MilligramsPerDay,
    MicrogramsPerHour,
}
