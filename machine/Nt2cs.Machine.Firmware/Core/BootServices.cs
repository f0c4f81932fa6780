using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// EFI_BOOT_SERVICES (UEFI 2.10 §4.4, §7): each function is a public static method with the calling shape of the
/// specification's prototype as translated C sees it on IA32 (UINTN and pointers <c>uint</c>, UINT64 <c>ulong</c>,
/// BOOLEAN and UINT8 <c>byte</c>; a variadic function takes its argument block last), registered in the function
/// table and pointed at by the table the system table names. Each starts with <see cref="EfiFirmware.Boot"/>:
/// after ExitBootServices a call stops the machine with a report.
/// </summary>
public static partial class BootServices
{
    /// <summary>The table's functions in the specification's order ("Reserved" is the null slot after HandleProtocol).</summary>
    private static readonly string[] s_table =
    [
        nameof(RaiseTPL), nameof(RestoreTPL), nameof(AllocatePages), nameof(FreePages), nameof(GetMemoryMap),
        nameof(AllocatePool), nameof(FreePool), nameof(CreateEvent), nameof(SetTimer), nameof(WaitForEvent),
        nameof(SignalEvent), nameof(CloseEvent), nameof(CheckEvent), nameof(InstallProtocolInterface),
        nameof(ReinstallProtocolInterface), nameof(UninstallProtocolInterface), nameof(HandleProtocol), "Reserved",
        nameof(RegisterProtocolNotify), nameof(LocateHandle), nameof(LocateDevicePath), nameof(InstallConfigurationTable),
        nameof(LoadImage), nameof(StartImage), nameof(Exit), nameof(UnloadImage), nameof(ExitBootServices),
        nameof(GetNextMonotonicCount), nameof(Stall), nameof(SetWatchdogTimer), nameof(ConnectController),
        nameof(DisconnectController), nameof(OpenProtocol), nameof(CloseProtocol), nameof(OpenProtocolInformation),
        nameof(ProtocolsPerHandle), nameof(LocateHandleBuffer), nameof(LocateProtocol),
        nameof(InstallMultipleProtocolInterfaces), nameof(UninstallMultipleProtocolInterfaces), nameof(CalculateCrc32),
        nameof(CopyMem), nameof(SetMem), nameof(CreateEventEx),
    ];

    /// <summary>sizeof(EFI_BOOT_SERVICES) on IA32: the header and 44 pointers.</summary>
    public const uint TableSize = 24 + 44 * 4;

    internal static void FillTable(EfiFirmware firmware, uint table)
    {
        for (int i = 0; i < s_table.Length; i++)
            Mem.Write(table + 24 + 4 * (uint)i, s_table[i] == "Reserved" ? 0 : firmware.BootCode.AddressOf(typeof(BootServices), s_table[i]));
    }

    // EFI_ALLOCATE_TYPE.
    private const uint AllocateAnyPages = 0, AllocateMaxAddress = 1, AllocateAddress = 2;

    // EFI_LOCATE_SEARCH_TYPE.
    private const uint AllHandles = 0, ByRegisterNotify = 1, ByProtocol = 2;

    /// <summary>sizeof(EFI_MEMORY_DESCRIPTOR) is 40; the firmware reports a larger stride, as real firmware does, so callers step by DescriptorSize.</summary>
    public const uint DescriptorSize = 48;
    public const uint DescriptorVersion = 1;

    private const uint MaxPages = 1u << 20;

    // ---- Task priority ------------------------------------------------------------------------------------------

    public static uint RaiseTPL(uint newTpl) => EfiFirmware.Boot(nameof(RaiseTPL)).Events.Raise(newTpl);

    public static void RestoreTPL(uint oldTpl) => EfiFirmware.Boot(nameof(RestoreTPL)).Events.Restore(oldTpl);

    // ---- Memory -------------------------------------------------------------------------------------------------

    public static uint AllocatePages(uint type, uint memoryType, uint pages, uint memory)
    {
        var firmware = EfiFirmware.Boot(nameof(AllocatePages));
        if (memory == 0 || type > AllocateAddress || !EfiMemoryType.IsAllocatable(memoryType))
            return EfiStatus.InvalidParameter;
        var map = firmware.Map;
        ulong requested = Mem.Read<ulong>(memory);
        if (pages == 0 || pages > map.RamPages)
            return type == AllocateAddress ? EfiStatus.NotFound : EfiStatus.OutOfResources;
        ulong first;
        if (type == AllocateAddress)
        {
            if (requested % MemoryMap.PageSize != 0)
                return EfiStatus.InvalidParameter;
            first = requested >> MemoryMap.PageShift;
            if (!map.IsHeldBy(first, pages, MemoryMap.Owner.Free))
                return EfiStatus.NotFound;
        }
        else
        {
            ulong limit = type == AllocateMaxAddress ? (requested + 1) >> MemoryMap.PageShift : map.RamPages;
            if (map.FindFree(pages, Math.Min(limit, MaxPages)) is not { } found)
                return EfiStatus.OutOfResources;
            first = found;
        }
        map.Set(first, pages, memoryType, MemoryMap.Owner.Pages);
        Mem.Write(memory, first << MemoryMap.PageShift);
        return EfiStatus.Success;
    }

