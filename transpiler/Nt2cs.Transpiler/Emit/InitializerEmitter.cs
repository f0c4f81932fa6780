using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// Initializers of objects in a function's frame (static data is <see cref="StaticData"/>'s): the builder resolved
/// each initializer list into flat (offset, value) items, so an aggregate is zeroed and then filled item by item,
/// each store going to the subobject at its offset (<c>s.W.x</c>, <c>a.W[3]</c>, a nested struct's address); a
/// compound literal is its frame slot, zeroed and filled, as one expression.
/// </summary>
internal sealed class InitializerEmitter(ExpressionGenerator expressions)
{
    /// <summary>Initialises an in-memory local: a scalar store, a struct copy, or a zeroed aggregate filled item by item.</summary>
    public IEnumerable<StatementSyntax> Initialize(CVarDecl local)
    {
        var name = Name(local.CsName!);
        var init = local.Init!;
        if (local.Type is not (CRecordType or CArrayType))
        {
            yield return AsStatement(Assign(name, expressions.Implicit(init, CsTypes.Of(local.Type))));
            yield break;
        }
        if (init is not CInitList list)
        {
            yield return AsStatement(Call(Member(name, "Assign"), expressions.Value(init).Syntax));
            yield break;
        }
        yield return AsStatement(Call(Member(name, "Zero"), Hex((uint)local.Type.Size)));
        foreach (var item in list.Items)
            yield return InitializeItem(name, local.Type, item);
    }

    private StatementSyntax InitializeItem(ExpressionSyntax @object, CType type, CInitItem item)
    {
        if (item.BitField is not null)
        {
            var holder = SubobjectAddress(@object, type, item.Offset, item.Target!);
            return AsStatement(Call(Member(Member(holder, "W"), "Set_" + item.BitField.Name),
                expressions.Implicit(item.Value, CsTypes.Of(item.BitField.Type))));
        }
        if (item.Target is CArrayType target && item.Value is CStringLiteral text)
        {
            var destination = SubobjectAddress(@object, type, item.Offset, target);
            long bytes = Math.Min(target.Size == 0 ? text.Bytes.Length + text.ElementSize : target.Size, text.Bytes.Length + text.ElementSize);
            return AsStatement(Call(Member("Mem", "Copy"), Member(destination, "Address"),
                Member(expressions.Address(text).Syntax, "Address"), Hex((uint)bytes)));
        }
        if (item.Value.Type is CRecordType record)
        {
            var destination = SubobjectAddress(@object, type, item.Offset, record);
            return AsStatement(Call(Member(destination, "Assign"), expressions.Value(item.Value).Syntax));
        }
        var lvalue = SubobjectLValue(@object, type, item.Offset, item.Value.Type);
        return AsStatement(Assign(lvalue, expressions.Implicit(item.Value, CsTypes.Of(item.Value.Type))));
    }

