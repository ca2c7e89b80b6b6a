namespace Lantern.Clinical.Tapering;

/// <summary>A conversion to an approximate daily diazepam dose, naming the table it came from.</summary>
/// <param name="Drug">Canonical generic name as held in the table.</param>
/// <param name="DiazepamMg">Approximate diazepam mg/day; a range when the source row is a range.</param>
/// <param name="Note">Why a table other than the requested default was used, if one was.</param>
/// <param name="Caution">Always shown: these are approximate and a prescriber decides any switch.</param>
public sealed record DiazepamEquivalentResult(
    string Drug,
    decimal DailyDoseMg,
    DoseRange DiazepamMg,
    BenzodiazepineTable Table,
    BenzodiazepineEquivalence Row,
    Source Source,
    string? Note,
    string Caution)
{
    public string TableCode => Table.ToCode();

    public string TableName => Table.DisplayName();
}
