using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Tools;

public sealed record DiazepamRequest(string? Drug, decimal? DailyDoseMg, string? Table = null);

/// <param name="DiazepamMg">The equivalent daily diazepam dose; <paramref name="DiazepamMgHigh"/> differs when the table gives a range.</param>
public sealed record DiazepamResponse(string Drug, decimal DailyDoseMg, decimal DiazepamMg, decimal DiazepamMgHigh, string Table, string TableName,
    SourceResponse Source, string? Note, string Caution);

/// <summary>Diazepam equivalents from one named table, never mixed silently; nothing is stored.</summary>
public static class ConvertToDiazepam
{
    public static DiazepamResponse Handle(DiazepamRequest request)
    {
        var table = BenzodiazepineTables.Parse(request.Table);
        var result = DiazepamEquivalents.Convert(request.Drug, request.DailyDoseMg ?? 0m, table);
        return new DiazepamResponse(result.Drug, result.DailyDoseMg, result.DiazepamMg.Low, result.DiazepamMg.High, result.TableCode,
            result.TableName, SourceResponse.From(result.Source), result.Note, result.Caution);
    }
}
