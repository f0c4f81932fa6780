using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Guest memory written in place (FunctionContext.InPlace), in very large functions and, compiled ahead of time, in
// every function of a hosted program (FunctionGenerator says why). The JIT inlines nothing into a method it sees with 512 locals, its own
// temporaries included, so there every accessor, Ptr operator and Mem.Ref stays a call (Lua's luaV_execute: 2,248).
// Here a scalar access is the flat-window check and the host address
// written out, and pointer arithmetic, member offsets and pointer comparisons are uint arithmetic on the address:
//     *(int*)((__addr0 = (uint)((int)L.Address + 0x8)) - HotState.Shared.Flat.Lo < HotState.Shared.Flat.Limit ? (byte*)((nuint)HotState.Shared.Flat.Base + __addr0) : Mem.SlowRead(__addr0, 4))
// In a hosted program (EmitOptions.Hosted) the check is HostedMem.Ref's, exact for the size and from the constant
// start of a hosted window (__lo), the window's base and limits read into locals at the function's entry (a hosted window
// never moves), and outside the window the access faults, a throw that joins nothing (HostedMem says why that matters):
//     *(int*)((__addr0 = (uint)((int)L.Address + 0x8)) - __lo < __limit4 ? (byte*)((nuint)__base + __addr0) : throw HostedMem.Fault(__addr0, 4, Access.Read))
// Each access has a scratch local of its own (__addr0, __addr1…), though nothing else is evaluated between its
// assignment and its two uses: one local serving every access was stored to the frame and loaded back at every access
// in crossgen2's code for luaV_execute, and with one each none is (Lua's fib 6-16% faster; the code 54 KB against 47,
// its faulting throws, identical before, now each naming their own local). Each
// window check adds three IL blocks, so for the JIT only as many are written as FunctionGenerator's budget allows
// (chosen by InPlaceAccesses), every other access being one Mem.Ref call with its address computed here; for
// crossgen2 (EmitOptions.AheadOfTime), which has no such limit, every access is written in place.
internal sealed partial class ExpressionGenerator
{
    private bool InPlace => _context?.InPlace == true;

    /// <summary>
    /// A scalar lvalue in guest memory as <c>*(T*)host</c>: inside the flat window the host address is the
    /// window's base plus the guest address, outside it the slow path's (which faults as <c>Mem.Ref</c> does).
    /// </summary>
    private ExpressionSyntax InPlaceAccess(CExpr lvalue, Access access, string? scalar = null)
    {
        var type = Type(scalar ?? CsTypes.Of(lvalue.Type).Name);
        if (!TakeWindowCheck(lvalue))
        {
            // Beyond the function's budget of window checks: one call, Mem.Ref's, with the address computed here.
            return Call(GenericMember(Name(Context.Options.MemoryClass), access == Access.Read ? "Ref" : "RefW", type), LValueAddress(lvalue));
        }
        var scratch = NextScratch();
        int size = (int)lvalue.Type.Size;
        var host = Context.Options.Hosted
            ? Conditional(InWindow(lvalue, WindowLocal("__lo"), WindowLocal(HostedLimit(size)), scratch), HostAddress(scratch),
                ThrowExpression(Call(Member("HostedMem", "Fault"), scratch, Int(size), Member("Access", access == Access.Read ? "Read" : "Write"))))
            : Conditional(InWindow(lvalue, scratch), HostAddress(scratch), Call(Member("Mem", access == Access.Read ? "SlowRead" : "SlowWrite"), scratch, Int(size)));
        return PrefixUnaryExpression(SyntaxKind.PointerIndirectionExpression, CastExpression(PointerType(type), host));
    }

    /// <summary>
    /// A statement <c>a = b</c> of a record of 1, 2, 4 or 8 bytes (Lua's <c>Value</c>, copied by every <c>setobj</c>),
    /// where every access is in place: one scalar of its size read and stored, as <c>Ptr.Assign</c> copies it (the
    /// source read whole before the store), without the call. Null otherwise.
    /// </summary>
    public ExpressionSyntax? InPlaceRecordCopy(CAssign assign)
    {
        if (!InPlace || Context.InPlaceChosen is not null || assign.Op is not null
            || assign.Target.Type is not CRecordType { Size: 1 or 2 or 4 or 8 } record
            || !IsRecordInMemory(assign.Target) || !IsRecordInMemory(assign.Value))
            return null;
        var scalar = record.Size switch { 1 => "byte", 2 => "ushort", 4 => "uint", _ => "ulong" };
        return Assign(InPlaceAccess(assign.Target, Access.Write, scalar), InPlaceAccess(assign.Value, Access.Read, scalar));
    }

