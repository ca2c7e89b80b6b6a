using Lantern.Clinical;
using Lantern.Clinical.Opioids;

namespace Lantern.Web.Features.Tools;

public sealed record MmeItemRequest(string? Opioid, decimal? DailyDose, string? Unit = null);

public sealed record MmeRequest(IReadOnlyList<MmeItemRequest>? Items);

public sealed record MmeFlagResponse(string Code, int ThresholdMme, string Text, string Status, SourceResponse Source);

public sealed record MmeResponse(decimal TotalMme, IReadOnlyList<MmeItemResult> Items, IReadOnlyList<MmeFlagResponse> Flags,
    string Caution, IReadOnlyList<SourceResponse> Sources);

/// <summary>Morphine milligram equivalents with the CDC 2022 factors; nothing is stored.</summary>
public static class CalculateMorphineEquivalents
{
    public static MmeResponse Handle(MmeRequest request)
    {
        // A missing dose becomes 0 so the library's own rule ("above 0") names the field.
        var doses = request.Items?.Select(i => new OpioidDose(i.Opioid ?? string.Empty, i.DailyDose ?? 0m, i.Unit)).ToArray();
        var result = MorphineEquivalents.Calculate(doses);
        return new MmeResponse(result.TotalMme, result.Items,
            result.Flags.Select(f => new MmeFlagResponse(f.Code, f.ThresholdMme, f.Text, f.Status.ToCode(), SourceResponse.From(f.Source))).ToArray(),
            result.Caution, SourceResponse.From(result.Sources));
    }
}
