using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Okra.Accounts;
using Okra.Components.Localization;
using Okra.Components.Common;
using Okra.Data;
using Okra.Data.Accounts;

namespace Okra.SignIn;

/// <summary>
/// Sign-in with e-mail and password as a static server-rendered form (the cookie can only be set on a real HTTP response).
/// Five wrong passwords in a row lock the account for 15 minutes; the person's language is remembered in the culture cookie.
/// </summary>
public sealed partial class SignInPage
{
    public const string Route = "/sign-in";

    private string? error;
    private string? emailError;
    private string? passwordError;

    [Inject]
    private SignInManager<OkraUser> SignInManager { get; set; } = default!;

    [Inject]
    private AccountService Accounts { get; set; } = default!;

    [Inject]
    private OkraDbContext Db { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private SignInForm Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized()
    {
        Input ??= new();
        // Someone already signed in has nothing to do here.
        if (HttpMethods.IsGet(HttpContext.Request.Method) && HttpContext.User.Identity?.IsAuthenticated == true)
            Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
    }

    private async Task SignInAsync()
    {
        var ct = HttpContext.RequestAborted;
        emailError = string.IsNullOrWhiteSpace(Input.Email) ? L["SignIn_EmailRequired"].Value : null;
        passwordError = string.IsNullOrEmpty(Input.Password) ? L["SignIn_PasswordRequired"].Value : null;
        if (emailError is not null || passwordError is not null) return;

        // The password is never rendered back into the form.
        var password = Input.Password!;
        Input.Password = null;
        var user = await SignInManager.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            error = L["SignIn_WrongPassword"];
            return;
        }
        var result = await SignInManager.PasswordSignInAsync(user, password, Input.RememberMe, lockoutOnFailure: true);
        await Accounts.SignInAttemptAsync(user.Id, result.Succeeded, user.Email ?? "", ct);
        if (result.IsLockedOut)
        {
            error = L["SignIn_LockedOut"];
            return;
        }
        if (!result.Succeeded)
        {
            error = L["SignIn_WrongPassword"];
            return;
        }
        var locale = await Db.People.AsNoTracking().Where(p => p.Id == user.PersonId).Select(p => p.Locale).FirstAsync(ct);
        Cultures.Remember(HttpContext.Response, locale);
        Navigation.NavigateTo(LocalUrl.OrHome(ReturnUrl));
    }
}

/// <summary>The posted fields of the sign-in form.</summary>
public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }
}
