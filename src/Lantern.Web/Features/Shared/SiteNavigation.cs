namespace Lantern.Web.Features.Shared;

/// <summary>
/// What the header offers each kind of person (issue 15): only what they can use. A patient keeps records; a
/// caregiver or therapist sees what people share with them and never gets the patient's own tools (check-ins,
/// tapers, pain logs) that are not theirs. <see cref="Primary"/> sits in the header on a wide screen and at the top of
/// the menu on a phone; <see cref="More"/> is always in the menu.
/// </summary>
public static class SiteNavigation
{
    public sealed record Link(string Href, string Label);

    public static IReadOnlyList<Link> Primary(UserRole? role) => role switch
    {
        UserRole.Patient =>
        [
            new("/", "Home"), new("/dashboard", "Dashboard"), new("/sessions", "Sessions"), new("/taper", "Taper"),
            new("/pain", "Pain"), new("/guide", "Guide"),
        ],
        UserRole.Caregiver => [new("/", "Home"), new("/care-team", "People I support"), new("/alerts", "Alerts"), new("/guide", "Guide")],
        UserRole.Therapist => [new("/", "Home"), new("/care-team", "Caseload"), new("/alerts", "Alerts"), new("/guide", "Guide")],
        _ => [new("/guide", "Guide"), new("/tools", "Tools")],
    };

    public static IReadOnlyList<Link> More(UserRole? role) => role switch
    {
        UserRole.Patient =>
        [
            new("/checkin", "Check in for today"), new("/questionnaires", "Questionnaires"), new("/warning-signs", "Warning signs"),
            new("/alerts", "Alerts"), new("/care-team", "Care team"), new("/tools", "Tools"), new("/account/reminders", "Reminders"),
            new("/my-data", "My data"), new("/account/security", "Account"),
        ],
        UserRole.Caregiver => [new("/tools", "Tools"), new("/account/reminders", "Reminders"), new("/account/security", "Account")],
        UserRole.Therapist => [new("/tools", "Tools"), new("/account/security", "Account")],
        _ => [new("/account/sign-in", "Sign in"), new("/account/sign-up", "Create an account")],
    };

    /// <summary>True when <paramref name="href"/> is the page being shown or the section it belongs to.</summary>
    public static bool IsCurrent(string href, PathString path) =>
        href == "/" ? path == "/" : path.StartsWithSegments(href, StringComparison.OrdinalIgnoreCase);
}
