namespace Lantern.Clinical.Tapering;

/// <summary>A benzodiazepine or z-drug someone takes, by generic name, in mg per day.</summary>
public sealed record BenzodiazepineDose(string Drug, decimal DailyDoseMg);
