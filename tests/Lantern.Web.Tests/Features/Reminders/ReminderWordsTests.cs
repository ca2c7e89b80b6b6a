using Lantern.Clinical.Opioids;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Tapering;
using Lantern.Web.Features.Reminders;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// What a reminder says is read on lock screens and in shared inboxes: no kind, in any variant, names a medicine, a
/// dose, a score or a symptom (issue 16).
/// </summary>
[NeedsNoDatabase]
public sealed class ReminderWordsTests
{
    /// <summary>Every medicine Lantern knows by name, the instruments' names, and words for scores and symptoms.</summary>
    private static IEnumerable<string> Forbidden() =>
        DrugCatalogue.All.SelectMany(d => new[] { d.Name, d.DisplayName })
            .Concat(MorphineEquivalents.Factors.SelectMany(f => new[] { f.Opioid, f.DisplayName }))
            .Concat(["ketamine", "esketamine", "Spravato", "PHQ", "GAD", "PCL", "score", " mg", "milligram", "tablet", "suicid", "self-harm",
                "anxiety", "depress", "panic", "nausea", "dizz", "insomnia", "psychosis", "withdrawal", "hypertension", "mmHg"])
            .Concat(RedFlags.All.Select(f => f.Code))
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    public static TheoryData<ReminderKind> Kinds() => [.. Enum.GetValues<ReminderKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryMessage_NamesNoMedicineDoseScoreOrSymptom(ReminderKind kind)
    {
        var session = Guid.CreateVersion7().ToString("N");
        var texts = new[] { $"{session}", $"{session}:c15", $"{session}:bp", "2026-12-08" }
            .SelectMany(occurrence => new[] { false, true }.Select(hold => ReminderWords.Message(kind, occurrence, hold)))
            .SelectMany(m => new[] { m.Title, m.Body, m.Path })
            .Append(ReminderWords.Name(kind))
            .ToArray();

        foreach (var word in Forbidden())
        {
            Assert.All(texts, text => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        }

        Assert.All(texts, text => Assert.DoesNotMatch(@"\d+\s*(mg|mcg|ml|µg)\b", text));
    }

    [Fact]
    public void SessionReminders_OpenTheirSession_AndPromptsItsDay()
    {
        var id = Guid.CreateVersion7();

        Assert.Equal($"/sessions/{id}", ReminderWords.Message(ReminderKind.SessionTomorrow, id.ToString("N")).Path);
        Assert.Equal($"/sessions/{id}/day", ReminderWords.Message(ReminderKind.DosingDayPrompts, $"{id:N}:c30").Path);
        Assert.Contains("blood-pressure", ReminderWords.Message(ReminderKind.DosingDayPrompts, $"{id:N}:bp").Title, StringComparison.Ordinal);
        Assert.Contains("Stay at your current dose", ReminderWords.Message(ReminderKind.TaperStepDue, "x", holdAdvised: true).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_RoundTrip_AndEachRoleIsOfferedOnlyItsOwnKinds()
    {
        Assert.All(Enum.GetValues<ReminderKind>(), kind => Assert.Equal(kind, ReminderWords.FromCode(ReminderWords.Code(kind))));
        Assert.Null(ReminderWords.FromCode("3"));
        Assert.DoesNotContain(ReminderKind.SupportPersonTomorrow, ReminderWords.OfferedTo(UserRole.Patient));
        Assert.DoesNotContain(ReminderKind.DailyCheckIn, ReminderWords.OfferedTo(UserRole.Caregiver));
        Assert.Empty(ReminderWords.OfferedTo(UserRole.Therapist));
    }
}
