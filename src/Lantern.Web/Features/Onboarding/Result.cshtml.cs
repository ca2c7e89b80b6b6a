using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Onboarding;

public sealed class ResultModel(GetOnboardingResultHandler handler) : PageModel
{
    public OnboardingResultResponse? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.HandleAsync(ct);
}
