using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Hosting;

/// <summary>
/// The published app, started the way a service manager or a container starts it: <c>dotnet /path/Lantern.Web.dll</c>
/// from some other working directory, with no content root given. It must still read its appsettings and serve its
/// styles. Publishing reuses the build the tests run from (<c>--no-build</c>), once for this class.
/// </summary>
public sealed class PublishedAppTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "lantern-published", Guid.NewGuid().ToString("N"));
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly StringBuilder _output = new();
    private Process? _app;
    private Uri _address = null!;

    [Fact]
    public async Task StartedFromAnotherDirectory_ReadsItsSettingsAndServesItsStyles()
    {
        using var client = new HttpClient { BaseAddress = _address };

        var live = await client.GetAsync("/health/live", Ct);
        var css = await client.GetAsync("/css/site.css", Ct);
        var home = await client.GetStringAsync("/", Ct);
        // appsettings.Development.json turns the demo on, so the demo patient can sign in only if it was read.
        var demo = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "patient@demo.lantern.test", password = "demo patient lantern 2026" }, Ct);
        string output;
        lock (_output)
        {
            output = _output.ToString();
        }

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/css/site.css", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
        Assert.Contains("Content root path: " + Path.Combine(_root, "app"), output, StringComparison.Ordinal);
        // appsettings.json keeps EF Core's SQL and each request's start out of the log (the issue saw 333 MB in 50 s without it).
        Assert.DoesNotContain("Executed DbCommand", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", output, StringComparison.Ordinal);
    }

    public async ValueTask InitializeAsync()
    {
        var publish = Path.Combine(_root, "app");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        await RunToEndAsync("dotnet", ["publish", Path.Combine(RepositoryRoot(), "src", "Lantern.Web", "Lantern.Web.csproj"),
            "-c", BuildConfiguration(), "--no-build", "-o", publish, "-nologo", "-v", "quiet"]);

        var port = FreeLoopbackPort();
        _address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(publish, "Lantern.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(_address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        start.Environment["Lantern__DataDirectory"] = _database.DataDirectory;
        start.Environment["Database__Provider"] = _database.Provider;
        if (_database.ConnectionString is { } connection)
        {
            start.Environment["ConnectionStrings__Lantern"] = connection;
        }

        _app = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _app.OutputDataReceived += (_, line) => Append(line.Data);
        _app.ErrorDataReceived += (_, line) => Append(line.Data);
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitUntilLiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        _app?.Dispose();
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting app is not worth failing over; it is in the temp folder.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException("The published app exited:\n" + _output);
            }

            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The published app did not answer /health/live:\n" + _output);
    }

    private static async Task RunToEndAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Debug or Release: the configuration these tests were built in, so --no-build finds the app's build.</summary>
    private static string BuildConfiguration() =>
        typeof(PublishedAppTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lantern.slnx not found above " + AppContext.BaseDirectory);
    }
}
