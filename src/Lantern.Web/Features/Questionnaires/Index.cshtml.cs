using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Questionnaires;

public sealed class IndexModel(QuestionnaireScheduleHandler schedule, ListQuestionnaireResponsesHandler list) : FormPageModel
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
        if (await TryAsync(() => schedule.UpdateAsync(new UpdateScheduleRequest(intervalDays), ct), prefix: "Schedule"))
        {
            return Redirect("/questionnaires?saved=schedule");
        }

        // The form is one choice, so its message is the page's notice.
        await LoadAsync(ct);
        Message = ErrorFor("Schedule.IntervalDays");
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Schedule = await schedule.GetAsync(ct);
        History = await list.HandleAsync(new ListQuestionnaireResponsesRequest(null, null), ct);
    }
}
