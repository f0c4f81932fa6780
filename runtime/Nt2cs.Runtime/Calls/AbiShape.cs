namespace Nt2cs.Runtime;

/// <summary>
/// The managed calling shape of a function: what must agree between an indirect call site and its target for
/// the call to be safe. One character per value: <c>i</c> 32-bit integer, pointer or function pointer,
/// <c>b</c>/<c>B</c> signed/unsigned 8-bit, <c>h</c>/<c>H</c> signed/unsigned 16-bit, <c>l</c> 64-bit integer,
/// <c>f</c> float, <c>d</c> double, <c>v</c> void. The shape is the return, a colon, then the parameters:
/// <c>int f(char*, double)</c> is <c>"i:id"</c>. A variadic function's argument block is its last <c>i</c>.
/// </summary>
public static class AbiShape
{
    public static char Of(Type type)
    {
        if (type == typeof(void)) return 'v';
        if (type == typeof(sbyte)) return 'b';
        if (type == typeof(byte) || type == typeof(bool)) return 'B';
        if (type == typeof(short)) return 'h';
        if (type == typeof(ushort) || type == typeof(char)) return 'H';
        if (type == typeof(int) || type == typeof(uint)) return 'i';
        if (type == typeof(long) || type == typeof(ulong)) return 'l';
        if (type == typeof(float)) return 'f';
        if (type == typeof(double)) return 'd';
        if (type == typeof(FnPtr)) return 'i';
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Ptr<>)) return 'i';
        if (type.IsEnum) return Of(Enum.GetUnderlyingType(type));
        throw new ArgumentException($"no C calling shape for {type}");
    }

    public static string Of(System.Reflection.MethodInfo method)
    {
        var chars = new System.Text.StringBuilder();
        chars.Append(Of(method.ReturnType)).Append(':');
        foreach (var parameter in method.GetParameters())
            chars.Append(Of(parameter.ParameterType));
        return chars.ToString();
    }
}
