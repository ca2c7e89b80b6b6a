using System.Text;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Options;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Account;

/// <summary>Builds the links Lantern e-mails. Tokens are base64url so they survive mail clients intact.</summary>
public sealed class AccountLinks(IOptions<LanternOptions> options)
{
    /// <param name="continueTo">A local address to go on to once confirmed (an invitation being accepted), or null.</param>
    public string ConfirmEmail(Guid userId, string token, string? continueTo = null) =>
        LocalUrl.IsLocal(continueTo)
            ? QueryHelpers.AddQueryString(Build("/account/confirm-email", userId, token), "returnUrl", continueTo!)
            : Build("/account/confirm-email", userId, token);

    public string ResetPassword(Guid userId, string token) => Build("/account/reset-password", userId, token);

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Build(string path, Guid userId, string token) =>
        QueryHelpers.AddQueryString(options.Value.PublicBaseUrl.TrimEnd('/') + path, new Dictionary<string, string?>
        {
            ["userId"] = userId.ToString(),
            ["token"] = EncodeToken(token),
        });
}
