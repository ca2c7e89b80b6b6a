using Firely.Fhir.Validation;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Security;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Tests.Features.MyData;

/// <summary>
/// The export's FHIR R4 Bundle, checked by Firely's validator against the R4 core specification (the specification.zip
/// that Hl7.Fhir.Specification.Data.R4 ships, with its own terminology: nothing is fetched), for the demo patient's
/// whole history plus one record of every other kind. Zero errors is the bar.
/// </summary>
public sealed class FhirBundleValidationTests(SharedApp app)
{
    private static readonly Lazy<Validator> CoreValidator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    [Fact]
    public async Task DemoPatientsBundle_ValidatesAgainstTheR4CoreSpecification_WithNoErrors()
    {
        var patient = await TestUser.CreateAsync(app);
        await ExportArchiveReader.SeedDemoHistoryAsync(app, patient);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var export = await ExportArchiveReader.DownloadAsync(patient.Client, "/api/v1/me/export?journals=true");
        TestContext.Current.TestOutputHelper?.WriteLine($"Export of the demo patient took {started.ElapsedMilliseconds} ms (first request, cold).");
        started.Restart();
        await ExportArchiveReader.DownloadAsync(patient.Client, "/api/v1/me/export?journals=true");
        TestContext.Current.TestOutputHelper?.WriteLine($"Export of the demo patient took {started.ElapsedMilliseconds} ms (second request).");

        AssertValid(export.Bundle);
        Assert.Contains(export.Bundle.Entry, e => e.Resource is R4.QuestionnaireResponse);
        Assert.Contains(export.Bundle.Entry, e => e.Resource is R4.Procedure);
        Assert.Contains(export.Bundle.Entry, e => e.Resource is R4.Observation { Code.Coding: [{ Code: "85354-9" }] });
    }

    [Fact]
    public async Task OneRecordOfEveryKind_ValidatesAgainstTheR4CoreSpecification_WithNoErrors()
    {
        var records = await PatientRecords.CreateAsync(app);

        var export = await ExportArchiveReader.DownloadAsync(records.Patient.Client, "/api/v1/me/export?journals=true");

        AssertValid(export.Bundle);
        Assert.Contains(export.Bundle.Entry, e => e.Resource is R4.MedicationStatement);
        Assert.Contains(export.Bundle.Entry, e => e.Resource is R4.Flag);
    }

    [Fact]
    public async Task TheValidator_FindsAnErrorInABrokenBundle()
    {
        var records = await PatientRecords.CreateAsync(app);
        var bundle = (await ExportArchiveReader.DownloadAsync(records.Patient.Client, "/api/v1/me/export")).Bundle;
        var bloodPressure = bundle.Entry.Select(e => e.Resource).OfType<R4.Observation>().First(o => o.Code.Coding is [{ Code: "85354-9" }]);
        bloodPressure.Component.RemoveAt(1);
        bloodPressure.Status = null;

        var outcome = CoreValidator.Value.Validate(bundle);

        Assert.Contains(outcome.Issue, i => i.Severity == R4.OperationOutcome.IssueSeverity.Error);
    }

    private static void AssertValid(R4.Bundle bundle)
    {
        var outcome = CoreValidator.Value.Validate(bundle);

        var problems = outcome.Issue
            .Where(i => i.Severity is R4.OperationOutcome.IssueSeverity.Error or R4.OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Expression.FirstOrDefault() ?? i.Location.FirstOrDefault()}: {i.Details?.Text ?? i.Diagnostics}")
            .ToList();
        var warnings = outcome.Issue.Count(i => i.Severity == R4.OperationOutcome.IssueSeverity.Warning);
        TestContext.Current.TestOutputHelper?.WriteLine($"{bundle.Entry.Count} entries, {problems.Count} errors, {warnings} warnings.");
        foreach (var warning in outcome.Issue.Where(i => i.Severity == R4.OperationOutcome.IssueSeverity.Warning).Take(10))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"warning {warning.Expression.FirstOrDefault()}: {warning.Details?.Text}");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
        Assert.Contains(bundle.Entry, e => e.Resource is R4.Patient);
    }
}
