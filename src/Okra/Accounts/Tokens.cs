using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Security;

namespace Okra.Accounts;

/// <summary>Personal API tokens: mine to create, list and revoke; an admin may manage anyone's.</summary>
public static class Tokens
{
    public static async Task<List<TokenResponse>> List(OkraDbContext db, CurrentActor current, CancellationToken ct)
    {
        var userId = current.UserId;
        return (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct))
            .OrderByDescending(t => t.CreatedAt).Select(TokenResponse.From).ToList();
    }

    public static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem, ProblemHttpResult>> Create(
        TokenRequest request, OkraDbContext db, AccountService accounts, CurrentActor current, CancellationToken ct)
    {
        var userId = request.UserId ?? current.UserId;
        if (userId != current.UserId && !AccessRules.CanAdministrate(await current.GetAsync(ct)))
            return Problems.Forbidden("Only an admin may create a token for someone else.");
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) is not { } user) return Problems.Invalid("userId", $"There is no user with id {userId}.");
        var (token, secret) = await accounts.IssueTokenAsync(user, request.Name ?? "", request.Scope ?? TokenScope.Read,
            TimeSpan.FromDays(request.ExpiresInDays ?? 90), current.AuditName, ct);
        return TypedResults.Created($"/api/v1/tokens/{token.Id}", new CreatedTokenResponse(TokenResponse.From(token), secret));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        Guid id, OkraDbContext db, AccountService accounts, CurrentActor current, CancellationToken ct)
    {
        if (await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } token) return Problems.NotFound("Token", id);
        if (token.UserId != current.UserId && !AccessRules.CanAdministrate(await current.GetAsync(ct)))
            return Problems.Forbidden("Only the token's owner or an admin may revoke it.");
        await accounts.RevokeTokenAsync(token, current.AuditName, ct);
        return TypedResults.NoContent();
    }
}
