using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record ForgotPasswordRequest(string? Email);

/// <summary>E-mails a reset link when the address has a confirmed account. The answer never says whether it does.</summary>
public sealed class ForgotPasswordHandler(UserManager<LanternUser> users, IMailer mailer, AccountLinks links)
{
    public async Task HandleAsync(ForgotPasswordRequest request, CancellationToken ct)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null || !user.EmailConfirmed)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await mailer.SendAsync(new EmailMessage(user.Email!, "Reset your Lantern password",
            $"Someone asked to reset the password of your Lantern account.\n\nTo choose a new password, open:\n{links.ResetPassword(user.Id, token)}\n\n" +
            "The link works once, for one hour. If you did not ask, ignore this e-mail: your password has not changed.\n" +
            "If you use two-step sign-in, you will still need your code after resetting."), ct);
    }
}
