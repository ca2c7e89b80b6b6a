namespace Lantern.Web.Features.Pain;

/// <summary>
/// The opioid form, bound as text so a mistyped dose or date is shown back exactly as typed. Unlike the API, the form
/// always asks for the unit: choosing "mg a day" or "mcg an hour" is the moment a patch typed as mg gets caught.
/// </summary>
public sealed class OpioidFormInput
{
    public string? Opioid { get; set; }
    public string? DailyDose { get; set; }
    public string? Unit { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public OpioidDoseInput ToInput()
    {
        var errors = new FieldErrors();
        var input = new OpioidDoseInput(
            string.IsNullOrWhiteSpace(Opioid) ? null : Opioid,
            FormText.Number(DailyDose, "dailyDose", errors),
            Unit,
            FormText.Date(From, "from", errors),
            FormText.Date(To, "to", errors));
        if (string.IsNullOrWhiteSpace(Unit))
        {
            errors.Add("unit", "Choose the unit: mg a day, or mcg an hour for a fentanyl patch.");
        }

        errors.ThrowIfAny();
        return input;
    }

    public static OpioidFormInput FromDose(OpioidDoseResponse dose) => new()
    {
        Opioid = dose.Opioid,
        DailyDose = FormText.Of(dose.DailyDose),
        Unit = dose.Unit,
        From = FormText.Of(dose.From),
        To = FormText.Of(dose.To),
    };
}
