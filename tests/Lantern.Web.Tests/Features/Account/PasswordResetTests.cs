using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Lantern.Web.Tests.Infrastructure;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Lantern.Web.Tests.Features.Account;

public sealed class PasswordResetTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reset_FromEmailedLink_SetsNewPasswordAndEndsEverySession()
    {
        var user = await TestUser.CreateAsync(app);
        var forgot = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = user.Email }, Ct);
        var mail = await app.Outbox.WaitForAsync(user.Email, "Reset your Lantern password");
        var (userId, token) = Outbox.ReadLink(mail, "/account/reset-password");

        var reset = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = "fresh start lantern password" }, Ct);
        var reuse = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = "another new passphrase here" }, Ct);
        var oldPassword = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }, Ct);
        var newPassword = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "fresh start lantern password" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await HttpAssertions.MeStatusAsync(user.Client));
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_UnknownAndKnownAddress_AnswerIdentically()
    {
        var user = await TestUser.CreateAsync(app);

        var known = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = user.Email }, Ct);
        var unknown = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = $"nobody-{Guid.NewGuid():N}@example.org" }, Ct);

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(Ct), await unknown.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public void ForgotPassword_RequestPath_CannotTellAKnownAddressFromAnUnknownOne()
    {
        // Not a timing test: the handler that answers the request is given nothing that could look an account up or send
        // mail, so both kinds of address run the same code; the lookup, token and e-mail happen in PasswordResetSender.
        var dependencies = typeof(Lantern.Web.Features.Account.ForgotPasswordHandler).GetConstructors().Single()
            .GetParameters().Select(p => p.ParameterType).ToArray();

        Assert.Equal([typeof(Lantern.Web.Features.Account.PasswordResetQueue)], dependencies);
        Assert.DoesNotContain(typeof(Lantern.Web.Features.Account.PasswordResetQueue).GetConstructors().Single().GetParameters(),
            p => p.ParameterType != typeof(Microsoft.Extensions.Logging.ILogger<Lantern.Web.Features.Account.PasswordResetQueue>));
    }

    [Fact]
    public async Task ForgotPassword_KnownAddressGetsTheLink_UnknownAndUnconfirmedGetNothing()
    {
        var user = await TestUser.CreateAsync(app);
        var unconfirmed = $"unconfirmed-{Guid.NewGuid():N}@example.org";
        var nobody = $"nobody-{Guid.NewGuid():N}@example.org";
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = unconfirmed, password = "correct horse battery staple 9", displayName = "Unconfirmed", timeZone = "UTC", role = "patient",
        }, Ct);

        foreach (var email in new[] { nobody, unconfirmed, user.Email })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email }, Ct)).StatusCode);
        }

        // The queue is worked in order, so once the last address's mail is out the two before it have been handled.
        await app.Outbox.WaitForAsync(user.Email, "Reset your Lantern password");
        Assert.Equal(0, app.Outbox.Count(nobody, "Reset your Lantern password"));
        Assert.Equal(0, app.Outbox.Count(unconfirmed, "Reset your Lantern password"));
    }

    [Fact]
    public async Task Reset_WithTwoFactorOn_StillNeedsTheCodeToSignIn()
    {
        var user = await TestUser.CreateAsync(app, twoFactor: true);
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = user.Email }, Ct);
        var (userId, token) = Outbox.ReadLink(await app.Outbox.WaitForAsync(user.Email, "Reset your Lantern password"), "/account/reset-password");
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { userId, token, newPassword = "fresh start lantern password" }, Ct);

        var passwordOnly = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "fresh start lantern password" }, Ct);
        var withCode = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "fresh start lantern password", code = user.NextCode() }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, passwordOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }
}

/// <summary>An app that sends mail by SMTP to an in-process SMTP server on 127.0.0.1.</summary>
public sealed class SmtpApp : LanternAppFactory, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public SmtpApp()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CollectingStore(Received));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);

        With("Email:Delivery", "Smtp");
        With("Email:SmtpHost", "127.0.0.1");
        With("Email:SmtpPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Email:SmtpUseStartTls", "false");
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public override async Task<MimeMessage> WaitForMailAsync(string to, string subjectContains)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var message = Received.LastOrDefault(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase))
                && (m.Subject ?? string.Empty).Contains(subjectContains, StringComparison.OrdinalIgnoreCase));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {to} about '{subjectContains}' reached the SMTP server.");
    }

    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await base.DisposeAsync();
    }

    private sealed class CollectingStore(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

public sealed class SmtpDeliveryTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task SignUp_WithSmtpConfigured_ConfirmationArrivesOverRealSmtp()
    {
        var email = $"smtp-{Guid.NewGuid():N}@example.org";

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/register",
            new { email, password = "smtp delivered passphrase", displayName = "Mail Test", timeZone = "Europe/Dublin", role = "patient" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        MimeMessage? message = null;
        for (var i = 0; i < 50 && message is null; i++)
        {
            message = app.Received.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(message);
        Assert.Equal("Confirm your Lantern account", message.Subject);
        Assert.Contains("/account/confirm-email?userId=", message.TextBody, StringComparison.Ordinal);
        Assert.False(Directory.Exists(app.OutboxDirectory) && Directory.EnumerateFiles(app.OutboxDirectory).Any());
    }
}
