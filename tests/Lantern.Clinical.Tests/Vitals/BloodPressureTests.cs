using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;
using Lantern.Clinical.Vitals;

namespace Lantern.Clinical.Tests.Vitals;

// Vectors: clinical.md §8 (ACC/AHA 2017 Table 6 and the listed test vectors).
public sealed class BloodPressureTests
{
    [Theory]
    [InlineData(139, 89, BloodPressureCategory.Stage1Hypertension)]
    [InlineData(140, 70, BloodPressureCategory.Stage2Hypertension)]
    [InlineData(120, 90, BloodPressureCategory.Stage2Hypertension)]
    [InlineData(180, 100, BloodPressureCategory.Stage2Hypertension)] // 180 is not > 180
    [InlineData(181, 80, BloodPressureCategory.HypertensiveCrisis)]
    [InlineData(150, 121, BloodPressureCategory.HypertensiveCrisis)]
    public void Classify_ReferenceVector_Matches(int systolic, int diastolic, BloodPressureCategory expected) =>
        Assert.Equal(expected, BloodPressure.Classify(systolic, diastolic));

    [Theory]
    [InlineData(119, 79, BloodPressureCategory.Normal)]
    [InlineData(120, 79, BloodPressureCategory.Elevated)]
    [InlineData(129, 79, BloodPressureCategory.Elevated)]
    [InlineData(130, 79, BloodPressureCategory.Stage1Hypertension)]
    [InlineData(119, 80, BloodPressureCategory.Stage1Hypertension)]
    [InlineData(125, 85, BloodPressureCategory.Stage1Hypertension)]  // the higher category wins
    [InlineData(139, 70, BloodPressureCategory.Stage1Hypertension)]
    [InlineData(110, 89, BloodPressureCategory.Stage1Hypertension)]
    [InlineData(110, 90, BloodPressureCategory.Stage2Hypertension)]
    [InlineData(180, 120, BloodPressureCategory.Stage2Hypertension)]
    [InlineData(180, 121, BloodPressureCategory.HypertensiveCrisis)]
    [InlineData(181, 60, BloodPressureCategory.HypertensiveCrisis)]
    public void Classify_BandEdge_Matches(int systolic, int diastolic, BloodPressureCategory expected) =>
        Assert.Equal(expected, BloodPressure.Classify(systolic, diastolic));

