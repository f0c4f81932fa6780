using System.Security.Cryptography;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs exec --efi</c> once the application is built: its assembly signed as an image file (with a key made
/// for the run: the file is mapped by this process only), put on an EFI system partition as
/// <c>\EFI\BOOT\BOOTIA32.EFI</c> with the <c>--esp-file</c> extras, on a GPT disk (<c>nt2cs disk create</c>'s builder)
/// attached as the <c>--disk</c> type, and booted through the firmware, whose boot manager finds it there
/// (<see cref="EfiBoot"/>). The disk is a scratch copy under a copy-on-write overlay, removed after the run.
/// </summary>
internal static class EfiApplicationRun
{
    public const string BootFile = @"EFI\BOOT\BOOTIA32.EFI";

    /// <summary>One <c>--esp-file HOST=PATH</c>: a host file and where it goes on the ESP.</summary>
    public sealed record EspFile(string Host, string Path)
    {
        public static EspFile Parse(string value)
        {
            int equals = value.IndexOf('=');
            if (equals <= 0 || equals == value.Length - 1)
                throw new UsageException($"--esp-file {value}: expected HOST=PATH (a host file, and its path on the ESP)");
            var path = value[(equals + 1)..].Replace('/', '\\').Trim('\\');
            if (path.Split('\\').Any(part => part is "" or "." or ".."))
                throw new UsageException($"--esp-file {value}: the ESP path must name a file below the root");
            if (string.Equals(path, BootFile, StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--esp-file {value}: \\{BootFile} is the application itself");
            return new EspFile(value[..equals], path);
        }
    }

    public static int Run(byte[] assembly, MachineOptions machine, DriveType disk, IReadOnlyList<EspFile> espFiles, string? variableStore,
        Stream stdout, Stream stderr, ReadOnlyMemory<byte> input, TimeSpan? timeout)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return BootDisk.ForOneRun("nt2cs-efi-", stderr, scratch =>
        {
            var tree = Path.Combine(scratch, "esp");
            BootDisk.Place(tree, BootFile, ImageFile.Sign(assembly, key));
            foreach (var file in espFiles)
            {
                if (!File.Exists(file.Host))
                    return BareMachine.Report(stderr, $"--esp-file {file.Host}: no such file", BareMachine.StatusSetupFailed);
                BootDisk.Place(tree, file.Path, File.ReadAllBytes(file.Host));
            }
            long bytes = Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var image = Path.Combine(scratch, "disk.img");
            DiskCommand.Build(image, BootDisk.EspMiB(bytes), mbr: false, fatBits: null, tree, force: true);
            return EfiBoot.Run(null, machine with { Drives = [new DriveOptions(image, disk)], ImageSigningKey = key },
                stdout, stderr, input, timeout, variableStore);
        });
    }
}
