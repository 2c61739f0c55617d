using Okra.Domain.Access;

namespace Okra.Accounts;

public sealed record SignInRequest(string? Email, string? Password, bool? RememberMe);

public sealed record MeResponse(Guid UserId, Guid PersonId, string Name, string Email, string Locale, AccountRole Role, IReadOnlyCollection<Guid> LedTeamIds, IReadOnlyCollection<Guid> TeamIds);

public sealed record AcceptInvitationRequest(Guid? UserId, string? Code, string? Password);

public sealed record UserResponse(Guid Id, Guid PersonId, string Name, string Email, AccountRole Role, bool LockedOut, bool HasPassword, DateTimeOffset CreatedAt);

/// <summary>A new account: a new person (name, e-mail, locale) or an existing one (personId).</summary>
public sealed record CreateUserRequest(Guid? PersonId, string? Name, string? Email, string? Locale, AccountRole? Role);

/// <summary>The account and its one-time invitation link, valid 7 days.</summary>
public sealed record InvitationResponse(UserResponse User, string InvitationUrl, DateTimeOffset ExpiresAt);

public sealed record RoleRequest(AccountRole? Role);

public sealed record PasswordResetResponse(Guid UserId, string Password);

public sealed record TokenRequest(string? Name, TokenScope? Scope, int? ExpiresInDays, Guid? UserId);

public sealed record TokenResponse(Guid Id, Guid UserId, string Name, string Prefix, TokenScope Scope, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static TokenResponse From(ApiToken t) => new(t.Id, t.UserId, t.Name, t.Prefix, t.Scope, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}

/// <summary>A new token: the secret is in this answer only.</summary>
public sealed record CreatedTokenResponse(TokenResponse Token, string Secret);
