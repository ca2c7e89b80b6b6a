using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.Dashboard;

/// <summary>One point of the daily chart: a day, or for the year view a week's averages (<see cref="Days"/> check-ins).</summary>
public sealed record DailyPoint(DateOnly Date, double Mood, double Anxiety, double? SleepHours, int Days);

/// <param name="Grouping"><c>day</c>, or <c>week</c> (weeks start on Monday) for the 365-day view.</param>
/// <param name="Summary">The period in one or two plain sentences.</param>
/// <param name="MoodAnxietySummary">What the mood and anxiety chart shows, in words.</param>
/// <param name="SleepSummary">What the sleep chart shows, in words.</param>
public sealed record DailySeriesResponse(int RangeDays, DateOnly From, DateOnly To, string Grouping, IReadOnlyList<DailyPoint> Points,
    int DaysCheckedIn, string Summary, string MoodAnxietySummary, string SleepSummary);

/// <summary>A labelled convention (response, remission) with how firmly it is sourced, as the library states it.</summary>
public sealed record ConventionResponse(string Name, string Definition, bool? Met, string Status, string StatusLabel, string Citation);

public sealed record TrendPoint(Guid Id, DateOnly Date, int Total, string Band, bool? MeetsResponse, bool? MeetsRemission);

/// <param name="PercentChange">Negative when the score fell; null with a baseline of 0.</param>
public sealed record ChangeResponse(int BaselineTotal, int CurrentTotal, decimal? PercentChange, ConventionResponse? Response, ConventionResponse? Remission);

/// <param name="Baseline">The first response (onboarding's, when there was one): what change is measured from.</param>
/// <param name="ConventionsNote">Why no response/remission is marked, when the clinical library defines none.</param>
public sealed record QuestionnaireTrendResponse(
    string Instrument,
    string Name,
    int MaxTotal,
    IReadOnlyList<BandRange> Bands,
    IReadOnlyList<TrendPoint> Points,
    TrendPoint? Baseline,
    TrendPoint? Latest,
    ChangeResponse? Change,
    string? ConventionsNote,
    string Summary);

/// <summary>Everything the dashboard shows. Sections the reader has no grant for are null.</summary>
public sealed record DashboardResponse(
    Guid PatientId,
    DateOnly Today,
    CheckInResponse? TodayCheckIn,
    IReadOnlyList<DueResponse>? Due,
    IReadOnlyList<AlertResponse>? OpenAlerts,
    DailySeriesResponse? Daily,
    QuestionnaireTrendResponse? Phq9,
    QuestionnaireTrendResponse? Gad7);
