using System.Reflection;
using System.Text;
using Nt2cs.Machine.Cpu;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>What the firmware is given at power-on: the machine's CPU (ports, time, stopping the run), its image service and log, the RAM size and the variable store.</summary>
public sealed record FirmwareMachine(VirtualCpu Cpu, ImageMapper Images, MachineLog Log, ulong RamBytes, VariableStore Variables);

/// <summary>
/// The core of the managed UEFI firmware (IA32): at power-on it builds the memory map, the system table, the boot
/// and runtime services tables and the consoles in guest memory, the C# functions those tables point at
/// registered in the function table; then the boot services (the static classes <see cref="BootServices"/>,
/// <see cref="RuntimeServices"/>, <see cref="TextConsole"/>) serve the application it starts. One machine runs
/// per process at a time, so the functions find their firmware in <see cref="Current"/>.
/// </summary>
/// <remarks>
/// Guest misuse gives the status the specification names; what the specification leaves undefined (a TPL raised
/// downwards, a boot service called after ExitBootServices) stops the machine with a firmware report
/// (<see cref="StatusFirmwareStop"/>), never a host exception.
/// </remarks>
public sealed partial class EfiFirmware : IFirmwareServices
{
    /// <summary>The run's status when the firmware stops the machine for the guest's misuse.</summary>
    public const int StatusFirmwareStop = 3;

    /// <summary>EFI_2_70_SYSTEM_TABLE_REVISION: the revision the tables' headers carry (as OVMF 2022.11's).</summary>
    public const uint SpecificationRevision = (2 << 16) | 70;

    public const ulong SystemTableSignature = 0x5453_5953_2049_4249;   // "IBI SYST"
    public const ulong BootServicesSignature = 0x5652_4553_544F_4F42;  // "BOOTSERV"
    public const ulong RuntimeServicesSignature = 0x5652_4553_544E_5552; // "RUNTSERV"

    /// <summary>The guest stack the firmware runs applications on.</summary>
    public const uint StackBytes = 128 * 1024;

    public const string Vendor = "nt2cs";
    public const uint FirmwareRevision = 0x0001_0000;

    // EFI_SYSTEM_TABLE (IA32), after the 24-byte EFI_TABLE_HEADER.
    internal const uint StFirmwareVendor = 24, StFirmwareRevision = 28, StConsoleInHandle = 32, StConIn = 36,
        StConsoleOutHandle = 40, StConOut = 44, StStandardErrorHandle = 48, StStdErr = 52, StRuntimeServices = 56,
        StBootServices = 60, StNumberOfTableEntries = 64, StConfigurationTable = 68, SystemTableSize = 72;

    private const uint TableHeaderSize = 24;
    private const uint CodePages = 4;

    private static EfiFirmware? s_current;

    internal static EfiFirmware Current => s_current ?? throw new InvalidOperationException("no firmware is running");

    internal readonly FirmwareMachine Machine;
    internal readonly MemoryMap Map;
    internal readonly Pool Pool;
    internal readonly FunctionTable BootCode;
    internal readonly FunctionTable RuntimeCode;
    internal readonly HandleDatabase Handles;
    internal readonly EventSystem Events;
    internal readonly ImageTable LoadedImages;
    internal readonly TextConsole Console;

    public VirtualCpu Cpu => Machine.Cpu;

    public uint SystemTable { get; }
    public uint BootServicesTable { get; }
    public uint RuntimeServicesTable { get; }

    /// <summary>The image handle of the firmware itself (the parent of what it starts).</summary>
    public uint FirmwareImageHandle { get; }

    /// <summary>The guest stack applications run on: [<see cref="StackLimit"/>, <see cref="StackTop"/>).</summary>
    public uint StackTop { get; }
    public uint StackLimit { get; }

    /// <summary>True once ExitBootServices succeeded.</summary>
    public bool BootServicesExited { get; private set; }

    /// <summary>What SetTime last set as the time zone and daylight flags (the RTC keeps neither).</summary>
    internal short TimeZone = RtcTime.UnspecifiedTimeZone;
    internal byte Daylight;

    private uint _configurationTable;
    private readonly List<(Guid Guid, uint Table)> _configuration = [];

