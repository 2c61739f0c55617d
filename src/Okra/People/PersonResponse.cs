using Okra.Domain.People;

namespace Okra.People;

public sealed record PersonResponse(Guid Id, string Name, string Email, string? JobTitle, string Locale, Guid? ManagerId, bool IsArchived)
{
    public static PersonResponse From(Person p) => new(p.Id, p.Name, p.Email, p.JobTitle, p.Locale, p.ManagerId, p.IsArchived);
}

/// <summary>The body of a create or update of a person.</summary>
public sealed record PersonRequest(string? Name, string? Email, string? Locale, string? JobTitle, Guid? ManagerId);
