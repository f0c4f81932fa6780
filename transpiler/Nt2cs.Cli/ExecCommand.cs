using System.CommandLine;
using System.Diagnostics;
using Nt2cs.Machine.Pc;
using DriveType = Nt2cs.Machine.Pc.DriveType;
using Nt2cs.Transpiler.Compilation;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary>
/// <c>nt2cs exec FILE.c… [-- ARGS]</c>: translates, compiles in memory, runs, and exits with the program's
/// status. Compiled programs are cached by content, so running the same sources again starts at once.
/// With <c>--freestanding</c> the program has no C library and runs on the bare machine (see
/// <see cref="FreestandingRunner"/>), configured by <c>--machine</c>, <c>--mem</c>, <c>--timeout</c>, and
/// <c>--drive</c>, <c>--persist</c>, <c>--power-cut-at</c> for disks; a system reset restarts the machine unless
/// <c>--no-reboot</c> ends the run there (status 0, "reset" on stderr). With <c>--efi</c> the files are an EFI
/// application (entry <c>efi_main</c>) booted through the firmware from a disk of type <c>--disk</c>
/// (<see cref="EfiApplicationRun"/>), its status the application's EFI_STATUS.
/// </summary>
internal static class ExecCommand
{
    public static Command Create(string[] programArguments)
    {
        var files = new Argument<string[]>("files") { Description = "C source files (one program)", Arity = ArgumentArity.OneOrMore };
        var noCache = new Option<bool>("--no-cache") { Description = "Translate and compile even if a cached build exists" };
        var verbose = new Option<bool>("-v", "--verbose") { Description = "Report timings on stderr" };
        var freestanding = new Option<bool>("--freestanding") { Description = "No C library: run main on the bare machine (COM1 is stdout)" };
        var machineKind = new Option<string>("--machine") { Description = "With --freestanding or --efi: the chipset, q35 (default) or pc", DefaultValueFactory = _ => "q35" };
        var memory = new Option<string>("--mem") { Description = $"With --freestanding or --efi: RAM in MiB (default {MachineOptions.DefaultMemoryMiB})", DefaultValueFactory = _ => MachineOptions.DefaultMemoryMiB.ToString() };
        var timeout = new Option<double?>("--timeout") { Description = "End the run after this many seconds (status 124): of virtual time with --freestanding or --efi, of wall time otherwise" };
        var drives = new Option<string[]>("--drive") { Description = "With --freestanding: attach a raw disk image, FILE[,type=nvme|ide|virtio-blk] (repeatable; q35's default type is nvme)", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var persist = new Option<bool>("--persist") { Description = "With --drive: writes reach the image files (default: a copy-on-write overlay leaves them unchanged)" };
        var noReboot = new Option<bool>("--no-reboot") { Description = "With --freestanding or --efi: a system reset (0xCF9) ends the run with status 0 instead of restarting the machine" };
        var efi = new Option<bool>("--efi") { Description = "The files are an EFI application (efi_main): boot it through the firmware from an EFI system partition" };
        var disk = new Option<string>("--disk") { Description = "With --efi: the type of the disk holding the ESP, nvme (default on q35), ide (default on pc) or virtio-blk" };
        var espFiles = new Option<string[]>("--esp-file") { Description = "With --efi: put a host file on the ESP, HOST=PATH (repeatable)", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var efiVars = new Option<string?>("--efi-vars") { Description = "With --efi: keep the firmware's non-volatile variables in this file (default: fresh each run)" };
        var powerCut = new Option<long?>("--power-cut-at") { Description = "With --freestanding: cut the power at this many nanoseconds of virtual time (unflushed disk writes are lost)" };
        var compiler = new Commands.CompilerOptions();
        var command = new Command("exec", "Translate C files, compile them in memory and run the program (arguments after --)")
            { files, noCache, verbose, freestanding, efi, disk, espFiles, efiVars, machineKind, memory, timeout, drives, persist, powerCut, noReboot };
        compiler.AddTo(command);
        command.SetAction(result =>
        {
            var sources = Commands.SourceFiles(result.GetValue(files)!);
            bool bare = result.GetValue(freestanding);
            bool asEfi = result.GetValue(efi);
            if (bare && asEfi)
                throw new UsageException("--freestanding and --efi exclude each other");
            if (asEfi && programArguments.Length > 0)
                throw new UsageException("--efi takes no program arguments (the boot manager gives an application no load options)");
            if (!asEfi && (result.GetValue(disk) is not null || result.GetValue(espFiles) is { Length: > 0 } || result.GetValue(efiVars) is not null))
                throw new UsageException("--disk, --esp-file and --efi-vars need --efi");
            if (asEfi && (result.GetValue(drives) is { Length: > 0 } || result.GetValue(persist) || result.GetValue(powerCut) is not null))
                throw new UsageException("--drive, --persist and --power-cut-at need --freestanding (--efi builds its own disk: --disk, --esp-file)");
            MachineOptions? machine = null;
            DriveType efiDisk = DriveType.Nvme;
            var efiFiles = new List<EfiApplicationRun.EspFile>();
            if (asEfi)
            {
                try
                {
                    var kind = MachineOptions.ParseKind(result.GetValue(machineKind)!);
                    efiDisk = DriveOptions.DefaultType(kind);
                    if (result.GetValue(disk) is { } type && !DriveOptions.TryParseType(type, out efiDisk))
                        throw new ArgumentException($"--disk {type}: expected nvme, ide or virtio-blk");
                    machine = new MachineOptions
                    {
                        Kind = kind,
                        MemoryMiB = MachineOptions.ParseMemoryMiB(result.GetValue(memory)!, EfiBoot.MinimumMemoryMiB),
                        NoReboot = result.GetValue(noReboot),
                    };
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.Message.Split(" (Parameter")[0]);
                }
                foreach (var value in result.GetValue(espFiles) ?? [])
                {
                    var file = EfiApplicationRun.EspFile.Parse(value);
                    if (efiFiles.Any(f => string.Equals(f.Path, file.Path, StringComparison.OrdinalIgnoreCase)))
                        throw new UsageException($"--esp-file {value}: \\{file.Path} is given twice");
                    efiFiles.Add(file);
                }
            }
            else if (bare)
            {
                try
                {
                    var kind = MachineOptions.ParseKind(result.GetValue(machineKind)!);
                    if (result.GetValue(powerCut) is < 0)
                        throw new ArgumentException("--power-cut-at: expected nanoseconds of virtual time, 0 or more");
                    machine = new MachineOptions
                    {
                        Kind = kind,
                        MemoryMiB = MachineOptions.ParseMemoryMiB(result.GetValue(memory)!, FreestandingRunner.MinimumMemoryMiB),
                        Drives = (result.GetValue(drives) ?? []).Select(d => DriveOptions.Parse(d, kind)).ToList(),
                        Persist = result.GetValue(persist),
                        PowerCutAt = result.GetValue(powerCut),
                        NoReboot = result.GetValue(noReboot),
                    };
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.Message.Split(" (Parameter")[0]);
                }
            }
            if (!bare && !asEfi && (result.GetValue(drives) is { Length: > 0 } || result.GetValue(persist) || result.GetValue(powerCut) is not null || result.GetValue(noReboot)))
                throw new UsageException("--drive, --persist, --power-cut-at and --no-reboot need --freestanding (--no-reboot also --efi)");
            if (result.GetValue(timeout) is <= 0 or > 1e9)
                throw new UsageException("--timeout: expected a positive number of seconds");
            var options = asEfi
                ? compiler.Read(result, freestanding: true) with
                {
                    IsProgram = false,
                    Interface = new Transpiler.Lowering.ImageInterface { EntryName = "efi_main", EntryRequired = true },
                }
                : compiler.Read(result, freestanding: bare) with { IsProgram = true, AheadOfTime = ReadyToRun.Available };
            var clock = Stopwatch.StartNew();
            var timings = result.GetValue(verbose);
            var build = ExecCache.Find(sources, options, result.GetValue(noCache), precompile: !asEfi);
            if (build is null)
            {
                var translation = Translator.Translate(sources, options);
                if (Commands.Report(translation))
                    return translation.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
                var translated = clock.Elapsed;
                var name = Path.GetFileNameWithoutExtension(sources[0]);
                var (assembly, errors) = CSharpCompiler.Compile(name, translation.Files);
                if (assembly is null)
                {
                    foreach (var error in errors.Take(20))
                        Console.Error.WriteLine(error);
                    return Commands.StatusInternalError;
                }
                var compiled = clock.Elapsed;
                build = ExecCache.Store(sources, options, ExecCache.Build.Of(assembly, $"{translation.Namespace}.{translation.ClassName}"),
                    translation.Inclusions, precompile: !asEfi);
                if (timings)
                {
                    Console.Error.WriteLine($"nt2cs: translated in {translated.TotalMilliseconds:F0} ms, compiled in {(compiled - translated).TotalMilliseconds:F0} ms, "
                        + (build.Precompiled is null ? "not precompiled" : $"precompiled in {(clock.Elapsed - compiled).TotalMilliseconds:F0} ms"));
                    Console.Error.WriteLine($"nt2cs: translation phases: {translation.Timings}");
                }
            }
            else if (timings)
            {
                Console.Error.WriteLine($"nt2cs: cached build found in {clock.Elapsed.TotalMilliseconds:F0} ms");
            }
            var started = clock.Elapsed;
            using var stdout = Console.OpenStandardOutput();
            using var stderr = Console.OpenStandardError();
            using var stdin = Console.OpenStandardInput();
            string programName = Path.GetFileNameWithoutExtension(sources[0]);
            TimeSpan? limit = result.GetValue(timeout) is double seconds ? TimeSpan.FromSeconds(seconds) : null;
            int status = asEfi
                ? EfiApplicationRun.Run(build.Assembly, machine!, efiDisk, efiFiles, result.GetValue(efiVars), stdout, stderr,
                    Console.IsInputRedirected ? ReadInput(stdin) : default, limit)
                : machine is null
                ? ProgramRunner.Run(build.AssemblyToLoad, build.Precompiled, build.TypeName, programName, programArguments, stdout, stderr, stdin, limit, build.TypeToken)
                : ProgramRunner.Run(build.AssemblyToLoad, build.Precompiled, build.TypeName, programName, image => FreestandingRunner.Run(image, machine, stdout, stderr,
                    Console.IsInputRedirected ? ReadInput(stdin) : default, limit), build.TypeToken);
            if (timings)
                Console.Error.WriteLine($"nt2cs: ran in {(clock.Elapsed - started).TotalMilliseconds:F0} ms");
            return status;
        });
        return command;
    }

    /// <summary>Redirected stdin for COM1 (at most 64 MiB).</summary>
    internal static byte[] ReadInput(Stream stdin)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while (buffer.Length < 64 << 20 && (read = stdin.Read(chunk)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
