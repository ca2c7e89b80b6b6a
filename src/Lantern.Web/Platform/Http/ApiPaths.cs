namespace Lantern.Web.Platform.Http;

public static class ApiPaths
{
    public const string Prefix = "/api";

    /// <summary>JSON API requests get problem details and 401s; everything else gets pages and redirects.</summary>
    public static bool IsApi(this HttpRequest request) =>
        request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
