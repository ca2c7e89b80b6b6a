using BenchmarkDotNet.Attributes;
using Lantern.Clinical.Opioids;
using Lantern.Clinical.Tapering;

namespace Lantern.Benchmarks;

/// <summary>Dose conversions: diazepam equivalents and opioid MME, including name lookup and validation.</summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private readonly BenzodiazepineDose[] benzodiazepines = [new("lorazepam", 2m), new("zopiclone", 7.5m)];
    private readonly string lorazepam = "lorazepam";
    private readonly string temazepam = "temazepam";
    private readonly OpioidDose[] opioids = [new("oxycodone", 30m), new("hydromorphone", 4m), new("fentanyl-patch", 25m, "mcg/h")];

    [Benchmark]
    public DiazepamEquivalentResult DiazepamEquivalentAshton() => DiazepamEquivalents.Convert(lorazepam, 4m);

    [Benchmark]
    public DiazepamEquivalentResult DiazepamEquivalentVaDod() => DiazepamEquivalents.Convert(temazepam, 60m, BenzodiazepineTable.VaDod);

    [Benchmark]
    public DiazepamEquivalentTotal DiazepamEquivalentTotalMixed() => DiazepamEquivalents.Total(benzodiazepines);

    [Benchmark]
    public MmeResult MmeThreeOpioids() => MorphineEquivalents.Calculate(opioids);
}
