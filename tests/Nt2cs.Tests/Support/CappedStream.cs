namespace Nt2cs.Tests.Support;

/// <summary>
/// Captures a guest's output up to a limit, then fails its writes, so a program printing in an endless loop ends
/// (the runtime stops it on a failed write) instead of growing a buffer until the test host dies.
/// </summary>
public sealed class CappedStream(int limit) : MemoryStream
{
    public const int DefaultLimit = 64 << 20;

    public CappedStream() : this(DefaultLimit) { }

    // MemoryStream sends a derived type's span writes through Write(byte[], …), so these two see every byte.
    public override void Write(byte[] buffer, int offset, int count)
    {
        Reserve(count);
        base.Write(buffer, offset, count);
    }

    public override void WriteByte(byte value)
    {
        Reserve(1);
        base.WriteByte(value);
    }

    private void Reserve(int count)
    {
        if (Length + count > limit)
            throw new IOException($"output limit of {limit} bytes exceeded");
    }
}
