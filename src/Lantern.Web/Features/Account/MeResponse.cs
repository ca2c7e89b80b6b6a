namespace Lantern.Web.Features.Account;

public sealed record MeResponse(Guid Id, string Email, string DisplayName, string Role, string TimeZone, string? CrisisCountry, bool TwoFactorEnabled)
{
    public static MeResponse From(LanternUser user) => new(user.Id, user.Email!, user.DisplayName,
        user.Role.ToString().ToLowerInvariant(), user.TimeZone, user.CrisisCountry, user.TwoFactorEnabled);

    public static MeResponse From(Person person) => new(person.Id, person.Email!, person.DisplayName,
        person.Role.ToString().ToLowerInvariant(), person.TimeZone, person.CrisisCountry, person.TwoFactorEnabled);
}
