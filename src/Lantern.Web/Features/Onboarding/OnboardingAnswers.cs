using Lantern.Clinical.Instruments;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// The onboarding form's answers as the person gave them: text, so that a step shows back exactly what was typed,
/// even what could not be read. The form binds it, and a draft keeps it between steps (<see cref="OnboardingDraft"/>).
/// <see cref="ToRequest"/> reads it into the one request the API also takes.
/// </summary>
public sealed class OnboardingAnswers
{
    public const int BenzodiazepineRows = 2;

    /// <summary>Longer than any answer the form offers; a draft keeps no more of a field than this.</summary>
    private const int MaxKeptLength = 64;

    public string? AgeYears { get; set; }
    public string? Pregnant { get; set; }
    public string? BreastFeeding { get; set; }
    public string? PsychosisHistory { get; set; }
    public string? ManiaHistory { get; set; }
    public string? SubstanceUseDisorder { get; set; }
    public string? AneurysmOrArteriovenousMalformation { get; set; }
    public string? IntracerebralHaemorrhage { get; set; }
    public string? UncontrolledBloodPressureOrHeartDisease { get; set; }
    public string? KetamineAllergy { get; set; }
    public string? SupportAtHome { get; set; }
    public List<string?> BenzoDrug { get; set; } = [];
    public List<string?> BenzoDose { get; set; } = [];
    public string? RecentSystolic { get; set; }
    public string? RecentDiastolic { get; set; }
    public List<string?> Phq9Answers { get; set; } = [];
    public List<string?> Gad7Answers { get; set; } = [];

    /// <summary>A copy with one step's answers taken from <paramref name="given"/> and the rest kept.</summary>
    public OnboardingAnswers WithStep(OnboardingStep step, OnboardingAnswers given)
    {
        var merged = Kept();
        var taken = given.Kept();
        foreach (var name in step.Properties)
        {
            var property = typeof(OnboardingAnswers).GetProperty(name) ?? throw new InvalidOperationException($"No answer named {name}.");
            property.SetValue(merged, property.GetValue(taken));
        }

        return merged;
    }

    /// <summary>The same answers with each field cut to what the form could have sent and each list to its rows.</summary>
    public OnboardingAnswers Kept() => new()
    {
        AgeYears = Cut(AgeYears),
        Pregnant = Cut(Pregnant),
        BreastFeeding = Cut(BreastFeeding),
        PsychosisHistory = Cut(PsychosisHistory),
        ManiaHistory = Cut(ManiaHistory),
        SubstanceUseDisorder = Cut(SubstanceUseDisorder),
        AneurysmOrArteriovenousMalformation = Cut(AneurysmOrArteriovenousMalformation),
        IntracerebralHaemorrhage = Cut(IntracerebralHaemorrhage),
        UncontrolledBloodPressureOrHeartDisease = Cut(UncontrolledBloodPressureOrHeartDisease),
        KetamineAllergy = Cut(KetamineAllergy),
        SupportAtHome = Cut(SupportAtHome),
        BenzoDrug = Rows(BenzoDrug, BenzodiazepineRows),
        BenzoDose = Rows(BenzoDose, BenzodiazepineRows),
        RecentSystolic = Cut(RecentSystolic),
        RecentDiastolic = Cut(RecentDiastolic),
        Phq9Answers = Rows(Phq9Answers, Phq9.ItemCount),
        Gad7Answers = Rows(Gad7Answers, Gad7.ItemCount),
    };

    /// <summary>The answers as the API's request; what the form could not read goes into <paramref name="errors"/> in the API's spelling.</summary>
    public OnboardingRequest ToRequest(FieldErrors errors) => new(
        Int(AgeYears, "ageYears", errors),
        Pregnant,
        BreastFeeding,
        PsychosisHistory,
        ManiaHistory,
        SubstanceUseDisorder,
        AneurysmOrArteriovenousMalformation,
        IntracerebralHaemorrhage,
        UncontrolledBloodPressureOrHeartDisease,
        KetamineAllergy,
        SupportAtHome,
        Benzodiazepines(errors),
        Answers(Phq9Answers, Phq9.ItemCount),
        Answers(Gad7Answers, Gad7.ItemCount),
        Int(RecentSystolic, "recentSystolic", errors),
        Int(RecentDiastolic, "recentDiastolic", errors));

    private static string? Cut(string? text) => text is { Length: > MaxKeptLength } ? text[..MaxKeptLength] : text;

    private static List<string?> Rows(List<string?> given, int count) => [.. given.Take(count).Select(Cut)];

    /// <summary>All blank means "answer later" (null); anything else goes to the library, which names each missing item.</summary>
    private static int[]? Answers(List<string?> given, int count)
    {
        if (given.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return Enumerable.Range(0, count)
            .Select(i => int.TryParse(given.ElementAtOrDefault(i), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1)
            .ToArray();
    }

    private List<BenzodiazepineRequest> Benzodiazepines(FieldErrors errors)
    {
        var rows = new List<BenzodiazepineRequest>();
        for (var i = 0; i < BenzodiazepineRows; i++)
        {
            var drug = BenzoDrug.ElementAtOrDefault(i);
            var dose = BenzoDose.ElementAtOrDefault(i);
            if (string.IsNullOrWhiteSpace(drug) && string.IsNullOrWhiteSpace(dose))
            {
                continue;
            }

            decimal? mg = decimal.TryParse(dose?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            if (string.IsNullOrWhiteSpace(drug) || mg is null)
            {
                errors.Add($"benzodiazepines[{i}]", "Choose the medicine and give how many mg you take a day.");
                continue;
            }

            rows.Add(new BenzodiazepineRequest(drug, mg));
        }

        return rows;
    }

    private static int? Int(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Enter a whole number.");
        return null;
    }
}
