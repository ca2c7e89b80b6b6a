using BenchmarkDotNet.Attributes;
using Lantern.Clinical.Instruments;

namespace Lantern.Benchmarks;

/// <summary>Questionnaire scoring, the path every check-in and every public calculator call takes.</summary>
[MemoryDiagnoser]
public class InstrumentScoringBenchmarks
{
    private readonly int[] phq9 = [2, 1, 3, 0, 2, 1, 1, 0, 1];
    private readonly int[] gad7 = [1, 2, 2, 1, 0, 3, 1];
    private readonly int[] pcl5 = [2, 1, 3, 0, 2, 1, 1, 0, 4, 2, 2, 1, 3, 0, 2, 1, 1, 0, 4, 2];
    private readonly int baseline = 20;
    private readonly int[] withdrawal = [1, 0, 2, 1, 0, 0, 3, 1, 0, 0];

    [Benchmark]
    public Phq9Result Phq9Score() => Phq9.Score(phq9);

    [Benchmark]
    public Gad7Result Gad7Score() => Gad7.Score(gad7);

    [Benchmark]
    public Pcl5Result Pcl5Score() => Pcl5.Score(pcl5, 32);

    [Benchmark]
    public WithdrawalChecklistResult WithdrawalChecklistScore() => WithdrawalChecklist.Score(withdrawal, symptomsTolerable: true);

    [Benchmark]
    public Phq9Change Phq9CompareWithBaseline() => Phq9.CompareWithBaseline(baseline, 11);
}
