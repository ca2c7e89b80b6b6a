using NodaTime;

namespace Lantern.Web.Features.CareTeam;

internal static class CareTeamDates
{
    /// <summary>"Share until 30 June" means until the end of 30 June where the patient lives.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, string timeZone)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZone];
        var nextMidnight = new LocalDate(day.Year, day.Month, day.Day).PlusDays(1).AtStartOfDayInZone(zone);
        return nextMidnight.ToDateTimeOffset().ToUniversalTime();
    }
}
