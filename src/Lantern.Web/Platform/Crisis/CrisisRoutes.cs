using Lantern.Clinical;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Platform.Crisis;

/// <summary>
/// Builds the one crisis route from the kind of help needed and the person's country. The country is the one they
/// chose, else their time zone's, else none: never a default. The kind decides what leads: the emergency number
/// for a medical emergency, crisis lines and the emergency number for a mental-health crisis, the person's provider
/// today (with the emergency number if it gets worse) for urgent same-day care. See docs/adr/0009-one-crisis-route.md.
/// </summary>
public static class CrisisRoutes
{
    public const string HelpPage = "/help";

    /// <summary>What every route says where we hold no checked lines for the person's country (or know none).</summary>
    public const string LocalEmergencyNumber = "call your local emergency number";

    /// <summary>The link words to choose a country, the same on every page and in the API.</summary>
    public const string ChooseCountry = "Choose your country to see its crisis lines";

    /// <summary>The country whose lines this person should see, or null when we know none we hold checked lines for.</summary>
    public static CountryCrisisResources? CountryFor(ICrisisPlace? person) =>
        person is null ? null : CrisisDirectory.ForCountry(person.CrisisCountry ?? CrisisDirectory.CountryForTimeZone(person.TimeZone));

    /// <summary>The route for one kind of help and one person.</summary>
    public static CrisisRouteResponse For(CrisisKind kind, ICrisisPlace? person) => For([kind], CountryFor(person));

    /// <summary>
    /// The route for the kinds of help needed, the leading kind first (<see cref="CrisisKinds.Needed"/>): its heading,
    /// first step and lines lead, and the lines the other kinds need follow.
    /// </summary>
    public static CrisisRouteResponse For(IReadOnlyList<CrisisKind> kinds, CountryCrisisResources? country)
    {
        ArgumentOutOfRangeException.ThrowIfZero(kinds.Count);
        var lead = kinds[0];
        var lines = country is null
            ? []
            : kinds.SelectMany(kind => LinesFor(kind, country)).DistinctBy(c => (c.Name, c.Dial)).Select(Line).ToArray();
        return new CrisisRouteResponse(
            lead.ToCode(),
            Heading(lead),
            Lead(lead, country?.Emergency?.Display),
            country?.CountryCode,
            country?.CountryName,
            lines,
            country is null ? HelpPage : $"{HelpPage}?country={country.CountryCode}",
            country is null ? ChooseCountry : "More crisis lines, and other countries");
    }

    /// <summary>A <c>tel:</c> or <c>sms:</c> link for a contact (a text keyword goes in the message body).</summary>
    public static string Href(CrisisContact contact) => contact.Kind switch
    {
        ContactKind.Text => contact.TextKeyword is null ? $"sms:{contact.Dial}" : $"sms:{contact.Dial}?body={Uri.EscapeDataString(contact.TextKeyword)}",
        ContactKind.Call or ContactKind.CallOrText => $"tel:{contact.Dial}",
        _ => throw new ArgumentOutOfRangeException(nameof(contact), contact.Kind, null),
    };

    /// <summary>The verb on a contact's link: "Call", "Call or text", "Text HOME to".</summary>
    public static string Action(CrisisContact contact) => contact.Kind switch
    {
        ContactKind.Text when contact.TextKeyword is not null => $"Text {contact.TextKeyword} to",
        _ => contact.Kind.ToWords(),
    };

    public static CrisisLineResponse Line(CrisisContact contact) =>
        new(contact.Name, Action(contact), contact.Display, Href(contact), contact.WhenToUse, contact.IsEmergencyNumber);

    private static IEnumerable<CrisisContact> LinesFor(CrisisKind kind, CountryCrisisResources country)
    {
        var emergency = country.Contacts.Where(c => c.IsEmergencyNumber);
        return kind switch
        {
            // Crisis lines for everyone first, then the emergency number, then lines for particular people.
            CrisisKind.MentalHealthCrisis => country.Contacts.Where(c => !c.IsEmergencyNumber && c.Audience == CrisisAudience.Everyone)
                .Concat(emergency)
                .Concat(country.Contacts.Where(c => !c.IsEmergencyNumber && c.Audience != CrisisAudience.Everyone)),
            CrisisKind.MedicalEmergency or CrisisKind.UrgentSameDayCare => emergency,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string Heading(CrisisKind kind) => kind switch
    {
        CrisisKind.MedicalEmergency => "Get emergency medical help now",
        CrisisKind.MentalHealthCrisis => "Help is here, right now",
        CrisisKind.UrgentSameDayCare => "Contact your provider today",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Lead(CrisisKind kind, string? emergencyNumber)
    {
        var call = emergencyNumber is null ? LocalEmergencyNumber : $"call {emergencyNumber}";
        return kind switch
        {
            CrisisKind.MedicalEmergency => $"{Capitalised(call)} now, or go to the nearest emergency department.",
            CrisisKind.MentalHealthCrisis => emergencyNumber is null
                ? $"If you are in danger right now, {call}. You don't have to wait until it is that bad to talk to someone."
                : $"You can call or text a crisis line below at any time, day or night; they are there for exactly this. "
                    + $"If you are in danger right now, {call}.",
            CrisisKind.UrgentSameDayCare => $"Contact your provider, or an urgent care service, today. If it gets worse, or you feel unsafe, {call}.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
