using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Variable-length arrays on the guest stack (C11 6.7.6.2; the builder evaluated each length into a hidden local):
/// <list type="bullet">
/// <item><c>{ A; int a[n][m]; B }</c> ⇒ <c>{ A; unsigned sp = stack_save(); int *a = vla_alloc(n*m*4, 4);
/// __try { B } __finally { stack_restore(sp); } }</c>: the storage is taken below the stack pointer where the
/// declaration is reached and given back however the block is left (its end, break, continue, goto, return, an
/// exception or longjmp passing through), so a loop re-entering the declaration does not grow the stack.</item>
/// <item>A variably modified type ⇒ a pointer to its base element (<c>int[n][m]</c>, <c>int (*)[m]</c> ⇒
/// <c>int *</c>), the array's address: <c>&amp;a</c>, <c>*p</c> and the decay of <c>a</c> are that address.</item>
/// <item>Arithmetic on a pointer to a variable-length array scales by its element count at run time:
/// <c>p[i]</c>, <c>p + i</c> ⇒ <c>p + i*m</c>; <c>p - q</c> ⇒ <c>(p - q) / m</c>; <c>p++</c> ⇒ <c>(p += m) - m</c>.</item>
/// </list>
/// Runs first, before linking resolves the stack intrinsics it calls and before anything reads a type's size.
/// </summary>
public sealed class LowerVariableLengthArrays : IImagePass
{
    private const string StackSave = "__nt2cs_stack_save";
    private const string StackRestore = "__nt2cs_stack_restore";
    private const string Allocate = "__nt2cs_vla_alloc";

    public void Run(CImage image, LoweringContext context)
    {
        foreach (var unit in image.Units.Where(u => u.HasVariablyModifiedTypes))
        {
            Intrinsics? intrinsics = null;
            var lowered = new Dictionary<CType, CType>(ReferenceEqualityComparer.Instance);
            foreach (var function in unit.Functions)
            {
                if (function.Body is not null)
                {
                    if (function.Locals.Exists(IsArrayObject))
                        Scopes(function.Body, function, intrinsics ??= new Intrinsics(), inCompound: true);
                    CTree.Rewrite(function.Body, Scale);
                    CTree.Rewrite(function.Body, e => Lowered(e, lowered));
                    foreach (var local in function.Locals)
                        local.Type = Lower(local.Type, lowered);
                }
                function.Type = (CFunctionType)Lower(function.Type, lowered);
            }
        }
    }

    /// <summary>The stack intrinsics' declarations, one set per unit (linking resolves them to the runtime's).</summary>
    private sealed class Intrinsics
    {
        public readonly CFunctionDecl Save = Declare(StackSave, CIntType.UInt);
        public readonly CFunctionDecl Restore = Declare(StackRestore, CVoidType.Instance, CIntType.UInt);
        public readonly CFunctionDecl Alloc = Declare(Allocate, new CPointerType(CVoidType.Instance), CIntType.UInt, CIntType.UInt);

        private static CFunctionDecl Declare(string name, CType result, params CType[] parameters) =>
            new(name, SourceLoc.None, new CFunctionType(result, parameters, isVariadic: false, hasPrototype: true, CCallingConvention.Cdecl));

        public static CCall Call(CFunctionDecl function, SourceLoc location, params CExpr[] arguments)
        {
            var callee = new CCast(location, new CPointerType(function.Type), CCastKind.FunctionToPointer,
                new CDeclRef(location, function.Type, function), isImplicit: true);
            return new CCall(location, function.Type.Result, callee, [.. arguments]);
        }
    }

    /// <summary>Gives each block's variable-length array objects their storage and the rest of the block its release.</summary>
    private static void Scopes(CStmt statement, CFunctionDecl function, Intrinsics intrinsics, bool inCompound)
    {
        if (statement is CDeclStmt declaration && !inCompound && declaration.Variables.Exists(IsArrayObject))
            throw TranslationException.Unsupported(statement.Location, "a variable-length array declared outside a block's own statements (in a for clause, or under a label or case)");
        if (statement is CCompoundStmt compound)
        {
            Block(compound.Items, function, intrinsics);
            return;
        }
        foreach (var child in CTree.Children(statement))
            Scopes(child, function, intrinsics, inCompound: false);
    }

