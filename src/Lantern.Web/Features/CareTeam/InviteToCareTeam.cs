using Lantern.Web.Platform.Input;
using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.CareTeam;

public sealed record InviteRequest(string? Role, IReadOnlyList<string>? Scopes, string? Email, DateOnly? EndsOn);

public sealed record InvitationResponse(Guid Id, string Role, IReadOnlyList<string> Scopes, string? Email, DateOnly? EndsOn,
    DateTimeOffset ExpiresAt, string? Link);

/// <summary>
/// A patient invites a caregiver or therapist, choosing exactly what they will see. The link is shown
/// once (and e-mailed when an address is given); only its hash is kept.
/// </summary>
public sealed class InviteToCareTeamHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson currentPerson,
    IMailer mailer,
    AuditLog audit,
    TimeProvider time,
    IOptions<LanternOptions> options)
{
    public async Task<InvitationResponse> HandleAsync(InviteRequest request, CancellationToken ct)
    {
        var context = await access.GetContextAsync(ct);
        if (context.Role != UserRole.Patient)
        {
            throw new PatientOnlyException();
        }

        var patient = await currentPerson.GetAsync(ct);
        var (role, scopes, email, endsOn) = Validate(request, patient);
        var now = time.GetUtcNow();
        var (token, hash) = CareInvitation.NewToken();
        var invitation = new CareInvitation
        {
            PatientId = patient.Id,
            InviteeEmail = email,
            InviteeRole = role,
            Scopes = scopes,
            GrantExpiresAt = endsOn is { } day ? LocalTime.EndOfDay(day, patient.TimeZone) : null,
            TokenHash = hash,
            CreatedAt = now,
            ExpiresAt = now + CareInvitation.ValidFor,
        };
        db.Set<CareInvitation>().Add(invitation);
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.GrantCreated, patient.Id, patient.Id, nameof(CareInvitation), invitation.Id.ToString(), AuditOutcome.Success);

        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/care-team/accept/{token}";
        if (email is not null)
        {
            // Names the person who invited them and nothing about their health.
            await mailer.SendAsync(new EmailMessage(email, $"{patient.DisplayName} invited you to their Lantern care team",
                $"{patient.DisplayName} would like you to join their care team on Lantern as their {role.ToString().ToLowerInvariant()}.\n\n" +
                $"To accept, open this link and sign in (or create an account):\n{link}\n\n" +
                "The invitation works once and expires in 7 days. Two-step sign-in is needed before you can see anything they share."), ct);
        }

        return ToResponse(invitation, link);
    }

    internal static InvitationResponse ToResponse(CareInvitation invitation, string? link) => new(
        invitation.Id,
        invitation.InviteeRole.ToString().ToLowerInvariant(),
        AccessScopes.ToNames(invitation.Scopes),
        invitation.InviteeEmail,
        invitation.GrantExpiresAt is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : null,
        invitation.ExpiresAt,
        link);

    private (UserRole Role, AccessScope Scopes, string? Email, DateOnly? EndsOn) Validate(InviteRequest request, Person patient)
    {
        var errors = new FieldErrors();
        if (!Enum.TryParse<UserRole>(request.Role, ignoreCase: true, out var role) || role == UserRole.Patient || !Enum.IsDefined(role))
        {
            errors.Add("role", "Choose caregiver or therapist.");
        }

        if (request.Scopes is null || request.Scopes.Count == 0 || !AccessScopes.TryParse(request.Scopes, out var scopes) || scopes == AccessScope.None)
        {
            errors.Add("scopes", "Choose at least one kind of information to share: " + string.Join(", ", AccessScopes.ToNames(AccessScopes.All)) + ".");
            scopes = AccessScope.None;
        }

        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            errors.Add("email", "Enter an e-mail address like name@example.com, or leave it empty to get a link to pass on yourself.");
        }
        else if (email is not null && string.Equals(email, patient.Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("email", "That is your own address. Enter the address of the person you want to invite.");
        }

        var today = LocalTime.Today(time, patient.TimeZone);
        if (request.EndsOn is { } endsOn && endsOn <= today)
        {
            errors.Add("endsOn", "Choose an end date after today, or leave it empty to share until you stop it.");
        }

        errors.ThrowIfAny();

        return (role, scopes, email, request.EndsOn);
    }
}
