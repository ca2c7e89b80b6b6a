namespace Lantern.Clinical.Opioids;

/// <summary>
/// One opioid someone takes. <paramref name="DailyDose"/> is mg per day, except the fentanyl patch, whose dose is the
/// patch strength in mcg per hour. <paramref name="Unit"/> is optional; when given it must match, which catches
/// mcg/mg mix-ups.
/// </summary>
public sealed record OpioidDose(string Opioid, decimal DailyDose, string? Unit = null);
