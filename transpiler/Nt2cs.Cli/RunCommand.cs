using System.CommandLine;
using System.Diagnostics;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Transpiler.Driver;
using DriveType = Nt2cs.Machine.Pc.DriveType;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs run [--selftest] [--boot-options "…"] [--machine q35|pc] [--disk nvme|ide|virtio-blk] [--mem MiB] [--timeout S]
/// [--driver DIR]…</c>: brings <c>generated/</c> up to date with <c>nt-src/</c> (saying so on stderr when it was
/// stale), builds the OS loader, the kernel's images and the drivers (<see cref="KernelImages"/>), installs the
/// system on the boot volume (<see cref="SystemVolume"/>) and boots the boot disk through the firmware and the
/// loader (<see cref="SystemBoot"/>). <c>--selftest</c> adds <c>/SELFTEST</c> to the boot options and a 300-second
/// virtual time limit unless one is given. <c>--driver DIR</c> builds a driver outside the tree as the DDK would
/// (<see cref="TreeTranslator.RunDriverKit"/>) and installs it on the boot volume as a system-start service.
/// Redirected stdin arrives on COM1, as with <c>exec --freestanding</c>. The boot volume gets the tree's drivers
/// and, when it has none, the SYSTEM hive composed from <c>nt-src/boot/system.reg</c>; <c>--save-hive FILE</c>
/// writes the hive as the kernel's last flush left it when the run ends, however it ends. <c>--boot-volume FILE</c>
/// is the boot volume (a bare FAT volume, as <c>mkfs.fat -C</c> makes one), which becomes the boot disk's second
/// partition and so the loader's RAM disk; without it, a default FAT12 volume with the self-tests' files
/// (<see cref="SelftestVolume"/>) kept in <c>.build/run</c>. <c>--persist</c> writes the RAM disk's content back to
/// FILE at power-off. A system reset restarts the machine and boots again from the disk (RAM cleared: the RAM
/// disk's changes are lost); <c>--no-reboot</c> ends the run there instead (status 0, "reset" on stderr).
/// Exit status: 0 power-off (every test passed), 1 a failed test, a loader failure or a driver's translation
/// error, 133 a bug check, 124 the time limit.
/// </summary>
internal static class RunCommand
{
    private const string SystemHiveSource = "nt-src/boot/system.reg";
    private const double SelftestTimeoutSeconds = 300;
    private const int DefaultVolumeKiB = 1440;
    private const int MaxBootOptions = 1024;   // the loader's limit (nt-src/boot/efi/blconfig.h, BL_MAX_OPTIONS)