    /// <summary>A record lvalue in guest memory whose address LValueAddress computes (not a call's or a literal's value, nor volatile).</summary>
    private bool IsRecordInMemory(CExpr e) =>
        e is CDeclRef { Decl: CVarDecl } or CUnary { Op: CUnaryOp.Deref } or CMember { Field.IsBitField: false } or CIndex
        && !e.Type.IsVolatile;

    /// <summary>
    /// A volatile read in place, as <c>Mem.Read</c> makes it: inside the window one ordered load
    /// (<c>Volatile.Read</c>, which the JIT expands without a call), outside it the checked read.
    /// </summary>
    private Emitted? InPlaceVolatileRead(CExpr lvalue)
    {
        var type = CsTypes.Of(lvalue.Type);
        if (lvalue is not (CUnary { Op: CUnaryOp.Deref } or CMember or CIndex) || !type.IsNumeric || !TakeWindowCheck(lvalue))
            return null;
        var scratch = NextScratch();
        var load = Call(Member(Member(Member("System", "Threading"), "Volatile"), "Read"), new[] { RefArgument(PrefixUnaryExpression(SyntaxKind.PointerIndirectionExpression,
            CastExpression(PointerType(Type(type.Name)), HostAddress(scratch)))) });
        var slow = Call(GenericMember(Name("Mem"), "Read", type.Name), scratch);
        return new Emitted(Conditional(InWindow(lvalue, scratch), load, slow), type);
    }

    /// <summary>Whether an access gets a window check: one chosen for it, while the function's budget lasts.</summary>
    private bool TakeWindowCheck(CExpr lvalue)
    {
        if (Context.InPlaceAccesses == 0 || Context.InPlaceChosen is { } chosen && !chosen.Contains(lvalue))
            return false;
        Context.InPlaceAccesses--;
        return true;
    }

    /// <summary>
    /// <c>(__addrN = address) - HotState.Shared.Flat.Lo &lt; HotState.Shared.Flat.Limit</c>: the lvalue's address,
    /// inside the window (the fields themselves: <c>Mem.Flat</c> is a property, a call the JIT would not inline here).
    /// </summary>
    private ExpressionSyntax InWindow(CExpr lvalue, IdentifierNameSyntax scratch) => InWindow(lvalue, Member(Window(), "Lo"), Member(Window(), "Limit"), scratch);

    /// <summary>A new scratch local for one access's address (or the one, <see cref="FunctionContext.OneScratchAddress"/>).</summary>
    private IdentifierNameSyntax NextScratch()
    {
        if (Context.OneScratchAddress)
            Context.ScratchAddresses = 0;
        return Name(CsNames.ScratchAddress + Context.ScratchAddresses++);
    }

    /// <summary>
    /// <c>(__addrN = address) - start &lt; limit</c>. In a hosted program, <c>HostedMem.Ref</c>'s check: from where its
    /// window starts (the end of its null guard, a constant) to the limit for the access's size (<see cref="HostedLimit"/>).
    /// </summary>
    private ExpressionSyntax InWindow(CExpr lvalue, ExpressionSyntax start, ExpressionSyntax limit, IdentifierNameSyntax scratch) => Binary(SyntaxKind.LessThanExpression,
        Binary(SyntaxKind.SubtractExpression, Assign(scratch, LValueAddress(lvalue)), start), limit);

    /// <summary>The local holding a hosted window's limit for an access of <paramref name="size"/> bytes.</summary>
    private static string HostedLimit(int size) => size is 1 or 2 or 4 ? $"__limit{size}" : "__limit8";

    /// <summary>
    /// <c>(byte*)((nuint)HotState.Shared.Flat.Base + __addrN)</c> (<c>__base</c> in a hosted program): the host address
    /// of a guest address inside the window. The same addition as <c>byte* + uint</c>, but Roslyn binds an operator
    /// of two integers from a table, where a pointer's goes through overload resolution over every built-in operator
    /// (SQLite's in-place code compiled 5-10% faster, the shape alone 20%).
    /// </summary>
    private ExpressionSyntax HostAddress(IdentifierNameSyntax scratch) => Cast("byte*",
        Binary(SyntaxKind.AddExpression, Cast("nuint", Context.Options.Hosted ? WindowLocal("__base") : Member(Window(), "Base")), scratch));

