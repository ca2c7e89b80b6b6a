using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Identity;

internal sealed class LanternUserConfiguration : IEntityTypeConfiguration<LanternUser>
{
    public void Configure(EntityTypeBuilder<LanternUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.TimeZone).HasMaxLength(64);
        builder.Property(u => u.CrisisCountry).HasMaxLength(2);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
    }
}
