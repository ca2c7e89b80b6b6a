using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>Whether the person has asked for their account to be deleted and, if so, when it will be.</summary>
/// <param name="Pending">True while the cooling-off period runs.</param>
/// <param name="DeleteAfter">When the deletion runs (within a few minutes after), if pending.</param>
/// <param name="CoolingOffDays">How many days Lantern waits between asking and deleting.</param>
[SharedWithOtherFeatures]
public sealed record AccountDeletionStatus(bool Pending, DateTimeOffset? RequestedAt, DateTimeOffset? DeleteAfter, int CoolingOffDays)
{
    internal static AccountDeletionStatus Of(AccountDeletionRequest? request, AccountDeletionOptions options) =>
        new(request is not null, request?.RequestedAt, request?.DeleteAfter, options.CoolingOffDays);
}

/// <summary>The signed-in person's deletion status: the account pages, the API and the home page's notice.</summary>
[SharedWithOtherFeatures]
public sealed class GetAccountDeletionStatusHandler(LanternDbContext db, CurrentPerson currentPerson, IOptions<AccountDeletionOptions> options)
{
    public async Task<AccountDeletionStatus> HandleAsync(CancellationToken ct)
    {
        var me = currentPerson.RequireId();
        var request = await db.Set<AccountDeletionRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.UserId == me, ct);
        return AccountDeletionStatus.Of(request, options.Value);
    }
}
