namespace Lantern.Web.Platform.Hosting;

/// <summary>
/// Where Lantern finds its appsettings, wwwroot and (by default) its data folder. ASP.NET Core takes the current
/// directory, so a published app started elsewhere (<c>dotnet /srv/lantern/Lantern.Web.dll</c> from a service manager
/// or a container) would run with no settings and no styles. Lantern uses its own folder instead, unless a content root
/// is given the usual ways (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>); the test
/// host and <c>dotnet run</c> (see RunArguments in the project file) give one.
/// </summary>
public static class ContentRoot
{
    /// <summary>The options to build the app with: <paramref name="args"/>, and the app's folder as content root when none is given.</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsGiven(args) ? null : AppContext.BaseDirectory,
    };

    /// <summary>True when the command line or environment names a content root, read the way the host reads it.</summary>
    public static bool IsGiven(string[] args) =>
        !string.IsNullOrEmpty(new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey]);
}
