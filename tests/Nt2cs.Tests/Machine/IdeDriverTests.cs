using System.Text;
using Nt2cs.Machine.Pc;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// <c>tests/freestanding/ide_rw.c</c> on the whole machine (pc, and q35 with the PIIX3 IDE function added), and
/// the image file afterwards: with <c>--persist</c> the pattern the driver states is in the file byte for byte
/// and the rest untouched; without it the file is unchanged; a power cut before the driver's flush loses its
/// writes, one after it keeps them.
/// </summary>
[Collection("GuestMemory")]
public sealed class IdeDriverTests(FreestandingPrograms programs) : IClassFixture<FreestandingPrograms>
{
    private const int PatternSectors = 338;

    /// <summary>The pattern ide_rw.c's header states: byte o is (o / 512) * 41 + (o % 512) * 3 + 7, modulo 256.</summary>
    private static byte PatternByte(int offset) => (byte)((offset / 512) * 41 + (offset % 512) * 3 + 7);

    private (FreestandingPrograms.Outcome Outcome, byte[] Image) RunOnFreshDisk(bool persist, long? powerCutAt = null,
        MachineKind kind = MachineKind.Pc)
    {
        var program = FreestandingPrograms.Find("ide_rw");
        string disk = FreestandingPrograms.CreateDisk(program.DiskSectors!.Value);
        try
        {
            var machine = FreestandingPrograms.WithDisk(program.Machine, disk) with { Kind = kind, Persist = persist, PowerCutAt = powerCutAt };
            var outcome = programs.Run(program, machine);
            return (outcome, File.ReadAllBytes(disk));
        }
        finally
        {
            File.Delete(disk);
        }
    }

    private static void AssertPatternThenFill(byte[] image)
    {
        for (int o = 0; o < image.Length; o++)
        {
            byte expected = o < PatternSectors * 512 ? PatternByte(o) : FreestandingPrograms.DiskFill;
            if (image[o] != expected)
                Assert.Fail($"image byte {o} (sector {o / 512}) is 0x{image[o]:X2}, expected 0x{expected:X2}");
        }
    }

    [Fact]
    public void TheDriveIsAnIdeDiskByDefaultOnPc()
    {
        var program = FreestandingPrograms.Find("ide_rw");
        Assert.Equal(MachineKind.Pc, program.Machine.Kind);
        Assert.Equal(Nt2cs.Machine.Pc.DriveType.Ide, Assert.Single(program.Machine.Drives).Type);
    }

    [Theory]
    [InlineData(MachineKind.Pc)]
    [InlineData(MachineKind.Q35)]
    public void PersistPutsThePatternInTheImageByteForByte(MachineKind kind)
    {
        var (outcome, image) = RunOnFreshDisk(persist: true, kind: kind);
        Assert.True(outcome.Status == 0, outcome.Stderr);
        string console = Encoding.Latin1.GetString(outcome.Stdout);
        Assert.Contains("mismatched bytes 0\n", console);
        // q35 has no PIIX3: the IDE function is added after the chipset's functions, at the first free device.
        Assert.Contains(kind == MachineKind.Pc ? "ide at 00:0x00000001.1 " : "ide at 00:0x00000004.0 ", console);
        AssertPatternThenFill(image);
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
    /// The earliest virtual time (to the nanosecond) at which a run cut then has printed <paramref name="line"/>: found by
    /// bisection, so the cut lands just after the guest passed that point.
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

    /// <summary>Cut after the last write completed but before FLUSH CACHE EXT: the image holds none of the writes.</summary>
    [Fact]
    public void APowerCutBeforeTheFlushLosesTheWrites()
    {
        long cut = FirstCutShowing("write lba 82 x256 (dma, 3 prds) status 0x00040050\n");
        var (outcome, image) = RunOnFreshDisk(persist: true, powerCutAt: cut);
        Assert.Equal(0, outcome.Status);
        Assert.Contains($"power cut at {cut} ns", outcome.Stderr);
        // The driver prints this line in full before it issues the flush.
        Assert.DoesNotContain("writes done, flushing\n", Encoding.Latin1.GetString(outcome.Stdout));
        Assert.All(image, b => Assert.Equal(FreestandingPrograms.DiskFill, b));
    }

    /// <summary>Cut just after the flush completed: everything written before it is in the image.</summary>
    [Fact]
    public void APowerCutAfterTheFlushKeepsTheWrites()
    {
        long cut = FirstCutShowing("flush cache ext status 0x00000050\n");
        var (outcome, image) = RunOnFreshDisk(persist: true, powerCutAt: cut);
        Assert.Contains($"power cut at {cut} ns", outcome.Stderr);
        Assert.DoesNotContain("mismatched bytes", Encoding.Latin1.GetString(outcome.Stdout));
        for (int o = 0; o < PatternSectors * 512; o++)
            if (image[o] != PatternByte(o))
                Assert.Fail($"image byte {o} (sector {o / 512}) is 0x{image[o]:X2}, expected 0x{PatternByte(o):X2}");
    }

    [Fact]
    public void RunsAreByteIdentical()
    {
        var first = RunOnFreshDisk(persist: false);
        var second = RunOnFreshDisk(persist: false);
        Assert.Equal(first.Outcome.Stdout, second.Outcome.Stdout);
    }
}
