namespace Lantern.Clinical.Safety;

/// <summary>How a crisis contact is reached.</summary>
public enum ContactKind
{
    Call,
    Text,
    CallOrText,
}

/// <summary>
/// One crisis or emergency contact. <paramref name="Dial"/> is what a phone dials or texts (digits only,
/// for <c>tel:</c>/<c>sms:</c> links); <paramref name="Display"/> is how people write it locally.
/// </summary>
public sealed record CrisisContact(
    string Name,
    ContactKind Kind,
    string Display,
    string Dial,
    string WhenToUse,
    Source Source,
    string? TextKeyword = null,
    bool IsEmergencyNumber = false,
    CrisisAudience Audience = CrisisAudience.Everyone);

/// <summary>Crisis resources for one country, emergency number first.</summary>
public sealed record CountryCrisisResources(string CountryCode, string CountryName, IReadOnlyList<CrisisContact> Contacts)
{
    public CrisisContact? Emergency => Contacts.FirstOrDefault(c => c.IsEmergencyNumber);
}

/// <summary>
/// The crisis lines Lantern shows in "Get help now". Source: clinical.md §7 plus the emergency-number
/// pages named on each <see cref="Refs"/> entry. Hours that the reference marks as unverified (Fireside)
/// are not stated; the Veterans Crisis Line text number (unverified) is left out, so veterans are offered only the
/// verified route (988, then press 1).
/// </summary>
public static class CrisisDirectory
{
    private static readonly CountryCrisisResources UnitedStates = new("US", "United States",
    [
        new("Emergency services", ContactKind.Call, "911", "911",
            "If you or someone else is in immediate danger.", Refs.UsEmergency911, IsEmergencyNumber: true),
        new("988 Suicide & Crisis Lifeline", ContactKind.CallOrText, "988", "988",
            "Any time you are thinking about suicide or are in distress, day or night. Veterans: call 988 and press 1.",
            Refs.Lifeline988),
        new("Crisis Text Line", ContactKind.Text, "741741", "741741",
            "If texting is easier than talking. Text HOME.", Refs.CrisisTextLineUs, TextKeyword: "HOME"),
        new("Veterans Crisis Line", ContactKind.Call, "988, then press 1", "988",
            "For veterans and the people who care about them: call 988 and press 1.",
            Refs.Lifeline988, Audience: CrisisAudience.Veterans),
        new("Fireside Project (psychedelic peer support)", ContactKind.CallOrText, "62-FIRESIDE (623-473-7433)", "6234737433",
            "During or after a ketamine or psychedelic experience that feels hard. Not for medical emergencies.",
            Refs.FiresideProject, Audience: CrisisAudience.PsychedelicExperiences),
    ]);

    private static readonly CountryCrisisResources Canada = new("CA", "Canada",
    [
        new("Emergency services", ContactKind.Call, "911", "911",
            "If you or someone else is in immediate danger.", Refs.CanadaEmergency911, IsEmergencyNumber: true),
        new("9-8-8 Suicide Crisis Helpline", ContactKind.CallOrText, "988", "988",
            "Any time you are thinking about suicide or are in distress. English or French, day or night.", Refs.Canada988),
        new("Crisis Text Line (Canada)", ContactKind.Text, "686868", "686868",
            "If texting is easier than talking.", Refs.CrisisTextLineAffiliates),
    ]);

    private static readonly CountryCrisisResources UnitedKingdom = new("GB", "United Kingdom",
    [
        new("Emergency services", ContactKind.Call, "999", "999",
            "If a life is at risk right now, or go to A&E.", Refs.UkEmergency999, IsEmergencyNumber: true),
        new("Samaritans", ContactKind.Call, "116 123", "116123",
            "Someone to talk to, free, day or night.", Refs.Samaritans),
        new("Shout", ContactKind.Text, "85258", "85258",
            "If texting is easier than talking.", Refs.CrisisTextLineAffiliates),
    ]);

    private static readonly CountryCrisisResources Ireland = new("IE", "Ireland",
    [
        new("Emergency services", ContactKind.Call, "112 or 999", "112",
            "If someone's life is at risk right now.", Refs.IrelandEmergency112, IsEmergencyNumber: true),
        new("Samaritans", ContactKind.Call, "116 123", "116123",
            "Someone to talk to, free, day or night.", Refs.Samaritans),
        new("Crisis Text Line (Ireland)", ContactKind.Text, "086 1800 280", "0861800280",
            "If texting is easier than talking.", Refs.CrisisTextLineAffiliates),
    ]);

    private static readonly CountryCrisisResources Australia = new("AU", "Australia",
    [
        new("Emergency services (Triple Zero)", ContactKind.Call, "000", "000",
            "If someone needs urgent help right now.", Refs.AustraliaEmergency000, IsEmergencyNumber: true),
        new("Lifeline", ContactKind.Call, "13 11 14", "131114",
            "Someone to talk to, day or night.", Refs.LifelineAustralia),
    ]);

    /// <summary>Every country Lantern has checked resources for, in display order.</summary>
    public static IReadOnlyList<CountryCrisisResources> Countries { get; } =
        [UnitedStates, Canada, UnitedKingdom, Ireland, Australia];

    /// <summary>Resources for an ISO 3166-1 alpha-2 code; null when we have none checked for that country.</summary>
    public static CountryCrisisResources? ForCountry(string? countryCode) =>
        countryCode is null
            ? null
            : Countries.FirstOrDefault(c => string.Equals(c.CountryCode, countryCode.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Country for an IANA time zone, used to pick crisis lines for a signed-in person when they have not
    /// chosen a country. Only unambiguous zones are mapped; everything else returns null.
    /// </summary>
    public static string? CountryForTimeZone(string? ianaTimeZone) => ianaTimeZone switch
    {
        null => null,
        "Europe/London" or "Europe/Belfast" => "GB",
        "Europe/Dublin" => "IE",
        _ when ianaTimeZone.StartsWith("Australia/", StringComparison.Ordinal) => "AU",
        "America/Toronto" or "America/Vancouver" or "America/Edmonton" or "America/Winnipeg" or "America/Halifax"
            or "America/St_Johns" or "America/Regina" or "America/Moncton" or "America/Whitehorse"
            or "America/Yellowknife" or "America/Iqaluit" => "CA",
        "America/New_York" or "America/Chicago" or "America/Denver" or "America/Los_Angeles" or "America/Phoenix"
            or "America/Anchorage" or "Pacific/Honolulu" or "America/Detroit" or "America/Boise"
            or "America/Indiana/Indianapolis" or "America/Kentucky/Louisville" => "US",
        _ => null,
    };
}
