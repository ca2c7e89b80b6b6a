using Lantern.Clinical.Safety;
using Lantern.Clinical.Screening;

namespace Lantern.Web.Features.Onboarding;

/// <summary>
/// Saves one step of onboarding into the caller's own draft. Continuing checks the step's answers first and saves
/// nothing when they do not pass, so answers saved before are never lost to a mistake; going back keeps the step as
/// typed, done only if it passes. Either way a red flag the step raised (PHQ-9 item 9, an urgent blood pressure) comes
/// back at once, so the page answers it with the crisis route on the same response; alerts are raised when the
/// screening is finished, with the rest of it (<see cref="CompleteOnboardingHandler"/>).
/// </summary>
public sealed class SaveOnboardingStepHandler(
    LanternDbContext db, HealthDataAccess access, CurrentPerson person, TimeProvider time, ILogger<SaveOnboardingStepHandler> logger)
{
    public async Task<SafetyResponse> ContinueAsync(OnboardingStep step, OnboardingAnswers given, CancellationToken ct)
    {
        var draft = await OpenDraftAsync(ct);
        var answers = draft.Answers().WithStep(step, given);
        var request = Check(step, answers);
        draft.Keep(answers, step, done: true, time.GetUtcNow());
        await SaveAsync(draft, ct);
        return await SafetyAsync(step, request, ct);
    }

    /// <summary>Going back: the step's answers are kept as typed; the step counts as done only if they pass.</summary>
    public async Task<SafetyResponse> KeepAsync(OnboardingStep step, OnboardingAnswers given, CancellationToken ct)
    {
        var draft = await OpenDraftAsync(ct);
        var answers = draft.Answers().WithStep(step, given);
        var request = Passes(step, answers) ? Check(step, answers) : null;
        draft.Keep(answers, step, done: request is not null, time.GetUtcNow());
        await SaveAsync(draft, ct);
        return request is null ? SafetyResponse.None : await SafetyAsync(step, request, ct);
    }

    /// <summary>The caller's draft to change: theirs (found only among their own records), or a new one.</summary>
    internal async Task<OnboardingDraft> OpenDraftAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var draft = await db.Set<OnboardingDraft>().OwnedBy(me).FirstOrDefaultAsync(ct);
        if (draft is null)
        {
            var now = time.GetUtcNow();
            draft = new OnboardingDraft { PatientId = me.UserId, StartedAt = now, UpdatedAt = now };
            db.Set<OnboardingDraft>().Add(draft);
        }

        return draft;
    }

    internal async Task SaveAsync(OnboardingDraft draft, CancellationToken ct)
    {
        // Two windows starting onboarding at the same moment: the one-draft-per-patient index refuses the second.
        await db.SaveChangesOrConflictAsync(() => new ConflictException("Saved in another window",
            "Your answers were being saved in another window at the same moment. Please press Continue again."), ct);
        OnboardingLog.DraftSaved(logger, draft.Id, draft.StepsDone);
    }

    /// <summary>
    /// The step's answers read and checked by the one screening's rules, reporting only the step's own fields (the
    /// others are checked on their own steps); throws <see cref="ValidationFailedException"/> in the API's spelling.
    /// </summary>
    internal static OnboardingRequest Check(OnboardingStep step, OnboardingAnswers answers)
    {
        var errors = new FieldErrors();
        var request = answers.ToRequest(errors);
        var screening = new FieldErrors();
        CompleteOnboardingHandler.Check(request, screening);
        errors.AddWhereNew(screening);
        if (errors.Any)
        {
            var mine = errors.ToException().Errors.Where(e => step.Holds(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            if (mine.Count > 0)
            {
                throw new ValidationFailedException(mine);
            }
        }

        return request;
    }

    internal static bool Passes(OnboardingStep step, OnboardingAnswers answers)
    {
        try
        {
            Check(step, answers);
            return true;
        }
        catch (ValidationFailedException)
        {
            return false;
        }
    }

    private async Task<SafetyResponse> SafetyAsync(OnboardingStep step, OnboardingRequest request, CancellationToken ct)
    {
        IReadOnlyList<RedFlag> flags = SuitabilityScreening.RedFlagsOf(
            step.Holds("phq9Answers") ? request.Phq9Answers : null,
            step.Holds("recentSystolic") ? request.RecentSystolic : null,
            step.Holds("recentDiastolic") ? request.RecentDiastolic : null);
        return flags.Count == 0 ? SafetyResponse.None : SafetyResponse.From(flags, [], await person.GetAsync(ct));
    }
}
