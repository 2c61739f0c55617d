namespace Okra.Rhythm;

/// <summary>The <c>Okra:Rhythm</c> section: when reminders and digests go out, and the background worker.</summary>
public sealed class RhythmOptions
{
    public const string Section = "Okra:Rhythm";

    /// <summary>Run the background worker in this instance (default on; every instance may run it, the lease keeps jobs single).</summary>
    public bool Worker { get; set; } = true;

    /// <summary>Seconds between the worker's looks at due jobs and queued deliveries.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>The weekday of the check-in reminder, in the organisation's time zone.</summary>
    public DayOfWeek ReminderDay { get; set; } = DayOfWeek.Thursday;

    /// <summary>The time of day of the check-in reminder.</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    /// <summary>The weekday of the leads' digest.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>The time of day of the leads' digest.</summary>
    public TimeOnly DigestTime { get; set; } = new(8, 0);

    /// <summary>The address people open the app at, for links in e-mails and webhooks.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}

/// <summary>The <c>Okra:Smtp</c> section. Without a host, Okra sends no e-mail (in-app notifications still appear).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Okra:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "Okra <okra@localhost>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS: implicit on port 465, STARTTLS otherwise.</summary>
    public bool UseTls { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
