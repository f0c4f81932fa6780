using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The layout of every structure efi.h declares (size, alignment, each member's offset) is the same translated by nt2cs
/// as built natively for UEFI's IA32 target (clang-19 -target i686-unknown-windows), and both are the specification's:
/// natural alignment (UEFI 2.10, 2.3.1: UINT64 at multiples of 8, structures padded to their largest member) except
/// the device path nodes, which are byte-packed (10.3.1). The structures come from clang's reading of the headers
/// (<see cref="EfiRecords"/>); nt2cs's numbers from a hosted program that prints sizeof/_Alignof/offsetof for each.
/// </summary>
public sealed partial class EfiHeaderLayoutTests
{
    private static readonly Lazy<Dictionary<string, long>> s_translated = new(Translated);

    /// <summary>"NAME size", "NAME align" and "NAME.FIELD" as the translated program prints them.</summary>
    private static Dictionary<string, long> Translated()
    {
        var records = EfiRecords.All.Records;
        var probe = new StringBuilder("#include <stdio.h>\n#include <efi.h>\nint main(void)\n{\n");
        foreach (var record in records)
        {
            probe.Append(CultureInfo.InvariantCulture, $"    printf(\"{record.Name} size %u\\n\", (unsigned)sizeof({record.Name}));\n");
            probe.Append(CultureInfo.InvariantCulture, $"    printf(\"{record.Name} align %u\\n\", (unsigned)_Alignof({record.Name}));\n");
            foreach (var field in record.Fields)
                probe.Append(CultureInfo.InvariantCulture,
                    $"    printf(\"{record.Name}.{field.Name} %u\\n\", (unsigned)offsetof({record.Name}, {field.Name}));\n");
        }
        probe.Append("    return 0;\n}\n");
        string file = Path.Combine(Path.GetTempPath(), $"efi_layout_{Guid.NewGuid():N}.c");
        File.WriteAllText(file, probe.ToString());
        try
        {
            var run = TranslatedC.TranslateAndRun([file]);
            Assert.True(run.Status == 0, run.Stderr);
            return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' '))
                .ToDictionary(parts => string.Join(' ', parts[..^1]), parts => long.Parse(parts[^1], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheHeadersDeclareTheSpecificationsStructures()
    {
        var names = EfiRecords.All.Records.Select(r => r.Name).ToHashSet();
        string[] expected =
        [
            "EFI_GUID", "EFI_TABLE_HEADER", "EFI_SYSTEM_TABLE", "EFI_BOOT_SERVICES", "EFI_RUNTIME_SERVICES", "EFI_CONFIGURATION_TABLE",
            "EFI_MEMORY_DESCRIPTOR", "EFI_TIME", "EFI_TIME_CAPABILITIES", "EFI_LOADED_IMAGE_PROTOCOL", "EFI_DEVICE_PATH_PROTOCOL",
            "HARDDRIVE_DEVICE_PATH", "FILEPATH_DEVICE_PATH", "EFI_BLOCK_IO_PROTOCOL", "EFI_BLOCK_IO_MEDIA", "EFI_DISK_IO_PROTOCOL",
            "EFI_SIMPLE_FILE_SYSTEM_PROTOCOL", "EFI_FILE_PROTOCOL", "EFI_FILE_INFO", "EFI_FILE_SYSTEM_INFO",
            "EFI_SIMPLE_TEXT_OUTPUT_PROTOCOL", "SIMPLE_TEXT_OUTPUT_MODE", "EFI_SIMPLE_TEXT_INPUT_PROTOCOL", "EFI_INPUT_KEY",
        ];
        Assert.Equal([], expected.Where(n => !names.Contains(n)));
        // Every member of the service tables, in the specification's order (4.4.1 and 4.5.1).
        Assert.Equal(44, EfiRecords.All.Records.Single(r => r.Name == "EFI_BOOT_SERVICES").Fields.Count - 1);
        Assert.Equal(14, EfiRecords.All.Records.Single(r => r.Name == "EFI_RUNTIME_SERVICES").Fields.Count - 1);
    }

    [Fact]
    public void TranslatedLayoutsAreTheNativeOnes()
    {
        var translated = s_translated.Value;
        var checks = new StringBuilder("#include <efi.h>\n");
        foreach (var record in EfiRecords.All.Records)
        {
            checks.Append(CultureInfo.InvariantCulture,
                $"_Static_assert(sizeof({record.Name}) == {translated[record.Name + " size"]}, \"sizeof({record.Name})\");\n");
            checks.Append(CultureInfo.InvariantCulture,
                $"_Static_assert(_Alignof({record.Name}) == {translated[record.Name + " align"]}, \"_Alignof({record.Name})\");\n");
            foreach (var field in record.Fields)
                checks.Append(CultureInfo.InvariantCulture,
                    $"_Static_assert(offsetof({record.Name}, {field.Name}) == {translated[$"{record.Name}.{field.Name}"]}, \"offsetof({record.Name}, {field.Name})\");\n");
        }
        string file = Path.Combine(Path.GetTempPath(), $"efi_layout_native_{Guid.NewGuid():N}.c");
        File.WriteAllText(file, checks.ToString());
        try
        {
            var run = Processes.Run(NativeC.Compiler, [.. EfiApplications.NativeFlags, "-fsyntax-only", file], TimeSpan.FromMinutes(2));
            Assert.True(run.Status == 0, "layouts nt2cs gives that the native UEFI target does not:\n" + run.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
        Assert.True(translated.Count > 300, $"only {translated.Count} layout facts");
    }

    [Fact]
    public void TranslatedLayoutsFollowTheSpecificationsAlignment()
    {
        var translated = s_translated.Value;
        var wrong = new List<string>();
        foreach (var record in EfiRecords.All.Records)
        {
            var (size, align, offsets) = SpecificationLayout(record);
            if (translated[record.Name + " size"] != size || translated[record.Name + " align"] != align)
                wrong.Add($"{record.Name}: size {translated[record.Name + " size"]} align {translated[record.Name + " align"]}, the specification's {size} and {align}");
            foreach (var (field, offset) in offsets)
                if (translated[$"{record.Name}.{field}"] != offset)
                    wrong.Add($"{record.Name}.{field} at {translated[$"{record.Name}.{field}"]}, the specification's {offset}");
        }
        Assert.Empty(wrong);
        // Facts the specification states outright: the hard drive node is 42 bytes with its fields at these offsets
        // (10.3.5.1), the memory descriptor's PhysicalStart follows Type's padding, EFI_TIME is 16 bytes.
        Assert.Equal(42, translated["HARDDRIVE_DEVICE_PATH size"]);
        Assert.Equal([4L, 8, 16, 24, 40, 41], new[] { "PartitionNumber", "PartitionStart", "PartitionSize", "Signature", "MBRType", "SignatureType" }
            .Select(f => translated["HARDDRIVE_DEVICE_PATH." + f]));
        Assert.Equal(8, translated["EFI_MEMORY_DESCRIPTOR.PhysicalStart"]);
        Assert.Equal(16, translated["EFI_TIME size"]);
    }

    /// <summary>
    /// The layout the specification's rule gives, computed here from the members' C types alone: natural alignment
    /// (each member at a multiple of its own alignment, the structure's alignment its largest member's, its size a
    /// multiple of that), or none for a packed structure.
    /// </summary>
    private static (long Size, long Align, List<(string Field, long Offset)> Offsets) SpecificationLayout(EfiRecords.Record record)
    {
        long offset = 0, align = 1;
        var offsets = new List<(string, long)>();
        foreach (var field in record.Fields)
        {
            var (size, fieldAlign) = TypeLayout(field.DesugaredType);
            if (record.Packed)
                fieldAlign = 1;
            offset = (offset + fieldAlign - 1) / fieldAlign * fieldAlign;
            offsets.Add((field.Name, offset));
            offset += size;
            align = Math.Max(align, fieldAlign);
        }
        return ((offset + align - 1) / align * align, align, offsets);
    }

    /// <summary>IA32's sizes (UEFI 2.10, table 2.3): UINTN and pointers 4 bytes, each type aligned to its size.</summary>
    private static (long Size, long Align) TypeLayout(string type)
    {
        type = type.Replace("const ", "").Replace("volatile ", "").Trim();
        if (type.Contains("(*)") || type.EndsWith('*'))
            return (4, 4);
        if (ArrayType().Match(type) is { Success: true } array)
        {
            var (element, elementAlign) = TypeLayout(array.Groups[1].Value);
            long count = array.Groups[2].Value.Length == 0 ? 0 : long.Parse(array.Groups[2].Value, CultureInfo.InvariantCulture);
            return (element * count, elementAlign);
        }
        switch (type)
        {
            case "char" or "signed char" or "unsigned char": return (1, 1);
            case "short" or "unsigned short" or "wchar_t": return (2, 2);
            case "int" or "unsigned int" or "long" or "unsigned long": return (4, 4);
            case "long long" or "unsigned long long": return (8, 8);
        }
        string name = type.StartsWith("struct ", StringComparison.Ordinal) ? type["struct ".Length..] : type;
        if (EfiRecords.All.Aliases.TryGetValue(name, out var aliased))
            return TypeLayout(aliased);
        if (EfiRecords.All.TagToTypedef.TryGetValue(name, out var typedefName))
            name = typedefName;
        if (EfiRecords.All.Enums.Contains(name) || name.StartsWith("enum ", StringComparison.Ordinal))
            return (4, 4);
        var record = EfiRecords.All.Records.FirstOrDefault(r => r.Name == name)
            ?? throw new InvalidOperationException($"no layout rule for the C type '{type}'");
        var (size, align, _) = SpecificationLayout(record);
        return (size, align);
    }

    [GeneratedRegex(@"^(.*)\[(\d*)\]$")]
    private static partial Regex ArrayType();
}
