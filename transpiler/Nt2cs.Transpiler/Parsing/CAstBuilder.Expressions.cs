using System.Runtime.InteropServices;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Expressions.
internal sealed partial class CAstBuilder
{
    private CExpr Expr(Cursor cursor)
    {
        var location = Loc(cursor);
        if (_expansions.Count > 0 && cursor.Kind is CXCursorKind.ParenExpr or CXCursorKind.IntegerLiteral or CXCursorKind.CharacterLiteral
                or CXCursorKind.UnaryOperator && MacroConstant(cursor, location) is { } named)
            return named;
        switch (cursor.Kind)
        {
            case CXCursorKind.ParenExpr:
                return Expr(SingleExpressionChild(cursor, location));
            case CXCursorKind.UnexposedExpr:
                return Unexposed(cursor, location);
            case CXCursorKind.DeclRefExpr:
                return DeclRef(cursor, location);
            case CXCursorKind.IntegerLiteral:
                return IntegerLiteral(cursor, location);
            case CXCursorKind.CharacterLiteral:
                return CharacterLiteral(cursor, location);
            case CXCursorKind.FloatingLiteral:
                return new CFloatLiteral(location, Type(cursor.Type, location), EvaluateFloat(cursor, location));
            case CXCursorKind.StringLiteral:
                return StringLiteral(cursor, location);
            case CXCursorKind.UnaryOperator:
                return Unary(cursor, location);
            case CXCursorKind.UnaryExpr:
                return SizeOrAlignment(cursor, location);
            case CXCursorKind.BinaryOperator:
                return Binary(cursor, location);
            case CXCursorKind.CompoundAssignOperator:
                return CompoundAssign(cursor, location);
            case CXCursorKind.ConditionalOperator:
                return Conditional(cursor, location);
            case CXCursorKind.CallExpr:
                return Call(cursor, location);
            case CXCursorKind.MemberRefExpr:
                return Member(cursor, location);
            case CXCursorKind.ArraySubscriptExpr:
                return Subscript(cursor, location);
            case CXCursorKind.CStyleCastExpr:
                return CStyleCast(cursor, location);
            case CXCursorKind.CompoundLiteralExpr:
                return CompoundLiteral(cursor, location);
            case CXCursorKind.StmtExpr:
                return StatementExpression(cursor, location);
            case CXCursorKind.GenericSelectionExpr:
                return GenericSelection(cursor, location);
            case CXCursorKind.InitListExpr:
                throw TranslationException.Unsupported(location, "initializer list outside an initializer");
            case CXCursorKind.AddrLabelExpr:
                throw TranslationException.Unsupported(location, "address of a label (GNU extension)");
            default:
                throw TranslationException.Unsupported(location, $"expression {cursor.Kind}");
        }
    }

    private static List<Cursor> ExpressionChildren(Cursor cursor) => cursor.ExpressionChildren();

    /// <summary>
    /// <c>(T)e</c>: the operand is the last expression child, after any the type name holds (<c>typeof(x)</c>'s
    /// operand, a variable length), which the type already accounts for.
    /// </summary>
    private CExpr CStyleCast(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        if (children.Count == 0)
            throw new TranslationException(location, "malformed CStyleCastExpr");
        var type = Type(cursor.Type, location);
        if (children.Count > 1 && VariableLengths.IsVariablyModified(type))
            throw TranslationException.Unsupported(location, "a cast to a variable-length array type written in place (name it with a typedef)");
        return Cast(Expr(children[^1]), type, location, isImplicit: false);
    }

    private Cursor SingleExpressionChild(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        return children.Count == 1 ? children[0] : throw new TranslationException(location, $"malformed {cursor.Kind}");
    }

