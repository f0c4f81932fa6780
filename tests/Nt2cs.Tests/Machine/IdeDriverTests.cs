using System.Text;
using Nt2cs.Machine.Pc;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// <c>tests/freestanding/ide_rw.c</c> and the image file afterwards (<see cref="DiskDriverTests"/>), on pc, where the
/// drive is an IDE disk by default, and on q35 with the PIIX3 IDE function added.
/// </summary>
[Collection("GuestMemory")]
public sealed class IdeDriverTests(FreestandingPrograms programs) : DiskDriverTests(programs), IClassFixture<FreestandingPrograms>
{
    protected override string Program => "ide_rw";

    protected override int PatternSectors => 338;

    /// <summary>The pattern ide_rw.c's header states: byte o is (o / 512) * 41 + (o % 512) * 3 + 7, modulo 256.</summary>
    protected override byte PatternByte(int offset) => (byte)((offset / 512) * 41 + (offset % 512) * 3 + 7);

    protected override string WrittenMarker => "write lba 82 x256 (dma, 3 prds) status 0x00040040\n";

    /// <summary>The driver prints this line in full before it issues FLUSH CACHE EXT.</summary>
    protected override string FlushMarker => "writes done, flushing\n";

    protected override string FlushedMarker => "flush cache ext status 0x00000040\n";

    [Fact]
    public void TheDriveIsAnIdeDiskByDefaultOnPc()
    {
        var program = FreestandingPrograms.Find("ide_rw");
        Assert.Equal(MachineKind.Pc, program.Machine.Kind);
        Assert.Equal(Nt2cs.Machine.Pc.DriveType.Ide, Assert.Single(program.Machine.Drives).Type);
    }

    /// <summary>Where the function is: PIIX3's 00:01.1 on pc; on q35, which has no PIIX3, the first free device.</summary>
    [Theory]
    [InlineData(MachineKind.Pc, "ide at 00:0x00000001.1 ")]
    [InlineData(MachineKind.Q35, "ide at 00:0x00000004.0 ")]
    public void TheDriverFindsTheFunctionAndWritesThePatternOnEachMachine(MachineKind kind, string found)
    {
        var (outcome, image) = RunOnFreshDisk(persist: true, kind: kind);
        Assert.True(outcome.Status == 0, outcome.Stderr);
        string console = Encoding.Latin1.GetString(outcome.Stdout);
        Assert.Contains("mismatched bytes 0\n", console);
        Assert.Contains(found, console);
        AssertPatternIn(image);
    }
}
