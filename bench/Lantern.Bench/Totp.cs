using OtpNet;

namespace Lantern.Bench;

/// <summary>The current authenticator code for a seeded account, as its phone would show it.</summary>
internal static class Totp
{
    public static int Print(string base32Key)
    {
        Console.WriteLine(new OtpNet.Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow));
        return 0;
    }
}
