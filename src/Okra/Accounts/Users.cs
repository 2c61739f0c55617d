using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Data.Accounts;
using Okra.Domain.Access;
using Okra.Domain.People;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Accounts;

/// <summary>Admin work on accounts: list, invite, change role, reset password.</summary>
public static class Users
{
    public static async Task<List<UserResponse>> List(OkraDbContext db, Today today, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { u, p }).ToListAsync(ct))
            .OrderBy(x => x.p.Name, StringComparer.CurrentCulture)
            .Select(x => From(x.u, x.p, today.Now)).ToList();

    public static Task<Results<Created<InvitationResponse>, ValidationProblem>> Create(
        CreateUserRequest request, OkraDbContext db, AccountService accounts, CurrentActor actor, Today today, HttpRequest http, CancellationToken ct) =>
        CreateAsync(request, db, accounts, actor, today, Origin(http), ct);

    /// <summary>Creates the account; the invitation link starts with <paramref name="origin"/> (the web app calls this without a request).</summary>
    public static async Task<Results<Created<InvitationResponse>, ValidationProblem>> CreateAsync(
        CreateUserRequest request, OkraDbContext db, AccountService accounts, CurrentActor actor, Today today, string origin, CancellationToken ct)
    {
        Person? person;
        if (request.PersonId is { } personId)
        {
            person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
            if (person is null) return Problems.Invalid("personId", $"There is no person with id {personId}.");
        }
        else
        {
            person = new Person(request.Name ?? "", request.Email ?? "", request.Locale ?? Domain.Common.Locale.Hungarian);
            if (await db.People.AnyAsync(p => p.Email == person.Email, ct))
                return Problems.Invalid("email", $"'{person.Email}' is already used by another person.");
            db.People.Add(person);
        }
        var user = await accounts.CreateAsync(person, request.Role ?? AccountRole.Member, null, actor.AuditName, ct);
        var code = await accounts.InvitationCodeAsync(user);
        return TypedResults.Created($"/api/v1/users/{user.Id}",
            new InvitationResponse(From(user, person, today.Now), InvitationUrl(origin, user, code), today.Now.AddDays(7)));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult, ValidationProblem>> SetRole(
        Guid id, RoleRequest request, OkraDbContext db, AccountService accounts, CurrentActor actor, Today today, CancellationToken ct)
    {
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) is not { } user) return Problems.NotFound("User", id);
        if (request.Role is not { } role) return Problems.Invalid("role", "is required: admin, member or viewer.");
        await accounts.SetRoleAsync(user, role, actor.AuditName, ct);
        return TypedResults.Ok(From(user, await db.People.FirstAsync(p => p.Id == user.PersonId, ct), today.Now));
    }

    public static async Task<Results<Ok<PasswordResetResponse>, ProblemHttpResult>> ResetPassword(
        Guid id, OkraDbContext db, AccountService accounts, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) is not { } user) return Problems.NotFound("User", id);
        return TypedResults.Ok(new PasswordResetResponse(user.Id, await accounts.ResetPasswordAsync(user, actor.AuditName, ct)));
    }

    public static Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> Invite(
        Guid id, OkraDbContext db, AccountService accounts, Today today, HttpRequest http, CancellationToken ct) =>
        InviteAsync(id, db, accounts, today, Origin(http), ct);

    /// <summary>A new invitation link starting with <paramref name="origin"/>.</summary>
    public static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> InviteAsync(
        Guid id, OkraDbContext db, AccountService accounts, Today today, string origin, CancellationToken ct)
    {
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) is not { } user) return Problems.NotFound("User", id);
        var code = await accounts.InvitationCodeAsync(user);
        return TypedResults.Ok(new InvitationResponse(From(user, await db.People.FirstAsync(p => p.Id == user.PersonId, ct), today.Now),
            InvitationUrl(origin, user, code), today.Now.AddDays(7)));
    }

    public static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(
        AcceptInvitationRequest request, UserManager<OkraUser> users, AccountService accounts, CancellationToken ct)
    {
        if (request.UserId is not { } userId) return Problems.Invalid("userId", "is required.");
        if (string.IsNullOrEmpty(request.Code)) return Problems.Invalid("code", "is required.");
        if (string.IsNullOrEmpty(request.Password)) return Problems.Invalid("password", "is required.");
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
            return Problems.Invalid("code", "The invitation is invalid, used or expired; ask an admin for a new one.");
        await accounts.AcceptInvitationAsync(user, request.Code, request.Password, ct);
        return TypedResults.NoContent();
    }

    internal static string InvitationUrl(string origin, OkraUser user, string code) =>
        $"{origin.TrimEnd('/')}/invitation?user={user.Id}&code={Uri.EscapeDataString(code)}";

    private static string Origin(HttpRequest http) => $"{http.Scheme}://{http.Host}";

    internal static UserResponse From(OkraUser u, Person p, DateTimeOffset now) =>
        new(u.Id, u.PersonId, p.Name, p.Email, u.Role, u.LockoutEnd > now, u.PasswordHash is not null, u.CreatedAt);
}
