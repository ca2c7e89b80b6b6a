using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Platform.Data;

/// <summary>The mapping every table of a patient's health records shares, written once.</summary>
public static class PatientRecordMapping
{
    /// <summary>
    /// Maps a patient's record to its own table, keyed by its <see cref="IPatientOwned.Id"/>, with the owner as a
    /// foreign key that deletes the record with the account, so that closing an account leaves no health data behind.
    /// Indexes stay with each record: which columns follow <see cref="IPatientOwned.PatientId"/> depends on how it is read.
    /// </summary>
    public static EntityTypeBuilder<T> ToPatientRecordTable<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class, IPatientOwned
    {
        builder.ToTable(table);
        builder.HasKey(nameof(IPatientOwned.Id));
        builder.HasOne<LanternUser>().WithMany().HasForeignKey(nameof(IPatientOwned.PatientId)).OnDelete(DeleteBehavior.Cascade);
        return builder;
    }
}
