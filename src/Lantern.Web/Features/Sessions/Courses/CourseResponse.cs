using Lantern.Clinical;
using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Vitals;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>A source and how well it was checked, beside whatever relies on it.</summary>
public sealed record EvidenceResponse(string Key, string Citation, string Status, string StatusLabel, string? Link)
{
    public static EvidenceResponse From(Source source) => new(source.Key, source.Citation, source.StatusCode, source.StatusLabel, source.Link);
}

/// <summary>A starting pattern of dates, always with its evidence status.</summary>
public sealed record PresetResponse(string Code, string Name, string Description, string Route, int Sessions, string Status, string StatusLabel, IReadOnlyList<EvidenceResponse> Sources)
{
    public static PresetResponse From(CoursePreset preset) => new(
        preset.Code, preset.Name, preset.Description, preset.Route.ToCode(), preset.SessionCount, preset.StatusCode, preset.StatusLabel,
        preset.Sources.Select(EvidenceResponse.From).ToArray());
}

/// <param name="Origin"><c>acc-aha-2017-default</c> or <c>clinician-override</c>.</param>
public sealed record ThresholdsResponse(int CheckSystolicAtOrAbove, int CheckDiastolicAtOrAbove, int UrgentSystolicAbove, int UrgentDiastolicAbove, string Origin, string? SetBy, string Note)
{
    public static ThresholdsResponse From(BloodPressureThresholds t) => new(
        t.CheckSystolicAtOrAbove, t.CheckDiastolicAtOrAbove, t.UrgentSystolicAbove, t.UrgentDiastolicAbove,
        t.Origin == ThresholdOrigin.ClinicianOverride ? "clinician-override" : "acc-aha-2017-default",
        t.SetBy,
        t.Origin == ThresholdOrigin.ClinicianOverride ? BloodPressure.OverrideNote : BloodPressure.DefaultsNote);
}

public sealed record SessionSummaryResponse(Guid Id, DateOnly PlannedDate, TimeOnly PlannedTime, DateTimeOffset PlannedAt, string State, bool IsBooster)
{
    public static SessionSummaryResponse From(DosingSession s, string zone) =>
        new(s.Id, s.PlannedDate, s.PlannedTime, LocalTime.At(s.PlannedDate, s.PlannedTime, zone), SessionCodes.ToCode(s.State), s.IsBooster);
}

/// <summary>A course as the API returns it. The dose is the prescriber's words, returned as stored.</summary>
public sealed record CourseResponse(
    Guid Id,
    Guid PatientId,
    string Route,
    string RouteLabel,
    ProviderResponse Provider,
    string PrescribedDose,
    string DoseNote,
    PresetResponse? Preset,
    IReadOnlyList<ChecklistItemData> Checklist,
    ThresholdsResponse Thresholds,
    string TimeZone,
    IReadOnlyList<SessionSummaryResponse> Sessions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Said wherever the dose is shown: Lantern records it, never sets or suggests it.</summary>
    public const string DoseNoteText = "The dose as your prescriber wrote it. Lantern only records it: it never suggests or changes a dose.";

    /// <param name="showFreeText">The reader may see the patient's own words (their checklist wording).</param>
    public static CourseResponse From(KetamineCourse course, IEnumerable<DosingSession> sessions, string zone, bool showFreeText) => new(
        course.Id,
        course.PatientId,
        course.Route,
        course.RouteValue.ToLabel(),
        ProviderResponse.From(course),
        course.PrescribedDose,
        DoseNoteText,
        CoursePresets.ForCode(course.PresetCode) is { } preset ? PresetResponse.From(preset) : null,
        CourseChecklist.ForReader(CourseChecklist.Read(course.ChecklistJson), showFreeText),
        ThresholdsResponse.From(course.Thresholds),
        zone,
        sessions.OrderBy(s => s.PlannedDate).ThenBy(s => s.PlannedTime).Select(s => SessionSummaryResponse.From(s, zone)).ToArray(),
        course.CreatedAt,
        course.UpdatedAt);
}
