using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Lantern.Web.Platform.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Lantern.Web.Platform.Push;

/// <summary>
/// The server's VAPID key pair (RFC 8292), base64url: <see cref="PublicKey"/> is the uncompressed P-256 point browsers
/// subscribe with (the "applicationServerKey"), <see cref="PrivateKey"/> the 32-byte scalar that signs each request.
/// </summary>
public sealed record VapidKeys(string PublicKey, string PrivateKey)
{
    /// <summary>A new pair from .NET's own ECDsa.</summary>
    public static VapidKeys Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        byte[] point = [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];
        return new VapidKeys(Base64Url.EncodeToString(point), Base64Url.EncodeToString(parameters.D!));
    }
}

/// <summary>
/// Makes the VAPID key pair on first start and keeps it with the data (<see cref="ServerSecret"/> "vapid", protected
/// with Data Protection), so every instance on one database signs with the same key and a subscription made through
/// one instance works from all of them. Read once per process; <see cref="IDatabaseWarmUp"/> reads it before the first
/// request, so a secret that can no longer be unprotected stops start-up instead of a reminder.
/// </summary>
public sealed class VapidKeyStore(
    IDbContextFactory<LanternDbContext> contexts,
    IDataProtectionProvider protection,
    TimeProvider time,
    ILogger<VapidKeyStore> logger) : IDatabaseWarmUp, IDisposable
{
    public const string SecretName = "vapid";

    /// <summary>Data Protection purpose: only this store can read what it protected.</summary>
    private const string Purpose = "Lantern.Platform.Push.VapidKeys.v1";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private VapidKeys? _keys;

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    Task IDatabaseWarmUp.WarmUpAsync(CancellationToken ct) => GetAsync(ct);

    public void Dispose() => _gate.Dispose();

    /// <summary>The key pair every instance shares: the stored one, or a new one stored now if there is none yet.</summary>
    public async Task<VapidKeys> GetAsync(CancellationToken ct)
    {
        if (_keys is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(ct);
        try
        {
            return _keys ??= await LoadOrCreateAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<VapidKeys> LoadOrCreateAsync(CancellationToken ct)
    {
        if (await ReadStoredAsync(ct) is { } stored)
        {
            return stored;
        }

        var made = VapidKeys.Create();
        int inserted;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            // Instances starting together on one database each make a pair; the first insert wins and the others keep
            // nothing of theirs. ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) settles it without a failed
            // statement in the log. The instant goes in as the model stores it (ticks on SQLite).
            var createdAt = db.Model.FindEntityType(typeof(ServerSecret))!.FindProperty(nameof(ServerSecret.CreatedAt))!
                .GetTypeMapping().Converter?.ConvertToProvider(time.GetUtcNow()) ?? time.GetUtcNow();
            var value = Protector.Protect(JsonSerializer.Serialize(made));
            inserted = await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ServerSecrets" ("Name", "Value", "CreatedAt") VALUES ({SecretName}, {value}, {createdAt}) ON CONFLICT ("Name") DO NOTHING""",
                ct);
        }

        if (inserted == 1)
        {
            PushLog.VapidKeysMade(logger);
            return made;
        }

        return await ReadStoredAsync(ct) ?? throw new InvalidOperationException("The VAPID key pair was neither stored nor found.");
    }

    private async Task<VapidKeys?> ReadStoredAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var secret = await db.Set<ServerSecret>().AsNoTracking().SingleOrDefaultAsync(s => s.Name == SecretName, ct);
        if (secret is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<VapidKeys>(Protector.Unprotect(secret.Value))
                ?? throw new InvalidOperationException("The stored VAPID key pair is empty.");
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                "The stored VAPID key pair cannot be unprotected: this instance does not have the Data Protection keys that " +
                "protected it. Give it the same keys (and certificate) as the instance that made it.", e);
        }
    }
}
