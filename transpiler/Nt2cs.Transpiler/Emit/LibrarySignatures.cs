namespace Nt2cs.Transpiler.Emit;

/// <summary>
/// The C# signatures of the runtime's C functions. A program may declare one its own way (<c>int strlen(char
/// *s);</c>, with the same calling shape, which linking checked): its calls then convert their arguments to the
/// runtime's parameter types and the result to the declared type, so the declaration the program wrote wins, as it
/// does natively where the same bits are passed and returned.
/// </summary>
internal static class LibrarySignatures
{
    private static readonly Lazy<Dictionary<string, (CsType[] Parameters, CsType Result)>> s_signatures = new(() =>
    {
        var signatures = new Dictionary<string, (CsType[], CsType)>(StringComparer.Ordinal);
        foreach (var method in Runtime.Library.Functions.Concat(Runtime.Library.IntrinsicFunctions))
        {
            var parameters = method.GetParameters().Select(p => Of(p.ParameterType)).ToArray();
            if (Of(method.ReturnType) is { } result && parameters.All(p => p is not null))
                signatures[method.Name] = (parameters.Select(p => p!.Value).ToArray(), result);
        }
        return signatures;
    });

    /// <summary>The runtime's parameter and result types of C function <paramref name="name"/>, if the runtime has it.</summary>
    public static (CsType[] Parameters, CsType Result)? Of(string name) =>
        s_signatures.Value.TryGetValue(name, out var signature) ? signature : null;

    private static CsType? Of(Type type)
    {
        if (type == typeof(Runtime.FnPtr))
            return CsType.FnPtr;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Runtime.Ptr<>))
            return Name(type.GetGenericArguments()[0]) is { } pointee ? new CsType(CsKind.Pointer, $"Ptr<{pointee}>", pointee) : null;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.SByte => CsType.SByte,
            TypeCode.Byte => CsType.Byte,
            TypeCode.Int16 => CsType.Short,
            TypeCode.UInt16 => CsType.UShort,
            TypeCode.Int32 => CsType.Int,
            TypeCode.UInt32 => CsType.UInt,
            TypeCode.Int64 => CsType.Long,
            TypeCode.UInt64 => CsType.ULong,
            TypeCode.Single => CsType.Float,
            TypeCode.Double => CsType.Double,
            _ => type == typeof(void) ? CsType.Void : null,
        };
    }

    /// <summary>A pointee's C# spelling, as <see cref="CsTypes.PointeeName"/> writes it.</summary>
    private static string? Name(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Runtime.Ptr<>) ? Name(type.GetGenericArguments()[0]) is { } inner ? $"Ptr<{inner}>" : null
        : type.IsPrimitive || type == typeof(Runtime.FnPtr) ? Of(type)?.Name
        : type.Name;
}
