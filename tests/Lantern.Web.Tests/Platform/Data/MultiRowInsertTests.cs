using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Data;

/// <summary>Multi-row inserts (4,000 rows: more than one statement's worth of parameters) write exactly what SaveChanges would have: every column, nulls and enums, read back through the model.</summary>
public sealed class MultiRowInsertTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Insert_ManyAuditEvents_ReadBackEqualThroughTheModel()
    {
        var actor = Guid.CreateVersion7();
        var at = new DateTimeOffset(2026, 12, 3, 14, 5, 6, 789, TimeSpan.Zero);
        var events = Enumerable.Range(0, 4000).Select(i => new AuditEvent
        {
            At = at.AddSeconds(i),
            ActorId = actor,
            SubjectId = i % 3 == 0 ? null : Guid.CreateVersion7(),
            Action = i % 2 == 0 ? AuditAction.RecordRead : AuditAction.SignIn,
            ResourceType = i % 5 == 0 ? null : "Caseload",
            ResourceId = i % 7 == 0 ? $"id-{i}" : null,
            Outcome = i % 4 == 0 ? AuditOutcome.Failure : AuditOutcome.Success,
            CorrelationId = i % 2 == 0 ? "0af7651916cd43dd8448eb211c80319c" : null,
        }).ToArray();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LanternDbContext>().InsertAsync(events, Ct);
        }

        await using var readScope = app.Services.CreateAsyncScope();
        var stored = await readScope.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.ActorId == actor).ToListAsync(Ct);
        Assert.Equal(events.Length, stored.Count);
        var byId = stored.ToDictionary(e => e.Id);
        Assert.All(events, expected =>
        {
            var actual = byId[expected.Id];
            Assert.Equal(expected.At, actual.At);
            Assert.Equal(expected.SubjectId, actual.SubjectId);
            Assert.Equal(expected.Action, actual.Action);
            Assert.Equal(expected.ResourceType, actual.ResourceType);
            Assert.Equal(expected.ResourceId, actual.ResourceId);
            Assert.Equal(expected.Outcome, actual.Outcome);
            Assert.Equal(expected.CorrelationId, actual.CorrelationId);
        });
    }
}
