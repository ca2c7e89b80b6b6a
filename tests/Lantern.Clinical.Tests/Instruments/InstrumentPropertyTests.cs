using Lantern.Clinical.Instruments;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Instruments;

/// <summary>
/// Property tests: every valid answer set (exhaustively where the space is small, seeded random where it is not)
/// scores within range and consistently; every invalid answer is rejected and named.
/// </summary>
public sealed class InstrumentPropertyTests
{
    private const int Seed = 20250611;

    [Fact]
    public void Phq9Score_EveryPossibleAnswerSet_TotalInRangeBandConsistentItem9Flagged()
    {
        var answers = new int[9];
        var count = 0;
        foreach (var _ in Odometer(answers, 3))
        {
            var result = Phq9.Score(answers);

            Assert.InRange(result.Total, 0, 27);
            Assert.Equal(answers.Sum(), result.Total);
            Assert.Equal(Phq9.SeverityFor(result.Total), result.Severity);
            Assert.Equal(answers[8] >= 1, result.Flags.Any(f => f.Code == "self-harm-thoughts"));
            count++;
        }

        Assert.Equal(262_144, count); // 4^9: every combination was scored
    }

    [Fact]
    public void Gad7Score_EveryPossibleAnswerSet_TotalInRange()
    {
        var answers = new int[7];
        var count = 0;
        foreach (var _ in Odometer(answers, 3))
        {
            var result = Gad7.Score(answers);

            Assert.InRange(result.Total, 0, 21);
            Assert.Equal(answers.Sum(), result.Total);
            count++;
        }

        Assert.Equal(16_384, count);
    }

    [Fact]
    public void SeverityFor_TotalsInOrder_BandsNeverGoDown()
    {
        for (var t = 1; t <= 27; t++)
        {
            Assert.True(Phq9.SeverityFor(t) >= Phq9.SeverityFor(t - 1));
        }

        for (var t = 1; t <= 21; t++)
        {
            Assert.True(Gad7.SeverityFor(t) >= Gad7.SeverityFor(t - 1));
        }
    }

    [Fact]
    public void Pcl5Score_RandomValidAnswers_TotalInRangeAndEqualsClusterSum()
    {
        var random = new Random(Seed);
        for (var n = 0; n < 20_000; n++)
        {
            var answers = RandomAnswers(random, 20, 4);
            var cut = random.Next(31, 34);

            var result = Pcl5.Score(answers, cut);

            Assert.InRange(result.Total, 0, 80);
            Assert.Equal(answers.Sum(), result.Total);
            var c = result.Clusters;
            Assert.Equal(result.Total, c.B + c.C + c.D + c.E);
            Assert.Equal(result.Total >= cut, result.PositiveScreen);
        }
    }

    [Fact]
    public void Pcl5Score_RaisingAnyAnswer_NeverLowersTotalScreenOrDsmRule()
    {
        var random = new Random(Seed + 1);
        for (var n = 0; n < 5_000; n++)
        {
            var answers = RandomAnswers(random, 20, 4);
            var item = random.Next(20);
            if (answers[item] == 4)
            {
                continue;
            }

            var before = Pcl5.Score(answers);
            answers[item]++;
            var after = Pcl5.Score(answers);

            Assert.Equal(before.Total + 1, after.Total);
            Assert.True(!before.PositiveScreen || after.PositiveScreen);
            Assert.True(!before.Dsm5RuleMet || after.Dsm5RuleMet);
        }
    }

    [Fact]
    public void WithdrawalChecklist_EveryPossibleRating_TotalInRange()
    {
        var ratings = new int[WithdrawalChecklist.ItemCount];
        var count = 0;
        foreach (var _ in Odometer(ratings, 3))
        {
            var result = WithdrawalChecklist.Score(ratings, symptomsTolerable: true);
            Assert.InRange(result.Total, 0, WithdrawalChecklistResult.MaxTotal);
            count++;
        }

        Assert.Equal(1_048_576, count); // 4^10
    }

    public static TheoryData<string, int, int> Instruments => new()
    {
        { "phq9", 9, 3 },
        { "gad7", 7, 3 },
        { "pcl5", 20, 4 },
        { "withdrawal", 10, 3 },
    };

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Score_EachPositionWithEachInvalidValue_RejectedNamingThatPosition(string instrument, int count, int max)
    {
        int[] invalid = [-1, max + 1, int.MinValue, int.MaxValue, -100, 100];
        for (var position = 0; position < count; position++)
        {
            foreach (var bad in invalid)
            {
                var answers = new int[count];
                answers[position] = bad;

                var ex = Assert.Throws<ClinicalInputException>(() => ScoreByName(instrument, answers));

                var error = Assert.Single(ex.Errors);
                Assert.Equal(FieldFor(instrument, position), error.Field);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Score_RandomAnswerSetsWithInvalidItems_RejectedListingExactlyThoseItems(string instrument, int count, int max)
    {
        var random = new Random(Seed + count);
        for (var n = 0; n < 2_000; n++)
        {
            var answers = RandomAnswers(random, count, max);
            var badPositions = Enumerable.Range(0, count).Where(_ => random.Next(4) == 0).ToHashSet();
            if (badPositions.Count == 0)
            {
                badPositions.Add(random.Next(count));
            }

            foreach (var p in badPositions)
            {
                answers[p] = random.Next(2) == 0 ? random.Next(int.MinValue, 0) : random.Next(max + 1, int.MaxValue);
            }

            var ex = Assert.Throws<ClinicalInputException>(() => ScoreByName(instrument, answers));

            Assert.Equal(badPositions.Order().Select(p => FieldFor(instrument, p)), ex.Errors.Select(e => e.Field));
        }
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Score_EveryWrongLength_Rejected(string instrument, int count, int max)
    {
        _ = max;
        for (var length = 0; length <= 30; length++)
        {
            if (length == count)
            {
                continue;
            }

            var ex = Assert.Throws<ClinicalInputException>(() => ScoreByName(instrument, new int[length]));
            Assert.Equal(instrument == "withdrawal" ? "ratings" : "answers", ex.Field);
        }
    }

    private static object ScoreByName(string instrument, int[] answers) => instrument switch
    {
        "phq9" => Phq9.Score(answers),
        "gad7" => Gad7.Score(answers),
        "pcl5" => Pcl5.Score(answers),
        "withdrawal" => WithdrawalChecklist.Score(answers, symptomsTolerable: true),
        _ => throw new ArgumentOutOfRangeException(nameof(instrument)),
    };

    private static string FieldFor(string instrument, int position) =>
        instrument == "withdrawal" ? $"ratings[{position}]" : $"answers[{position}]";

    private static int[] RandomAnswers(Random random, int count, int max) =>
        Enumerable.Range(0, count).Select(_ => random.Next(0, max + 1)).ToArray();

    /// <summary>Steps <paramref name="digits"/> through every combination of 0..max, in place, yielding after each.</summary>
    private static IEnumerable<int> Odometer(int[] digits, int max)
    {
        Array.Clear(digits);
        while (true)
        {
            yield return 0;
            var i = 0;
            while (i < digits.Length && digits[i] == max)
            {
                digits[i] = 0;
                i++;
            }

            if (i == digits.Length)
            {
                yield break;
            }

            digits[i]++;
        }
    }
}