    /// <summary>
    /// libclang's unexposed expressions: implicit conversions (one operand), and a few other nodes told apart by
    /// their shape (offsetof, va_arg, implicit zero initialisation).
    /// </summary>
    private CExpr Unexposed(Cursor cursor, SourceLoc location)
    {
        var children = cursor.Children(); // one visit for both questions
        if (children is [{ Kind: CXCursorKind.TypeRef }, { Kind: CXCursorKind.MemberRef }, ..])
            return OffsetOf(cursor, location);
        children.RemoveAll(static c => !c.IsExpression);
        if (children.Count == 1)
        {
            var operand = children[0];
            if (StripParens(operand).Kind == CXCursorKind.DeclRefExpr && StripParens(operand).Referenced.Kind == CXCursorKind.FunctionDecl
                && cursor.Type.Kind != CXTypeKind.Pointer)
            {
                // The decay of a builtin's designator: clang types it as a "builtin function" pointer.
                var designator = Expr(operand);
                return Cast(designator, new CPointerType(designator.Type), location, isImplicit: true);
            }
            var type = Type(cursor.Type, location);
            var operandType = Type(operand.Type, location);
            if (IsVaArg(cursor, operand, type, operandType))
                return new CVaArg(location, type, Expr(operand));
            return Cast(Expr(operand), type, location, isImplicit: true);
        }
        if (children.Count == 0)
        {
            var type = Type(cursor.Type, location);
            if (type.IsScalar)
                return Constant(cursor, location, "unexposed expression");
            // An implicit value initialisation of an aggregate: all zero.
            return new CInitList(location, Type(cursor.Type, location), []);
        }
        if (Atomic(cursor, children, location) is { } atomic)
            return atomic;
        throw TranslationException.Unsupported(location, $"expression with {children.Count} operands (a clang node libclang does not expose)");
    }

    /// <summary>
    /// GNU's <c>__atomic_load_n(p, order)</c> and <c>__atomic_store_n(p, v, order)</c> (clang's AtomicExpr, which
    /// libclang shows only as an unexposed expression over the pointer, the order and the value; told apart by
    /// the builtin's name where the expression is spelled). A translated program's threads never run at the same time, so any order is a plain
    /// load or store: <c>*p</c>, <c>*p = v</c>. Other atomic builtins stay refused.
    /// </summary>
    private CExpr? Atomic(Cursor cursor, List<Cursor> children, SourceLoc location)
    {
        if (children.Count is not (2 or 3))
            return null;
        var name = _unit.SpelledFirstToken(cursor);
        bool load = name == "__atomic_load_n" && children.Count == 2;
        bool store = name == "__atomic_store_n" && children.Count == 3;
        if (!load && !store)
            return null;
        var pointer = Expr(children[0]);
        if (pointer.Type is not CPointerType { Pointee: var pointee })
            return null;
        var target = new CUnary(location, pointee, CUnaryOp.Deref, pointer);
        if (load)
            return target;
        var value = Cast(Expr(children[2]), pointee.Unqualified, location, isImplicit: true);
        return Cast(new CAssign(location, pointee.Unqualified, null, target, value), CVoidType.Instance, location, isImplicit: false);
    }

    /// <summary>
    /// libclang shows va_arg (clang's VAArgExpr) as an unexposed expression over the va_list lvalue itself. An
    /// implicit conversion never sits directly on an lvalue of pointer type except the load (LValueToRValue),
    /// which keeps the type and spans exactly its operand; va_arg changes the type or spans more.
    /// </summary>
    private static bool IsVaArg(Cursor cursor, Cursor operand, CType type, CType operandType)
    {
        if (operandType is not CPointerType { Pointee: CIntType { Bits: 8 } } || !IsLValue(StripParens(operand)))
            return false;
        return !type.Unqualified.SameAs(operandType.Unqualified) || LibClang.clang_equalRanges(cursor.Extent, operand.Extent) == 0;
    }

    private static bool IsLValue(Cursor expression) => expression.Kind switch
    {
        CXCursorKind.DeclRefExpr => expression.Referenced.Kind is CXCursorKind.VarDecl or CXCursorKind.ParmDecl,
        CXCursorKind.MemberRefExpr or CXCursorKind.ArraySubscriptExpr => true,
        CXCursorKind.UnaryOperator => expression.UnaryOperator == CXUnaryOperatorKind.Deref,
        _ => false,
    };

    private CExpr DeclRef(Cursor cursor, SourceLoc location)
    {
        var referenced = cursor.Referenced;
        if (referenced.Kind == CXCursorKind.FunctionDecl)
            return FunctionRef(referenced, location);
        var type = Type(cursor.Type, location);
        switch (referenced.Kind)
        {
            case CXCursorKind.VarDecl:
            case CXCursorKind.ParmDecl:
                if (_locals.TryGetValue(referenced, out var local) || _decls.TryGetValue(referenced, out local))
                    return new CDeclRef(location, referenced.Kind == CXCursorKind.ParmDecl ? ((CVarDecl)local).Type : type, local);
                if (_decls.TryGetValue(referenced.Canonical, out var global))
                    return new CDeclRef(location, type, global);
                return new CDeclRef(location, type, FileScopeVariable(referenced));
            case CXCursorKind.FunctionDecl:
                return FunctionRef(referenced, location);
            case CXCursorKind.EnumConstantDecl:
                if (!_decls.TryGetValue(referenced, out var constant))
                {
                    Enum(referenced.SemanticParent);
                    constant = _decls[referenced];
                }
                var enumConstant = (CEnumConstantDecl)constant;
                return new CIntLiteral(location, type, CIntegers.Truncate((ulong)enumConstant.Value, type)) { EnumConstant = enumConstant };
            default:
                throw TranslationException.Unsupported(location, $"reference to {referenced.Kind} '{referenced.Spelling}'");
        }
    }

