using System.Security.Claims;
using Okra.Data.Accounts;

namespace Okra.Security;

/// <summary>
/// Who acts in this scope: the request's user, or — when a component acts in an interactive circuit, which has no
/// request — the circuit's signed-in user, handed over by <see cref="Components.Common.SignedInActions"/>.
/// </summary>
public sealed class CallerPrincipal(IHttpContextAccessor http)
{
    private ClaimsPrincipal? circuitUser;

    public ClaimsPrincipal? User => circuitUser ?? http.HttpContext?.User;

    /// <summary>
    /// The account as the request's authentication just read it (an API token's account), so that the rest of the
    /// request does not read it again; null when the credentials did not need the account read (a cookie).
    /// </summary>
    public OkraUser? Account { get; private set; }

    /// <summary>The name of <see cref="Account"/>'s person, read with it; null when the account was not read.</summary>
    public string? PersonName { get; private set; }

    /// <summary>Keeps the account the authentication read, and its person's name, for <see cref="CurrentActor"/>.</summary>
    public void AuthenticatedAs(OkraUser account, string? personName) => (Account, PersonName) = (account, personName);

    /// <summary>Acts as <paramref name="user"/> for the rest of this scope.</summary>
    public void ActAs(ClaimsPrincipal user) => circuitUser = user;
}
