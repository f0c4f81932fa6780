using System.Reflection;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// What the firmware's drivers (Block I/O on each disk, Disk I/O, the FAT file system, the consoles) need from its
/// core: memory the firmware owns, code addresses for the C# functions their protocol structures point at (translated
/// code calls them through those pointers, so each must have the calling shape of the specification's prototype),
/// and the handle database. The core implements it with boot services; tests may use a plain one.
/// </summary>
public interface IFirmwareServices
{
    /// <summary>Zeroed boot-services data (<c>EfiBootServicesData</c>) of <paramref name="bytes"/> bytes, 8-byte aligned: its physical address.</summary>
    uint AllocatePool(uint bytes);

    /// <summary>Zeroed whole pages (<c>EfiBootServicesData</c>), e.g. for a driver's DMA queues and bounce buffers: the first page's physical address.</summary>
    uint AllocatePages(uint pages);

    /// <summary>
    /// The code address of <paramref name="method"/>, a public static method whose parameters and return are the
    /// specification prototype's (IA32: <c>UINTN</c> and pointers 32 bits, <c>EFI_STATUS</c> a <c>uint</c>,
    /// <c>EFI_LBA</c>/<c>UINT64</c> a <c>ulong</c>); the same method always gets the same address.
    /// </summary>
    uint CodeAddress(MethodInfo method);

    /// <summary>
    /// Installs the protocol <paramref name="protocol"/> whose interface structure is at <paramref name="interfaceAddress"/>
    /// on <paramref name="handle"/> (0: a new handle); returns the handle (<c>InstallProtocolInterface</c>).
    /// </summary>
    uint InstallProtocol(uint handle, Guid protocol, uint interfaceAddress);
}
