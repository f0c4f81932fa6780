using System.Reflection;

namespace Nt2cs.Runtime;

/// <summary>
/// The runtime's C library functions as the function table sees them: each public static method of
/// <see cref="CLib"/> gets a code address, in name order, so taking <c>&amp;puts</c> or passing <c>strcmp</c> to a
/// function pointer works as in C.
/// </summary>
public static unsafe class Library
{
    private static readonly Lazy<MethodInfo[]> s_functions = new(() => CFunctions(typeof(CLib)));
    private static readonly Lazy<MethodInfo[]> s_intrinsics = new(() => CFunctions(typeof(Intrinsics)));

    private static MethodInfo[] CFunctions(Type type) => type
        .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m.GetCustomAttribute<CFunctionAttribute>() is not null)
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, uint> s_addresses = new(StringComparer.Ordinal);

    /// <summary>The C functions the runtime's hosted C library provides.</summary>
    public static IEnumerable<MethodInfo> Functions => s_functions.Value;

    /// <summary>MSVC's intrinsics, available hosted and freestanding.</summary>
    public static IEnumerable<MethodInfo> IntrinsicFunctions => s_intrinsics.Value;

    /// <summary>
    /// Gives the C library's functions code addresses from <paramref name="codeBase"/> on, in name order, when the
    /// function table is first asked for one (<see cref="Fn.RegisterLater"/>); call after <see cref="Fn.Reset"/>.
    /// </summary>
    public static void Register(uint codeBase)
    {
        s_addresses.Clear();
        Fn.RegisterLater(() => RegisterNow(codeBase));
    }

    private static void RegisterNow(uint codeBase)
    {
        uint address = codeBase;
        foreach (var method in s_functions.Value.Concat(s_intrinsics.Value))
        {
            Fn.Register(address, method.MethodHandle.GetFunctionPointer(), AbiShape.Of(method), method.Name);
            s_addresses[method.Name] = address;
            address += Fn.Slot;
        }
    }

    /// <summary>The code address of library function <paramref name="name"/> (for <c>&amp;name</c>).</summary>
    public static FnPtr Address(string name)
    {
        Fn.CompleteRegistration();
        return s_addresses.TryGetValue(name, out var address)
            ? new FnPtr(address)
            : throw new InvalidOperationException($"the runtime has no C function '{name}'");
    }
}

/// <summary>Marks a method of <see cref="CLib"/> as a C library function callable from translated code.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CFunctionAttribute : Attribute
{
}

/// <summary>
/// Marks a type as the runtime's own C struct of tag <see cref="Tag"/> (time.h's <c>struct tm</c>, sys/stat.h's
/// <c>struct stat</c>…), declared in the runtime's headers: library and program share its layout, the program
/// reading its fields through accessors the translator generates. Its C# name may differ from the tag, since C
/// keeps tags apart from functions and C# does not (<c>struct stat</c> beside the function <c>stat</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Struct)]
public sealed class CTagAttribute(string tag) : Attribute
{
    public string Tag { get; } = tag;
}
