using System.Text.Json;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// The patient's latest screening result, shown again from the stored answers (so every reason and source is
/// there), or null when they have not done onboarding. Owner-only.
/// </summary>
[SharedWithOtherFeatures]
public sealed class GetOnboardingResultHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person)
{
    /// <summary>Whether the caller has done onboarding at all (for the home page's first-step prompt).</summary>
    public async Task<bool> HasResultAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await db.Set<ScreeningRecord>().AsNoTracking().OwnedBy(me).AnyAsync(ct);
    }

    /// <summary>Whether the caller left onboarding part-way, with answers saved (the home page says "carry on").</summary>
    public async Task<bool> HasDraftAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await db.Set<OnboardingDraft>().AsNoTracking().OwnedBy(me).AnyAsync(ct);
    }

    public async Task<OnboardingResultResponse?> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var record = await db.Set<ScreeningRecord>().AsNoTracking().OwnedBy(me)
            .OrderByDescending(s => s.CompletedAt).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return null;
        }

        var request = JsonSerializer.Deserialize<OnboardingRequest>(record.AnswersJson, CompleteOnboardingHandler.StoredJson)!;
        var result = CompleteOnboardingHandler.Evaluate(request);
        var profile = await person.GetAsync(ct);
        return OnboardingResultResponse.From(record, result, SafetyResponse.From(result.Flags, [], profile));
    }
}
