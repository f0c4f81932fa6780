using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The handle database (UEFI 2.10 §7.3): handles in creation order, each with its protocol interfaces in install
/// order and, per interface, who opened it how (OpenProtocol's agents, controllers and attributes). A handle is a
/// small pool block of the firmware's, so it is a unique non-null guest address; it goes when its last protocol
/// does. Protocol-notify registrations (RegisterProtocolNotify) queue the handles a protocol is installed on
/// afterwards and signal their event.
/// </summary>
internal sealed class HandleDatabase(EfiFirmware firmware)
{
    // EFI_OPEN_PROTOCOL_* attributes.
    public const uint ByHandleProtocol = 0x01, GetProtocol = 0x02, TestProtocol = 0x04, ByChildController = 0x08,
        ByDriver = 0x10, Exclusive = 0x20;

    private const uint HandleSignature = 0x6C64_6E68;   // "hndl"

    internal sealed class OpenRecord(uint agent, uint controller, uint attributes)
    {
        public readonly uint Agent = agent, Controller = controller, Attributes = attributes;
        public uint Count = 1;
    }

    internal sealed class Interface(Guid guid, uint address)
    {
        public readonly Guid Guid = guid;
        public uint Address = address;
        public readonly List<OpenRecord> Opens = [];

        public bool HeldByDriver => Opens.Any(o => (o.Attributes & (ByDriver | Exclusive)) != 0);
    }

    internal sealed class Handle(uint address)
    {
        public readonly uint Address = address;
        public readonly List<Interface> Interfaces = [];
    }

    private sealed class Registration(uint key, Guid protocol, uint @event)
    {
        public readonly uint Key = key;
        public readonly Guid Protocol = protocol;
        public readonly uint Event = @event;
        public readonly Queue<uint> Installed = [];
    }

    private readonly List<Handle> _handles = [];
    private readonly Dictionary<uint, Handle> _byAddress = [];
    private readonly Dictionary<Guid, uint> _guestGuids = [];
    private readonly List<Registration> _registrations = [];

    public IReadOnlyList<Handle> All => _handles;

    public Handle? Get(uint handle) => handle != 0 && _byAddress.TryGetValue(handle, out var found) ? found : null;

    public bool IsHandle(uint handle) => Get(handle) is not null;

    public Interface? Find(uint handle, Guid protocol) => Get(handle)?.Interfaces.Find(i => i.Guid == protocol);

