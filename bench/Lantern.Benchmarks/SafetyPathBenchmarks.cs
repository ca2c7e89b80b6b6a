using BenchmarkDotNet.Attributes;
using Lantern.Clinical.Screening;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Vitals;

namespace Lantern.Benchmarks;

/// <summary>Dosing-day blood pressure and the full suitability screening (which also scores PHQ-9/GAD-7 and converts doses).</summary>
[MemoryDiagnoser]
public class SafetyPathBenchmarks
{
    private readonly SuitabilityAnswers answers = new()
    {
        AgeYears = 42,
        Pregnant = HistoryAnswer.No,
        BreastFeeding = HistoryAnswer.No,
        PsychosisHistory = HistoryAnswer.No,
        ManiaHistory = HistoryAnswer.NotSure,
        SubstanceUseDisorder = HistoryAnswer.No,
        AneurysmOrArteriovenousMalformation = HistoryAnswer.No,
        IntracerebralHaemorrhage = HistoryAnswer.No,
        UncontrolledBloodPressureOrHeartDisease = HistoryAnswer.No,
        KetamineAllergy = HistoryAnswer.No,
        SupportAtHome = SupportAtHome.AdultPresentDuringDoses,
        Benzodiazepines = [new BenzodiazepineDose("clonazepam", 1m)],
        Phq9Answers = [2, 2, 2, 2, 2, 1, 1, 0, 0],
        Gad7Answers = [1, 2, 2, 1, 0, 3, 1],
        RecentSystolic = 134,
        RecentDiastolic = 84,
    };

    private readonly BloodPressureThresholds clinicianThresholds =
        BloodPressureThresholds.ForClinicianOverride(135, 85, 170, 110, "Benchmark clinician");

    private readonly int systolic = 142;

    [Benchmark]
    public BloodPressureAssessment BloodPressureDefaults() => BloodPressure.AssessForDosingDay(systolic, 88);

    [Benchmark]
    public BloodPressureAssessment BloodPressureClinicianOverride() => BloodPressure.AssessForDosingDay(systolic, 88, clinicianThresholds);

    [Benchmark]
    public SuitabilityResult SuitabilityScreeningFull() => SuitabilityScreening.Evaluate(answers);
}
