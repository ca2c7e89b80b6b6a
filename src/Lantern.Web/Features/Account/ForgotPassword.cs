using System.Threading.Channels;
using Lantern.Web.Platform.Email;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record ForgotPasswordRequest(string? Email);

/// <summary>
/// "Forgot my password": the request only queues the address and answers. Whether the address has an account is
/// decided later, off the request path, by <see cref="PasswordResetSender"/>, so a known and an unknown address take
/// the same path and the same time (looking up the account, making the token and sending by SMTP would otherwise
/// show in the response time). The answer never says whether the address has an account.
/// </summary>
public sealed class ForgotPasswordHandler(PasswordResetQueue queue)
{
    public Task HandleAsync(ForgotPasswordRequest request, CancellationToken ct)
    {
        queue.Enqueue(request.Email?.Trim() ?? string.Empty);
        return Task.CompletedTask;
    }
}

/// <summary>Addresses waiting for a reset e-mail. Bounded, so a flood cannot grow memory; rate limits keep it short.</summary>
public sealed class PasswordResetQueue(ILogger<PasswordResetQueue> logger)
{
    private const int Capacity = 1000;

    private readonly Channel<string> _addresses = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Enqueue(string email)
    {
        if (email.Length > 0 && !_addresses.Writer.TryWrite(email))
        {
            AccountLog.ResetQueueFull(logger);
        }
    }

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken ct) => _addresses.Reader.ReadAllAsync(ct);
}

/// <summary>E-mails a reset link to each queued address that has a confirmed account; other addresses get nothing.</summary>
public sealed class PasswordResetSender(PasswordResetQueue queue, IServiceScopeFactory scopes, ILogger<PasswordResetSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(email, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One bad address or a mail server hiccup must not stop the resets behind it; the person can ask again.
                AccountLog.ResetMailFailed(logger, failure.GetType().Name);
            }
        }
    }

    private async Task SendAsync(string email, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.EmailConfirmed)
        {
            return;
        }

        var links = scope.ServiceProvider.GetRequiredService<AccountLinks>();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await scope.ServiceProvider.GetRequiredService<IMailer>().SendAsync(new EmailMessage(user.Email!, "Reset your Lantern password",
            $"Someone asked to reset the password of your Lantern account.\n\nTo choose a new password, open:\n{links.ResetPassword(user.Id, token)}\n\n" +
            "The link works once, for one hour. If you did not ask, ignore this e-mail: your password has not changed.\n" +
            "If you use two-step sign-in, you will still need your code after resetting."), ct);
    }
}

internal static partial class AccountLog
{
    [LoggerMessage(1010, LogLevel.Warning, "Password-reset queue full; a request was dropped")]
    public static partial void ResetQueueFull(ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Password-reset e-mail not sent ({ExceptionType})")]
    public static partial void ResetMailFailed(ILogger logger, string exceptionType);
}
