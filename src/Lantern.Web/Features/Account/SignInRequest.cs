namespace Lantern.Web.Features.Account;

/// <summary>An e-mail and password, and for the one-step API sign-in the second factor too.</summary>
public sealed record SignInRequest(string? Email, string? Password, string? Code = null, string? RecoveryCode = null);
