using Microsoft.AspNetCore.Identity;
using Okra.Domain.Access;

namespace Okra.Data.Accounts;

/// <summary>
/// A sign-in account (ASP.NET Core Identity) for one person. The person holds name, e-mail and locale; the account
/// holds the password hash, lockout state and the account role.
/// </summary>
public sealed class OkraUser : IdentityUser<Guid>
{
    /// <summary>The person this account signs in as.</summary>
    public Guid PersonId { get; set; }

    /// <summary>Admin, member or viewer.</summary>
    public AccountRole Role { get; set; } = AccountRole.Member;

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