    /// <summary>A store target for the scalar at <paramref name="offset"/> inside an object of <paramref name="type"/>: <c>s.W.x</c>, <c>a.W[3]</c>.</summary>
    private static ExpressionSyntax SubobjectLValue(ExpressionSyntax @object, CType type, long offset, CType scalar)
    {
        switch (type)
        {
            case CArrayType array when array.Element is not (CRecordType or CArrayType) && offset % array.Element.Size == 0:
                return ElementAccessExpression(Member(@object, "W"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(offset / array.Element.Size)))));
            case CArrayType array:
            {
                long index = offset / array.Element.Size;
                return SubobjectLValue(ElementAddress(@object, array, index), array.Element, offset - index * array.Element.Size, scalar);
            }
            case CRecordType record:
            {
                var field = FieldAt(record, offset, scalar);
                if (field.Type is CRecordType or CArrayType)
                    return SubobjectLValue(Member(@object, field.CsName!), field.Type, offset - field.Offset, scalar);
                return Member(Member(@object, "W"), field.CsName!);
            }
            default:
                return Member(Member(@object, "W"), "Deref");
        }
    }

    /// <summary>The address of the aggregate subobject of type <paramref name="subobject"/> at <paramref name="offset"/>.</summary>
    private static ExpressionSyntax SubobjectAddress(ExpressionSyntax @object, CType type, long offset, CType subobject)
    {
        if (offset == 0 && type.SameAs(subobject))
            return @object;
        switch (type)
        {
            case CArrayType array:
            {
                long index = offset / array.Element.Size;
                return SubobjectAddress(ElementAddress(@object, array, index), array.Element, offset - index * array.Element.Size, subobject);
            }
            case CRecordType record:
            {
                var field = FieldAt(record, offset, subobject);
                return SubobjectAddress(Member(@object, field.CsName!), field.Type, offset - field.Offset, subobject);
            }
            default:
                throw new InvalidOperationException($"no subobject of type {subobject} at {offset} in {type}");
        }
    }

    /// <summary>Element <paramref name="index"/> of an array, in the representation of the element's type.</summary>
    private static ExpressionSyntax ElementAddress(ExpressionSyntax array, CArrayType type, long index)
    {
        ExpressionSyntax element = index == 0 ? array : Binary(SyntaxKind.AddExpression, array, Int(index));
        return type.Element is CArrayType inner
            ? Call(GenericMember(element, "As", CsTypes.PointeeName(inner.Element)))
            : element;
    }

    /// <summary>
    /// The field holding <paramref name="offset"/>; in a union, a member that has a subobject of the value's type
    /// exactly there (any such member stores the same bytes), so no store is widened into a neighbour.
    /// </summary>
    private static CField FieldAt(CRecordType record, long offset, CType value)
    {
        var candidates = FieldsCovering(record, offset).ToList();
        return candidates.FirstOrDefault(f => HasSubobject(f.Type, offset - f.Offset, value))
            ?? candidates.FirstOrDefault(f => f.Type is CRecordType or CArrayType)
            ?? candidates.FirstOrDefault()
            ?? throw new InvalidOperationException($"no field at {offset} in {record}");
    }

    private static IEnumerable<CField> FieldsCovering(CRecordType record, long offset) =>
        record.Decl.Fields.Where(f => !f.IsBitField && f.Offset <= offset && offset < f.Offset + Math.Max(1, f.Type.Size));

    /// <summary>Whether an object of <paramref name="type"/> has a subobject of type <paramref name="value"/> at <paramref name="offset"/>.</summary>
    private static bool HasSubobject(CType type, long offset, CType value) => type switch
    {
        _ when offset == 0 && type.SameAs(value) => true,
        CArrayType { Element.Size: > 0 } array => HasSubobject(array.Element, offset % array.Element.Size, value),
        CRecordType record => FieldsCovering(record, offset).Any(f => HasSubobject(f.Type, offset - f.Offset, value)),
        _ => false,
    };

    /// <summary>A compound literal in a function: its frame slot, zeroed and filled, as one expression.</summary>
    public Emitted CompoundLiteral(CCompoundLiteral literal)
    {
        var temp = literal.Temp ?? throw new TranslationException(literal.Location, "unsupported: compound literal outside a function");
        var pointee = CsTypes.PointeeName(literal.Type is CArrayType array ? array.Element : literal.Type);
        var type = CsTypes.Of(literal.Type);
        ExpressionSyntax slot = Call(GenericMember(Name(FunctionContext.Frame), "At", pointee), Hex(temp.Offset));
        var bytes = (uint)literal.Type.Size;
        slot = Call(Member(slot, "Zero"), Hex(bytes));
        if (literal.Init is CInitList list)
        {
            foreach (var item in list.Items)
            {
                if (item.BitField is { } field)
                {
                    long bit = (item.Offset + field.Offset) * 8 + field.BitOffset;
                    slot = Call(Member(slot, "PutBits"), Hex((uint)(bit / 8)), Int(bit % 8), Int(field.BitWidth),
                        Cast("ulong", expressions.Exact(item.Value)));
                    continue;
                }
                if (item.Target is CArrayType target && item.Value is CStringLiteral text)
                {
                    long length = Math.Min(target.Size, text.Bytes.Length + text.ElementSize);
                    slot = Call(Member(slot, "Copy"), Hex((uint)item.Offset), Member(expressions.Address(text).Syntax, "Address"), Hex((uint)length));
                }
                else if (item.Value.Type is CRecordType record)
                {
                    slot = Call(Member(slot, "Copy"), Hex((uint)item.Offset), Member(expressions.Address(item.Value).Syntax, "Address"), Hex((uint)record.Size));
                }
                else
                {
                    slot = Call(GenericMember(slot, "Put", CsTypes.Of(item.Value.Type).Name), Hex((uint)item.Offset), expressions.Exact(item.Value));
                }
            }
        }
        else
        {
            slot = Call(GenericMember(slot, "Put", CsTypes.Of(literal.Type).Name), Hex(0), expressions.Exact(literal.Init));
        }
        return new Emitted(slot, type);
    }
}
