using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// A freestanding disk driver (<c>tests/freestanding/*_rw.c</c>) on the whole machine, and the image file
/// afterwards: with <c>--persist</c> the pattern the driver states is in the file byte for byte and the rest
/// untouched; without it the file is unchanged; a power cut before the driver's flush loses its writes; two runs
/// print the same bytes. Each device's class names its program, its pattern and the console lines that date it.
/// </summary>
public abstract class DiskDriverTests(FreestandingPrograms programs)
{
    /// <summary>The program under tests/freestanding.</summary>
    protected abstract string Program { get; }

    /// <summary>How many sectors from the start the driver writes its pattern to.</summary>
    protected abstract int PatternSectors { get; }

    /// <summary>The pattern the program's header states, byte <paramref name="offset"/> of the disk.</summary>
    protected abstract byte PatternByte(int offset);

    /// <summary>A console line that shows writes completed before the flush.</summary>
    protected abstract string WrittenMarker { get; }

    /// <summary>A console line that shows the flush was issued.</summary>
    protected abstract string FlushMarker { get; }

    protected (FreestandingPrograms.Outcome Outcome, byte[] Image) RunOnFreshDisk(bool persist, long? powerCutAt = null)
    {
        var program = FreestandingPrograms.Find(Program);
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

    protected void AssertPatternIn(byte[] image)
    {
        for (int o = 0; o < PatternSectors * 512; o++)
        {
            if (image[o] != PatternByte(o))
                Assert.Fail($"image byte {o} (sector {o / 512}) is 0x{image[o]:X2}, expected 0x{PatternByte(o):X2}");
        }
    }

    [Fact]
    public void PersistPutsThePatternInTheImageByteForByte()
    {
        var (outcome, image) = RunOnFreshDisk(persist: true);
        Assert.True(outcome.Status == 0, outcome.Stderr);
        Assert.Contains("mismatched bytes 0\n", Encoding.Latin1.GetString(outcome.Stdout));
        AssertPatternIn(image);
        for (int o = PatternSectors * 512; o < image.Length; o++)
        {
            if (image[o] != FreestandingPrograms.DiskFill)
                Assert.Fail($"image byte {o} (sector {o / 512}) past the pattern is 0x{image[o]:X2}");
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

    /// <summary>Cut after writes completed but before the flush: the image holds none of them.</summary>
    [Fact]
    public void APowerCutBeforeTheFlushLosesTheWrites()
    {
        long cut = 0;
        (FreestandingPrograms.Outcome Outcome, byte[] Image) run = default;
        for (long at = 50_000; at < 200_000_000; at *= 2)
        {
            run = RunOnFreshDisk(persist: true, powerCutAt: at);
            string console = Encoding.Latin1.GetString(run.Outcome.Stdout);
            if (console.Contains(FlushMarker, StringComparison.Ordinal))
                break;
            if (console.Contains(WrittenMarker, StringComparison.Ordinal))
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
