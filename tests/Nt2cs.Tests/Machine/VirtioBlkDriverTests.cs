using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// <c>tests/freestanding/virtio_blk_rw.c</c> on the whole machine, and the image file afterwards: with
/// <c>--persist</c> the pattern the driver states is in the file byte for byte and the rest untouched; without it
/// the file is unchanged; a power cut before the driver's flush loses its writes.
/// </summary>
[Collection("GuestMemory")]
public sealed class VirtioBlkDriverTests(FreestandingPrograms programs) : IClassFixture<FreestandingPrograms>
{
    private const int PatternSectors = 338;

    /// <summary>The pattern virtio_blk_rw.c's header states: byte o is (o / 512) * 37 + (o % 512) * 5 + 3, modulo 256.</summary>
    private static byte PatternByte(int offset) => (byte)((offset / 512) * 37 + (offset % 512) * 5 + 3);

    private (FreestandingPrograms.Outcome Outcome, byte[] Image) RunOnFreshDisk(bool persist, long? powerCutAt = null)
    {
        var program = FreestandingPrograms.Find("virtio_blk_rw");
        string disk = FreestandingPrograms.CreateDisk(program.DiskSectors!.Value);
        try
        {
            var machine = FreestandingPrograms.WithDisk(program.Machine, disk) with { Persist = persist, PowerCutAt = powerCutAt };
            var outcome = programs.Run(program, machine);
            return (outcome, File.ReadAllBytes(disk));
        }
        finally
        {
            File.Delete(disk);
        }
    }

    [Fact]
    public void PersistPutsThePatternInTheImageByteForByte()
    {
        var (outcome, image) = RunOnFreshDisk(persist: true);
        Assert.True(outcome.Status == 0, outcome.Stderr);
        Assert.Contains("mismatched bytes 0\n", Encoding.Latin1.GetString(outcome.Stdout));
        for (int o = 0; o < image.Length; o++)
        {
            byte expected = o < PatternSectors * 512 ? PatternByte(o) : FreestandingPrograms.DiskFill;
            if (image[o] != expected)
                Assert.Fail($"image byte {o} (sector {o / 512}) is 0x{image[o]:X2}, expected 0x{expected:X2}");
        }
    }

    [Fact]
    public void WithoutPersistTheImageIsUnchanged()
    {
        var (outcome, image) = RunOnFreshDisk(persist: false);
        Assert.True(outcome.Status == 0, outcome.Stderr);
        Assert.Contains("mismatched bytes 0\n", Encoding.Latin1.GetString(outcome.Stdout));
        Assert.All(image, b => Assert.Equal(FreestandingPrograms.DiskFill, b));
    }

    /// <summary>Cut after the first writes completed but before the flush: the image holds none of them.</summary>
    [Fact]
    public void APowerCutBeforeTheFlushLosesTheWrites()
    {
        long cut = 0;
        (FreestandingPrograms.Outcome Outcome, byte[] Image) run = default;
        for (long at = 50_000; at < 200_000_000; at *= 2)
        {
            run = RunOnFreshDisk(persist: true, powerCutAt: at);
            string console = Encoding.Latin1.GetString(run.Outcome.Stdout);
            if (console.Contains("flush (", StringComparison.Ordinal))
                break;
            if (console.Contains("write sector 1 x8 (4 chained descriptors) status 0", StringComparison.Ordinal))
            {
                cut = at;
                break;
            }
        }
        Assert.True(cut > 0, "no cut time fell between the writes and the flush");
        Assert.Equal(0, run.Outcome.Status);
        Assert.Contains($"power cut at {cut} ns", run.Outcome.Stderr);
        Assert.All(run.Image, b => Assert.Equal(FreestandingPrograms.DiskFill, b));
    }

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
        for (int o = 0; o < PatternSectors * 512; o++)
            if (run.Image[o] != PatternByte(o))
                Assert.Fail($"image byte {o} (sector {o / 512}) is 0x{run.Image[o]:X2}, expected 0x{PatternByte(o):X2}");
    }

    [Fact]
    public void RunsAreByteIdentical()
    {
        var first = RunOnFreshDisk(persist: false);
        var second = RunOnFreshDisk(persist: false);
        Assert.Equal(first.Outcome.Stdout, second.Outcome.Stdout);
    }
}
