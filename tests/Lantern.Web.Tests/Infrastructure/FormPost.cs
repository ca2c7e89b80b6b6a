using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Posts a Razor Pages form the way a browser does: read the page, take its antiforgery token, send the fields.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IDictionary<string, string> fields, CancellationToken ct)
    {
        var form = await client.GetStringAsync(path, ct);
        var withToken = new Dictionary<string, string>(fields) { ["__af"] = Token().Match(form).Groups[1].Value };
        return await client.PostAsync(path, new FormUrlEncodedContent(withToken), ct);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
