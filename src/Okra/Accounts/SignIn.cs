using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Security;

namespace Okra.Accounts;

/// <summary>Cookie sign-in with e-mail and password; five failures in a row lock the account for 15 minutes.</summary>
public static class SignIn
{
    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        SignInRequest request, SignInManager<OkraUser> signIn, AccountService accounts, OkraDbContext db, CurrentActor current, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email)) return Problems.Invalid("email", "is required.");
        if (string.IsNullOrEmpty(request.Password)) return Problems.Invalid("password", "is required.");
        var user = await signIn.UserManager.FindByEmailAsync(request.Email.Trim());
        if (user is null)
            return TypedResults.Problem(statusCode: 401, title: "Wrong e-mail or password.", detail: "Check both and try again.");
        var result = await signIn.PasswordSignInAsync(user, request.Password, request.RememberMe ?? false, lockoutOnFailure: true);
        await accounts.SignInAttemptAsync(user.Id, result.Succeeded, user.Email ?? "", ct);
        if (result.IsLockedOut)
            return TypedResults.Problem(statusCode: 423, title: "The account is locked.",
                detail: "Too many wrong passwords in a row. Try again in 15 minutes, or ask an admin to reset your password.");
        if (!result.Succeeded)
            return TypedResults.Problem(statusCode: 401, title: "Wrong e-mail or password.", detail: "Check both and try again.");
        return TypedResults.Ok(await CurrentAccount.ReadAsync(db, user, ct));
    }

    public static async Task<NoContent> SignOut(SignInManager<OkraUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}

public static class CurrentAccount
{
    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> Handle(CurrentActor current, OkraDbContext db, CancellationToken ct)
    {
        var user = current.UserId is { } id ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) : null;
        return user is null
            ? TypedResults.Problem(statusCode: 401, title: "Not signed in.")
            : TypedResults.Ok(await ReadAsync(db, user, ct));
    }

    internal static async Task<MeResponse> ReadAsync(OkraDbContext db, OkraUser user, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == user.PersonId, ct);
        var teams = await db.TeamMembers.AsNoTracking().Where(m => m.PersonId == person.Id).ToListAsync(ct);
        return new MeResponse(user.Id, person.Id, person.Name, person.Email, person.Locale, user.Role,
            teams.Where(t => t.Role == Domain.Teams.TeamRole.Lead).Select(t => t.TeamId).ToList(), teams.Select(t => t.TeamId).ToList());
    }
}
