namespace Lantern.Web.Features.CareTeam;

public sealed record AccessEntry(DateTimeOffset At, string Who, string Role, string WhatKind);

/// <summary>"Who saw my data": every read of the caller's records by someone else, newest first, from the audit trail.</summary>
public sealed class WhoSawMyDataHandler(LanternDbContext db, HealthDataAccess access)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<AccessEntry>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectId == me.UserId && e.ActorId != null && e.ActorId != me.UserId && e.Action == AuditAction.RecordRead)
            .OrderByDescending(e => e.At)
            .Take(PageSize)
            .Select(e => new { e.At, e.ResourceType, ActorId = e.ActorId!.Value })
            .ToListAsync(ct);
        var actorIds = events.Select(e => e.ActorId).Distinct().ToArray();
        var actors = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.DisplayName, u.Role }, ct);
        return events
            .Select(e => actors.TryGetValue(e.ActorId, out var actor)
                ? new AccessEntry(e.At, actor.DisplayName, actor.Role.ToString().ToLowerInvariant(), Describe(e.ResourceType))
                : new AccessEntry(e.At, "A deleted account", "unknown", Describe(e.ResourceType)))
            .ToArray();
    }

    /// <summary>Plain words for record types; unknown ones fall back to their name.</summary>
    public static string Describe(string? resourceType) => resourceType switch
    {
        "CareTeamSummary" => "Your shared summary",
        null => "Your records",
        _ => System.Text.RegularExpressions.Regex.Replace(resourceType, "(?<!^)([A-Z])", " $1").ToLowerInvariant() switch
        {
            var words => char.ToUpperInvariant(words[0]) + words[1..],
        },
    };
}
