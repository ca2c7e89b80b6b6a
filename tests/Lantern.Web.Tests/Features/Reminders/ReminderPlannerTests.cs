using Lantern.Web.Features.Reminders;
using Lantern.Web.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>Which day and instant each kind of reminder falls on, worked out by hand.</summary>
[NeedsNoDatabase]
public sealed class ReminderPlannerTests
{
    private static Instant Utc(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static ReminderRule On(ReminderKind kind, int hour, int minute = 0) => new(kind, true, new LocalTime(hour, minute));

    [Fact]
    public void NothingIsOn_UntilThePersonTurnsItOn()
    {
        Assert.All(ReminderPlanner.Offered, rule => Assert.False(rule.On));
        Assert.Equal(Enum.GetValues<ReminderKind>(), ReminderPlanner.Offered.Select(r => r.Kind));
        Assert.All(ReminderPlanner.Offered, rule => Assert.Null(ReminderPlanner.DueFor(rule, new LocalDate(2026, 12, 8), DateTimeZoneProviders.Tzdb["UTC"])));
    }

    [Fact]
    public void TomorrowKinds_ComeTheDayBefore_EvenAcrossTheClockChange()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];

        // A session on Sunday 28 March 2027 (clocks go forward at 01:00 GMT): the 18:00 reminder is on Saturday, in GMT.
        Assert.Equal(Utc("2027-03-27T18:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.SessionTomorrow, 18), new LocalDate(2027, 3, 28), london));
        Assert.Equal(Utc("2027-03-27T18:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.SupportPersonTomorrow, 18), new LocalDate(2027, 3, 28), london));
        // The day after the change, a taper step at 09:00 is in BST (UTC+1).
        Assert.Equal(Utc("2027-03-29T08:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.TaperStepDue, 9), new LocalDate(2027, 3, 29), london));
    }

    [Fact]
    public void OnTheDayOfASession_ItComesAtTheLatestTwoHoursBefore()
    {
        var chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
        var day = new LocalDate(2026, 12, 8);

        // Rule 08:00, session 09:00 (CST, UTC−6): due 07:00. Session 14:00: the rule's 08:00 stands.
        Assert.Equal(Utc("2026-12-08T13:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.SessionToday, 8), day, chicago, eventTime: new LocalTime(9, 0)));
        Assert.Equal(Utc("2026-12-08T14:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.SessionToday, 8), day, chicago, eventTime: new LocalTime(14, 0)));
        // A session at 01:00 leaves no two hours on that day: the rule's time stands.
        Assert.Equal(Utc("2026-12-08T14:00:00Z"), ReminderPlanner.DueFor(On(ReminderKind.SessionToday, 8), day, chicago, eventTime: new LocalTime(1, 0)));
    }

    [Fact]
    public void QuietHours_HoldAQuestionnaireReminderUntilTheyEnd()
    {
        var sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];
        var quiet = new QuietHours(new LocalTime(21, 0), new LocalTime(8, 30));

        // 07:00 on 8 December (AEDT, UTC+11) is quiet until 08:30: due 08:30 AEDT = 21:30 UTC the day before.
        Assert.Equal(Utc("2026-12-07T21:30:00Z"), ReminderPlanner.DueFor(On(ReminderKind.QuestionnaireDue, 7), new LocalDate(2026, 12, 8), sydney, quiet));
    }
}
