using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>The protocol handler services (UEFI 2.10 §7.3) and the image services (§7.4).</summary>
public static partial class BootServices
{
    private const uint NativeInterface = 0;

    /// <summary>Variadic calls stop at this many pairs (a list missing its NULL terminator).</summary>
    private const int MaxVariadicPairs = 64;

    public static uint InstallProtocolInterface(uint handle, uint protocol, uint interfaceType, uint @interface)
    {
        var firmware = EfiFirmware.Boot(nameof(InstallProtocolInterface));
        if (handle == 0 || protocol == 0 || interfaceType != NativeInterface)
            return EfiStatus.InvalidParameter;
        uint target = Mem.Read<uint>(handle);
        uint status = firmware.Handles.Install(ref target, EfiGuids.Read(protocol), @interface);
        if (status == EfiStatus.Success)
            Mem.Write(handle, target);
        firmware.Events.DispatchPending();
        return status;
    }

    public static uint ReinstallProtocolInterface(uint handle, uint protocol, uint oldInterface, uint newInterface)
    {
        var firmware = EfiFirmware.Boot(nameof(ReinstallProtocolInterface));
        if (protocol == 0)
            return EfiStatus.InvalidParameter;
        uint status = firmware.Handles.Reinstall(handle, EfiGuids.Read(protocol), oldInterface, newInterface);
        firmware.Events.DispatchPending();
        return status;
    }

    public static uint UninstallProtocolInterface(uint handle, uint protocol, uint @interface)
    {
        var firmware = EfiFirmware.Boot(nameof(UninstallProtocolInterface));
        return protocol == 0 ? EfiStatus.InvalidParameter : firmware.Handles.Uninstall(handle, EfiGuids.Read(protocol), @interface);
    }

    public static uint InstallMultipleProtocolInterfaces(uint handle, uint arguments)
    {
        var firmware = EfiFirmware.Boot(nameof(InstallMultipleProtocolInterfaces));
        if (handle == 0)
            return EfiStatus.InvalidParameter;
        var pairs = ReadPairs(arguments);
        if (pairs is null)
            return EfiStatus.InvalidParameter;
        uint original = Mem.Read<uint>(handle);
        uint target = original;
        foreach (var (protocol, path) in pairs)
            if (protocol == EfiGuids.DevicePath && path != 0 && DevicePaths.LengthWithoutEnd(path) is { } length
                && DevicePaths.Locate(firmware, EfiGuids.DevicePath, path) is { } existing && existing.Remaining == path + length)
                return EfiStatus.AlreadyStarted;
        var installed = new List<(Guid, uint)>();
        foreach (var (protocol, @interface) in pairs)
        {
            uint status = firmware.Handles.Install(ref target, protocol, @interface);
            if (status != EfiStatus.Success)
            {
                foreach (var (done, doneInterface) in installed)
                    firmware.Handles.Uninstall(target, done, doneInterface);
                return status;
            }
            installed.Add((protocol, @interface));
        }
        Mem.Write(handle, target);
        firmware.Events.DispatchPending();
        return EfiStatus.Success;
    }

    public static uint UninstallMultipleProtocolInterfaces(uint handle, uint arguments)
    {
        var firmware = EfiFirmware.Boot(nameof(UninstallMultipleProtocolInterfaces));
        var pairs = ReadPairs(arguments);
        if (pairs is null || !firmware.Handles.IsHandle(handle))
            return EfiStatus.InvalidParameter;
        var removed = new List<(Guid, uint)>();
        foreach (var (protocol, @interface) in pairs)
        {
            if (firmware.Handles.Uninstall(handle, protocol, @interface) != EfiStatus.Success)
            {
                uint target = firmware.Handles.IsHandle(handle) ? handle : 0;
                foreach (var (done, doneInterface) in removed)
                    firmware.Handles.Install(ref target, done, doneInterface);
                return EfiStatus.InvalidParameter;
            }
            removed.Add((protocol, @interface));
        }
        return EfiStatus.Success;
    }

