using System.Diagnostics;
using System.Text;

namespace Nt2cs.Runtime;

/// <summary>
/// Runs a translated hosted C program: lays out its address space, loads its image, builds <c>argv</c>,
/// calls <c>main</c> on a thread with room for deep recursion, and turns the way it ended into an exit status
/// the way a native i386 Linux process would report it (a fault ends with 128 + the signal number).
/// </summary>
public static class HostedRuntime
{
    /// <summary>Default size of the hosted address space; untouched memory costs nothing.</summary>
    public const uint DefaultMemory = 512u << 20;

    public const uint StackLimit = HostedAddressSpace.NullGuard;
    public const uint StackTop = 0x0011_0000;       // 1 MiB of guest stack, as an MSVC program gets by default
    public const uint LibraryCodeBase = 0x0030_0000; // runtime library functions' code addresses
    public const uint ImageBase = 0x0040_0000;
    public const uint HeapBase = 0x0100_0000;

    /// <summary>Host stack for the guest thread: far more than the guest stack can use, so the guest overflows first.</summary>
    public const int HostStackBytes = 512 << 20;

    public const int StatusAccessViolation = 128 + 11; // SIGSEGV
    public const int StatusArithmetic = 128 + 8;       // SIGFPE
    public const int StatusAbort = 128 + 6;            // SIGABRT
    public const int StatusIllegal = 128 + 4;          // SIGILL
    public const int StatusTrap = 128 + 5;             // SIGTRAP
    public const int StatusInternalError = 70;         // EX_SOFTWARE
    public const int StatusOutputFailed = 74;          // EX_IOERR
    public const int StatusTimeout = 124;              // as timeout(1)
    public const int StatusLoadFailed = 127;           // as ld.so when a library or symbol is missing

    /// <summary>Entry point of a translated program's own executable: the images it imports from are the assemblies beside it.</summary>
    public static int Main(ImageDescriptor image, string[] args)
    {
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        using var stdin = Console.OpenStandardInput();
        var resolve = ImageFiles.In([AppContext.BaseDirectory], System.Runtime.Loader.AssemblyLoadContext.Default);
        return Run(image, image.Name, args, stdout, stderr, stdin, resolve: resolve);
    }

    /// <summary>
    /// Runs <paramref name="image"/>'s <c>main</c> with <paramref name="args"/> as argv[1..]; with a
    /// <paramref name="timeLimit"/>, a run still going after that much wall time ends with <see cref="StatusTimeout"/>.
    /// The images it imports from are found through <paramref name="resolve"/>; one that cannot be found or bound
    /// ends the run before main with <see cref="StatusLoadFailed"/>. The run's environment is this process's, with
    /// <paramref name="environment"/>'s variables set over it (as <c>env TZ=UTC prog</c> would).
    /// </summary>
    public static int Run(ImageDescriptor image, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin, uint memory = DefaultMemory, TimeSpan? timeLimit = null,
        Func<string, ImageDescriptor?>? resolve = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (image.Main is null)
            throw new ArgumentException($"image {image.Name} has no main");
        int status = 0;
        var thread = new Thread(() =>
        {
            try
            {
                status = RunOnGuestThread(image, programName, args, stdout, stderr, stdin, memory, timeLimit, resolve, environment);
            }
            catch (Exception e)
            {
                // Only a failing host stream gets here (the final flush); nothing may take the process down.
                status = e is OutputFailedException ? StatusOutputFailed : StatusInternalError;
                TryReport(stderr, e.Message);
            }
        }, HostStackBytes) { Name = "guest" };
        lock (GuestGate.Gate)
        {
            thread.Start();
            thread.Join();
        }
        return status;
    }

    private static int RunOnGuestThread(ImageDescriptor image, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin, uint memory, TimeSpan? timeLimit, Func<string, ImageDescriptor?>? resolve,
        IReadOnlyDictionary<string, string>? environment)
    {
        using var space = new HostedAddressSpace(memory);
        space.Install();
        Fn.Reset();
        Stack.Reset(StackTop, StackLimit);
        Seh.EndTeardown();
        SafePoint.Install(timeLimit is { } limit ? new WallClockLimit(limit) : null, WallClockLimit.SafePointsPerLook);
        IReadOnlyList<LoadedImage> placement;
        uint next;
        try
        {
            placement = ImageLoader.Place(ImageLoader.Resolve(image, resolve), ImageBase, 0x10000, out next);
        }
        catch (ImageLoadException e)
        {
            TryReport(stderr, e.Message);
            return StatusLoadFailed;
        }
        uint heapBase = Math.Max(HeapBase, next);
        CLib.Start(stdout, stderr, stdin, heapBase, space.Size);
        CLib.SetEnvironment(environment);
        try
        {
            Library.Register(LibraryCodeBase);
            ImageLoader.Bind(placement);
            AttachLibraries(placement);
            var argv = BuildArgv(programName, args);
            return RunMain(image, args.Count + 1, argv);
        }
        catch (ImageLoadException e)
        {
            TryReport(stderr, e.Message);
            return StatusLoadFailed;
        }
        catch (ExitException exit)
        {
            return exit.Status;
        }
        catch (AbortException)
        {
            return StatusAbort;
        }
        catch (TimeLimitException e)
        {
            // Like a process killed by timeout(1): what stdio still buffers is lost.
            CLib.DiscardOutput();
            TryReport(stderr, CLocation(e) is { } where ? $"{e.Message} (stopped at {where})" : e.Message);
            return StatusTimeout;
        }
        catch (Exception e) when ((e is StackExhaustedException ? e.Message : Seh.FatalReason(e)) is { } reason)
        {
            // Faults no handler may see: the process dies as Windows would end it.
            CLib.DiscardOutput();
            Report(stderr, reason, e);
            return StatusAccessViolation;
        }
        catch (LongJmpException e)
        {
            // The program jumped through a stale or garbage jmp_buf: a native one dies of the wild jump.
            CLib.DiscardOutput();
            Report(stderr, e.Message, e);
            return StatusAccessViolation;
        }
        catch (OutputFailedException e)
        {
            TryReport(stderr, e.Message);
            return StatusOutputFailed;
        }
        catch (Exception e) when (Seh.AsGuestException(e) is { } seh)
        {
            // A crashing native process loses what stdio still buffers; so does this one.
            CLib.DiscardOutput();
            Report(stderr, $"unhandled {seh.Message}", e);
            return StatusFor(seh.Code);
        }
        catch (Exception e)
        {
            try { CLib.Flush(); } catch (OutputFailedException) { }
            Report(stderr, $"internal error: {e.GetType().Name}: {e.Message}", e);
            return StatusInternalError;
        }
        finally
        {
            SafePoint.Install(null);
            CLib.Stop();
            Mem.Install(UnmappedAddressSpace.Instance);
        }
    }

