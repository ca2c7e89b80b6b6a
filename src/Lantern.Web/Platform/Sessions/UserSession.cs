using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Sessions;

/// <summary>
/// A signed-in browser or API client. The cookie carries only this row's id (inside the encrypted
/// cookie), so deleting the row ends the session everywhere at once, on every instance.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The serialised authentication ticket (claims only: ids and security stamp, no health data).</summary>
    public required byte[] Ticket { get; set; }

    /// <summary>Short description of the client, so people can recognise their sessions ("Firefox on Linux").</summary>
    public string? ClientDescription { get; init; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.UserId);
        builder.Property(s => s.ClientDescription).HasMaxLength(120);
        builder.HasOne<Identity.LanternUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
