using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// A patient's invitation to a caregiver or therapist. Single use, valid for 7 days. Only a SHA-256 hash
/// of the token is stored, so a database reader cannot accept an invitation on someone's behalf.
/// </summary>
public sealed class CareInvitation : PatientRecord
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);


    /// <summary>Who may accept: the account with this e-mail. Null when the patient passes the link on themselves.</summary>
    public string? InviteeEmail { get; init; }

    public UserRole InviteeRole { get; init; }
    public AccessScope Scopes { get; init; }

    /// <summary>When the resulting grant ends, if the patient chose an end date.</summary>
    public DateTimeOffset? GrantExpiresAt { get; init; }

    public required byte[] TokenHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public Guid? AcceptedBy { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => AcceptedAt is null && CancelledAt is null && ExpiresAt > now;

    /// <summary>A new random token (256 bits, base64url) and the hash to store.</summary>
    public static (string Token, byte[] Hash) NewToken()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}

internal sealed class CareInvitationConfiguration : IEntityTypeConfiguration<CareInvitation>
{
    public void Configure(EntityTypeBuilder<CareInvitation> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.PatientId);
        builder.Property(i => i.InviteeEmail).HasMaxLength(254);
        builder.Property(i => i.InviteeRole).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.TokenHash).HasMaxLength(32);
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(i => i.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
