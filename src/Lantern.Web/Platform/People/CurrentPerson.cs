using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Platform.People;

/// <summary>
/// The signed-in person of this request, loaded with one query the first time anything asks (and shared with the
/// access chokepoint). Features ask here for "who am I", "what is my role", "what is today for me" and "which crisis
/// lines are mine" instead of reading the user table themselves.
/// </summary>
public sealed class CurrentPerson(ICurrentUser currentUser, PeopleDirectory people, TimeProvider time, IServiceProvider services)
{
    /// <summary>The signed-in person's id from the session ticket (no query), or null for an anonymous visitor.</summary>
    public Guid? Id => currentUser.UserId;

    /// <summary>The signed-in person's id, or <see cref="UnauthorizedAccessException"/> (401) for an anonymous visitor.</summary>
    public Guid RequireId() => currentUser.UserId ?? throw new UnauthorizedAccessException();

    /// <summary>The signed-in person; <see cref="UnauthorizedAccessException"/> (401) for an anonymous visitor or a deleted account.</summary>
    public async Task<Person> GetAsync(CancellationToken ct) =>
        await people.FindAsync(RequireId(), ct) ?? throw new UnauthorizedAccessException();

    /// <summary>The signed-in person, or null for an anonymous visitor (pages and tools that answer both).</summary>
    public async Task<Person?> FindAsync(CancellationToken ct) =>
        currentUser.UserId is { } id ? await people.FindAsync(id, ct) : null;

    /// <summary>
    /// The signed-in person's Identity account, for the account operations that change it (password, two-step
    /// sign-in, invitations checked against their address); everything else reads <see cref="GetAsync"/>.
    /// </summary>
    public async Task<LanternUser> GetAccountAsync() =>
        await services.GetRequiredService<UserManager<LanternUser>>().FindByIdAsync(RequireId().ToString()) ?? throw new UnauthorizedAccessException();

    /// <summary>Whose crisis lines to show: the signed-in person's, or <see cref="CrisisPlace.Unknown"/> (no country guessed) for anyone else.</summary>
    public async Task<ICrisisPlace> CrisisPlaceAsync(CancellationToken ct) => (ICrisisPlace?)await FindAsync(ct) ?? CrisisPlace.Unknown;

    /// <summary>Today for an anonymous visitor: the UTC date, which is at most a day away from theirs.</summary>
    public DateOnly TodayUtc() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
