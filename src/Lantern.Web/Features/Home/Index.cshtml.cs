using Lantern.Web.Features.Account.Deletion;
using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(GetAccountDeletionStatusHandler deletionStatus) : FormPageModel
{
    public Person? Me { get; private set; }

    /// <summary>Whether the person asked for their account to be deleted: the home page says so plainly, with a way to cancel.</summary>
    public AccountDeletionStatus? Deletion { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.FindAsync(ct);
        if (Me is not null)
        {
            Deletion = await deletionStatus.HandleAsync(ct);
        }
    }
}
