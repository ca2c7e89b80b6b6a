using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Reminders;

/// <summary>One row of the reminders form, as posted.</summary>
public sealed class ReminderRuleForm
{
    public string? Kind { get; set; }
    public bool On { get; set; }
    public string? At { get; set; }
}

/// <summary>The reminders form, as posted.</summary>
public sealed class ReminderSettingsForm
{
    public bool ByEmail { get; set; }
    public bool ByPush { get; set; }
    public string? QuietFrom { get; set; }
    public string? QuietUntil { get; set; }
    public List<ReminderRuleForm> Rules { get; set; } = [];
}

/// <summary>
/// The person's reminders: each kind on or off with its time, how to reach them, quiet hours, and the delivery log.
/// Until they save, the form shows Lantern's suggestion and says that nothing is sent. The form calls the same handler
/// as the API; a refused form is shown again as typed, with each message beside its field.
/// </summary>
public sealed partial class RemindersIndexModel(
    GetReminderSettingsHandler get,
    SaveReminderSettingsHandler save,
    ListReminderDeliveriesHandler deliveries) : FormPageModel
{
    public ReminderSettingsResponse Settings { get; private set; } = null!;

    public IReadOnlyList<ReminderDeliveryResponse> Sent { get; private set; } = [];

    [BindProperty]
    public ReminderSettingsForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool JustSaved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new ReminderSettingsForm
        {
            ByEmail = Settings.ByEmail,
            ByPush = Settings.ByPush,
            QuietFrom = Settings.QuietFrom,
            QuietUntil = Settings.QuietUntil,
            Rules = Settings.Rules.Select(r => new ReminderRuleForm { Kind = r.Kind, On = r.On, At = r.At }).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            await save.HandleAsync(new SaveReminderSettingsRequest(Input.ByEmail, Input.ByPush, Input.QuietFrom, Input.QuietUntil,
                Input.Rules.Select(r => new ReminderRuleInput(r.Kind, r.On, r.At)).ToArray()), ct);
            return Redirect("/account/reminders?saved=true");
        }, () => LoadAsync(ct), prefix: null, rename: FormKey);

    /// <summary>"Turn these on" beside the suggestion (here and at the end of onboarding): saves the suggestion as it stands.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        var suggestion = await get.HandleAsync(ct);
        await save.HandleAsync(AsRequest(suggestion), ct);
        return Redirect("/account/reminders?saved=true");
    }

    /// <summary>The settings shown, as a request that would save them unchanged.</summary>
    public static SaveReminderSettingsRequest AsRequest(ReminderSettingsResponse settings) =>
        new(settings.ByEmail, settings.ByPush, settings.QuietFrom, settings.QuietUntil,
            settings.Rules.Select(r => new ReminderRuleInput(r.Kind, r.On, r.At)).ToArray());

    /// <summary>The input id of a rule's box: <c>rule-daily-check-in-at</c>.</summary>
    public static string RuleId(string kind, string part) => $"rule-{kind}-{part}";

    /// <summary>The handler's field (<c>rules[2].at</c>, <c>quietFrom</c>) as this form's key (<c>Input.Rules[2].At</c>).</summary>
    private static string FormKey(string field)
    {
        if (RuleField().Match(field) is { Success: true } rule)
        {
            var part = rule.Groups[2].Value;
            return $"Input.Rules[{rule.Groups[1].Value}].{char.ToUpperInvariant(part[0])}{part[1..]}";
        }

        return field.Length == 0 ? field : $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}";
    }

    /// <summary>Links a message to its box: a rule's by its kind, the others by name (<c>Input.QuietFrom</c> is <c>quietFrom</c>).</summary>
    public override string FieldId(string key, string formId)
    {
        if (RuleKey().Match(key) is { Success: true } rule && int.TryParse(rule.Groups[1].Value, out var index)
            && index >= 0 && index < Input.Rules.Count && Input.Rules[index].Kind is { } kind)
        {
            return RuleId(kind, rule.Groups[2].Value == "At" ? "at" : "on");
        }

        return base.FieldId(key, formId);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Settings = await get.HandleAsync(ct);
        Sent = await deliveries.HandleAsync(ct);
    }

    [GeneratedRegex(@"^rules\[(\d+)\]\.(\w+)$")]
    private static partial Regex RuleField();

    [GeneratedRegex(@"^Input\.Rules\[(\d+)\]\.(\w+)$")]
    private static partial Regex RuleKey();
}
