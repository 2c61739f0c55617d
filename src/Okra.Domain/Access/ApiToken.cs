using System.Security.Cryptography;
using System.Text;
using Okra.Domain.Common;

namespace Okra.Domain.Access;

/// <summary>What a token may do: read only, or read and write with its person's rights.</summary>
public enum TokenScope
{
    /// <summary>GET requests only.</summary>
    Read,

    /// <summary>Everything its person may do.</summary>
    Write,
}

/// <summary>
/// A personal API token. The secret is shown once when issued; only its SHA-256 hash is stored, so a leaked database
/// does not leak usable tokens.
/// </summary>
public sealed class ApiToken
{
    /// <summary>Every secret starts with this, so a scanner can spot an Okra token in a log or a repository.</summary>
    public const string SecretPrefix = "okra_";

    private ApiToken() { }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The account it acts for.</summary>
    public Guid UserId { get; private set; }

    /// <summary>What the owner called it, e.g. "HubSpot sync".</summary>
    public string Name { get; private set; } = "";

    /// <summary>The first characters of the secret, to recognise it in a list.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>Hex SHA-256 of the secret.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>Read or write.</summary>
    public TokenScope Scope { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was last used; updated at most once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Issues a token valid for <paramref name="lifetime"/> (1 day to 2 years); returns it with its one-time secret.</summary>
    public static (ApiToken Token, string Secret) Issue(Guid userId, string name, TokenScope scope, TimeSpan lifetime, DateTimeOffset now)
    {
        if (lifetime < TimeSpan.FromDays(1) || lifetime > TimeSpan.FromDays(731))
            throw new DomainValidationException("expires", "must be between 1 day and 2 years.");
        var secret = SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = Guard.Text(name, "name", 100),
            Prefix = secret[..(SecretPrefix.Length + 6)],
            Hash = HashOf(secret),
            Scope = Guard.Defined(scope, "scope"),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        return (token, secret);
    }

    /// <summary>The stored form of a secret.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True while neither expired nor revoked.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Records a use, at most once a minute so that reads do not turn into writes.</summary>
    public bool Touch(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1)) return false;
        LastUsedAt = now;
        return true;
    }

    /// <summary>Revokes the token; it fails from its next use on.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
