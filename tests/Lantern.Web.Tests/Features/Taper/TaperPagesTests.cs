using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>
/// The taper pages as a browser without JavaScript uses them: plain form posts with the antiforgery token, the same
/// handlers as the API, errors beside the fields, the prescriber note and the parameters' strength in words where they belong.
/// </summary>
public sealed class TaperPagesTests(SharedApp app)
{
    [Fact]
    public async Task Builder_Preview_ShowsPrescriberNoteChartSummaryAndTable()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Preview", Plan());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("For discussion with your prescriber.", page.Html, StringComparison.Ordinal);
        Assert.Contains("<svg", page.Html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Daily dose over time", page.Html, StringComparison.Ordinal);
        Assert.Contains("From 100 mg a day", page.Html, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"preview-table-caption\">Schedule</caption>", page.Html, StringComparison.Ordinal);
        Assert.Contains("Thu 1 Oct 2026", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Builder_CompareTwoPaces_ShowsBothSideBySideAndSavesTheSecond()
    {
        var user = await TestUser.CreateAsync(app);
        var fields = Plan(("Input.CompareStepPercent", "25"));

        var compared = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Preview", fields);
        var saved = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Save", [.. fields, ("pace", "2")]);

        Assert.Contains("Two paces side by side", compared.Html, StringComparison.Ordinal);
        Assert.Contains("Pace 1: 10 % of the previous dose every 28 days", compared.Html, StringComparison.Ordinal);
        Assert.Contains("Pace 2: 25 % of the previous dose every 28 days", compared.Html, StringComparison.Ordinal);
        Assert.Contains("series-b", compared.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var id = Guid.Parse(saved.Location!.Split('/')[^1]);
        var plan = await TaperApi.GetPlanAsync(user.Client, id);
        Assert.Equal(25m, plan.GetProperty("settings").GetProperty("stepPercent").GetDecimal());
    }

    [Fact]
    public async Task Builder_NotANumber_ShowsTheErrorBesideTheFieldAndKeepsWhatWasTyped()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Preview", Plan(("Input.CurrentDoseMg", "ten"), ("Input.IntervalDays", "120")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Give a number, for example 12.5.", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"ten\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#currentDoseMg\">", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"currentDoseMg\"[^>]*value=\"ten\"[^>]*aria-describedby=\"currentDoseMg-hint currentDoseMg-error\" aria-invalid=\"true\"", page.Html);
    }

    [Fact]
    public async Task Builder_OutOfRangeInterval_ShowsThePlannersMessageBesideIt()
    {
        var user = await TestUser.CreateAsync(app);

        var page = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Preview", Plan(("Input.IntervalDays", "120")));

        Assert.Contains("<a href=\"#intervalDays\">Give the days between steps as a whole number from 7 to 90.</a>", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedPlan_RecordHoldThroughThePage_RecomputesAndShowsIt()
    {
        var user = await TestUser.CreateAsync(app);
        var saved = await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Save", [.. Plan(), ("pace", "1")]);
        var path = saved.Location!;

        var hold = await PageForms.SubmitAsync(user.Client, $"{path}?handler=Event", [("Event.Kind", "hold"), ("Event.Date", "2026-10-01"), ("Event.Version", "1")]);
        var page = await PageForms.GetPageAsync(user.Client, path);

        Assert.Equal(HttpStatusCode.Redirect, hold.Status);
        Assert.Contains("Recorded: held at the current dose.", page, StringComparison.Ordinal);
        Assert.Contains("Held (recorded)", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-10-29\">29 Oct 2026</time>", page, StringComparison.Ordinal);
        Assert.Contains("For discussion with your prescriber.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedPlan_BadStepTaken_ShowsTheErrorInThatForm()
    {
        var user = await TestUser.CreateAsync(app);
        var path = (await PageForms.SubmitAsync(user.Client, "/taper/plans/new?handler=Save", [.. Plan(), ("pace", "1")])).Location!;

        var page = await PageForms.SubmitAsync(user.Client, $"{path}?handler=Event", [("Event.Kind", "step-taken"), ("Event.Date", "2026-10-01"), ("Event.DoseTakenMg", "150"), ("Event.Version", "1")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("150 mg is more than the 100 mg before it. To go back up, record a step-back.", page.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"event-step-taken-dose\"[^>]*value=\"150\"[^>]*aria-invalid=\"true\"", page.Html);
    }

    [Fact]
    public async Task OccupancyPlan_PlanAndPrintPages_ShowSecondaryStatus()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, new { drug = "citalopram", currentDoseMg = 20, method = "occupancy", startDate = "2026-12-01" }));

        var plan = await PageForms.GetPageAsync(user.Client, $"/taper/plans/{id}");
        var print = await PageForms.GetPageAsync(user.Client, $"/taper/plans/{id}/print");

        foreach (var html in new[] { plan, print })
        {
            Assert.Contains("Estimated occupancy. How we know this:</strong> Seen only in a secondary source", html, StringComparison.Ordinal);
            Assert.Contains("Seen only in a secondary source; not yet checked against the original.", html, StringComparison.Ordinal);
        }

        Assert.Contains("Estimated occupancy over time (model parameters from a secondary source)", plan, StringComparison.Ordinal);
        Assert.Contains("Taper plan for discussion with your prescriber", print, StringComparison.Ordinal);
        Assert.Contains("Not a prescription.", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_ThoughtsOfSelfHarm_ShowsCrisisLinesAndTalkToPrescriber()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        (string, string)[] ratings = [.. Enumerable.Range(0, 10).Select(i => ($"Input.Ratings[{i}]", i == 5 ? "3" : "0"))];

        var page = await PageForms.SubmitAsync(user.Client, $"/taper/plans/{id}/journal",
            [.. ratings, ("Input.Date", "2026-11-26"), ("Input.SymptomsTolerable", "no"), ("Input.Mood", "1"), ("Input.ThoughtsOfSuicideOrSelfHarm", "true")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Help is here, right now", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Talk to your prescriber today.", page.Html, StringComparison.Ordinal);
        Assert.Contains("Please don&#x27;t make the next reduction yet", page.Html, StringComparison.Ordinal);
        Assert.Contains("Withdrawal or depression coming back?", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_RatedWithoutTolerability_ShowsTheFieldError()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var page = await PageForms.SubmitAsync(user.Client, $"/taper/plans/{id}/journal", [("Input.Ratings[0]", "2"), ("Input.Date", "2026-11-26"), ("Input.Mood", "5")]);

        Assert.Contains("<a href=\"#symptomsTolerable\">Please say whether these symptoms feel tolerable", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medicines_AddThroughThePage_ListsItWithABuildLink()
    {
        var user = await TestUser.CreateAsync(app);

        var saved = await PageForms.SubmitAsync(user.Client, "/taper/medicines", [("Input.Medicine", "diazepam|tablets"), ("Input.DoseMg", "12,5"), ("Input.TakingSince", "2025-01-15")]);
        var page = await PageForms.GetPageAsync(user.Client, "/taper/medicines");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Diazepam, 12.5 mg a day", page, StringComparison.Ordinal);
        Assert.Matches("href=\"/taper/plans/new\\?medication=[0-9a-f-]{36}\"", page);
    }

    [Fact]
    public async Task TaperHome_SignedIn_ListsPlansAndSaysItIsForThePrescriber()
    {
        var user = await TestUser.CreateAsync(app);
        await TaperApi.CreatePlanAsync(user);

        var page = await PageForms.GetPageAsync(user.Client, "/taper");

        Assert.Contains("Sertraline from 100 mg", page, StringComparison.Ordinal);
        Assert.Contains("For discussion with your prescriber.", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/taper\" aria-current=\"page\">Taper</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPagePost_ByAnotherUser_Returns404AndRecordsNothing()
    {
        var owner = await TestUser.CreateAsync(app);
        var intruder = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(owner));
        var token = await PageForms.TokenAsync(intruder.Client, "/taper/plans/new");

        var evt = await PageForms.PostAsync(intruder.Client, $"/taper/plans/{id}?handler=Event", [("Event.Kind", "hold"), ("Event.Date", "2026-10-01")], token);
        var delete = await PageForms.PostAsync(intruder.Client, $"/taper/plans/{id}?handler=Delete", [("confirm", "true")], token);
        var journal = await PageForms.PostAsync(intruder.Client, $"/taper/plans/{id}/journal", [("Input.Mood", "5"), ("Input.Date", "2026-11-26")], token);
        var edit = await PageForms.PostAsync(intruder.Client, $"/taper/plans/{id}/edit", Plan(), token);

        Assert.All([evt, delete, journal, edit], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var plan = await TaperApi.GetPlanAsync(owner.Client, id);
        Assert.Equal(1, plan.GetProperty("version").GetInt32());
        Assert.Empty(plan.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task EditPage_ChangesPaceAndRedirectsToThePlan()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var form = await PageForms.GetPageAsync(user.Client, $"/taper/plans/{id}/edit");
        var saved = await PageForms.SubmitAsync(user.Client, $"/taper/plans/{id}/edit", Plan(("Input.StepPercent", "20"), ("Input.Version", "1")));

        Assert.Contains("value=\"sertraline|\" selected=\"selected\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(20m, (await TaperApi.GetPlanAsync(user.Client, id)).GetProperty("settings").GetProperty("stepPercent").GetDecimal());
    }

    private static (string, string)[] Plan(params (string, string)[] overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Medicine"] = "sertraline|",
            ["Input.CurrentDoseMg"] = "100",
            ["Input.Method"] = string.Empty,
            ["Input.StepPercent"] = "10",
            ["Input.IntervalDays"] = "28",
            ["Input.StartDate"] = "2026-10-01",
            ["Input.FinalDoseMg"] = "25",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return [.. fields.Select(kv => (kv.Key, kv.Value))];
    }
}