    /// <summary>DllMain's <c>fdwReason</c> when a process loads the DLL.</summary>
    private const uint DllProcessAttach = 1;

    /// <summary>
    /// Calls each DLL's entry point (its DLLENTRY) with DLL_PROCESS_ATTACH, as Windows does before main: the images
    /// loaded last first, so an image's imports are usually initialized before it. One that returns FALSE fails the load.
    /// </summary>
    private static unsafe void AttachLibraries(IReadOnlyList<LoadedImage> placement)
    {
        foreach (var loaded in placement.Skip(1).Reverse())
        {
            if (loaded.Image.Entry is not { } entry)
                continue;
            uint address = entry();
            if (!Fn.TryResolve(address, "i:iii", out nint code))
                throw new ImageLoadException(NtStatus.EntrypointNotFound, $"the entry point {Fn.NameOf(address)} of image {loaded.Image.Name} is not a DllMain (BOOL (HINSTANCE, DWORD, LPVOID)): its shape is {Fn.ShapeOf(address)}");
            if (((delegate*<uint, uint, uint, int>)code)(loaded.Code, DllProcessAttach, 0) == 0)
                throw new ImageLoadException(NtStatus.DllInitFailed, $"image {loaded.Image.Name} failed to initialize: its entry point {Fn.NameOf(address)} returned FALSE");
        }
    }

    /// <summary>
    /// main, then the atexit handlers (returning from main is exit(status)), under the filter that marks the
    /// program's end for the termination handlers it unwinds.
    /// </summary>
    private static int RunMain(ImageDescriptor image, int argc, Ptr<Ptr<sbyte>> argv)
    {
        try
        {
            int status = image.Main!(argc, argv);
            CLib.RunAtExit();
            return status;
        }
        catch (Exception) when (Seh.MarkTeardown())
        {
            throw; // never reached: the filter only marks
        }
    }

    private static Ptr<Ptr<sbyte>> BuildArgv(string programName, IReadOnlyList<string> args)
    {
        var strings = new List<string> { programName };
        strings.AddRange(args);
        var argv = CLib.malloc((uint)(strings.Count + 1) * 4).As<Ptr<sbyte>>();
        for (int i = 0; i < strings.Count; i++)
            argv.W[i] = CLib.NewString(strings[i]);
        argv.W[strings.Count] = default;
        return argv;
    }

    public static int StatusFor(uint code) => code switch
    {
        NtStatus.IntegerDivideByZero or NtStatus.IntegerOverflow => StatusArithmetic,
        NtStatus.IllegalInstruction => StatusIllegal,
        NtStatus.Breakpoint => StatusTrap,
        _ => StatusAccessViolation,
    };

    private static void TryReport(Stream stderr, string message)
    {
        try
        {
            stderr.Write(Encoding.UTF8.GetBytes($"nt2cs: {message}\n"));
            stderr.Flush();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
        }
    }

    /// <summary>A one-line report naming the C location that was running, from the #line-mapped stack.</summary>
    public static void Report(Stream stderr, string message, Exception e)
    {
        string? where = CLocation(e);
        if (Environment.GetEnvironmentVariable("NT2CS_TRACE") == "1")
            stderr.Write(Encoding.UTF8.GetBytes(e.ToString() + "\n"));
        var line = where is null ? $"{message}\n" : $"{where}: {message}\n";
        if (e.Data["detail"] is string detail)
            line = line.TrimEnd('\n') + $": {detail}\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        stderr.Write(bytes);
        stderr.Flush();
    }

    /// <summary>The innermost C source location on <paramref name="e"/>'s stack, if generated code was running.</summary>
    public static string? CLocation(Exception e) => CLocation(new StackTrace(e, fNeedFileInfo: true));

    /// <summary>The innermost C source location on <paramref name="trace"/> (taken with file information).</summary>
    public static string? CLocation(StackTrace trace)
    {
        foreach (var frame in trace.GetFrames())
        {
            var file = frame.GetFileName();
            if (file is not null && (file.EndsWith(".c", StringComparison.Ordinal) || file.EndsWith(".h", StringComparison.Ordinal)))
                return $"{file}:{frame.GetFileLineNumber()}";
        }
        return null;
    }
}