    /// <summary>
    /// <c>_Generic(x, int: a, long: b, default: c)</c> is the association clang chose; libclang shows the
    /// association expressions but not which one that is. The chosen one has the selection's type, so when exactly
    /// one association has it, that is the choice; when several do and the selection is an integer constant, the
    /// ones with its value are equal and any stands for it. Otherwise the choice cannot be told, and is refused. The
    /// controlling expression is never evaluated, as C says.
    /// </summary>
    private CExpr GenericSelection(Cursor cursor, SourceLoc location)
    {
        var associations = cursor.Children().Where(c => c.IsExpression).Skip(1).ToList();
        var type = LibClang.clang_getCanonicalType(cursor.Type);
        var candidates = associations.Where(a => LibClang.clang_equalTypes(LibClang.clang_getCanonicalType(a.Type), type) != 0).ToList();
        if (candidates.Count > 1 && EvaluateInteger(cursor) is { } value)
            candidates = candidates.Where(a => EvaluateInteger(a) == value).Take(1).ToList();
        if (candidates.Count > 1)
            candidates = candidates.Where(a => AssociationNamesControllingType(cursor, a)).ToList();
        if (candidates.Count != 1)
            throw TranslationException.Unsupported(location, "_Generic selection between associations of the same type (which one clang chose cannot be told)");
        return Expr(candidates[0]);
    }

    /// <summary>
    /// Whether the type name written before <paramref name="association"/> (<c>double</c> in <c>double: "double"</c>)
    /// is, as written, the controlling expression's type after lvalue conversion: then it is the association chosen.
    /// </summary>
    private bool AssociationNamesControllingType(Cursor selection, Cursor association)
    {
        var tokens = _unit.TokenSpans(selection);
        var start = _unit.TokenSpans(association);
        if (start.Count == 0)
            return false;
        int at = tokens.FindIndex(t => t.File == start[0].File && t.Offset == start[0].Offset);
        if (at < 2 || tokens[at - 1].Text != ":")
            return false;
        int first = at - 2;
        while (first > 0 && tokens[first - 1].Text is not ("," or "("))
            first--;
        var written = string.Concat(tokens.Skip(first).Take(at - 1 - first).Select(t => t.Text));
        var controlling = Type(selection.Children().First(c => c.IsExpression).Type, Loc(selection)); // never evaluated
        var converted = controlling switch
        {
            CArrayType array => new CPointerType(array.Element),
            CFunctionType function => new CPointerType(function),
            _ => controlling.Unqualified,
        };
        return written == converted.ToString().Replace(" ", "");
    }

    /// <summary>A function designator, typed by its declaration (a builtin's reference has clang's "builtin function" type).</summary>
    private CExpr FunctionRef(Cursor declaration, SourceLoc location)
    {
        var function = Function(declaration);
        return new CDeclRef(location, function.Type, function);
    }

    private CExpr IntegerLiteral(Cursor cursor, SourceLoc location)
    {
        var value = EvaluateInteger(cursor) ?? throw new TranslationException(location, "integer literal without a value");
        // Hex as written: read from the file where the literal is written there, else when its extent is one token
        // (a literal no longer than 64 bytes), from that token.
        bool hex = false;
        if (_unit.WrittenText(cursor, 2) is { } text)
        {
            hex = text.Length == 2 && text[0] == '0' && (text[1] | 0x20) == 'x';
        }
        else if (_unit.SpansAtMost(cursor, 64))
        {
            var tokens = _unit.Tokens(cursor);
            hex = tokens.Count == 1 && tokens[0].Text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        }
        var type = Type(cursor.Type, location);
        return new CIntLiteral(location, type, CIntegers.Truncate((ulong)value, type)) { IsHex = hex };
    }

