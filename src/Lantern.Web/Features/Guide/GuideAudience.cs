namespace Lantern.Web.Features.Guide;

/// <summary>Who an article is written for; the index filters on it.</summary>
public enum GuideAudience
{
    Patient,
    Caregiver,
    Therapist,
}

public static class GuideAudiences
{
    public static IReadOnlyList<GuideAudience> All { get; } = [GuideAudience.Patient, GuideAudience.Caregiver, GuideAudience.Therapist];

    /// <summary>The word used in front matter and in the index's ?audience= filter.</summary>
    public static string Key(this GuideAudience audience) => audience switch
    {
        GuideAudience.Patient => "patient",
        GuideAudience.Caregiver => "caregiver",
        GuideAudience.Therapist => "therapist",
    };

    public static string PluralLabel(this GuideAudience audience) => audience switch
    {
        GuideAudience.Patient => "patients",
        GuideAudience.Caregiver => "caregivers",
        GuideAudience.Therapist => "therapists",
    };

    /// <summary>"Patients": the audience filter's link text.</summary>
    public static string PluralTitle(this GuideAudience audience) => audience switch
    {
        GuideAudience.Patient => "Patients",
        GuideAudience.Caregiver => "Caregivers",
        GuideAudience.Therapist => "Therapists",
    };

    public static GuideAudience? FromKey(string? key) =>
        All.Cast<GuideAudience?>().FirstOrDefault(a => string.Equals(a!.Value.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"patients, caregivers and therapists".</summary>
    public static string DescribeList(IReadOnlyList<GuideAudience> audiences)
    {
        var labels = audiences.Select(a => a.PluralLabel()).ToArray();
        return labels.Length <= 1 ? string.Concat(labels) : string.Join(", ", labels[..^1]) + " and " + labels[^1];
    }
}
