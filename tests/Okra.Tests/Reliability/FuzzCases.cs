using System.Text;
using System.Text.Json.Nodes;

namespace Okra.Tests.Reliability;

/// <summary>One malformed request body and what was done to it, for the failure message.</summary>
public sealed record FuzzCase(string What, byte[] Body);

/// <summary>
/// Deterministic (seeded) bodies that no endpoint may accept: each is broken in a way that cannot turn into a valid
/// request by chance — garbage, cut-off JSON, invalid UTF-8, another encoding, nesting past any limit, numbers out
/// of range of every numeric type (beyond decimal), a value of the wrong type, a 10 MB text.
/// </summary>
public static class FuzzCases
{
    private static readonly string[] OutOfRange = ["1e400", "-1e400", "79228162514264337593543950336", "-79228162514264337593543950336", "1e29"];
    private static readonly string[] WrongTypes = ["true", "[]", "{}", "\"\\u0000\"", "[1,2]", "{\"a\":1}"];

    public static FuzzCase Next(Random random, JsonObject valid, string[] numericFields, string[] dateFields)
    {
        var json = valid.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(8))
        {
            case 0:
                var noise = new byte[random.Next(1, 600)];
                random.NextBytes(noise);
                noise[0] = (byte)random.Next(0x80, 0x100); // never '{' or white space: not JSON from the first byte
                return new("random bytes", noise);
            case 1:
                var cut = random.Next(0, bytes.Length - 1);
                return new($"truncated at {cut} of {bytes.Length}", bytes[..cut]);
            case 2:
                var at = json.IndexOf("\":\"", StringComparison.Ordinal) + 3;
                byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE];
                return new("invalid UTF-8 in a string", [.. bytes[..at], .. invalid, .. bytes[at..]]);
            case 3:
                return new("UTF-16 instead of UTF-8", Encoding.Unicode.GetBytes(json));
            case 4:
                var depth = random.Next(70, 20_000);
                return new($"nested {depth} deep", With(valid, Field(random, valid), new string('[', depth) + new string(']', depth)));
            case 5 when numericFields.Length > 0:
                var number = OutOfRange[random.Next(OutOfRange.Length)];
                var numeric = numericFields[random.Next(numericFields.Length)];
                return new($"{numeric} = {number}", With(valid, numeric, number));
            case 6 when dateFields.Length > 0:
                var date = random.Next(2) == 0 ? "\"0001-01-01\"" : "\"9999-12-31\"";
                var dateField = dateFields[random.Next(dateFields.Length)];
                return new($"{dateField} = {date}", With(valid, dateField, date));
            default:
                var field = Field(random, valid);
                var wrong = WrongTypes[random.Next(WrongTypes.Length)];
                return new($"{field} = {wrong}", With(valid, field, wrong));
        }
    }

    /// <summary>A 10 MB value in <paramref name="field"/>.</summary>
    public static FuzzCase Huge(JsonObject valid, string field) => new($"{field} of 10 MB", With(valid, field, "\"" + new string('x', 10 * 1024 * 1024) + "\""));

    private static string Field(Random random, JsonObject valid) => valid.ElementAt(random.Next(valid.Count)).Key;

    /// <summary>The valid body with <paramref name="field"/> set to the raw JSON text <paramref name="raw"/>.</summary>
    private static byte[] With(JsonObject valid, string field, string raw)
    {
        var parts = valid.Select(p => $"\"{p.Key}\":" + (p.Key == field ? raw : p.Value?.ToJsonString() ?? "null"));
        return Encoding.UTF8.GetBytes("{" + string.Join(',', parts) + "}");
    }
}
