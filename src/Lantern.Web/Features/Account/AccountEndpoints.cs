using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>The account API under /api/v1. Each route calls the same handler as its page.</summary>
public static class AccountEndpoints
{
    public const string CheckEmailMessage = "Thanks. Check your e-mail for a link to finish setting up your account.";
    public const string ResetRequestedMessage = "If that address has a Lantern account, we have e-mailed a link to reset the password.";

    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Account").RequireRateLimiting(RateLimitPolicies.Auth);

        auth.MapPost("/register", async (SignUpRequest request, SignUpHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, ct);
            return TypedResults.Accepted((string?)null, new MessageResponse(CheckEmailMessage));
        }).AllowAnonymous();

        auth.MapPost("/confirm-email", async (ConfirmEmailRequest request, ConfirmEmailHandler handler, CancellationToken ct) =>
            TypedResults.Ok(MeResponse.From(await handler.HandleAsync(request, ct)))).AllowAnonymous();

        auth.MapPost("/login", async Task<Results<Ok<MeResponse>, ProblemHttpResult>> (
            SignInRequest request, SignInWithPasswordAndCodeHandler handler, UserManager<LanternUser> users, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(request, ct);
            return outcome switch
            {
                SignInOutcome.SignedIn => TypedResults.Ok(MeResponse.From((await users.FindByEmailAsync(request.Email!.Trim()))!)),
                SignInOutcome.TwoFactorRequired => TypedResults.Problem(statusCode: 401, title: "Two-step sign-in code needed",
                    detail: "Send the 6-digit code from your authenticator app as \"code\", or a recovery code as \"recoveryCode\".",
                    extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true }),
                SignInOutcome.EmailNotConfirmed => TypedResults.Problem(statusCode: 403, title: "E-mail not confirmed",
                    detail: "Open the link we e-mailed you to confirm your address, then sign in."),
                SignInOutcome.Failed => TypedResults.Problem(statusCode: 401, title: "Sign-in failed", detail: SignInAttempts.FailedMessage),
            };
        }).AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        auth.MapPost("/logout", async (SignOutHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(ct);
            return TypedResults.NoContent();
        });

        auth.MapPost("/forgot-password", async (ForgotPasswordRequest request, ForgotPasswordHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, ct);
            return TypedResults.Accepted((string?)null, new MessageResponse(ResetRequestedMessage));
        }).AllowAnonymous();

        auth.MapPost("/reset-password", async (ResetPasswordRequest request, ResetPasswordHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, ct);
            return TypedResults.NoContent();
        }).AllowAnonymous();

        var me = api.MapGroup("/me").WithTags("Account");

        me.MapGet("", async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> (CurrentPerson person, CancellationToken ct) =>
            await person.FindAsync(ct) is { } found
                ? TypedResults.Ok(MeResponse.From(found))
                : TypedResults.Unauthorized());

        me.MapPost("/password", async (ChangePasswordRequest request, ChangePasswordHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(request, ct);
            return TypedResults.NoContent();
        });

        me.MapGet("/two-factor", async (TwoFactorHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetStatusAsync(ct)));
        me.MapPost("/two-factor/enable", async (EnableTwoFactorRequest request, TwoFactorHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.EnableAsync(request, ct)));
        me.MapPost("/two-factor/disable", async (PasswordConfirmation request, TwoFactorHandler handler, CancellationToken ct) =>
        {
            await handler.DisableAsync(request, ct);
            return TypedResults.NoContent();
        });
        me.MapPost("/two-factor/recovery-codes", async (PasswordConfirmation request, TwoFactorHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.RegenerateRecoveryCodesAsync(request, ct)));

        me.MapGet("/sessions", async (ActiveSessionsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ListAsync(ct)));
        me.MapDelete("/sessions/{id:guid}", async (Guid id, ActiveSessionsHandler handler, CancellationToken ct) =>
        {
            await handler.EndAsync(id, ct);
            return TypedResults.NoContent();
        });
        me.MapPost("/sessions/end-others", async (ActiveSessionsHandler handler, CancellationToken ct) =>
        {
            await handler.EndOthersAsync(ct);
            return TypedResults.NoContent();
        });

        // Deleting the account (issue 17): ask with the password (and a code with two-step sign-in), cancel during the
        // cooling-off period, or see when it will happen.
        me.MapGet("/deletion", async (Deletion.GetAccountDeletionStatusHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));
        me.MapPost("/deletion", async (Deletion.RequestAccountDeletionRequest request, Deletion.RequestAccountDeletionHandler handler, CancellationToken ct) =>
            TypedResults.Accepted("/api/v1/me/deletion", await handler.HandleAsync(request, ct)))
            .ProducesProblem(StatusCodes.Status409Conflict);
        me.MapDelete("/deletion", async (Deletion.CancelAccountDeletionHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(ct);
            return TypedResults.NoContent();
        }).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
