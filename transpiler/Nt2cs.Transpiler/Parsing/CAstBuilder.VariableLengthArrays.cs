using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Variable-length array types (C11 6.7.6.2): each length a declaration writes is evaluated once, where the
// declaration is reached (a parameter's on entry to the function), into a hidden unsigned local declared just
// before it; the type (CArrayType.IsVariable) names that local, so sizeof and indexing read it later however the
// length's variables changed. libclang shows a length expression only as a child of the declaration that writes it,
// and clang does not unique variable-length array types, so a type finds its local by its canonical type's
// identity. The storage and the scope of a VLA object are LowerVariableLengthArrays' work.
internal sealed partial class CAstBuilder
{
    /// <summary>The hidden locals holding variable lengths, by the identity of clang's canonical array type.</summary>
    private readonly Dictionary<nint, CVarDecl> _variableLengths = [];

    private int _variableLengthCount;

    /// <summary>A clang type's identity: its canonical QualType without the qualifier bits kept in the pointer's low bits.</summary>
    private static nint VariableLengthKey(CXType type) => LibClang.clang_getCanonicalType(type).Data0 & ~(nint)0xF;

    private CArrayType VariableArrayType(CXType type, SourceLoc location)
    {
        _result.HasVariablyModifiedTypes = true;
        return new(Type(LibClang.clang_getArrayElementType(type), location), null)
        {
            IsVariable = true,
            LengthVariable = _variableLengths.GetValueOrDefault(VariableLengthKey(type)),
        };
    }

    /// <summary>
    /// The hidden locals evaluating the variable lengths <paramref name="declaration"/> writes in its type
    /// <paramref name="written"/>, in the order C evaluates them (as written, outermost first). A length written in
    /// a typedef the declaration uses was evaluated at the typedef.
    /// </summary>
    private List<CVarDecl> DeclareVariableLengths(Cursor declaration, CXType written, SourceLoc location)
    {
        var levels = new List<CXType>();
        for (var level = written; ;)
        {
            if (level.Kind == CXTypeKind.Pointer)
                level = LibClang.clang_getPointeeType(level);
            else if (level.Kind is CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray or CXTypeKind.VariableArray)
            {
                levels.Add(level);
                level = LibClang.clang_getArrayElementType(level);
            }
            else
                break;
        }
        if (!levels.Exists(l => l.Kind == CXTypeKind.VariableArray))
            return [];
        var function = _function ?? throw TranslationException.Unsupported(location, "a variable-length array type outside a function");
        // The declaration's expression children are the sizes written in its declarator, innermost first (libclang
        // visits an array's element before its size), then its initializer.
        var sizes = declaration.ExpressionChildren();
        if (declaration.Kind == CXCursorKind.VarDecl && new Cursor(LibClang.clang_Cursor_getVarDeclInitializer(declaration.Raw)) is { IsNull: false } initializer)
            sizes.RemoveAll(c => c.Equals(initializer));
        sizes.Reverse();
        var sized = levels.FindAll(l => l.Kind != CXTypeKind.IncompleteArray);
        if (sizes.Count != sized.Count)
            sized = levels.FindAll(l => l.Kind == CXTypeKind.VariableArray);
        if (sizes.Count != sized.Count)
            throw TranslationException.Unsupported(location, $"the lengths of '{declaration.Spelling}''s variable-length array type (libclang shows {sizes.Count} of {sized.Count})");
        var lengths = new List<CVarDecl>();
        for (int i = 0; i < sized.Count; i++)
        {
            var key = VariableLengthKey(sized[i]);
            if (sized[i].Kind != CXTypeKind.VariableArray || _variableLengths.ContainsKey(key))
                continue;
            var length = new CVarDecl($"__vla_length{++_variableLengthCount}", Loc(sizes[i]), CIntType.UInt, CStorage.Auto)
            {
                Owner = function,
                Init = Convert(Expr(sizes[i]), CIntType.UInt),
            };
            function.Locals.Add(length);
            _variableLengths[key] = length;
            lengths.Add(length);
        }
        return lengths;
    }

    /// <summary>
    /// The lengths variably modified parameters write (<c>int a[n][m]</c>), evaluated on entry to the function
    /// (C11 6.9.1p10); each such parameter is typed again with them, adjusted (<c>int (*a)[m]</c>).
    /// </summary>
    private List<CVarDecl> VariableLengthParameters(CFunctionDecl function, Cursor definition)
    {
        var lengths = new List<CVarDecl>();
        for (int i = 0; i < function.Parameters.Count; i++)
        {
            var parameter = function.Parameters[i];
            var cursor = new Cursor(LibClang.clang_Cursor_getArgument(definition.Raw, (uint)i));
            var declared = DeclareVariableLengths(cursor, cursor.Type, parameter.Location);
            if (declared.Count == 0 && !VariableLengths.IsVariablyModified(parameter.Type))
                continue;
            lengths.AddRange(declared);
            parameter.Type = AdjustParameter(Type(cursor.Type, parameter.Location));
        }
        return lengths;
    }

    /// <summary>
    /// <c>sizeof</c> of a variably modified operand: the product of its lengths, read from their hidden locals. An
    /// operand expression of such a type is evaluated (C11 6.5.3.4p2), which only matters when it has an effect.
    /// </summary>
    private CExpr VariableSizeOf(Cursor cursor, SourceLoc location)
    {
        var children = cursor.ExpressionChildren();
        CType type;
        if (children.Count == 1 && Type(children[0].Type, location) is CArrayType { IsVariablyModified: true } operandType)
        {
            var operand = Expr(children[0]);
            if (CTree.Expressions(operand).Exists(e => e is CAssign or CCall or CUnary { IsIncDec: true }))
                throw TranslationException.Unsupported(location, "sizeof of a variable-length array expression with side effects");
            type = operandType;
        }
        else if (children.Count == 0 && cursor.Children() is [{ Kind: CXCursorKind.TypeRef } typeName]
            && typeName.Referenced.Kind == CXCursorKind.TypedefDecl
            && Type(LibClang.clang_getTypedefDeclUnderlyingType(typeName.Referenced.Raw), location) is CArrayType { IsVariablyModified: true } named)
        {
            type = named;
        }
        else
        {
            throw TranslationException.Unsupported(location, "sizeof of a variable-length array type written in place (name it with a typedef, or take sizeof of an object)");
        }
        return VariableLengths.Size((CArrayType)type, location);
    }
}
