using Lantern.Clinical.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Platform.Forms;

/// <summary>
/// The one base of Lantern's pages. A page calls the same handler as the API inside <see cref="SubmitAsync"/>; when
/// the handler refuses (<see cref="ValidationFailedException"/>, the clinical library's
/// <see cref="ClinicalInputException"/>, or a <see cref="ConflictException"/>) the page is shown again with each message
/// beside its field, a summary that links to them, and everything the person typed still in the form (pages bind text).
/// It also knows the signed-in person (<see cref="CurrentPerson"/>).
/// </summary>
/// <remarks>
/// Messages live in <see cref="PageModel.ModelState"/>. A handler's field (the API's spelling, <c>currentDoseMg</c>) is
/// put under the form's prefix and capitalised (<c>Input.CurrentDoseMg</c>), or under its own name when the prefix is
/// null (<c>sessions[1].date</c>), or only capitalised when the prefix is empty (<c>Answers[3]</c> on a page that binds
/// its fields directly); <c>general</c>, and a conflict, belong to the whole form (key "").
/// </remarks>
public abstract class FormPageModel : PageModel
{
    /// <summary>The default prefix of a form's bound model.</summary>
    public const string InputPrefix = "Input";

    private CurrentPerson? _person;

    /// <summary>The signed-in person of this request (one query, shared with the rest of the request).</summary>
    protected CurrentPerson CurrentPerson => _person ??= HttpContext.RequestServices.GetRequiredService<CurrentPerson>();

    /// <summary>
    /// Runs a form's action (usually: call the handler, then redirect). When the handler refuses, the messages go on the
    /// form, <paramref name="onRefused"/> runs (to reload what the page shows) and the page is shown again.
    /// </summary>
    /// <param name="prefix">Where the handler's fields live on this form; null when the form uses the API's names.</param>
    /// <param name="onConflict">What a conflict does to the page; by default its message goes at the top of the form.</param>
    /// <param name="rename">Maps a handler's field to this form's spelling of it, e.g. a list index to the page row.</param>
    protected async Task<IActionResult> SubmitAsync(Func<Task<IActionResult>> action, Func<Task>? onRefused = null,
        string? prefix = InputPrefix, Action<ConflictException>? onConflict = null, Func<string, string>? rename = null)
    {
        IActionResult? result = null;
        if (await TryAsync(async () => result = await action(), prefix, onConflict, rename))
        {
            return result!;
        }

        if (onRefused is not null)
        {
            await onRefused();
        }

        return Page();
    }

    /// <summary>
    /// Runs a form's action that either ends the request (returns a result, e.g. a redirect) or stays on the page
    /// (returns null, having set what the page shows). Staying, and after a refusal, <paramref name="show"/> loads what the
    /// page shows and the page is shown with the form as it was typed.
    /// </summary>
    protected async Task<IActionResult> SubmitAndShowAsync(Func<Task<IActionResult?>> action, Func<Task> show,
        string? prefix = InputPrefix, Action<ConflictException>? onConflict = null, Func<string, string>? rename = null)
    {
        IActionResult? result = null;
        await TryAsync(async () => result = await action(), prefix, onConflict, rename);
        if (result is not null)
        {
            return result;
        }

        await show();
        return Page();
    }

    /// <summary>
    /// Runs a form's action and says whether it went through; when the handler refused, its messages are on the form and
    /// the page decides what to show next.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> action, string? prefix = InputPrefix, Action<ConflictException>? onConflict = null,
        Func<string, string>? rename = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(rename is null ? failure : failure.Renamed(rename), prefix);
        }
        catch (ClinicalInputException failure)
        {
            AddErrors(FieldErrors.From(failure, rename), prefix);
        }
        catch (ConflictException conflict)
        {
            (onConflict ?? (c => AddFormMessage(c.Message)))(conflict);
        }

        return false;
    }

    /// <summary>The synchronous <see cref="TryAsync"/>, for actions that only compute (a preview, a calculator).</summary>
    protected bool Try(Action action, string? prefix = InputPrefix, Func<string, string>? rename = null) =>
        TryAsync(() =>
        {
            action();
            return Task.CompletedTask;
        }, prefix, rename: rename).GetAwaiter().GetResult();

    /// <summary>Puts each of a handler's field errors beside its field (see the remarks on <see cref="FormPageModel"/>).</summary>
    public void AddErrors(ValidationFailedException failure, string? prefix = InputPrefix)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(Key(field, prefix), message);
            }
        }
    }

    /// <summary>A message about the whole form, shown at the top.</summary>
    public void AddFormMessage(string message) => ModelState.AddModelError(string.Empty, message);

    /// <summary>The message(s) for one form key (<c>Input.CurrentDoseMg</c>, <c>sessions[1].date</c>); null when it is fine.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>The first message on the page, for a form that shows one message rather than one per field.</summary>
    public string? FirstError() => ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault();

    /// <summary>The value of <c>aria-invalid</c> for a form key.</summary>
    public string Invalid(string key) => ErrorFor(key) is null ? "false" : "true";

    /// <summary>Every message on the page with a link to its input, for the summary at the top of a form.</summary>
    /// <param name="formId">Where a message about the whole form (or a field with no input of its own) links to.</param>
    /// <param name="formLevelOnly">Only the messages about the whole form, for a page that shows each field's message
    /// beside its field and nowhere else.</param>
    public IReadOnlyList<(string Href, string Message)> ErrorLinks(string formId, bool formLevelOnly = false) =>
        [.. ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 } && (!formLevelOnly || kv.Key.Length == 0))
            .SelectMany(kv => kv.Value!.Errors.Select(e => ($"#{(kv.Key.Length == 0 ? formId : FieldId(kv.Key, formId))}", e.ErrorMessage)))];

    /// <summary>
    /// The id of the input a form key belongs to. By default the key with its prefix removed and the first letter
    /// lower-cased, indexes and dots turned into dashes (<c>Input.Mood</c> is <c>mood</c>, <c>sessions[1].date</c> is
    /// <c>sessions-1-date</c>); a page whose inputs are named otherwise says so here.
    /// </summary>
    public virtual string FieldId(string key, string formId)
    {
        var field = key.StartsWith(InputPrefix + ".", StringComparison.Ordinal) ? key[(InputPrefix.Length + 1)..] : key;
        if (field.Length == 0)
        {
            return formId;
        }

        return (char.ToLowerInvariant(field[0]) + field[1..])
            .Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');
    }

    private static string Key(string field, string? prefix) => field switch
    {
        "general" or "" => string.Empty,
        _ when prefix is null => field,
        _ when prefix.Length == 0 => char.ToUpperInvariant(field[0]) + field[1..],
        _ => $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}",
    };
}
