using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Alerts;

[SharedWithOtherFeatures]
public sealed record AlertResponse(
    Guid Id,
    string FlagCode,
    string Title,
    string Level,
    string WhatToDo,
    bool ShowCrisisResources,
    string Origin,
    Guid? OriginId,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    Guid? AcknowledgedBy)
{
    public bool IsOpen => AcknowledgedAt is null;

    public static AlertResponse From(Alert alert)
    {
        // Codes are stored; a flag retired from the catalogue still shows its code rather than disappearing.
        var flag = RedFlags.ForCode(alert.FlagCode);
        return new AlertResponse(
            alert.Id,
            alert.FlagCode,
            flag?.Title ?? alert.FlagCode,
            alert.Level,
            flag?.WhatToDo ?? "Please talk to your care team about this.",
            flag?.ShowCrisisResources ?? true,
            ToCode(alert.Origin),
            alert.OriginId,
            alert.RaisedAt,
            alert.AcknowledgedAt,
            alert.AcknowledgedBy);
    }

    public static string ToCode(AlertOrigin origin) => origin switch
    {
        AlertOrigin.CheckIn => "check-in",
        AlertOrigin.Questionnaire => "questionnaire",
        AlertOrigin.WarningSigns => "warning-signs",
        AlertOrigin.Onboarding => "onboarding",
        AlertOrigin.DosingSession => "dosing-session",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
}