    private CExpr CharacterLiteral(Cursor cursor, SourceLoc location)
    {
        var type = Type(cursor.Type, location);
        var value = EvaluateInteger(cursor) ?? throw new TranslationException(location, "character literal without a value");
        return new CIntLiteral(location, type, CIntegers.Truncate((ulong)value, type)) { IsCharacter = true };
    }

    private CExpr StringLiteral(Cursor cursor, SourceLoc location)
    {
        var type = Type(cursor.Type, location);
        int elementSize = (int)((CArrayType)type).Element.Size;
        var bytes = StringLiterals.Decode(cursor.Spelling, elementSize, location);
        return new CStringLiteral(location, type, bytes);
    }

    /// <summary>
    /// <c>offsetof(T, a.b[i].c)</c>, walked designator by designator: libclang's evaluation of it reads the first
    /// subscript instead. Its children are the type, then a field reference or an index per designator.
    /// </summary>
    private CExpr OffsetOf(Cursor cursor, SourceLoc location)
    {
        var children = cursor.Children();
        if (children.Count == 0 || children[0].Kind != CXCursorKind.TypeRef)
            throw TranslationException.Unsupported(location, "offsetof without a type");
        var type = LibClang.clang_getCanonicalType(children[0].Type);
        long offset = 0;
        foreach (var designator in children.Skip(1))
        {
            if (designator.Kind == CXCursorKind.MemberRef)
            {
                // The field's offset in the record that declares it (for a member of an anonymous struct or
                // union, clang counts from the named record that holds it).
                long bits = LibClang.clang_Cursor_getOffsetOfField(designator.Referenced.Raw);
                if (bits < 0 || bits % 8 != 0)
                    throw TranslationException.Unsupported(location, $"offsetof of '{designator.Spelling}' (a bitfield or unknown member)");
                offset += bits / 8;
                type = LibClang.clang_getCanonicalType(designator.Referenced.Type);
            }
            else
            {
                long index = EvaluateInteger(designator)
                    ?? throw TranslationException.Unsupported(location, "offsetof with a subscript that is not a constant");
                type = LibClang.clang_getCanonicalType(LibClang.clang_getArrayElementType(type));
                offset += index * LibClang.clang_Type_getSizeOf(type);
            }
        }
        var resultType = Type(cursor.Type, location);
        return new CIntLiteral(location, resultType, CIntegers.Truncate((ulong)offset, resultType));
    }

    /// <summary>A constant expression folded by clang (sizeof, alignof, offsetof, enum values).</summary>
    private CExpr Constant(Cursor cursor, SourceLoc location, string whatIfNot)
    {
        var type = Type(cursor.Type, location);
        if (type.IsFloating)
            return new CFloatLiteral(location, type, EvaluateFloat(cursor, location));
        var value = EvaluateInteger(cursor) ?? throw TranslationException.Unsupported(location, whatIfNot);
        return new CIntLiteral(location, type, CIntegers.Truncate((ulong)value, type));
    }

    /// <summary><c>sizeof</c>, <c>_Alignof</c>: clang's constant, or a variable-length array's size computed at run time.</summary>
    private CExpr SizeOrAlignment(Cursor cursor, SourceLoc location)
    {
        if (EvaluateInteger(cursor) is not { } value)
            return VariableSizeOf(cursor, location);
        var type = Type(cursor.Type, location);
        return new CIntLiteral(location, type, CIntegers.Truncate((ulong)value, type));
    }

    private long? EvaluateInteger(Cursor cursor)
    {
        nint result = LibClang.clang_Cursor_Evaluate(cursor.Raw);
        if (result == 0)
            return null;
        try
        {
            if (LibClang.clang_EvalResult_getKind(result) != CXEvalResultKind.Int)
                return null;
            return LibClang.clang_EvalResult_isUnsignedInt(result) != 0
                ? (long)LibClang.clang_EvalResult_getAsUnsigned(result)
                : LibClang.clang_EvalResult_getAsLongLong(result);
        }
        finally
        {
            LibClang.clang_EvalResult_dispose(result);
        }
    }

    private double EvaluateFloat(Cursor cursor, SourceLoc location)
    {
        nint result = LibClang.clang_Cursor_Evaluate(cursor.Raw);
        if (result == 0)
            throw new TranslationException(location, "floating constant without a value");
        try
        {
            return LibClang.clang_EvalResult_getKind(result) == CXEvalResultKind.Float
                ? LibClang.clang_EvalResult_getAsDouble(result)
                : throw new TranslationException(location, "floating constant without a value");
        }
        finally
        {
            LibClang.clang_EvalResult_dispose(result);
        }
    }

