using Nt2cs.Machine.Devices;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// EFI_RUNTIME_SERVICES (UEFI 2.10 §4.5, §8): time from the RTC through the CMOS ports as firmware reads it,
/// variables (<see cref="VariableStore"/>), the high monotonic count and ResetSystem. They stay callable after
/// ExitBootServices. SetVirtualAddressMap and ConvertPointer are not provided (EFI_UNSUPPORTED): the firmware's
/// functions live at fixed code addresses of the function table, which a new mapping cannot move.
/// </summary>
public static class RuntimeServices
{
    private static readonly string[] s_table =
    [
        nameof(GetTime), nameof(SetTime), nameof(GetWakeupTime), nameof(SetWakeupTime), nameof(SetVirtualAddressMap),
        nameof(ConvertPointer), nameof(GetVariable), nameof(GetNextVariableName), nameof(SetVariable),
        nameof(GetNextHighMonotonicCount), nameof(ResetSystem), nameof(UpdateCapsule), nameof(QueryCapsuleCapabilities),
        nameof(QueryVariableInfo),
    ];

    /// <summary>sizeof(EFI_RUNTIME_SERVICES) on IA32: the header and 14 pointers.</summary>
    public const uint TableSize = 24 + 14 * 4;

    // EFI_RESET_TYPE.
    public const uint ResetCold = 0, ResetWarm = 1, ResetShutdown = 2, ResetPlatformSpecific = 3;

    /// <summary>The run's status when ResetSystem(EfiResetShutdown) is given an error or warning status.</summary>
    public const int StatusShutdownWithError = 1;

    internal static void FillTable(EfiFirmware firmware, uint table)
    {
        for (int i = 0; i < s_table.Length; i++)
            Mem.Write(table + 24 + 4 * (uint)i, firmware.RuntimeCode.AddressOf(typeof(RuntimeServices), s_table[i]));
    }

    // ---- Time ---------------------------------------------------------------------------------------------------

    public static uint GetTime(uint time, uint capabilities)
    {
        var firmware = EfiFirmware.Current;
        if (time == 0)
            return EfiStatus.InvalidParameter;
        if (RtcTime.Read(firmware) is not { } now)
            return EfiStatus.DeviceError;
        now.WriteTo(time);
        if (capabilities != 0)
        {
            Mem.Write(capabilities, 1u);                 // Resolution: 1 Hz, the RTC counts seconds
            Mem.Write(capabilities + 4, 50_000_000u);    // Accuracy: 50 ppm, in parts per trillion
            Mem.Write(capabilities + 8, (byte)0);        // SetsToZero: FALSE
        }
        return EfiStatus.Success;
    }

    public static uint SetTime(uint time)
    {
        var firmware = EfiFirmware.Current;
        if (time == 0 || RtcTime.ReadFrom(time) is not { } value)
            return EfiStatus.InvalidParameter;
        RtcTime.Write(firmware, value);
        return EfiStatus.Success;
    }

    /// <summary>The RTC's alarm is not offered as a wakeup timer (the specification allows EFI_UNSUPPORTED).</summary>
    public static uint GetWakeupTime(uint enabled, uint pending, uint time) => EfiStatus.Unsupported;

    public static uint SetWakeupTime(byte enable, uint time) => EfiStatus.Unsupported;

    public static uint SetVirtualAddressMap(uint memoryMapSize, uint descriptorSize, uint descriptorVersion, uint virtualMap) =>
        EfiStatus.Unsupported;

    public static uint ConvertPointer(uint debugDisposition, uint address) => EfiStatus.Unsupported;

    public static uint GetNextHighMonotonicCount(uint highCount)
    {
        if (highCount == 0)
            return EfiStatus.InvalidParameter;
        Mem.Write(highCount, EfiFirmware.Current.NextHighMonotonicCount());
        return EfiStatus.Success;
    }

    public static uint UpdateCapsule(uint capsuleHeaderArray, uint capsuleCount, ulong scatterGatherList) => EfiStatus.Unsupported;

    public static uint QueryCapsuleCapabilities(uint capsuleHeaderArray, uint capsuleCount, uint maximumCapsuleSize, uint resetType) =>
        EfiStatus.Unsupported;

    // ---- Reset --------------------------------------------------------------------------------------------------

