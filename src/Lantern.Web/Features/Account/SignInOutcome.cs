namespace Lantern.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; a code from the authenticator app (or a recovery code) is needed.</summary>
    TwoFactorRequired,

    /// <summary>Wrong e-mail, wrong password, wrong code or locked out: deliberately one answer.</summary>
    Failed,

    /// <summary>Right password, but the e-mail address is not confirmed yet.</summary>
    EmailNotConfirmed,
}
