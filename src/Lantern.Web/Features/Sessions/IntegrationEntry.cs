using Lantern.Web.Features.Sessions.After;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// The integration journal for one session: the person's answers to Lantern's four prompts
/// (<see cref="IntegrationPrompts"/>). Saved field by field as they write, so nothing typed is lost. Free text: read
/// only by the patient and under <see cref="AccessScope.Journal"/>, which is never shared by default.
/// </summary>
public sealed class IntegrationEntry : PatientRecord
{
    public Guid SessionId { get; init; }
    public string? WhatCameUp { get; set; }
    public string? InTheBody { get; set; }
    public string? CarryForward { get; set; }
    public string? ForTherapist { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsEmpty => WhatCameUp is null && InTheBody is null && CarryForward is null && ForTherapist is null;
}

internal sealed class IntegrationEntryConfiguration : IEntityTypeConfiguration<IntegrationEntry>
{
    public void Configure(EntityTypeBuilder<IntegrationEntry> builder)
    {
        builder.ToPatientRecordTable("IntegrationEntries");
        builder.HasIndex(e => e.SessionId).IsUnique();
        builder.HasIndex(e => e.PatientId);
        builder.HasOne<DosingSession>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.WhatCameUp).HasMaxLength(SessionLimits.JournalMaxLength);
        builder.Property(e => e.InTheBody).HasMaxLength(SessionLimits.JournalMaxLength);
        builder.Property(e => e.CarryForward).HasMaxLength(SessionLimits.JournalMaxLength);
        builder.Property(e => e.ForTherapist).HasMaxLength(SessionLimits.JournalMaxLength);
        builder.Ignore(e => e.IsEmpty);
    }
}
