using Lantern.Web.Platform.Input;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// One 0-10 scale on the check-in form. <paramref name="Words"/> label some choices in words (the ends, as the hint
/// describes them, and the middle); <paramref name="Face"/> draws a decorative face on each choice.
/// </summary>
public sealed record ScaleField(string Id, string Name, string Label, string Hint, string? Value, string? Error, bool Optional,
    IReadOnlyDictionary<int, string> Words, ScaleFace Face = ScaleFace.None);

/// <summary>Which way a scale's faces turn: a happier face for a higher mood, a calmer face for less anxiety.</summary>
public enum ScaleFace
{
    None,
    HigherIsHappier,
    HigherIsTenser,
}

/// <summary>
/// The daily check-in form, for today or (with ?date=) an earlier day. Saving calls the same handlers as the API;
/// when a warning sign is ticked the answer is this page again with the crisis route at the top, never a redirect.
/// </summary>
public sealed class CheckInModel(
    RecordCheckInHandler record,
    UpdateCheckInHandler update,
    DeleteCheckInHandler delete,
    GetCheckInHandler get,
    ListCheckInTagsHandler tags) : FormPageModel
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
        public List<string> Tags { get; set; } = [];
        public string? NewTag { get; set; }
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

    /// <summary>The person's own tags, and any name ticked on this check-in that is no longer one of them.</summary>
    public IReadOnlyList<string> TagChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Existing is { } c)
        {
            Input = new InputModel
            {
                Mood = N(c.Mood),
                Anxiety = N(c.Anxiety),
                SleepHours = c.SleepHours?.ToString("0.##", CultureInfo.InvariantCulture),
                Energy = c.Energy is { } energy ? N(energy) : null,
                Pain = c.Pain is { } pain ? N(pain) : null,
                Note = c.Note,
                Tags = [.. CheckInInput.SplitTags(c.Tags)],
                WarningSigns = [.. WarningSigns.SelfReportedSigns.FromStored(c.WarningSigns).Select(f => f.Code)],
            };
        }

        await LoadTagChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid)
        {
            // The day itself was not acceptable; never fall back to saving on another day.
            await LoadTagChoicesAsync(ct);
            return Page();
        }

        var result = await SubmitAsync(async () =>
        {
            CheckInSaved saved;
            if (Existing is { } existing)
            {
                saved = await update.HandleAsync(existing.Id,
                    new UpdateCheckInRequest(Int(Input.Mood), Int(Input.Anxiety), Dec(Input.SleepHours), Int(Input.Energy), Int(Input.Pain),
                        Input.Note, TickedTags(), Input.WarningSigns), ct);
            }
            else
            {
                saved = await record.HandleAsync(
                    new RecordCheckInRequest(Day, Int(Input.Mood), Int(Input.Anxiety), Dec(Input.SleepHours), Int(Input.Energy), Int(Input.Pain),
                        Input.Note, TickedTags(), Input.WarningSigns), ct);
            }

            if (saved.Safety.Flags.Count == 0)
            {
                return Redirect("/dashboard?saved=checkin");
            }

            // A red flag: answer on this very response, with the crisis route first.
            Safety = saved.Safety;
            Saved = true;
            Existing = await get.FindOwnForDayAsync(Day, ct);
            Input.Tags = [.. saved.CheckIn.Tags];
            Input.NewTag = null;
            ModelState.Remove("Input.NewTag");
            return Page();
        });
        if (result is PageResult)
        {
            await LoadTagChoicesAsync(ct);
        }

        return result;
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
        return id switch
        {
            "mood" or "anxiety" or "energy" or "pain" => $"{id}-{CheckInInput.ScaleMin}",
            _ when id.StartsWith("tags", StringComparison.Ordinal) => "newTag",
            _ => id,
        };
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
        // The words at the ends say what the hint says; the middle is only "in between", with no meaning of its own.
        var words = property switch
        {
            "Mood" => Words("Lowest", "Best"),
            "Anxiety" => Words("Calm", "Most anxious"),
            "Energy" => Words("None", "Plenty"),
            _ => Words("No pain", "Worst"),
        };
        var face = property switch
        {
            "Mood" => ScaleFace.HigherIsHappier,
            "Anxiety" => ScaleFace.HigherIsTenser,
            _ => ScaleFace.None,
        };
        return new ScaleField(field, $"Input.{property}", label, hint, value, error, optional, words, face);

        static Dictionary<int, string> Words(string lowest, string highest) => new()
        {
            [CheckInInput.ScaleMin] = lowest,
            [(CheckInInput.ScaleMin + CheckInInput.ScaleMax) / 2] = "In between",
            [CheckInInput.ScaleMax] = highest,
        };
    }

    /// <summary>The tag messages (too many, a new name too long) belong to the new-tag box.</summary>
    public string? TagsError =>
        ModelState.Where(kv => kv.Key.StartsWith("Input.Tags", StringComparison.Ordinal) || kv.Key == "Input.NewTag")
            .SelectMany(kv => kv.Value!.Errors).Select(e => e.ErrorMessage).FirstOrDefault();

    /// <summary>The ticked tags and a new one typed in the box, as the handlers take them.</summary>
    private List<string> TickedTags() =>
        string.IsNullOrWhiteSpace(Input.NewTag) ? Input.Tags : [.. Input.Tags, Input.NewTag];

    private async Task LoadTagChoicesAsync(CancellationToken ct)
    {
        var own = (await tags.HandleAsync(new ListCheckInTagsRequest(null), ct)).Select(t => t.Name);
        TagChoices = [.. own.Concat(Input.Tags.Where(t => !own.Contains(t, StringComparer.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase)];
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
