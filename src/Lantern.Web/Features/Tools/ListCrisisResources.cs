using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Tools;

public sealed record CrisisContactResponse(string Name, string How, string Display, string Dial, string? TextKeyword,
    string WhenToUse, bool IsEmergencyNumber, SourceResponse Source);

public sealed record CrisisResourcesResponse(string Country, string CountryName, IReadOnlyList<CrisisContactResponse> Contacts);

/// <summary>
/// The directory behind "Get help now": every checked crisis line for one country, emergency number first, each
/// with its source. The country asked for, else the caller's own (chosen, else from their time zone); never a
/// default. An answer to a red flag uses the crisis route instead (Platform/Crisis).
/// </summary>
public static class ListCrisisResources
{
    public static CrisisResourcesResponse Handle(string? country, ICrisisPlace caller)
    {
        var resources = (string.IsNullOrWhiteSpace(country) ? CrisisRoutes.CountryFor(caller) : CrisisDirectory.ForCountry(country))
            ?? throw new ValidationFailedException("country",
                (string.IsNullOrWhiteSpace(country) ? "Say which country. " : string.Empty)
                + "We have checked crisis lines for: " + string.Join(", ", CrisisDirectory.Countries.Select(c => c.CountryCode))
                + ". Anywhere else, " + CrisisRoutes.LocalEmergencyNumber + ".");
        return new CrisisResourcesResponse(resources.CountryCode, resources.CountryName, resources.Contacts
            .OrderByDescending(c => c.IsEmergencyNumber)
            .Select(c => new CrisisContactResponse(c.Name, Kind(c.Kind), c.Display, c.Dial, c.TextKeyword, c.WhenToUse, c.IsEmergencyNumber,
                SourceResponse.From(c.Source)))
            .ToArray());
    }

    private static string Kind(ContactKind kind) => kind switch
    {
        ContactKind.Call => "call",
        ContactKind.Text => "text",
        ContactKind.CallOrText => "call-or-text",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
