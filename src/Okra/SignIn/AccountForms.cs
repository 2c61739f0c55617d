using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Okra.Data.Accounts;

namespace Okra.SignIn;

/// <summary>The layout's sign-out button posts here (the JSON API has its own sign-out).</summary>
public static class AccountForms
{
    public const string SignOutRoute = "/account/sign-out";

    public static IEndpointRouteBuilder MapAccountForms(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutRoute, SignOut).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }

    public static async Task<RedirectHttpResult> SignOut(SignInManager<OkraUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(SignInPage.Route);
    }
}
