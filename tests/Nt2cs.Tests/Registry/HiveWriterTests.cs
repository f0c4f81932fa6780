using System.Text;
using System.Xml.Linq;
using Nt2cs.Machine.Pc.Registry;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Registry;

/// <summary>
/// The host's hive writer (machine/Nt2cs.Machine.Pc/Registry) against hivex: a hive it writes from a <c>.reg</c>
/// source reads back in hivex as the source says (every value kind, keys with many subkeys, a value larger than
/// one cell), the repository's SYSTEM hive source agrees with hivexml key for key and value for value, hivex can
/// edit what it wrote, and bad sources are errors naming their line.
/// </summary>
public sealed class HiveWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nt2cs-hive-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteHive(string source, string name = "test.hiv")
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, HiveWriter.Write(RegSource.Parse(source, @"HKEY_LOCAL_MACHINE\SYSTEM", "test.reg"), "SYSTEM"));
        return path;
    }

    [Fact]
    public void EveryValueKindReadsBackInHivexAsTheSourceSaysIt()
    {
        var hive = WriteHive("""
            Windows Registry Editor Version 5.00

            ; a comment
            [HKEY_LOCAL_MACHINE\SYSTEM\Kinds]
            @="the default"
            "Sz"="a \"quoted\" back\\slash"
            "Expand"=expand:"%SystemRoot%\\x"
            "Binary"=hex:01,02,03,\
              04,ff
            "Dword"=dword:0000abcd
            "BigEndian"=dword-be:01020304
            "Multi"=multi:"one","two"
            "Qword"=qword:0102030405060708
            "Link"=link:"\\Registry\\Machine\\System\\Kinds"
            "None"=hex(0):
            "Typed"=hex(9):aa,bb
            """);
        var values = Hivex.Values(hive, "Kinds").ToDictionary(v => v.Name);
        Assert.Equal(11, values.Count);
        Assert.Equal("the default", values[""].Text);
        Assert.Equal((RegSource.RegSz, "a \"quoted\" back\\slash"), (values["Sz"].Type, values["Sz"].Text));
        Assert.Equal((RegSource.RegExpandSz, @"%SystemRoot%\x"), (values["Expand"].Type, values["Expand"].Text));
        Hivex.AssertBytes(values["Binary"], RegSource.RegBinary, new byte[] { 1, 2, 3, 4, 0xFF });
        Assert.Equal(0xABCDu, values["Dword"].Dword);
        Assert.Equal(0x01020304u, values["BigEndian"].Dword);
        Hivex.AssertBytes(values["Multi"], RegSource.RegMultiSz, Encoding.Unicode.GetBytes("one\0two\0\0"));
        Hivex.AssertBytes(values["Qword"], RegSource.RegQword, new byte[] { 8, 7, 6, 5, 4, 3, 2, 1 });
        Assert.Equal((RegSource.RegLink, @"\Registry\Machine\System\Kinds"), (values["Link"].Type, values["Link"].Text));
        Hivex.AssertBytes(values["None"], RegSource.RegNone, Array.Empty<byte>());
        Hivex.AssertBytes(values["Typed"], 9u, new byte[] { 0xAA, 0xBB });
    }

    [Fact]
    public void ManySubkeysAndALargeValueReadBackInHivex()
    {
        var source = new StringBuilder("Windows Registry Editor Version 5.00\n");
        for (int i = 299; i >= 0; i--)
            source.Append($"[HKEY_LOCAL_MACHINE\\SYSTEM\\Many\\Key{i:D3}]\n");
        var big = Enumerable.Range(0, 40000).Select(i => (byte)(i * 7 % 251)).ToArray();
        source.Append("[HKEY_LOCAL_MACHINE\\SYSTEM\\Big]\n\"Data\"=hex:").Append(string.Join(",", big.Select(b => b.ToString("x2")))).Append('\n');
        var hive = WriteHive(source.ToString());
        var listed = Hivex.Shell(hive, "cd Many\nls\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"Key{i:D3}"), listed);
        var data = Hivex.Xml(hive).Descendants("value").Single(v => (string?)v.Attribute("key") == "Data");
        Assert.Equal(big, Convert.FromBase64String((string)data.Attribute("value")!));
    }

    [Fact]
    public void TheSystemHiveSourceAndWhatHivexReadsAgreeKeyForKeyAndValueForValue()
    {
        var source = Repo.PathOf("nt-src", "boot", "system.reg");
        var tree = RegSource.Parse(File.ReadAllText(source), @"HKEY_LOCAL_MACHINE\SYSTEM", source);
        var hive = Path.Combine(_directory, "system.hiv");
        File.WriteAllBytes(hive, HiveWriter.Write(tree, "SYSTEM"));
        var root = Hivex.Xml(hive).Element("node")!;
        Compare(tree, root, "SYSTEM");
        Assert.Contains(root.Elements("node"), n => (string?)n.Attribute("name") == "CurrentControlSet");
    }

    private static void Compare(RegKey key, XElement node, string path)
    {
        Assert.Equal(key.Name, (string?)node.Attribute("name"));
        Assert.Equal(key.Subkeys.Select(k => k.Name).Order(StringComparer.OrdinalIgnoreCase),
            node.Elements("node").Select(n => (string)n.Attribute("name")!), StringComparer.Ordinal);
        var values = node.Elements("value").ToDictionary(v => (string?)v.Attribute("key") ?? "");
        Assert.Equal(key.Values.Count, values.Count);
        foreach (var value in key.Values)
        {
            var read = values[value.Name];
            var (type, text) = Expected(value);
            Assert.True(type == (string?)read.Attribute("type"), $"{path}\\{value.Name}: type {read.Attribute("type")}, expected {type}");
            string actual = type == "string-list" ? string.Join("|", read.Elements("string").Select(s => s.Value)) : (string?)read.Attribute("value") ?? "";
            Assert.True(text == actual.Replace("\n", ""), $"{path}\\{value.Name}: {actual}, expected {text}");
        }
        foreach (var child in key.Subkeys)
            Compare(child, node.Elements("node").Single(n => (string?)n.Attribute("name") == child.Name), path + "\\" + child.Name);
    }

    /// <summary>How hivexml shows a value: its type word and its data as text.</summary>
    private static (string Type, string Text) Expected(RegValue value)
    {
        string Utf16(bool terminated) => Encoding.Unicode.GetString(value.Data, 0, value.Data.Length - (terminated ? 2 : 0));
        return value.Type switch
        {
            RegSource.RegSz => ("string", Utf16(true)),
            RegSource.RegExpandSz => ("expand", Utf16(true)),
            RegSource.RegLink => ("link", Utf16(false)),
            RegSource.RegDword => ("int32", BitConverter.ToInt32(value.Data).ToString()),
            RegSource.RegQword => ("int64", BitConverter.ToInt64(value.Data).ToString()),
            RegSource.RegMultiSz => ("string-list", string.Join("|", Utf16(false).Split('\0')[..^1])),
            _ => ("binary", Convert.ToBase64String(value.Data)),
        };
    }

    [Fact]
    public void HivexEditsAHiveTheWriterMade()
    {
        var hive = WriteHive("Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM\\Services]\n");
        Hivex.Shell(hive, "cd Services\nadd Null\ncd Null\nsetval 1\nStart\ndword:00000001\ncommit\n", writable: true);
        var start = Hivex.Values(hive, @"Services\Null").Single();
        Assert.Equal(("Start", 1u), (start.Name, start.Dword));
    }

    [Theory]
    [InlineData("REGEDIT4\n", "test.reg:1: expected \"Windows Registry Editor Version 5.00\" first")]
    [InlineData("Windows Registry Editor Version 5.00\n\"x\"=dword:1\n", "test.reg:2: a value before the first [KEY]")]
    [InlineData("Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\n", "test.reg:2: key HKEY_LOCAL_MACHINE\\SOFTWARE is not under HKEY_LOCAL_MACHINE\\SYSTEM")]
    [InlineData("Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM]\n\"x\"=dword:xyz\n", "test.reg:3: bad dword: value xyz")]
    [InlineData("Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM]\n\"x\"=float:1\n", "test.reg:3: unknown value kind float:")]
    [InlineData("Windows Registry Editor Version 5.00\n[HKEY_LOCAL_MACHINE\\SYSTEM]\n\"x\n", "test.reg:3: unterminated string")]
    public void ABadSourceIsAnErrorNamingItsLine(string source, string message)
    {
        var error = Assert.Throws<RegFormatException>(() => RegSource.Parse(source, @"HKEY_LOCAL_MACHINE\SYSTEM", "test.reg"));
        Assert.Equal(message, error.Message);
    }
}
