using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Vitals;

namespace Lantern.Web.Features.Sessions;

/// <summary>How to reach the provider, with a link a phone can dial.</summary>
public sealed record ProviderResponse(string Name, string Phone, string PhoneHref, string? Contact)
{
    public static ProviderResponse From(KetamineCourse course) =>
        new(course.ProviderName, course.ProviderPhone, TelLink(course.ProviderPhone), course.ProviderContact);

    /// <summary><c>tel:</c> with the digits and a leading plus only, so spaces and dashes typed by people still dial.</summary>
    public static string TelLink(string phone)
    {
        var trimmed = phone.Trim();
        return "tel:" + (trimmed.StartsWith('+') ? "+" : string.Empty) + new string(trimmed.Where(char.IsAsciiDigit).ToArray());
    }
}

/// <param name="Kind"><c>caregiver</c> (a Lantern account who can log checks) or <c>contact</c> (a name and number).</param>
public sealed record SupportPersonResponse(string Kind, Guid? UserId, string Name, string? Phone, string? PhoneHref);

/// <param name="Automatic">Done by recording something (the blood pressure, the intention), not by a tick.</param>
public sealed record ChecklistItemResponse(string Code, string Text, bool Done, bool Automatic, bool CanRemove);

public sealed record VitalResponse(
    Guid Id,
    string Timing,
    int Systolic,
    int Diastolic,
    int? Pulse,
    string Category,
    string CategoryLabel,
    string Advice,
    DateTimeOffset TakenAt,
    int? MinutesAfterDose)
{
    public static VitalResponse From(SessionVital vital) => new(
        vital.Id, SessionCodes.ToCode(vital.Timing), vital.Systolic, vital.Diastolic, vital.Pulse, vital.Category,
        LabelFor(vital.Category), vital.Advice, vital.TakenAt, vital.MinutesAfterDose);

    private static string LabelFor(string code)
    {
        foreach (var category in Enum.GetValues<BloodPressureCategory>())
        {
            if (category.ToCode() == code)
            {
                return category.ToLabel();
            }
        }

        return code;
    }
}

/// <param name="Note">Null when the caller may not read it: free text needs the journal scope, or to be its author.</param>
/// <param name="RecordedBy"><c>patient</c> or <c>support-person</c>.</param>
public sealed record CheckResponse(
    Guid Id,
    DateTimeOffset CheckedAt,
    int MinutesAfterDose,
    string Responsiveness,
    string Calmness,
    bool BreathingConcern,
    string? Note,
    string RecordedBy,
    string RecordedByName);

public sealed record SideEffectsResponse(
    IReadOnlyDictionary<string, int> Ratings,
    int Dissociation,
    IReadOnlyList<string> UrinarySymptoms,
    IReadOnlyList<string> WarningSigns,
    DateTimeOffset UpdatedAt)
{
    public static SideEffectsResponse From(SideEffectReport report) => new(
        new Dictionary<string, int>
        {
            ["nausea"] = report.Nausea,
            ["dizziness"] = report.Dizziness,
            ["headache"] = report.Headache,
            ["sedation"] = report.Sedation,
            ["anxiety"] = report.Anxiety,
        },
        report.Dissociation,
        SessionCodes.Split(report.UrinarySymptoms),
        SessionCodes.Split(report.WarningSigns),
        report.UpdatedAt);
}

public sealed record JournalResponse(string? WhatCameUp, string? InTheBody, string? CarryForward, string? ForTherapist, DateTimeOffset? UpdatedAt)
{
    public static JournalResponse Empty { get; } = new(null, null, null, null, null);

    public static JournalResponse From(IntegrationEntry? entry) => entry is null
        ? Empty
        : new(entry.WhatCameUp, entry.InTheBody, entry.CarryForward, entry.ForTherapist, entry.UpdatedAt);

    public string? Get(string field) => field switch
    {
        "whatCameUp" => WhatCameUp,
        "inTheBody" => InTheBody,
        "carryForward" => CarryForward,
        "forTherapist" => ForTherapist,
        _ => null,
    };
}

/// <summary>The dosing-day timetable, computed on the server from the dose time and the clock.</summary>
public sealed record MonitoringResponse(
    int MinutesSinceDose,
    string SinceDose,
    DateTimeOffset NextCheckAt,
    bool CheckDue,
    int MinutesUntilNextCheck,
    DateTimeOffset BloodPressureAt,
    bool BloodPressureDue,
    bool BloodPressureRecorded,
    DateTimeOffset ObservationEndsAt,
    bool ObservationComplete)
{
    public static MonitoringResponse From(DateTimeOffset dosedAt, MonitoringStatus status) => new(
        status.MinutesSinceDose,
        SessionTimes.Duration(status.MinutesSinceDose),
        dosedAt.AddMinutes(status.NextCheckAtMinute),
        status.CheckDue,
        status.MinutesUntilNextCheck,
        dosedAt.AddMinutes(SessionMonitoring.BloodPressureAfterDoseMinutes),
        status.BloodPressureDue,
        status.BloodPressureRecorded,
        dosedAt.AddMinutes(SessionMonitoring.MinimumObservationMinutes),
        status.ObservationComplete);
}

/// <param name="Reason"><c>ready</c>, <c>no-reading</c>, <c>stale-reading</c>, <c>check-with-provider</c>, <c>urgent</c> or <c>not-planned</c>.</param>
public sealed record StartGateResponse(bool CanStart, string Reason, string Message, VitalResponse? Reading, ProviderResponse Provider);

/// <summary>One session as the API and pages show it. Free text is null unless the caller may read it.</summary>
public sealed record SessionResponse(
    Guid Id,
    Guid CourseId,
    Guid PatientId,
    string State,
    DateOnly PlannedDate,
    TimeOnly PlannedTime,
    DateTimeOffset PlannedAt,
    string TimeZone,
    bool IsBooster,
    string Route,
    string PrescribedDose,
    ProviderResponse Provider,
    SupportPersonResponse? SupportPerson,
    IReadOnlyList<ChecklistItemResponse> Checklist,
    string? Benzodiazepine,
    string? BenzodiazepineNote,
    string? Intention,
    bool FreeTextShared,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DosedAt,
    DateTimeOffset? FinishedAt,
    bool FinishedEarly,
    string? ClosingFeeling,
    string? ClosingNote,
    MonitoringResponse? Monitoring,
    StartGateResponse? StartGate,
    IReadOnlyList<VitalResponse> Vitals,
    IReadOnlyList<CheckResponse> Checks,
    SideEffectsResponse? SideEffects,
    JournalResponse? Journal,
    bool CanEdit,
    bool CanLogChecks,
    DateTimeOffset ServerNow);

/// <summary>What a save answers: the session as it is now, and the red flags it raised with the crisis route.</summary>
public sealed record SessionSaved(SessionResponse Session, SafetyResponse Safety, string? Message);
