using Lantern.Web.Platform.Input;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.CheckIns;

/// <summary>One 0-10 scale on the check-in form.</summary>
public sealed record ScaleField(string Id, string Name, string Label, string Hint, string? Value, string? Error, bool Optional);

/// <summary>
/// The daily check-in form, for today or (with ?date=) an earlier day. Saving calls the same handlers as the API;
/// when a warning sign is ticked the answer is this page again with the crisis route at the top, never a redirect.
/// </summary>
public sealed class CheckInModel(
    RecordCheckInHandler record,
    UpdateCheckInHandler update,
    DeleteCheckInHandler delete,
    GetCheckInHandler get) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Mood { get; set; }
        public string? Anxiety { get; set; }
        public string? SleepHours { get; set; }
        public string? Energy { get; set; }
        public string? Pain { get; set; }
        [MultiLine]
        public string? Note { get; set; }
        public string? Tags { get; set; }
        public List<string> WarningSigns { get; set; } = [];
    }

    /// <summary>The day asked for in the address; a date outside the input window is a 400, like any other.</summary>
    [BindProperty(SupportsGet = true, Name = "date")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DateOnly Today { get; private set; }
    public DateOnly Day { get; private set; }
    public CheckIn? Existing { get; private set; }
    public bool IsLate => Day < Today;
    public bool CanEdit { get; private set; }
    public bool Saved { get; private set; }
    public SafetyResponse? Safety { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Existing is { } c)
        {
            Input = new InputModel
            {
                Mood = N(c.Mood),
                Anxiety = N(c.Anxiety),
                SleepHours = c.SleepHours.ToString("0.##", CultureInfo.InvariantCulture),
                Energy = N(c.Energy),
                Pain = c.Pain is { } pain ? N(pain) : null,
                Note = c.Note,
                Tags = string.Join(", ", CheckInInput.SplitTags(c.Tags)),
                WarningSigns = [.. WarningSigns.SelfReportedSigns.FromStored(c.WarningSigns).Select(f => f.Code)],
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            // The day itself was not acceptable; never fall back to saving on another day.
            return Page();
        }

        return await SubmitAsync(async () =>
        {
            CheckInSaved saved;
            if (Existing is { } existing)
            {
                saved = await update.HandleAsync(existing.Id,
                    new UpdateCheckInRequest(Int(Input.Mood), Int(Input.Anxiety), Dec(Input.SleepHours), Int(Input.Energy), Int(Input.Pain),
                        Input.Note, CheckInInput.ParseTagBox(Input.Tags), Input.WarningSigns), ct);
            }
            else
            {
                saved = await record.HandleAsync(
                    new RecordCheckInRequest(Day, Int(Input.Mood), Int(Input.Anxiety), Dec(Input.SleepHours), Int(Input.Energy), Int(Input.Pain),
                        Input.Note, CheckInInput.ParseTagBox(Input.Tags), Input.WarningSigns), ct);
            }

            if (saved.Safety.Flags.Count == 0)
            {
                return Redirect("/dashboard?saved=checkin");
            }

            // A red flag: answer on this very response, with the crisis route first.
            Safety = saved.Safety;
            Saved = true;
            Existing = await get.FindOwnForDayAsync(Day, ct);
            return Page();
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Existing is null)
        {
            return NotFound();
        }

        await delete.HandleAsync(Existing.Id, ct);
        return Redirect("/dashboard?saved=deleted");
    }

    /// <summary>A 0–10 scale is a group of radios (<c>mood-0</c> to <c>mood-10</c>); its message links to the first.</summary>
    public override string FieldId(string key, string formId)
    {
        var id = base.FieldId(key, formId);
        return id is "mood" or "anxiety" or "energy" or "pain" ? $"{id}-{CheckInInput.ScaleMin}" : id;
    }

    public ScaleField Scale(string field, string label, string hint, bool optional = false)
    {
        var property = char.ToUpperInvariant(field[0]) + field[1..];
        var value = property switch
        {
            "Mood" => Input.Mood,
            "Anxiety" => Input.Anxiety,
            "Energy" => Input.Energy,
            "Pain" => Input.Pain,
            _ => null,
        };
        var error = ModelState[$"Input.{property}"]?.Errors.FirstOrDefault()?.ErrorMessage;
        return new ScaleField(field, $"Input.{property}", label, hint, value, error, optional);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = (await CurrentPerson.GetAsync(ct)).Today;
        Day = Today;
        var unreadable = ModelState.TryGetValue("date", out var given) && given.Errors.Count > 0;
        if (Date is not null || unreadable)
        {
            if (Date is { } asked && asked <= Today && asked >= Today.AddDays(-CheckInInput.LateEntryMaxDays))
            {
                Day = asked;
            }
            else
            {
                ModelState.AddModelError(string.Empty,
                    $"Choose a day from the last {CheckInInput.LateEntryMaxDays} days, up to today. Showing today instead.");
            }
        }

        Existing = await get.FindOwnForDayAsync(Day, ct);
        CanEdit = Existing is null || CheckInResponse.IsEditable(Existing, Today);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? Dec(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
