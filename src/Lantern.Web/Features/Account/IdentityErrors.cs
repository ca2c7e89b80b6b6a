using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

internal static class IdentityErrors
{
    /// <summary>Maps Identity's errors onto the form fields people see.</summary>
    public static Dictionary<string, string[]> ToFields(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code switch
            {
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
                _ when e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) => "email",
                _ => "general",
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
