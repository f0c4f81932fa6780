using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Gives frame slots to what the translation itself stores in guest memory:
/// a call returning a struct ⇒ a result slot the callee writes (as i386 passes a hidden result pointer);
/// a variadic call ⇒ an argument block laid out as cdecl would push it;
/// a compound literal in a function ⇒ a slot holding the object.
/// </summary>
public sealed class AllocateFrameTemporaries : IFunctionPass
{
    public void Run(CFunctionDecl function, LoweringContext context)
    {
        foreach (var expr in CTree.Expressions(function.Body!))
        {
            switch (expr)
            {
                case CCall call:
                    var type = call.FunctionType;
                    if (type.Result is CRecordType record)
                        call.ResultTemp = Add(function, record, (uint)record.Size, (uint)record.Align);
                    if (type.IsVariadic)
                    {
                        uint named = type.Parameters.Aggregate(0u, (sum, p) => sum + Slot(p));
                        uint variadic = call.Arguments.Skip(type.Parameters.Count).Aggregate(0u, (sum, a) => sum + Slot(a.Type));
                        // The named parameters' slots come first, so &lastNamed + 1 reaches the first variadic one.
                        call.ArgumentBlock = Add(function, CIntType.Int, named + Math.Max(variadic, 4), 4);
                    }
                    break;
                case CCompoundLiteral literal:
                    literal.Temp = Add(function, literal.Type, (uint)literal.Type.Size, (uint)Math.Max(1, literal.Type.Align));
                    break;
            }
        }
    }

    /// <summary>Bytes an argument takes in an i386 argument block: its size rounded up to 4.</summary>
    public static uint Slot(CType type) => ((uint)Math.Max(4, type.Size) + 3) & ~3u;

    /// <summary>Bytes cdecl pushes for arguments of these types.</summary>
    public static uint Slots(IEnumerable<CType> types) => types.Aggregate(0u, (sum, type) => sum + Slot(type));

    private static CFrameTemp Add(CFunctionDecl function, CType type, uint size, uint align)
    {
        var temp = new CFrameTemp(type, size, align);
        function.Temps.Add(temp);
        return temp;
    }
}
