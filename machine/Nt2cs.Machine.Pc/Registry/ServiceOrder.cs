using System.Buffers.Binary;
using System.Text;

namespace Nt2cs.Machine.Pc.Registry;

/// <summary>
/// The drivers a SYSTEM hive starts at boot, read as NT 3.5's loader and I/O manager read it: the current control
/// set (<c>Select\Current</c>), each service under its <c>Services</c> key whose <c>Type</c> is a kernel or file
/// system driver (1, 2) and whose <c>Start</c> is boot (0) or system (1), in start order, then in the order of
/// its <c>Group</c> in <c>Control\ServiceGroupOrder\List</c> (groups not listed after those listed), then by
/// <c>Tag</c>, then as the hive lists them.
/// </summary>
public static class ServiceOrder
{
    public const uint BootStart = 0, SystemStart = 1, DemandStart = 3;
    private const uint KernelDriver = 1, FileSystemDriver = 2, ErrorNormal = 1;

    /// <summary>The names of the services started at boot, in load order.</summary>
    public static IReadOnlyList<string> StartedAtBoot(RegKey system) => Ordered(system).Select(s => s.Key.Name).ToList();

    /// <summary>
    /// The boot-start services (Start 0), which the loader reads for the kernel, in load order, with where their
    /// images are: the ImagePath, or <c>System32\Drivers\NAME.sys</c> (relative to <c>\SystemRoot</c>) without one.
    /// </summary>
    public static IReadOnlyList<(string Name, string ImagePath)> StartedByLoader(RegKey system) =>
        Ordered(system).Where(s => s.Start == BootStart)
            .Select(s => (s.Key.Name, String(s.Key, "ImagePath") ?? $@"System32\Drivers\{s.Key.Name}.sys"))
            .ToList();

    private static IEnumerable<(RegKey Key, uint? Start)> Ordered(RegKey system)
    {
        var controlSet = CurrentControlSet(system);
        var groups = MultiString(Find(controlSet, "Control", "ServiceGroupOrder"), "List");
        var services = Find(controlSet, "Services")?.Subkeys ?? [];
        return services
            .Select((key, index) => (key, index, start: Dword(key, "Start"), type: Dword(key, "Type")))
            .Where(s => s.start is BootStart or SystemStart && s.type is KernelDriver or FileSystemDriver)
            .OrderBy(s => s.start)
            .ThenBy(s => GroupRank(groups, String(s.key, "Group")))
            .ThenBy(s => Dword(s.key, "Tag") ?? uint.MaxValue)
            .ThenBy(s => s.index)
            .Select(s => (s.key, s.start));
    }

    /// <summary>Adds a system-start kernel driver service (a driver tried with <c>--driver</c>), in no group: loaded last.</summary>
    public static void AddSystemStartDriver(RegKey system, string name)
    {
        var key = (Find(CurrentControlSet(system), "Services") ?? throw new RegFormatException("the SYSTEM hive has no Services key")).Subkey(name);
        key.Values.RemoveAll(_ => true);
        key.Values.Add(new RegValue("Type", RegSource.RegDword, BitConverter.GetBytes(KernelDriver)));
        key.Values.Add(new RegValue("Start", RegSource.RegDword, BitConverter.GetBytes(SystemStart)));
        key.Values.Add(new RegValue("ErrorControl", RegSource.RegDword, BitConverter.GetBytes(ErrorNormal)));
        key.Values.Add(new RegValue("ImagePath", RegSource.RegExpandSz, Encoding.Unicode.GetBytes($@"\SystemRoot\system32\drivers\{name}.sys" + "\0")));
    }

    private static RegKey? CurrentControlSet(RegKey system)
    {
        uint current = Dword(Find(system, "Select"), "Current") ?? 1;
        return Find(system, $"ControlSet{current:D3}");
    }

    private static int GroupRank(IReadOnlyList<string> groups, string? group)
    {
        int rank = group is null ? -1 : groups.ToList().FindIndex(g => string.Equals(g, group, StringComparison.OrdinalIgnoreCase));
        return rank < 0 ? groups.Count : rank;
    }

    private static RegKey? Find(RegKey? key, params string[] path)
    {
        foreach (var name in path)
            key = key?.Subkeys.Find(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
        return key;
    }

    private static RegValue? Value(RegKey? key, string name) =>
        key?.Values.Find(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    private static uint? Dword(RegKey? key, string name) =>
        Value(key, name) is { Type: RegSource.RegDword, Data.Length: 4 } value ? BinaryPrimitives.ReadUInt32LittleEndian(value.Data) : null;

    private static string? String(RegKey? key, string name) =>
        Value(key, name) is { Type: RegSource.RegSz or RegSource.RegExpandSz } value ? Encoding.Unicode.GetString(value.Data).TrimEnd('\0') : null;

    private static IReadOnlyList<string> MultiString(RegKey? key, string name) =>
        Value(key, name) is { Type: RegSource.RegMultiSz } value
            ? Encoding.Unicode.GetString(value.Data).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            : [];
}
