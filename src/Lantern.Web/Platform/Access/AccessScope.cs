namespace Lantern.Web.Platform.Access;

/// <summary>
/// What a patient can share with a caregiver or therapist. Each health record type is readable under
/// exactly one scope. <see cref="Journal"/> covers free text and is never granted by default.
/// </summary>
[Flags]
public enum AccessScope
{
    None = 0,
    Mood = 1,
    Questionnaires = 2,
    Sessions = 4,
    Taper = 8,
    Alerts = 16,
    Journal = 32,
}

public static class AccessScopes
{
    public const AccessScope All = AccessScope.Mood | AccessScope.Questionnaires | AccessScope.Sessions
        | AccessScope.Taper | AccessScope.Alerts | AccessScope.Journal;

    /// <summary>The scopes offered when a patient invites someone; journal stays off until they choose it.</summary>
    public const AccessScope DefaultInvite = AccessScope.Mood | AccessScope.Questionnaires | AccessScope.Sessions
        | AccessScope.Taper | AccessScope.Alerts;

    /// <summary>The lower-case names used in the API (<c>mood</c>, <c>questionnaires</c>, …).</summary>
    public static IReadOnlyList<string> ToNames(AccessScope scopes) =>
        Enum.GetValues<AccessScope>()
            .Where(s => s != AccessScope.None && scopes.HasFlag(s))
            .Select(s => s.ToString().ToLowerInvariant())
            .ToArray();

    public static bool TryParse(IEnumerable<string> names, out AccessScope scopes)
    {
        scopes = AccessScope.None;
        foreach (var name in names)
        {
            if (!Enum.TryParse<AccessScope>(name, ignoreCase: true, out var scope) || scope == AccessScope.None
                || !Enum.IsDefined(scope))
            {
                return false;
            }

            scopes |= scope;
        }

        return true;
    }
}
