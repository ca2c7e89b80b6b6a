using System.Threading.Channels;

namespace Lantern.Web.Features.Account;

/// <summary>Addresses waiting for a reset e-mail. Bounded, so a flood cannot grow memory; rate limits keep it short.</summary>
public sealed class PasswordResetQueue(ILogger<PasswordResetQueue> logger)
{
    private const int Capacity = 1000;

    private readonly Channel<string> _addresses = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Enqueue(string email)
    {
        if (email.Length > 0 && !_addresses.Writer.TryWrite(email))
        {
            AccountLog.ResetQueueFull(logger);
        }
    }

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken ct) => _addresses.Reader.ReadAllAsync(ct);
}