    /// <summary>Builds the firmware in the machine's RAM (paging off, Mem installed) and makes it <see cref="Current"/>.</summary>
    public EfiFirmware(FirmwareMachine machine)
    {
        Machine = machine;
        s_current = this;
        Map = new MemoryMap(machine.RamBytes);
        Pool = new Pool(Map);

        // Page 0 stays the firmware's, so no allocation ever returns the null pointer.
        Map.Set(0, 1, EfiMemoryType.BootServicesData, MemoryMap.Owner.Firmware);
        uint runtimeCode = TakePages(1, EfiMemoryType.RuntimeServicesCode);
        uint runtimeData = TakePages(1, EfiMemoryType.RuntimeServicesData);
        uint bootCode = TakePages(CodePages, EfiMemoryType.BootServicesCode);
        StackLimit = TakePages(StackBytes / MemoryMap.PageSize, EfiMemoryType.BootServicesData);
        StackTop = StackLimit + StackBytes;
        RuntimeCode = new FunctionTable(runtimeCode, MemoryMap.PageSize);
        BootCode = new FunctionTable(bootCode, CodePages * MemoryMap.PageSize);

        SystemTable = runtimeData;
        RuntimeServicesTable = runtimeData + SystemTableSize;
        uint vendor = RuntimeServicesTable + RuntimeServices.TableSize;
        WriteString16(vendor, Vendor);
        BootServicesTable = AllocateZeroedPool(EfiMemoryType.BootServicesData, BootServices.TableSize);

        WriteHeader(RuntimeServicesTable, RuntimeServicesSignature, RuntimeServices.TableSize);
        RuntimeServices.FillTable(this, RuntimeServicesTable);
        Seal(RuntimeServicesTable);
        WriteHeader(BootServicesTable, BootServicesSignature, BootServices.TableSize);
        BootServices.FillTable(this, BootServicesTable);
        Seal(BootServicesTable);

        Handles = new HandleDatabase(this);
        Events = new EventSystem(this);
        LoadedImages = new ImageTable(this);
        WriteHeader(SystemTable, SystemTableSignature, SystemTableSize);
        Mem.Write(SystemTable + StFirmwareVendor, vendor);
        Mem.Write(SystemTable + StFirmwareRevision, FirmwareRevision);
        Mem.Write(SystemTable + StRuntimeServices, RuntimeServicesTable);
        Mem.Write(SystemTable + StBootServices, BootServicesTable);
        FirmwareImageHandle = LoadedImages.AddFirmwareImage(bootCode, CodePages * MemoryMap.PageSize);
        Console = new TextConsole(this);
        Seal(SystemTable);
    }

    /// <summary>The run is over: the functions no longer find this firmware (nor keep its machine alive).</summary>
    public void PowerOff()
    {
        if (s_current == this)
            s_current = null;
    }

    /// <summary>Pages the firmware takes (for itself, unless <paramref name="owner"/> says otherwise): the highest free ones.</summary>
    internal uint TakePages(uint pages, uint type, MemoryMap.Owner owner = MemoryMap.Owner.Firmware)
    {
        ulong first = Map.FindFree(pages, Math.Min(Map.RamPages, 1UL << 20))
            ?? throw new InvalidOperationException($"{Map.RamPages * 4} KiB of RAM: no {pages} free pages left for the firmware");
        Map.Set(first, pages, type, owner);
        return (uint)(first << MemoryMap.PageShift);
    }

    private static void WriteHeader(uint table, ulong signature, uint size)
    {
        Mem.Write(table, signature);
        Mem.Write(table + 8, SpecificationRevision);
        Mem.Write(table + 12, size);
        Mem.Write(table + 16, 0u);
        Mem.Write(table + 20, 0u);
    }

    /// <summary>Recomputes a table's CRC32 (header's field zeroed while computing, UEFI 2.10 §4.2).</summary>
    internal static void Seal(uint table)
    {
        uint size = Mem.Read<uint>(table + 12);
        Mem.Write(table + 16, 0u);
        var bytes = new byte[size];
        Mem.CopyOut(table, bytes);
        Mem.Write(table + 16, Crc32.Of(bytes));
    }

    /// <summary>Pool memory of <paramref name="type"/>, zeroed; the firmware's own, so running out is a set-up failure.</summary>
    internal uint AllocateZeroedPool(uint type, uint bytes)
    {
        uint address = Pool.Allocate(type, bytes);
        if (address == 0)
            throw new InvalidOperationException($"the firmware's pool has no {bytes} bytes left");
        Mem.Fill(address, 0, bytes);
        return address;
    }

    internal static void WriteString16(uint address, string text)
    {
        for (int i = 0; i < text.Length; i++)
            Mem.Write(address + 2 * (uint)i, (ushort)text[i]);
        Mem.Write(address + 2 * (uint)text.Length, (ushort)0);
    }

    /// <summary>A NUL-terminated CHAR16 string from guest memory (at most <paramref name="maxChars"/> characters read).</summary>
    internal static string ReadString16(uint address, int maxChars = 4096)
    {
        var text = new StringBuilder();
        for (uint i = 0; i < maxChars; i++)
        {
            ushort c = Mem.Read<ushort>(address + 2 * i);
            if (c == 0)
                break;
            text.Append((char)c);
        }
        return text.ToString();
    }

    // ---- Entry checks and reports --------------------------------------------------------------------------------

    /// <summary>
    /// The firmware as a boot service finds it: stops the machine with a report if boot services are gone, and
    /// runs the event notifications that fell due since the last service call.
    /// </summary>
    internal static EfiFirmware Boot(string service)
    {
        var firmware = Current;
        if (firmware.BootServicesExited)
            firmware.Stop($"{service} called after ExitBootServices: boot services are gone");
        firmware.Events.DispatchPending();
        return firmware;
    }

