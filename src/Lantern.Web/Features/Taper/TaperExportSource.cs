using Lantern.Clinical.Tapering;
using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// Medicines and taper plans in the export. Each medicine on the person's list is a MedicationStatement at its daily dose;
/// each taper plan is a MedicationStatement whose dosages are the schedule's steps in order (recorded ones first, then the
/// proposed ones, each from its date), recomputed exactly as the plan page shows it. Medicines are named in words: no
/// verified medicine code is held. Doses are in UCUM mg. The taper journal's days are a table; its written notes are
/// journals, only when the person includes them.
/// </summary>
public sealed class TaperExportSource(LanternDbContext db) : IExportSource
{
    public int Order => 40;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Taper))
        {
            return;
        }

        var medications = await export.Query(db.Set<Medication>(), AccessScope.Taper).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var plans = await export.Query(db.Set<TaperPlan>(), AccessScope.Taper).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var events = await export.Query(db.Set<TaperPlanEvent>(), AccessScope.Taper).OrderBy(e => e.PlanId).ThenBy(e => e.Sequence).ToListAsync(ct);
        var journal = await export.Query(db.Set<TaperJournalEntry>(), AccessScope.Taper).OrderBy(e => e.Date).ToListAsync(ct);

        var medicines = export.Table("medicines",
            "id", "drug", "daily_dose_mg", "formulation", "compounded_strength_mg", "taking_since", "created_at_utc", "updated_at_utc");
        foreach (var m in medications)
        {
            medicines.Row(
                ExportCells.Id(m.Id), m.Drug, ExportCells.Number(m.DailyDoseMg), m.Formulation, ExportCells.Number(m.CompoundedStrengthMg),
                ExportCells.Day(m.TakingSince), ExportCells.Utc(m.CreatedAt), ExportCells.Utc(m.UpdatedAt));
            export.Add(Statement(export, m), m.Id);
        }

        var plansTable = export.Table("taper-plans",
            "id", "medication_id", "drug", "method", "current_dose_mg", "step_percent", "interval_days", "start_date", "final_dose_mg",
            "formulation", "compounded_strength_mg", "liquid_increment_ml", "target_date", "occupancy_parameter_set", "occupancy_drop_points",
            "equivalence_table", "created_at_utc", "updated_at_utc", "version");
        var eventsTable = export.Table("taper-events",
            "id", "plan_id", "sequence", "date", "kind", "dose_taken_mg", "step_percent", "occupancy_drop_points", "recorded_at_utc");
        var stepsTable = export.Table("taper-steps", "plan_id", "number", "date", "kind", "dose_mg", "dose_in_words", "reduction_percent");
        var summary = new List<string>();
        foreach (var plan in plans)
        {
            plansTable.Row(
                ExportCells.Id(plan.Id), ExportCells.Id(plan.MedicationId), plan.Drug, plan.Method, ExportCells.Number(plan.CurrentDoseMg),
                ExportCells.Number(plan.StepPercent), ExportCells.Number(plan.IntervalDays), ExportCells.Day(plan.StartDate),
                ExportCells.Number(plan.FinalDoseMg), plan.Formulation, ExportCells.Number(plan.CompoundedStrengthMg),
                ExportCells.Number(plan.LiquidIncrementMl), ExportCells.Day(plan.TargetDate), plan.OccupancyParameterSet,
                ExportCells.Number(plan.OccupancyDropPoints), plan.EquivalenceTable, ExportCells.Utc(plan.CreatedAt), ExportCells.Utc(plan.UpdatedAt),
                ExportCells.Number(plan.Version));
            var planEvents = events.Where(e => e.PlanId == plan.Id).ToList();
            foreach (var e in planEvents)
            {
                eventsTable.Row(
                    ExportCells.Id(e.Id), ExportCells.Id(e.PlanId), ExportCells.Number(e.Sequence), ExportCells.Day(e.Date), e.Kind,
                    ExportCells.Number(e.DoseTakenMg), ExportCells.Number(e.StepPercent), ExportCells.Number(e.OccupancyDropPoints), ExportCells.Utc(e.RecordedAt));
            }

            var latest = journal.LastOrDefault(j => j.PlanId == plan.Id);
            var holdAnswer = latest is not null && !planEvents.Any(e => e.Date > latest.Date) ? latest : null;
            var schedule = TaperPlanning.Plan(TaperSettings.From(plan).ToRequest([.. planEvents.Select(e => e.ToClinical())], SavedPlanReader.SymptomsTolerable(holdAnswer)));
            foreach (var step in schedule.Steps)
            {
                stepsTable.Row(
                    ExportCells.Id(plan.Id), ExportCells.Number(step.Number), ExportCells.Day(step.Date), step.KindCode,
                    ExportCells.Number(step.DoseMg), step.DoseDisplay, ExportCells.Number(step.ReductionPercent));
            }

            export.Add(PlanStatement(export, plan, schedule), plan.Id);
            summary.AddRange(PlanLines(export, schedule));
        }

        var journalTable = export.Table("taper-journal",
            "id", "plan_id", "date", "ratings", "symptoms_tolerable", "mood", "thoughts_of_suicide_or_self_harm", "unable_to_manage_daily_life",
            "recorded_at_utc", "updated_at_utc");
        foreach (var j in journal)
        {
            journalTable.Row(
                ExportCells.Id(j.Id), ExportCells.Id(j.PlanId), ExportCells.Day(j.Date), string.Join(';', j.Ratings.Select(r => ExportCells.Number(r))),
                ExportCells.YesNo(j.SymptomsTolerable), ExportCells.Number(j.Mood), ExportCells.YesNo(j.ThoughtsOfSuicideOrSelfHarm),
                ExportCells.YesNo(j.UnableToManageDailyLife), ExportCells.Utc(j.RecordedAt), ExportCells.Utc(j.UpdatedAt));
        }

        if (export.IncludeJournals)
        {
            await NotesAsync(export, journal, ct);
        }

        export.Summary(new SummarySection(SummaryOrder.Taper, "Taper plan", summary.Count == 0 ? ["No taper plan saved."] : summary));
        export.Summary(new SummarySection(SummaryOrder.Medicines, "Medicines",
            medications.Count == 0 ? ["No medicines listed."]
                : [.. medications.Select(m => $"{m.Drug}: {TaperText.Mg(m.DailyDoseMg)} mg a day"
                    + (m.Formulation is { } form ? $" ({form.Replace('-', ' ')})" : string.Empty)
                    + (m.TakingSince is { } since ? $", taken since {LocalTime.Day(since)}." : "."))]));
    }

    private async Task NotesAsync(ExportContext export, IReadOnlyList<TaperJournalEntry> journal, CancellationToken ct)
    {
        var notes = await export.Query(db.Set<TaperJournalNote>(), AccessScope.Journal).ToListAsync(ct);
        var table = export.Table("taper-journal-notes", "id", "entry_id", "text", "updated_at_utc");
        foreach (var note in notes.OrderBy(n => journal.FirstOrDefault(j => j.Id == n.EntryId)?.Date).ThenBy(n => n.UpdatedAt))
        {
            table.Row(ExportCells.Id(note.Id), ExportCells.Id(note.EntryId), note.Text, ExportCells.Utc(note.UpdatedAt));
            export.Add(new R4.DocumentReference
            {
                Status = R4.DocumentReferenceStatus.Current,
                Type = ExportFhir.Text("Taper journal note"),
                Subject = export.PatientReference,
                Date = note.UpdatedAt.ToUniversalTime(),
                Author = [export.PatientReference],
                Description = "Taper journal note"
                    + (journal.FirstOrDefault(j => j.Id == note.EntryId) is { } day ? $" for {ExportCells.Day(day.Date)}" : string.Empty),
                Content = [new R4.DocumentReference.ContentComponent
                {
                    Attachment = new R4.Attachment { ContentType = "text/plain; charset=utf-8", Data = System.Text.Encoding.UTF8.GetBytes(note.Text), Title = "Taper journal note" },
                }],
            }, note.Id);
        }
    }

    private static R4.MedicationStatement Statement(ExportContext export, Medication m)
    {
        var statement = new R4.MedicationStatement
        {
            Status = R4.MedicationStatement.MedicationStatusCodes.Active,
            Medication = ExportFhir.Text(m.Drug),
            Subject = export.PatientReference,
            DateAssertedElement = ExportFhir.DateTime(m.UpdatedAt),
            InformationSource = export.PatientReference,
            Dosage = [new R4.Dosage
            {
                Text = $"{TaperText.Mg(m.DailyDoseMg)} mg a day" + (m.Formulation is { } form ? $" ({form})" : string.Empty),
                DoseAndRate = [new R4.Dosage.DoseAndRateComponent { Dose = ExportFhir.Quantity(m.DailyDoseMg, "mg", "mg") }],
                Timing = new R4.Timing { Repeat = new R4.Timing.RepeatComponent { Frequency = 1, Period = 1, PeriodUnit = R4.Timing.UnitsOfTime.D } },
            }],
        };
        if (m.TakingSince is { } since)
        {
            statement.Effective = ExportFhir.Period(since, null);
        }

        return statement;
    }

    private static R4.MedicationStatement PlanStatement(ExportContext export, TaperPlan plan, TaperSchedule schedule)
    {
        var statement = new R4.MedicationStatement
        {
            Status = R4.MedicationStatement.MedicationStatusCodes.Active,
            Medication = ExportFhir.Text(schedule.Drug.DisplayName),
            Subject = export.PatientReference,
            DateAssertedElement = ExportFhir.DateTime(plan.UpdatedAt),
            InformationSource = export.PatientReference,
            Effective = ExportFhir.Period(plan.StartDate, TaperText.EndDate(schedule)),
            Note = [ExportFhir.Note($"Taper plan for discussion with a prescriber ({TaperText.MethodName(schedule.MethodCode)}; {TaperText.Pace(schedule)}). "
                + "Each dosage is one step, from its date until the next step.")],
        };
        for (var i = 0; i < schedule.Steps.Count; i++)
        {
            var step = schedule.Steps[i];
            var until = i + 1 < schedule.Steps.Count ? schedule.Steps[i + 1].Date : (DateOnly?)null;
            statement.Dosage.Add(new R4.Dosage
            {
                Sequence = step.Number,
                Text = $"{TaperText.StepKindName(step.Kind)} from {ExportCells.Day(step.Date)}: "
                    + (step.Kind == TaperStepKind.Stop ? "stop" : step.DoseDisplay),
                Timing = new R4.Timing
                {
                    Repeat = new R4.Timing.RepeatComponent
                    {
                        Bounds = ExportFhir.Period(step.Date, until),
                        Frequency = 1,
                        Period = 1,
                        PeriodUnit = R4.Timing.UnitsOfTime.D,
                    },
                },
                DoseAndRate = [new R4.Dosage.DoseAndRateComponent { Dose = ExportFhir.Quantity(step.Kind == TaperStepKind.Stop ? 0 : step.DoseMg, "mg", "mg") }],
            });
        }

        return statement;
    }

    private static IEnumerable<string> PlanLines(ExportContext export, TaperSchedule schedule)
    {
        var current = schedule.Steps.LastOrDefault(s => s.Date <= export.Today);
        var next = schedule.Steps.FirstOrDefault(s => s.Date > export.Today);
        yield return $"{schedule.Drug.DisplayName}: {TaperText.MethodName(schedule.MethodCode).ToLowerInvariant()}, {TaperText.Pace(schedule)}; "
            + $"started at {TaperText.Mg(schedule.StartingDoseMg)} mg a day.";
        yield return current is null
            ? $"First step on {LocalTime.Day(schedule.Steps.Count > 0 ? schedule.Steps[0].Date : export.Today)}."
            : $"Current step {current.Number} of {schedule.Steps.Count}, since {LocalTime.Day(current.Date)}: {(current.Kind == TaperStepKind.Stop ? "stopped" : current.DoseDisplay)}.";
        if (next is not null)
        {
            yield return $"Next step on {LocalTime.Day(next.Date)}: {(next.Kind == TaperStepKind.Stop ? "stop" : next.DoseDisplay)}, only if withdrawal symptoms are gone or bearable.";
        }

        if (TaperText.EndDate(schedule) is { } end)
        {
            yield return $"Planned to finish on {LocalTime.Day(end)}.";
        }
    }
}
