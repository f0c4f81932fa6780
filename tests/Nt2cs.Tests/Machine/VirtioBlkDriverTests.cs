using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// <c>tests/freestanding/virtio_blk_rw.c</c> and the image file afterwards (<see cref="DiskDriverTests"/>), and a
/// power cut after the flush, which keeps every write.
/// </summary>
[Collection("GuestMemory")]
public sealed class VirtioBlkDriverTests(FreestandingPrograms programs) : DiskDriverTests(programs), IClassFixture<FreestandingPrograms>
{
    protected override string Program => "virtio_blk_rw";

    protected override int PatternSectors => 338;

    /// <summary>The pattern virtio_blk_rw.c's header states: byte o is (o / 512) * 37 + (o % 512) * 5 + 3, modulo 256.</summary>
    protected override byte PatternByte(int offset) => (byte)((offset / 512) * 37 + (offset % 512) * 5 + 3);

    protected override string WrittenMarker => "write sector 1 x8 (4 chained descriptors) status 0";

    protected override string FlushMarker => "flush (";

    /// <summary>Cut after the flush: everything written before it is in the image.</summary>
    [Fact]
    public void APowerCutAfterTheFlushKeepsTheWrites()
    {
        long cut = 0;
        (FreestandingPrograms.Outcome Outcome, byte[] Image) run = default;
        for (long at = 50_000; at < 400_000_000; at *= 2)
        {
            run = RunOnFreshDisk(persist: true, powerCutAt: at);
            string console = Encoding.Latin1.GetString(run.Outcome.Stdout);
            if (console.Contains("flush (2 chained descriptors) status 0", StringComparison.Ordinal) && !console.Contains("reset:", StringComparison.Ordinal))
            {
                cut = at;
                break;
            }
        }
        Assert.True(cut > 0, "no cut time fell between the flush and the end of the run");
        Assert.Contains($"power cut at {cut} ns", run.Outcome.Stderr);
        AssertPatternIn(run.Image);
    }
}
