using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Okra.Rhythm;

namespace Okra.Notifications;

/// <summary>Sends one e-mail. The seam between the outbox and the mail server.</summary>
public interface IMailSender
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken ct);
}

/// <summary>Sends over SMTP with MailKit, with the <c>Okra:Smtp</c> settings.</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        var security = !settings.UseTls ? SecureSocketOptions.None
            : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Okra:Smtp:Host is not set."), settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
