using Microsoft.EntityFrameworkCore;
using Okra.Accounts;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.People;

namespace Okra.Security;

/// <summary>
/// An installation without accounts gets one admin, whose one-time password is printed once to the console; the demo
/// organisation gets an account for each of its people with the documented demo password.
/// </summary>
public static class FirstRun
{
    /// <summary>The password of every demo account (README).</summary>
    public const string DemoPassword = "okra-demo-2027";

    public const string AdminEmail = "admin@okra.local";

    /// <summary>
    /// Creates <see cref="AdminEmail"/> on the first start of an installation, or whenever no account exists; returns its
    /// one-time password, or null when nothing was created.
    /// </summary>
    public static async Task<string?> EnsureAdminAsync(OkraDbContext db, AccountService accounts, bool firstStart, CancellationToken ct)
    {
        if (await db.People.AnyAsync(p => p.Email == AdminEmail, ct)) return null;
        if (!firstStart && await db.Users.AnyAsync(ct)) return null;
        var person = new Person("Administrator", AdminEmail, Domain.Common.Locale.English);
        db.People.Add(person);
        var password = AccountService.NewPassword();
        await accounts.CreateAsync(person, AccountRole.Admin, password, "first-run", ct);
        return password;
    }

    /// <summary>Accounts for the demo people: the first person (the CEO) is admin, the rest members.</summary>
    public static async Task CreateDemoAccountsAsync(OkraDbContext db, AccountService accounts, CancellationToken ct)
    {
        var withAccounts = await db.Users.Select(u => u.PersonId).ToListAsync(ct);
        var people = (await db.People.OrderBy(p => p.Id).ToListAsync(ct)).Where(p => !withAccounts.Contains(p.Id)).ToList();
        var ceo = people.FirstOrDefault(p => p.ManagerId is null);
        foreach (var person in people)
            await accounts.CreateAsync(person, person == ceo ? AccountRole.Admin : AccountRole.Member, DemoPassword, "demo", ct);
    }
}
