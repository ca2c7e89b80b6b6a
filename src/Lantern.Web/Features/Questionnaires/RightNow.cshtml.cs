using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// The ASQ acuity question as its own page, so it works without JavaScript from the questionnaire result and the
/// onboarding result alike. The answer is this page again, with the crisis route first: the emergency route for
/// yes, contact your provider today for no.
/// </summary>
public sealed class RightNowModel(AnswerRightNowQuestionHandler handler) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(Name = "answer")]
    public string? Answer { get; set; }

    public RightNowQuestionResponse Question { get; private set; } = null!;

    public RightNowAnswerResponse? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Question = RightNowQuestionResponse.Ask((await handler.FindOwnedAsync(Id, ct)).Id);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Question = RightNowQuestionResponse.Ask((await handler.FindOwnedAsync(Id, ct)).Id);
        bool? yes = Answer?.Trim().ToLowerInvariant() switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        if (yes is null)
        {
            ModelState.AddModelError("answer", "Please answer yes or no.");
            return Page();
        }

        Result = await handler.HandleAsync(Id, new AnswerRightNowRequest(yes), ct);
        return Page();
    }
}