    private CExpr Unary(Cursor cursor, SourceLoc location)
    {
        var operand = Expr(SingleExpressionChild(cursor, location));
        var type = Type(cursor.Type, location);
        var op = cursor.UnaryOperator switch
        {
            CXUnaryOperatorKind.PostInc => CUnaryOp.PostInc,
            CXUnaryOperatorKind.PostDec => CUnaryOp.PostDec,
            CXUnaryOperatorKind.PreInc => CUnaryOp.PreInc,
            CXUnaryOperatorKind.PreDec => CUnaryOp.PreDec,
            CXUnaryOperatorKind.AddrOf => CUnaryOp.AddressOf,
            CXUnaryOperatorKind.Deref => CUnaryOp.Deref,
            CXUnaryOperatorKind.Plus => CUnaryOp.Plus,
            CXUnaryOperatorKind.Minus => CUnaryOp.Minus,
            CXUnaryOperatorKind.Not => CUnaryOp.BitNot,
            CXUnaryOperatorKind.LNot => CUnaryOp.LogicalNot,
            CXUnaryOperatorKind.Extension => (CUnaryOp?)null,
            var other => throw TranslationException.Unsupported(location, $"unary operator {other}"),
        };
        if (op is null)
            return operand;
        // An array parameter's type is reported as written (char *argv[]); argv++ steps the pointer.
        if (type is CArrayType && op is CUnaryOp.PostInc or CUnaryOp.PostDec or CUnaryOp.PreInc or CUnaryOp.PreDec
            && operand.Type.IsPointer)
            type = operand.Type;
        if (op == CUnaryOp.Deref && operand.Type is CPointerType { Pointee: CFunctionType })
            return operand is CCast { Kind: CCastKind.FunctionToPointer } decayed ? decayed.Operand : new CUnary(location, type, CUnaryOp.Deref, operand);
        return new CUnary(location, type, op.Value, operand);
    }

    private CExpr Binary(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        var left = Expr(children[0]);
        var right = Expr(children[1]);
        var type = Type(cursor.Type, location);
        var kind = cursor.BinaryOperator;
        if (kind == CXBinaryOperatorKind.Assign)
            return new CAssign(location, type, null, left, AssignmentValue(right, left.Type, location));
        var op = BinaryOp(kind, location);
        // Pointer arithmetic keeps the pointer on the left: i + p becomes p + i.
        if (op == CBinaryOp.Add && right.Type.IsPointer && !left.Type.IsPointer)
            (left, right) = (right, left);
        // An array parameter's type is reported as written (int a[]); arithmetic on it is on the pointer.
        if (type is CArrayType && left.Type.IsPointer)
            type = left.Type;
        if (type is CArrayType && op == CBinaryOp.Comma && right.Type.IsPointer)
            type = right.Type;
        return new CBinary(location, type, op, left, right);
    }

    private static CBinaryOp BinaryOp(CXBinaryOperatorKind kind, SourceLoc location) => kind switch
    {
        CXBinaryOperatorKind.Mul or CXBinaryOperatorKind.MulAssign => CBinaryOp.Mul,
        CXBinaryOperatorKind.Div or CXBinaryOperatorKind.DivAssign => CBinaryOp.Div,
        CXBinaryOperatorKind.Rem or CXBinaryOperatorKind.RemAssign => CBinaryOp.Rem,
        CXBinaryOperatorKind.Add or CXBinaryOperatorKind.AddAssign => CBinaryOp.Add,
        CXBinaryOperatorKind.Sub or CXBinaryOperatorKind.SubAssign => CBinaryOp.Sub,
        CXBinaryOperatorKind.Shl or CXBinaryOperatorKind.ShlAssign => CBinaryOp.Shl,
        CXBinaryOperatorKind.Shr or CXBinaryOperatorKind.ShrAssign => CBinaryOp.Shr,
        CXBinaryOperatorKind.LT => CBinaryOp.Lt,
        CXBinaryOperatorKind.GT => CBinaryOp.Gt,
        CXBinaryOperatorKind.LE => CBinaryOp.Le,
        CXBinaryOperatorKind.GE => CBinaryOp.Ge,
        CXBinaryOperatorKind.EQ => CBinaryOp.Eq,
        CXBinaryOperatorKind.NE => CBinaryOp.Ne,
        CXBinaryOperatorKind.And or CXBinaryOperatorKind.AndAssign => CBinaryOp.BitAnd,
        CXBinaryOperatorKind.Xor or CXBinaryOperatorKind.XorAssign => CBinaryOp.BitXor,
        CXBinaryOperatorKind.Or or CXBinaryOperatorKind.OrAssign => CBinaryOp.BitOr,
        CXBinaryOperatorKind.LAnd => CBinaryOp.LogicalAnd,
        CXBinaryOperatorKind.LOr => CBinaryOp.LogicalOr,
        CXBinaryOperatorKind.Comma => CBinaryOp.Comma,
        var other => throw TranslationException.Unsupported(location, $"binary operator {other}"),
    };

