using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Identity;

/// <summary>SEC-12: length not composition, common passwords refused, exact as typed, strong hashing.</summary>
public sealed class PasswordPolicyTests(ProductionHashingApp app) : IClassFixture<ProductionHashingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("elevenchars")]                       // 11 characters
    [InlineData("iloveyou2024!")]                     // a listed password with digits tacked on
    [InlineData("passwordpassword")]                   // listed in the bundled common list
    [InlineData("abcabcabcabcabc")]                    // one chunk repeated
    [InlineData("1234567890123")]                      // a run of digits
    [InlineData("qwertyuiopasdf")]                     // a keyboard run
    public async Task SignUp_WeakPassword_Returns400OnPasswordField(string password)
    {
        var response = await RegisterAsync(password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("twelve chars")]                                    // exactly 12, with a space
    [InlineData("all lowercase words are fine")]                    // no composition rules
    [InlineData("🌙🌙🌙🌙🌙🌙 quiet 🕯️ lamp")]                          // emoji count as characters
    public async Task SignUp_AcceptablePassword_IsAccepted(string password)
    {
        var response = await RegisterAsync(password);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Password_128UnicodeCharacters_IsAcceptedAndMustMatchExactly()
    {
        const string text = "Ünïcödé çà et là, señora ñandú; Straße Ωμέγα Привет мир 夜の灯り lantern light over quiet water in the evening, calm and slow steps home";
        var password = text[..127] + " ";   // 128 characters, none outside the BMP, trailing space included
        Assert.Equal(128, password.Length);
        var user = await TestUser.CreateAsync(app, password: password);

        var exact = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password }, Ct);
        var trimmed = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = password.TrimEnd() }, Ct);

        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, trimmed.StatusCode);
    }

    [Fact]
    public async Task SignUp_129Characters_IsRefused()
    {
        var response = await RegisterAsync(string.Concat(Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString("N")))[..129]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StoredHash_IsIdentityV3WithAtLeast210000Iterations()
    {
        var user = await TestUser.CreateAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var hash = Convert.FromBase64String((await db.Users.SingleAsync(u => u.Id == user.Id, Ct)).PasswordHash!);

        // Identity V3 layout: format marker 0x01, PRF (4 bytes, big-endian), iteration count (4 bytes, big-endian), …
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));   // 2 = HMAC-SHA512
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 210_000);
    }

    [Fact]
    public async Task SignIn_StoredHashWithFewerIterations_IsUpgradedOnSuccess()
    {
        var user = await TestUser.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id, Ct);
            var weakHasher = new Microsoft.AspNetCore.Identity.PasswordHasher<LanternUser>(
                Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.Identity.PasswordHasherOptions { IterationCount = 10_000 }));
            stored.PasswordHash = weakHasher.HashPassword(stored, user.Password);
            await db.SaveChangesAsync(Ct);
        }

        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await using var check = app.Services.CreateAsyncScope();
        var hash = Convert.FromBase64String((await check.ServiceProvider.GetRequiredService<LanternDbContext>().Users.SingleAsync(u => u.Id == user.Id, Ct)).PasswordHash!);
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)) >= 210_000);
    }

    private async Task<HttpResponseMessage> RegisterAsync(string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = $"policy-{Guid.NewGuid():N}@example.org",
            password,
            displayName = "Policy Tester",
            timeZone = "Australia/Sydney",
            role = "patient",
        }, Ct);
}
