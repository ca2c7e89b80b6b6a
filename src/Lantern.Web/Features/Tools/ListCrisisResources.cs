using Lantern.Clinical.Safety;
using Lantern.Web.Platform.Http;

namespace Lantern.Web.Features.Tools;

public sealed record CrisisContactResponse(string Name, string How, string Display, string Dial, string? TextKeyword,
    string WhenToUse, bool IsEmergencyNumber, SourceResponse Source);

public sealed record CrisisResourcesResponse(string Country, string CountryName, IReadOnlyList<CrisisContactResponse> Contacts);

/// <summary>The crisis lines for one country, emergency number first.</summary>
public static class ListCrisisResources
{
    public static CrisisResourcesResponse Handle(string? country)
    {
        var resources = CrisisDirectory.ForCountry(country ?? CrisisDirectory.DefaultCountry)
            ?? throw new ValidationFailedException("country",
                "We have checked crisis lines for: " + string.Join(", ", CrisisDirectory.Countries.Select(c => c.CountryCode)) + ".");
        return new CrisisResourcesResponse(resources.CountryCode, resources.CountryName, resources.Contacts
            .Select(c => new CrisisContactResponse(c.Name, Kind(c.Kind), c.Display, c.Dial, c.TextKeyword, c.WhenToUse, c.IsEmergencyNumber,
                SourceResponse.From(c.Source)))
            .ToArray());
    }

    private static string Kind(ContactKind kind) => kind switch
    {
        ContactKind.Call => "call",
        ContactKind.Text => "text",
        ContactKind.CallOrText => "call-or-text",
    };
}
