using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>How an lvalue is about to be used: the view through which guest memory is reached.</summary>
internal enum Access
{
    Read,
    Write,
    ReadWrite,
}

// Lvalues, addresses and assignment: a scalar lvalue is a C# variable or a ref into guest memory (read through
// Ptr, written through its W view); an aggregate lvalue is its address.
internal sealed partial class ExpressionGenerator
{
    /// <summary>An assignable C# expression for a scalar lvalue.</summary>
    public ExpressionSyntax LValue(CExpr e, Access access)
    {
        switch (e)
        {
            case CDeclRef { Decl: CVarDecl } reference:
                return Variable(reference);
            case CUnary { Op: CUnaryOp.Deref } or CMember { Field.IsBitField: false } or CIndex when InPlace:
                return InPlaceAccess(e, access);
            case CUnary { Op: CUnaryOp.Deref } deref:
                return Member(View(Exact(deref.Operand), access), "Deref");
            case CMember member:
                // A bitfield is read through its getter; stores go through BitFieldStore.
                if (member.Field.IsBitField && access != Access.Read)
                    throw new InvalidOperationException($"bitfield '{member.Field.Name}' used as a store target");
                return Member(View(RecordAddress(member), access), FieldName(member));
            case CIndex index:
                return ElementAccessExpression(View(Exact(index.Base), access),
                    BracketedArgumentList(SingletonSeparatedList(SyntaxFactory.Argument(Index(index.Index)))));
            case CCompoundLiteral literal:
                return Member(Address(literal).Syntax, "Deref");
            default:
                throw TranslationException.Unsupported(e.Location, $"{e.GetType().Name} as an lvalue");
        }
    }

    /// <summary>The write view <c>p.W</c> for stores, so faults and the MMU see a write.</summary>
    private static ExpressionSyntax View(ExpressionSyntax pointer, Access access) =>
        access == Access.Read ? pointer : Member(pointer, "W");

    /// <summary>The address of the struct a member access reads from, skipping anonymous members (their fields are flattened).</summary>
    private ExpressionSyntax RecordAddress(CMember member)
    {
        var @base = member.Base;
        if (!member.IsArrow && @base is CMember { Field.IsAnonymousMember: true } anonymous)
            return RecordAddress(anonymous);
        return member.IsArrow ? Exact(@base) : Address(@base).Syntax;
    }

    private static string FieldName(CMember member) => member.Field.CsName ?? member.Field.Name;

    /// <summary>
    /// A variable by name: a local, its own unit's member, or (defined by another unit) the image class's forwarder,
    /// which the enclosing class puts in scope. So a unit's C# never depends on which other unit defines what it uses.
    /// </summary>
    public static ExpressionSyntax Variable(CDeclRef reference)
    {
        if (reference.Decl is not CVarDecl variable)
            throw TranslationException.Unsupported(reference.Location, $"'{reference.Decl.Name}' as a value");
        var storage = variable.Canonical ?? variable;
        return Name(storage.CsName ?? throw new InternalTranslationException(reference.Location, $"'{variable.Name}' was not named"));
    }

    /// <summary>The unit's own address table, which forwards to the image's for other units' symbols it uses.</summary>
    private static readonly ExpressionSyntax AddressTable = Name("AddressOf");

