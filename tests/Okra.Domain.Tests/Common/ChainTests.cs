using Okra.Domain.Common;

namespace Okra.Domain.Tests.Common;

public sealed class ChainTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    private static Func<Guid, Guid?> Links(Dictionary<Guid, Guid> parents) =>
        id => parents.TryGetValue(id, out var parent) ? parent : null;

    [Fact]
    public void Reaches_StartIsSelf_IsTrue() => Assert.True(Chain.Reaches(A, A, _ => null));

    [Fact]
    public void Reaches_SelfUpTheChain_IsTrue()
    {
        // C → B → A: making C the parent of A would close A → C → B → A.
        Assert.True(Chain.Reaches(A, C, Links(new() { [C] = B, [B] = A })));
    }

    [Fact]
    public void Reaches_ChainEndingElsewhere_IsFalse()
    {
        Assert.False(Chain.Reaches(A, C, Links(new() { [C] = B })));
        Assert.False(Chain.Reaches(A, null, Links(new() { [C] = B })));
    }

    [Fact]
    public void Reaches_ExistingLoopNotThroughSelf_EndsAndIsFalse()
    {
        // B → C → D → C …: the walk stops at the repeat instead of spinning.
        Assert.False(Chain.Reaches(A, B, Links(new() { [B] = C, [C] = D, [D] = C })));
    }
}
