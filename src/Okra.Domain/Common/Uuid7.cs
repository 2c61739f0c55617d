using System.Security.Cryptography;

namespace Okra.Domain.Common;

/// <summary>
/// RFC 9562 version 7 UUIDs (48-bit Unix milliseconds, version 7, a 12-bit counter in <c>rand_a</c>, variant <c>10</c>,
/// 62 random bits) for records made by the hundred thousand, as the sales ingestion makes them:
/// <see cref="Guid.CreateVersion7()"/> asks the operating system for random bytes once per id, this fills a block of
/// 256 ids' worth at a time from <see cref="RandomNumberGenerator"/>, per thread. Within one thread the ids only grow
/// (RFC 9562 §6.2 method 1: the counter starts at a random value below 2,048 each millisecond and counts up; if it
/// runs out, or the clock goes back, the timestamp is carried on from the last id), so rows inserted in the order they
/// were made extend their primary-key index at its end.
/// </summary>
public static class Uuid7
{
    private const int BlockIds = 256;
    private const int RandomBytesPerId = 10;

    [ThreadStatic] private static byte[]? random;
    [ThreadStatic] private static int used;
    [ThreadStatic] private static long lastMilliseconds;
    [ThreadStatic] private static int counter;

    /// <summary>A new version 7 UUID for now.</summary>
    public static Guid NewGuid() => NewGuid(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    /// <summary>A new version 7 UUID for <paramref name="unixMilliseconds"/> (or the last id's time, if that is later).</summary>
    internal static Guid NewGuid(long unixMilliseconds)
    {
        var block = random ??= new byte[BlockIds * RandomBytesPerId];
        if (used == 0) RandomNumberGenerator.Fill(block);
        var r = block.AsSpan(used * RandomBytesPerId, RandomBytesPerId);
        used = (used + 1) % BlockIds;
        if (unixMilliseconds > lastMilliseconds)
        {
            lastMilliseconds = unixMilliseconds;
            counter = ((r[0] << 8) | r[1]) & 0x7FF;
        }
        else if (++counter > 0xFFF)
        {
            lastMilliseconds++;
            counter = ((r[0] << 8) | r[1]) & 0x7FF;
        }
        Span<byte> bytes = stackalloc byte[16];
        var ms = lastMilliseconds;
        for (var i = 5; i >= 0; i--, ms >>= 8) bytes[i] = (byte)ms;
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (r[2] & 0x3F));
        r[3..].CopyTo(bytes[9..]);
        return new Guid(bytes, bigEndian: true);
    }
}
