using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Okra.Domain.Integrations;

/// <summary>
/// The signature of a generic webhook: <c>Okra-Signature: sha256=HEX</c>, the HMAC-SHA256 with the subscription's secret
/// over <c>TIMESTAMP.BODY</c>, where <c>Okra-Timestamp</c> carries TIMESTAMP as Unix seconds. The timestamp is inside the
/// signed content, so a receiver that rejects old timestamps rejects replays.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the Unix time of sending.</summary>
    public const string TimestampHeader = "Okra-Timestamp";

    /// <summary>The header carrying <c>sha256=HEX</c>.</summary>
    public const string SignatureHeader = "Okra-Signature";

    /// <summary>How far a timestamp may lie from the receiver's clock by default.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));
    }

    /// <summary>
    /// What a receiver checks: the signature matches (compared in constant time) and the timestamp lies within
    /// <paramref name="tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool IsValid(string secret, string? timestamp, string body, string? signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (signature is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
