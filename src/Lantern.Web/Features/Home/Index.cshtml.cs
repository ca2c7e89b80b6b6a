using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(UserManager<LanternUser> users) : PageModel
{
    public LanternUser? Me { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.GetUserId() is { } id)
        {
            Me = await users.FindByIdAsync(id.ToString());
        }
    }
}