    private static void Block(List<CStmt> items, CFunctionDecl function, Intrinsics intrinsics)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not CDeclStmt declaration || !declaration.Variables.Exists(IsArrayObject))
            {
                Scopes(items[i], function, intrinsics, inCompound: true);
                continue;
            }
            var location = declaration.Location;
            var mark = new CVarDecl($"__vla_sp{function.Locals.Count(l => l.Name.StartsWith("__vla_sp", StringComparison.Ordinal)) + 1}", location, CIntType.UInt, CStorage.Auto)
            {
                Owner = function,
                Init = Intrinsics.Call(intrinsics.Save, location),
            };
            function.Locals.Add(mark);
            foreach (var variable in declaration.Variables.Where(IsArrayObject))
            {
                var array = (CArrayType)variable.Type;
                var address = Intrinsics.Call(intrinsics.Alloc, variable.Location, VariableLengths.Size(array, variable.Location),
                    new CIntLiteral(variable.Location, CIntType.UInt, (ulong)Math.Max(variable.Align, 4)));
                variable.Init = new CCast(variable.Location, new CPointerType(VariableLengths.BaseElement(array)), CCastKind.PointerCast, address, isImplicit: true);
            }
            var rest = items.GetRange(i + 1, items.Count - i - 1);
            if (rest.SelectMany(CTree.Statements).Any(s => s is CSehLeaveStmt))
                throw TranslationException.Unsupported(location, "__leave inside a variable-length array's scope");
            Block(rest, function, intrinsics);
            var end = rest.Count > 0 ? rest[^1].Location : location;
            var release = new CExprStmt(end, Intrinsics.Call(intrinsics.Restore, end, new CDeclRef(end, CIntType.UInt, mark)));
            var scope = new CSehTryStmt(location, new CCompoundStmt(location, rest))
            {
                Finally = new CCompoundStmt(end, [release]),
                ReleasesVariableLengthArrays = true,
            };
            items.RemoveRange(i + 1, items.Count - i - 1);
            items.Insert(i, new CDeclStmt(location, [mark]));
            items.Add(scope);
            return;
        }
    }

    /// <summary>An object of variable-length array type (not a pointer to one): it needs storage.</summary>
    private static bool IsArrayObject(CVarDecl variable) =>
        variable is { Storage: CStorage.Auto, IsParameter: false } && variable.Type is CArrayType { IsVariablyModified: true };

    /// <summary>Arithmetic through pointers to variable-length arrays, scaled by their element count (types still C's).</summary>
    private static CExpr Scale(CExpr e)
    {
        switch (e)
        {
            case CCast { Kind: CCastKind.ArrayToPointer, Operand.Type: CArrayType { IsVariablyModified: true } } decay:
                return new CCast(decay.Location, decay.Type, CCastKind.PointerCast, decay.Operand, isImplicit: true);
            case CUnary { Op: CUnaryOp.AddressOf, Operand.Type: CArrayType { IsVariablyModified: true } } address:
                return Retyped(address.Operand, address.Type);
            case CUnary { Op: CUnaryOp.Deref, Type: CArrayType { IsVariablyModified: true } } deref:
                return Retyped(deref.Operand, deref.Type);
            case CIndex index when Stride(index.Base.Type, index.Location) is { } stride:
                return new CBinary(index.Location, index.Type, CBinaryOp.Add, index.Base, Times(index.Index, stride));
            case CBinary { Op: CBinaryOp.Sub } b when b.Right.Type.IsPointer && Stride(b.Left.Type, b.Location) is { } stride:
                return new CBinary(b.Location, b.Type, CBinaryOp.Div, b, stride);
            case CBinary { Op: CBinaryOp.Add or CBinaryOp.Sub } b when Stride(b.Left.Type, b.Location) is { } stride:
                b.Right = Times(b.Right, stride);
                return b;
            case CBinary { Op: CBinaryOp.Add } b when Stride(b.Right.Type, b.Location) is { } stride:
                b.Left = Times(b.Left, stride);
                return b;
            case CAssign { Op: CBinaryOp.Add or CBinaryOp.Sub } a when Stride(a.Target.Type, a.Location) is { } stride:
                a.Value = Times(a.Value, stride);
                return a;
            case CUnary { IsIncDec: true } u when Stride(u.Operand.Type, u.Location) is { } stride:
            {
                bool up = u.Op is CUnaryOp.PreInc or CUnaryOp.PostInc;
                var step = new CAssign(u.Location, u.Type, up ? CBinaryOp.Add : CBinaryOp.Sub, u.Operand, stride);
                if (u.Op is CUnaryOp.PreInc or CUnaryOp.PreDec)
                    return step;
                return new CBinary(u.Location, u.Type, up ? CBinaryOp.Sub : CBinaryOp.Add, step, Count(u.Operand.Type, u.Location));
            }
            default:
                return e;
        }
    }

    /// <summary>An expression with its type lowered; a pointer conversion <see cref="Scale"/> left between one type and itself goes.</summary>
    private static CExpr Lowered(CExpr e, Dictionary<CType, CType> lowered)
    {
        e.Type = Lower(e.Type, lowered);
        return e is CCast { Kind: CCastKind.PointerCast } cast && cast.Operand.Type.SameAs(cast.Type) ? cast.Operand : e;
    }

    /// <summary>The same value under the type of the expression it replaces (lowering then gives both one pointer type).</summary>
    private static CExpr Retyped(CExpr value, CType type) =>
        new CCast(value.Location, type, CCastKind.PointerCast, value, isImplicit: true);

    /// <summary>For a pointer to a variably modified array: its element count, as an int, by which its arithmetic scales.</summary>
    private static CExpr? Stride(CType type, SourceLoc location) =>
        type is CPointerType { Pointee: CArrayType { IsVariablyModified: true } } ? Count(type, location) : null;

    private static CExpr Count(CType pointer, SourceLoc location) =>
        new CCast(location, CIntType.Int, CCastKind.IntegralCast,
            VariableLengths.Count((CArrayType)((CPointerType)pointer).Pointee, location), isImplicit: true);

    private static CExpr Times(CExpr index, CExpr stride)
    {
        var value = index.Type is CIntType { Kind: CIntKind.Int } ? index
            : new CCast(index.Location, CIntType.Int, CCastKind.IntegralCast, index, isImplicit: true);
        return new CBinary(index.Location, CIntType.Int, CBinaryOp.Mul, value, stride);
    }

    /// <summary>
    /// A variably modified type ⇒ what represents it: a variable-length array, or a pointer to an array made of one,
    /// is a pointer to the base element; types made of those are rebuilt around it; anything else is itself.
    /// </summary>
    private static CType Lower(CType type, Dictionary<CType, CType> lowered)
    {
        if (type is CIntType or CFloatType or CVoidType or CRecordType or CEnumType)
            return type;
        if (lowered.TryGetValue(type, out var known))
            return known;
        CType result = type switch
        {
            CArrayType { IsVariablyModified: true } or CPointerType { Pointee: CArrayType { IsVariablyModified: true } } =>
                new CPointerType(Lower(VariableLengths.BaseElement(type is CPointerType p ? p.Pointee : type), lowered)).Qualified(type.IsConst, type.IsVolatile),
            CPointerType pointer when Lower(pointer.Pointee, lowered) is var pointee && !ReferenceEquals(pointee, pointer.Pointee) =>
                new CPointerType(pointee).Qualified(type.IsConst, type.IsVolatile),
            CArrayType array when Lower(array.Element, lowered) is var element && !ReferenceEquals(element, array.Element) =>
                new CArrayType(element, array.Length).Qualified(type.IsConst, type.IsVolatile),
            CFunctionType function => LowerFunction(function, lowered),
            _ => type,
        };
        lowered[type] = result;
        return result;
    }

    private static CType LowerFunction(CFunctionType function, Dictionary<CType, CType> lowered)
    {
        var result = Lower(function.Result, lowered);
        var parameters = function.Parameters.Select(p => Lower(p, lowered)).ToList();
        if (ReferenceEquals(result, function.Result) && parameters.Zip(function.Parameters).All(p => ReferenceEquals(p.First, p.Second)))
            return function;
        var rebuilt = new CFunctionType(result, parameters, function.IsVariadic, function.HasPrototype, function.Convention);
        return function.TypedefName is { } name ? rebuilt.Named(name) : rebuilt;
    }
}