    /// <summary>
    /// Shutdown powers off through ACPI PM1a_CNT (status 0) when <paramref name="resetStatus"/> is EFI_SUCCESS, and
    /// otherwise ends the run with status 1 naming the status; cold and warm resets write the chipset's reset
    /// control register (0xCF9), hard and soft.
    /// </summary>
    public static void ResetSystem(uint resetType, uint resetStatus, uint dataSize, uint resetData)
    {
        var firmware = EfiFirmware.Current;
        var cpu = firmware.Cpu;
        switch (resetType)
        {
            case ResetShutdown:
                if (resetStatus == EfiStatus.Success)
                    cpu.OutPort(AcpiPmControl.Port, 2, AcpiPmControl.SleepEnable | (AcpiPmControl.SoftOffSleepType << AcpiPmControl.SleepTypeShift));
                string data = resetData != 0 && dataSize >= 2 ? EfiFirmware.ReadString16(resetData, (int)Math.Min(dataSize / 2, 256)) : "";
                cpu.Stop(MachineExitReason.PowerOff, resetStatus == EfiStatus.Success ? 0 : StatusShutdownWithError,
                    $"ResetSystem(EfiResetShutdown, {EfiStatus.Name(resetStatus)}){(data.Length > 0 ? $": {data}" : "")}");
                break;
            case ResetCold:
            case ResetPlatformSpecific:
                cpu.OutPort(ResetControlRegister.Port, 1, ResetControlRegister.SysRst | ResetControlRegister.RstCpu);
                break;
            case ResetWarm:
                cpu.OutPort(ResetControlRegister.Port, 1, ResetControlRegister.RstCpu);
                break;
        }
        firmware.Stop(resetType > ResetPlatformSpecific
            ? $"ResetSystem with the reset type {resetType}, which is none of EFI_RESET_TYPE's"
            : $"ResetSystem({resetType}) returned: the machine did not reset");
    }

    // ---- Variables ----------------------------------------------------------------------------------------------

    private const uint AuthenticatedAttributes = VariableStore.AuthenticatedWriteAccess | VariableStore.TimeBasedAuthenticatedWriteAccess
        | VariableStore.EnhancedAuthenticatedAccess;

    /// <summary>A variable the caller may see now: after ExitBootServices only those with runtime access.</summary>
    private static bool Visible(EfiFirmware firmware, VariableStore.Variable variable) =>
        !firmware.BootServicesExited || (variable.Attributes & VariableStore.RuntimeAccess) != 0;

    public static uint GetVariable(uint variableName, uint vendorGuid, uint attributes, uint dataSize, uint data)
    {
        var firmware = EfiFirmware.Current;
        if (variableName == 0 || vendorGuid == 0 || dataSize == 0)
            return EfiStatus.InvalidParameter;
        var variable = firmware.Machine.Variables.Find(EfiGuids.Read(vendorGuid), EfiFirmware.ReadString16(variableName));
        if (variable is null || !Visible(firmware, variable))
            return EfiStatus.NotFound;
        uint given = Mem.Read<uint>(dataSize);
        Mem.Write(dataSize, (uint)variable.Data.Length);
        if (attributes != 0)
            Mem.Write(attributes, variable.Attributes);
        if (given < variable.Data.Length)
            return EfiStatus.BufferTooSmall;
        if (data == 0 && variable.Data.Length > 0)
            return EfiStatus.InvalidParameter;
        Mem.CopyIn(data, variable.Data);
        return EfiStatus.Success;
    }

    public static uint GetNextVariableName(uint variableNameSize, uint variableName, uint vendorGuid)
    {
        var firmware = EfiFirmware.Current;
        if (variableNameSize == 0 || variableName == 0 || vendorGuid == 0)
            return EfiStatus.InvalidParameter;
        uint size = Mem.Read<uint>(variableNameSize);
        int terminator = -1;
        for (uint i = 0; i + 1 < size && terminator < 0; i += 2)
            if (Mem.Read<ushort>(variableName + i) == 0)
                terminator = (int)i / 2;
        if (terminator < 0)
            return EfiStatus.InvalidParameter;
        // Volatile variables first, then non-volatile ones, each in creation order (OVMF's order; the specification fixes none).
        var visible = firmware.Machine.Variables.All.Where(v => Visible(firmware, v))
            .OrderBy(v => (v.Attributes & VariableStore.NonVolatile) != 0).ToList();
        int next = 0;
        if (terminator > 0)
        {
            string name = EfiFirmware.ReadString16(variableName, terminator);
            var vendor = EfiGuids.Read(vendorGuid);
            int current = visible.FindIndex(v => v.Vendor == vendor && v.Name == name);
            if (current < 0)
                return EfiStatus.InvalidParameter;
            next = current + 1;
        }
        if (next >= visible.Count)
            return EfiStatus.NotFound;
        var found = visible[next];
        uint needed = 2 * ((uint)found.Name.Length + 1);
        Mem.Write(variableNameSize, needed);
        if (size < needed)
            return EfiStatus.BufferTooSmall;
        EfiFirmware.WriteString16(variableName, found.Name);
        EfiGuids.Write(vendorGuid, found.Vendor);
        return EfiStatus.Success;
    }

