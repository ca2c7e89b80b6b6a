using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Vitals;
using Lantern.Web.Features.Sessions.Courses;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A course of ketamine sessions as the patient's provider set it up: how it is given, who to call, and the dose
/// exactly as the prescriber wrote it (Lantern stores that text and never computes or suggests one). It also holds the
/// course's pre-session checklist and any blood-pressure thresholds a clinician set. Read under
/// <see cref="AccessScope.Sessions"/>.
/// </summary>
public sealed class KetamineCourse : PatientRecord
{

    /// <summary>A <see cref="KetamineRoutes"/> code.</summary>
    public required string Route { get; set; }

    public required string ProviderName { get; set; }
    public required string ProviderPhone { get; set; }

    /// <summary>Anything else that helps reach the provider: an e-mail, an after-hours line, the clinic's address.</summary>
    public string? ProviderContact { get; set; }

    /// <summary>The dose as the prescriber wrote it, verbatim.</summary>
    public required string PrescribedDose { get; set; }

    /// <summary>The <see cref="CoursePresets"/> code the dates started from, if any, so its status stays visible.</summary>
    public string? PresetCode { get; set; }

    /// <summary>The course's checklist as JSON (<see cref="CourseChecklist"/>); defaults until someone edits it.</summary>
    public string ChecklistJson { get; set; } = CourseChecklist.DefaultJson;

    public int? CheckSystolicAtOrAbove { get; set; }
    public int? CheckDiastolicAtOrAbove { get; set; }
    public int? UrgentSystolicAbove { get; set; }
    public int? UrgentDiastolicAbove { get; set; }

    /// <summary>Which clinician set the thresholds above; they apply only when it is set.</summary>
    public string? ThresholdsSetBy { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public KetamineRoute RouteValue => KetamineRoutes.FromCode(Route) ?? KetamineRoute.Other;

    /// <summary>The clinician's thresholds when all four are set, else the ACC/AHA 2017 defaults.</summary>
    public BloodPressureThresholds Thresholds =>
        ThresholdsSetBy is { } setBy && CheckSystolicAtOrAbove is { } cs && CheckDiastolicAtOrAbove is { } cd
            && UrgentSystolicAbove is { } us && UrgentDiastolicAbove is { } ud
            ? BloodPressureThresholds.ForClinicianOverride(cs, cd, us, ud, setBy)
            : BloodPressureThresholds.AccAha2017Default;
}

internal sealed class KetamineCourseConfiguration : IEntityTypeConfiguration<KetamineCourse>
{
    public void Configure(EntityTypeBuilder<KetamineCourse> builder)
    {
        builder.ToPatientRecordTable("KetamineCourses");
        builder.HasIndex(c => c.PatientId);
        builder.Property(c => c.Route).HasMaxLength(SessionLimits.CodeMaxLength);
        builder.Property(c => c.ProviderName).HasMaxLength(SessionLimits.NameMaxLength);
        builder.Property(c => c.ProviderPhone).HasMaxLength(SessionLimits.PhoneMaxLength);
        builder.Property(c => c.ProviderContact).HasMaxLength(SessionLimits.ContactMaxLength);
        builder.Property(c => c.PrescribedDose).HasMaxLength(SessionLimits.DoseMaxLength);
        builder.Property(c => c.PresetCode).HasMaxLength(SessionLimits.CodeMaxLength);
        builder.Property(c => c.ChecklistJson).HasMaxLength(SessionLimits.ChecklistJsonMaxLength);
        builder.Property(c => c.ThresholdsSetBy).HasMaxLength(SessionLimits.NameMaxLength);
        builder.Ignore(c => c.RouteValue);
        builder.Ignore(c => c.Thresholds);
    }
}
