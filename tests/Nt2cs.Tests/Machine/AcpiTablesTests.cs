using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Machine.Devices;
using Nt2cs.Machine.Firmware.Acpi;
using Nt2cs.Machine.Pc;
using Nt2cs.Tests.Support;
using Xunit;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The firmware's ACPI tables, built into a machine's RAM, found from the RSDP as an OS finds them, and each
/// description table disassembled by ACPICA's <c>iasl -d</c> (acpica-tools): no checksum or format complaint, and the
/// fields iasl decodes equal the machine's (ports, the reset register, the PM timer's width, ECAM). iasl does not
/// take a bare RSDP, so its two checksums are summed here (ACPI 6.3 §5.2.5.3: each sums its bytes to 0).
/// </summary>
public sealed class AcpiTablesTests : IDisposable
{
    private const uint FacsAddress = 0x000E_0000;
    private const uint TablesAddress = 0x000E_1000;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"nt2cs-acpi-{Guid.NewGuid():N}");

    public AcpiTablesTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The tables in <paramref name="machine"/>'s RAM from the RSDP: signature → bytes (the RSDP as "RSDP").</summary>
    private static Dictionary<string, byte[]> FromMemory(PcMachine machine, uint rsdp)
    {
        byte[] Read(uint address, int length) => machine.Memory.Ram(address, length).ToArray();
        byte[] Table(ulong address) => Read((uint)address, (int)BinaryPrimitives.ReadUInt32LittleEndian(Read((uint)address, 8).AsSpan(4)));
        var tables = new Dictionary<string, byte[]> { ["RSDP"] = Read(rsdp, 36) };
        var xsdt = Table(BinaryPrimitives.ReadUInt64LittleEndian(tables["RSDP"].AsSpan(24)));
        var rsdt = Table(BinaryPrimitives.ReadUInt32LittleEndian(tables["RSDP"].AsSpan(16)));
        tables["XSDT"] = xsdt;
        tables["RSDT"] = rsdt;
        for (int at = 36, i = 0; at < xsdt.Length; at += 8, i++)
        {
            ulong address = BinaryPrimitives.ReadUInt64LittleEndian(xsdt.AsSpan(at));
            Assert.Equal(address, BinaryPrimitives.ReadUInt32LittleEndian(rsdt.AsSpan(36 + 4 * i)));   // the RSDT lists the same tables
            var table = Table(address);
            tables[Encoding.ASCII.GetString(table, 0, 4)] = table;
        }
        var fadt = tables["FACP"];
        tables["FACS"] = Table(BinaryPrimitives.ReadUInt32LittleEndian(fadt.AsSpan(36)));
        tables["DSDT"] = Table(BinaryPrimitives.ReadUInt64LittleEndian(fadt.AsSpan(140)));
        Assert.Equal(BinaryPrimitives.ReadUInt32LittleEndian(fadt.AsSpan(40)), BinaryPrimitives.ReadUInt64LittleEndian(fadt.AsSpan(140)));
        return tables;
    }

    /// <summary>Runs <c>iasl -d</c> on <paramref name="table"/>; returns the disassembly.</summary>
    private string Disassemble(string name, byte[] table)
    {
        string file = Path.Combine(_directory, name.ToLowerInvariant() + ".dat");
        File.WriteAllBytes(file, table);
        var result = Processes.Run("iasl", ["-d", file], TimeSpan.FromSeconds(30), _directory);
        string dsl = Path.ChangeExtension(file, ".dsl");
        Assert.True(result.Status == 0 && File.Exists(dsl), $"iasl -d {name}: status {result.Status}\n{result.Output}\n{result.Stderr}");
        string text = File.ReadAllText(dsl);
        var complaints = (text + "\n" + result.Output + "\n" + result.Stderr).Split('\n')
            .Where(line => Regex.IsMatch(line, "(?i)incorrect|invalid|error|warning|unknown"))
            // iasl's file loader checks the ASCII fields of a standard header (OEM ID…) even for the FACS, which has
            // none: there those bytes are the hardware signature.
            .Where(line => !(name == "FACS" && line.StartsWith("ACPI Warning: Table header for [FACS] has invalid ASCII character(s)", StringComparison.Ordinal)))
            .ToList();
        Assert.True(complaints.Count == 0, $"iasl -d {name}:\n{string.Join("\n", complaints)}");
        return text;
    }

    /// <summary>The value iasl shows for a field: the text after "Label : " on its line.</summary>
    private static string Field(string dsl, string label)
    {
        var match = Regex.Match(dsl, $@"^(?:\[[^\]]*\])?\s*{Regex.Escape(label)} : (.+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no field '{label}' in:\n{dsl}");
        return match.Groups[1].Value.Trim();
    }

    private static void AssertRsdp(byte[] rsdp)
    {
        Assert.Equal("RSD PTR ", Encoding.ASCII.GetString(rsdp, 0, 8));
        Assert.Equal(2, rsdp[15]);
        Assert.Equal(36u, BinaryPrimitives.ReadUInt32LittleEndian(rsdp.AsSpan(20)));
        Assert.Equal(0, rsdp.Take(20).Sum(b => b) % 256);
        Assert.Equal(0, rsdp.Sum(b => b) % 256);
    }

    private static PcMachine Build(MachineOptions options, out Dictionary<string, byte[]> tables)
    {
        var machine = PcMachine.Create(options);
        uint rsdp = AcpiTables.Install(machine.Memory, machine.AcpiPlatform, FacsAddress, TablesAddress);
        tables = FromMemory(machine, rsdp);
        return machine;
    }

    [Fact]
    public void Q35TablesDisassembleCleanlyAndDescribeTheMachine()
    {
        using var machine = Build(new MachineOptions { Kind = MachineKind.Q35 }, out var tables);
        Assert.Equal(["APIC", "DSDT", "FACP", "FACS", "MCFG", "RSDP", "RSDT", "XSDT"], tables.Keys.Order());
        var dsl = tables.Where(t => t.Key != "RSDP").ToDictionary(t => t.Key, t => Disassemble(t.Key, t.Value));
        AssertRsdp(tables["RSDP"]);

        var fadt = dsl["FACP"];
        Assert.Equal("06", Field(fadt, "Revision"));
        Assert.Equal($"{AcpiPmRegisters.Pm1aEvent:X8}", Field(fadt, "PM1A Event Block Address"));
        Assert.Equal($"{AcpiPmRegisters.Pm1aControl:X8}", Field(fadt, "PM1A Control Block Address"));
        Assert.Equal($"{AcpiPmRegisters.PmTimer:X8}", Field(fadt, "PM Timer Block Address"));
        Assert.Equal("04", Field(fadt, "PM Timer Block Length"));
        Assert.Equal($"{AcpiPmRegisters.SciIrq:X4}", Field(fadt, "SCI Interrupt"));
        Assert.Equal("00000000", Field(fadt, "SMI Command Port"));
        Assert.Equal("1", Field(fadt, "32-bit PM Timer (V1)"));
        Assert.Equal("1", Field(fadt, "Reset Register Supported (V2)"));
        Assert.Equal($"{ResetControlRegister.Port:X16}", Regex.Match(fadt, @"Reset Register : \[Generic Address Structure\][\s\S]*?Address : ([0-9A-F]+)").Groups[1].Value);
        Assert.Equal("06", Field(fadt, "Value to cause reset"));
        Assert.Equal("1", Field(fadt, "Legacy Devices Supported (V2)"));
        Assert.Equal("0", Field(fadt, "8042 Present on ports 60/64 (V2)"));
        Assert.Equal("1", Field(fadt, "VGA Not Present (V4)"));
        Assert.Equal("1", Field(fadt, "MSI Not Supported (V4)"));
        Assert.Equal("0", Field(fadt, "CMOS RTC Not Present (V5)"));
        Assert.Equal($"{(byte)Mc146818Registers.Century:X2}", Field(fadt, "RTC Century Index"));

        Assert.Matches(@"Name \(\\_S5, Package \(0x04\)[^{]*\{\s*0x00,\s*0x00,\s*Zero,\s*Zero\s*\}", dsl["DSDT"]);

        var madt = dsl["APIC"];
        Assert.Equal("1", Field(madt, "PC-AT Compatibility"));
        Assert.DoesNotContain("Subtable Type", madt);

        var mcfg = dsl["MCFG"];
        Assert.Equal($"{machine.Options.EcamBase:X16}", Field(mcfg, "Base Address"));
        Assert.Equal("00", Field(mcfg, "Start Bus Number"));
        Assert.Equal("FF", Field(mcfg, "End Bus Number"));
        Assert.Equal("00000040", Field(dsl["FACS"], "Length"));
        Assert.Equal("02", Field(dsl["FACS"], "Version"));
        Assert.Equal($"{machine.AcpiPlatform.HardwareSignature:X8}", Field(dsl["FACS"], "Hardware Signature"));
    }

    [Fact]
    public void PcWithoutEcamHasNoMcfgAndA24BitTimerFollowsThePlatform()
    {
        using var machine = Build(new MachineOptions { Kind = MachineKind.Pc, EcamBase = null }, out var tables);
        Assert.Equal(["APIC", "DSDT", "FACP", "FACS", "RSDP", "RSDT", "XSDT"], tables.Keys.Order());
        foreach (var (name, table) in tables.Where(t => t.Key != "RSDP"))
            Disassemble(name, table);
        AssertRsdp(tables["RSDP"]);

        using var second = PcMachine.Create(new MachineOptions { Kind = MachineKind.Pc, EcamBase = null });
        uint rsdp = AcpiTables.Install(second.Memory, machine.AcpiPlatform with { PmTimerExtended = false }, FacsAddress, TablesAddress);
        Assert.Equal("0", Field(Disassemble("FACP24", FromMemory(second, rsdp)["FACP"]), "32-bit PM Timer (V1)"));
    }

    [Fact]
    public void TheHardwareSignatureFollowsTheMachine()
    {
        using var q35 = PcMachine.Create(new MachineOptions { Kind = MachineKind.Q35 });
        using var again = PcMachine.Create(new MachineOptions { Kind = MachineKind.Q35 });
        using var bigger = PcMachine.Create(new MachineOptions { Kind = MachineKind.Q35, MemoryMiB = 256 });
        Assert.Equal(q35.AcpiPlatform.HardwareSignature, again.AcpiPlatform.HardwareSignature);
        Assert.NotEqual(q35.AcpiPlatform.HardwareSignature, bigger.AcpiPlatform.HardwareSignature);
    }

    [Fact]
    public void MisalignedRegionsAreRefused()
    {
        using var machine = PcMachine.Create();
        Assert.Throws<ArgumentException>(() => AcpiTables.Build(machine.AcpiPlatform, FacsAddress + 8, TablesAddress));
        Assert.Throws<ArgumentException>(() => AcpiTables.Build(machine.AcpiPlatform, FacsAddress, TablesAddress + 4));
    }

    [Fact]
    public void EnablingAcpiModeSetsSciEn()
    {
        using var machine = PcMachine.Create();
        AcpiTables.EnableAcpiMode(machine.Ports, machine.AcpiPlatform);
        Assert.Equal(AcpiPmControl.SciEnable, machine.AcpiPm.Control);
    }
}
