using Lantern.Clinical;
using Lantern.Clinical.Screening;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Onboarding;

/// <summary>One yes/no/not-sure history question: API field, form property and the words asked.</summary>
public sealed record HistoryQuestion(string Field, string Property, string Text);

/// <summary>
/// Optional onboarding, in steps (<see cref="OnboardingSteps"/>): the suitability screening plus a baseline PHQ-9 and
/// GAD-7. Each step is saved to the person's draft when they continue, and <c>/onboarding</c> opens at the first step
/// not yet done, so leaving half-way loses nothing. A step that raises a red flag answers with the crisis route on that
/// same response (above the next step); the last step's answer is the result page, crisis route first when needed.
/// </summary>
public sealed class IndexModel(
    GetOnboardingProgressHandler progress, SaveOnboardingStepHandler steps, FinishOnboardingHandler finish) : FormPageModel
{
    public const string FormId = "onboarding-form";

    public const int BenzodiazepineRows = OnboardingAnswers.BenzodiazepineRows;

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

    /// <summary>The step asked for: <c>?step=2</c> on a link, a hidden field on the form. Text, so nonsense is ignored rather than reported.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    /// <summary>Which button was pressed: <c>back</c>, or anything else (Enter included) to continue.</summary>
    [BindProperty]
    public string? Move { get; set; }

    [BindProperty]
    public OnboardingAnswers Input { get; set; } = new();

    public OnboardingStep Current { get; private set; } = OnboardingSteps.All[0];

    public OnboardingProgress Progress { get; private set; } = OnboardingProgress.NotStarted;

    /// <summary>The red flags the step just left raised, answered above this step; none most of the time.</summary>
    public SafetyResponse StepSafety { get; private set; } = SafetyResponse.None;

    public OnboardingResultResponse? Result { get; private set; }

    /// <summary>Whether the list of steps may link to a step: it is done, or it is the first one not done.</summary>
    public bool CanOpen(OnboardingStep step) => step.Number <= Progress.FirstUnfinished;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Progress = await progress.HandleAsync(ct);
        if (Step is not null && Requested() is null)
        {
            return ToStep(Progress.FirstUnfinished);
        }

        Current = Requested() ?? OnboardingSteps.Get(Progress.FirstUnfinished);
        Input = Progress.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Progress = await progress.HandleAsync(ct);
        if (Step is not null && Requested() is null)
        {
            return ToStep(Progress.FirstUnfinished);
        }

        Current = Requested() ?? OnboardingSteps.Get(Progress.FirstUnfinished);
        var back = string.Equals(Move, "back", StringComparison.Ordinal) && Current.Number > 1;
        return await SubmitAndShowAsync(async () =>
        {
            if (back)
            {
                return await NextAsync(Current.Number - 1, await steps.KeepAsync(Current, Input, ct), ct);
            }

            if (!Current.IsLast)
            {
                return await NextAsync(Current.Number + 1, await steps.ContinueAsync(Current, Input, ct), ct);
            }

            var finished = await finish.HandleAsync(Input, ct);
            if (finished.Result is { } result)
            {
                Result = result;
                return Page();
            }

            return ToStep(finished.UnfinishedStep ?? 1);
        }, show: () => Task.CompletedTask);
    }

    public string? Value(string property) => typeof(OnboardingAnswers).GetProperty(property)?.GetValue(Input) as string;

    /// <summary>
    /// Where the summary's link for a message lands: the first radio of a group (a history question, who is at home,
    /// a questionnaire item), the medicine list or dose of a benzodiazepine row, else the input named like the field.
    /// </summary>
    public override string FieldId(string key, string formId)
    {
        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key;
        if (HistoryQuestions.FirstOrDefault(q => q.Property == field) is { } question)
        {
            return $"{question.Field}-{OnboardingRequest.HistoryChoices[0].Code}";
        }

        if (field == nameof(OnboardingAnswers.SupportAtHome))
        {
            return $"supportAtHome-{OnboardingRequest.SupportChoices[0].Code}";
        }

        foreach (var answers in new[] { nameof(OnboardingAnswers.Phq9Answers), nameof(OnboardingAnswers.Gad7Answers) })
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

        if (field.StartsWith("Benzodiazepines[", StringComparison.OrdinalIgnoreCase) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 0)
        {
            var row = field["Benzodiazepines[".Length..end];
            return field.EndsWith(".dailyDoseMg", StringComparison.Ordinal) ? $"benzo-{row}-dose" : $"benzo-{row}-drug";
        }

        return base.FieldId(key, formId);
    }

    public string? Error(string property) => ModelState[$"Input.{property}"]?.Errors.FirstOrDefault()?.ErrorMessage;

    /// <summary>Every message about one medicine row: the row as a whole, its medicine and its dose.</summary>
    public string? BenzodiazepineError(int row) => string.Join(" ", ModelState
        .Where(kv => kv.Key.StartsWith($"Input.Benzodiazepines[{row}]", StringComparison.Ordinal))
        .SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage))) is { Length: > 0 } text ? text : null;

    public string InvalidInput(string property) => Invalid($"Input.{property}");

    /// <summary>An outcome code in plain words, from Lantern.Clinical's one list.</summary>
    public static string OutcomeTitle(string outcome) =>
        Enum.GetValues<SuitabilityOutcome>().Where(o => o.ToCode() == outcome).Select(o => o.ToWords()).FirstOrDefault() ?? "Please talk with a provider";

    /// <summary>A reason's effect code in plain words, from Lantern.Clinical's one list.</summary>
    public static string EffectText(string effect) =>
        Enum.GetValues<ScreeningEffect>().Where(e => e.ToCode() == effect).Select(e => e.ToWords()).FirstOrDefault() ?? "Good to know";

    /// <summary>The step asked for, when it is one the person may open (done, or the first not done); else null.</summary>
    private OnboardingStep? Requested() =>
        int.TryParse(Step, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && OnboardingSteps.Find(number) is { } step && CanOpen(step) ? step : null;

    private RedirectResult ToStep(int number) => Redirect($"/onboarding?step={number}");

    /// <summary>
    /// After a step is saved: the next step by a redirect, so reloading never posts twice; but when the step raised a red
    /// flag, the next step is shown on this very response with the crisis route above it.
    /// </summary>
    private async Task<IActionResult> NextAsync(int number, SafetyResponse safety, CancellationToken ct)
    {
        if (safety.Flags.Count == 0)
        {
            return ToStep(number);
        }

        Progress = await progress.HandleAsync(ct);
        Current = OnboardingSteps.Get(number);
        Input = Progress.Answers;
        StepSafety = safety;
        return Page();
    }
}
