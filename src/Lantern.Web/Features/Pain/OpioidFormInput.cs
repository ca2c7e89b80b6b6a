using Lantern.Web.Features.Journey;
using Lantern.Web.Features.Taper;

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
        var errors = new Dictionary<string, string[]>();
        var input = new OpioidDoseInput(
            string.IsNullOrWhiteSpace(Opioid) ? null : Opioid,
            FormValues.ReadDecimal(DailyDose, "dailyDose", errors),
            Unit,
            FormValues.ReadDate(From, "from", errors),
            FormValues.ReadDate(To, "to", errors));
        var failures = new FieldErrors();
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                failures.Add(field, message);
            }
        }

        if (string.IsNullOrWhiteSpace(Unit))
        {
            failures.Add("unit", "Choose the unit: mg a day, or mcg an hour for a fentanyl patch.");
        }

        failures.ThrowIfAny();
        return input;
    }

    public static OpioidFormInput FromDose(OpioidDoseResponse dose) => new()
    {
        Opioid = dose.Opioid,
        DailyDose = FormValues.Text(dose.DailyDose),
        Unit = dose.Unit,
        From = FormValues.Text(dose.From),
        To = FormValues.Text(dose.To),
    };
}
