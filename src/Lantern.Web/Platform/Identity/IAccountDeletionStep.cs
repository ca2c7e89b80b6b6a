using System.Reflection;

namespace Lantern.Web.Platform.Identity;

/// <summary>
/// A feature's part of deleting an account (issue 17, ADR 0012). Almost every row keyed to a person goes with their
/// account row through the database's own cascades; a step is for a column that names the person on a record that is
/// someone else's (who marked an alert as seen, who accepted an invitation, who recorded a reading), which the
/// database cannot cascade without taking the other person's data with it. Found by scanning, like the export
/// sources; each step runs inside the deletion's transaction, on its database context, before the account row goes.
/// </summary>
public interface IAccountDeletionStep
{
    /// <summary>Removes or clears every reference to <paramref name="person"/> this feature keeps outside the cascades.</summary>
    Task ForgetAsync(LanternDbContext db, LanternUser person, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Registers every <see cref="IAccountDeletionStep"/> in the app.</summary>
public static class AccountDeletionSteps
{
    /// <summary>Adds each concrete <see cref="IAccountDeletionStep"/> in <paramref name="assembly"/> as a scoped service.</summary>
    public static IServiceCollection AddAccountDeletionSteps(this IServiceCollection services, Assembly assembly)
    {
        foreach (var step in assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAccountDeletionStep).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            services.AddScoped(typeof(IAccountDeletionStep), step);
        }

        return services;
    }
}
