namespace Lantern.Clinical.Safety;

/// <summary>
/// How soon someone should act on a red flag. Values rise with urgency so levels can be compared
/// (<c>a &gt;= ActionLevel.ContactProviderToday</c>) and the most urgent one picked.
/// </summary>
public enum ActionLevel
{
    /// <summary>Note it and raise it at the next planned appointment.</summary>
    MentionAtNextVisit = 1,

    /// <summary>Get in touch with the care team today.</summary>
    ContactProviderToday = 2,

    /// <summary>Get help now: emergency number or crisis line.</summary>
    Emergency = 3,
}
