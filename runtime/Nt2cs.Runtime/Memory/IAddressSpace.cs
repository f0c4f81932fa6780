namespace Nt2cs.Runtime;

/// <summary>
/// The slow path of guest memory: everything outside the flat window of <see cref="Mem"/>.
/// The hosted runtime raises access violations here; the machine model walks page tables and reaches
/// memory-mapped devices.
/// </summary>
public unsafe interface IAddressSpace
{
    /// <summary>
    /// Host pointer to <paramref name="size"/> contiguous bytes at guest <paramref name="address"/>, valid for an
    /// access of <paramref name="kind"/>; raises the guest's fault (an <see cref="SehException"/>) otherwise.
    /// </summary>
    byte* Translate(uint address, uint size, Access kind);

    /// <summary>A checked read of 1, 2, 4 or 8 bytes: volatile accesses and memory-mapped I/O come here.</summary>
    ulong Read(uint address, uint size);

    /// <summary>A checked write of 1, 2, 4 or 8 bytes.</summary>
    void Write(uint address, uint size, ulong value);
}
