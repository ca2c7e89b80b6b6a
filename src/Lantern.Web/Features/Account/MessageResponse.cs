namespace Lantern.Web.Features.Account;

public sealed record MessageResponse(string Message);
