using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Costs;

/// <summary>Stable codes, plain names and parsing for the estimator's choices, so the API and the page spell them alike.</summary>
public static class CostCodes
{
    public static IReadOnlyList<string> RouteCodes { get; } = ["at-home", "iv", "esketamine"];

    public static IReadOnlyList<string> InsuranceCodes { get; } = ["unknown", "yes", "no"];

    public static IReadOnlyList<string> BoosterCodes { get; } = ["none", "monthly", "twice-monthly", "weekly"];

    public static string ToCode(this TreatmentRoute route) => route switch
    {
        TreatmentRoute.AtHomeLozenges => "at-home",
        TreatmentRoute.IvInClinic => "iv",
        TreatmentRoute.Esketamine => "esketamine",
    };

    public static string DisplayName(this TreatmentRoute route) => route switch
    {
        TreatmentRoute.AtHomeLozenges => "Ketamine lozenges at home",
        TreatmentRoute.IvInClinic => "IV ketamine in a clinic",
        TreatmentRoute.Esketamine => "Esketamine nasal spray (Spravato) in a clinic",
    };

    public static string ToCode(this InsuranceStatus insurance) => insurance switch
    {
        InsuranceStatus.Unknown => "unknown",
        InsuranceStatus.Yes => "yes",
        InsuranceStatus.No => "no",
    };

    public static string ToCode(this BoosterFrequency boosters) => boosters switch
    {
        BoosterFrequency.None => "none",
        BoosterFrequency.Monthly => "monthly",
        BoosterFrequency.TwiceMonthly => "twice-monthly",
        BoosterFrequency.Weekly => "weekly",
    };

    public static string DisplayName(this BoosterFrequency boosters) => boosters switch
    {
        BoosterFrequency.None => "No boosters",
        BoosterFrequency.Monthly => "Once a month",
        BoosterFrequency.TwiceMonthly => "Twice a month",
        BoosterFrequency.Weekly => "Once a week (4 a month)",
    };

    /// <summary>Whole booster sessions in one month; a week is counted as a quarter of a month.</summary>
    public static int SessionsPerMonth(this BoosterFrequency boosters) => boosters switch
    {
        BoosterFrequency.None => 0,
        BoosterFrequency.Monthly => 1,
        BoosterFrequency.TwiceMonthly => 2,
        BoosterFrequency.Weekly => 4,
    };

    internal static TreatmentRoute? ParseRoute(string? code, List<InputError> errors)
    {
        switch (InputErrors.NormaliseName(code))
        {
            case "at-home" or "athome" or "lozenges" or "at-home-lozenges":
                return TreatmentRoute.AtHomeLozenges;
            case "iv" or "iv-in-clinic" or "infusion":
                return TreatmentRoute.IvInClinic;
            case "esketamine" or "spravato":
                return TreatmentRoute.Esketamine;
            case "":
                errors.Add(new InputError("route", "Choose how the ketamine would be given.", RouteCodes));
                return null;
            default:
                errors.Add(new InputError("route", $"Unknown route '{code}'.", RouteCodes));
                return null;
        }
    }

    internal static InsuranceStatus? ParseInsurance(string? code, List<InputError> errors)
    {
        switch (InputErrors.NormaliseName(code))
        {
            case "" or "unknown" or "not-sure":
                return InsuranceStatus.Unknown;
            case "yes":
                return InsuranceStatus.Yes;
            case "no":
                return InsuranceStatus.No;
            default:
                errors.Add(new InputError("insurance", $"Unknown insurance answer '{code}'.", InsuranceCodes));
                return null;
        }
    }

    internal static BoosterFrequency? ParseBoosters(string? code, List<InputError> errors)
    {
        switch (InputErrors.NormaliseName(code))
        {
            case "" or "none":
                return BoosterFrequency.None;
            case "monthly":
                return BoosterFrequency.Monthly;
            case "twice-monthly":
                return BoosterFrequency.TwiceMonthly;
            case "weekly":
                return BoosterFrequency.Weekly;
            default:
                errors.Add(new InputError("boosters", $"Unknown booster frequency '{code}'.", BoosterCodes));
                return null;
        }
    }
}
