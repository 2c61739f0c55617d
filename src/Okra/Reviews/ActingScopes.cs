using System.Security.Claims;
using Okra.Security;

namespace Okra.Reviews;

/// <summary>
/// Like <see cref="Components.Common.Scopes"/>, but the read acts as the page's signed-in user, so that what it answers
/// (who may run a review, whose feedback shows) follows the same access rules as the API.
/// </summary>
public static class ActingScopes
{
    public static async Task<TResult> ReadAsAsync<TService, TResult>(this IServiceScopeFactory scopes, ClaimsPrincipal user, Func<TService, Task<TResult>> read)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerPrincipal>().ActAs(user);
        return await read(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
