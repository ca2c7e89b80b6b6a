using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Lantern.Web.Features.Guide;
using Lantern.Web.Platform.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database (see <see cref="TestDatabase"/>), with a controllable clock and a
/// log collector. Clients talk to it over https://localhost so Secure cookies behave as in production.
/// </summary>
public class LanternAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> _settings = new();

    public LanternAppFactory()
        : this(TestDatabase.Create())
    {
    }

    protected LanternAppFactory(TestDatabase database)
    {
        Database = database;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Browser tests use the real clock: a real browser expires cookies by its own clock.</summary>
    protected virtual bool UseFakeClock => true;

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>Checks every API response against the app's OpenAPI document; records the operations and statuses seen.</summary>
    public OpenApiConformance Conformance { get; } = new();

    public string OutboxDirectory => Path.Combine(Database.DataDirectory, "outbox");

    /// <summary>What this app wrote to its outbox directory.</summary>
    public MailOutbox Outbox => _outbox ??= new MailOutbox(OutboxDirectory);

    private MailOutbox? _outbox;

    /// <summary>The newest mail to <paramref name="to"/> whose subject contains the text, however this app delivers mail.</summary>
    public virtual Task<MimeKit.MimeMessage> WaitForMailAsync(string to, string subjectContains) =>
        Outbox.WaitForAsync(to, subjectContains);

    /// <summary>Extra configuration for one factory, e.g. low rate limits; set before the first client is created.</summary>
    public LanternAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Lantern:DataDirectory"] = Database.DataDirectory,
            ["Lantern:PublicBaseUrl"] = "https://localhost",
            ["Database:Provider"] = Database.Provider,
            ["ConnectionStrings:Lantern"] = Database.ConnectionString,
            ["Email:Delivery"] = "Outbox",
            // Tests sign up many users from one "IP"; the rate-limit tests lower these again.
            ["RateLimits:AuthPerIpPerMinute"] = "100000",
            ["RateLimits:SignInPerAccountPer15Minutes"] = "100000",
            ["Logging:LogLevel:Default"] = "Information",
            // The log collector sees Information; the console (the test run's own output) only what needs reading.
            ["Logging:Console:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        // UseSetting (not ConfigureAppConfiguration) so Program sees these while it registers services.
        foreach (var (key, value) in settings.Where(kv => kv.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Conformance);
            services.AddTransient<IStartupFilter, OpenApiConformance.StartupFilter>();

            // The guide is content embedded in the assembly, the same for every host in this process: parse it and
            // index it once, not once per host (GuideTests still build it from scratch).
            services.RemoveAll<GuideCatalogue>();
            services.AddSingleton(ParsedGuide.Value.Catalogue);
            services.RemoveAll<SearchGuide>();
            services.AddSingleton(ParsedGuide.Value.Search);
            if (UseFakeClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            }

            SignalSentMail(services);

            if (!UseProductionPasswordHashing)
            {
                // Hundreds of sign-ups each hash twice; production's 210,000 rounds would be most of the suite's CPU.
                // ProductionHashingApp keeps the real cost, and PasswordPolicyTests prove what production stores.
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashIterations);
            }
        });
    }

    private static readonly Lazy<(GuideCatalogue Catalogue, SearchGuide Search)> ParsedGuide = new(() =>
    {
        var catalogue = GuideCatalogue.Load(GuideContentFiles.ReadAll());
        return (catalogue, new SearchGuide(catalogue));
    });

    /// <summary>Wraps the app's registered mailer so waits for mail are woken by the send itself.</summary>
    private void SignalSentMail(IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IMailer));
        services.Remove(registered);
        services.AddSingleton<IMailer>(sp => new SignallingMailer(
            registered.ImplementationType is { } type
                ? (IMailer)ActivatorUtilities.CreateInstance(sp, type)
                : (IMailer)registered.ImplementationFactory!(sp),
            Outbox));
    }

    /// <summary>PBKDF2 rounds in tests: cheap, yet still a real salted hash through Identity's own hasher.</summary>
    public const int TestPasswordHashIterations = 1_000;

    /// <summary>True only for apps that must hash passwords exactly as production does.</summary>
    protected virtual bool UseProductionPasswordHashing => false;

    /// <summary>A client with its own cookie jar, as one browser would have.</summary>
    public HttpClient CreateBrowserlikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    public ValueTask InitializeAsync()
    {
        _ = Server; // start the host (migrations run here) before tests use it
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>An app on a database of the caller's choosing: one shared with another instance, or one with no schema yet.</summary>
public sealed class AppOnDatabase(TestDatabase database) : LanternAppFactory(database);

/// <summary>An app that hashes passwords with production's cost, for the tests that check that cost.</summary>
public sealed class ProductionHashingApp : LanternAppFactory
{
    protected override bool UseProductionPasswordHashing => true;
}

/// <summary>
/// The one app host most test classes share (one per database provider per run): users are unique per test, so
/// tests need no host of their own. A class that moves the clock by more than a TOTP step, changes settings,
/// reads every log record (the canary tests) or counts app-wide state takes its own <see cref="LanternAppFactory"/> as a class fixture instead.
/// </summary>
public sealed class SharedApp : LanternAppFactory;
