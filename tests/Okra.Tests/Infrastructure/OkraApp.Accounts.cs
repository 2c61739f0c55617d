using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Okra.Accounts;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.People;

namespace Okra.Tests.Infrastructure;

/// <summary>An account made for a test: its person, its user and an API token.</summary>
public sealed record TestAccount(Guid PersonId, Guid UserId, string Email, string Password, string Token);

public abstract partial class OkraApp
{
    public const string Password = "test-password-1";

    private readonly SemaphoreSlim adminLock = new(1, 1);
    private TestAccount? admin;

    /// <summary>The fixture's admin (created on first use).</summary>
    public TestAccount Admin => admin ?? throw new InvalidOperationException("Call AdminAsync first.");

    public async Task<TestAccount> AdminAsync()
    {
        await adminLock.WaitAsync();
        try
        {
            return admin ??= await AccountAsync(AccountRole.Admin, name: "Test Admin");
        }
        finally
        {
            adminLock.Release();
        }
    }

    /// <summary>Creates an account (and a person, unless one is given) with a token of <paramref name="scope"/> valid 90 days.</summary>
    public async Task<TestAccount> AccountAsync(AccountRole role, Guid? personId = null, TokenScope scope = TokenScope.Write, string? name = null)
    {
        await using var services = Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<OkraDbContext>();
        var accounts = services.ServiceProvider.GetRequiredService<AccountService>();
        var person = personId is { } id
            ? await db.People.FindAsync(id) ?? throw new InvalidOperationException($"No person {id}.")
            : new Person(name ?? "Test Person", $"{Guid.NewGuid():N}@example.test", "en");
        if (personId is null) db.People.Add(person);
        var user = await accounts.CreateAsync(person, role, Password, "test", default);
        var (_, secret) = await accounts.IssueTokenAsync(user, "test", scope, TimeSpan.FromDays(90), "test", default);
        return new TestAccount(person.Id, user.Id, person.Email, Password, secret);
    }

    /// <summary>A client that sends <paramref name="account"/>'s token.</summary>
    public HttpClient ClientFor(TestAccount account) => ClientWithToken(account.Token);

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
