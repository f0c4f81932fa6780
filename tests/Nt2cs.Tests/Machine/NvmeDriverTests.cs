using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// <c>tests/freestanding/nvme_rw.c</c> on the whole machine, and the image file afterwards: with
/// <c>--persist</c> the pattern the driver states is in the file byte for byte and the rest untouched; without it
/// the file is unchanged; a power cut before the driver's flush loses its writes.
/// </summary>
[Collection("GuestMemory")]
public sealed class NvmeDriverTests(FreestandingPrograms programs) : IClassFixture<FreestandingPrograms>
{
    private const int PatternSectors = 338;

    /// <summary>The pattern nvme_rw.c's header states: byte o is (o / 512) * 31 + (o % 512) * 7 + 1, modulo 256.</summary>
    private static byte PatternByte(int offset) => (byte)((offset / 512) * 31 + (offset % 512) * 7 + 1);

    private (FreestandingPrograms.Outcome Outcome, byte[] Image) RunOnFreshDisk(bool persist, long? powerCutAt = null)
    {
        var program = FreestandingPrograms.Find("nvme_rw");
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
        var (full, _) = RunOnFreshDisk(persist: true);
        Assert.Equal(0, full.Status);
        // Find a time after "write lba 1" was printed and before "flush": cut at increasing times until the
        // console shows the second write but not the flush.
        long cut = 0;
        (FreestandingPrograms.Outcome Outcome, byte[] Image) run = default;
        for (long at = 50_000; at < 200_000_000; at *= 2)
        {
            run = RunOnFreshDisk(persist: true, powerCutAt: at);
            string console = Encoding.Latin1.GetString(run.Outcome.Stdout);
            if (console.Contains("flush status", StringComparison.Ordinal))
                break;
            if (console.Contains("write lba 1 x8 status 0x00000000", StringComparison.Ordinal))
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

    [Fact]
    public void RunsAreByteIdentical()
    {
        var first = RunOnFreshDisk(persist: false);
        var second = RunOnFreshDisk(persist: false);
        Assert.Equal(first.Outcome.Stdout, second.Outcome.Stdout);
    }
}
