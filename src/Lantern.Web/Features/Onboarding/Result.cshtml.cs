using Lantern.Web.Features.Reminders;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Onboarding;

public sealed class ResultModel(GetOnboardingResultHandler handler, GetReminderSettingsHandler reminders) : PageModel
{
    public OnboardingResultResponse? Result { get; private set; }

    /// <summary>The person's reminders, so the end of onboarding can offer the suggestion to someone who has none.</summary>
    public ReminderSettingsResponse Reminders { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await handler.HandleAsync(ct);
        Reminders = await reminders.HandleAsync(ct);
    }
}
