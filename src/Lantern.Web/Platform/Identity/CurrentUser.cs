namespace Lantern.Web.Platform.Identity;

/// <summary>The signed-in user of the current request, if any.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? UserId => accessor.HttpContext?.User.GetUserId();
}
