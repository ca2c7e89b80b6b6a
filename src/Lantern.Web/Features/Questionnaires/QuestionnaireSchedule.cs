using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// How often a patient is asked to repeat the PHQ-9 and GAD-7. A product setting, not a clinical rule: the patient
/// (with their provider) picks weekly, fortnightly or four-weekly. No row means the default.
/// </summary>
[SharedWithOtherFeatures]
public sealed class QuestionnaireSchedule : PatientRecord
{
    public const int DefaultIntervalDays = 14;

    public static IReadOnlyList<int> AllowedIntervals { get; } = [7, 14, 28];

    /// <summary>The instruments that fall due on the schedule; the PCL-5 is taken when the patient chooses.</summary>
    public static IReadOnlyList<string> ScheduledInstruments { get; } = ["phq9", "gad7"];

    public int IntervalDays { get; set; } = DefaultIntervalDays;
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class QuestionnaireScheduleConfiguration : IEntityTypeConfiguration<QuestionnaireSchedule>
{
    public void Configure(EntityTypeBuilder<QuestionnaireSchedule> builder)
    {
        builder.ToPatientRecordTable("QuestionnaireSchedules");
        builder.HasIndex(s => s.PatientId).IsUnique();
    }
}
