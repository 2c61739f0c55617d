using Okra.Domain.Common;

namespace Okra.Domain.Tests.Common;

public sealed class Uuid7Tests
{
    private static byte[] Bytes(Guid id) => id.ToByteArray(bigEndian: true);

    private static long Milliseconds(Guid id)
    {
        var b = Bytes(id);
        return b.Take(6).Aggregate(0L, (ms, x) => (ms << 8) | x);
    }

    /// <summary>
    /// Runs a test that gives the generator a time of its own on a thread of its own: the generator's last time is per
    /// thread, and a time in the future would carry on into the next test on the same thread.
    /// </summary>
    private static void OnOwnThread(Action test)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { test(); }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }

    [Fact]
    public void NewGuid_HasVersion7AndVariant10()
    {
        for (var i = 0; i < 2_000; i++)
        {
            var id = Uuid7.NewGuid();
            Assert.Equal(7, id.Version);
            Assert.Equal(0x80, Bytes(id)[8] & 0xC0);
            Assert.Equal(0x70, Bytes(id)[6] & 0xF0);
        }
    }

    [Fact]
    public void NewGuid_CarriesTheCurrentUnixMilliseconds()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = Uuid7.NewGuid();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(Milliseconds(id), before, after);
    }

    [Fact]
    public void NewGuid_InOneThread_GrowsStrictlyInByteOrder_AcrossBlocksAndWithinAMillisecond()
    {
        var ids = Enumerable.Range(0, 100_000).Select(_ => Uuid7.NewGuid()).ToList();
        for (var i = 1; i < ids.Count; i++)
            Assert.True(Bytes(ids[i - 1]).AsSpan().SequenceCompareTo(Bytes(ids[i])) < 0, $"id {i} is not after id {i - 1}");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void NewGuid_SameMillisecondBeyondTheCounter_CarriesTheTimestampOn() => OnOwnThread(() =>
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 60_000;
        var ids = Enumerable.Range(0, 5_000).Select(_ => Uuid7.NewGuid(ms)).ToList();
        for (var i = 1; i < ids.Count; i++) Assert.True(Bytes(ids[i - 1]).AsSpan().SequenceCompareTo(Bytes(ids[i])) < 0);
        Assert.Equal(ms, Milliseconds(ids[0]));
        Assert.True(Milliseconds(ids[^1]) > ms, "4,096 counter values in one millisecond cannot hold 5,000 ids");
        Assert.All(ids, id => Assert.Equal(7, id.Version));
    });

    [Fact]
    public void NewGuid_ClockGoingBack_StaysAfterTheLastId() => OnOwnThread(() =>
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 120_000;
        var later = Uuid7.NewGuid(ms);
        var earlier = Uuid7.NewGuid(ms - 5_000);
        Assert.True(Bytes(later).AsSpan().SequenceCompareTo(Bytes(earlier)) < 0);
    });

    [Fact]
    public void NewGuid_OnManyThreads_IsUnique()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Parallel.For(0, 8, _ => { for (var i = 0; i < 20_000; i++) ids.Add(Uuid7.NewGuid()); });
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
