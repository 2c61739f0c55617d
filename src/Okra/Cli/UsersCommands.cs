using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Okra.Accounts;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Access;
using Okra.Domain.People;
using Okra.Hosting;

namespace Okra.Cli;

/// <summary><c>users add|list|set-role|reset-password</c>: sign-in accounts, for the operator of the installation.</summary>
internal static class UsersCommands
{
    /// <summary>The audit trail's actor for every change made from the command line.</summary>
    public const string Actor = "cli";

    private static readonly string[] RoleNames = ["admin", "member", "viewer"];

    public static Command Create() => new("users", "Manage sign-in accounts.") { Add(), List(), SetRole(), ResetPassword() };

    private static Command Add()
    {
        var name = new Option<string?>("--name") { Description = "Full name of the new person (not needed when a person with this e-mail exists)." };
        var email = new Option<string>("--email") { Description = "E-mail address; it is also the sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = "Account role.", DefaultValueFactory = _ => "member" };
        role.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, RoleNames);
        var locale = new Option<string>("--locale") { Description = "Language of a new person.", DefaultValueFactory = _ => Domain.Common.Locale.Hungarian };
        locale.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, [.. Domain.Common.Locale.All]);
        var command = new Command("add", "Create an account (and its person) with a one-time password.") { name, email, role, locale };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            var address = Normalise(parse.GetValue(email)!);
            // An existing person (say, from the demo or an import) gets the account instead of a duplicate person.
            var person = await db.People.FirstOrDefaultAsync(p => p.Email == address, token);
            if (person is { IsArchived: true }) throw new CliException($"'{address}' belongs to a person who has left; they cannot get an account.");
            if (person is null)
            {
                person = new Person(parse.GetValue(name) ?? "", address, parse.GetValue(locale)!);
                db.People.Add(person);
            }
            var password = AccountService.NewPassword();
            var user = await services.GetRequiredService<AccountService>().CreateAsync(person, ParseRole(parse.GetValue(role)!), password, Actor, token);
            Console.WriteLine($"Created the {Label(user.Role)} account {person.Email} for {person.Name}.");
            Console.WriteLine($"One-time password: {password}");
            Console.WriteLine("Sign in with this e-mail and password and change the password; it is not shown again.");
            return 0;
        }, ct));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the accounts with role, lockout and password state.");
        command.SetAction((_, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            var now = services.GetRequiredService<Today>().Now;
            var accounts = await db.Users.AsNoTracking()
                .Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { p.Email, p.Name, u.Role, u.LockoutEnd, HasPassword = u.PasswordHash != null, u.CreatedAt })
                .ToListAsync(token);
            var rows = accounts.OrderBy(a => a.Email, StringComparer.Ordinal)
                .Select(a => (IReadOnlyList<string>)[a.Email, a.Name, Label(a.Role), a.LockoutEnd > now ? "yes" : "no", a.HasPassword ? "yes" : "no", TextTable.Date(a.CreatedAt)])
                .ToList();
            Console.Write(TextTable.Render(["E-MAIL", "NAME", "ROLE", "LOCKED", "PASSWORD", "CREATED"], rows, "(no accounts)"));
            return 0;
        }, ct));
        return command;
    }

    private static Command SetRole()
    {
        var email = new Argument<string>("email") { Description = "E-mail of the account." };
        var role = new Argument<string>("role") { Description = "The new role: admin, member or viewer." };
        role.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, RoleNames);
        var command = new Command("set-role", "Change the role of an account.") { email, role };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var user = await FindAccountAsync(services.GetRequiredService<OkraDbContext>(), parse.GetValue(email)!, token);
            var old = user.Role;
            await services.GetRequiredService<AccountService>().SetRoleAsync(user, ParseRole(parse.GetValue(role)!), Actor, token);
            Console.WriteLine($"{user.Email} is now {Label(user.Role)} (was {Label(old)}).");
            return 0;
        }, ct));
        return command;
    }

    private static Command ResetPassword()
    {
        var email = new Argument<string>("email") { Description = "E-mail of the account." };
        var command = new Command("reset-password", "Replace the password with a new one-time password and end any lockout.") { email };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var user = await FindAccountAsync(services.GetRequiredService<OkraDbContext>(), parse.GetValue(email)!, token);
            var password = await services.GetRequiredService<AccountService>().ResetPasswordAsync(user, Actor, token);
            Console.WriteLine($"New one-time password for {user.Email}: {password}");
            Console.WriteLine("The old password no longer works. Sign in with this one and change it; it is not shown again.");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>The account signing in with <paramref name="email"/>, tracked so that it can be changed.</summary>
    internal static async Task<OkraUser> FindAccountAsync(OkraDbContext db, string email, CancellationToken ct)
    {
        var address = Normalise(email);
        return await db.Users.FirstOrDefaultAsync(u => db.People.Any(p => p.Id == u.PersonId && p.Email == address), ct)
            ?? throw new CliException($"no account for '{email}'.");
    }

    /// <summary>People's e-mails are stored lower-cased (<see cref="Person"/>).</summary>
    private static string Normalise(string email) => email.Trim().ToLowerInvariant();

    private static AccountRole ParseRole(string name) => Enum.Parse<AccountRole>(name, ignoreCase: true);

    private static string Label(AccountRole role) => role switch
    {
        AccountRole.Admin => "admin",
        AccountRole.Member => "member",
        _ => "viewer",
    };
}
