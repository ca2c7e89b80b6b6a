using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Onboarding answered so far: saved each time the person continues, so that leaving half-way (closing the tab,
/// signing out) loses nothing and they come back to the first step not yet done. One per patient; removed in the same
/// save as the finished screening. Health history as sensitive as the screening's, so owner-only like it.
/// </summary>
public sealed class OnboardingDraft : PatientRecord
{
    /// <summary>The answers as typed (<see cref="OnboardingAnswers"/>), as JSON.</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>Which steps passed their checks, one bit each (bit 0 is step 1).</summary>
    public int StepsDone { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public OnboardingAnswers Answers() =>
        JsonSerializer.Deserialize<OnboardingAnswers>(AnswersJson, CompleteOnboardingHandler.StoredJson) ?? new OnboardingAnswers();

    public void Keep(OnboardingAnswers answers, OnboardingStep step, bool done, DateTimeOffset now)
    {
        AnswersJson = JsonSerializer.Serialize(answers.Kept(), CompleteOnboardingHandler.StoredJson);
        var bit = 1 << (step.Number - 1);
        StepsDone = done ? StepsDone | bit : StepsDone & ~bit;
        UpdatedAt = now;
    }

    public OnboardingProgress Progress() => new(Answers(), StepsDone);
}

/// <summary>Where a person is in onboarding: their answers so far and which steps are done.</summary>
public sealed record OnboardingProgress(OnboardingAnswers Answers, int StepsDone)
{
    public static OnboardingProgress NotStarted => new(new OnboardingAnswers(), 0);

    public bool IsDone(int step) => (StepsDone & (1 << (step - 1))) != 0;

    /// <summary>The first step not done yet: where they resume, and as far as they may go. The last step when all are done.</summary>
    public int FirstUnfinished => OnboardingSteps.All.FirstOrDefault(s => !IsDone(s.Number))?.Number ?? OnboardingSteps.Count;
}

internal sealed class OnboardingDraftConfiguration : IEntityTypeConfiguration<OnboardingDraft>
{
    public void Configure(EntityTypeBuilder<OnboardingDraft> builder)
    {
        builder.ToPatientRecordTable("OnboardingDrafts");
        builder.HasIndex(d => d.PatientId).IsUnique();
        builder.Property(d => d.AnswersJson).HasMaxLength(4000);
    }
}
