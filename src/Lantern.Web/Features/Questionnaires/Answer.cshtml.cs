using Lantern.Clinical.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// Answer one questionnaire with its real wording. The result (score, what the band means, next due date) is the
/// answer to the POST itself, with the crisis route at the top when item 9 of the PHQ-9 raised a flag, followed by
/// the ASQ acuity question.
/// </summary>
public sealed class AnswerModel(SubmitQuestionnaireHandler submit) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "instrument")]
    public string? Instrument { get; set; }

    [BindProperty(Name = "Answers")]
    public List<string?> Answers { get; set; } = [];

    public InstrumentDefinition Definition { get; private set; } = Phq9.Definition;

    public QuestionnaireResultResponse? Result { get; private set; }

    public SafetyResponse? Safety { get; private set; }

    public IActionResult OnGet()
    {
        if (InstrumentCatalog.Find(Instrument) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (InstrumentCatalog.Find(Instrument) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        var answers = new List<int>();
        for (var i = 0; i < definition.Items.Count; i++)
        {
            var text = Answers.ElementAtOrDefault(i);
            // An unanswered item is sent as out of range so the library names it, like the API would.
            answers.Add(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1);
        }

        var saved = await TryAsync(async () =>
        {
            Result = await submit.HandleAsync(definition.Code, new SubmitQuestionnaireRequest(answers), ct);
            Safety = Result.Flags.Count > 0
                ? new SafetyResponse(Result.Flags[0].Level, Result.Flags, Result.AlertIds ?? [], Result.Crisis)
                : null;
        }, prefix: string.Empty);
        if (!saved)
        {
            // An item left empty was sent out of range; say what the person has to do rather than what the range is.
            for (var i = 0; i < definition.Items.Count; i++)
            {
                if (Answers.ElementAtOrDefault(i) is null or "" && ModelState.TryGetValue($"Answers[{i}]", out var item) && item.Errors.Count > 0)
                {
                    item.Errors.Clear();
                    ModelState.AddModelError($"Answers[{i}]", $"Please answer item {i + 1}.");
                }
            }
        }

        return Page();
    }

    /// <summary>Each item is a group of radios (<c>item-0-0</c>, <c>item-0-1</c>…); its message links to the first.</summary>
    public override string FieldId(string key, string formId) =>
        key.StartsWith("Answers[", StringComparison.Ordinal) && key.EndsWith(']')
            ? $"item-{key["Answers[".Length..^1]}-0"
            : base.FieldId(key, formId);

    public string? ItemError(int index) => ModelState[$"Answers[{index}]"]?.Errors.FirstOrDefault()?.ErrorMessage;
}
