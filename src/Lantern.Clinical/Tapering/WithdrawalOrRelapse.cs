namespace Lantern.Clinical.Tapering;

/// <summary>
/// Plain words on withdrawal versus relapse during a taper, from NICE NG222 1.4.15 (when withdrawal symptoms usually
/// start and how long they usually last) and 1.4.18 (watch for both withdrawal and the return of depression).
/// It never says which one a person has: the sources give timing, not a test, so the answer is always "talk to your
/// prescriber", with the timing as context.
/// </summary>
[Source(nameof(Refs.NiceNg222))]
public static class WithdrawalOrRelapse
{
    /// <summary>NG222 1.4.15: withdrawal symptoms "usually go away within 1 to 2 weeks" (clinical.md §1.4).</summary>
    [Source(nameof(Refs.NiceNg222))]
    public const int UsualDurationDays = 14;

    /// <param name="lastReduction">The date of the last recorded reduction, or null when none is recorded.</param>
    /// <param name="today">The person's own calendar day.</param>
    [Source(nameof(Refs.NiceNg222))]
    public static WithdrawalRelapseGuidance Explain(DateOnly? lastReduction, DateOnly today)
    {
        IReadOnlyList<string> points =
        [
            "Withdrawal symptoms may start within a few days of a reduction and usually go away within 1 to 2 weeks. "
                + "For some people they last several weeks, occasionally several months, and they can be severe.",
            "A taper can also bring back the depression or anxiety the medicine was treating. Guidance asks prescribers "
                + "to watch for both during a taper, so tell yours how you feel even if you are not sure which it is.",
            "Lantern cannot tell the two apart for you. Your prescriber can, and may suggest holding, slowing down or "
                + "going back to your previous dose.",
        ];

        if (lastReduction is not { } last || last > today)
        {
            return new WithdrawalRelapseGuidance(
                "no-reduction-recorded", null,
                "You have not recorded a reduction in this plan yet. When you make one, record it on the plan so you "
                    + "can see how symptoms line up with your steps.",
                points, [Refs.NiceNg222]);
        }

        var days = today.DayNumber - last.DayNumber;
        var ago = days switch
        {
            0 => "today",
            1 => "yesterday",
            _ => $"{days} days ago",
        };

        return days <= UsualDurationDays
            ? new WithdrawalRelapseGuidance(
                "within-usual-withdrawal-window", days,
                $"Your last reduction was {ago}. Symptoms that begin within a few days of a reduction fit the usual "
                    + "timing of withdrawal, and they usually ease within 1 to 2 weeks.",
                points, [Refs.NiceNg222])
            : new WithdrawalRelapseGuidance(
                "after-usual-withdrawal-window", days,
                $"Your last reduction was {ago}, longer than the 1 to 2 weeks withdrawal symptoms usually last. "
                    + "Symptoms now may still be withdrawal, but they can also be a sign of depression returning. "
                    + "Please talk to your prescriber about them.",
                points, [Refs.NiceNg222]);
    }
}

/// <summary>What to say about withdrawal versus relapse today.</summary>
/// <param name="TimingCode"><c>no-reduction-recorded</c>, <c>within-usual-withdrawal-window</c> or <c>after-usual-withdrawal-window</c>.</param>
/// <param name="DaysSinceLastReduction">Null when no reduction is recorded.</param>
/// <param name="Timing">One sentence about where today falls after the last reduction.</param>
/// <param name="Points">The general guidance, the same every day.</param>
public sealed record WithdrawalRelapseGuidance(
    string TimingCode,
    int? DaysSinceLastReduction,
    string Timing,
    IReadOnlyList<string> Points,
    IReadOnlyList<Source> Sources);
