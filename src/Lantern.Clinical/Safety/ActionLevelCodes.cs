namespace Lantern.Clinical.Safety;

/// <summary>Stable codes for <see cref="ActionLevel"/>, used in JSON and URLs.</summary>
public static class ActionLevelCodes
{
    public static string ToCode(this ActionLevel level) => level switch
    {
        ActionLevel.MentionAtNextVisit => "mention-at-next-visit",
        ActionLevel.ContactProviderToday => "contact-provider-today",
        ActionLevel.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
