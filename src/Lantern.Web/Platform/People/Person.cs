using Lantern.Clinical.Safety;

namespace Lantern.Web.Platform.People;

/// <summary>
/// What the features need to know about a person: who they are, their role, their own day (in their IANA time zone,
/// not the server's) and which crisis lines apply to them. Identity data only, never health data.
/// </summary>
/// <param name="Email">Their sign-in address (identity data: never logged).</param>
/// <param name="TimeZone">Their IANA zone; UTC when the stored one is not known to the bundled TZDB.</param>
/// <param name="CrisisCountry">The country they chose for crisis lines, or null; see <see cref="CrisisResources"/>.</param>
/// <param name="Today">Their calendar date when this request loaded them.</param>
public sealed record Person(
    Guid Id,
    string DisplayName,
    string? Email,
    UserRole Role,
    string TimeZone,
    string? CrisisCountry,
    bool TwoFactorEnabled,
    DateOnly Today) : ICrisisPlace
{
    /// <summary>True for the person in treatment, who keeps the health records.</summary>
    public bool IsPatient => Role == UserRole.Patient;

    /// <summary>Caregivers and therapists see what is shared with them only with two-step sign-in on.</summary>
    public bool MustUseTwoFactorToSeeSharedData => Role is UserRole.Caregiver or UserRole.Therapist;

    /// <summary>The country whose crisis lines they see: the one they chose, else their time zone's, else none (never a default).</summary>
    public CountryCrisisResources? CrisisResources => CrisisRoutes.CountryFor(this);
}
