namespace Lantern.Web.Features.Taper;

/// <summary>
/// Input limits of the web side that are not clinical rules (those live in <c>Lantern.Clinical</c>): field lengths,
/// the mood scale and how far dates may sit from today.
/// </summary>
public static class TaperLimits
{
    public const int CodeMaxLength = 64;
    public const int NoteMaxLength = 4000;
    public const int MoodMin = 0;
    public const int MoodMax = 10;

    /// <summary>A plan's start date within this many years of today: catches a mistyped year, keeps dates in range.</summary>
    public const int StartDateYearsFromToday = 5;

    /// <summary>A missed journal day can be filled in up to this many days later.</summary>
    public const int JournalBackfillDays = 31;

    /// <summary>"Taking since" no earlier than this: older dates are almost certainly typing slips.</summary>
    public static readonly DateOnly EarliestTakingSince = new(1950, 1, 1);
}
