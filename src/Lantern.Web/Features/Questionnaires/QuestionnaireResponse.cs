using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// One completed questionnaire (PHQ-9, GAD-7 or PCL-5). The answers are stored as given; total and band are stored
/// too so lists and exports need no re-scoring. Read under <see cref="AccessScope.Questionnaires"/>.
/// </summary>
[SharedWithOtherFeatures]
public sealed class QuestionnaireResponse : PatientRecord
{

    /// <summary>Instrument code from Lantern.Clinical: <c>phq9</c>, <c>gad7</c> or <c>pcl5</c>.</summary>
    public required string Instrument { get; init; }

    /// <summary>Item answers in order, comma-separated.</summary>
    public required string Answers { get; init; }

    public int Total { get; init; }
    public required string Band { get; init; }

    /// <summary>Red-flag codes raised, comma-separated.</summary>
    public string Flags { get; init; } = string.Empty;

    /// <summary>The patient's local date when it was completed.</summary>
    public DateOnly Day { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Answered as part of onboarding (the baseline), rather than on its own.</summary>
    public bool FromOnboarding { get; init; }

    public IReadOnlyList<int> AnswerList() => Answers.Split(',').Select(int.Parse).ToArray();

    /// <summary>The stored form of a scored questionnaire: answers, total, band and red-flag codes, the same everywhere one is kept.</summary>
    public static QuestionnaireResponse FromScored(
        Guid patientId, ScoredQuestionnaire scored, IReadOnlyList<int> answers, DateOnly day,
        DateTimeOffset completedAt, bool fromOnboarding) => new()
        {
            PatientId = patientId,
            Instrument = scored.Definition.Code,
            Answers = string.Join(',', answers),
            Total = scored.Total,
            Band = scored.Band.Code,
            Flags = string.Join(',', scored.Flags.Select(f => f.Code)),
            Day = day,
            CompletedAt = completedAt,
            FromOnboarding = fromOnboarding,
        };
}

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<QuestionnaireResponse>
{
    public void Configure(EntityTypeBuilder<QuestionnaireResponse> builder)
    {
        builder.ToPatientRecordTable("QuestionnaireResponses");
        builder.HasIndex(r => new { r.PatientId, r.Instrument, r.CompletedAt });
        builder.Property(r => r.Instrument).HasMaxLength(16);
        builder.Property(r => r.Answers).HasMaxLength(100);
        builder.Property(r => r.Band).HasMaxLength(32);
        builder.Property(r => r.Flags).HasMaxLength(200);
    }
}
