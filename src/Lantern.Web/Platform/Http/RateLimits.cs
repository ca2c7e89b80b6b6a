using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Http;

/// <summary>Limits on the endpoints attackers hammer (ASVS 6.1.1, security.md §4.5). Per instance.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, sign-up and reset requests from one IP address per minute.</summary>
    [Range(1, 100_000)]
    public int AuthPerIpPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts for one account per 15 minutes (lockout handles password guessing; this handles floods).</summary>
    [Range(1, 100_000)]
    public int SignInPerAccountPer15Minutes { get; set; } = 20;
}

public static class RateLimitPolicies
{
    public const string Auth = "auth";

    public static IServiceCollection AddLanternRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, ct) => WriteTooManyRequestsAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
            options.AddPolicy(Auth, httpContext =>
            {
                var limits = httpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var ip = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.AuthPerIpPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>429 with Retry-After, as problem details for the API and as a plain page otherwise.</summary>
    public static async ValueTask WriteTooManyRequestsAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Lantern.RateLimit");
        Log.RateLimited(logger, context.Request.Path);
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        var detail = $"Too many attempts. Please wait {minutes} minute{(minutes == 1 ? "" : "s")} and try again.";
        if (context.Request.IsApi())
        {
            await Results.Problem(statusCode: 429, title: "Too many requests", detail: detail).ExecuteAsync(context);
        }
        else
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts — Lantern</title>" +
                $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
                $"<body><main class=\"page\"><h1>Please wait a moment</h1><p>{detail}</p>" +
                $"<p><a href=\"/help\">Get help now</a> · <a href=\"/\">Home</a></p></main></body></html>");
        }
    }
}

/// <summary>Counts sign-in attempts per account, keyed by the normalised e-mail, across all IPs.</summary>
public sealed class AccountAttemptLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInPerAccountPer15Minutes,
            Window = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string normalisedEmail)
    {
        using var lease = _limiter.AttemptAcquire(normalisedEmail);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(15);
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Thrown by a handler when a per-account limit is hit; the API and pages both turn it into 429.</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter) : Exception("Too many attempts.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