    /// <summary>The address of an lvalue (a struct or array is represented by it).</summary>
    public Emitted Address(CExpr e)
    {
        switch (e)
        {
            case CDeclRef { Decl: CVarDecl variable } reference:
            {
                var storage = variable.Canonical ?? variable;
                if (storage.Type is CRecordType or CArrayType)
                    return new Emitted(Variable(reference), CsTypes.Of(storage.Type));
                var pointer = CsTypes.PointerTo(storage.Type);
                if (storage.HasStaticDuration)
                    return new Emitted(Member(AddressTable, storage.CsName!), pointer);
                if (!storage.InMemory)
                    throw new InternalTranslationException(e.Location, $"address of '{variable.Name}', which is not in memory");
                return InPlace
                    ? PointerAt(LocalStorage.Address(Context.Function, storage), pointer)
                    : new Emitted(LocalStorage.Pointer(Context.Function, storage, Type(CsTypes.PointeeName(storage.Type))), pointer);
            }
            case CUnary { Op: CUnaryOp.Deref } deref:
                return Value(deref.Operand);
            case CMember member:
            {
                if (member.Field.IsBitField)
                    throw new TranslationException(member.Location, "address of a bitfield");
                if (InPlace)
                    return PointerAt(LValueAddress(member), member.Type is CRecordType or CArrayType ? CsTypes.Of(member.Type) : CsTypes.PointerTo(member.Type));
                var record = RecordAddress(member);
                if (member.Type is CRecordType or CArrayType)
                    return new Emitted(Member(record, FieldName(member)), CsTypes.Of(member.Type));
                var pointer = CsTypes.PointerTo(member.Type);
                var offset = FlattenedOffset(member);
                return new Emitted(New(pointer.Name, Binary(SyntaxKind.AddExpression, Member(record, "Address"), Hex((uint)offset))), pointer);
            }
            case CIndex index when InPlace && !IsZero(index.Index):
                return PointerAt(LValueAddress(index), CsTypes.Of(index.Base.Type));
            case CIndex index:
            {
                var pointer = Value(index.Base);
                return IsZero(index.Index) ? pointer : new Emitted(Binary(SyntaxKind.AddExpression, pointer.Syntax, Index(index.Index)), pointer.Type);
            }
            case CStringLiteral literal:
                return new Emitted(Member("Str", StringName(literal)), CsTypes.Of(literal.Type));
            case CCompoundLiteral literal:
                return new InitializerEmitter(this).CompoundLiteral(literal);
            case CCall call:
                return CallValue(call);
            case CAssign assign:
                return AssignValue(assign);
            case CConditional conditional:
            {
                var type = CsTypes.Of(conditional.Type);
                return new Emitted(Conditional(Condition(conditional.Condition), Exact(Address(conditional.Then), type).Syntax,
                    Exact(Address(conditional.Else), type).Syntax), type);
            }
            case CBinary { Op: CBinaryOp.Comma } comma:
            {
                var left = Value(comma.Left);
                var right = Address(comma.Right);
                return new Emitted(Sequence(left.Syntax, right.Syntax), right.Type);
            }
            case CCast { Kind: CCastKind.NoOp } cast:
                return Address(cast.Operand);
            case CVaArg vaArg when vaArg.Type.IsRecord:
                return VaArgValue(vaArg);
            default:
                throw TranslationException.Unsupported(e.Location, $"address of {e.GetType().Name}");
        }
    }

    /// <summary>Offset of a member from the struct <see cref="RecordAddress"/> returns (anonymous members added in).</summary>
    private static long FlattenedOffset(CMember member)
    {
        long offset = member.Field.Offset;
        var @base = member.Base;
        while (!member.IsArrow && @base is CMember { Field.IsAnonymousMember: true } anonymous)
        {
            offset += anonymous.Field.Offset;
            member = anonymous;
            @base = anonymous.Base;
        }
        return offset;
    }

    private Emitted AddressOf(CUnary addressOf)
    {
        var operand = addressOf.Operand;
        if (operand.Type is CFunctionType)
            return FunctionAddress(operand);
        var target = CsTypes.Of(addressOf.Type);
        var address = Address(operand);
        return address.Type == target ? address : Exact(address, target);
    }

    /// <summary>A function designator's code address.</summary>
    private Emitted FunctionAddress(CExpr designator)
    {
        // *fp as a designator decays back to fp.
        if (designator is CUnary { Op: CUnaryOp.Deref } deref)
            return Exact(Value(deref.Operand), CsType.FnPtr);
        if (designator is not CDeclRef { Decl: CFunctionDecl function })
            throw TranslationException.Unsupported(designator.Location, "function designator that is not a name");
        var target = function.Definition ?? function;
        return new Emitted(Member(AddressTable, target.CsName ?? CsNames.Escape(function.Name)), CsType.FnPtr);
    }

    private static string StringName(CStringLiteral literal) => literal.Pooled?.CsName
        ?? throw new InternalTranslationException(literal.Location, $"string literal {Lowering.PoolStrings.Key(literal)} was not pooled");
}