    public static Command Create()
    {
        var selftest = new Option<bool>("--selftest") { Description = "Run the kernel's self-test suites (adds /SELFTEST)" };
        var bootOptions = new Option<string>("--boot-options") { Description = "The kernel's boot options", DefaultValueFactory = _ => "" };
        var machineKind = new Option<string>("--machine") { Description = "The chipset, q35 (default) or pc", DefaultValueFactory = _ => "q35" };
        var disk = new Option<string>("--disk") { Description = "The boot disk's type: nvme (default on q35), ide (default on pc) or virtio-blk" };
        var memory = new Option<string>("--mem") { Description = $"RAM in MiB (default {MachineOptions.DefaultMemoryMiB})", DefaultValueFactory = _ => MachineOptions.DefaultMemoryMiB.ToString() };
        var timeout = new Option<double?>("--timeout") { Description = "End the run after this many seconds of virtual time (status 124)" };
        var verbose = new Option<bool>("-v", "--verbose") { Description = "Report timings on stderr" };
        var driver = new Option<string[]>("--driver")
        {
            Description = "Build the driver whose sources file is in DIR as the DDK would, and boot with it loaded (repeatable)",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var saveHive = new Option<string?>("--save-hive") { Description = "Write the SYSTEM hive as the kernel left it (its last ZwFlushKey) to this file when the run ends" };
        var bootVolume = new Option<string?>("--boot-volume") { Description = "The boot volume's image (a FAT volume without a partition table): the boot disk's second partition, which the loader reads into the RAM disk" };
        var persist = new Option<bool>("--persist") { Description = "Write the RAM disk back to the --boot-volume file at power-off" };
        var noReboot = new Option<bool>("--no-reboot") { Description = "A system reset ends the run with status 0 instead of restarting the machine and booting again" };
        var command = new Command("run", "Boot the kernel translated from nt-src on the machine")
            { selftest, bootOptions, machineKind, disk, memory, timeout, verbose, driver, saveHive, bootVolume, persist, noReboot };
        command.SetAction(result =>
        {
            MachineOptions machine;
            DriveType diskType;
            try
            {
                var kind = MachineOptions.ParseKind(result.GetValue(machineKind)!);
                diskType = DriveOptions.DefaultType(kind);
                if (result.GetValue(disk) is { } type && !DriveOptions.TryParseType(type, out diskType))
                    throw new UsageException($"--disk {type}: expected nvme, ide or virtio-blk");
                machine = new MachineOptions
                {
                    Kind = kind,
                    MemoryMiB = MachineOptions.ParseMemoryMiB(result.GetValue(memory)!, EfiBoot.MinimumMemoryMiB),
                    ImageSigningKey = ImageSigningKey.Of(Environment.CurrentDirectory),
                    NoReboot = result.GetValue(noReboot),
                };
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message.Split(" (Parameter")[0]);
            }
            double? limit = result.GetValue(timeout);
            if (limit is <= 0 or > 1e9)
                throw new UsageException("--timeout: expected a positive number of seconds");
            var options = result.GetValue(bootOptions)!.Trim();
            if (options.Length >= MaxBootOptions || options.Any(c => c is < ' ' or > '~'))
                throw new UsageException($"--boot-options: printable ASCII, under {MaxBootOptions} characters");
            bool selftesting = result.GetValue(selftest);
            if (selftesting)
            {
                options = (options + " /SELFTEST").Trim();
                limit ??= SelftestTimeoutSeconds;
            }
            var clock = Stopwatch.StartNew();
            bool timings = result.GetValue(verbose);
            var root = Environment.CurrentDirectory;
            var volume = LoadVolume(root, result.GetValue(bootVolume), result.GetValue(persist));
            if (Regenerate(root) is int failed)
                return failed;
            string? savePath = result.GetValue(saveHive);
            string? saveFailed = null;
            void Save(byte[] image)
            {
                try
                {
                    File.WriteAllBytes(savePath!, image);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    saveFailed = e.Message;
                }
            }
            var regenerated = clock.Elapsed;
            try
            {
                if (KernelImages.BootFiles(root, machine.ImageSigningKey!) is not { } images)
                    return Commands.StatusInternalError;
                if (KernelImages.DriverFiles(root, machine.ImageSigningKey!, selftesting) is not { } treeDrivers)
                    return Commands.StatusInternalError;
                var drivers = treeDrivers.ToList();
                var added = new List<string>();
                foreach (var directory in result.GetValue(driver) ?? [])
                {
                    var full = Path.GetFullPath(directory);
                    if (!File.Exists(Path.Combine(full, "sources")))
                        throw new UsageException($"--driver {directory}: no sources file there");
                    if (KernelImages.DriverKitDriver(root, full, machine.ImageSigningKey!, out int failure) is not { } kit)
                        return failure;
                    if (drivers.Any(d => d.Name.Equals(kit.Name, StringComparison.OrdinalIgnoreCase)))
                        throw new UsageException($"--driver {directory}: a driver named {kit.Name} is loaded already");
                    drivers.Add(kit);
                    added.Add(kit.Name);
                }
                var compiled = clock.Elapsed;
                SystemVolume.Installation installed;
                try
                {
                    installed = SystemVolume.Prepare(volume.Image, drivers, () => SystemHive.Parse(Path.Combine(root, SystemHiveSource)),
                        added.Count == 0 ? null : system => added.ForEach(name => Machine.Pc.Registry.ServiceOrder.AddSystemStartDriver(system, name)));
                }
                catch (Exception e) when (e is Machine.Pc.Registry.RegFormatException or IOException)
                {
                    Console.Error.WriteLine($"nt2cs: the SYSTEM hive or the boot volume: {e.Message}");
                    return Commands.StatusSetup;
                }
                if (installed.Problem is not null)
                    Console.Error.WriteLine($"nt2cs: the boot volume: {installed.Problem}: booting it unchanged, without the build's drivers and hive");
                var built = clock.Elapsed;
                if (timings)
                    Console.Error.WriteLine($"nt2cs: generated/ checked in {regenerated.TotalMilliseconds:F0} ms, images built in {(compiled - regenerated).TotalMilliseconds:F0} ms, " +
                        $"the boot volume prepared in {(built - compiled).TotalMilliseconds:F0} ms");
                using var stdout = Console.OpenStandardOutput();
                using var stderr = Console.OpenStandardError();
                using var stdin = Console.OpenStandardInput();
                var input = Console.IsInputRedirected ? ExecCommand.ReadInput(stdin) : default;
                var milestones = timings ? new BootMilestones() : null;
                int status = SystemBoot.Run(images, installed.Volume, options, machine, diskType, stdout, stderr, input,
                    limit is double seconds ? TimeSpan.FromSeconds(seconds) : null,
                    new SystemBoot.AtEnd(savePath is null ? null : Save, volume.WriteBack), milestones);
                if (milestones is not null)
                    Console.Error.WriteLine($"nt2cs: the boot disk made and the machine run in {(clock.Elapsed - built).TotalMilliseconds:F0} ms; {milestones}");
                if (saveFailed is not null)
                {
                    Console.Error.WriteLine($"nt2cs: --save-hive {savePath}: {saveFailed}");
                    return BareMachine.StatusOutputFailed;
                }
                return status;
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return command;
    }

    /// <summary>
    /// The boot volume: <paramref name="path"/>'s bytes (written back there at power-off with
    /// <paramref name="persist"/>), or the default volume, made once by mkfs.fat.
    /// </summary>
    private static BootVolume LoadVolume(string root, string? path, bool persist)
    {
        if (path is null)
        {
            if (persist)
                throw new UsageException("--persist needs --boot-volume FILE: the file the RAM disk is written back to");
            path = Path.Combine(root, ".build", "run", $"boot-volume-{SelftestVolume.Version}.img");
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var partial = path + ".new";
                if (SelftestVolume.Create(partial, DefaultVolumeKiB, 12) is { } error)
                    throw new UsageException($"making the default boot volume: {error}");
                File.Move(partial, path, overwrite: true);
            }
        }
        byte[] image;
        try
        {
            image = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--boot-volume {path}: {e.Message}");
        }
        if (image.Length == 0 || image.Length % DiskCommand.SectorSize != 0)
            throw new UsageException($"--boot-volume {path}: {image.Length} bytes is not a whole number of {DiskCommand.SectorSize}-byte sectors");
        return new BootVolume(image, persist ? content => File.WriteAllBytes(path, content.ToArray()) : null);
    }

    /// <summary>
    /// Translates nt-src into generated/ where it is stale; null when it is current (or was made so). A stamp of
    /// both trees and the translator, written after each translation, lets a run with nothing changed skip it.
    /// </summary>
    private static int? Regenerate(string root)
    {
        var source = Path.Combine(root, "nt-src");
        var generated = Path.Combine(root, "generated");
        if (!Directory.Exists(source))
            throw new UsageException($"no source tree at {source} (run nt2cs run from the checkout)");
        var stamp = Path.Combine(root, ".build", "run", "generated.stamp");
        if (File.Exists(stamp) && File.ReadAllText(stamp) == Fingerprint(source, generated))
            return null;
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = source, OutputRoot = generated, RepositoryRoot = root });
        foreach (var diagnostic in result.Diagnostics)
            Console.Error.WriteLine(diagnostic);
        if (!result.Succeeded)
            return result.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
        if (result.Written.Count > 0)
            Console.Error.WriteLine($"nt2cs: generated/ was stale against nt-src/: regenerated {result.Written.Count} file(s)");
        Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
        File.WriteAllText(stamp, Fingerprint(source, generated));
        return null;
    }

    /// <summary>A hash of every file of the source tree and of the generated tree (paths and contents), and of the translator.</summary>
    private static string Fingerprint(string source, string generated) =>
        KernelImages.Hash([typeof(Translator).Assembly.ManifestModule.ModuleVersionId.ToString()],
            new[] { source, generated }.SelectMany(tree => Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(tree, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(tree, f), f))));
}
