namespace Lantern.Clinical.Tapering;

/// <summary>Codes for <see cref="TaperEventKind"/>, as used by <c>POST /api/v1/tapers/{id}/events</c>.</summary>
public static class TaperEventKinds
{
    public static IReadOnlyList<string> AcceptedCodes { get; } = ["step-taken", "hold", "slow-down", "step-back"];

    public static string ToCode(this TaperEventKind kind) => kind switch
    {
        TaperEventKind.StepTaken => "step-taken",
        TaperEventKind.Hold => "hold",
        TaperEventKind.SlowDown => "slow-down",
        TaperEventKind.StepBack => "step-back",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static TaperEventKind? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "step-taken" => TaperEventKind.StepTaken,
        "hold" => TaperEventKind.Hold,
        "slow-down" => TaperEventKind.SlowDown,
        "step-back" => TaperEventKind.StepBack,
        _ => null,
    };
}
