using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Emit;

/// <summary>What an address constant points at: an object or string in a unit's data, a function, or a library function.</summary>
internal abstract record Symbol;
/// <summary>An object (or a string, with no object) at <paramref name="Offset"/> in its unit's data.</summary>
internal sealed record DataSymbol(CTranslationUnit Unit, uint Offset, CVarDecl? Object = null) : Symbol;
internal sealed record CodeSymbol(CTranslationUnit Unit, uint Offset, CFunctionDecl Function) : Symbol;
internal sealed record ImportSymbol(string Name) : Symbol;
internal sealed record ImageImportSymbol(CDecl Import) : Symbol;

/// <summary>A constant as a static initializer computes it: bits, plus the symbol they are relative to.</summary>
internal readonly record struct Constant(ulong Bits, Symbol? Target = null);

/// <summary>The initial bytes of one object with static storage, and the addresses in it the loader must fill in.</summary>
internal sealed class InitialData(long size)
{
    public byte[] Bytes { get; } = new byte[size];
    public List<(long Offset, Symbol Target, uint Addend)> Relocations { get; } = [];
}

/// <summary>
/// Evaluates static initializers at translation time, as a C compiler does: constants become bytes, and address
/// constants (<c>&amp;g</c>, <c>&amp;a[3]</c>, <c>"text"</c>, <c>f</c>) become relocations the loader applies at the
/// units' data and code addresses.
/// </summary>
internal sealed class StaticData(CImage image)
{
    private readonly CImage _image = image;

    public InitialData Evaluate(CVarDecl global)
    {
        var data = new InitialData(Math.Max(1, global.Type.Size));
        if (global.Init is CInitList list)
        {
            foreach (var item in list.Items)
                Write(data, item);
        }
        else if (global.Init is not null)
        {
            Write(data, new CInitItem(0, global.Init, null, global.Type is CArrayType ? global.Type : null));
        }
        return data;
    }

    private void Write(InitialData data, CInitItem item)
    {
        var value = item.Value;
        if (item.BitField is { } field)
        {
            var bits = Evaluate(value);
            if (bits.Target is not null)
                throw new TranslationException(value.Location, "address constant in a bitfield");
            long position = (item.Offset + field.Offset) * 8 + field.BitOffset;
            for (int i = 0; i < field.BitWidth; i++, position++)
            {
                int bit = (int)(bits.Bits >> i) & 1;
                data.Bytes[position / 8] = (byte)((data.Bytes[position / 8] & ~(1 << (int)(position % 8))) | (bit << (int)(position % 8)));
            }
            return;
        }
        if (item.Target is CArrayType target && value is CStringLiteral text)
        {
            int terminator = text.ElementSize;
            long length = Math.Min(target.Length is null ? text.Bytes.Length + terminator : target.Size, text.Bytes.Length + terminator);
            long copy = Math.Min(length, text.Bytes.Length);
            Array.Copy(text.Bytes, 0, data.Bytes, item.Offset, copy);
            return;
        }
        if (value is CInitList nested)
        {
            foreach (var inner in nested.Items)
                Write(data, inner with { Offset = item.Offset + inner.Offset });
            return;
        }
        if (value.Type is CRecordType)
            throw TranslationException.Unsupported(value.Location, "struct-valued expression in a static initializer");
        var constant = Evaluate(value);
        long size = value.Type.Size;
        if (constant.Target is not null)
        {
            if (size != 4)
                throw new TranslationException(value.Location, $"address constant in a {size}-byte object");
            data.Relocations.Add((item.Offset, constant.Target, (uint)constant.Bits));
            return;
        }
        for (int i = 0; i < size; i++)
            data.Bytes[item.Offset + i] = (byte)(constant.Bits >> (8 * i));
    }

    public Constant Evaluate(CExpr e)
    {
        switch (e)
        {
            case CIntLiteral literal:
                return new Constant(literal.Value);
            case CFloatLiteral literal:
                return literal.Type is CFloatType { Bits: 32 }
                    ? new Constant(BitConverter.SingleToUInt32Bits((float)literal.Value))
                    : new Constant(BitConverter.DoubleToUInt64Bits(literal.Value));
            case CCast cast:
                return EvaluateCast(cast);
            case CUnary { Op: CUnaryOp.AddressOf } address:
                return AddressOf(address.Operand);
            case CBinary { Op: CBinaryOp.Add or CBinaryOp.Sub } binary when binary.Left.Type is CPointerType pointer:
            {
                var @base = Evaluate(binary.Left);
                var offset = Evaluate(binary.Right);
                if (offset.Target is not null)
                    throw NotConstant(e);
                long scaled = (long)offset.Bits * Math.Max(1, pointer.Pointee.Size);
                return @base with { Bits = binary.Op == CBinaryOp.Add ? @base.Bits + (ulong)scaled : @base.Bits - (ulong)scaled };
            }
            case CConditional { Condition: var condition } conditional:
                return Evaluate(condition).Bits != 0 ? Evaluate(conditional.Then) : Evaluate(conditional.Else);
            default:
                throw NotConstant(e);
        }
    }

