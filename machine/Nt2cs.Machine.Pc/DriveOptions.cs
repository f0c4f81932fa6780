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
        DriveType type = machine == MachineKind.Q35 ? DriveType.Nvme : DriveType.Ide;
        foreach (var part in parts.Skip(1))
        {
            type = part.Split('=', 2) switch
            {
                ["type", "nvme"] => DriveType.Nvme,
                ["type", "ide"] => DriveType.Ide,
                ["type", "virtio-blk"] => DriveType.VirtioBlk,
                _ => throw new ArgumentException($"--drive {value}: unknown option '{part}' (expected type=nvme, type=ide or type=virtio-blk)"),
            };
        }
        return new DriveOptions(parts[0], type);
    }

    public static string NameOf(DriveType type) => type switch
    {
        DriveType.Nvme => "nvme",
        DriveType.Ide => "ide",
        _ => "virtio-blk",
    };
}
