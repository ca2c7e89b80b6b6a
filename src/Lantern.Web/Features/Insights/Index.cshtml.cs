namespace Lantern.Web.Features.Insights;

/// <summary>Patterns in the person's own records: mood after sessions, sleep against mood. Read-only.</summary>
public sealed class IndexModel(GetInsightsHandler insights) : FormPageModel
{
    public InsightsResponse Insights { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Insights = await insights.HandleAsync(ct);

    public static string Score(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Hours(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
