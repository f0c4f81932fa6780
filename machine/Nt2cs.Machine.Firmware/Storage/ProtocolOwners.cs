using System.Reflection;
using Nt2cs.Runtime;

namespace Nt2cs.Machine.Firmware.Storage;

/// <summary>
/// The C# object behind each protocol structure the storage drivers put in guest memory, by the structure's
/// address: the protocol functions are static (translated code calls them through the function table with the
/// structure as <c>This</c>) and find their instance here. A <c>This</c> that names no structure of the kind
/// is EFI_INVALID_PARAMETER.
/// </summary>
public static class ProtocolOwners
{
    private static readonly Dictionary<uint, object> s_owners = [];

    /// <summary>Forgets every structure (a new power-on).</summary>
    public static void Clear()
    {
        lock (s_owners)
            s_owners.Clear();
    }

    public static void Add(uint address, object owner)
    {
        lock (s_owners)
            s_owners[address] = owner;
    }

    public static void Remove(uint address)
    {
        lock (s_owners)
            s_owners.Remove(address);
    }

    public static T? Find<T>(uint address) where T : class
    {
        lock (s_owners)
            return s_owners.TryGetValue(address, out var owner) ? owner as T : null;
    }

    /// <summary>The code address of <paramref name="type"/>'s public static method <paramref name="name"/>.</summary>
    public static uint Code(IFirmwareServices services, Type type, string name) =>
        services.CodeAddress(type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.Name}.{name} is no public static method"));

    /// <summary>Writes the code addresses of <paramref name="names"/> as consecutive 32-bit function pointers from <paramref name="address"/>.</summary>
    public static void WriteFunctions(IFirmwareServices services, uint address, Type type, params string[] names)
    {
        foreach (var name in names)
        {
            Mem.Write(address, Code(services, type, name));
            address += 4;
        }
    }

    /// <summary>Copies <paramref name="bytes"/> into new boot-services pool memory; its address.</summary>
    public static uint Pool(IFirmwareServices services, ReadOnlySpan<byte> bytes)
    {
        uint address = services.AllocatePool((uint)Math.Max(bytes.Length, 1));
        Mem.CopyIn(address, bytes);
        return address;
    }
}
