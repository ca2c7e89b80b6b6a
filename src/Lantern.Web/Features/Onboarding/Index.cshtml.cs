using Lantern.Clinical;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Screening;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Onboarding;

/// <summary>One yes/no/not-sure history question: API field, form property and the words asked.</summary>
public sealed record HistoryQuestion(string Field, string Property, string Text);

/// <summary>
/// Optional onboarding: the suitability screening plus a baseline PHQ-9 and GAD-7. The result page is the answer to
/// the POST, so a red flag's crisis route is on that same response.
/// </summary>
public sealed class IndexModel(CompleteOnboardingHandler handler) : FormPageModel
{
    public const int BenzodiazepineRows = 2;

    public static IReadOnlyList<HistoryQuestion> HistoryQuestions { get; } =
    [
        new("pregnant", "Pregnant", "Are you pregnant, or could you be?"),
        new("breastFeeding", "BreastFeeding", "Are you breast-feeding?"),
        new("psychosisHistory", "PsychosisHistory", "Have you ever had psychosis, for example seeing or hearing things other people don't?"),
        new("maniaHistory", "ManiaHistory", "Have you ever had mania or very high moods, for example with bipolar disorder?"),
        new("substanceUseDisorder", "SubstanceUseDisorder", "Have you had problems with alcohol or drug use?"),
        new("aneurysmOrArteriovenousMalformation", "AneurysmOrArteriovenousMalformation",
            "Do you have an aneurysm (a weak, bulging blood vessel) or an arteriovenous malformation?"),
        new("intracerebralHaemorrhage", "IntracerebralHaemorrhage", "Have you ever had bleeding in the brain?"),
        new("uncontrolledBloodPressureOrHeartDisease", "UncontrolledBloodPressureOrHeartDisease",
            "Do you have high blood pressure that isn't under control, or heart disease?"),
        new("ketamineAllergy", "KetamineAllergy", "Are you allergic to ketamine or esketamine?"),
    ];

    public sealed class InputModel
    {
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
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public OnboardingResultResponse? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var local = new FieldErrors();
        var request = new OnboardingRequest(
            Int(Input.AgeYears, "ageYears", local),
            Input.Pregnant,
            Input.BreastFeeding,
            Input.PsychosisHistory,
            Input.ManiaHistory,
            Input.SubstanceUseDisorder,
            Input.AneurysmOrArteriovenousMalformation,
            Input.IntracerebralHaemorrhage,
            Input.UncontrolledBloodPressureOrHeartDisease,
            Input.KetamineAllergy,
            Input.SupportAtHome,
            Benzodiazepines(local),
            Answers(Input.Phq9Answers, Phq9.ItemCount),
            Answers(Input.Gad7Answers, Gad7.ItemCount),
            Int(Input.RecentSystolic, "recentSystolic", local),
            Int(Input.RecentDiastolic, "recentDiastolic", local));
        return await SubmitAsync(async () =>
        {
            if (local.Any)
            {
                // Show every problem at once: what the form could not read, and what the screening rules say.
                var screening = new FieldErrors();
                CompleteOnboardingHandler.Check(request, screening);
                local.AddWhereNew(screening);
                local.ThrowIfAny();
            }

            Result = await handler.HandleAsync(request, ct);
            return Page();
        });
    }

    public string? Value(string property) => typeof(InputModel).GetProperty(property)?.GetValue(Input) as string;

    /// <summary>
    /// Where the summary's link for a message lands: the first radio of a group (a history question, who is at home,
    /// a questionnaire item), the medicine list of a benzodiazepine row, else the input named like the field.
    /// </summary>
    public override string FieldId(string key, string formId)
    {
        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key;
        if (HistoryQuestions.FirstOrDefault(q => q.Property == field) is { } question)
        {
            return $"{question.Field}-{OnboardingRequest.HistoryChoices[0].Code}";
        }

        if (field == nameof(InputModel.SupportAtHome))
        {
            return $"supportAtHome-{OnboardingRequest.SupportChoices[0].Code}";
        }

        foreach (var answers in new[] { nameof(InputModel.Phq9Answers), nameof(InputModel.Gad7Answers) })
        {
            if (field == answers)
            {
                return $"{answers}-0-0";
            }

            if (field.StartsWith(answers + "[", StringComparison.Ordinal) && field.EndsWith(']'))
            {
                return $"{answers}-{field[(answers.Length + 1)..^1]}-0";
            }
        }

        if (field.StartsWith("Benzodiazepines[", StringComparison.OrdinalIgnoreCase) && field.EndsWith(']'))
        {
            return $"benzo-{field["Benzodiazepines[".Length..^1]}-drug";
        }

        return base.FieldId(key, formId);
    }

    public string? Error(string property) => ModelState[$"Input.{property}"]?.Errors.FirstOrDefault()?.ErrorMessage;

    public string InvalidInput(string property) => Invalid($"Input.{property}");

    /// <summary>An outcome code in plain words, from Lantern.Clinical's one list.</summary>
    public static string OutcomeTitle(string outcome) =>
        Enum.GetValues<SuitabilityOutcome>().Where(o => o.ToCode() == outcome).Select(o => o.ToWords()).FirstOrDefault() ?? "Please talk with a provider";

    /// <summary>A reason's effect code in plain words, from Lantern.Clinical's one list.</summary>
    public static string EffectText(string effect) =>
        Enum.GetValues<ScreeningEffect>().Where(e => e.ToCode() == effect).Select(e => e.ToWords()).FirstOrDefault() ?? "Good to know";

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
            var drug = Input.BenzoDrug.ElementAtOrDefault(i);
            var dose = Input.BenzoDose.ElementAtOrDefault(i);
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
