using Lantern.Web.Platform.Email;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

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
