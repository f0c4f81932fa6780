using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Nt2cs.Machine.Pc;
using Nt2cs.Runtime;
using Nt2cs.Tests.Differential;
using Nt2cs.Tests.Support;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Machine;

/// <summary>
/// The freestanding programs under <c>tests/freestanding</c>, translated and compiled once (one Roslyn batch) and
/// run on the bare machine as <c>nt2cs exec --freestanding</c> runs them. Each program states its expectation in
/// an <c>EXPECTED</c> block (stdout and status, with the reasoning), its run options in a <c>// RUN:</c> line
/// (<c>--timeout S</c>, <c>--mem MiB</c>, <c>--machine KIND</c>, <c>--drive $DISK[,type=…]</c>, <c>--persist</c>, <c>--no-reboot</c>,
/// <c>--power-cut-at NS</c>) and the report it must print on stderr in a <c>// REPORT:</c> line (without one,
/// stderr must stay empty). A program with a <c>// DISK: SECTORS</c> line gets a fresh image of that many sectors,
/// every byte <see cref="DiskFill"/>, as <c>$DISK</c>.
/// </summary>
public class FreestandingPrograms
{
    public static readonly string Directory = Repo.PathOf("tests", "freestanding");

    public sealed record Program(string Name, string Path, Corpus.Expectation Expected, string? Report, MachineOptions Machine, TimeSpan? Timeout,
        int? DiskSectors = null);

    /// <summary>The byte a fresh <c>$DISK</c> image is filled with.</summary>
    public const byte DiskFill = 0xE5;

    /// <summary>Makes a fresh image of <paramref name="sectors"/> sectors filled with <see cref="DiskFill"/>; returns its path.</summary>
    public static string CreateDisk(int sectors)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"nt2cs-disk-{Guid.NewGuid():N}.img");
        var bytes = new byte[sectors * 512];
        Array.Fill(bytes, DiskFill);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public sealed record Outcome(int Status, byte[] Stdout, string Stderr);

    private readonly Dictionary<string, (Assembly? Assembly, string TypeName, string? Failure)> _built = new(StringComparer.Ordinal);

    public FreestandingPrograms() : this(Nt2cs.Transpiler.Emit.EmitOptions.DefaultInPlaceStatements, "freestanding")
    {
    }

    /// <param name="inPlaceStatements">The translator's threshold for writing guest memory access in place (0: every function).</param>
    /// <param name="batchName">The Roslyn batch's assembly name.</param>
    protected FreestandingPrograms(int inPlaceStatements, string batchName)
    {
        var translated = new List<TranslatedC.Program>();
        foreach (var program in All())
        {
            var translation = TranslatedC.Translate([program.Path], new TranslationOptions
            {
                Freestanding = true,
                IsProgram = true,
                SuppressWarnings = true,
                IncludeDirectories = [System.IO.Path.Combine(Directory, "include")],
                InPlaceStatements = inPlaceStatements,
            });
            if (translation.Succeeded)
                translated.Add(new TranslatedC.Program(program.Name, translation));
            else
                _built[program.Name] = (null, "", "translation failed:\n" + string.Join("\n", translation.Diagnostics));
        }
        var (assembly, errors) = TranslatedC.CompileBatch(translated, batchName);
        foreach (var program in translated)
            _built[program.Name] = errors.TryGetValue(program.Name, out var error) || assembly is null
                ? (null, "", "generated C# does not compile:\n" + (error ?? string.Join("\n", errors.Values)))
                : (assembly, program.TypeName, null);
    }

    public static IReadOnlyList<Program> All() =>
        System.IO.Directory.GetFiles(Directory, "*.c").Order(StringComparer.Ordinal).Select(Parse).ToList();

    public static Program Find(string name) => All().Single(p => p.Name == name);

    private static Program Parse(string path)
    {
        var lines = File.ReadAllLines(path);
        string Directive(string key) => lines.TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => l.StartsWith($"// {key}:", StringComparison.Ordinal)).Select(l => l[(key.Length + 4)..].Trim()).FirstOrDefault() ?? "";
        var machine = new MachineOptions();
        TimeSpan? timeout = null;
        var run = Directive("RUN");
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string Value() => i + 1 < words.Length ? words[++i] : throw new InvalidOperationException($"{path}: RUN option {words[i]} needs a value");
            switch (words[i])
            {
                case "--timeout": timeout = TimeSpan.FromSeconds(double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--mem": machine = machine with { MemoryMiB = MachineOptions.ParseMemoryMiB(Value()) }; break;
                case "--machine": machine = machine with { Kind = MachineOptions.ParseKind(Value()) }; break;
                case "--drive": machine = machine with { Drives = [.. machine.Drives, DriveOptions.Parse(Value(), machine.Kind)] }; break;
                case "--persist": machine = machine with { Persist = true }; break;
                case "--no-reboot": machine = machine with { NoReboot = true }; break;
                case "--power-cut-at": machine = machine with { PowerCutAt = long.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) }; break;
                default: throw new InvalidOperationException($"{path}: unknown RUN option {words[i]}");
            }
        }
        string disk = Directive("DISK");
        var expected = Corpus.ParseExpectation(path) ?? throw new InvalidOperationException($"{path} has no EXPECTED block");
        string report = Directive("REPORT");
        return new Program(System.IO.Path.GetFileNameWithoutExtension(path), path, expected, report.Length > 0 ? report : null, machine, timeout,
            disk.Length > 0 ? int.Parse(disk, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>Runs a program on a fresh machine (with a fresh <c>$DISK</c> if it asks for one, deleted afterwards).</summary>
    public Outcome Run(Program program)
    {
        if (program.DiskSectors is not int sectors)
            return Run(program, program.Machine);
        string disk = CreateDisk(sectors);
        try
        {
            return Run(program, WithDisk(program.Machine, disk));
        }
        finally
        {
            File.Delete(disk);
        }
    }

    /// <summary><paramref name="machine"/> with <c>$DISK</c> in its drives replaced by <paramref name="disk"/>.</summary>
    public static MachineOptions WithDisk(MachineOptions machine, string disk) =>
        machine with { Drives = machine.Drives.Select(d => d with { Path = d.Path.Replace("$DISK", disk, StringComparison.Ordinal) }).ToList() };

    /// <summary>Runs a program on a fresh machine built from <paramref name="machine"/>; a run that does not end within a minute of wall time fails.</summary>
    public Outcome Run(Program program, MachineOptions machine)
    {
        var (assembly, typeName, failure) = _built[program.Name];
        if (failure is not null)
            throw new Xunit.Sdk.XunitException(failure);
        var image = (ImageDescriptor)assembly!.GetType(typeName)!.GetField("__Image")!.GetValue(null)!;
        var stdout = new CappedStream();
        var stderr = new CappedStream();
        var run = Task.Run(() => FreestandingRunner.Run(image, machine, stdout, stderr, timeout: program.Timeout));
        if (!run.Wait(TimeSpan.FromMinutes(1)))
            throw new Xunit.Sdk.XunitException($"{program.Name} did not end within a minute of wall time");
        return new Outcome(run.Result, stdout.ToArray(), Encoding.UTF8.GetString(stderr.ToArray()));
    }
}

/// <summary>The same programs with every function's guest memory access written in place (the MMU moves the flat window under it).</summary>
public sealed class InPlaceFreestandingPrograms() : FreestandingPrograms(0, "freestanding-in-place");
