using System.Text;
using Nt2cs.Machine.Pc;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Kernel;

/// <summary>
/// The registry across the boot boundary: what the kernel writes and flushes (/CMWRITE) is in the SYSTEM hive
/// the host reads back at the end of the run, byte for byte as hivex reads it, next to what hivex itself
/// added to the hive before the boot; a corrupt SYSTEM hive stops the boot with BAD_SYSTEM_CONFIG_INFO.
/// </summary>
public sealed partial class KernelBootTests
{
    private static byte[] SystemHiveImage() =>
        SystemHive.FromSource(Repo.PathOf("nt-src", "boot", "system.reg"));

    [Fact]
    public void WhatTheKernelWritesAndFlushesIsInTheHiveHivexReadsAfterTheRun()
    {
        var directory = Directory.CreateTempSubdirectory("nt2cs-hive-").FullName;
        try
        {
            // hivex adds a key first: the kernel must load a hive hivex wrote, and keep what it holds.
            var before = Path.Combine(directory, "before.hiv");
            File.WriteAllBytes(before, SystemHiveImage());
            Hivex.Shell(before, "cd ControlSet001\\Services\nadd HivexAdded\ncd HivexAdded\nsetval 1\nStart\ndword:00000003\ncommit\n", writable: true);
            byte[]? saved = null;
            var (status, console, stderr) = Boot("/CMWRITE", hiveImage: File.ReadAllBytes(before), hiveAtEnd: image => saved = image);
            Assert.Equal("", stderr);
            Assert.Equal(0, status);
            Assert.Contains("KmtWriteRegistry: ZwFlushKey 0x00000000\n", console);
            var after = Path.Combine(directory, "after.hiv");
            File.WriteAllBytes(after, saved!);

            var values = Hivex.Values(after, "KmtWritten").ToDictionary(v => v.Name);
            Assert.Equal(11, values.Count);
            Assert.Equal(1u, values["Boots"].Dword);
            Assert.Equal((RegSource.RegSz, "written by the kernel"), (values["Sz"].Type, values["Sz"].Text));
            Assert.Equal((RegSource.RegExpandSz, @"%SystemRoot%\kmt"), (values["ExpandSz"].Type, values["ExpandSz"].Text));
            Hivex.AssertBytes(values["Binary"], RegSource.RegBinary, Pattern(300));
            Assert.Equal(0x12345678u, values["Dword"].Dword);
            Assert.Equal(0x12345678u, values["DwordBigEndian"].Dword);
            Hivex.AssertBytes(values["MultiSz"], RegSource.RegMultiSz, Encoding.Unicode.GetBytes("one\0two\0three\0\0"));
            Hivex.AssertBytes(values["Qword"], RegSource.RegQword, BitConverter.GetBytes(0x0123456789ABCDEFul));
            Assert.Equal((RegSource.RegLink, @"\Registry\Machine\System\ControlSet001"), (values["Link"].Type, values["Link"].Text));
            Hivex.AssertBytes(values["None"], RegSource.RegNone, Array.Empty<byte>());
            Hivex.AssertBytes(values["Big"], RegSource.RegBinary, Pattern(40000));
            Assert.Equal("written by the kernel", Hivex.Values(after, @"KmtWritten\Child").Single(v => v.Name == "").Text);
            Assert.Equal(3u, Hivex.Values(after, @"ControlSet001\Services\HivexAdded").Single().Dword);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The data /CMWRITE's binary values hold (nt-src/private/ntos/tests/cmsupport.c).</summary>
    private static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251)).ToArray();

    /// <summary>
    /// A SYSTEM hive whose base block is damaged is refused by the loader, which checks the base block before it walks
    /// the hive for the boot drivers: it says so on the console and the run ends with status 1.
    /// </summary>
    [Theory]
    [InlineData(0x0000)]      // the base block's signature
    [InlineData(0x0030)]      // a byte the checksum covers
    public void ASystemHiveWithADamagedBaseBlockIsRefusedByTheLoader(int offset)
    {
        var image = SystemHiveImage();
        image[offset] ^= 0x20;
        var (status, console, _) = Boot("", hiveImage: image);
        Assert.Equal(1, status);
        Assert.Contains(@"osloader: boot volume:\System32\Config\SYSTEM: the SYSTEM hive's boot drivers cannot be read (NTSTATUS 0xC000014C)", console);
        Assert.DoesNotContain("nt2cs NT kernel", console);
    }

    /// <summary>
    /// Damage the loader's walk does not reach (a bin's signature, the checksum still right) is found by the
    /// configuration manager when it loads the hive: BAD_SYSTEM_CONFIG_INFO, naming CmInitSystem1.
    /// </summary>
    [Fact]
    public void ACorruptSystemHiveTheLoaderPassesStopsTheBootWithBadSystemConfigInfo()
    {
        var image = SystemHiveImage();
        image[0x1000] ^= 0x20;
        BitConverter.GetBytes(HiveWriter.CheckSum(image)).CopyTo(image, 0x1FC);
        var (status, console, _) = Boot("", hiveImage: image);
        Assert.Equal(133, status);
        Assert.Matches(@"\n\*\*\* STOP: 0x00000074 \(0x00000001,0xC000014C,0x[0-9A-F]{8},0x[0-9A-F]{8}\)\n\*\*\* BAD_SYSTEM_CONFIG_INFO\n", console);
        Assert.Matches(@"^cminit\.c:\d+ CmInitSystem1$", StackAfter(console, "BAD_SYSTEM_CONFIG_INFO")[0]);
    }
}
