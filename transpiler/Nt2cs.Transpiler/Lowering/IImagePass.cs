using Nt2cs.Transpiler.CAst;

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

    /// <summary>MSVC intrinsics the runtime implements, by name, with their calling shapes (hosted and freestanding).</summary>
    public IReadOnlyDictionary<string, string> IntrinsicFunctions { get; init; } = new Dictionary<string, string>();

    /// <summary>What the image imports from and exports to other images.</summary>
    public ImageInterface Interface { get; init; } = new();
}

