using Lantern.Clinical;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

/// <summary>
/// PHQ-9, GAD-7 or PCL-5 as a plain form; the result (and any red flag, with the crisis route) on the same response.
/// After a PHQ-9 item 9 of 1 or more the ASQ acuity question follows, as a second plain form; nothing is stored.
/// </summary>
[AllowAnonymous]
public sealed class QuestionnaireModel(CurrentPerson person) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Instrument { get; set; } = "phq9";

    [BindProperty]
    public List<int?> Answers { get; set; } = [];

    public InstrumentDefinition Definition => Instrument switch
    {
        "gad7" => Gad7.Definition,
        "pcl5" => Pcl5.Definition,
        _ => Phq9.Definition,
    };

    public int? Total { get; private set; }
    public string? Band { get; private set; }
    public string? Interpretation { get; private set; }
    public IReadOnlyList<RedFlag> Flags { get; private set; } = [];
    public IReadOnlyList<Source> Sources { get; private set; } = [];
    public SafetyResponse Safety { get; private set; } = SafetyResponse.None;

    /// <summary>True when the ASQ acuity question should follow the result.</summary>
    public bool AskRightNow { get; private set; }

    /// <summary>The answer to the acuity question, once given ("yes" or "no").</summary>
    [BindProperty(Name = "answer")]
    public string? RightNowAnswer { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRightNowAsync(CancellationToken ct)
    {
        if (RightNowAnswer is not ("yes" or "no"))
        {
            ModelState.AddModelError(string.Empty, "Please answer yes or no.");
            AskRightNow = true;
            return Page();
        }

        Safety = SafetyResponse.From([SuicideRiskFollowUp.FlagFor(RightNowAnswer == "yes")], [], await person.CrisisPlaceAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        for (var i = 0; i < Definition.Items.Count; i++)
        {
            if (i >= Answers.Count || Answers[i] is null)
            {
                ModelState.AddModelError($"Answers[{i}]", $"Please answer question {i + 1}.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var answers = Answers.Take(Definition.Items.Count).Select(a => a!.Value).ToArray();
        Try(() =>
        {
            switch (Instrument)
            {
                case "gad7":
                    var gad7 = Gad7.Score(answers);
                    (Total, Band, Sources) = (gad7.Total, gad7.SeverityLabel, gad7.Sources);
                    break;
                case "pcl5":
                    var pcl5 = Pcl5.Score(answers);
                    (Total, Sources) = (pcl5.Total, pcl5.Sources);
                    Band = pcl5.PositiveScreen ? $"At or above the screening cut-point of {pcl5.CutPoint}" : $"Below the screening cut-point of {pcl5.CutPoint}";
                    Interpretation = pcl5.Notice;
                    break;
                default:
                    var phq9 = Phq9.Score(answers);
                    (Total, Band, Flags, Sources) = (phq9.Total, phq9.SeverityLabel, phq9.Flags, phq9.Sources);
                    AskRightNow = SuicideRiskFollowUp.IsAskedAfter(phq9);
                    break;
            }
        }, prefix: string.Empty);

        Safety = SafetyResponse.From(Flags, [], await person.CrisisPlaceAsync(ct));
        return Page();
    }
}
