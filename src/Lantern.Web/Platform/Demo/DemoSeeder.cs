using Lantern.Web.Platform.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Demo;

/// <summary>
/// One demo account per role, printed in the README, and then every feature's <see cref="IDemoData"/>. Only ever
/// seeded in Development. Platform names no feature: each feature registers its own demo data.
/// </summary>
public static class DemoSeeder
{
    public sealed record DemoAccount(string Email, string Password, string DisplayName, UserRole Role, string TimeZone);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("patient@demo.lantern.test", "demo patient lantern 2026", "Sam (demo patient)", UserRole.Patient, "America/Chicago"),
        new("caregiver@demo.lantern.test", "demo caregiver lantern 2026", "Alex (demo caregiver)", UserRole.Caregiver, "America/Chicago"),
        new("therapist@demo.lantern.test", "demo therapist lantern 2026", "Dr. Rivera (demo therapist)", UserRole.Therapist, "America/New_York"),
    ];

    public static async Task SeedDemoDataAsync(this WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<IOptions<LanternOptions>>().Value;
        if (!options.SeedDemoData)
        {
            return;
        }

        if (!app.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("Lantern:SeedDemoData is only allowed in the Development environment.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new LanternUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                TimeZone = account.TimeZone,
                Role = account.Role,
                CrisisCountry = "US",
                CreatedAt = time.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, account.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        async Task<DemoPerson> PersonAsync(UserRole role)
        {
            var account = Accounts.First(a => a.Role == role);
            return new DemoPerson((await users.FindByEmailAsync(account.Email))!.Id, account.TimeZone);
        }

        var accounts = new DemoAccounts(await PersonAsync(UserRole.Patient), await PersonAsync(UserRole.Caregiver), await PersonAsync(UserRole.Therapist));
        foreach (var data in scope.ServiceProvider.GetServices<IDemoData>().OrderBy(d => d.Order))
        {
            await data.SeedAsync(accounts, ct);
        }

        Log.DemoSeeded(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Lantern.Demo"));
    }
}
