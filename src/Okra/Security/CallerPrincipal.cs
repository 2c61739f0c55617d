using System.Security.Claims;

namespace Okra.Security;

/// <summary>
/// Who acts in this scope: the request's user, or — when a component acts in an interactive circuit, which has no
/// request — the circuit's signed-in user, handed over by <see cref="Components.Common.SignedInActions"/>.
/// </summary>
public sealed class CallerPrincipal(IHttpContextAccessor http)
{
    private ClaimsPrincipal? circuitUser;

    public ClaimsPrincipal? User => circuitUser ?? http.HttpContext?.User;

    /// <summary>Acts as <paramref name="user"/> for the rest of this scope.</summary>
    public void ActAs(ClaimsPrincipal user) => circuitUser = user;
}
