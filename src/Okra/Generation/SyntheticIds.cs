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

    public static void Set(object entity, string property, object value) =>
        entity.GetType().GetProperty(property, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!
            .GetSetMethod(nonPublic: true)!.Invoke(entity, [value]);
}
