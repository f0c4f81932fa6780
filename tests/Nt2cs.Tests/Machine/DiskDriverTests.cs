using System.Text;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// A freestanding disk driver (<c>tests/freestanding/*_rw.c</c>) on the whole machine, and the image file
/// afterwards: with <c>--persist</c> the pattern the driver states is in the file byte for byte and the rest
/// untouched; without it the file is unchanged; a power cut just after its last write loses its writes, one just
/// after its flush keeps them; two runs print the same bytes. Each device's class names its program, its pattern
/// and the console lines that date it.
/// </summary>
public abstract class DiskDriverTests(FreestandingPrograms programs)
{
    /// <summary>The program under tests/freestanding.</summary>
    protected abstract string Program { get; }

    /// <summary>How many sectors from the start the driver writes its pattern to.</summary>
    protected abstract int PatternSectors { get; }

    /// <summary>The pattern the program's header states, byte <paramref name="offset"/> of the disk.</summary>
    protected abstract byte PatternByte(int offset);

    /// <summary>The console line the driver prints when its last write before the flush completed.</summary>
    protected abstract string WrittenMarker { get; }

    /// <summary>Console text that shows the flush was issued (absent just after <see cref="WrittenMarker"/>).</summary>
    protected abstract string FlushMarker { get; }

    /// <summary>The console line the driver prints when the flush completed.</summary>
    protected abstract string FlushedMarker { get; }

    protected (FreestandingPrograms.Outcome Outcome, byte[] Image) RunOnFreshDisk(bool persist, long? powerCutAt = null,
        Nt2cs.Machine.Pc.MachineKind? kind = null)
    {
        var program = FreestandingPrograms.Find(Program);
        string disk = FreestandingPrograms.CreateDisk(program.DiskSectors!.Value);
        try
        {
            var machine = FreestandingPrograms.WithDisk(program.Machine, disk) with { Persist = persist, PowerCutAt = powerCutAt };
            if (kind is { } chosen)
                machine = machine with { Kind = chosen };
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

    /// <summary>
    /// The earliest virtual time (to the nanosecond) at which a run cut then has printed <paramref name="line"/>,
    /// by bisection: the cut lands just after the guest passed that point.
    /// </summary>
    private long FirstCutShowing(string line)
    {
        long lo = 0, hi = 1_000_000_000;
        while (hi - lo > 1)
        {
            long mid = (lo + hi) / 2;
            var (outcome, _) = RunOnFreshDisk(persist: true, powerCutAt: mid);
            if (Encoding.Latin1.GetString(outcome.Stdout).Contains(line, StringComparison.Ordinal))
                hi = mid;
            else
                lo = mid;
        }
        return hi;
    }

    /// <summary>Cut just after the last write completed, before the flush: the image holds none of the writes.</summary>
    [Fact]
    public void APowerCutBeforeTheFlushLosesTheWrites()
    {
        long cut = FirstCutShowing(WrittenMarker);
        var (outcome, image) = RunOnFreshDisk(persist: true, powerCutAt: cut);
        Assert.Equal(0, outcome.Status);
        Assert.Contains($"power cut at {cut} ns", outcome.Stderr);
        Assert.DoesNotContain(FlushMarker, Encoding.Latin1.GetString(outcome.Stdout));
        Assert.All(image, b => Assert.Equal(FreestandingPrograms.DiskFill, b));
    }

    /// <summary>Cut just after the flush completed: everything written before it is in the image.</summary>
    [Fact]
    public void APowerCutAfterTheFlushKeepsTheWrites()
    {
        long cut = FirstCutShowing(FlushedMarker);
        var (outcome, image) = RunOnFreshDisk(persist: true, powerCutAt: cut);
        Assert.Contains($"power cut at {cut} ns", outcome.Stderr);
        Assert.DoesNotContain("mismatched bytes", Encoding.Latin1.GetString(outcome.Stdout));
        AssertPatternIn(image);
    }

    [Fact]
    public void RunsAreByteIdentical()
    {
        var first = RunOnFreshDisk(persist: false);
        var second = RunOnFreshDisk(persist: false);
        Assert.Equal(first.Outcome.Stdout, second.Outcome.Stdout);
    }
}
