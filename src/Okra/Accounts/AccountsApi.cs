using Okra.Security;

namespace Okra.Accounts;

public static class AccountsApi
{
    public const string SignInRateLimit = "sign-in";

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignIn.Handle).WithName("SignIn").WithSummary("Signs in with e-mail and password (sets the session cookie).")
            .AllowAnonymous().RequireRateLimiting(SignInRateLimit);
        auth.MapPost("/sign-out", SignIn.SignOut).WithName("SignOut").WithSummary("Ends the session.");
        auth.MapGet("/me", CurrentAccount.Handle).WithName("GetMe").WithSummary("The signed-in account, its person, role and teams.");
        auth.MapPost("/accept-invitation", Users.AcceptInvitation).WithName("AcceptInvitation")
            .WithSummary("Sets the password from a one-time invitation code (valid 7 days).").AllowAnonymous().RequireRateLimiting(SignInRateLimit);

        var users = app.MapGroup("/api/v1/users").WithTags("Accounts");
        users.MapGet("/", Users.List).WithName("ListUsers").WithSummary("Every account with its role and lockout state.").AdminOnly();
        users.MapPost("/", Users.Create).WithName("CreateUser").WithSummary("Creates an account and returns its invitation link.").AdminOnly();
        users.MapPut("/{id:guid}/role", Users.SetRole).WithName("SetUserRole").WithSummary("Changes an account's role.").AdminOnly();
        users.MapPost("/{id:guid}/reset-password", Users.ResetPassword).WithName("ResetUserPassword")
            .WithSummary("Replaces the password with a new one-time password, shown once.").AdminOnly();
        users.MapPost("/{id:guid}/invitation", Users.Invite).WithName("InviteUser").WithSummary("Issues a new invitation link.").AdminOnly();
        users.MapGet("/{id:guid}/audit", Audit.AuditTrail.ForAccount).WithName("GetUserAudit")
            .WithSummary("Sign-ins, failed sign-ins, role changes, password resets and token changes of an account.").AdminOnly();

        var tokens = app.MapGroup("/api/v1/tokens").WithTags("Accounts");
        tokens.MapGet("/", Tokens.List).WithName("ListTokens").WithSummary("My API tokens (never their secrets).");
        tokens.MapPost("/", Tokens.Create).WithName("CreateToken").WithSummary("Creates a personal API token; the secret is shown once.");
        tokens.MapDelete("/{id:guid}", Tokens.Revoke).WithName("RevokeToken").WithSummary("Revokes a token.");
        return app;
    }
}
