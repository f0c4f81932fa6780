namespace Nt2cs.Runtime;

/// <summary>An address space with nothing mapped: every access is an access violation.</summary>
public sealed unsafe class UnmappedAddressSpace : IAddressSpace
{
    public static readonly UnmappedAddressSpace Instance = new();

    public byte* Translate(uint address, uint size, Access kind) => throw SehException.AccessViolation(kind, address);

    public ulong Read(uint address, uint size) => throw SehException.AccessViolation(Access.Read, address);

    public void Write(uint address, uint size, ulong value) => throw SehException.AccessViolation(Access.Write, address);
}