    /// <summary>The (EFI_GUID *, VOID *) pairs of a variadic argument block up to the NULL GUID pointer; null when there is no end.</summary>
    private static List<(Guid Protocol, uint Interface)>? ReadPairs(uint arguments)
    {
        var pairs = new List<(Guid, uint)>();
        for (uint at = arguments; pairs.Count < MaxVariadicPairs; at += 8)
        {
            uint guid = Mem.Read<uint>(at);
            if (guid == 0)
                return pairs;
            pairs.Add((EfiGuids.Read(guid), Mem.Read<uint>(at + 4)));
        }
        return null;
    }

    public static uint HandleProtocol(uint handle, uint protocol, uint @interface)
    {
        var firmware = EfiFirmware.Boot(nameof(HandleProtocol));
        return Open(firmware, handle, protocol, @interface, firmware.FirmwareImageHandle, 0, HandleDatabase.ByHandleProtocol);
    }

    public static uint OpenProtocol(uint handle, uint protocol, uint @interface, uint agentHandle, uint controllerHandle, uint attributes) =>
        Open(EfiFirmware.Boot(nameof(OpenProtocol)), handle, protocol, @interface, agentHandle, controllerHandle, attributes);

    private static uint Open(EfiFirmware firmware, uint handle, uint protocol, uint @interface, uint agent, uint controller, uint attributes)
    {
        if (protocol == 0 || (@interface == 0 && attributes != HandleDatabase.TestProtocol))
            return EfiStatus.InvalidParameter;
        uint status = firmware.Handles.Open(handle, EfiGuids.Read(protocol), agent, controller, attributes, out var found);
        if (@interface != 0 && attributes != HandleDatabase.TestProtocol)
            Mem.Write(@interface, status == EfiStatus.Success || status == EfiStatus.AlreadyStarted ? found?.Address ?? 0 : 0u);
        return status;
    }

    public static uint CloseProtocol(uint handle, uint protocol, uint agentHandle, uint controllerHandle)
    {
        var firmware = EfiFirmware.Boot(nameof(CloseProtocol));
        return protocol == 0 ? EfiStatus.InvalidParameter : firmware.Handles.Close(handle, EfiGuids.Read(protocol), agentHandle, controllerHandle);
    }

    public static uint OpenProtocolInformation(uint handle, uint protocol, uint entryBuffer, uint entryCount)
    {
        var firmware = EfiFirmware.Boot(nameof(OpenProtocolInformation));
        if (protocol == 0 || entryBuffer == 0 || entryCount == 0)
            return EfiStatus.InvalidParameter;
        if (firmware.Handles.Find(handle, EfiGuids.Read(protocol)) is not { } found)
            return EfiStatus.NotFound;
        const uint entrySize = 16;   // EFI_OPEN_PROTOCOL_INFORMATION_ENTRY: AgentHandle, ControllerHandle, Attributes, OpenCount
        uint buffer = firmware.Pool.Allocate(EfiMemoryType.BootServicesData, entrySize * (uint)Math.Max(1, found.Opens.Count));
        if (buffer == 0)
            return EfiStatus.OutOfResources;
        for (int i = 0; i < found.Opens.Count; i++)
        {
            uint at = buffer + entrySize * (uint)i;
            Mem.Write(at, found.Opens[i].Agent);
            Mem.Write(at + 4, found.Opens[i].Controller);
            Mem.Write(at + 8, found.Opens[i].Attributes);
            Mem.Write(at + 12, found.Opens[i].Count);
        }
        Mem.Write(entryBuffer, buffer);
        Mem.Write(entryCount, (uint)found.Opens.Count);
        return EfiStatus.Success;
    }

