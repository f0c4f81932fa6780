using System.Diagnostics;
using System.Runtime.ExceptionServices;
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
        // After LayOutFrames (in-memory locals known) and before RestructureJumps, while blocks are C's scopes.
        new ShareLocalVariables(),
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
        // After naming and aliases: a static moves out of its unit's class only where its name means nothing else.
        new SplitLargeUnits(),
        // After pooling: data offsets for globals and strings, code offsets for functions.
        new LayOutUnits(),
    ];

    /// <summary>
    /// Runs every pass but the <paramref name="omitted"/> ones (by name); a pass that fails other than by rejecting
    /// the C is an internal error naming it. Consecutive function passes run function by function (see
    /// <see cref="RunFunctionPasses"/>).
    /// </summary>
    public static void Run(CImage image, LoweringContext context, PhaseTimings? timings = null, IReadOnlySet<string>? omitted = null)
    {
        timings ??= new PhaseTimings();
        var passes = Passes.Where(pass => omitted?.Contains(pass.GetType().Name) != true).ToList();
        for (int i = 0; i < passes.Count;)
        {
            if (passes[i] is IFunctionPass)
            {
                var group = new List<IFunctionPass>();
                for (; i < passes.Count && passes[i] is IFunctionPass functionPass; i++)
                    group.Add(functionPass);
                RunFunctionPasses(image, context, group, timings);
                continue;
            }
            var pass = passes[i++];
            Guarded(pass, () => timings.Measure(Name(pass), () => pass.Run(image, context)));
        }
    }

    /// <summary>
    /// Function passes one after another, run function by function: each function goes through all of them while
    /// its tree is in the processor's cache (a walk of a tree that is not costs a cache miss per node, and each
    /// pass walks every function), the functions in parallel (none of these passes reads another function's
    /// results). Then each pass's image-wide part, in order. The error reported is the one the passes run one after
    /// another would meet first: the earliest pass's, at its first failing function; an image-wide part's before
    /// any later pass's. A pass's time is summed over the threads that ran it.
    /// </summary>
    private static void RunFunctionPasses(CImage image, LoweringContext context, List<IFunctionPass> group, PhaseTimings timings)
    {
        var functions = image.Functions.ToArray();
        var failures = new (int Pass, Exception Error)?[functions.Length];
        var ticks = new long[group.Count];
        Parallel.For(0, functions.Length, () => new long[group.Count], (f, _, local) =>
        {
            for (int p = 0; p < group.Count; p++)
            {
                long start = Stopwatch.GetTimestamp();
                try
                {
                    group[p].Run(functions[f], context);
                }
                catch (Exception e)
                {
                    failures[f] = (p, e);
                    break;
                }
                finally
                {
                    local[p] += Stopwatch.GetTimestamp() - start;
                }
            }
            return local;
        }, local =>
        {
            lock (ticks)
            {
                for (int p = 0; p < ticks.Length; p++)
                    ticks[p] += local[p];
            }
        });
        var first = failures.Where(f => f is not null).Select(f => f!.Value).OrderBy(f => f.Pass).FirstOrDefault(f => true, (int.MaxValue, null!));
        for (int p = 0; p < group.Count; p++)
        {
            var pass = group[p];
            if (p == first.Pass)
                Guarded(pass, () => ExceptionDispatchInfo.Throw(first.Error));
            long start = Stopwatch.GetTimestamp();
            Guarded(pass, () => pass.Finish(image, context));
            timings.Add(Name(pass), Stopwatch.GetElapsedTime(0, ticks[p] + Stopwatch.GetTimestamp() - start));
        }
    }

    private static string Name(IImagePass pass) => pass.GetType().Name;

    private static void Guarded(IImagePass pass, Action run)
    {
        try
        {
            run();
        }
        catch (Exception e) when (e is not (TranslationException or InternalTranslationException))
        {
            throw new InternalTranslationException(SourceLoc.None, $"lowering pass {Name(pass)} failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
