using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>
/// Step one of signing in on the pages: the password. When two-step sign-in is on, Identity remembers the
/// half-signed-in user in a short cookie for <see cref="SignInWithSecondFactorHandler"/>.
/// </summary>
public sealed class SignInWithPasswordHandler(SignInManager<LanternUser> signIn, UserManager<LanternUser> users, SignInAttempts attempts)
{
    public async Task<SignInOutcome> HandleAsync(SignInRequest request, CancellationToken ct)
    {
        var user = await attempts.FindUserAsync(request, ct);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, request.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.TwoFactorRequired;
        }

        var early = await attempts.InterpretAsync(user, request.Password ?? string.Empty, result, wasLocked, ct);
        if (early is not null)
        {
            return early.Value;
        }

        attempts.Succeeded(user);
        return SignInOutcome.SignedIn;
    }
}
