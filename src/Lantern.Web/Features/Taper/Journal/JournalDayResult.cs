using System.Text.Json.Serialization;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>What saving a journal day means now: the hold rule's advice, the flags, and the crisis route when a flag needs one.</summary>
public sealed record JournalDayResult(
    JournalEntryResponse Entry,
    HoldAdviceResponse NextStepAdvice,
    WithdrawalGuidanceResponse Guidance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] CrisisRouteResponse? Crisis);