    private Constant EvaluateCast(CCast cast)
    {
        switch (cast.Kind)
        {
            case CCastKind.ArrayToPointer:
                return AddressOf(cast.Operand);
            case CCastKind.FunctionToPointer:
                return FunctionAddress(cast.Operand);
            case CCastKind.NullToPointer:
                return new Constant(0);
            case CCastKind.NoOp:
            case CCastKind.PointerCast:
            case CCastKind.IntegralToPointer:
            case CCastKind.PointerToIntegral:
            {
                var value = Evaluate(cast.Operand);
                if (value.Target is not null && cast.Type.Size != 4)
                    throw NotConstant(cast);
                return value.Target is null ? new Constant(CIntegers.Truncate(value.Bits, cast.Type.IsPointer ? CIntType.UInt : cast.Type)) : value;
            }
            case CCastKind.IntegralCast:
            {
                var value = Evaluate(cast.Operand);
                if (value.Target is not null)
                    throw NotConstant(cast);
                return new Constant(CIntegers.Truncate(value.Bits, cast.Type));
            }
            default:
                var folded = Lowering.FoldConstants.Fold(cast);
                if (folded is CIntLiteral or CFloatLiteral)
                    return Evaluate(folded);
                throw NotConstant(cast);
        }
    }

    private Constant AddressOf(CExpr lvalue)
    {
        switch (lvalue)
        {
            case CDeclRef { Decl: CVarDecl variable }:
            {
                var storage = variable.Canonical ?? variable;
                if (storage.ImportedFrom is not null)
                    return new Constant(0, new ImageImportSymbol(storage));
                if (!_image.DataOffsets.TryGetValue(storage, out var offset))
                    throw NotConstant(lvalue);
                return new Constant(0, new DataSymbol(storage.Unit!, offset, storage));
            }
            case CDeclRef { Decl: CFunctionDecl }:
                return FunctionAddress(lvalue);
            case CStringLiteral text:
            {
                var data = text.Pooled ?? throw new InternalTranslationException(text.Location, $"string literal {Lowering.PoolStrings.Key(text)} was not pooled");
                return new Constant(0, new DataSymbol(data.Unit, data.Offset));
            }
            case CMember { IsArrow: false } member:
            {
                var @base = AddressOf(member.Base);
                return @base with { Bits = @base.Bits + (ulong)member.Field.Offset };
            }
            case CMember { IsArrow: true } member:
            {
                var @base = Evaluate(member.Base);
                return @base with { Bits = @base.Bits + (ulong)member.Field.Offset };
            }
            case CIndex index:
            {
                var @base = Evaluate(index.Base);
                var position = Evaluate(index.Index);
                if (position.Target is not null)
                    throw NotConstant(lvalue);
                return @base with { Bits = @base.Bits + position.Bits * (ulong)Math.Max(1, index.Type.Size) };
            }
            case CUnary { Op: CUnaryOp.Deref } deref:
                return Evaluate(deref.Operand);
            case CCast { Kind: CCastKind.NoOp } cast:
                return AddressOf(cast.Operand);
            case CCompoundLiteral { StaticObject: { } storage }:
                return new Constant(0, new DataSymbol(storage.Unit!, _image.DataOffsets[storage], storage));
            default:
                throw NotConstant(lvalue);
        }
    }

    private Constant FunctionAddress(CExpr designator)
    {
        if (designator is not CDeclRef { Decl: CFunctionDecl function })
            throw NotConstant(designator);
        var target = function.Definition ?? function;
        if (_image.CodeOffsets.TryGetValue(target, out var offset))
            return new Constant(0, new CodeSymbol(target.Unit!, offset, target));
        if (function.ImportedFrom is not null)
            return new Constant(0, new ImageImportSymbol(function));
        return new Constant(0, new ImportSymbol(function.Name));
    }

    private static TranslationException NotConstant(CExpr e) =>
        new(e.Location, "initializer element is not a compile-time constant");
}
