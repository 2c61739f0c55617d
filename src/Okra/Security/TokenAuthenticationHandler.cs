using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Access;

namespace Okra.Security;

/// <summary>
/// <c>Authorization: Bearer okra_…</c>: finds the token by the hash of its secret and signs the request in as the
/// token's account, with the token's scope as a claim. Unknown, expired and revoked tokens get 401.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OkraDbContext db, CallerPrincipal caller, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    // The token, its account and the account's person's name in one query: every API request runs it.
    private static readonly CompiledQuery<string, TokenAndAccount?> TokenByHash = new((db, hash) =>
        (from token in db.ApiTokens.AsNoTracking()
         where token.Hash == hash
         join user in db.Users.AsNoTracking() on token.UserId equals user.Id into users
         from user in users.DefaultIfEmpty()
         select new TokenAndAccount(token, user, db.People.Where(p => p.Id == user.PersonId).Select(p => p.Name).FirstOrDefault())).FirstOrDefault());
    public const string ScopeClaim = "okra:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        var (token, user, personName) = await TokenByHash.RunAsync(db, hash, Context.RequestAborted) ?? new TokenAndAccount(null, null, null);
        if (token is null || !token.IsActive(now)) return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        if (user is null) return AuthenticateResult.Fail("The token's account no longer exists.");
        caller.AuthenticatedAs(user, personName);
        if (token.Touch(now))
        {
            db.Audit.Enabled = false;
            db.ApiTokens.Attach(token).Property(t => t.LastUsedAt).IsModified = true;
            await db.SaveChangesAsync(Context.RequestAborted);
            db.Audit.Enabled = true;
            db.ChangeTracker.Clear();
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Email, user.Email ?? ""),
            new Claim(ScopeClaim, token.Scope.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}

internal sealed record TokenAndAccount(ApiToken? Token, OkraUser? Account, string? PersonName);
