namespace Lantern.Web.Features.Onboarding;

/// <summary>The caller's own onboarding so far, or nothing answered yet. Owner-only: no grant reaches a draft.</summary>
public sealed class GetOnboardingProgressHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<OnboardingProgress> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var draft = await db.Set<OnboardingDraft>().AsNoTracking().OwnedBy(me).FirstOrDefaultAsync(ct);
        return draft?.Progress() ?? OnboardingProgress.NotStarted;
    }
}
