using System.Net.Mail;
using Okra.Domain.Common;

namespace Okra.Domain.People;

/// <summary>Someone in the organisation: owns key results, checks in, reports to a manager.</summary>
public sealed class Person
{
    private Person() { }

    /// <summary>Creates a person with a validated name, e-mail and locale.</summary>
    public Person(string name, string email, string locale = Common.Locale.Hungarian, string? jobTitle = null)
    {
        Id = Guid.CreateVersion7();
        Update(name, email, locale, jobTitle);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Full name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>E-mail address, lower-cased, unique in the organisation.</summary>
    public string Email { get; private set; } = "";

    /// <summary>Job title, e.g. Account Executive.</summary>
    public string? JobTitle { get; private set; }

    /// <summary><c>en</c> or <c>hu</c>.</summary>
    public string Locale { get; private set; } = Common.Locale.Hungarian;

    /// <summary>The person this one reports to.</summary>
    [Audited]
    public Guid? ManagerId { get; private set; }

    /// <summary>True once the person has left; kept for history.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>Changes name, e-mail, locale and title after validating all of them.</summary>
    public void Update(string name, string email, string locale, string? jobTitle)
    {
        var validName = Guard.Text(name, "name");
        var validEmail = Guard.Text(email, "email", 254).ToLowerInvariant();
        if (!MailAddress.TryCreate(validEmail, out var parsed) || parsed.Address != validEmail)
            throw new DomainValidationException("email", $"'{email}' is not an e-mail address.");
        var validLocale = Common.Locale.Parse(locale);
        JobTitle = Guard.OptionalText(jobTitle, "jobTitle", 200);
        Name = validName;
        Email = validEmail;
        Locale = validLocale;
    }

    /// <summary>
    /// Sets the manager. <paramref name="managerOf"/> answers each person's current manager, so that a
    /// reporting loop (A → B → A) is refused.
    /// </summary>
    public void ReportTo(Guid? managerId, Func<Guid, Guid?> managerOf)
    {
        if (Chain.Reaches(Id, managerId, managerOf))
            throw new DomainValidationException("managerId", "would make a reporting loop.");
        ManagerId = managerId;
    }

    /// <summary>Marks the person as left.</summary>
    public void Archive() => IsArchived = true;
}
