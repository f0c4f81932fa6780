using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>Starting a boot application as the boot manager does (UEFI 2.10 §3.1), and the run's status from what it returns.</summary>
public sealed partial class EfiFirmware
{
    /// <summary>The run's status for an application's error status (or a load failure): 1, the status named on stderr.</summary>
    public const int StatusApplicationError = 1;

    /// <summary>
    /// Copies <paramref name="file"/> (an image file) into boot services data as a boot manager leaves the file it
    /// read: its guest address.
    /// </summary>
    public uint PlaceFile(ReadOnlySpan<byte> file)
    {
        uint address = TakePages(Math.Max(1, ((uint)file.Length + MemoryMap.PageSize - 1) / MemoryMap.PageSize),
            EfiMemoryType.BootServicesData, MemoryMap.Owner.Pages);
        Mem.CopyIn(address, file);
        return address;
    }

    /// <summary>A device path (its bytes, ending with an end node) copied into boot services data: its guest address.</summary>
    public uint PlaceDevicePath(ReadOnlySpan<byte> path)
    {
        uint address = AllocateZeroedPool(EfiMemoryType.BootServicesData, (uint)path.Length);
        Mem.CopyIn(address, path);
        return address;
    }

    /// <summary>
    /// Loads the application image file at <paramref name="file"/> with LoadImage (from <paramref name="devicePath"/>
    /// when the boot manager read it from a disk, so its Loaded Image names the partition and the file), frees the file's pages, arms the
    /// boot watchdog (5 minutes), starts it and disarms the watchdog when it returns. The run's status: 0 for
    /// EFI_SUCCESS, 0 with a note for a warning, 1 naming the status for an error (or a failed load); the note and
    /// the name go to stderr through the machine's stop report. Runs on the guest stack (<see cref="StackTop"/>).
    /// </summary>
    public int RunApplication(uint file, uint fileSize, uint devicePath = 0)
    {
        uint status = LoadedImages.Load(FirmwareImageHandle, devicePath, file, fileSize, out uint handle);
        Map.Set(file >> MemoryMap.PageShift, Math.Max(1, (fileSize + MemoryMap.PageSize - 1) / MemoryMap.PageSize),
            EfiMemoryType.ConventionalMemory, MemoryMap.Owner.Free);
        if (status != EfiStatus.Success)
            Cpu.Stop(MachineExitReason.ProgramReturned, StatusApplicationError, $"firmware: LoadImage of the application failed: {EfiStatus.Name(status)}");
        LoadedImages.LoadedByBootManager(handle);
        SetWatchdog(BootWatchdogSeconds, 0, 0, 0);
        status = LoadedImages.Start(handle, 0, 0);
        if (!BootServicesExited)
            SetWatchdog(0, 0, 0, 0);
        if (EfiStatus.IsError(status))
            Cpu.Stop(MachineExitReason.ProgramReturned, StatusApplicationError, $"the application returned {EfiStatus.Name(status)}");
        if (EfiStatus.IsWarning(status))
            Cpu.Stop(MachineExitReason.ProgramReturned, 0, $"note: the application returned the warning {EfiStatus.Name(status)}");
        return 0;
    }
}
