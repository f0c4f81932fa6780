using System.Reflection;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// Code addresses the firmware owns for its C# functions: pages of the memory map (boot services code or runtime
/// services code) whose 16-byte slots the function table (<see cref="Fn"/>) maps to public static methods, each
/// registered with its calling shape (<see cref="AbiShape"/>), so translated C calls them through the function
/// pointers of the firmware's tables and protocols. The same method always gets the same address.
/// </summary>
internal sealed class FunctionTable(uint @base, uint bytes)
{
    private readonly Dictionary<MethodInfo, uint> _addresses = [];
    private uint _next = @base;

    public uint Base { get; } = @base;

    public uint AddressOf(MethodInfo method)
    {
        if (_addresses.TryGetValue(method, out uint address))
            return address;
        if (!method.IsStatic || !method.IsPublic || method.IsGenericMethod)
            throw new ArgumentException($"{method.DeclaringType?.Name}.{method.Name}: a firmware function is a public static, non-generic method");
        if (_next + Fn.Slot > Base + bytes)
            throw new InvalidOperationException($"the firmware's code region at 0x{Base:X8} has no slot left for {method.Name}");
        address = _next;
        _next += Fn.Slot;
        Fn.Register(address, method.MethodHandle.GetFunctionPointer(), AbiShape.Of(method), $"{method.DeclaringType?.Name}.{method.Name}");
        _addresses.Add(method, address);
        return address;
    }

    /// <summary>The address of <paramref name="type"/>'s public static method <paramref name="name"/>.</summary>
    public uint AddressOf(Type type, string name) =>
        AddressOf(type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            ?? throw new ArgumentException($"{type.Name} has no public static method {name}"));
}
