using System.Buffers.Text;
using System.Security.Cryptography;

namespace Lantern.Web.Platform.Push;

/// <summary>
/// What a device's subscription must be before Lantern keeps it, and what the sender checks again before it sends:
/// the endpoint is where the server makes a request to, so it is a push service's https address (a test's loopback
/// http address only when <see cref="PushOptions.AllowLoopbackHttpEndpoints"/> is on), never a bare IP address or
/// localhost over https, which a real push service never is and an attacker would use to reach inside the network.
/// The keys are the RFC 8291 ones a browser makes: a P-256 public point and a 16-byte secret, base64url.
/// </summary>
public static class PushSubscriptionRules
{
    public const int MaxEndpointLength = 2048;

    public const string EndpointMessage =
        "Give the address of the push service your browser made for this device. It starts with https://.";

    public const string P256dhMessage = "Give the device's public key as your browser made it (65 bytes, base64url).";

    public const string AuthMessage = "Give the device's secret as your browser made it (16 bytes, base64url).";

    /// <summary>Why the endpoint can't be used, or null when it can.</summary>
    public static string? EndpointProblem(string? endpoint, bool allowLoopbackHttp)
    {
        if (string.IsNullOrWhiteSpace(endpoint) || endpoint.Length > MaxEndpointLength
            || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return EndpointMessage;
        }

        var loopback = uri.IsLoopback;
        var ipLiteral = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        return uri.Scheme switch
        {
            "https" when !ipLiteral && !loopback => null,
            "http" when allowLoopbackHttp && loopback => null,
            _ => EndpointMessage,
        };
    }

    /// <summary>The device's public key as an uncompressed P-256 point, or null when it is not one.</summary>
    public static byte[]? ReadP256dh(string? p256dh)
    {
        var bytes = Decode(p256dh, 65);
        if (bytes is null || bytes[0] != 0x04)
        {
            return null;
        }

        try
        {
            using var key = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = bytes[1..33], Y = bytes[33..] },
            });
            return bytes;
        }
        catch (CryptographicException)
        {
            return null; // not a point on the curve
        }
    }

    /// <summary>The device's authentication secret, or null when it is not 16 bytes of base64url.</summary>
    public static byte[]? ReadAuth(string? auth) => Decode(auth, 16);

    private static byte[]? Decode(string? text, int length)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 128)
        {
            return null;
        }

        var trimmed = text.TrimEnd('=');
        if (!Base64Url.IsValid(trimmed, out var decodedLength) || decodedLength != length)
        {
            return null;
        }

        return Base64Url.DecodeFromChars(trimmed);
    }
}
