using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Hosting;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Input;
using Lantern.Web.Platform.OpenApi;
using Lantern.Web.Platform.Options;
using Lantern.Web.Platform.Push;
using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform;

/// <summary>Wires the cross-cutting parts: options, database, identity, access, audit, HTTP hygiene.</summary>
public static class PlatformSetup
{
    /// <summary>Largest request body Lantern accepts; anything bigger gets 413.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddLanternPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });

        services.AddOptions<LanternOptions>().Bind(configuration.GetSection(LanternOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Delivery != EmailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required for SMTP delivery.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new OutboxDirectory(Path.Combine(
            LanternOptions.ResolveDataDirectory(sp.GetRequiredService<IOptions<LanternOptions>>().Value, builder.Environment.ContentRootPath),
            "outbox")));
        services.AddSingleton<IMailer, Mailer>();
        services.AddSingleton(InstanceIdentity.Create());
        services.AddLanternPush(configuration);

        services.AddLanternDatabase(configuration, builder.Environment);
        services.AddLanternIdentity(configuration, builder.Environment);
        services.AddScoped<AuditLog>();
        services.AddScoped<HealthDataAccess>();
        services.AddScoped<SessionRevoker>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<CurrentPerson>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<LanternExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        });
        services.AddLanternRateLimiting();

        // Deny by default: every endpoint and page needs a signed-in user unless it says [AllowAnonymous]
        // and appears on the checked-in anonymous allow-list (tests/Lantern.Web.Tests/Security/anonymous-endpoints.txt).
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new FormInputBinderProvider()));
        services.AddLanternOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseLanternPlatform(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseMiddleware<HttpsOnlyMiddleware>();
        }

        app.UseWhen(context => context.Request.IsApi(), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.IsApi(), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseExceptionHandler();
        app.UseMiddleware<AuditFlushMiddleware>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseMiddleware<CrossSiteApiMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<JsonOnlyApiMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();

        // Unknown addresses are a plain 404 for everyone (a problem body under /api, the friendly page
        // elsewhere) rather than a sign-in challenge, which would hint at what exists behind it.
        app.MapFallback("/api/{**path}", () => TypedResults.NotFound()).AllowAnonymous();
        app.MapFallback("{**path}", () => TypedResults.NotFound()).AllowAnonymous();
        return app;
    }

    /// <summary>The /api/v1 group every feature maps its endpoints into, with the input boundary on all of them.</summary>
    public static RouteGroupBuilder MapApiGroup(this WebApplication app) =>
        app.MapGroup("/api/v1").AddEndpointFilterFactory(ApiInputFilter.Create);
}