    /// <summary>InstallProtocolInterface: on <paramref name="handle"/>, or on a new handle written back when it is 0.</summary>
    public uint Install(ref uint handle, Guid protocol, uint interfaceAddress)
    {
        Handle target;
        if (handle == 0)
        {
            uint address = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, 8);
            Mem.Write(address, HandleSignature);
            target = new Handle(address);
            _handles.Add(target);
            _byAddress.Add(address, target);
            handle = address;
        }
        else if (Get(handle) is { } existing)
        {
            if (existing.Interfaces.Any(i => i.Guid == protocol))
                return EfiStatus.InvalidParameter;
            target = existing;
        }
        else
            return EfiStatus.InvalidParameter;
        target.Interfaces.Add(new Interface(protocol, interfaceAddress));
        Notify(target.Address, protocol);
        return EfiStatus.Success;
    }

    public uint Uninstall(uint handle, Guid protocol, uint interfaceAddress)
    {
        if (Get(handle) is not { } target)
            return EfiStatus.InvalidParameter;
        var found = target.Interfaces.Find(i => i.Guid == protocol && i.Address == interfaceAddress);
        if (found is null)
            return EfiStatus.NotFound;
        if (found.HeldByDriver)
            return EfiStatus.AccessDenied;
        target.Interfaces.Remove(found);
        if (target.Interfaces.Count == 0)
        {
            _handles.Remove(target);
            _byAddress.Remove(target.Address);
            Mem.Write(target.Address, 0u);
            firmware.Pool.Free(target.Address);
        }
        return EfiStatus.Success;
    }

    public uint Reinstall(uint handle, Guid protocol, uint oldInterface, uint newInterface)
    {
        if (Get(handle) is not { } target)
            return EfiStatus.InvalidParameter;
        var found = target.Interfaces.Find(i => i.Guid == protocol && i.Address == oldInterface);
        if (found is null)
            return EfiStatus.NotFound;
        if (found.HeldByDriver)
            return EfiStatus.AccessDenied;
        found.Address = newInterface;
        Notify(handle, protocol);
        return EfiStatus.Success;
    }

    /// <summary>The handles that carry <paramref name="protocol"/>, in creation order.</summary>
    public List<uint> HandlesWith(Guid protocol) =>
        _handles.Where(h => h.Interfaces.Any(i => i.Guid == protocol)).Select(h => h.Address).ToList();

    /// <summary>A guest copy of <paramref name="protocol"/>'s GUID the firmware keeps (ProtocolsPerHandle hands out pointers to it).</summary>
    public uint GuestGuid(Guid protocol)
    {
        if (!_guestGuids.TryGetValue(protocol, out uint address))
        {
            address = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, 16);
            EfiGuids.Write(address, protocol);
            _guestGuids.Add(protocol, address);
        }
        return address;
    }

    /// <summary>RegisterProtocolNotify: the registration key (a guest address of the firmware's).</summary>
    public uint RegisterNotify(Guid protocol, uint @event)
    {
        uint key = firmware.AllocateZeroedPool(EfiMemoryType.BootServicesData, 8);
        _registrations.Add(new Registration(key, protocol, @event));
        return key;
    }

    public bool IsRegistration(uint key) => _registrations.Any(r => r.Key == key);

    /// <summary>The next handle the protocol of registration <paramref name="key"/> was installed on since the last look, or 0.</summary>
    public uint NextNotified(uint key, out Guid protocol)
    {
        var registration = _registrations.First(r => r.Key == key);
        protocol = registration.Protocol;
        while (registration.Installed.TryDequeue(out uint handle))
            if (Find(handle, registration.Protocol) is not null)
                return handle;
        return 0;
    }

    /// <summary>Registrations of an event go when it is closed.</summary>
    public void ForgetEvent(uint @event) => _registrations.RemoveAll(r => r.Event == @event);

    private void Notify(uint handle, Guid protocol)
    {
        foreach (var registration in _registrations)
            if (registration.Protocol == protocol)
            {
                registration.Installed.Enqueue(handle);
                firmware.Events.Signal(registration.Event);
            }
    }

    /// <summary>OpenProtocol's checks and bookkeeping (UEFI 2.10 §7.3, OpenProtocol): the status; <paramref name="found"/> when it succeeds.</summary>
    public uint Open(uint handle, Guid protocol, uint agent, uint controller, uint attributes, out Interface? found)
    {
        found = null;
        if (!IsHandle(handle))
            return EfiStatus.InvalidParameter;
        bool needsAgent = attributes is ByChildController or ByDriver or (ByDriver | Exclusive) or Exclusive;
        bool needsController = attributes is ByChildController or ByDriver or (ByDriver | Exclusive);
        bool known = attributes is ByHandleProtocol or GetProtocol or TestProtocol or ByChildController or ByDriver or (ByDriver | Exclusive) or Exclusive;
        if (!known || (needsAgent && !IsHandle(agent)) || (needsController && !IsHandle(controller)))
            return EfiStatus.InvalidParameter;
        if (needsController && controller == handle && attributes == ByChildController)
            return EfiStatus.InvalidParameter;
        found = Find(handle, protocol);
        if (found is null)
            return EfiStatus.Unsupported;
        if (attributes == TestProtocol)
            return EfiStatus.Success;
        if ((attributes & (ByDriver | Exclusive)) != 0)
        {
            foreach (var open in found.Opens)
            {
                bool exclusive = (open.Attributes & Exclusive) != 0;
                bool byDriver = (open.Attributes & ByDriver) != 0;
                if (exclusive || byDriver)
                {
                    found = null;
                    return open.Agent == agent && open.Attributes == attributes ? EfiStatus.AlreadyStarted : EfiStatus.AccessDenied;
                }
            }
        }
        var same = found.Opens.Find(o => o.Agent == agent && o.Controller == controller && o.Attributes == attributes);
        if (same is not null)
            same.Count++;
        else
            found.Opens.Add(new OpenRecord(agent, controller, attributes));
        return EfiStatus.Success;
    }

    public uint Close(uint handle, Guid protocol, uint agent, uint controller)
    {
        if (!IsHandle(handle) || !IsHandle(agent) || (controller != 0 && !IsHandle(controller)))
            return EfiStatus.InvalidParameter;
        var found = Find(handle, protocol);
        if (found is null || found.Opens.RemoveAll(o => o.Agent == agent && o.Controller == controller) == 0)
            return EfiStatus.NotFound;
        return EfiStatus.Success;
    }
}
