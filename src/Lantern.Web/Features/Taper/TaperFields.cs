namespace Lantern.Web.Features.Taper;

/// <summary>Where each taper form field's input is, so the summary at the top of a form links to it.</summary>
public static class TaperFields
{
    /// <summary>The id of the input a form key belongs to: <c>Input.CurrentDoseMg</c> is <c>currentDoseMg</c>.</summary>
    public static string Id(string key, string formId)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var field = dot < 0 ? key : key[(dot + 1)..];
        if (field.Length == 0 || field.Contains('[', StringComparison.Ordinal) && !field.StartsWith("Ratings[", StringComparison.Ordinal))
        {
            return formId;
        }

        field = char.ToLowerInvariant(field[0]) + field[1..];
        return field switch
        {
            "drug" or "formulation" => "medicine",
            "method" => "method-standard",
            _ when field.StartsWith("ratings[", StringComparison.Ordinal) => "rating-" + field[8..^1] + "-0",
            _ => field,
        };
    }
}
