namespace Lantern.Web.Features.Onboarding;

/// <summary>The end of onboarding: the screening's result, or the step still to answer first.</summary>
public sealed record OnboardingFinish(OnboardingResultResponse? Result, int? UnfinishedStep);

/// <summary>
/// The last step of onboarding: checks it, then hands every answer of the draft to the one completion use case
/// (<see cref="CompleteOnboardingHandler"/>, which the API also calls) and removes the draft in the same save. When an
/// earlier step is not done (or no longer passes), the last step is kept and the person is sent to that step instead.
/// </summary>
public sealed class FinishOnboardingHandler(LanternDbContext db, SaveOnboardingStepHandler steps, CompleteOnboardingHandler complete, TimeProvider time)
{
    public async Task<OnboardingFinish> HandleAsync(OnboardingAnswers given, CancellationToken ct)
    {
        var last = OnboardingSteps.Last;
        var draft = await steps.OpenDraftAsync(ct);
        var answers = draft.Answers().WithStep(last, given);
        SaveOnboardingStepHandler.Check(last, answers);
        draft.Keep(answers, last, done: true, time.GetUtcNow());

        var progress = draft.Progress();
        var unfinished = OnboardingSteps.All.FirstOrDefault(s => !progress.IsDone(s.Number) || !SaveOnboardingStepHandler.Passes(s, answers));
        if (unfinished is not null)
        {
            draft.Keep(answers, unfinished, done: false, time.GetUtcNow());
            await steps.SaveAsync(draft, ct);
            return new OnboardingFinish(null, unfinished.Number);
        }

        db.Set<OnboardingDraft>().Remove(draft);
        return new OnboardingFinish(await complete.HandleAsync(answers.ToRequest(new FieldErrors()), ct), null);
    }
}
