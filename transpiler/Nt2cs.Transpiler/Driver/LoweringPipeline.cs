using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.ControlFlow;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.Driver;

/// <summary>
/// The lowering passes, in order. The order lives here, with the reason for each constraint beside it.
/// </summary>
public static class LoweringPipeline
{
    public static IReadOnlyList<IImagePass> Passes { get; } =
    [
        // First: variable-length arrays become pointers before anything reads a type; linking resolves the stack intrinsics it calls.
        new LowerVariableLengthArrays(),
        // Before linking: code nothing reaches imports nothing (a header's unused inline helpers).
        new DropUnreferencedStatics(),
        // One definition per external name; calls to undefined functions resolved against the C library.
        new LinkSymbols(),
        // After linking: a call through a declaration without a prototype takes its definition's.
        new ResolveUnprototypedCalls(),
        // After linking: calls reach their definitions, here or in a library image.
        new KeepReturnAddressFrames(),
        // Compound literals in static initializers become objects of their own, before anything lays out data.
        new AllocateStaticLiterals(),
        // C# rejects constant expressions that overflow; C wraps. Fold before anything inspects literals.
        new FoldConstants(),
        // Labels setjmp sites and adds their dispatch; before RestructureJumps, which makes the labels reachable.
        new LowerSetjmp(),
        // After linking: block-scope externs and statics have their final declarations.
        new MarkVariablesInMemory(),
        // Struct results, variadic argument blocks and compound literals need frame slots.
        new AllocateFrameTemporaries(),
        // After the two passes above: every in-memory local and temporary is known.
        new LayOutFrames(),
        // Jumps into blocks and nested case labels become gotos C# accepts; emission relies on it.
        new RestructureJumps(),
        // After restructuring, which adds gotos and labels of its own.
        new MarkJumps(),
        // After MarkJumps (a backward goto is a loop) and KeepReturnAddressFrames (frames that must stay).
        new ChooseInlining(),
        // Every string literal, in code and in initializers, gets one pooled copy.
        new PoolStrings(),
        // After linking (imports known) and folding (constants in place): what each unit's class declares.
        new CollectUnitReferences(),
        // After everything that creates symbols: C# identifiers for functions, globals, locals, fields, types.
        new AssignNames(),
        // After naming: an alias must not take the name of a struct type or a unit class.
        new NameTypeAliases(),
        // After pooling: data offsets for globals and strings, code offsets for functions.
        new LayOutUnits(),
    ];

    /// <summary>
    /// Runs every pass but the <paramref name="omitted"/> ones (by name); a pass that fails other than by rejecting
    /// the C is an internal error naming it.
    /// </summary>
    public static void Run(CImage image, LoweringContext context, PhaseTimings? timings = null, IReadOnlySet<string>? omitted = null)
    {
        timings ??= new PhaseTimings();
        foreach (var pass in Passes)
        {
            var name = pass.GetType().Name;
            if (omitted?.Contains(name) == true)
                continue;
            try
            {
                timings.Measure(name, () => pass.Run(image, context));
            }
            catch (Exception e) when (e is not (TranslationException or InternalTranslationException))
            {
                throw new InternalTranslationException(SourceLoc.None, $"lowering pass {name} failed: {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