    /// <summary>Stops the machine with a firmware report: the guest did what the specification leaves undefined.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal void Stop(string report) => Cpu.Stop(MachineExitReason.Reset, StatusFirmwareStop, $"firmware: {report}");

    /// <summary>A guest-misuse line in the machine log.</summary>
    internal void Warn(string message) => Machine.Log.Warn("firmware", message);

    // ---- ExitBootServices and the configuration table ------------------------------------------------------------

    internal uint ExitBootServices(uint mapKey)
    {
        if (mapKey != Map.MapKey)
            return EfiStatus.InvalidParameter;
        Events.SignalGroup(EfiGuids.EventGroupExitBootServices);
        Events.DispatchPending();
        if (mapKey != Map.MapKey)
            return EfiStatus.InvalidParameter;
        Events.StopTimers();
        StopWatchdog();
        BootServicesExited = true;
        foreach (uint field in new[] { StConsoleInHandle, StConIn, StConsoleOutHandle, StConOut, StStandardErrorHandle, StStdErr, StBootServices })
            Mem.Write(SystemTable + field, 0u);
        Seal(SystemTable);
        return EfiStatus.Success;
    }

    /// <summary>
    /// InstallConfigurationTable (§7.3): adds, replaces or (with <paramref name="table"/> 0) removes the entry of
    /// <paramref name="guid"/> in the system table's configuration table (the platform's ACPI tables, for one).
    /// </summary>
    public uint InstallConfigurationTable(Guid guid, uint table)
    {
        int index = _configuration.FindIndex(c => c.Guid == guid);
        if (table == 0)
        {
            if (index < 0)
                return EfiStatus.NotFound;
            _configuration.RemoveAt(index);
        }
        else if (index >= 0)
            _configuration[index] = (guid, table);
        else
            _configuration.Add((guid, table));
        const uint entrySize = 20;   // EFI_CONFIGURATION_TABLE: EFI_GUID, VOID *
        if (_configurationTable != 0)
            Pool.Free(_configurationTable);
        _configurationTable = 0;
        if (_configuration.Count > 0)
        {
            _configurationTable = Pool.Allocate(EfiMemoryType.RuntimeServicesData, entrySize * (uint)_configuration.Count);
            if (_configurationTable == 0)
                return EfiStatus.OutOfResources;
            for (int i = 0; i < _configuration.Count; i++)
            {
                EfiGuids.Write(_configurationTable + entrySize * (uint)i, _configuration[i].Guid);
                Mem.Write(_configurationTable + entrySize * (uint)i + 16, _configuration[i].Table);
            }
        }
        Mem.Write(SystemTable + StNumberOfTableEntries, (uint)_configuration.Count);
        Mem.Write(SystemTable + StConfigurationTable, _configurationTable);
        Seal(SystemTable);
        Events.SignalGroup(guid);
        return EfiStatus.Success;
    }

    /// <summary>Sets the console fields of the system table (<see cref="TextConsole"/>).</summary>
    internal void SetConsoles(uint inHandle, uint conIn, uint outHandle, uint conOut, uint errorHandle, uint stdErr)
    {
        Mem.Write(SystemTable + StConsoleInHandle, inHandle);
        Mem.Write(SystemTable + StConIn, conIn);
        Mem.Write(SystemTable + StConsoleOutHandle, outHandle);
        Mem.Write(SystemTable + StConOut, conOut);
        Mem.Write(SystemTable + StStandardErrorHandle, errorHandle);
        Mem.Write(SystemTable + StStdErr, stdErr);
    }

    /// <summary>Zeroed pages the firmware keeps, of <paramref name="memoryType"/> (ACPI tables take EfiACPIReclaimMemory, for one): the first page's address.</summary>
    public uint AllocateFirmwarePages(uint pages, uint memoryType)
    {
        uint address = TakePages(pages, memoryType);
        Mem.Fill(address, 0, pages * MemoryMap.PageSize);
        return address;
    }

    // ---- IFirmwareServices ---------------------------------------------------------------------------------------

    uint IFirmwareServices.AllocatePool(uint bytes) => AllocateZeroedPool(EfiMemoryType.BootServicesData, bytes);

    uint IFirmwareServices.AllocatePages(uint pages) => AllocateFirmwarePages(pages, EfiMemoryType.BootServicesData);

    uint IFirmwareServices.CodeAddress(MethodInfo method) => BootCode.AddressOf(method);

    uint IFirmwareServices.InstallProtocol(uint handle, Guid protocol, uint interfaceAddress)
    {
        uint status = Handles.Install(ref handle, protocol, interfaceAddress);
        if (EfiStatus.IsError(status))
            throw new InvalidOperationException($"installing protocol {protocol} on handle 0x{handle:X8}: {EfiStatus.Name(status)}");
        return handle;
    }
}
