using Microsoft.AspNetCore.Authorization;

namespace Lantern.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel : FormPageModel
{
    public Person? Me { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Me = await CurrentPerson.FindAsync(ct);
}
