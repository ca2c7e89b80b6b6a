using System.Globalization;
using Lantern.Clinical.Instruments;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Crisis;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// Answer one questionnaire with its real wording. The result (score, what the band means, next due date) is the
/// answer to the POST itself, with the crisis route at the top when item 9 of the PHQ-9 raised a flag, followed by
/// the ASQ acuity question.
/// </summary>
public sealed class AnswerModel(SubmitQuestionnaireHandler submit) : PageModel
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

        try
        {
            Result = await submit.HandleAsync(definition.Code, new SubmitQuestionnaireRequest(answers), ct);
            Safety = Result.Flags.Count > 0
                ? new SafetyResponse(Result.Flags[0].Level, Result.Flags, Result.AlertIds ?? [], Result.Crisis)
                : null;
            return Page();
        }
        catch (ValidationFailedException failure)
        {
            foreach (var (field, messages) in failure.Errors)
            {
                var key = field.StartsWith("answers[", StringComparison.Ordinal) ? "A" + field[1..] : string.Empty;
                foreach (var message in messages)
                {
                    var unanswered = key.Length > 0 && Answers.ElementAtOrDefault(int.Parse(field[8..^1], CultureInfo.InvariantCulture)) is null or "";
                    ModelState.AddModelError(key, unanswered ? $"Please answer item {int.Parse(field[8..^1], CultureInfo.InvariantCulture) + 1}." : message);
                }
            }

            return Page();
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }

    public string? ItemError(int index) => ModelState[$"Answers[{index}]"]?.Errors.FirstOrDefault()?.ErrorMessage;
}
