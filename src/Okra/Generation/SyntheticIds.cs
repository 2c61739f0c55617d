using System.Collections.Concurrent;
using System.Reflection;

namespace Okra.Generation;

/// <summary>
/// Ids from the seed, so that the same seed gives the same rows. Domain constructors draw time-based ids; the
/// generator replaces them before anything refers to them.
/// </summary>
internal sealed class SyntheticIds(Random random)
{
    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x40); // version 4, variant 1: a well-formed random Guid
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes);
    }

    public T Assign<T>(T entity) where T : class
    {
        Set(entity, "Id", Next());
        return entity;
    }

    // A million check-ins get their ids here: each (type, property) setter is looked up once.
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> Setters = new();

    public static void Set(object entity, string property, object value) =>
        Setters.GetOrAdd((entity.GetType(), property), key =>
                key.Item1.GetProperty(key.Item2, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetSetMethod(nonPublic: true)!)
            .Invoke(entity, [value]);
}

/// <summary>
/// Ids that ascend with a row's number, as the domain's time-based (version 7) ids ascend with time: the number in the
/// first 48 bits, then bits drawn once from the seed. Their text form, which SQLite keeps, sorts in the same order.
/// </summary>
internal sealed class SequentialIds
{
    private readonly ushort version;
    private readonly byte[] tail = new byte[8];

    public SequentialIds(Random random)
    {
        version = (ushort)(0x7000 | random.Next(0x1000));
        random.NextBytes(tail);
        tail[0] = (byte)(tail[0] & 0x3F | 0x80);
    }

    public Guid Next(long number) => new((uint)(number >> 16), (ushort)number, version,
        tail[0], tail[1], tail[2], tail[3], tail[4], tail[5], tail[6], tail[7]);
}
