using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Okra.Accounts;
using Okra.Data;
using Okra.Domain.Access;

namespace Okra.Cli;

/// <summary><c>tokens create|list|revoke</c>: personal API tokens, whose secret is shown once and stored hashed.</summary>
internal static class TokensCommands
{
    public static Command Create() => new("tokens", "Manage personal API tokens.") { New(), List(), Revoke() };

    private static Command New()
    {
        var user = new Option<string>("--user") { HelpName = "email", Description = "E-mail of the account the token acts for.", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. \"HubSpot sync\".", DefaultValueFactory = _ => "cli" };
        var scope = new Option<string>("--scope") { Description = "read: GET requests only; write: everything the account may do.", Required = true };
        scope.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "read", "write");
        var expires = new Option<string>("--expires") { HelpName = "Nd|Nw|Ny", Description = "Lifetime: days, weeks or years, e.g. 90d, 12w, 1y (at most 2 years).", Required = true };
        var command = new Command("create", "Issue a token and print its secret once.") { user, name, scope, expires };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var lifetime = ParseLifetime(parse.GetValue(expires)!);
            var owner = await UsersCommands.FindAccountAsync(services.GetRequiredService<OkraDbContext>(), parse.GetValue(user)!, token);
            var (issued, secret) = await services.GetRequiredService<AccountService>().IssueTokenAsync(
                owner, parse.GetValue(name)!, Enum.Parse<TokenScope>(parse.GetValue(scope)!, ignoreCase: true), lifetime, UsersCommands.Actor, token);
            Console.WriteLine($"Created token {issued.Id} for {owner.Email}.");
            Console.WriteLine($"  prefix   {issued.Prefix}…");
            Console.WriteLine($"  scope    {Label(issued.Scope)}");
            Console.WriteLine($"  expires  {TextTable.Time(issued.ExpiresAt)} UTC");
            Console.WriteLine("Secret — copy it now; it is stored hashed and will not be shown again:");
            Console.WriteLine(secret);
            return 0;
        }, ct));
        return command;
    }

    private static Command List()
    {
        var user = new Option<string?>("--user") { HelpName = "email", Description = "Only this account's tokens (by e-mail)." };
        var command = new Command("list", "List tokens with prefix, scope, expiry, last use and revocation (times in UTC).") { user };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            var only = parse.GetValue(user) is { } email ? (await UsersCommands.FindAccountAsync(db, email, token)).Id : (Guid?)null;
            var tokens = await db.ApiTokens.AsNoTracking().Where(t => only == null || t.UserId == only)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, u.Email })
                .ToListAsync(token);
            var rows = tokens.OrderBy(x => x.Email, StringComparer.Ordinal).ThenByDescending(x => x.Token.CreatedAt)
                .Select(x => (IReadOnlyList<string>)[x.Token.Id.ToString(), x.Email ?? "", x.Token.Name, x.Token.Prefix + "…", Label(x.Token.Scope),
                    TextTable.Time(x.Token.ExpiresAt), x.Token.LastUsedAt is { } used ? TextTable.Time(used) : "never",
                    x.Token.RevokedAt is { } revoked ? TextTable.Time(revoked) : "no"])
                .ToList();
            Console.Write(TextTable.Render(["ID", "USER", "NAME", "PREFIX", "SCOPE", "EXPIRES", "LAST USED", "REVOKED"], rows, "(no tokens)"));
            return 0;
        }, ct));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The token's id, as 'okra tokens list' shows it." };
        var command = new Command("revoke", "Revoke a token; it fails from its next use on.") { id };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var text = parse.GetValue(id)!;
            if (!Guid.TryParse(text, CultureInfo.InvariantCulture, out var tokenId))
                throw new CliException($"'{text}' is not a token id; 'okra tokens list' shows them.");
            var db = services.GetRequiredService<OkraDbContext>();
            var apiToken = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, token) ?? throw new CliException($"no token with id '{text}'.");
            if (apiToken.RevokedAt is { } earlier)
            {
                Console.WriteLine($"Token {apiToken.Id} ({apiToken.Prefix}…) was already revoked at {TextTable.Time(earlier)} UTC.");
                return 0;
            }
            await services.GetRequiredService<AccountService>().RevokeTokenAsync(apiToken, UsersCommands.Actor, token);
            Console.WriteLine($"Revoked token {apiToken.Id} ({apiToken.Prefix}…); it stops working at once.");
            return 0;
        }, ct));
        return command;
    }

    /// <summary>Reads <c>90d</c>, <c>12w</c> or <c>1y</c> (365 days); the token itself checks the allowed range.</summary>
    internal static TimeSpan ParseLifetime(string text)
    {
        var value = text.Trim();
        var days = value.Length < 2 ? (int?)null : value[^1] switch
        {
            'd' or 'D' => 1,
            'w' or 'W' => 7,
            'y' or 'Y' => 365,
            _ => (int?)null,
        };
        if (days is null || !int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 10_000)
            throw new CliException($"--expires: '{text}' is not a lifetime; write a number of days, weeks or years, e.g. 90d, 12w or 1y.");
        return TimeSpan.FromDays(count * days.Value);
    }

    private static string Label(TokenScope scope) => scope == TokenScope.Write ? "write" : "read";
}
