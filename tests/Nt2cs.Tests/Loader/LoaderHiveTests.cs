using System.Text;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Loader;

/// <summary>
/// The OS loader's reading of the SYSTEM hive (nt-src/boot/efi/blhive.c and blboot.c, translated and run hosted
/// through tests/efi/loader/bootdrivers.c) lists the boot-start drivers as the host's reader does
/// (<see cref="ServiceOrder.StartedByLoader"/> over <see cref="HiveReader"/>, which HiveReaderTests checks against
/// hivex): the repository's hive, one hivexsh edited (hivex's own cell layout), one with hundreds of services (a
/// subkey list that is a root of leaves), groups, tags, image paths and types that exclude; a damaged hive, or
/// one whose current control set is missing, is an error status, never a wild read.
/// </summary>
public sealed class LoaderHiveTests : IDisposable
{
    private const string StatusRegistryCorrupt = "error 0xC000014C", StatusNameNotFound = "error 0xC0000034";

    private static readonly LoaderProgram s_program = new("bootdrivers", "blhive.c", "blboot.c");

    private readonly string _directory = Directory.CreateTempSubdirectory("nt2cs-loader-hive-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static RegKey SystemSource() =>
        RegSource.Parse(File.ReadAllText(Repo.PathOf("nt-src", "boot", "system.reg")), @"HKEY_LOCAL_MACHINE\SYSTEM", "system.reg");

    private static string LoaderList(string hive) => s_program.Run(hive);

    private static string HostList(string hive) => string.Concat(
        ServiceOrder.StartedByLoader(HiveReader.Read(File.ReadAllBytes(hive))).Select(s => $"{s.Name}\t{s.ImagePath}\n"));

    private string Write(RegKey source, string name)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, HiveWriter.Write(source, "SYSTEM"));
        return path;
    }

    private static void AddService(RegKey services, string name, uint start, uint type, string? group = null, uint? tag = null, string? imagePath = null)
    {
        var key = services.Subkey(name);
        key.Values.Add(new RegValue("Start", RegSource.RegDword, BitConverter.GetBytes(start)));
        key.Values.Add(new RegValue("Type", RegSource.RegDword, BitConverter.GetBytes(type)));
        if (group is not null)
            key.Values.Add(new RegValue("Group", RegSource.RegSz, Encoding.Unicode.GetBytes(group + "\0")));
        if (tag is uint t)
            key.Values.Add(new RegValue("Tag", RegSource.RegDword, BitConverter.GetBytes(t)));
        if (imagePath is not null)
            key.Values.Add(new RegValue("ImagePath", RegSource.RegExpandSz, Encoding.Unicode.GetBytes(imagePath + "\0")));
    }

    [Fact]
    public void TheRepositorysHiveListsWhatTheHostReads()
    {
        var hive = Write(SystemSource(), "system.hiv");
        Assert.Equal("ramdisk\t\\SystemRoot\\system32\\drivers\\ramdisk.sys\nfastfat\t\\SystemRoot\\system32\\drivers\\fastfat.sys\n", HostList(hive));
        Assert.Equal(HostList(hive), LoaderList(hive));
    }

    [Fact]
    public void GroupsTagsAndTypesOrderAndFilterAsTheHostReads()
    {
        var source = SystemSource();
        var services = source.Subkey("ControlSet001").Subkey("Services");
        AddService(services, "Zed", 0, 1, "SCSI miniport", tag: 2);
        AddService(services, "Alpha", 0, 1, "scsi MINIPORT", tag: 1);                 // groups compare without case
        AddService(services, "NoTag", 0, 2, "SCSI miniport");                          // no tag: after the tagged
        AddService(services, "Unlisted", 0, 1, "Not a listed group", tag: 0);           // after every listed group
        AddService(services, "NoGroup", 0, 1);
        AddService(services, "Win32Service", 0, 0x10);                                 // not a driver
        AddService(services, "SystemStart", 1, 1, "System Bus Extender");               // the kernel's, not the loader's
        AddService(services, "OwnPath", 0, 1, "Filter", imagePath: @"System32\Other\own.sys");
        var hive = Write(source, "ordered.hiv");
        Hivex.Shell(hive, "cd ControlSet001\\Services\nadd ByHivex\ncd ByHivex\nsetval 3\nStart\ndword:00000000\nType\ndword:00000001\n" +
            "Group\nstring:System Bus Extender\ncommit\n", writable: true);

        var host = HostList(hive);
        Assert.StartsWith("ByHivex\t", host);
        Assert.Contains("OwnPath\tSystem32\\Other\\own.sys\n", host);
        Assert.Contains("NoGroup\tSystem32\\Drivers\\NoGroup.sys\n", host);
        Assert.DoesNotContain("Win32Service", host);
        Assert.DoesNotContain("SystemStart", host);
        Assert.Equal(host, LoaderList(hive));
    }

    [Fact]
    public void HundredsOfServicesInARootOfLeavesListAsTheHostReads()
    {
        var source = SystemSource();
        var services = source.Subkey("ControlSet001").Subkey("Services");
        for (int i = 0; i < 300; i++)
            AddService(services, $"Svc{i:D3}", i % 7 == 0 ? 0u : 3u, 1, i % 2 == 0 ? "Filter" : "Base", tag: (uint)(i % 5));
        var hive = Write(source, "many.hiv");
        var host = HostList(hive);
        Assert.Equal(2 + 43, host.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(host, LoaderList(hive));
    }

    [Fact]
    public void AMissingCurrentControlSetIsAnError()
    {
        var source = SystemSource();
        source.Subkey("Select").Values.RemoveAll(v => v.Name == "Current");
        source.Subkey("Select").Values.Add(new RegValue("Current", RegSource.RegDword, BitConverter.GetBytes(2u)));
        Assert.Equal(StatusNameNotFound + "\n", LoaderList(Write(source, "noset.hiv")));
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("checksum")]
    [InlineData("root cell")]
    public void ADamagedHiveIsRegistryCorrupt(string what)
    {
        var hive = Write(SystemSource(), "damaged.hiv");
        var bytes = File.ReadAllBytes(hive);
        int offset = what switch
        {
            "signature" => 0,
            "checksum" => 0x30,                                                 // a byte the checksum covers
            _ => 0x1000 + BitConverter.ToInt32(bytes, 0x24) + 3,                // the root cell's size: now a free cell
        };
        bytes[offset] ^= 0x80;
        File.WriteAllBytes(hive, bytes);
        Assert.Equal(StatusRegistryCorrupt + "\n", LoaderList(hive));
    }

    [Fact]
    public void ATruncatedHiveIsRegistryCorrupt()
    {
        var hive = Write(SystemSource(), "short.hiv");
        var bytes = File.ReadAllBytes(hive);
        File.WriteAllBytes(hive, bytes[..(bytes.Length - 0x1000)]);
        Assert.Equal(StatusRegistryCorrupt + "\n", LoaderList(hive));
    }
}
