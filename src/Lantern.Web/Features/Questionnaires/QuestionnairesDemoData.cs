using Lantern.Clinical.Instruments;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// Development-only: the demo patient's fortnightly PHQ-9 and GAD-7 over the demo history, the first of each from
/// onboarding. PHQ-9 19 -> 11 is a 42 % drop, short of a 'response'. Invented figures for showing the app.
/// </summary>
public sealed class QuestionnairesDemoData(LanternDbContext db, TimeProvider time) : PatientHistoryDemoData<QuestionnaireResponse>(db, time)
{
    private static readonly int[] Phq9Totals = [19, 18, 15, 12, 10, 14, 12, 11, 11];
    private static readonly int[] Gad7Totals = [15, 14, 12, 9, 8, 11, 9, 8, 8];

    public override int Order => 20;

    protected override Task AddHistoryAsync(DemoAccounts accounts, DemoCalendar calendar, CancellationToken ct)
    {
        var patientId = accounts.Patient.Id;
        var random = accounts.Random;
        for (var n = 0; n < Phq9Totals.Length; n++)
        {
            var day = calendar.Start.AddDays(n * 14);
            if (day > calendar.Today)
            {
                break;
            }

            Add(patientId, Phq9.Definition, Spread(Phq9Totals[n], Phq9.ItemCount - 1, Phq9.MaxAnswer, random).Append(0).ToArray(), day, calendar.At(day, 19), n == 0);
            Add(patientId, Gad7.Definition, Spread(Gad7Totals[n], Gad7.ItemCount, Gad7.MaxAnswer, random), day, calendar.At(day, 19), n == 0);
        }

        return Task.CompletedTask;
    }

    /// <summary>Item answers that add up to <paramref name="total"/>, each within 0..<paramref name="max"/>.</summary>
    private static int[] Spread(int total, int items, int max, Random random)
    {
        var answers = new int[items];
        var left = total;
        while (left > 0)
        {
            var i = random.Next(items);
            if (answers[i] < max)
            {
                answers[i]++;
                left--;
            }
        }

        return answers;
    }

    private void Add(Guid patientId, InstrumentDefinition definition, int[] answers, DateOnly day, DateTimeOffset at, bool fromOnboarding)
    {
        Db.Set<QuestionnaireResponse>().Add(
            QuestionnaireResponse.FromScored(patientId, InstrumentCatalog.Score(definition, answers), answers, day, at, fromOnboarding));
    }
}