    /// <summary>One of a hosted window's locals, which the function then declares (<see cref="InPlaceLocals.Window"/>).</summary>
    private IdentifierNameSyntax WindowLocal(string name)
    {
        Context.WindowLocals.Add(name);
        return Name(name);
    }

    private static ExpressionSyntax Window() => InPlaceLocals.FlatWindow();

    /// <summary>The guest address (a <c>uint</c>) of an lvalue in guest memory.</summary>
    private ExpressionSyntax LValueAddress(CExpr lvalue)
    {
        switch (lvalue)
        {
            case CUnary { Op: CUnaryOp.Deref } deref:
                return GuestAddress(deref.Operand);
            case CMember { Field.IsBitField: false } field:
            {
                // The record the access starts from, past anonymous members (as RecordAddress).
                var member = field;
                while (!member.IsArrow && member.Base is CMember { Field.IsAnonymousMember: true } anonymous)
                    member = anonymous;
                var record = member.IsArrow ? GuestAddress(member.Base) : LValueAddress(member.Base);
                var type = member.Record;
                long offset = (type is null ? null : OffsetIn(type.Decl, field.Field)) ?? FlattenedOffset(field);
                return Offset(record, unchecked((ulong)offset));
            }
            case CIndex index:
                return Offset(GuestAddress(index.Base), index.Index, ElementSize(index.Base.Type));
            case CDeclRef { Decl: CVarDecl variable }:
            {
                var storage = variable.Canonical ?? variable;
                if (storage.InMemory && !storage.HasStaticDuration && storage.Type is not (CRecordType or CArrayType))
                    return LocalStorage.Address(Context.Function, storage);
                break;
            }
        }
        return Member(Address(lvalue).Syntax, "Address");
    }

    /// <summary>
    /// A field's offset in a record, through the anonymous members that hold it: clang's tree names an array in an
    /// anonymous member directly on the record (<c>s-&gt;raw</c>), not through the anonymous member.
    /// </summary>
    private static long? OffsetIn(CRecordDecl record, CField field)
    {
        foreach (var candidate in record.Fields)
        {
            if (ReferenceEquals(candidate, field))
                return candidate.Offset;
            if (candidate.IsAnonymousMember && candidate.Type is CRecordType inner && OffsetIn(inner.Decl, field) is { } nested)
                return candidate.Offset + nested;
        }
        return null;
    }

    /// <summary>The address a pointer-valued expression holds, as a <c>uint</c>.</summary>
    private ExpressionSyntax GuestAddress(CExpr pointer)
    {
        switch (pointer)
        {
            case CBinary { Op: CBinaryOp.Add or CBinaryOp.Sub } arithmetic when arithmetic.Left.Type.IsPointer && !arithmetic.Right.Type.IsPointer:
                return Offset(GuestAddress(arithmetic.Left), arithmetic.Right, ElementSize(arithmetic.Left.Type), arithmetic.Op == CBinaryOp.Sub);
            case CCast { Kind: CCastKind.ArrayToPointer } decay:
                return LValueAddress(decay.Operand);
            case CCast { Kind: CCastKind.PointerCast or CCastKind.NoOp } cast when cast.Operand.Type.IsPointer && !IsNullPointerConstant(cast.Operand)
                && CsTypes.Of(cast.Type).IsPointer && CsTypes.Of(cast.Operand.Type).IsPointer:
                return GuestAddress(cast.Operand);
            case CUnary { Op: CUnaryOp.AddressOf, Operand: var operand } when operand.Type is not CFunctionType && !IsBitField(operand):
                return LValueAddress(operand);
        }
        return Member(Value(pointer).Syntax, "Address");
    }

    /// <summary><c>address + index * size</c> (or minus), with a constant index folded into the offset.</summary>
    private ExpressionSyntax Offset(ExpressionSyntax address, CExpr index, long size, bool subtract = false)
    {
        if (ConstantIndex(index) is { } constant)
            return Offset(address, unchecked((subtract ? 0 - constant : constant) * (ulong)size));
        // As Ptr's operators: the index converted to uint (a 64-bit one truncated, i386 addresses being modulo 2^32).
        var value = Value(index);
        var scaled = value.Type.Kind == CsKind.UInt ? value.Syntax : Exact(value, CsType.UInt).Syntax;
        if (size != 1)
            scaled = WithConstant(SyntaxKind.MultiplyExpression, scaled, (uint)size);
        return Binary(subtract ? SyntaxKind.SubtractExpression : SyntaxKind.AddExpression, address, scaled);
    }

