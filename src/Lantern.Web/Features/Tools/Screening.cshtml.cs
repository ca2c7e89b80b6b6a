using Lantern.Clinical.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

/// <summary>The suitability questionnaire as a form. Unanswered questions are named, never assumed "no".</summary>
[AllowAnonymous]
public sealed class ScreeningModel(CurrentPerson person) : FormPageModel
{
    /// <summary>The yes/no/not-sure history questions in the order people see them, with plain wording.</summary>
    public static readonly IReadOnlyList<(string Field, string Question)> HistoryQuestions =
    [
        (nameof(ScreeningRequest.Pregnant), "Are you pregnant, or could you be?"),
        (nameof(ScreeningRequest.BreastFeeding), "Are you breast-feeding?"),
        (nameof(ScreeningRequest.PsychosisHistory), "Have you ever had psychosis (for example hearing or seeing things others did not)?"),
        (nameof(ScreeningRequest.ManiaHistory), "Have you ever had mania or a manic episode?"),
        (nameof(ScreeningRequest.SubstanceUseDisorder), "Have you ever had a problem with alcohol or drug use?"),
        (nameof(ScreeningRequest.AneurysmOrArteriovenousMalformation), "Have you been told you have an aneurysm or an arteriovenous malformation (AVM)?"),
        (nameof(ScreeningRequest.IntracerebralHaemorrhage), "Have you ever had bleeding in the brain?"),
        (nameof(ScreeningRequest.UncontrolledBloodPressureOrHeartDisease), "Do you have high blood pressure that is not under control, or heart disease?"),
        (nameof(ScreeningRequest.KetamineAllergy), "Have you had an allergic reaction to ketamine or esketamine?"),
    ];

    [BindProperty]
    public int? AgeYears { get; set; }

    [BindProperty]
    public Dictionary<string, HistoryAnswer?> History { get; set; } = [];

    [BindProperty]
    public SupportAtHome? SupportAtHome { get; set; }

    public SuitabilityResult? Result { get; private set; }

    public SafetyResponse Safety { get; private set; } = SafetyResponse.None;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        HistoryAnswer? Answer(string field) => History.GetValueOrDefault(field);
        var request = new ScreeningRequest(AgeYears,
            Answer(nameof(ScreeningRequest.Pregnant)), Answer(nameof(ScreeningRequest.BreastFeeding)),
            Answer(nameof(ScreeningRequest.PsychosisHistory)), Answer(nameof(ScreeningRequest.ManiaHistory)),
            Answer(nameof(ScreeningRequest.SubstanceUseDisorder)), Answer(nameof(ScreeningRequest.AneurysmOrArteriovenousMalformation)),
            Answer(nameof(ScreeningRequest.IntracerebralHaemorrhage)), Answer(nameof(ScreeningRequest.UncontrolledBloodPressureOrHeartDisease)),
            Answer(nameof(ScreeningRequest.KetamineAllergy)), SupportAtHome);
        await TryAsync(async () =>
        {
            Result = SuitabilityScreening.Evaluate(request.ToAnswers());
            Safety = SafetyResponse.From(Result.Flags, [], await person.CrisisPlaceAsync(ct));
        }, prefix: string.Empty, rename: field =>
        {
            var property = char.ToUpperInvariant(field[0]) + field[1..];
            return HistoryQuestions.Any(q => q.Field == property) ? $"History[{property}]" : field;
        });

        return Page();
    }
}
