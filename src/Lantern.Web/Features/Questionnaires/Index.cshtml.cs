using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Questionnaires;

public sealed class IndexModel(QuestionnaireScheduleHandler schedule, ListQuestionnaireResponsesHandler list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public ScheduleResponse Schedule { get; private set; } = null!;

    public IReadOnlyList<QuestionnaireResultResponse> History { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Message = Saved == "schedule" ? "Saved. The due dates below use your new choice." : null;
    }

    public async Task<IActionResult> OnPostScheduleAsync(int? intervalDays, CancellationToken ct)
    {
        try
        {
            await schedule.UpdateAsync(new UpdateScheduleRequest(intervalDays), ct);
            return Redirect("/questionnaires?saved=schedule");
        }
        catch (ValidationFailedException failure)
        {
            await LoadAsync(ct);
            Message = failure.Errors.Values.SelectMany(m => m).First();
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Schedule = await schedule.GetAsync(ct);
        History = await list.HandleAsync(new ListQuestionnaireResponsesRequest(null, null), ct);
    }
}
