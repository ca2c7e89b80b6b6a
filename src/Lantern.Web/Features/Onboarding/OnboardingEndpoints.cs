using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.Onboarding;

/// <summary>/api/v1/onboarding: the suitability screening with baseline questionnaires. Same handlers as the pages.</summary>
public static class OnboardingEndpoints
{
    public static void MapOnboardingEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/onboarding").WithTags("Onboarding");

        group.MapPost("", async (OnboardingRequest request, CompleteOnboardingHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapGet("", async Task<Results<Ok<OnboardingResultResponse>, NotFound>> (GetOnboardingResultHandler handler, CancellationToken ct) =>
            await handler.HandleAsync(ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound());
    }
}
