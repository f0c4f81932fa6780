using Nt2cs.Machine.Devices.Ide;
using Nt2cs.Machine.Devices.Nvme;
using Nt2cs.Machine.Devices.Pci;
using Nt2cs.Machine.Devices.Virtio;
using Nt2cs.Machine.Devices.VirtioBlk;
using Nt2cs.Machine.Firmware.Storage.Fat;
using Nt2cs.Runtime;
using C = Nt2cs.Machine.Devices.Pci.PciConfigRegisters;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>A partition's handle and what is installed on it.</summary>
public sealed record StoragePartition(Partition Info, uint Handle, byte[] DevicePath, BlockIo BlockIo, DiskIo DiskIo, SimpleFileSystem? FileSystem);

/// <summary>A disk's handle, what is installed on it, and its partitions' handles.</summary>
public sealed record StorageDisk(BlockDevice Device, uint Handle, byte[] DevicePath, BlockIo BlockIo, DiskIo DiskIo, IReadOnlyList<StoragePartition> Partitions);

/// <summary>
/// The firmware's storage stack, connected at power-on: every disk controller on PCI bus 0 (in device order)
/// gets its driver, a handle with Device Path, Block I/O and Disk I/O; each partition of its GPT or MBR gets a
/// handle of its own with a logical-partition Block I/O, Disk I/O, and Simple File System when it holds FAT.
/// A controller whose driver cannot start is left out with a log line.
/// </summary>
public sealed class StorageStack
{
    private StorageStack(List<StorageDisk> disks) => Disks = disks;

    /// <summary>The disks in the order the PCI scan found them (the boot manager's disk order).</summary>
    public IReadOnlyList<StorageDisk> Disks { get; }

    public static StorageStack Connect(StorageHardware hardware, IFirmwareServices services)
    {
        ProtocolOwners.Clear();
        var disks = new List<StorageDisk>();
        Func<DateTime> now = () => CmosClock.Read(hardware.Ports);
        foreach (var pci in Functions(hardware))
        {
            BlockDevice? device;
            try
            {
                device = Driver(hardware, pci, services);
            }
            catch (DeviceFailureException e)
            {
                hardware.Log.Warn("firmware", $"{e.Message}; the disk is left out");
                continue;
            }
            if (device is not null)
                disks.Add(Install(services, device, now));
        }
        return new StorageStack(disks);
    }

    /// <summary>The functions present on bus 0, by device then function (a device's functions 1–7 only when it is multi-function).</summary>
    private static IEnumerable<PciAddress> Functions(StorageHardware hardware)
    {
        for (int device = 0; device < 32; device++)
        {
            for (int function = 0; function < 8; function++)
            {
                var at = new PciAddress(0, device, function);
                if ((ushort)hardware.ReadConfig(at, C.VendorId, 2) == 0xFFFF)
                {
                    if (function == 0)
                        break;
                    continue;
                }
                yield return at;
                if (function == 0 && (hardware.ReadConfig(at, C.HeaderType, 1) & C.HeaderTypeMultiFunction) == 0)
                    break;
            }
        }
    }

    private static BlockDevice? Driver(StorageHardware hardware, PciAddress pci, IFirmwareServices services)
    {
        ushort vendor = (ushort)hardware.ReadConfig(pci, C.VendorId, 2);
        ushort deviceId = (ushort)hardware.ReadConfig(pci, C.DeviceId, 2);
        uint classCode = hardware.ReadConfig(pci, C.RevisionId, 4) >> 8;
        if (classCode == NvmeController.NvmeClassCode)
            return new NvmeDisk(hardware, pci, services);
        if (vendor == PciChipsetFunction.IntelVendorId && deviceId == Piix3IdeFunction.Piix3IdeDeviceId)
            return IdeDisk.Probe(hardware, pci, services);
        if (vendor == VirtioPciRegisters.VendorId && deviceId == VirtioPciRegisters.ModernDeviceIdBase + VirtioBlkRegisters.DeviceType)
            return VirtioBlkDisk.Create(hardware, pci, services);
        return null;
    }

    private static StorageDisk Install(IFirmwareServices services, BlockDevice device, Func<DateTime> now)
    {
        byte[][] nodes = device.MessagingNode.Length > 0
            ? [DevicePath.PciRoot(), DevicePath.Pci(device.Pci.Device, device.Pci.Function), device.MessagingNode]
            : [DevicePath.PciRoot(), DevicePath.Pci(device.Pci.Device, device.Pci.Function)];
        var path = DevicePath.Build(nodes);
        var blockIo = new BlockIo(services, device, 0, device.BlockCount, logicalPartition: false);
        var diskIo = new DiskIo(services, blockIo);
        uint handle = services.InstallProtocol(0, StorageGuids.DevicePathProtocol, ProtocolOwners.Pool(services, path));
        services.InstallProtocol(handle, StorageGuids.BlockIoProtocol, blockIo.Interface);
        services.InstallProtocol(handle, StorageGuids.DiskIoProtocol, diskIo.Interface);

        var partitions = new List<StoragePartition>();
        List<Partition> found;
        try
        {
            found = Partitions.Read(blockIo);
        }
        catch (DeviceFailureException e)
        {
            device.Log($"{e.Message}; no partitions read");
            found = [];
        }
        foreach (var partition in found)
        {
            var partPath = DevicePath.Append(path, partition.HardDriveNode());
            var partBlocks = new BlockIo(services, device, partition.FirstLba, partition.BlockCount, logicalPartition: true);
            var partDisk = new DiskIo(services, partBlocks);
            uint partHandle = services.InstallProtocol(0, StorageGuids.DevicePathProtocol, ProtocolOwners.Pool(services, partPath));
            services.InstallProtocol(partHandle, StorageGuids.BlockIoProtocol, partBlocks.Interface);
            services.InstallProtocol(partHandle, StorageGuids.DiskIoProtocol, partDisk.Interface);
            SimpleFileSystem? fileSystem = null;
            try
            {
                if (SimpleFileSystem.LooksLikeFat(partDisk))
                {
                    fileSystem = new SimpleFileSystem(services, partDisk, now);
                    services.InstallProtocol(partHandle, StorageGuids.SimpleFileSystemProtocol, fileSystem.Interface);
                }
            }
            catch (DeviceFailureException e)
            {
                device.Log(e.Message);
            }
            partitions.Add(new StoragePartition(partition, partHandle, partPath, partBlocks, partDisk, fileSystem));
        }
        return new StorageDisk(device, handle, path, blockIo, diskIo, partitions);
    }
}
