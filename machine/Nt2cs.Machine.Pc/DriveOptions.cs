namespace Nt2cs.Machine.Pc;

/// <summary>The storage device a <c>--drive</c> attaches to.</summary>
public enum DriveType
{
    Nvme,
    Ide,
    VirtioBlk,
}

/// <summary>One <c>--drive FILE[,type=nvme|ide|virtio-blk]</c> (QEMU's word): a host image file and the device it sits behind.</summary>
public sealed record DriveOptions(string Path, DriveType Type)
{
    /// <summary>Parses the option's value; <paramref name="machine"/> gives the default type (q35: NVMe).</summary>
    public static DriveOptions Parse(string value, MachineKind machine)
    {
        var parts = value.Split(',');
        if (parts[0].Length == 0)
            throw new ArgumentException($"--drive {value}: expected FILE[,type=nvme|ide|virtio-blk]");
        DriveType type = DefaultType(machine);
        foreach (var part in parts.Skip(1))
        {
            type = part.Split('=', 2) switch
            {
                ["type", var name] when TryParseType(name, out var parsed) => parsed,
                _ => throw new ArgumentException($"--drive {value}: unknown option '{part}' (expected type=nvme, type=ide or type=virtio-blk)"),
            };
        }
        return new DriveOptions(parts[0], type);
    }

    /// <summary>A device type by its name (<c>nvme</c>, <c>ide</c>, <c>virtio-blk</c>), as <c>--drive</c>'s type and <c>--disk</c> take it.</summary>
    public static bool TryParseType(string name, out DriveType type)
    {
        (bool known, type) = name switch
        {
            "nvme" => (true, DriveType.Nvme),
            "ide" => (true, DriveType.Ide),
            "virtio-blk" => (true, DriveType.VirtioBlk),
            _ => (false, DriveType.Nvme),
        };
        return known;
    }

    /// <summary>The device type a machine gives a disk when none is named: NVMe on q35, IDE on pc.</summary>
    public static DriveType DefaultType(MachineKind machine) => machine == MachineKind.Q35 ? DriveType.Nvme : DriveType.Ide;

    public static string NameOf(DriveType type) => type switch
    {
        DriveType.Nvme => "nvme",
        DriveType.Ide => "ide",
        _ => "virtio-blk",
    };
}
