namespace Lantern.Clinical.Costs;

/// <summary>
/// How often booster sessions follow the first course. Counted per month as whole sessions (weekly = 4), the way the
/// STAT 2019 monthly esketamine figures count them, so the estimator can be checked against that source.
/// </summary>
public enum BoosterFrequency
{
    None,
    Monthly,
    TwiceMonthly,
    Weekly,
}
