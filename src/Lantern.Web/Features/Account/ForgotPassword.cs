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
