using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Okra.Accounts;
using Okra.Components.Localization;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Common;
using Okra.Profile;

namespace Okra.SignIn;

/// <summary>
/// The page an invitation link (or a new link an admin issues after a reset) opens: the person sets a password through the
/// API's own AcceptInvitation use case and is signed in. A static server-rendered form, since the cookie needs a real response.
/// </summary>
public sealed partial class InvitationPage
{
    private bool valid;
    private string? email;
    private string? passwordError;
    private string? confirmError;
    private OkraUser? user;

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
    private InvitationForm Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "user")]
    private Guid? UserId { get; set; }

    [SupplyParameterFromQuery]
    private string? Code { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        var users = SignInManager.UserManager;
        user = UserId is { } id && !string.IsNullOrEmpty(Code) ? await users.FindByIdAsync(id.ToString()) : null;
        valid = user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<OkraUser>.ResetPasswordTokenPurpose, Code!);
        email = user?.Email;
    }

    private async Task AcceptAsync()
    {
        if (!valid || user is null) return;
        var culture = CultureInfo.CurrentUICulture;
        var password = Input.Password;
        (Input.Password, Input.Confirm, var confirm) = (null, null, Input.Confirm);
        var policy = await PasswordPolicy.ProblemsAsync(SignInManager.UserManager, user, password);
        passwordError = policy.Count == 0 ? null : string.Join(" ", policy.Select(p => ServerMessages.Translate(p, culture)));
        confirmError = policy.Count == 0 && password != confirm ? ServerMessages.Translate("The two passwords differ.", culture) : null;
        if (passwordError is not null || confirmError is not null) return;
        try
        {
            var result = await Users.AcceptInvitation(new AcceptInvitationRequest(user.Id, Code, password), SignInManager.UserManager, Accounts, HttpContext.RequestAborted);
            if (result.Result is not Microsoft.AspNetCore.Http.HttpResults.NoContent)
            {
                valid = false;
                return;
            }
        }
        catch (DomainValidationException invalid) when (invalid.Field == "code")
        {
            valid = false;
            return;
        }
        catch (DomainValidationException invalid)
        {
            passwordError = ServerMessages.Translate(invalid.Reason, culture);
            return;
        }
        await SignInManager.SignInAsync(user, isPersistent: false);
        await Accounts.SignInAttemptAsync(user.Id, true, user.Email ?? "", HttpContext.RequestAborted);
        var locale = await Db.People.AsNoTracking().Where(p => p.Id == user.PersonId).Select(p => p.Locale).FirstAsync(HttpContext.RequestAborted);
        Cultures.Remember(HttpContext.Response, locale);
        Navigation.NavigateTo("/");
    }
}

/// <summary>The posted fields of the invitation form.</summary>
public sealed class InvitationForm
{
    public string? Password { get; set; }

    public string? Confirm { get; set; }
}