    /// <summary><c>address + offset</c> modulo 2^32, as i386 computes addresses; nothing for 0.</summary>
    private static ExpressionSyntax Offset(ExpressionSyntax address, ulong offset)
    {
        // A member of a member: one offset.
        if (address is CastExpressionSyntax { Expression: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression,
                Left: CastExpressionSyntax { Expression: var inner }, Right: LiteralExpressionSyntax { Token.Value: uint known } } })
            return Offset(inner, offset + known);
        uint bytes = (uint)offset;
        return bytes == 0 ? address
            : bytes > 0x8000_0000u ? WithConstant(SyntaxKind.SubtractExpression, address, 0u - bytes)
            : WithConstant(SyntaxKind.AddExpression, address, bytes);
    }

    /// <summary>
    /// <c>(uint)((int)address + 0x18)</c>: a uint and a constant, added (subtracted, multiplied) as ints, which gives
    /// the same bits. Roslyn binds an operator of an int and an int constant from its table, but one of a uint and a
    /// constant by overload resolution over every built-in operator (a file of 30,000 accesses compiled in 1.7 s
    /// against 2.1 s; with the window check's <c>__lo</c>, SQLite's first exec compiled in 7.5–7.7 s against 8.2–8.3 s).
    /// </summary>
    private static ExpressionSyntax WithConstant(SyntaxKind kind, ExpressionSyntax value, uint constant) =>
        Cast("uint", Binary(kind, Cast("int", value), Hex(constant)));

    /// <summary>
    /// An integer constant index as written (a literal under implicit casts), as its bits: at 32 bits or more each,
    /// scaling and adding them modulo 2^32 gives what the signed value would.
    /// </summary>
    private static ulong? ConstantIndex(CExpr e) => e switch
    {
        CIntLiteral literal when literal.Type.Size >= 4 => literal.Value,
        CCast { IsImplicit: true, Operand: var operand } cast when cast.Type.IsInteger && cast.Type.Size >= 4 => ConstantIndex(operand),
        _ => null,
    };

    /// <summary>The size pointer arithmetic steps by: the pointee's, one byte for <c>void*</c> as in GNU C.</summary>
    private static long ElementSize(CType pointer) => pointer is CPointerType { Pointee: var pointee } && pointee.Size > 0 ? pointee.Size : 1;

    /// <summary>
    /// <c>p++</c>, <c>--p</c>…: the address stepped and stored back as a pointer, the lvalue read and written
    /// separately (its address has no side effects); a postfix step gives the old address back.
    /// </summary>
    private Emitted InPlacePointerStep(CUnary step)
    {
        var type = CsTypes.Of(step.Operand.Type);
        long size = ElementSize(step.Operand.Type);
        bool decrement = step.Op is CUnaryOp.PreDec or CUnaryOp.PostDec;
        var stepped = Offset(GuestAddress(step.Operand), unchecked((ulong)(decrement ? -size : size)));
        var store = Assign(LValue(step.Operand, Access.Write), PointerAt(stepped, type).Syntax);
        if (step.Op is CUnaryOp.PreInc or CUnaryOp.PreDec)
            return new Emitted(store, type);
        return PointerAt(Offset(Member(store, "Address"), unchecked((ulong)(decrement ? size : -size))), type);
    }

    /// <summary><c>p += n</c>, <c>p -= n</c>: as <see cref="InPlacePointerStep"/>, by n elements.</summary>
    private Emitted InPlacePointerAssign(CAssign assign, CsType type)
    {
        var moved = Offset(GuestAddress(assign.Target), assign.Value, ElementSize(assign.Target.Type), assign.Op == CBinaryOp.Sub);
        return new Emitted(Assign(LValue(assign.Target, Access.Write), PointerAt(moved, type).Syntax), type);
    }

    /// <summary>
    /// C's comma: <c>Comma(left, right)</c>, or where calls stay calls, <c>left switch { _ =&gt; right }</c>, which
    /// Roslyn compiles to the two evaluations in order and nothing else.
    /// </summary>
    private ExpressionSyntax Sequence(ExpressionSyntax left, ExpressionSyntax right) => !InPlace
        ? Call(Name("Comma"), left, right)
        : SwitchExpression(left, SingletonSeparatedList(SwitchExpressionArm(DiscardPattern(), right)));

    /// <summary>A pointer value from its address, with no call: <c>Unsafe.BitCast&lt;uint, Ptr&lt;T&gt;&gt;(address)</c>.</summary>
    private static Emitted PointerAt(ExpressionSyntax address, CsType type) =>
        new(Call(GenericMember(Name("Unsafe"), "BitCast", "uint", type.Name), address), type);
}
