using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The tag types of arrays used as pointees (multi-dimensional arrays, pointers to arrays): <c>int (*)[4]</c> is a
/// <c>Ptr&lt;Array_int_4&gt;</c>, and the image declares <c>Array_int_4</c> sized like the array.
/// </summary>
internal static class ArrayTags
{
    private static bool MayHoldArray(CType type) => type is CPointerType or CArrayType or CFunctionType;

    /// <summary>Registers the tag types of arrays used as pointees (multi-dimensional arrays, pointers to arrays).</summary>
    public static void Collect(CImage image)
    {
        var seen = new HashSet<CType>(ReferenceEqualityComparer.Instance);
        void Visit(CType type)
        {
            // Only types that may hold an array are remembered: every expression has a type, most a scalar one, and
            // most pointers and arrays are of one (nothing under them to register, no identity to hash).
            if (!MayHoldArray(type) || type is CPointerType { Pointee: var pointee } && !MayHoldArray(pointee)
                || type is CArrayType { Element: var element } && !MayHoldArray(element) || !seen.Add(type))
                return;
            switch (type)
            {
                case CPointerType { Pointee: CArrayType array } pointer:
                    image.ArrayTags[CsTypes.ArrayTagName(array)] = array.Size;
                    Visit(array);
                    break;
                case CPointerType pointer:
                    Visit(pointer.Pointee);
                    break;
                case CArrayType { Element: CArrayType inner }:
                    image.ArrayTags[CsTypes.ArrayTagName(inner)] = inner.Size;
                    Visit(inner);
                    break;
                case CArrayType array:
                    Visit(array.Element);
                    break;
                case CFunctionType function:
                    Visit(function.Result);
                    foreach (var parameter in function.Parameters)
                        Visit(parameter);
                    break;
            }
        }
        foreach (var record in image.Records)
            foreach (var field in record.Fields)
                Visit(field.Type);
        foreach (var global in image.Globals)
            Visit(global.Type);
        foreach (var function in image.Functions.Concat(image.Imports))
        {
            Visit(function.Type);
            foreach (var local in function.Locals)
                Visit(local.Type);
            if (function.Body is not null)
                foreach (var expr in CTree.Expressions(function.Body))
                    Visit(expr.Type);
        }
    }
}
