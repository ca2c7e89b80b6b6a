using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>What the audit log holds, read straight from the database.</summary>
public static class Audits
{
    /// <summary>
    /// How many reads of <paramref name="subject"/>'s records by <paramref name="actor"/> were audited, of one kind of
    /// record (<c>ResourceType</c>) or of any.
    /// </summary>
    public static async Task<int> RecordReadsAsync(LanternAppFactory app, Guid actor, Guid subject, string? resourceType = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        return await db.AuditEvents.CountAsync(
            e => e.ActorId == actor && e.SubjectId == subject && e.Action == AuditAction.RecordRead && (resourceType == null || e.ResourceType == resourceType),
            TestContext.Current.CancellationToken);
    }
}
