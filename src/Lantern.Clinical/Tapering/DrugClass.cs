namespace Lantern.Clinical.Tapering;

/// <summary>Which taper rules apply to a medicine: antidepressants follow NICE NG222, the rest ASAM 2025.</summary>
public enum DrugClass
{
    Antidepressant,
    Benzodiazepine,

    /// <summary>Zopiclone, zolpidem: tapered with the benzodiazepine rules and converted with the NHS Scotland table.</summary>
    ZDrug,
}
