namespace Nt2cs.Transpiler.Driver;

/// <summary>How C sources are compiled: preprocessor settings and the target environment.</summary>
public sealed record TranslationOptions
{
    public List<string> IncludeDirectories { get; init; } = [];

    /// <summary><c>NAME</c> or <c>NAME=VALUE</c>, as <c>-D</c> takes them.</summary>
    public List<string> Defines { get; init; } = [];

    public List<string> Undefines { get; init; } = [];

    /// <summary>Report errors only (<c>-w</c>).</summary>
    public bool SuppressWarnings { get; init; }

    /// <summary>No C library: programs run on the bare machine.</summary>
    public bool Freestanding { get; init; }

    /// <summary>The image (program) name; defaults to the first source's file name.</summary>
    public string? ImageName { get; init; }

    /// <summary>The generated code's namespace and class (defaults: from the image name, and <c>Program</c>).</summary>
    public string? Namespace { get; init; }
    public string? ClassName { get; init; }

    /// <summary>Whether the image is an executable with a <c>main</c> (default: unless freestanding).</summary>
    public bool? IsProgram { get; init; }

    /// <summary>Whether the code runs as a hosted program, on the runtime's HostedAddressSpace (default: unless freestanding; tree images never do: they run on the machine).</summary>
    public bool? Hosted { get; init; }

    /// <summary>The C# file name for a translation unit (default: its file name, .c replaced by .cs).</summary>
    public Func<string, string>? OutputName { get; init; }

    /// <summary>A header every translation unit starts with, parsed once for all of them.</summary>
    public string? PrecompiledHeader { get; init; }

    /// <summary>What the image may import from other images, what it exports, and its entry point (tree mode).</summary>
    public Lowering.ImageInterface Interface { get; init; } = new();

    /// <summary>Translation units parsed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Lowering passes to leave out, by name, for the translator's own tests and debugging: a pipeline without
    /// a pass shows what the pass is for, and trips the later stages' checks of what it guarantees (each an
    /// internal error). The command line reads <c>NT2CS_OMIT_PASSES</c> (comma-separated) into it.
    /// </summary>
    public IReadOnlySet<string> OmittedPasses { get; init; } = new HashSet<string>();

    /// <summary>
    /// The statement count from which a function reaches guest memory in place (<see cref="Emit.EmitOptions.InPlaceStatements"/>);
    /// the translator's tests lower it to run whole corpora that way.
    /// </summary>
    public int InPlaceStatements { get; init; } = Emit.EmitOptions.DefaultInPlaceStatements;

    /// <summary>
    /// The statements of static functions per nested class of a very large unit (<see cref="Lowering.SplitLargeUnits"/>);
    /// the translator's tests lower it to split every unit of a corpus.
    /// </summary>
    public int PartStatements { get; init; } = Lowering.SplitLargeUnits.DefaultPartStatements;

    /// <summary>
    /// The C# will be compiled ahead of time (crossgen2, ReadyToRun), as <c>nt2cs exec</c> does where it can: every
    /// function of a hosted program is then written in place for that compiler (<see cref="Emit.EmitOptions.AheadOfTime"/>).
    /// </summary>
    public bool AheadOfTime { get; init; }

    /// <summary>Maps a C path to the one written in <c>#line</c> directives.</summary>
    public Func<string, string> SourcePath { get; init; } = path => path;

    /// <summary>The headers shipped with nt2cs for hosted programs (the C library's).</summary>
    public static string RuntimeIncludeDirectory => CAst.RuntimeHeaders.Directory;

    /// <summary>The headers every program may use, freestanding ones too: C's freestanding set, intrin.h, machine.h.</summary>
    public static string FreestandingIncludeDirectory => Path.Combine(RuntimeIncludeDirectory, "freestanding");

    /// <summary>The clang command line: the MSVC i386 target with nt2cs's headers instead of the host's.</summary>
    /// <summary>
    /// A directory whose path <c>__FILE__</c> leaves out (the checkout, in tree mode), so generated code says
    /// <c>nt-src/…</c> wherever the tree is and <c>generated/</c> is the same in every clone.
    /// </summary>
    public string? FileMacroRoot { get; init; }

    public IReadOnlyList<string> ClangArguments()
    {
        var arguments = new List<string>
        {
            "-target", "i686-pc-windows-msvc", "-fms-extensions", "-fms-compatibility", "-std=gnu11",
            "-nostdinc", "-ferror-limit=0", "-D__NT2CS__=1",
        };
        if (!Freestanding)
        {
            arguments.Add("-isystem");
            arguments.Add(RuntimeIncludeDirectory);
        }
        arguments.Add("-isystem");
        arguments.Add(FreestandingIncludeDirectory);
        foreach (var directory in IncludeDirectories)
            arguments.Add("-I" + directory);
        foreach (var define in Defines)
            arguments.Add("-D" + define);
        foreach (var undefine in Undefines)
            arguments.Add("-U" + undefine);
        if (SuppressWarnings)
            arguments.Add("-w");
        if (FileMacroRoot is { } root)
            arguments.Add($"-fmacro-prefix-map={Path.TrimEndingDirectorySeparator(root)}{Path.DirectorySeparatorChar}=");
        return arguments;
    }
}
