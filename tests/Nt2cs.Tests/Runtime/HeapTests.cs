using Nt2cs.Runtime;
using Xunit;

namespace Nt2cs.Tests.Runtime;

/// <summary>malloc's reuse of freed blocks: exact sizes first, then the smallest larger one, never a smaller one.</summary>
[Collection("GuestMemory")]
public sealed class HeapTests
{
    [Fact]
    public void FreedBlocksAreReusedBySizeAndNeverTooSmall()
    {
        using var guest = new GuestRuntime();
        var a = CLib.malloc(40);
        var b = CLib.malloc(40);
        var big = CLib.malloc(10_000);
        CLib.free(a);
        CLib.free(b);
        // The most recently freed block of the size, then the other one.
        Assert.Equal(b, CLib.malloc(33));
        Assert.Equal(a, CLib.malloc(40));
        var small = CLib.malloc(16);
        CLib.free(small);
        // A larger request never gets the 16-byte block; a smaller one takes the smallest free block that fits.
        var larger = CLib.malloc(24);
        Assert.NotEqual(small, larger);
        Assert.Equal(small, CLib.malloc(8));
        CLib.free(big);
        Assert.Equal(big, CLib.malloc(9_000));
        Assert.Throws<SehException>(() => CLib.free(new Ptr<CVoid>(big.Address + 8)));
    }

    [Fact]
    public void ManyFreedSmallBlocksDoNotSlowAllocation()
    {
        using var guest = new GuestRuntime();
        // 100,000 freed 32-byte blocks, then 100,000 requests of 40 bytes that none of them can serve: with the old
        // first-fit scan of a bin (10^10 steps) this test would not finish.
        var blocks = Enumerable.Range(0, 100_000).Select(_ => CLib.malloc(32)).ToList();
        foreach (var block in blocks)
            CLib.free(block);
        for (int i = 0; i < 100_000; i++)
            Assert.False(CLib.malloc(40).IsNull);
        // And the freed ones are all reused for their own size.
        var reused = Enumerable.Range(0, 100_000).Select(_ => CLib.malloc(32)).ToHashSet();
        Assert.True(reused.SetEquals(blocks));
    }
}
