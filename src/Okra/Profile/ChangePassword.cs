using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Okra.Api;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Audit;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Profile;

/// <summary>The signed-in person's new password, given with the current one.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>Changes the signed-in account's password (Identity checks the current one and the policy); audited like a reset.</summary>
public static class ChangePassword
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        ChangePasswordRequest request, UserManager<OkraUser> users, CurrentActor current, OkraDbContext db, Today today, CancellationToken ct)
    {
        if (current.UserId is not { } userId || await users.FindByIdAsync(userId.ToString()) is not { } user)
            return Problems.Forbidden("Sign in to change your password.");
        if (string.IsNullOrEmpty(request.CurrentPassword)) return Problems.Invalid("currentPassword", "is required.");
        var policy = await PasswordPolicy.ProblemsAsync(users, user, request.NewPassword);
        if (policy.Count > 0) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [.. policy] });
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword!);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] });
        }
        db.AuditEntries.Add(new AuditEntry("Account", user.Id, "PasswordChanged", null, null, current.AuditName, null, today.Now));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