    public static uint ProtocolsPerHandle(uint handle, uint protocolBuffer, uint protocolBufferCount)
    {
        var firmware = EfiFirmware.Boot(nameof(ProtocolsPerHandle));
        if (protocolBuffer == 0 || protocolBufferCount == 0 || firmware.Handles.Get(handle) is not { } found)
            return EfiStatus.InvalidParameter;
        uint buffer = firmware.Pool.Allocate(EfiMemoryType.BootServicesData, 4 * (uint)found.Interfaces.Count);
        if (buffer == 0)
            return EfiStatus.OutOfResources;
        for (int i = 0; i < found.Interfaces.Count; i++)
            Mem.Write(buffer + 4 * (uint)i, firmware.Handles.GuestGuid(found.Interfaces[i].Guid));
        Mem.Write(protocolBuffer, buffer);
        Mem.Write(protocolBufferCount, (uint)found.Interfaces.Count);
        return EfiStatus.Success;
    }

    public static uint RegisterProtocolNotify(uint protocol, uint @event, uint registration)
    {
        var firmware = EfiFirmware.Boot(nameof(RegisterProtocolNotify));
        if (protocol == 0 || registration == 0 || firmware.Events.Get(@event) is null)
            return EfiStatus.InvalidParameter;
        Mem.Write(registration, firmware.Handles.RegisterNotify(EfiGuids.Read(protocol), @event));
        return EfiStatus.Success;
    }

    /// <summary>LocateHandle's search: the handles found (ByRegisterNotify: the next one), or null for bad arguments.</summary>
    private static List<uint>? Search(EfiFirmware firmware, uint searchType, uint protocol, uint searchKey)
    {
        switch (searchType)
        {
            case AllHandles:
                return firmware.Handles.All.Select(h => h.Address).ToList();
            case ByRegisterNotify:
                if (!firmware.Handles.IsRegistration(searchKey))
                    return null;
                uint next = firmware.Handles.NextNotified(searchKey, out _);
                return next == 0 ? [] : [next];
            case ByProtocol:
                return protocol == 0 ? null : firmware.Handles.HandlesWith(EfiGuids.Read(protocol));
            default:
                return null;
        }
    }

    public static uint LocateHandle(uint searchType, uint protocol, uint searchKey, uint bufferSize, uint buffer)
    {
        var firmware = EfiFirmware.Boot(nameof(LocateHandle));
        if (bufferSize == 0 || (buffer == 0 && Mem.Read<uint>(bufferSize) != 0))
            return EfiStatus.InvalidParameter;
        if (Search(firmware, searchType, protocol, searchKey) is not { } found)
            return EfiStatus.InvalidParameter;
        if (found.Count == 0)
            return EfiStatus.NotFound;
        uint needed = 4 * (uint)found.Count;
        uint given = Mem.Read<uint>(bufferSize);
        Mem.Write(bufferSize, needed);
        if (given < needed)
            return EfiStatus.BufferTooSmall;
        for (int i = 0; i < found.Count; i++)
            Mem.Write(buffer + 4 * (uint)i, found[i]);
        return EfiStatus.Success;
    }

    public static uint LocateHandleBuffer(uint searchType, uint protocol, uint searchKey, uint noHandles, uint buffer)
    {
        var firmware = EfiFirmware.Boot(nameof(LocateHandleBuffer));
        if (noHandles == 0 || buffer == 0)
            return EfiStatus.InvalidParameter;
        Mem.Write(noHandles, 0u);
        Mem.Write(buffer, 0u);
        if (Search(firmware, searchType, protocol, searchKey) is not { } found)
            return EfiStatus.InvalidParameter;
        if (found.Count == 0)
            return EfiStatus.NotFound;
        uint array = firmware.Pool.Allocate(EfiMemoryType.BootServicesData, 4 * (uint)found.Count);
        if (array == 0)
            return EfiStatus.OutOfResources;
        for (int i = 0; i < found.Count; i++)
            Mem.Write(array + 4 * (uint)i, found[i]);
        Mem.Write(noHandles, (uint)found.Count);
        Mem.Write(buffer, array);
        return EfiStatus.Success;
    }

