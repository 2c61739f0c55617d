using System.Globalization;
using System.Text.RegularExpressions;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cli;

/// <summary><c>users</c> and <c>tokens</c> as an operator runs them: one-time secrets on stdout, refusals on stderr with exit 1.</summary>
public abstract partial class UsersAndTokensCliTests
{
    protected abstract Task<CliRunner> NewDatabaseAsync();

    [Fact]
    public async Task UsersAdd_ThenList_ShowsTheAccountWithRoleAndPassword()
    {
        var okra = await NewDatabaseAsync();
        var add = await okra.RunAsync("users", "add", "--name", "Anna Kovács", "--email", "Anna@Example.test", "--role", "viewer", "--locale", "en");
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.Contains("anna@example.test", add.Stdout, StringComparison.Ordinal);
        Assert.Matches(PasswordLine(), add.Stdout);

        var list = await okra.RunAsync("users", "list");
        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Equal("E-MAIL|NAME|ROLE|LOCKED|PASSWORD|CREATED", string.Join('|', Cells(Lines(list.Stdout)[0])));
        var row = Cells(Assert.Single(Lines(list.Stdout), l => l.StartsWith("anna@", StringComparison.Ordinal)));
        Assert.Equal("anna@example.test|Anna Kovács|viewer|no|yes", string.Join('|', row[..5]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row[5]);
    }

    [Fact]
    public async Task UsersSetRoleAndResetPassword_ChangeTheAccount()
    {
        var okra = await NewDatabaseAsync();
        var add = await okra.RunAsync("users", "add", "--name", "Béla Nagy", "--email", "bela@example.test");
        Assert.True(add.ExitCode == 0, add.Stderr);

        var setRole = await okra.RunAsync("users", "set-role", "BELA@example.test", "admin");
        Assert.True(setRole.ExitCode == 0, setRole.Stderr);
        Assert.Contains("bela@example.test is now admin (was member)", setRole.Stdout, StringComparison.Ordinal);

        var reset = await okra.RunAsync("users", "reset-password", "bela@example.test");
        Assert.True(reset.ExitCode == 0, reset.Stderr);
        var newPassword = Regex.Match(reset.Stdout, @"New one-time password for bela@example\.test: (\S{16})").Groups[1].Value;
        Assert.NotEqual("", newPassword);
        Assert.NotEqual(PasswordLine().Match(add.Stdout).Groups[1].Value, newPassword);

        var row = Cells(Assert.Single(Lines((await okra.RunAsync("users", "list")).Stdout), l => l.StartsWith("bela@", StringComparison.Ordinal)));
        Assert.Equal("admin", row[2]);
    }

    [Fact]
    public async Task Users_DuplicateOrUnknownEmail_ExitOneOnStderr()
    {
        var okra = await NewDatabaseAsync();
        Assert.Equal(0, (await okra.RunAsync("users", "add", "--name", "Cili", "--email", "cili@example.test")).ExitCode);

        var duplicate = await okra.RunAsync("users", "add", "--name", "Cili Again", "--email", "CILI@example.test");
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("okra: email: cili@example.test already has an account.", duplicate.Stderr, StringComparison.Ordinal);
        Assert.Equal("", duplicate.Stdout);

        var unknown = await okra.RunAsync("users", "reset-password", "nobody@example.test");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("okra: no account for 'nobody@example.test'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal("", unknown.Stdout);
    }

    [Fact]
    public async Task TokensCreateListRevoke_SecretShownOnceThenRevoked()
    {
        var okra = await NewDatabaseAsync();
        Assert.Equal(0, (await okra.RunAsync("users", "add", "--name", "Dóra", "--email", "dora@example.test")).ExitCode);

        var before = DateTime.UtcNow;
        var create = await okra.RunAsync("tokens", "create", "--user", "dora@example.test", "--name", "HubSpot sync", "--scope", "write", "--expires", "12w");
        Assert.True(create.ExitCode == 0, create.Stderr);
        var secret = Assert.Single(Lines(create.Stdout), l => l.StartsWith("okra_", StringComparison.Ordinal));
        Assert.Matches("^okra_[0-9a-f]{48}$", secret);
        Assert.Contains("will not be shown again", create.Stdout, StringComparison.Ordinal);
        var id = Regex.Match(create.Stdout, @"Created token (\S+) for dora@example\.test").Groups[1].Value;

        var list = await okra.RunAsync("tokens", "list", "--user", "dora@example.test");
        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.DoesNotContain(secret, list.Stdout, StringComparison.Ordinal);
        var row = Cells(Assert.Single(Lines(list.Stdout), l => l.StartsWith(id, StringComparison.Ordinal)));
        Assert.Equal($"{id}|dora@example.test|HubSpot sync|{secret[..11]}…|write", string.Join('|', row[..5]));
        var expires = DateTime.ParseExact(row[5], "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.InRange(expires, before.AddDays(84).AddMinutes(-1), DateTime.UtcNow.AddDays(84));
        Assert.Equal("never|no", string.Join('|', row[6..]));

        var revoke = await okra.RunAsync("tokens", "revoke", id);
        Assert.True(revoke.ExitCode == 0, revoke.Stderr);
        var revoked = Cells(Assert.Single(Lines((await okra.RunAsync("tokens", "list")).Stdout), l => l.StartsWith(id, StringComparison.Ordinal)));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", revoked[^1]);
    }

    [Fact]
    public async Task TokensCreate_BadExpires_ExitsOneNamingTheFormat()
    {
        var okra = await NewDatabaseAsync();
        Assert.Equal(0, (await okra.RunAsync("users", "add", "--name", "Éva", "--email", "eve@example.test")).ExitCode);
        var badFormat = await okra.RunAsync("tokens", "create", "--user", "eve@example.test", "--scope", "read", "--expires", "90x");
        Assert.Equal(1, badFormat.ExitCode);
        Assert.Contains("okra: --expires: '90x' is not a lifetime", badFormat.Stderr, StringComparison.Ordinal);
        Assert.Equal("", badFormat.Stdout);

        var tooLong = await okra.RunAsync("tokens", "create", "--user", "eve@example.test", "--scope", "read", "--expires", "3y");
        Assert.Equal(1, tooLong.ExitCode);
        Assert.Contains("okra: expires: must be between 1 day and 2 years.", tooLong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_UnknownUser_ExitsOneAndIssuesNothing()
    {
        var okra = await NewDatabaseAsync();
        var before = DateTime.UtcNow;
        var create = await okra.RunAsync("tokens", "create", "--user", "nobody@example.test", "--scope", "read", "--expires", "30d");
        Assert.Equal(1, create.ExitCode);
        Assert.Contains("okra: no account for 'nobody@example.test'", create.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("okra_", create.Stdout, StringComparison.Ordinal);
        Assert.Contains("(no tokens)", (await okra.RunAsync("tokens", "list")).Stdout, StringComparison.Ordinal);
    }

    private static string[] Lines(string stdout) => stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The cells of a table line: columns are separated by at least two spaces.</summary>
    private static string[] Cells(string line) => ColumnGap().Split(line.Trim());

    [GeneratedRegex(@"One-time password: (\S{16})")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(" {2,}")]
    private static partial Regex ColumnGap();
}

public sealed class UsersAndTokensCliTests_Sqlite : UsersAndTokensCliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));
}

public sealed class UsersAndTokensCliTests_Postgres : UsersAndTokensCliTests
{
    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();
}
