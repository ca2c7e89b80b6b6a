using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Web.Tests.Platform.Push;

/// <summary>
/// A browser's side of a push subscription, made by the test: its own P-256 key pair and 16-byte authentication
/// secret (what <c>pushManager.subscribe</c> makes), and the RFC 8291 / RFC 8188 decryption a browser does on receipt,
/// written here with .NET's ECDiffieHellman, HKDF and AesGcm so it checks the sending library independently.
/// </summary>
public sealed class TestPushDevice(string endpoint) : IDisposable
{
    private readonly ECDiffieHellman _key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);

    public string Endpoint { get; } = endpoint;

    public byte[] AuthSecret { get; } = RandomNumberGenerator.GetBytes(16);

    public byte[] PublicKey => PointOf(_key.ExportParameters(false));

    public string P256dh => Base64Url.EncodeToString(PublicKey);

    public string Auth => Base64Url.EncodeToString(AuthSecret);

    /// <summary>The body of POST /api/v1/me/push-subscriptions, as <c>subscription.toJSON()</c> gives it.</summary>
    public object Subscription(string? deviceName = null) => new { endpoint = Endpoint, keys = new { p256dh = P256dh, auth = Auth }, deviceName };

    /// <summary>A new device with a random endpoint on a push service that is never called (API and page tests).</summary>
    public static TestPushDevice Unreachable() => new($"https://push.example.org/send/{Guid.NewGuid():N}");

    /// <summary>Decrypts an aes128gcm body (RFC 8188) with this device's keys (RFC 8291 section 3.4).</summary>
    public byte[] Decrypt(byte[] body)
    {
        // Header: salt (16) || record size (uint32) || key id length (1) || key id (the sender's ephemeral public key).
        var salt = body[..16];
        var recordSize = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        int keyIdLength = body[20];
        var senderPublic = body[21..(21 + keyIdLength)];
        Assert.Equal(65, keyIdLength);

        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = senderPublic[1..33], Y = senderPublic[33..65] },
        });
        var ecdhSecret = _key.DeriveRawSecretAgreement(sender.PublicKey);

        // IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0x00 || ua_public || as_public, 32)
        byte[] keyInfo = [.. "WebPush: info"u8, 0, .. PublicKey, .. senderPublic];
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, ecdhSecret, 32, AuthSecret, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, [.. "Content-Encoding: aes128gcm"u8, 0]);
        var baseNonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, [.. "Content-Encoding: nonce"u8, 0]);

        using var aes = new AesGcm(cek, 16);
        var plain = new List<byte>();
        var ciphertext = body[(21 + keyIdLength)..];
        for (var (offset, sequence) = (0, 0UL); offset < ciphertext.Length; offset += recordSize, sequence++)
        {
            var record = ciphertext[offset..Math.Min(offset + recordSize, ciphertext.Length)];
            var nonce = (byte[])baseNonce.Clone();
            for (var i = 0; i < 8; i++)
            {
                nonce[11 - i] ^= (byte)(sequence >> (8 * i));
            }

            var output = new byte[record.Length - 16];
            aes.Decrypt(nonce, record[..^16], record[^16..], output);
            var last = offset + recordSize >= ciphertext.Length;
            // Each record ends with a delimiter (2 for the last, 1 otherwise) and optional zero padding.
            var end = Array.FindLastIndex(output, b => b != 0);
            Assert.Equal(last ? 2 : 1, output[end]);
            plain.AddRange(output[..end]);
        }

        return [.. plain];
    }

    public string DecryptText(byte[] body) => Encoding.UTF8.GetString(Decrypt(body));

    private static byte[] PointOf(ECParameters parameters) => [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];

    public void Dispose() => _key.Dispose();
}
