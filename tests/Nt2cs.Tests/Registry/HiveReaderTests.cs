using System.Text;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Registry;

/// <summary>
/// The host's hive reader (what the boot step reads the boot volume's SYSTEM hive with) against hivex: a hive
/// hivexsh edited (a key added with a dword, a string and bytes) and holding a value of 40,000 bytes (a big data
/// cell) reads as hivexsh lists it, the repository's SYSTEM hive reads back as its source says, and a damaged
/// hive is a <see cref="RegFormatException"/> saying what is wrong.
/// </summary>
public sealed class HiveReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nt2cs-hive-reader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static RegKey SystemSource() =>
        RegSource.Parse(File.ReadAllText(Repo.PathOf("nt-src", "boot", "system.reg")), @"HKEY_LOCAL_MACHINE\SYSTEM", "system.reg");

    private static RegKey? Find(RegKey key, string path)
    {
        RegKey? found = key;
        foreach (var name in path.Split('\\'))
            found = found?.Subkeys.Find(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        return found;
    }

    [Fact]
    public void AHiveHivexEditedReadsAsHivexListsIt()
    {
        // A big value goes in with the writer (hivexsh's lines are too short for 40,000 bytes); hivex adds a key.
        var hive = Path.Combine(_directory, "system.hiv");
        var source = SystemSource();
        source.Subkey("ControlSet001").Subkey("Services").Subkey("Big").Values.Add(
            new RegValue("Big", RegSource.RegBinary, Enumerable.Range(0, 40000).Select(i => (byte)(i * 13)).ToArray()));
        File.WriteAllBytes(hive, HiveWriter.Write(source, "SYSTEM"));
        Hivex.Shell(hive, "cd ControlSet001\\Services\nadd ByHivex\ncd ByHivex\nsetval 3\nStart\ndword:00000002\nText\nstring:set by hivex\n" +
            "Bytes\nhex:3:01,02,03,04,05\ncommit\n", writable: true);

        var read = HiveReader.Read(File.ReadAllBytes(hive));
        var key = Find(read, @"ControlSet001\Services\ByHivex");
        Assert.NotNull(key);
        var listed = Hivex.Values(hive, @"ControlSet001\Services\ByHivex").ToDictionary(v => v.Name);
        Assert.Equal(["Bytes", "Start", "Text"], key.Values.Select(v => v.Name).Order());
        Assert.Equal(listed.Keys.Order(), key.Values.Select(v => v.Name).Order());
        Assert.Equal(BitConverter.GetBytes(listed["Start"].Dword!.Value), key.Values.Single(v => v.Name == "Start").Data);
        var text = key.Values.Single(v => v.Name == "Text");
        Assert.Equal(RegSource.RegSz, text.Type);
        Assert.Equal(listed["Text"].Text, Encoding.Unicode.GetString(text.Data).TrimEnd('\0'));
        var bytes = key.Values.Single(v => v.Name == "Bytes");
        Hivex.AssertBytes(listed["Bytes"], bytes.Type, bytes.Data);
        var big = Find(read, @"ControlSet001\Services\Big")!.Values.Single();
        Hivex.AssertBytes(Hivex.Values(hive, @"ControlSet001\Services\Big").Single(), big.Type, big.Data);
        Assert.Equal(40000, big.Data.Length);
    }

    /// <summary>Every key and value of the repository's SYSTEM hive, written and read back, is as the source says.</summary>
    [Fact]
    public void TheSystemHiveReadsBackAsItsSourceSays()
    {
        var source = SystemSource();
        var read = HiveReader.Read(HiveWriter.Write(source, "SYSTEM"));
        void Same(RegKey expected, RegKey actual, string path)
        {
            Assert.Equal(expected.Values.Select(v => (v.Name, v.Type, Convert.ToHexString(v.Data))), actual.Values.Select(v => (v.Name, v.Type, Convert.ToHexString(v.Data))));
            Assert.Equal(expected.Subkeys.Select(k => k.Name).Order(StringComparer.OrdinalIgnoreCase), actual.Subkeys.Select(k => k.Name));
            foreach (var child in expected.Subkeys)
                Same(child, actual.Subkeys.Single(k => k.Name == child.Name), path + "\\" + child.Name);
        }
        Same(source, read, "");
        Assert.Equal(["ramdisk", "fastfat"], ServiceOrder.StartedByLoader(read).Select(s => s.Name));
        Assert.Equal(@"\SystemRoot\system32\drivers\ramdisk.sys", ServiceOrder.StartedByLoader(read)[0].ImagePath);
    }

    [Theory]
    [InlineData(0x0000, false, "regf signature")]
    [InlineData(0x0030, false, "checksum")]
    [InlineData(0x0028, true, "bins take")]          // the bins' length beyond the file
    [InlineData(0x0024, true, "outside")]            // the root cell past the bins
    public void ADamagedHiveIsAFormatErrorSayingWhat(int offset, bool fixCheckSum, string said)
    {
        var image = HiveWriter.Write(SystemSource(), "SYSTEM");
        image[offset + (offset is 0x24 or 0x28 ? 3 : 0)] ^= 0x40;
        if (fixCheckSum)
            BitConverter.GetBytes(HiveWriter.CheckSum(image)).CopyTo(image, 0x1FC);
        var error = Assert.Throws<RegFormatException>(() => HiveReader.Read(image));
        Assert.Contains(said, error.Message);
        Assert.Throws<RegFormatException>(() => HiveReader.Read(image.AsSpan(0, 100)));
    }
}
