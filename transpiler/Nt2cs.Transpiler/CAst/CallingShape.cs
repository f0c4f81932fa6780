namespace Nt2cs.Transpiler.CAst;

/// <summary>
/// The calling shape of a C function type as translated, one character per value (the runtime's AbiShape reads
/// the same from a C# signature): <c>v</c> void, <c>b</c>/<c>B</c> signed/unsigned 8 bits, <c>h</c>/<c>H</c> 16,
/// <c>i</c> 32 bits and every pointer, struct and array, <c>l</c> 64, <c>f</c> float, <c>d</c> double. A struct
/// result is a hidden first pointer parameter and the returned pointer; a variadic function takes its argument
/// block last.
/// </summary>
public static class CallingShape
{
    public static string Of(CFunctionType type)
    {
        var shape = new System.Text.StringBuilder();
        shape.Append(Of(type.Result)).Append(':');
        if (type.Result is CRecordType)
            shape.Append('i');
        foreach (var parameter in type.Parameters)
            shape.Append(Of(parameter));
        if (type.IsVariadic)
            shape.Append('i');
        return shape.ToString();
    }

    public static char Of(CType type) => type switch
    {
        CVoidType => 'v',
        CIntType integer => Integer(integer),
        CEnumType e => Integer(e.Underlying),
        CFloatType { Bits: 32 } => 'f',
        CFloatType => 'd',
        _ => 'i',
    };

    // _Bool is held in a byte; wchar_t is unsigned short.
    private static char Integer(CIntType integer) => (integer.Bits, integer.IsSigned && integer.Kind != CIntKind.Bool) switch
    {
        (8, true) => 'b',
        (8, false) => 'B',
        (16, true) => 'h',
        (16, false) => 'H',
        (64, _) => 'l',
        _ => 'i',
    };
}
