using Microsoft.AspNetCore.Identity;
using Okra.Data.Accounts;

namespace Okra.Profile;

/// <summary>
/// What the password policy (IdentitySetup) says about a new password, one English reason per broken rule, so that a page
/// can show each reason next to the field in its own language (the server message catalogue holds Identity's texts).
/// </summary>
public static class PasswordPolicy
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(UserManager<OkraUser> users, OkraUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return ["is required."];
        var reasons = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            reasons.AddRange(result.Errors.Select(e => e.Description));
        }
        return reasons;
    }
}
