namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>Minutes-ago choices for "when did you take the dose?".</summary>
public static class DoseTimes
{
    public static IReadOnlyList<int> Choices { get; } = [0, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180];

    public static string Label(int minutes) => minutes == 0 ? "Just now" : $"{SessionTimes.Duration(minutes)} ago";
}
