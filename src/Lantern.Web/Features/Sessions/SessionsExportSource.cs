using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// Ketamine courses and dosing sessions in the export. Each session is a Procedure; its blood-pressure readings are
/// Observations that conform to the FHIR R4 core blood-pressure profile (panel 85354-9 with systolic 8480-6 and
/// diastolic 8462-4 in mm[Hg]) and its pulses to the heart-rate profile (8867-4, /min): those LOINC codes and units are
/// the ones the core specification's vital-signs profiles fix, and each reading declares its profile so the validator
/// holds it to them. Side effects and support checks are survey Observations with words-only codes. Integration journals
/// are DocumentReferences, only when the person chose to include journals.
/// </summary>
public sealed class SessionsExportSource(LanternDbContext db) : IExportSource
{
    public const string BloodPressureProfile = "http://hl7.org/fhir/StructureDefinition/bp";
    public const string HeartRateProfile = "http://hl7.org/fhir/StructureDefinition/heartrate";

    public int Order => 30;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Sessions))
        {
            return;
        }

        var words = export.CanReadFreeText;
        var courses = await export.Query(db.Set<KetamineCourse>(), AccessScope.Sessions).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var sessions = await export.Query(db.Set<DosingSession>(), AccessScope.Sessions).OrderBy(s => s.PlannedDate).ThenBy(s => s.PlannedTime).ToListAsync(ct);
        var vitals = await export.Query(db.Set<SessionVital>(), AccessScope.Sessions).OrderBy(v => v.TakenAt).ToListAsync(ct);
        var effects = await export.Query(db.Set<SideEffectReport>(), AccessScope.Sessions).OrderBy(e => e.RecordedAt).ToListAsync(ct);
        var checks = await export.Query(db.Set<SupportCheck>(), AccessScope.Sessions).OrderBy(c => c.CheckedAt).ToListAsync(ct);

        Courses(export, courses, words);
        var procedures = new Dictionary<Guid, R4.ResourceReference>();
        var table = export.Table("dosing-sessions",
            "id", "course_id", "planned_date", "planned_time", "booster", "state", "checklist_done", "benzodiazepine", "intention",
            "support_user_id", "support_name", "support_phone", "started_at_utc", "dosed_at_utc", "finished_at_utc", "finished_early",
            "closing_feeling", "closing_note", "created_at_utc", "updated_at_utc");
        foreach (var s in sessions)
        {
            table.Row(
                ExportCells.Id(s.Id), ExportCells.Id(s.CourseId), ExportCells.Day(s.PlannedDate), ExportCells.Time(s.PlannedTime),
                ExportCells.YesNo(s.IsBooster), SessionCodes.ToCode(s.State), s.ChecklistDone, s.Benzodiazepine, words ? s.Intention : null,
                ExportCells.Id(s.SupportUserId), s.SupportName, s.SupportPhone, ExportCells.Utc(s.StartedAt), ExportCells.Utc(s.DosedAt),
                ExportCells.Utc(s.FinishedAt), ExportCells.YesNo(s.FinishedEarly), s.ClosingFeeling, words ? s.ClosingNote : null,
                ExportCells.Utc(s.CreatedAt), ExportCells.Utc(s.UpdatedAt));
            procedures[s.Id] = export.Add(Procedure(export, s, words), s.Id);
        }

        var readings = export.Table("session-readings",
            "id", "session_id", "timing", "systolic", "diastolic", "pulse", "category", "advice", "taken_at_utc", "minutes_after_dose", "recorded_by", "idempotency_key");
        foreach (var v in vitals)
        {
            readings.Row(
                ExportCells.Id(v.Id), ExportCells.Id(v.SessionId), SessionCodes.ToCode(v.Timing), ExportCells.Number(v.Systolic),
                ExportCells.Number(v.Diastolic), ExportCells.Number(v.Pulse), v.Category, v.Advice, ExportCells.Utc(v.TakenAt),
                ExportCells.Number(v.MinutesAfterDose), ExportCells.Id(v.RecordedBy), ExportCells.Id(v.IdempotencyKey));
            var partOf = procedures.GetValueOrDefault(v.SessionId);
            export.Add(BloodPressure(export, v, partOf), v.Id);
            if (v.Pulse is { } pulse)
            {
                export.Add(HeartRate(export, v, pulse, partOf), Guid.CreateVersion7());
            }
        }

        var effectsTable = export.Table("side-effects",
            "id", "session_id", "nausea", "dizziness", "headache", "sedation", "anxiety", "dissociation", "urinary_symptoms", "warning_signs", "recorded_at_utc", "updated_at_utc");
        foreach (var e in effects)
        {
            effectsTable.Row(
                ExportCells.Id(e.Id), ExportCells.Id(e.SessionId), ExportCells.Number(e.Nausea), ExportCells.Number(e.Dizziness),
                ExportCells.Number(e.Headache), ExportCells.Number(e.Sedation), ExportCells.Number(e.Anxiety), ExportCells.Number(e.Dissociation),
                e.UrinarySymptoms, e.WarningSigns, ExportCells.Utc(e.RecordedAt), ExportCells.Utc(e.UpdatedAt));
            export.Add(SideEffects(export, e, procedures.GetValueOrDefault(e.SessionId)), e.Id);
        }

        var checksTable = export.Table("support-checks",
            "id", "session_id", "checked_at_utc", "minutes_after_dose", "responsiveness", "calmness", "breathing_concern", "note", "recorded_by", "idempotency_key");
        foreach (var c in checks)
        {
            checksTable.Row(
                ExportCells.Id(c.Id), ExportCells.Id(c.SessionId), ExportCells.Utc(c.CheckedAt), ExportCells.Number(c.MinutesAfterDose),
                c.Responsiveness, c.Calmness, ExportCells.YesNo(c.BreathingConcern), words ? c.Note : null, ExportCells.Id(c.RecordedBy),
                ExportCells.Id(c.IdempotencyKey));
            export.Add(SupportCheckObservation(export, c, procedures.GetValueOrDefault(c.SessionId), words), c.Id);
        }

        if (export.IncludeJournals)
        {
            await JournalsAsync(export, procedures, ct);
        }

        export.Summary(Summary(export, sessions, vitals, effects));
    }

    private static void Courses(ExportContext export, IReadOnlyList<KetamineCourse> courses, bool words)
    {
        var table = export.Table("ketamine-courses",
            "id", "route", "provider_name", "provider_phone", "provider_contact", "prescribed_dose", "preset_code", "checklist",
            "check_systolic_at_or_above", "check_diastolic_at_or_above", "urgent_systolic_above", "urgent_diastolic_above",
            "thresholds_set_by", "created_at_utc", "updated_at_utc");
        foreach (var c in courses)
        {
            table.Row(
                ExportCells.Id(c.Id), c.Route, c.ProviderName, c.ProviderPhone, c.ProviderContact, c.PrescribedDose, c.PresetCode,
                words ? c.ChecklistJson : null, ExportCells.Number(c.CheckSystolicAtOrAbove), ExportCells.Number(c.CheckDiastolicAtOrAbove),
                ExportCells.Number(c.UrgentSystolicAbove), ExportCells.Number(c.UrgentDiastolicAbove), c.ThresholdsSetBy,
                ExportCells.Utc(c.CreatedAt), ExportCells.Utc(c.UpdatedAt));
        }
    }

    private async Task JournalsAsync(ExportContext export, Dictionary<Guid, R4.ResourceReference> procedures, CancellationToken ct)
    {
        var entries = await export.Query(db.Set<IntegrationEntry>(), AccessScope.Journal).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        var table = export.Table("integration-journal",
            "id", "session_id", "what_came_up", "in_the_body", "carry_forward", "for_therapist", "created_at_utc", "updated_at_utc");
        foreach (var e in entries)
        {
            table.Row(
                ExportCells.Id(e.Id), ExportCells.Id(e.SessionId), e.WhatCameUp, e.InTheBody, e.CarryForward, e.ForTherapist,
                ExportCells.Utc(e.CreatedAt), ExportCells.Utc(e.UpdatedAt));
            var text = string.Join("\n\n", new[]
            {
                ("What came up", e.WhatCameUp), ("In the body", e.InTheBody), ("What to carry forward", e.CarryForward), ("For my therapist", e.ForTherapist),
            }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}:\n{p.Item2}"));
            var document = new R4.DocumentReference
            {
                Status = R4.DocumentReferenceStatus.Current,
                Type = ExportFhir.Text("Integration journal after a ketamine session"),
                Subject = export.PatientReference,
                Date = e.UpdatedAt.ToUniversalTime(),
                Author = [export.PatientReference],
                Description = "Integration journal",
                Content = [new R4.DocumentReference.ContentComponent
                {
                    Attachment = new R4.Attachment
                    {
                        ContentType = "text/plain; charset=utf-8",
                        Data = System.Text.Encoding.UTF8.GetBytes(text),
                        Title = "Integration journal",
                        CreationElement = ExportFhir.DateTime(e.CreatedAt),
                    },
                }],
            };
            if (procedures.GetValueOrDefault(e.SessionId) is { } session)
            {
                document.Context = new R4.DocumentReference.ContextComponent { Related = [session] };
            }

            export.Add(document, e.Id);
        }
    }

    private static R4.Procedure Procedure(ExportContext export, DosingSession s, bool words)
    {
        var procedure = new R4.Procedure
        {
            Status = s.State switch
            {
                SessionState.Planned => R4.EventStatus.Preparation,
                SessionState.Started => R4.EventStatus.InProgress,
                SessionState.Finished => R4.EventStatus.Completed,
                SessionState.Cancelled => R4.EventStatus.NotDone,
                _ => R4.EventStatus.Unknown,
            },
            Code = ExportFhir.Text(s.IsBooster ? "Ketamine dosing session (booster)" : "Ketamine dosing session"),
            Subject = export.PatientReference,
            Note = [ExportFhir.Note($"Planned for {ExportCells.Day(s.PlannedDate)} at {ExportCells.Time(s.PlannedTime)}.")],
        };
        if (s.StartedAt is not null)
        {
            procedure.Performed = ExportFhir.Period(s.DosedAt ?? s.StartedAt, s.FinishedAt);
        }

        if (words && s.Intention is { Length: > 0 } intention)
        {
            procedure.Note.Add(ExportFhir.Note("Intention: " + intention));
        }

        if (words && s.ClosingNote is { Length: > 0 } closing)
        {
            procedure.Note.Add(ExportFhir.Note("Afterwards: " + closing));
        }

        return procedure;
    }

    private static R4.Observation VitalSign(ExportContext export, string profile, SessionVital v, R4.ResourceReference? partOf)
    {
        var observation = new R4.Observation
        {
            Meta = new R4.Meta { Profile = [profile] },
            Status = R4.ObservationStatus.Final,
            Category = [ExportFhir.Category("vital-signs", "Vital Signs")],
            Subject = export.PatientReference,
            Effective = ExportFhir.DateTime(v.TakenAt),
            Note = [ExportFhir.Note(SessionCodes.ToLabel(v.Timing) + ".")],
        };
        if (partOf is not null)
        {
            observation.PartOf = [partOf];
        }

        return observation;
    }

    private static R4.Observation BloodPressure(ExportContext export, SessionVital v, R4.ResourceReference? partOf)
    {
        var observation = VitalSign(export, BloodPressureProfile, v, partOf);
        observation.Code = ExportFhir.LoincConcept("85354-9", "Blood pressure panel with all children optional");
        observation.Component =
        [
            new R4.Observation.ComponentComponent
            {
                Code = ExportFhir.LoincConcept("8480-6", "Systolic blood pressure"),
                Value = ExportFhir.Quantity(v.Systolic, "mmHg", "mm[Hg]"),
            },
            new R4.Observation.ComponentComponent
            {
                Code = ExportFhir.LoincConcept("8462-4", "Diastolic blood pressure"),
                Value = ExportFhir.Quantity(v.Diastolic, "mmHg", "mm[Hg]"),
            },
        ];
        return observation;
    }

    private static R4.Observation HeartRate(ExportContext export, SessionVital v, int pulse, R4.ResourceReference? partOf)
    {
        var observation = VitalSign(export, HeartRateProfile, v, partOf);
        observation.Code = ExportFhir.LoincConcept("8867-4", "Heart rate");
        observation.Value = ExportFhir.Quantity(pulse, "beats/minute", "/min");
        return observation;
    }

    private static R4.Observation SideEffects(ExportContext export, SideEffectReport e, R4.ResourceReference? partOf)
    {
        var observation = new R4.Observation
        {
            Status = R4.ObservationStatus.Final,
            Category = [ExportFhir.Category("survey", "Survey")],
            Code = ExportFhir.Text("Side effects after a ketamine session (0 none to 3 severe; dissociation 0-10)"),
            Subject = export.PatientReference,
            Effective = ExportFhir.DateTime(e.RecordedAt),
            Component =
            [
                ExportFhir.Component("Nausea", new R4.Integer(e.Nausea)),
                ExportFhir.Component("Dizziness", new R4.Integer(e.Dizziness)),
                ExportFhir.Component("Headache", new R4.Integer(e.Headache)),
                ExportFhir.Component("Sleepiness", new R4.Integer(e.Sedation)),
                ExportFhir.Component("Anxiety", new R4.Integer(e.Anxiety)),
                ExportFhir.Component("Dissociation (0-10)", new R4.Integer(e.Dissociation)),
            ],
        };
        if (e.UrinarySymptoms.Length > 0)
        {
            observation.Component.Add(ExportFhir.Component("Urinary symptoms", new R4.FhirString(e.UrinarySymptoms)));
        }

        if (e.WarningSigns.Length > 0)
        {
            observation.Component.Add(ExportFhir.Component("Warning signs", new R4.FhirString(e.WarningSigns)));
        }

        if (partOf is not null)
        {
            observation.PartOf = [partOf];
        }

        return observation;
    }

    private static R4.Observation SupportCheckObservation(ExportContext export, SupportCheck c, R4.ResourceReference? partOf, bool words)
    {
        var observation = new R4.Observation
        {
            Status = R4.ObservationStatus.Final,
            Category = [ExportFhir.Category("survey", "Survey")],
            Code = ExportFhir.Text("Support person's check during a ketamine session"),
            Subject = export.PatientReference,
            Effective = ExportFhir.DateTime(c.CheckedAt),
            Component =
            [
                ExportFhir.Component("Minutes after the dose", new R4.Integer(c.MinutesAfterDose)),
                ExportFhir.Component("Responsiveness", new R4.FhirString(c.Responsiveness)),
                ExportFhir.Component("Calmness", new R4.FhirString(c.Calmness)),
                ExportFhir.Component("Concern about breathing", new R4.FhirBoolean(c.BreathingConcern)),
            ],
        };
        if (partOf is not null)
        {
            observation.PartOf = [partOf];
        }

        if (words && c.Note is { Length: > 0 } note)
        {
            observation.Note.Add(ExportFhir.Note(note));
        }

        return observation;
    }

    private static SummarySection Summary(ExportContext export, IReadOnlyList<DosingSession> sessions, IReadOnlyList<SessionVital> vitals, IReadOnlyList<SideEffectReport> effects)
    {
        var zone = export.Patient.TimeZone;
        var lines = new List<string>();
        var done = sessions.Where(s => s.State is SessionState.Finished or SessionState.Started).ToList();
        foreach (var s in done.TakeLast(6))
        {
            var when = s.DosedAt ?? s.StartedAt;
            var readings = vitals.Where(v => v.SessionId == s.Id)
                .Select(v => $"{v.Systolic}/{v.Diastolic}{(v.Pulse is { } p ? $" pulse {p}" : string.Empty)} {SessionCodes.ToLabel(v.Timing).ToLowerInvariant()}")
                .ToList();
            var effect = effects.FirstOrDefault(e => e.SessionId == s.Id);
            lines.Add($"{(when is { } w ? LocalTime.ShortDay(w, zone) : LocalTime.Day(s.PlannedDate))}"
                + (s.State == SessionState.Started ? " (not finished)" : string.Empty)
                + $": blood pressure {(readings.Count == 0 ? "not recorded" : string.Join("; ", readings))}."
                + (effect is null ? string.Empty
                    : $" Side effects (0 none to 3 severe): nausea {effect.Nausea}, dizziness {effect.Dizziness}, headache {effect.Headache}, "
                        + $"sleepiness {effect.Sedation}, anxiety {effect.Anxiety}; dissociation {effect.Dissociation} of 10."));
        }

        if (sessions.FirstOrDefault(s => s.State == SessionState.Planned && s.PlannedDate >= export.Today) is { } next)
        {
            lines.Add($"Next session planned for {LocalTime.Day(next.PlannedDate)}.");
        }

        if (done.Count > 6)
        {
            lines.Insert(0, $"{done.Count} sessions in all; the latest six:");
        }

        return new SummarySection(SummaryOrder.Sessions, "Ketamine sessions and vital signs", lines.Count == 0 ? ["No ketamine sessions recorded."] : lines);
    }
}
