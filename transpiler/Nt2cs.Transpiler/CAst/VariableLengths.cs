using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.CAst;

/// <summary>
/// What the builder and the lowering of variable-length arrays share: a variably modified array's element count
/// and size, read at run time from the hidden locals its lengths were evaluated into.
/// </summary>
public static class VariableLengths
{
    /// <summary>Whether <paramref name="type"/> is a variable-length array, or a pointer or array made of one (C11 6.7.6p3, without function types).</summary>
    public static bool IsVariablyModified(CType type) => type switch
    {
        CArrayType array => array.IsVariablyModified || IsVariablyModified(array.Element),
        CPointerType pointer => IsVariablyModified(pointer.Pointee),
        _ => false,
    };

    /// <summary>The element an array is made of, through every dimension (<c>int</c> for <c>int[n][4]</c>).</summary>
    public static CType BaseElement(CType type)
    {
        while (type is CArrayType array)
            type = array.Element;
        return type;
    }

    /// <summary>
    /// How many <see cref="BaseElement"/>s an array of a variably modified type holds, as an <c>unsigned int</c>
    /// expression: the product of its dimensions, the variable ones read from their hidden locals.
    /// </summary>
    public static CExpr Count(CArrayType type, SourceLoc location) => Product(type, location, 1);

    /// <summary><c>sizeof</c> of an array of a variably modified type, as an <c>unsigned int</c> (size_t) expression.</summary>
    public static CExpr Size(CArrayType type, SourceLoc location) => Product(type, location, BaseElement(type).Size);

    private static CExpr Product(CArrayType type, SourceLoc location, long factor)
    {
        CExpr? product = null;
        CType level = type;
        while (level is CArrayType array)
        {
            if (array.IsVariable)
            {
                var length = array.LengthVariable ?? throw TranslationException.Unsupported(location,
                    "a variable-length array type whose length no declaration evaluates here (a prototype's parameter or [*])");
                CExpr read = new CDeclRef(location, CIntType.UInt, length);
                product = product is null ? read : new CBinary(location, CIntType.UInt, CBinaryOp.Mul, product, read);
            }
            else
            {
                factor *= array.Length ?? 0;
            }
            level = array.Element;
        }
        var constant = new CIntLiteral(location, CIntType.UInt, CIntegers.Truncate((ulong)factor, CIntType.UInt));
        if (product is null)
            return constant;
        return factor == 1 ? product : new CBinary(location, CIntType.UInt, CBinaryOp.Mul, product, constant);
    }
}
