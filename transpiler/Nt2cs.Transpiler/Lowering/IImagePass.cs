using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>A lowering pass over a whole image. Each pass documents its rewrite as "C shape ⇒ lowered shape".</summary>
public interface IImagePass
{
    void Run(CImage image, LoweringContext context);
}

/// <summary>
/// A pass whose work on a function reads and writes only that function (and what passes before it decided), and
/// whose image-wide rest, if any, comes after every function's. The pipeline runs such passes one function at a
/// time, each function through all of them while its tree is in the cache, the functions in parallel
/// (<c>LoweringPipeline</c>); on its own, a pass runs over the functions in order.
/// </summary>
public interface IFunctionPass : IImagePass
{
    void Run(CFunctionDecl function, LoweringContext context);

    /// <summary>The image-wide part, after every function's.</summary>
    void Finish(CImage image, LoweringContext context)
    {
    }

    void IImagePass.Run(CImage image, LoweringContext context)
    {
        foreach (var function in image.Functions)
            Run(function, context);
        Finish(image, context);
    }
}

/// <summary>What passes need to know beyond the image: the target environment.</summary>
public sealed class LoweringContext
{
    /// <summary>C functions the runtime provides (hosted C library), by name, with their calling shapes.</summary>
    public IReadOnlyDictionary<string, string> LibraryFunctions { get; init; } = new Dictionary<string, string>();

    /// <summary>MSVC intrinsics the runtime implements, by name, with their calling shapes (hosted and freestanding).</summary>
    public IReadOnlyDictionary<string, string> IntrinsicFunctions { get; init; } = new Dictionary<string, string>();

    /// <summary>What the image imports from and exports to other images.</summary>
    public ImageInterface Interface { get; init; } = new();

    /// <summary>The statements of static functions per nested class of a unit split into parts (<see cref="SplitLargeUnits"/>).</summary>
    public int PartStatements { get; init; } = SplitLargeUnits.DefaultPartStatements;
}

