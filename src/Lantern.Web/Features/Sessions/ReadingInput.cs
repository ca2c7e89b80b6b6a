using Lantern.Web.Features.Sessions.Day;

namespace Lantern.Web.Features.Sessions;

/// <summary>A blood-pressure reading as typed on a page; kept as text so a mistake is shown back as it was typed.</summary>
public sealed class ReadingInput
{
    public string? Systolic { get; set; }
    public string? Diastolic { get; set; }
    public string? Pulse { get; set; }

    /// <summary>
    /// A fresh key for each form the server renders (and each reading sessions.js keeps while offline), so a form sent
    /// twice (a double tap, a retry) saves one reading.
    /// </summary>
    public Guid? Key { get; set; } = Guid.NewGuid();

    public RecordVitalsRequest ToRequest()
    {
        var errors = new FieldErrors();
        var request = new RecordVitalsRequest(
            Read(Systolic, "systolic", required: false, errors),
            Read(Diastolic, "diastolic", required: false, errors),
            Read(Pulse, "pulse", required: false, errors),
            Key);
        return errors.Any ? throw errors.ToException() : request;
    }

    /// <summary>A whole number, or null when blank (the handler then says what is missing).</summary>
    public static int? Read(string? text, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, "Give a number.");
            }

            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Give a whole number, for example 120.");
        return null;
    }
}

/// <summary>What the shared reading form needs: which page handler saves it, what was typed, and the page's errors.</summary>
public sealed record ReadingFormView(string Handler, string FormId, string Button, ReadingInput Input, Lantern.Web.Platform.Forms.FormPageModel Page);
