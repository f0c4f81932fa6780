using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>A lowering pass over a whole image. Each pass documents its rewrite as "C shape ⇒ lowered shape".</summary>
public interface IImagePass
{
    void Run(CImage image, LoweringContext context);
}

/// <summary>What passes need to know beyond the image: the target environment.</summary>
public sealed class LoweringContext
{
    /// <summary>C functions the runtime provides (hosted C library), by name, with their calling shapes.</summary>
    public IReadOnlyDictionary<string, string> LibraryFunctions { get; init; } = new Dictionary<string, string>();

    /// <summary>The images this one links against (TARGETLIBS), searched in order for what it does not define.</summary>
    public IReadOnlyList<ImageExports> Libraries { get; init; } = [];

    /// <summary>MSVC intrinsics the runtime implements, by name, with their calling shapes (hosted and freestanding).</summary>
    public IReadOnlyDictionary<string, string> IntrinsicFunctions { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The lowering passes, in order. The order lives here, with the reason for each constraint beside it.
/// </summary>
public static class LoweringPipeline
{
    public static IReadOnlyList<IImagePass> Passes { get; } =
    [
        // One definition per external name; calls to undefined functions resolved against the C library.
        new LinkSymbols(),
        // After linking: calls reach their definitions, here or in a library image.
        new KeepReturnAddressFrames(),
        // Compound literals in static initializers become objects of their own, before anything lays out data.
        new AllocateStaticLiterals(),
        // C# rejects constant expressions that overflow; C wraps. Fold before anything inspects literals.
        new FoldConstants(),
        // Labels setjmp sites and adds their dispatch; before RestructureJumps, which makes the labels reachable.
        new ControlFlow.LowerSetjmp(),
        // After linking: block-scope externs and statics have their final declarations.
        new MarkVariablesInMemory(),
        // Struct results, variadic argument blocks and compound literals need frame slots.
        new AllocateFrameTemporaries(),
        // After the two passes above: every in-memory local and temporary is known.
        new LayOutFrames(),
        // Jumps into blocks and nested case labels become gotos C# accepts; emission relies on it.
        new ControlFlow.RestructureJumps(),
        // Every string literal, in code and in initializers, gets one pooled copy.
        new PoolStrings(),
        // After everything that creates symbols: C# identifiers for functions, globals, locals, fields, types.
        new AssignNames(),
        // After pooling: data offsets for globals and strings, code offsets for functions.
        new LayOutImage(),
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
