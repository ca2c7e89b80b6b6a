using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>The course form's fields, shared by the new-course and edit pages.</summary>
public sealed class CourseFormInput
{
    public const int StartingRows = 4;

    public string? Route { get; set; }
    public string? ProviderName { get; set; }
    public string? ProviderPhone { get; set; }
    public string? ProviderContact { get; set; }
    public string? PrescribedDose { get; set; }
    public string? Preset { get; set; }
    public string? FirstDate { get; set; }
    public string? Time { get; set; }
    public List<DateRow> Sessions { get; set; } = [];

    public CoursePreset? ChosenPreset => CoursePresets.ForCode(Preset);

    /// <summary>The rows with something in them, with their row numbers, so errors can be put back beside the right row.</summary>
    public IReadOnlyList<(int Row, DateRow Value)> FilledRows() =>
        [.. Sessions.Select((row, index) => (index, row)).Where(r => !r.row.IsEmpty)];

    public void PadRows(int atLeast)
    {
        while (Sessions.Count < atLeast)
        {
            Sessions.Add(new DateRow());
        }
    }
}

/// <summary>What the shared course-details fields need: the values and the page that holds their errors.</summary>
public sealed record CourseFieldsView(CourseFormInput Input, Lantern.Web.Platform.Forms.FormPageModel Page);