    public static uint SetVariable(uint variableName, uint vendorGuid, uint attributes, uint dataSize, uint data)
    {
        var firmware = EfiFirmware.Current;
        var store = firmware.Machine.Variables;
        if (variableName == 0 || vendorGuid == 0 || Mem.Read<ushort>(variableName) == 0 || (dataSize != 0 && data == 0))
            return EfiStatus.InvalidParameter;
        if ((attributes & ~VariableStore.KnownAttributes) != 0)
            return EfiStatus.InvalidParameter;
        // No authenticated variables: the deprecated AUTHENTICATED_WRITE_ACCESS is EFI_UNSUPPORTED by the specification;
        // time-based authentication never passes the validation this firmware does not do (as OVMF answers data
        // that is no authentication descriptor).
        if ((attributes & VariableStore.TimeBasedAuthenticatedWriteAccess) != 0)
            return EfiStatus.SecurityViolation;
        if ((attributes & AuthenticatedAttributes) != 0)
            return EfiStatus.Unsupported;
        uint access = attributes & (VariableStore.BootServiceAccess | VariableStore.RuntimeAccess);
        if ((attributes & VariableStore.RuntimeAccess) != 0 && (attributes & VariableStore.BootServiceAccess) == 0)
            return EfiStatus.InvalidParameter;
        if (firmware.BootServicesExited && access != 0 && (attributes & VariableStore.RuntimeAccess) == 0)
            return EfiStatus.InvalidParameter;
        var vendor = EfiGuids.Read(vendorGuid);
        string name = EfiFirmware.ReadString16(variableName);
        if ((attributes & VariableStore.HardwareErrorRecord) != 0 && ((attributes & (VariableStore.NonVolatile | VariableStore.BootServiceAccess | VariableStore.RuntimeAccess))
                != (VariableStore.NonVolatile | VariableStore.BootServiceAccess | VariableStore.RuntimeAccess)
                || vendor != EfiGuids.HardwareErrorVariable || !name.StartsWith("HwErrRec", StringComparison.Ordinal)))
            return EfiStatus.InvalidParameter;
        var existing = store.Find(vendor, name);
        if (existing is not null && !Visible(firmware, existing))
            return EfiStatus.InvalidParameter;
        bool append = (attributes & VariableStore.AppendWrite) != 0;
        uint kept = attributes & ~VariableStore.AppendWrite;
        try
        {
            if (access == 0 || (dataSize == 0 && !append))
            {
                // A variable without access attributes, or with no data, is deleted.
                if (existing is null)
                    return EfiStatus.NotFound;
                if (access != 0 && existing.Attributes != kept)
                    return EfiStatus.InvalidParameter;
                store.Remove(existing);
                return EfiStatus.Success;
            }
            if (existing is not null && existing.Attributes != kept)
                return EfiStatus.InvalidParameter;
            if (append && dataSize == 0)
                return EfiStatus.Success;
            var bytes = new byte[dataSize];
            Mem.CopyOut(data, bytes);
            byte[] value = append && existing is not null ? [.. existing.Data, .. bytes] : bytes;
            uint size = 2 * ((uint)name.Length + 1) + (uint)value.Length;
            if (size > VariableStore.MaxVariableSize)
                return EfiStatus.InvalidParameter;
            bool nonVolatile = (kept & VariableStore.NonVolatile) != 0;
            if (store.Used(nonVolatile) - (existing?.Size ?? 0) + size > VariableStore.Capacity)
                return EfiStatus.OutOfResources;
            if (existing is not null)
                store.Replace(existing, value);
            else
                store.Add(new VariableStore.Variable(vendor, name, kept, value));
            return EfiStatus.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            firmware.Warn($"the variable store could not be written: {e.Message}");
            return EfiStatus.DeviceError;
        }
    }

    public static uint QueryVariableInfo(uint attributes, uint maximumVariableStorageSize, uint remainingVariableStorageSize, uint maximumVariableSize)
    {
        var firmware = EfiFirmware.Current;
        if (maximumVariableStorageSize == 0 || remainingVariableStorageSize == 0 || maximumVariableSize == 0)
            return EfiStatus.InvalidParameter;
        if ((attributes & AuthenticatedAttributes) != 0)
            return EfiStatus.Unsupported;
        if ((attributes & ~VariableStore.KnownAttributes) != 0 || (attributes & VariableStore.BootServiceAccess) == 0
            || (firmware.BootServicesExited && (attributes & VariableStore.RuntimeAccess) == 0))
            return EfiStatus.InvalidParameter;
        bool nonVolatile = (attributes & VariableStore.NonVolatile) != 0;
        Mem.Write(maximumVariableStorageSize, (ulong)VariableStore.Capacity);
        Mem.Write(remainingVariableStorageSize, (ulong)(VariableStore.Capacity - firmware.Machine.Variables.Used(nonVolatile)));
        Mem.Write(maximumVariableSize, (ulong)VariableStore.MaxVariableSize);
        return EfiStatus.Success;
    }
}
