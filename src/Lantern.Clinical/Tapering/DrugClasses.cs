namespace Lantern.Clinical.Tapering;

/// <summary>Stable codes for <see cref="DrugClass"/>.</summary>
public static class DrugClasses
{
    public static string ToCode(this DrugClass drugClass) => drugClass switch
    {
        DrugClass.Antidepressant => "antidepressant",
        DrugClass.Benzodiazepine => "benzodiazepine",
        DrugClass.ZDrug => "z-drug",
        _ => throw new ArgumentOutOfRangeException(nameof(drugClass), drugClass, null),
    };

    /// <summary>True when ASAM's benzodiazepine taper limits apply.</summary>
    public static bool UsesBenzodiazepineRules(this DrugClass drugClass) => drugClass != DrugClass.Antidepressant;
}
