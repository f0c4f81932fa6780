using System.Reflection;
using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// The function table: every C function has a code address, and an indirect call resolves that address to the
/// method's entry point. A call through a pointer that is not a function, or whose calling shape does not match
/// the function's, raises a guest exception instead of corrupting the host.
/// </summary>
public static unsafe class Fn
{
    /// <summary>Code addresses are 16 bytes apart, like functions aligned by a linker.</summary>
    public const uint Slot = 16;

    private struct Entry
    {
        public nint Code;
        public string Shape;
        public string Name;
    }

    // Two levels: 64 KiB of code address space per page, allocated when a function lands in it.
    private static Entry[]?[] s_pages = new Entry[]?[65536];
    /// <summary>Code addresses by entry point, for <see cref="AddressOf"/> (fault reports, <c>_ReturnAddress</c>):
    /// made from the pages when first asked for after a change, not kept up at every registration (a program's
    /// start registers all its functions and mostly never asks).</summary>
    private static Dictionary<nint, uint>? s_byEntry;

    /// <summary>A registration put off until the table is first asked for something a direct call never needs
    /// (see <see cref="RegisterLater"/>).</summary>
    private static Action? s_deferred;

    public static void Reset()
    {
        s_pages = new Entry[]?[65536];
        s_byEntry = null;
        s_deferred = null;
    }

    /// <summary>
    /// Runs <paramref name="register"/> when the table is first read beyond a call it already resolves: a call
    /// through a pointer it has no function for, a name, shape or address asked for. The C library's functions
    /// are registered so (<see cref="Library.Register"/>): finding them by reflection took 15 ms of a hosted
    /// program's start, and most programs only call them directly.
    /// </summary>
    public static void RegisterLater(Action register) => s_deferred = register;

    /// <summary>
    /// Runs the registration <see cref="RegisterLater"/> put off, if it has not run. A plain read first: the machine
    /// resolves an interrupt gate's handler through <see cref="TryResolve"/> at every delivery.
    /// </summary>
    public static void CompleteRegistration()
    {
        if (s_deferred is not null && Interlocked.Exchange(ref s_deferred, null) is { } register)
            register();
    }

    public static void Register(uint address, nint code, string shape, string name)
    {
        if (address % Slot != 0 || address == 0)
            throw new ArgumentException($"code address 0x{address:X8} of {name} is not a function slot");
        ref var page = ref s_pages[address >> 16];
        page ??= new Entry[65536 / Slot];
        ref var entry = ref page[(address & 0xFFFF) / Slot];
        if (entry.Code != 0)
            throw new InvalidOperationException($"code address 0x{address:X8} of {name} is taken by {entry.Name}");
        entry = new Entry { Code = code, Shape = shape, Name = name };
        s_byEntry = null;
    }

    /// <summary>Removes the functions registered in [<paramref name="address"/>, + <paramref name="size"/>): an image unloaded, or one whose load failed.</summary>
    public static void Unregister(uint address, uint size)
    {
        for (uint slot = address; slot - address < size; slot += Slot)
        {
            var page = s_pages[slot >> 16];
            if (page is null)
                continue;
            page[(slot & 0xFFFF) / Slot] = default;
        }
        s_byEntry = null;
    }

    private static Dictionary<nint, uint> ByEntry()
    {
        CompleteRegistration();
        if (s_byEntry is { } made)
            return made;
        var byEntry = new Dictionary<nint, uint>();
        for (uint high = 0; high < (uint)s_pages.Length; high++)
        {
            if (s_pages[high] is not { } page)
                continue;
            for (uint i = 0; i < page.Length; i++)
            {
                if (page[i].Code != 0)
                    byEntry[page[i].Code] = high << 16 | i * Slot;
            }
        }
        return s_byEntry = byEntry;
    }

    /// <summary>The code address of a registered method (for _ReturnAddress and fault reports), if it has one.</summary>
    public static uint? AddressOf(System.Reflection.MethodBase method)
    {
        // Translated functions are never generic; a generic frame (Mem.Ref<T>) has no single entry point.
        if (method.ContainsGenericParameters || method.IsGenericMethod || method.DeclaringType is { IsGenericType: true })
            return null;
        try
        {
            if (ByEntry().TryGetValue(method.MethodHandle.GetFunctionPointer(), out var address))
                return address;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
        {
            return null;
        }
        // In a collectible assembly (every image the machine maps) a method's function pointer is a stub other than
        // the entry its registration took, so the unit's own address table (AddressOf, as the translator emits it)
        // names the method's slot: the table of the class the method is in, or of the unit a part of which it is in.
        for (var unit = method.DeclaringType; unit is not null; unit = unit.DeclaringType)
        {
            if (unit.GetNestedType("AddressOf", BindingFlags.Public)?.GetProperty(method.Name, BindingFlags.Public | BindingFlags.Static)
                    is { PropertyType: var type } property && type == typeof(FnPtr)
                && property.GetValue(null) is FnPtr slot && NameOf(slot.Address) is not null)
                return slot.Address;
        }
        return null;
    }

    /// <summary>The entry point behind <paramref name="function"/>, checked against the call site's shape.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Resolve(FnPtr function, string shape)
    {
        var page = s_pages[function.Address >> 16];
        if (page is not null && function.Address % Slot == 0)
        {
            ref var entry = ref page[(function.Address & 0xFFFF) / Slot];
            if (entry.Code != 0 && (ReferenceEquals(entry.Shape, shape) || entry.Shape == shape))
                return entry.Code;
        }
        return ResolveMissed(function, shape);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint ResolveMissed(FnPtr function, string shape)
    {
        if (s_deferred is null)
            throw BadCall(function.Address, shape);
        CompleteRegistration();
        return Resolve(function, shape);
    }

    /// <summary>The entry point at <paramref name="address"/>, if a function of <paramref name="shape"/> is there (no exception).</summary>
    public static bool TryResolve(uint address, string shape, out nint code)
    {
        CompleteRegistration();
        code = 0;
        var page = s_pages[address >> 16];
        if (page is null || address % Slot != 0)
            return false;
        ref var entry = ref page[(address & 0xFFFF) / Slot];
        if (entry.Code == 0 || entry.Shape != shape)
            return false;
        code = entry.Code;
        return true;
    }

    /// <summary>The calling shape of the function at <paramref name="address"/>, if one is there.</summary>
    public static string? ShapeOf(uint address)
    {
        CompleteRegistration();
        var page = s_pages[address >> 16];
        if (page is null || address % Slot != 0)
            return null;
        return page[(address & 0xFFFF) / Slot].Shape;
    }

    public static string? NameOf(uint address)
    {
        CompleteRegistration();
        var page = s_pages[address >> 16];
        if (page is null || address % Slot != 0)
            return null;
        return page[(address & 0xFFFF) / Slot].Name;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Exception BadCall(uint address, string shape)
    {
        var page = s_pages[address >> 16];
        if (page is not null && address % Slot == 0 && page[(address & 0xFFFF) / Slot].Code != 0)
        {
            ref var entry = ref page[(address & 0xFFFF) / Slot];
            return new SehException(NtStatus.IllegalInstruction, 0, address)
            {
                Data = { ["detail"] = $"call of {entry.Name} ({entry.Shape}) through a pointer of type ({shape})" },
            };
        }
        return SehException.AccessViolation(Access.Execute, address);
    }
}
