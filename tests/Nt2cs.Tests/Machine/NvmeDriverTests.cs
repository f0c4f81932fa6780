using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary><c>tests/freestanding/nvme_rw.c</c> and the image file afterwards (<see cref="DiskDriverTests"/>).</summary>
[Collection("GuestMemory")]
public sealed class NvmeDriverTests(FreestandingPrograms programs) : DiskDriverTests(programs), IClassFixture<FreestandingPrograms>
{
    protected override string Program => "nvme_rw";

    protected override int PatternSectors => 338;

    /// <summary>The pattern nvme_rw.c's header states: byte o is (o / 512) * 31 + (o % 512) * 7 + 1, modulo 256.</summary>
    protected override byte PatternByte(int offset) => (byte)((offset / 512) * 31 + (offset % 512) * 7 + 1);

    protected override string WrittenMarker => "write lba 82 x256 status 0x00000000\n";

    protected override string FlushMarker => "flush status";

    protected override string FlushedMarker => "flush status 0x00000000\n";
}
