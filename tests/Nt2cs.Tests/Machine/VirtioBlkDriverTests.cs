using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary><c>tests/freestanding/virtio_blk_rw.c</c> and the image file afterwards (<see cref="DiskDriverTests"/>).</summary>
[Collection("GuestMemory")]
public sealed class VirtioBlkDriverTests(FreestandingPrograms programs) : DiskDriverTests(programs), IClassFixture<FreestandingPrograms>
{
    protected override string Program => "virtio_blk_rw";

    protected override int PatternSectors => 338;

    /// <summary>The pattern virtio_blk_rw.c's header states: byte o is (o / 512) * 37 + (o % 512) * 5 + 3, modulo 256.</summary>
    protected override byte PatternByte(int offset) => (byte)((offset / 512) * 37 + (offset % 512) * 5 + 3);

    protected override string WrittenMarker => "write sector 82 x256 (34 descriptors in an indirect table) status 0 used 1\n";

    protected override string FlushMarker => "flush (";

    protected override string FlushedMarker => "flush (2 chained descriptors) status 0 used 1\n";
}
