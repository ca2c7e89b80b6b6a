using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Platform.Export;

/// <summary>
/// The FHIR R4 pieces every source builds the same way. Codes come only from FHIR's own code systems or from LOINC
/// codes that ../shared/reference/clinical.md verifies (held by Lantern.Clinical with their sources), or that the FHIR R4
/// core specification itself fixes (the vital-signs profiles); anything else is a text-only concept, never a made-up code.
/// </summary>
public static class ExportFhir
{
    public const string Loinc = "http://loinc.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>A concept with words only: Lantern's own kinds of record, which no verified code names.</summary>
    public static R4.CodeableConcept Text(string text) => new() { Text = text };

    /// <summary>A LOINC concept; pass only a code from a cited source.</summary>
    public static R4.CodeableConcept LoincConcept(string code, string text) => new(Loinc, code, text, text);

    /// <summary>An Observation category from FHIR's own code system (survey, vital-signs, …).</summary>
    public static R4.CodeableConcept Category(string code, string display) => new(ObservationCategory, code, display, null);

    public static R4.FhirDateTime DateTime(DateTimeOffset instant) => new(instant.ToUniversalTime());

    /// <summary>A whole day as a FHIR dateTime (a date alone is a valid dateTime).</summary>
    public static R4.FhirDateTime DateTime(DateOnly day) => new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static R4.Period Period(DateTimeOffset? start, DateTimeOffset? end) => new()
    {
        StartElement = start is { } s ? DateTime(s) : null,
        EndElement = end is { } e ? DateTime(e) : null,
    };

    public static R4.Period Period(DateOnly start, DateOnly? end) => new()
    {
        StartElement = DateTime(start),
        EndElement = end is { } e ? DateTime(e) : null,
    };

    /// <summary>A UCUM quantity; <paramref name="ucum"/> must be a valid UCUM code (mg, h, mm[Hg], /min).</summary>
    public static R4.Quantity Quantity(decimal value, string unit, string ucum) => new()
    {
        Value = value,
        Unit = unit,
        System = Ucum,
        Code = ucum,
    };

    /// <summary>An Observation component with a words-only code.</summary>
    public static R4.Observation.ComponentComponent Component(string text, R4.DataType value) => new() { Code = Text(text), Value = value };

    /// <summary>A note in the patient's own words.</summary>
    public static R4.Annotation Note(string text) => new() { Text = new R4.Markdown(text) };
}
