using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Emit;

/// <summary>How generated code is shaped for where it will run.</summary>
public sealed class EmitOptions
{
    /// <summary>Namespace of the generated code.</summary>
    public string Namespace { get; init; } = "Translated";

    /// <summary>The static class holding the image's functions and globals.</summary>
    public string ClassName { get; init; } = "Program";

    /// <summary>Maps a C source path to the path written in <c>#line</c> directives (stable across machines).</summary>
    public Func<string, string> SourcePath { get; init; } = path => path;

    /// <summary>Emit an executable entry point (hosted program).</summary>
    public bool IsProgram { get; init; } = true;

    /// <summary>The C# file name for a translation unit's path (null: the file name with .cs).</summary>
    public Func<string, string>? OutputName { get; init; }

    /// <summary>
    /// The statement count from which a function reaches guest memory in place (ExpressionGenerator.InPlace.cs):
    /// a function this large has more locals and JIT temporaries than the JIT inlines into, so its accessors and
    /// pointer operators would all stay calls (Lua's luaV_execute has 1,706 statements, SQLite's sqlite3VdbeExec
    /// 4,973; no function of the kernel's comes near).
    /// </summary>
    public int InPlaceStatements { get; init; } = DefaultInPlaceStatements;

    public const int DefaultInPlaceStatements = 1000;

    /// <summary>
    /// The C# will be compiled ahead of time (crossgen2), which optimises a method of any size, where the JIT compiles
    /// one of more than 2,000 IL blocks or 20,000 IL instructions without optimisation. Every function of a hosted
    /// program (a very large one of other code) is then written in place with every access in place, and runs
    /// precompiled (FunctionGenerator); otherwise only a very large function is written in place, its accesses only
    /// while it stays under the JIT's limits, and it is compiled at its first call.
    /// </summary>
    public bool AheadOfTime { get; init; }

    /// <summary>
    /// The code runs as a hosted program, on an address space whose flat window is all of it (HostedAddressSpace):
    /// scalar accesses go through the runtime's <c>HostedMem</c>, whose slow path only faults. The machine's code
    /// (tree images, freestanding programs, firmware applications) keeps <c>Mem</c>, whose window moves.
    /// </summary>
    public bool Hosted { get; init; }

    /// <summary>The runtime class generated code reaches guest scalars through: <c>Mem</c> or <c>HostedMem</c>.</summary>
    public string MemoryClass => Hosted ? "HostedMem" : "Mem";
}

/// <summary>What expression and statement generators share while emitting one function.</summary>
internal sealed class FunctionContext(CImage image, CFunctionDecl function, EmitOptions options)
{
    public CImage Image { get; } = image;
    public CFunctionDecl Function { get; } = function;
    public EmitOptions Options { get; } = options;

    /// <summary>The function's frame variable.</summary>
    public const string Frame = "frame";

    /// <summary>Name of the variadic argument block parameter of a variadic function.</summary>
    public const string VariadicArguments = "__va_args";

    /// <summary>In a function that calls setjmp: its activation number, the value setjmp returns next, and the stack mark to resume with.</summary>
    public const string JmpActivation = "__jmp_activation";
    public const string JmpValue = "__jmp_value";
    public const string JmpStackMark = "__jmp_sp";

    /// <summary>Guest memory is reached in place, with no call for the JIT to inline (<see cref="EmitOptions.InPlaceStatements"/>).</summary>
    public bool InPlace { get; init; }

    /// <summary>How many more scalar accesses may be written in place (each adds three blocks for the JIT to count).</summary>
    public int InPlaceAccesses { get; set; }

    /// <summary>The accesses chosen to be written in place (<see cref="Emit.InPlaceAccesses"/>); null: every access.</summary>
    public HashSet<CExpr>? InPlaceChosen { get; init; }

    /// <summary>The scratch address locals declared so far (<see cref="ExpressionGenerator"/>'s accesses written in place).</summary>
    public int ScratchAddresses { get; set; }

    /// <summary>
    /// One scratch address serves every access: the JIT will not optimise the method (past its 20,000 IL
    /// instructions), so no local gets a register, and each scratch of its own would only make the frame it zeroes larger.
    /// </summary>
    public bool OneScratchAddress { get; init; }

    /// <summary>The hosted window's locals the function's accesses use (<c>__base</c>, <c>__limit4</c>…).</summary>
    public HashSet<string> WindowLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>The structured-exception-handling constructs being emitted, innermost last.</summary>
    public List<SehScope> Seh { get; } = [];
}
