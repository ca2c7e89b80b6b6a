using System.Security.Cryptography.X509Certificates;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Options;
using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Identity;

public static class IdentitySetup
{
    public const string CookieName = "__Host-lantern";

    /// <summary>ASP.NET Core Identity with Lantern's password, lockout, two-factor and session rules.</summary>
    public static IServiceCollection AddLanternIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SessionLifetimeOptions>().Bind(configuration.GetSection(SessionLifetimeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<PasswordPolicyValidator>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddIdentity<LanternUser, IdentityRole<Guid>>(options =>
            {
                // ASVS 6.2.5: no composition rules. Length and the common-password list are checked by
                // PasswordPolicyValidator, which counts characters as people do (an emoji is one).
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
            })
            .AddEntityFrameworkStores<LanternDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedTotpProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<PasswordPolicyValidator>();

        // OWASP: PBKDF2-HMAC-SHA512 needs at least 210,000 iterations (security.md §4.1). Identity
        // re-hashes older, weaker hashes on the next successful sign-in.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(1));

        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<SessionHolds>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore, IOptions<SessionLifetimeOptions>, TimeProvider>((cookie, store, sessions, time) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.Path = "/";
                cookie.SessionStore = store;
                cookie.TimeProvider = time;
                // The store enforces idle and absolute limits; the ticket itself never outlives the absolute limit.
                cookie.ExpireTimeSpan = sessions.Value.AbsoluteLifetime;
                cookie.SlidingExpiration = false;
                cookie.LoginPath = "/account/sign-in";
                cookie.LogoutPath = "/account/sign-out";
                cookie.AccessDeniedPath = "/account/sign-in";
                cookie.ReturnUrlParameter = "returnUrl";
                // Sessions live in the database and are deleted on every credential change, so the
                // periodic security-stamp check adds nothing; it could also re-issue a cookie for a
                // session we just ended. Switched off deliberately.
                cookie.Events.OnValidatePrincipal = _ => Task.CompletedTask;
                cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme).Configure(cookie =>
        {
            cookie.Cookie.Name = "__Host-lantern-2fa";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme).Configure(cookie =>
        {
            cookie.Cookie.Name = "__Host-lantern-ext";
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.Path = "/";
        });

        // Antiforgery refuses a Secure-only cookie on a plain-HTTP request, and the first README command
        // serves http://localhost:5080. Production is HTTPS-only, so there it is Secure and __Host- prefixed.
        var httpsOnly = environment.IsProduction();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = httpsOnly ? "__Host-lantern-af" : "lantern-af";
            o.Cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.FormFieldName = "__af";
        });

        services.AddLanternDataProtection(configuration, environment);
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.IsApi())
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Keys that sign cookies and reset links. On SQLite they live in the data directory; on PostgreSQL
    /// in the database, so every instance accepts every other instance's cookies. Outside Development and
    /// Testing the keys must be encrypted at rest with a certificate, or start-up fails (fail closed).
    /// </summary>
    private static void AddLanternDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection().SetApplicationName("Lantern");
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Postgres)
        {
            builder.PersistKeysToDbContext<LanternDbContext>();
        }
        else
        {
            var lantern = configuration.GetSection(LanternOptions.Section).Get<LanternOptions>() ?? new LanternOptions();
            var keys = Path.Combine(LanternOptions.ResolveDataDirectory(lantern, environment.ContentRootPath), "keys");
            builder.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        var certificatePath = configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]);
            builder.ProtectKeysWithCertificate(certificate);
        }
        else if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                "DataProtection:CertificatePath is required outside Development: the keys that sign sessions must be encrypted at rest.");
        }
    }
}
