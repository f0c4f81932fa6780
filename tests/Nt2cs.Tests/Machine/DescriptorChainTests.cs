using Nt2cs.Machine.Devices.Virtio;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// A descriptor chain's byte streams as a device walks them: buffers that follow each other in guest RAM come as
/// one span, so a request described page by page reaches the disk image in one piece.
/// </summary>
public sealed class DescriptorChainTests
{
    private static List<(uint Address, int Length)> Spans(DescriptorChain chain, bool writable, long start, long length)
    {
        var spans = new List<(uint, int)>();
        chain.ForEachSpan(writable, start, length, ref spans, static (ref List<(uint, int)> s, uint address, int n) => s.Add((address, n)));
        return spans;
    }

    private static DescriptorChain Request()
    {
        var chain = new DescriptorChain();
        chain.Clear(0);
        chain.Add(0x1000, 16, writable: false);     // the header
        chain.Add(0x2000, 4096, writable: true);    // two consecutive pages
        chain.Add(0x3000, 4096, writable: true);
        chain.Add(0x5000, 512, writable: true);     // after a gap
        chain.Add(0x5200, 1, writable: true);       // the status byte, right after it
        return chain;
    }

    [Fact]
    public void ConsecutiveBuffersAreOneSpanAndAGapStartsAnother()
    {
        Assert.Equal([(0x2000u, 8192), (0x5000u, 512)], Spans(Request(), writable: true, 0, 8192 + 512));
    }

    [Fact]
    public void TheStreamIsCutAtStartAndLengthInsideBuffers()
    {
        Assert.Equal([(0x2064u, 8000)], Spans(Request(), writable: true, 100, 8000));
        Assert.Equal([(0x2064u, 8092), (0x5000u, 12)], Spans(Request(), writable: true, 100, 8104));
        Assert.Equal([(0x2000u, 8192), (0x5000u, 513)], Spans(Request(), writable: true, 0, 8192 + 513));
    }

    [Fact]
    public void ReadableAndWritableStreamsStayApart()
    {
        Assert.Equal([(0x1000u, 16)], Spans(Request(), writable: false, 0, 16));
    }
}
