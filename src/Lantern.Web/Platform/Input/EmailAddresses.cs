using System.Net.Mail;

namespace Lantern.Web.Platform.Input;

/// <summary>What Lantern accepts as an e-mail address, wherever one is typed (sign-up, care-team invitations).</summary>
public static class EmailAddresses
{
    /// <summary>
    /// A single plain address: parses as one, is not rewritten by parsing (no display name or comments), and has a dot
    /// in the domain. Lantern sends real mail, so a bare "name@host" is refused.
    /// </summary>
    public static bool IsValid(string value) =>
        value.Length is > 3 and <= 254 && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value
        && value.IndexOf('@', StringComparison.Ordinal) is var at && at > 0 && value.IndexOf('.', at) > at + 1;
}
