using System.Reflection;
using Nt2cs.Machine.Firmware;
using Nt2cs.Runtime;

namespace Nt2cs.Tests.Firmware;

/// <summary>
/// The plainest <see cref="IFirmwareServices"/>, for testing the firmware's drivers without its core: a bump
/// allocator in guest RAM (pool and pages from their own regions, zeroed), code addresses registered in the
/// function table with each method's calling shape, and a dictionary as the handle database.
/// </summary>
public sealed class PlainFirmwareServices : IFirmwareServices
{
    public const uint PoolBase = 0x0100_0000, PagesBase = 0x0200_0000, PagesEnd = 0x0400_0000, CodeBase = 0x00F0_0000;

    private uint _pool = PoolBase, _pages = PagesBase, _code = CodeBase;
    private readonly Dictionary<MethodInfo, uint> _codes = [];

    /// <summary>Handles in creation order, each with its protocols' interfaces.</summary>
    public Dictionary<uint, Dictionary<Guid, uint>> Handles { get; } = [];

    public uint AllocatePool(uint bytes)
    {
        uint address = _pool;
        _pool = (_pool + bytes + 7) & ~7u;
        if (_pool > PagesBase)
            throw new InvalidOperationException("test pool exhausted");
        Mem.Fill(address, 0, bytes);
        return address;
    }

    public uint AllocatePages(uint pages)
    {
        uint address = _pages;
        _pages += pages * 4096;
        if (_pages > PagesEnd)
            throw new InvalidOperationException("test pages exhausted");
        Mem.Fill(address, 0, pages * 4096);
        return address;
    }

    public uint CodeAddress(MethodInfo method)
    {
        if (_codes.TryGetValue(method, out uint address))
            return address;
        address = _code;
        _code += Fn.Slot;
        Fn.Register(address, method.MethodHandle.GetFunctionPointer(), AbiShape.Of(method), method.Name);
        _codes[method] = address;
        return address;
    }

    public uint InstallProtocol(uint handle, Guid protocol, uint interfaceAddress)
    {
        if (handle == 0)
        {
            handle = AllocatePool(8);
            Handles[handle] = [];
        }
        Handles[handle].Add(protocol, interfaceAddress);
        return handle;
    }
}
