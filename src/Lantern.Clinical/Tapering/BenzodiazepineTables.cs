using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

/// <summary>Codes, names and sources for <see cref="BenzodiazepineTable"/>.</summary>
public static class BenzodiazepineTables
{
    public static IReadOnlyList<string> AcceptedCodes { get; } = ["ashton", "va-dod", "nhs-scotland"];

    public static string ToCode(this BenzodiazepineTable table) => table switch
    {
        BenzodiazepineTable.Ashton => "ashton",
        BenzodiazepineTable.VaDod => "va-dod",
        BenzodiazepineTable.NhsScotland => "nhs-scotland",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    public static string DisplayName(this BenzodiazepineTable table) => table switch
    {
        BenzodiazepineTable.Ashton => "Ashton Manual (2002), as reproduced in ASAM 2025 Table 7",
        BenzodiazepineTable.VaDod => "VA/DoD SUD guideline (2021), as reproduced in ASAM 2025 Table 7",
        BenzodiazepineTable.NhsScotland => "NHS Scotland, Benzodiazepines and Z-drugs: quality prescribing",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    public static Source Source(this BenzodiazepineTable table) => table switch
    {
        BenzodiazepineTable.Ashton => Refs.AshtonViaAsam2025,
        BenzodiazepineTable.VaDod => Refs.VaDodViaAsam2025,
        BenzodiazepineTable.NhsScotland => Refs.NhsScotlandBenzodiazepines,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>Parses a table code (<c>ashton</c>, <c>va-dod</c>, <c>nhs-scotland</c>); null or blank means "not chosen".</summary>
    /// <exception cref="ClinicalInputException">Unknown code; lists the accepted codes.</exception>
    public static BenzodiazepineTable? Parse(string? code, string field = "table")
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return InputErrors.NormaliseName(code) switch
        {
            "ashton" => BenzodiazepineTable.Ashton,
            "va-dod" or "vadod" or "va/dod" => BenzodiazepineTable.VaDod,
            "nhs-scotland" => BenzodiazepineTable.NhsScotland,
            _ => throw new ClinicalInputException(new InputError(
                field, $"Unknown table '{code}'. Use one of: {string.Join(", ", AcceptedCodes)}.", AcceptedCodes)),
        };
    }
}