    public static uint FreePages(ulong memory, uint pages)
    {
        var firmware = EfiFirmware.Boot(nameof(FreePages));
        if (memory % MemoryMap.PageSize != 0 || pages == 0)
            return EfiStatus.InvalidParameter;
        ulong first = memory >> MemoryMap.PageShift;
        if (!firmware.Map.IsHeldBy(first, pages, MemoryMap.Owner.Pages))
            return EfiStatus.NotFound;
        firmware.Map.Set(first, pages, EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
        return EfiStatus.Success;
    }

    public static uint GetMemoryMap(uint memoryMapSize, uint memoryMap, uint mapKey, uint descriptorSize, uint descriptorVersion)
    {
        var firmware = EfiFirmware.Boot(nameof(GetMemoryMap));
        if (memoryMapSize == 0)
            return EfiStatus.InvalidParameter;
        if (descriptorSize != 0)
            Mem.Write(descriptorSize, DescriptorSize);
        if (descriptorVersion != 0)
            Mem.Write(descriptorVersion, DescriptorVersion);
        var descriptors = firmware.Map.Descriptors();
        uint needed = (uint)descriptors.Count * DescriptorSize;
        uint given = Mem.Read<uint>(memoryMapSize);
        Mem.Write(memoryMapSize, needed);
        if (given < needed)
            return EfiStatus.BufferTooSmall;
        if (memoryMap == 0)
            return EfiStatus.InvalidParameter;
        uint at = memoryMap;
        foreach (var (first, pages, memoryType) in descriptors)
        {
            Mem.Fill(at, 0, DescriptorSize);
            Mem.Write(at, memoryType);
            Mem.Write(at + 8, first << MemoryMap.PageShift);             // PhysicalStart
            Mem.Write(at + 16, first << MemoryMap.PageShift);            // VirtualStart: identity until SetVirtualAddressMap
            Mem.Write(at + 24, pages);                                   // NumberOfPages
            ulong attributes = memoryType == EfiMemoryType.ReservedMemory ? 0 : EfiMemoryType.RamAttributes;
            Mem.Write(at + 32, EfiMemoryType.IsRuntime(memoryType) ? attributes | EfiMemoryType.Runtime : attributes);
            at += DescriptorSize;
        }
        if (mapKey != 0)
            Mem.Write(mapKey, firmware.Map.MapKey);
        return EfiStatus.Success;
    }

    public static uint AllocatePool(uint poolType, uint size, uint buffer)
    {
        var firmware = EfiFirmware.Boot(nameof(AllocatePool));
        if (buffer == 0 || !EfiMemoryType.IsAllocatable(poolType))
            return EfiStatus.InvalidParameter;
        uint address = firmware.Pool.Allocate(poolType, size);
        if (address == 0)
            return EfiStatus.OutOfResources;
        Mem.Write(buffer, address);
        return EfiStatus.Success;
    }

    public static uint FreePool(uint buffer)
    {
        var firmware = EfiFirmware.Boot(nameof(FreePool));
        return firmware.Pool.Free(buffer) ? EfiStatus.Success : EfiStatus.InvalidParameter;
    }

    public static uint ExitBootServices(uint imageHandle, uint mapKey) =>
        EfiFirmware.Boot(nameof(ExitBootServices)).ExitBootServices(mapKey);

    // ---- Miscellaneous ------------------------------------------------------------------------------------------

    public static uint GetNextMonotonicCount(uint count)
    {
        var firmware = EfiFirmware.Boot(nameof(GetNextMonotonicCount));
        if (count == 0)
            return EfiStatus.InvalidParameter;
        Mem.Write(count, firmware.NextMonotonicCount());
        return EfiStatus.Success;
    }

    public static uint Stall(uint microseconds)
    {
        EfiFirmware.Boot(nameof(Stall)).Busy(microseconds * 1000L);
        return EfiStatus.Success;
    }

    public static uint SetWatchdogTimer(uint timeout, ulong watchdogCode, uint dataSize, uint watchdogData)
    {
        var firmware = EfiFirmware.Boot(nameof(SetWatchdogTimer));
        firmware.SetWatchdog(timeout, watchdogCode, dataSize, watchdogData);
        return EfiStatus.Success;
    }

    public static uint CalculateCrc32(uint data, uint dataSize, uint crc32)
    {
        EfiFirmware.Boot(nameof(CalculateCrc32));
        if (data == 0 || dataSize == 0 || crc32 == 0)
            return EfiStatus.InvalidParameter;
        var bytes = new byte[dataSize];
        Mem.CopyOut(data, bytes);
        Mem.Write(crc32, Crc32.Of(bytes));
        return EfiStatus.Success;
    }

    public static void CopyMem(uint destination, uint source, uint length)
    {
        EfiFirmware.Boot(nameof(CopyMem));
        Mem.Copy(destination, source, length);
    }

    public static void SetMem(uint buffer, uint size, byte value)
    {
        EfiFirmware.Boot(nameof(SetMem));
        Mem.Fill(buffer, value, size);
    }

    public static uint InstallConfigurationTable(uint guid, uint table)
    {
        var firmware = EfiFirmware.Boot(nameof(InstallConfigurationTable));
        return guid == 0 ? EfiStatus.InvalidParameter : firmware.InstallConfigurationTable(EfiGuids.Read(guid), table);
    }

    // ---- Events -------------------------------------------------------------------------------------------------

    public static uint CreateEvent(uint type, uint notifyTpl, uint notifyFunction, uint notifyContext, uint @event) =>
        Create(EfiFirmware.Boot(nameof(CreateEvent)), type, notifyTpl, notifyFunction, notifyContext, null, @event);

    public static uint CreateEventEx(uint type, uint notifyTpl, uint notifyFunction, uint notifyContext, uint eventGroup, uint @event)
    {
        var firmware = EfiFirmware.Boot(nameof(CreateEventEx));
        return Create(firmware, type, notifyTpl, notifyFunction, notifyContext, eventGroup == 0 ? null : EfiGuids.Read(eventGroup), @event);
    }

    private static uint Create(EfiFirmware firmware, uint type, uint notifyTpl, uint notifyFunction, uint notifyContext, Guid? group, uint @event)
    {
        if (@event == 0)
            return EfiStatus.InvalidParameter;
        uint created = firmware.Events.Create(type, notifyTpl, notifyFunction, notifyContext, group, out uint status);
        if (status == EfiStatus.Success)
            Mem.Write(@event, created);
        return status;
    }

    public static uint SetTimer(uint @event, uint type, ulong triggerTime)
    {
        var firmware = EfiFirmware.Boot(nameof(SetTimer));
        return firmware.Events.Get(@event) is { } e ? firmware.Events.SetTimer(e, type, triggerTime) : EfiStatus.InvalidParameter;
    }

    public static uint SignalEvent(uint @event)
    {
        var firmware = EfiFirmware.Boot(nameof(SignalEvent));
        if (firmware.Events.Get(@event) is null)
            return EfiStatus.InvalidParameter;
        firmware.Events.Signal(@event);
        firmware.Events.DispatchPending();
        return EfiStatus.Success;
    }

    public static uint CloseEvent(uint @event)
    {
        var firmware = EfiFirmware.Boot(nameof(CloseEvent));
        if (firmware.Events.Get(@event) is not { } e)
            return EfiStatus.InvalidParameter;
        firmware.Events.Close(e);
        return EfiStatus.Success;
    }

    public static uint CheckEvent(uint @event)
    {
        var firmware = EfiFirmware.Boot(nameof(CheckEvent));
        if (firmware.Events.Get(@event) is not { } e || (e.Type & EventSystem.EvtNotifySignal) != 0)
            return EfiStatus.InvalidParameter;
        return firmware.Events.Check(e) ? EfiStatus.Success : EfiStatus.NotReady;
    }

    public static uint WaitForEvent(uint numberOfEvents, uint events, uint index)
    {
        var firmware = EfiFirmware.Boot(nameof(WaitForEvent));
        if (numberOfEvents == 0 || events == 0 || index == 0)
            return EfiStatus.InvalidParameter;
        if (firmware.Events.Tpl != EventSystem.TplApplication)
            return EfiStatus.Unsupported;
        var waited = new EventSystem.Event[numberOfEvents];
        for (uint i = 0; i < numberOfEvents; i++)
        {
            var e = firmware.Events.Get(Mem.Read<uint>(events + 4 * i));
            if (e is null || (e.Type & EventSystem.EvtNotifySignal) != 0)
            {
                Mem.Write(index, i);
                return EfiStatus.InvalidParameter;
            }
            waited[i] = e;
        }
        while (true)
        {
            for (uint i = 0; i < numberOfEvents; i++)
                if (firmware.Events.Check(waited[i]))
                {
                    Mem.Write(index, i);
                    return EfiStatus.Success;
                }
            if (!firmware.Cpu.IdleToNextEvent())
                firmware.Cpu.Stop(Nt2cs.Machine.MachineExitReason.Timeout, 124,
                    "firmware: WaitForEvent waits for events nothing is left to signal (no timer armed, no input to come)");
            firmware.Events.DispatchPending();
        }
    }
}
