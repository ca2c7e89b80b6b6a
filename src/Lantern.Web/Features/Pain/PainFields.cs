namespace Lantern.Web.Features.Pain;

/// <summary>Where each field of the opioid form is, so the summary at the top of the form links to it.</summary>
public static class PainFields
{
    public const string FormId = "opioid-form";

    /// <summary>The id of the input a form key belongs to; the unit's first radio stands for the group.</summary>
    public static string Id(string key, string formId) => key switch
    {
        "Input.Opioid" => "opioid",
        "Input.DailyDose" => "dailyDose",
        "Input.Unit" => "unit-mg",
        "Input.From" => "from",
        "Input.To" => "to",
        _ => formId,
    };
}
