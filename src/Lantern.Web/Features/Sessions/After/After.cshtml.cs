using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Sessions.Day;
using Lantern.Web.Platform.Input;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.After;

/// <summary>Side effects as the form sends them: ratings by code, dissociation, and two lists of ticks.</summary>
public sealed class SideEffectsInput
{
    public Dictionary<string, string?> Ratings { get; set; } = new(StringComparer.Ordinal);
    public string? Dissociation { get; set; }
    public List<string> Urinary { get; set; } = [];
    public List<string> Signs { get; set; } = [];

    public RecordSideEffectsRequest ToRequest()
    {
        var errors = new FieldErrors();
        var ratings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, text) in Ratings)
        {
            if (ReadingInput.Read(text, $"ratings.{code}", required: false, errors) is { } value)
            {
                ratings[code] = value;
            }
        }

        var dissociation = ReadingInput.Read(Dissociation, "dissociation", required: false, errors);
        return errors.Any ? throw errors.ToException() : new RecordSideEffectsRequest(ratings, dissociation, Urinary, Signs);
    }

    public static SideEffectsInput From(SideEffectsResponse? saved) => saved is null
        ? new SideEffectsInput { Ratings = AfterSessionReport.RatedEffects.ToDictionary(e => e.Code, _ => (string?)"0", StringComparer.Ordinal) }
        : new SideEffectsInput
        {
            Ratings = saved.Ratings.ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
            Dissociation = saved.Dissociation.ToString(CultureInfo.InvariantCulture),
            Urinary = [.. saved.UrinarySymptoms],
            Signs = [.. saved.WarningSigns],
        };
}

/// <summary>The integration journal's four answers as typed.</summary>
public sealed class JournalInput
{
    [MultiLine]
    public string? WhatCameUp { get; set; }
    [MultiLine]
    public string? InTheBody { get; set; }
    [MultiLine]
    public string? CarryForward { get; set; }
    [MultiLine]
    public string? ForTherapist { get; set; }

    public string? Get(string field) => field switch
    {
        "whatCameUp" => WhatCameUp,
        "inTheBody" => InTheBody,
        "carryForward" => CarryForward,
        "forTherapist" => ForTherapist,
        _ => null,
    };

    public SaveJournalRequest ToRequest() => new(WhatCameUp ?? string.Empty, InTheBody ?? string.Empty, CarryForward ?? string.Empty, ForTherapist ?? string.Empty);

    public static JournalInput From(JournalResponse? saved) => new()
    {
        WhatCameUp = saved?.WhatCameUp,
        InTheBody = saved?.InTheBody,
        CarryForward = saved?.CarryForward,
        ForTherapist = saved?.ForTherapist,
    };
}

/// <summary>
/// After a session: side effects (with any red flag answered on this same response), blood pressure after, and the
/// integration journal. Made for someone tired: few fields, big targets, and a journal that keeps every word when a
/// save fails (and, with JavaScript, saves each answer as it is written).
/// </summary>
public sealed class AfterModel(
    SessionReader reader,
    RecordSideEffectsHandler effects,
    RecordVitalsHandler vitals,
    SaveIntegrationJournalHandler journal,
    TimeProvider time) : SessionPageModel(vitals, time)
{
    [BindProperty]
    public SideEffectsInput Effects { get; set; } = new();

    [BindProperty]
    public JournalInput Journal { get; set; } = new();

    public string? Message => Saved switch
    {
        "finished" => "Session finished. Rest now. Come back to this page whenever you feel like it: nothing here has to be done today.",
        "effects" => "Saved. Thank you: this helps you and your provider see how sessions affect you.",
        "journal" => "Your journal is saved.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Bundle.IsOwner && Session.State is "planned" or "cancelled")
        {
            return Redirect($"/sessions/{id}");
        }

        Effects = SideEffectsInput.From(Session.SideEffects);
        Journal = JournalInput.From(Session.Journal);
        return Page();
    }

    public async Task<IActionResult> OnPostEffectsAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            var saved = await effects.HandleAsync(id, Effects.ToRequest(), ct);
            if (saved.Safety.Flags.Count == 0)
            {
                return Redirect($"/sessions/{id}/after?saved=effects#effects-title");
            }

            Safety = saved.Safety;
            return null;
        }, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Journal = JournalInput.From(Session.Journal);
        }, prefix: null);
    }

    public async Task<IActionResult> OnPostReadingAsync(Guid id, CancellationToken ct)
    {
        return await SaveReadingAsync(id, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Effects = SideEffectsInput.From(Session.SideEffects);
            Journal = JournalInput.From(Session.Journal);
        }, ct);
    }

    /// <summary>Saves all four answers. When it fails, the page comes back with exactly what was typed.</summary>
    public async Task<IActionResult> OnPostJournalAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await journal.HandleAsync(id, Journal.ToRequest(), ct);
            return Redirect($"/sessions/{id}/after?saved=journal#journal-title");
        }, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Effects = SideEffectsInput.From(Session.SideEffects);
        }, prefix: null);
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) => Show(await reader.ReadAsync(id, ct));

    private async Task LoadOwnedAsync(Guid id, CancellationToken ct) => Show(await reader.ReadOwnedAsync(id, ct));
}
