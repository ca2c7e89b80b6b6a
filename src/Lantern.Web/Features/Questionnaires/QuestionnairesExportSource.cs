using Lantern.Clinical.Instruments;
using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// Questionnaires in the export. Each instrument used gets a FHIR Questionnaire whose items carry their LOINC codes
/// where the clinical library holds a verified one (PHQ-9's items and panel, GAD-7's panel); every response becomes a
/// QuestionnaireResponse answering those items, and its total an Observation coded with the instrument's LOINC total
/// code (PHQ-9 44261-6, GAD-7 70274-6). PCL-5 has no verified LOINC code (clinical.md §3.3), so its total is words only.
/// </summary>
public sealed class QuestionnairesExportSource(LanternDbContext db) : IExportSource
{
    public static IReadOnlyList<string> Header { get; } =
        ["id", "date", "instrument", "total", "max_total", "band", "flags", "baseline_from_onboarding", "completed_at_utc", "answers"];

    public int Order => 20;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Questionnaires))
        {
            return;
        }

        var responses = await export.Query(db.Set<QuestionnaireResponse>(), AccessScope.Questionnaires)
            .OrderBy(r => r.CompletedAt).ToListAsync(ct);
        var table = export.Table("questionnaires", [.. Header]);
        var questionnaires = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in responses)
        {
            var definition = InstrumentCatalog.Require(r.Instrument);
            table.Row(
                ExportCells.Id(r.Id), ExportCells.Day(r.Day), r.Instrument, ExportCells.Number(r.Total), ExportCells.Number(definition.MaxTotal),
                r.Band, r.Flags, ExportCells.YesNo(r.FromOnboarding), ExportCells.Utc(r.CompletedAt), r.Answers);

            if (!questionnaires.TryGetValue(r.Instrument, out var canonical))
            {
                var id = Guid.CreateVersion7();
                canonical = ExportContext.FullUrl(id);
                export.Add(Questionnaire(definition, canonical), id);
                questionnaires[r.Instrument] = canonical;
            }

            var responseReference = export.Add(Response(export, r, definition, canonical), r.Id);
            export.Add(Total(export, r, definition, responseReference), Guid.CreateVersion7());
        }

        export.Summary(Summary(responses));
    }

    private static string LinkId(QuestionnaireItem item) => item.LoincCode ?? $"item-{item.Number}";

    private static R4.Questionnaire Questionnaire(InstrumentDefinition definition, string canonical)
    {
        var questionnaire = new R4.Questionnaire
        {
            Url = canonical,
            Title = definition.Name,
            Status = R4.PublicationStatus.Active,
            SubjectType = [R4.ResourceType.Patient],
            Description = new R4.Markdown(definition.Stem + " Answers: "
                + string.Join("; ", definition.AnswerOptions.Select(o => $"{o.Value} = {o.Label}")) + "."),
        };
        if (definition.LoincPanelCode is { } panel)
        {
            questionnaire.Code = [new R4.Coding(ExportFhir.Loinc, panel, definition.Name)];
        }

        foreach (var item in definition.Items)
        {
            var questionItem = new R4.Questionnaire.ItemComponent
            {
                LinkId = LinkId(item),
                Prefix = item.Number.ToString(CultureInfo.InvariantCulture),
                Text = item.Text,
                Type = R4.Questionnaire.QuestionnaireItemType.Integer,
                Required = true,
            };
            if (item.LoincCode is { } code)
            {
                questionItem.Code = [new R4.Coding(ExportFhir.Loinc, code, item.Text)];
            }

            questionnaire.Item.Add(questionItem);
        }

        return questionnaire;
    }

    private static R4.QuestionnaireResponse Response(ExportContext export, QuestionnaireResponse r, InstrumentDefinition definition, string canonical)
    {
        var answers = r.AnswerList();
        var response = new R4.QuestionnaireResponse
        {
            Questionnaire = canonical,
            Status = R4.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = export.PatientReference,
            Author = export.PatientReference,
            Authored = ExportFhir.DateTime(r.CompletedAt).Value,
        };
        foreach (var item in definition.Items.Where(i => i.Number <= answers.Count))
        {
            response.Item.Add(new R4.QuestionnaireResponse.ItemComponent
            {
                LinkId = LinkId(item),
                Text = item.Text,
                Answer = [new R4.QuestionnaireResponse.AnswerComponent { Value = new R4.Integer(answers[item.Number - 1]) }],
            });
        }

        return response;
    }

    private static R4.Observation Total(ExportContext export, QuestionnaireResponse r, InstrumentDefinition definition, R4.ResourceReference response)
    {
        var name = $"{InstrumentCatalog.ShortName(r.Instrument)} total score";
        return new R4.Observation
        {
            Status = R4.ObservationStatus.Final,
            Category = [ExportFhir.Category("survey", "Survey")],
            Code = definition.LoincTotalCode is { } code ? ExportFhir.LoincConcept(code, name) : ExportFhir.Text(name),
            Subject = export.PatientReference,
            Effective = ExportFhir.DateTime(r.CompletedAt),
            Value = new R4.Integer(r.Total),
            Interpretation = [ExportFhir.Text(InstrumentCatalog.BandOf(r.Instrument, r.Total).Label)],
            DerivedFrom = [response],
        };
    }

    private static SummarySection Summary(IReadOnlyList<QuestionnaireResponse> responses)
    {
        var lines = new List<string>();
        var charts = new List<SummaryChart>();
        foreach (var definition in InstrumentCatalog.All)
        {
            var mine = responses.Where(r => r.Instrument == definition.Code).ToList();
            if (mine.Count == 0)
            {
                continue;
            }

            var name = InstrumentCatalog.ShortName(definition.Code);
            var latest = mine[^1];
            lines.Add($"{name} ({definition.MinTotal} to {definition.MaxTotal}): latest {latest.Total} on {LocalTime.Day(latest.Day)}, "
                + $"{InstrumentCatalog.BandOf(definition.Code, latest.Total).Label.ToLowerInvariant()}"
                + (mine.Count > 1 ? $"; first {mine[0].Total} on {LocalTime.Day(mine[0].Day)} ({mine.Count} in all)." : "."));
            if (mine.Count > 1)
            {
                charts.Add(new SummaryChart($"{name} over time", definition.MinTotal, definition.MaxTotal,
                    [.. mine.Select(r => new SummaryPoint(r.Day, r.Total))]));
            }
        }

        return new SummarySection(SummaryOrder.Scores, "Questionnaire scores", lines.Count == 0 ? ["No questionnaires answered yet."] : lines, charts);
    }
}
