using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The machine's image service (machine.h's <c>__machine_map_images</c>, <c>__machine_unmap_images</c>), driven by
/// a freestanding program as a kernel's driver loader drives it (tests/Nt2cs.Tests/Machine/mapping): two driver
/// image files, signed with a key the machine is given, lie in RAM as a boot loader leaves them; the program maps
/// them at addresses it chooses, binds them to each other and to its own exports, calls a driver's entry point,
/// unmaps them (together: each imports from the other) and maps them again. A copy of a driver with one byte changed does not map,
/// whether it lies in RAM or is read from a disk.
/// </summary>
[Collection("GuestMemory")]
public sealed class ImageMappingTests : IDisposable
{
    private static readonly string Tree = Repo.PathOf("tests", "Nt2cs.Tests", "Machine", "mapping");

    private const uint ModuleTable = 0x00F0_0000;

    private readonly string _output = Directory.CreateTempSubdirectory("nt2cs-mapping-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void AProgramMapsBindsCallsAndUnmapsSignedDriverImages()
    {
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = Tree, OutputRoot = _output, RepositoryRoot = Repo.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var key = "a test key, not the checkout's!!"u8.ToArray();
        var drva = ImageFile.Sign(TreeBuild.Compile(_output, "drva"), key);
        var drvb = ImageFile.Sign(TreeBuild.Compile(_output, "drvb"), key);
        var changed = (byte[])drva.Clone();
        changed[^100] ^= 1;

        var modules = new[] { (0x0100_0000u, drva), (0x0140_0000u, drvb), (0x0180_0000u, changed) };
        var table = new byte[8 * modules.Length];
        for (int i = 0; i < modules.Length; i++)
        {
            BitConverter.TryWriteBytes(table.AsSpan(8 * i), modules[i].Item1);
            BitConverter.TryWriteBytes(table.AsSpan(8 * i + 4), modules[i].Item2.Length);
        }
        var log = new List<string>();
        var options = new MachineOptions
        {
            ImageSigningKey = key,
            Modules = [new BootModule(ModuleTable, table), .. modules.Select(m => new BootModule(m.Item1, m.Item2))],
            Log = log.Add,
        };

        var (status, stdout, stderr) = RunLoader(TreeBuild.Compile(_output, "loader"), options);

        Assert.Equal("", stderr);
        Assert.Equal("""
            drva alone: 0xC0000135
            drva in 16 bytes: 0xC0000023
            needs at least one page: 1
            drvb's size: 0xC0000023
            drvb needs at least one page: 1
            changed drva: 0xC000007B
            overlapping: 0xC0000018
            both: 0x00000000
            drvb has no entry point: 1
            drva loaded, counter twice 42
            DriverEntry: 0x00000000
            drvb again: 0xC000010E
            unmap drvb: 0xC0000121
            unmap drva: 0xC0000121
            unmap both: 0x00000000
            unmap drvb again: 0xC000000D
            unmap the program: 0xC0000121
            both again: 0x00000000
            drva loaded, counter twice 42
            DriverEntry: 0x00000000

            """, stdout);
        Assert.Equal(0, status);
        Assert.Contains("image-loader: drva-changed.sys: its signature does not match: not an image this checkout built, or changed since (status 0xC000007B)", log);
        Assert.Contains(log, line => line.StartsWith("image-loader: drva.sys: ", StringComparison.Ordinal) && line.Contains("drvb", StringComparison.Ordinal) && line.EndsWith("(status 0xC0000135)", StringComparison.Ordinal));
        Assert.Contains("image-loader: drvb: image drva imports from it and stays mapped (status 0xC0000121)", log);
    }

    /// <summary>
    /// The drivers come from a disk, as a kernel reads them from its boot volume: the program reads them over NVMe
    /// and maps them; a copy of drva with one byte changed on the disk does not map.
    /// </summary>
    [Fact]
    public void ADriverImageTamperedWithOnTheDiskDoesNotMap()
    {
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = Tree, OutputRoot = _output, RepositoryRoot = Repo.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var key = "a test key, not the checkout's!!"u8.ToArray();
        var drva = ImageFile.Sign(TreeBuild.Compile(_output, "drva"), key);
        var drvb = ImageFile.Sign(TreeBuild.Compile(_output, "drvb"), key);
        var files = new[] { drva, drvb, drva };
        var disk = new List<byte>(new byte[8 * 512]);
        for (int i = 0; i < files.Length; i++)
        {
            BitConverter.TryWriteBytes(CollectionsMarshal.AsSpan(disk).Slice(8 * i), (uint)(disk.Count / 512));
            BitConverter.TryWriteBytes(CollectionsMarshal.AsSpan(disk).Slice(8 * i + 4), files[i].Length);
            disk.AddRange(files[i]);
            disk.AddRange(new byte[(8 * 512 - disk.Count % (8 * 512)) % (8 * 512)]);
        }
        var bytes = disk.ToArray();
        int changedAt = BitConverter.ToInt32(bytes, 16) * 512 + drva.Length - 100;
        bytes[changedAt] ^= 1;
        var path = Path.Combine(_output, "drivers.img");
        File.WriteAllBytes(path, bytes);
        var log = new List<string>();
        var options = new MachineOptions
        {
            ImageSigningKey = key,
            Drives = [new DriveOptions(path, Nt2cs.Machine.Pc.DriveType.Nvme)],
            Log = log.Add,
        };

        var (status, stdout, stderr) = RunLoader(TreeBuild.Compile(_output, "loader"), options);

        Assert.Equal("", stderr);
        Assert.EndsWith("""
            read table: 0x00000000
            read file: 0x00000000
            read file: 0x00000000
            read file: 0x00000000
            changed on disk: 0xC000007B
            both from disk: 0x00000000
            drva loaded, counter twice 42
            DriverEntry: 0x00000000

            """, stdout);
        Assert.Equal(0, status);
        Assert.Contains("image-loader: drva-changed.sys: its signature does not match: not an image this checkout built, or changed since (status 0xC000007B)", log);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void AMachineWithoutTheSigningKeyMapsNothing()
    {
        var result = TreeTranslator.Run(new TreeOptions { SourceRoot = Tree, OutputRoot = _output, RepositoryRoot = Repo.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var drva = ImageFile.Sign(TreeBuild.Compile(_output, "drva"), "the key of another checkout....."u8);
        var table = new byte[24];
        BitConverter.TryWriteBytes(table, 0x0100_0000u);
        BitConverter.TryWriteBytes(table.AsSpan(4), drva.Length);
        var log = new List<string>();
        var options = new MachineOptions
        {
            ImageSigningKey = "a test key, not the checkout's!!"u8.ToArray(),
            Modules = [new BootModule(ModuleTable, table), new BootModule(0x0100_0000, drva)],
            Log = log.Add,
        };

        var (_, stdout, _) = RunLoader(TreeBuild.Compile(_output, "loader"), options);

        Assert.StartsWith("drva alone: 0xC000007B\n", stdout);
        Assert.Contains("image-loader: drva.sys: its signature does not match: not an image this checkout built, or changed since (status 0xC000007B)", log);
    }

    /// <summary>Runs the loader program on the bare machine, its assembly in a context of its own.</summary>
    private static (int Status, string Stdout, string Stderr) RunLoader(byte[] loader, MachineOptions options)
    {
        var context = new AssemblyLoadContext("mapping", isCollectible: true);
        try
        {
            var image = ImageFiles.Of(context.LoadFromStream(new MemoryStream(loader)))!;
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var run = Task.Run(() => FreestandingRunner.Run(image, options, stdout, stderr, timeout: TimeSpan.FromSeconds(10)));
            if (!run.Wait(TimeSpan.FromMinutes(1)))
                throw new Xunit.Sdk.XunitException("the loader did not end within a minute of wall time");
            return (run.Result, Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()));
        }
        finally
        {
            context.Unload();
        }
    }
}