    public static uint LocateProtocol(uint protocol, uint registration, uint @interface)
    {
        var firmware = EfiFirmware.Boot(nameof(LocateProtocol));
        if (protocol == 0 || @interface == 0)
            return EfiStatus.InvalidParameter;
        var guid = EfiGuids.Read(protocol);
        Mem.Write(@interface, 0u);
        uint handle;
        if (registration != 0)
        {
            if (!firmware.Handles.IsRegistration(registration))
                return EfiStatus.InvalidParameter;
            handle = firmware.Handles.NextNotified(registration, out _);
        }
        else
            handle = firmware.Handles.HandlesWith(guid).FirstOrDefault();
        if (handle == 0 || firmware.Handles.Find(handle, guid) is not { } found)
            return EfiStatus.NotFound;
        Mem.Write(@interface, found.Address);
        return EfiStatus.Success;
    }

    public static uint LocateDevicePath(uint protocol, uint devicePath, uint device)
    {
        var firmware = EfiFirmware.Boot(nameof(LocateDevicePath));
        if (protocol == 0 || devicePath == 0 || device == 0 || Mem.Read<uint>(devicePath) == 0)
            return EfiStatus.InvalidParameter;
        if (DevicePaths.Locate(firmware, EfiGuids.Read(protocol), Mem.Read<uint>(devicePath)) is not { } found)
            return EfiStatus.NotFound;
        Mem.Write(device, found.Handle);
        Mem.Write(devicePath, found.Remaining);
        return EfiStatus.Success;
    }

    /// <summary>The core has no driver model (its drivers are the firmware's own): no driver is ever connected.</summary>
    public static uint ConnectController(uint controllerHandle, uint driverImageHandle, uint remainingDevicePath, byte recursive)
    {
        var firmware = EfiFirmware.Boot(nameof(ConnectController));
        return firmware.Handles.IsHandle(controllerHandle) ? EfiStatus.NotFound : EfiStatus.InvalidParameter;
    }

    public static uint DisconnectController(uint controllerHandle, uint driverImageHandle, uint childHandle)
    {
        var firmware = EfiFirmware.Boot(nameof(DisconnectController));
        if (!firmware.Handles.IsHandle(controllerHandle) || (driverImageHandle != 0 && !firmware.Handles.IsHandle(driverImageHandle))
            || (childHandle != 0 && !firmware.Handles.IsHandle(childHandle)))
            return EfiStatus.InvalidParameter;
        return EfiStatus.Success;
    }

    // ---- Images -------------------------------------------------------------------------------------------------

    public static uint LoadImage(byte bootPolicy, uint parentImageHandle, uint devicePath, uint sourceBuffer, uint sourceSize, uint imageHandle)
    {
        var firmware = EfiFirmware.Boot(nameof(LoadImage));
        if (imageHandle == 0)
            return EfiStatus.InvalidParameter;
        uint status = firmware.LoadedImages.Load(parentImageHandle, devicePath, sourceBuffer, sourceSize, out uint handle);
        if (status == EfiStatus.Success)
            Mem.Write(imageHandle, handle);
        return status;
    }

    public static uint StartImage(uint imageHandle, uint exitDataSize, uint exitData) =>
        EfiFirmware.Boot(nameof(StartImage)).LoadedImages.Start(imageHandle, exitDataSize, exitData);

    public static uint Exit(uint imageHandle, uint exitStatus, uint exitDataSize, uint exitData) =>
        EfiFirmware.Boot(nameof(Exit)).LoadedImages.Exit(imageHandle, exitStatus, exitDataSize, exitData);

    public static uint UnloadImage(uint imageHandle) =>
        EfiFirmware.Boot(nameof(UnloadImage)).LoadedImages.Unload(imageHandle);
}
