namespace Lantern.Web.Platform.Http;

/// <summary>
/// The one check for an address Lantern sends someone back to after signing in (issue 12): only a path on this
/// site. Stricter than the framework's own <c>IsLocalUrl</c>, so <c>LocalRedirect</c> never throws on what passes
/// here: no <c>//host</c> or <c>/\host</c> start, no backslash anywhere (browsers read it as a slash), and no control
/// character or white space such as a tab or line break, which browsers drop (turning <c>/\t/evil.example</c> into
/// <c>//evil.example</c>); a real return address is always percent-encoded.
/// </summary>
public static class LocalUrl
{
    public const string Home = "/";

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || url[1] != '/')
        && !url.Contains('\\', StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>The address when it is local, else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;
}
