using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Access;
using Okra.Domain.Audit;
using Okra.Domain.Common;
using Okra.Domain.People;
using Okra.Hosting;

namespace Okra.Accounts;

/// <summary>
/// Accounts and tokens, shared by the API, the CLI and the first start. Every change that matters for security —
/// role change, password reset, token issued or revoked — is written to the audit trail.
/// </summary>
public sealed class AccountService(OkraDbContext db, UserManager<OkraUser> users, Today today)
{
    /// <summary>Creates an account for <paramref name="person"/>; with no password given, the account waits for its invitation.</summary>
    public async Task<OkraUser> CreateAsync(Person person, AccountRole role, string? password, string actor, CancellationToken ct)
    {
        Guard.Defined(role, "role");
        if (await db.Users.AnyAsync(u => u.PersonId == person.Id, ct))
            throw new DomainValidationException("email", $"{person.Email} already has an account.");
        var user = new OkraUser { Id = Guid.CreateVersion7(), PersonId = person.Id, UserName = person.Email, Email = person.Email, EmailConfirmed = true, Role = role, CreatedAt = today.Now };
        Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password));
        await AuditAsync(user.Id, "Created", null, role.ToString(), actor, ct);
        return user;
    }

    /// <summary>Replaces the password with a new random one, returned once; the old one and the lockout end.</summary>
    public async Task<string> ResetPasswordAsync(OkraUser user, string actor, CancellationToken ct)
    {
        var password = NewPassword();
        Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password));
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await AuditAsync(user.Id, "PasswordReset", null, null, actor, ct);
        return password;
    }

    /// <summary>Changes the account role.</summary>
    public async Task SetRoleAsync(OkraUser user, AccountRole role, string actor, CancellationToken ct)
    {
        Guard.Defined(role, "role");
        var old = user.Role;
        user.Role = role;
        Check(await users.UpdateAsync(user));
        await AuditAsync(user.Id, "Role", old.ToString(), role.ToString(), actor, ct);
    }

    /// <summary>A one-time invitation code, valid 7 days, that sets the password (<see cref="AcceptInvitationAsync"/>).</summary>
    public Task<string> InvitationCodeAsync(OkraUser user) => users.GeneratePasswordResetTokenAsync(user);

    /// <summary>Sets the password from an invitation; the code then stops working.</summary>
    public async Task AcceptInvitationAsync(OkraUser user, string code, string password, CancellationToken ct)
    {
        var result = await users.ResetPasswordAsync(user, code, password);
        if (!result.Succeeded && result.Errors.Any(e => e.Code == "InvalidToken"))
            throw new DomainValidationException("code", "The invitation is invalid, used or expired; ask an admin for a new one.");
        Check(result);
        await AuditAsync(user.Id, "InvitationAccepted", null, null, user.Email ?? "", ct);
    }

    public async Task<(ApiToken Token, string Secret)> IssueTokenAsync(OkraUser user, string name, TokenScope scope, TimeSpan lifetime, string actor, CancellationToken ct)
    {
        var (token, secret) = ApiToken.Issue(user.Id, name, scope, lifetime, today.Now);
        db.ApiTokens.Add(token);
        await AuditAsync(user.Id, "TokenCreated", null, $"{token.Prefix}… {token.Scope} until {token.ExpiresAt:yyyy-MM-dd}", actor, ct);
        return (token, secret);
    }

    public async Task RevokeTokenAsync(ApiToken token, string actor, CancellationToken ct)
    {
        token.Revoke(today.Now);
        await AuditAsync(token.UserId, "TokenRevoked", token.Prefix + "…", null, actor, ct);
    }

    /// <summary>Records a sign-in attempt.</summary>
    public Task SignInAttemptAsync(Guid userId, bool succeeded, string detail, CancellationToken ct) =>
        AuditAsync(userId, succeeded ? "SignIn" : "SignInFailed", null, detail, detail, ct);

    /// <summary>A random 16-character password with letters and digits, meeting the password policy.</summary>
    public static string NewPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var chars = Enumerable.Range(0, 16).Select(i => i % 4 == 3 ? digits[RandomNumberGenerator.GetInt32(digits.Length)] : letters[RandomNumberGenerator.GetInt32(letters.Length)]);
        return string.Concat(chars);
    }

    private async Task AuditAsync(Guid userId, string field, string? old, string? value, string actor, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry("Account", userId, field, old, value, actor, null, today.Now));
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password"
            : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "account";
        throw new DomainValidationException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
