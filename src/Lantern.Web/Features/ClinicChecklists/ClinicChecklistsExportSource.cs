using Lantern.Web.Platform.Export;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// Clinic checklists in the export: a table with one row per question of each checklist. They are the person's own
/// wording about clinics, read under <see cref="ClinicChecklist.Scope"/>, so only the person or someone they share their
/// journal with gets them; they have no FHIR form of their own.
/// </summary>
public sealed class ClinicChecklistsExportSource(LanternDbContext db) : IExportSource
{
    public int Order => 70;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(ClinicChecklist.Scope))
        {
            return;
        }

        var checklists = await export.Query(db.Set<ClinicChecklist>(), ClinicChecklist.Scope).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var table = export.Table("clinic-checklists", "id", "clinic_name", "question_number", "question", "answer", "notes", "created_at_utc", "updated_at_utc");
        foreach (var c in checklists)
        {
            for (var i = 0; i < c.Answers.Count; i++)
            {
                var a = c.Answers[i];
                table.Row(
                    ExportCells.Id(c.Id), c.ClinicName, ExportCells.Number(i + 1), a.Question, a.Answer.ToString().ToLowerInvariant(), a.Notes,
                    ExportCells.Utc(c.CreatedAt), ExportCells.Utc(c.UpdatedAt));
            }
        }
    }
}