    [Theory]
    [InlineData(139, 89, DosingDayAdvice.NoConcernFromThisReading)]
    [InlineData(140, 70, DosingDayAdvice.CheckWithProviderBeforeDosing)]
    [InlineData(120, 90, DosingDayAdvice.CheckWithProviderBeforeDosing)]
    [InlineData(180, 120, DosingDayAdvice.CheckWithProviderBeforeDosing)]
    [InlineData(181, 80, DosingDayAdvice.UrgentSeekCareNow)]
    [InlineData(150, 121, DosingDayAdvice.UrgentSeekCareNow)]
    public void AssessForDosingDay_DefaultThresholds_Stage2ChecksCrisisIsUrgent(int systolic, int diastolic, DosingDayAdvice advice)
    {
        var result = BloodPressure.AssessForDosingDay(systolic, diastolic);

        Assert.Equal(advice, result.Advice);
        Assert.Equal(ThresholdOrigin.AccAha2017Default, result.Thresholds.Origin);
        Assert.Contains("no ketamine-specific cut-off", result.SourceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessForDosingDay_Crisis_RaisesEmergencyRedFlagWithUrgentWords()
    {
        var result = BloodPressure.AssessForDosingDay(185, 100);

        Assert.Equal(RedFlags.BloodPressureUrgent, result.Flag);
        Assert.Equal(ActionLevel.Emergency, result.Flag!.Level);
        Assert.StartsWith("Urgent: seek care now.", result.Message, StringComparison.Ordinal);
        Assert.Equal("urgent-seek-care-now", result.AdviceCode);
    }

    [Fact]
    public void AssessForDosingDay_Stage2_RaisesCheckBeforeDosingFlag()
    {
        var result = BloodPressure.AssessForDosingDay(145, 85);

        Assert.Equal(RedFlags.BloodPressureCheckBeforeDosing, result.Flag);
        Assert.StartsWith("Check with your provider before dosing.", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessForDosingDay_Normal_NoFlag() =>
        Assert.Null(BloodPressure.AssessForDosingDay(118, 76).Flag);

    [Fact]
    public void AssessForDosingDay_ClinicianStricterThresholds_AppliedAndLabelled()
    {
        var mine = BloodPressureThresholds.ForClinicianOverride(130, 85, 160, 100, "Dr Example");

        var check = BloodPressure.AssessForDosingDay(132, 80, mine);
        var urgent = BloodPressure.AssessForDosingDay(161, 80, mine);

        Assert.Equal(DosingDayAdvice.CheckWithProviderBeforeDosing, check.Advice);
        Assert.Equal(BloodPressureCategory.Stage1Hypertension, check.Category); // category stays ACC/AHA
        Assert.Equal(DosingDayAdvice.UrgentSeekCareNow, urgent.Advice);
        Assert.Equal(ThresholdOrigin.ClinicianOverride, check.Thresholds.Origin);
        Assert.Equal("Dr Example", check.Thresholds.SetBy);
        Assert.Contains("set for you by your clinician", check.SourceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessForDosingDay_ClinicianRaisesCheckLevel_AllowedButUrgentStillAt180()
    {
        var mine = BloodPressureThresholds.ForClinicianOverride(160, 100, 180, 120, "Dr Example");

        Assert.Equal(DosingDayAdvice.NoConcernFromThisReading, BloodPressure.AssessForDosingDay(150, 95, mine).Advice);
        Assert.Equal(DosingDayAdvice.UrgentSeekCareNow, BloodPressure.AssessForDosingDay(181, 95, mine).Advice);
    }

    [Theory]
    [InlineData(140, 90, 181, 120, "urgentSystolicAbove")]
    [InlineData(140, 90, 180, 121, "urgentDiastolicAbove")]
    [InlineData(170, 90, 160, 110, "checkSystolicAtOrAbove")]
    [InlineData(140, 115, 170, 110, "checkDiastolicAtOrAbove")]
    [InlineData(50, 90, 170, 110, "checkSystolicAtOrAbove")]
    public void ForClinicianOverride_LaxerThanCrisisOrInconsistent_RejectedNamingField(
        int checkSys, int checkDia, int urgentSys, int urgentDia, string field)
    {
        var ex = Assert.Throws<ClinicalInputException>(() =>
            BloodPressureThresholds.ForClinicianOverride(checkSys, checkDia, urgentSys, urgentDia, "Dr Example"));

        Assert.Contains(field, ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ForClinicianOverride_NoClinicianNamed_Rejected() =>
        Assert.Equal("setBy", Assert.Throws<ClinicalInputException>(() =>
            BloodPressureThresholds.ForClinicianOverride(140, 90, 180, 120, " ")).Field);

    [Fact]
    public void AssessForDosingDay_AnyValidOverride_CrisisReadingAlwaysUrgent()
    {
        var random = new Random(180);
        for (var n = 0; n < 2_000; n++)
        {
            var urgentSys = random.Next(100, 181);
            var urgentDia = random.Next(60, 121);
            var mine = BloodPressureThresholds.ForClinicianOverride(
                random.Next(80, urgentSys + 1), random.Next(40, urgentDia + 1), urgentSys, urgentDia, "Dr Example");

            // A crisis reading: systolic over 180, or diastolic over 120 (systolic always above diastolic).
            int systolic, diastolic;
            if (random.Next(2) == 0)
            {
                systolic = random.Next(181, BloodPressure.MaxSystolic + 1);
                diastolic = random.Next(BloodPressure.MinDiastolic, Math.Min(BloodPressure.MaxDiastolic, systolic - 1) + 1);
            }
            else
            {
                diastolic = random.Next(121, BloodPressure.MaxDiastolic + 1);
                systolic = random.Next(diastolic + 1, BloodPressure.MaxSystolic + 1);
            }

            Assert.Equal(DosingDayAdvice.UrgentSeekCareNow, BloodPressure.AssessForDosingDay(systolic, diastolic, mine).Advice);
        }
    }

    [Fact]
    public void AssessForDosingDay_EveryPlausibleReadingWithDefaults_AdviceMatchesCategory()
    {
        for (var s = BloodPressure.MinSystolic; s <= BloodPressure.MaxSystolic; s++)
        {
            for (var d = BloodPressure.MinDiastolic; d <= BloodPressure.MaxDiastolic && d < s; d++)
            {
                var result = BloodPressure.AssessForDosingDay(s, d);
                var expected = result.Category switch
                {
                    BloodPressureCategory.HypertensiveCrisis => DosingDayAdvice.UrgentSeekCareNow,
                    BloodPressureCategory.Stage2Hypertension => DosingDayAdvice.CheckWithProviderBeforeDosing,
                    _ => DosingDayAdvice.NoConcernFromThisReading,
                };
                Assert.Equal(expected, result.Advice);
            }
        }
    }

    [Theory]
    [InlineData(39, 30, "systolic")]
    [InlineData(301, 80, "systolic")]
    [InlineData(120, 19, "diastolic")]
    [InlineData(120, 201, "diastolic")]
    [InlineData(80, 120, "systolic")] // swapped numbers
    [InlineData(90, 90, "systolic")]
    public void Classify_ImplausibleReading_RejectedNamingField(int systolic, int diastolic, string field) =>
        Assert.Equal(field, Assert.Throws<ClinicalInputException>(() => BloodPressure.Classify(systolic, diastolic)).Field);

    [Fact]
    public void Defaults_AreAccAha2017Stage2AndCrisis()
    {
        var d = BloodPressureThresholds.AccAha2017Default;

        Assert.Equal((140, 90, 180, 120), (d.CheckSystolicAtOrAbove, d.CheckDiastolicAtOrAbove, d.UrgentSystolicAbove, d.UrgentDiastolicAbove));
        Assert.Null(d.SetBy);
    }
}