    private CExpr CompoundAssign(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        var target = Expr(children[0]);
        var value = Expr(children[1]);
        var op = BinaryOp(cursor.BinaryOperator, location);
        var type = Type(cursor.Type, location);
        var assign = new CAssign(location, type, op, target, value);
        assign.ComputationType = ArithmeticConversions.CompoundComputationType(op, target.Type, value.Type);
        if (assign.ComputationType is not null && !value.Type.IsPointer && !target.Type.IsPointer)
            assign.Value = Convert(value, assign.ComputationType);
        return assign;
    }

    private CExpr Conditional(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        if (children.Count != 3)
            throw TranslationException.Unsupported(location, "conditional with omitted operand (GNU extension)");
        var type = Type(cursor.Type, location);
        var then = Expr(children[1]);
        var @else = Expr(children[2]);
        if (type is CArrayType && then.Type.IsPointer)
            type = then.Type;
        if (!type.IsVoid && !type.IsRecord)
        {
            then = Convert(then, type);
            @else = Convert(@else, type);
        }
        return new CConditional(location, type, Condition(children[0]), then, @else);
    }

    private CExpr Call(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        var callee = Expr(children[0]);
        if (callee.Type is not CPointerType { Pointee: CFunctionType functionType })
            throw new TranslationException(location, $"call of a non-function of type {callee.Type}");
        var arguments = new List<CExpr>();
        for (int i = 1; i < children.Count; i++)
        {
            var argument = Expr(children[i]);
            int index = i - 1;
            if (index < functionType.Parameters.Count)
                argument = Convert(argument, functionType.Parameters[index]);
            else if (functionType.HasPrototype && !functionType.IsVariadic)
                throw new TranslationException(argument.Location, "too many arguments");
            arguments.Add(argument);
        }
        return new CCall(location, Type(cursor.Type, location), callee, arguments);
    }

    private CExpr Member(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        if (children.Count != 1)
            throw TranslationException.Unsupported(location, $"member reference '{cursor.Spelling}' without a base");
        var @base = Expr(children[0]);
        var referenced = cursor.Referenced;
        if (!_fields.TryGetValue(referenced, out var field))
        {
            // The record may not have been laid out yet (first seen through this access).
            var recordType = @base.Type is CPointerType pointer ? pointer.Pointee : @base.Type;
            if (recordType is CRecordType record && record.Decl.IsComplete)
                _fields.TryGetValue(referenced, out field);
            if (field is null)
                throw new TranslationException(location, $"unknown field '{cursor.Spelling}'");
        }
        bool isArrow = @base.Type.IsPointer;
        return new CMember(location, Type(cursor.Type, location), @base, field, isArrow);
    }

    private CExpr Subscript(Cursor cursor, SourceLoc location)
    {
        var children = ExpressionChildren(cursor);
        var left = Expr(children[0]);
        var right = Expr(children[1]);
        if (!left.Type.IsPointer && right.Type.IsPointer)
            (left, right) = (right, left);
        return new CIndex(location, Type(cursor.Type, location), left, right);
    }

    private CExpr CompoundLiteral(Cursor cursor, SourceLoc location)
    {
        var type = Type(cursor.Type, location);
        // The children include the array size of the written type (int[8]); the initializer comes last.
        var init = cursor.Children().LastOrDefault(c => c.IsExpression);
        if (init.Raw.Kind == 0)
            throw new TranslationException(location, "compound literal without an initializer");
        var literal = new CCompoundLiteral(location, type, Initializer(type, init));
        return literal;
    }
}
