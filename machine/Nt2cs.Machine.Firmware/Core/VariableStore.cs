using System.Text;

namespace Nt2cs.Machine.Firmware;

/// <summary>
/// The variable store behind GetVariable, GetNextVariableName, SetVariable and QueryVariableInfo (UEFI 2.10
/// §8.2): variables by vendor GUID and name, in creation order; the non-volatile ones are kept in a file
/// (<c>--efi-vars FILE</c>) rewritten after each change, so they persist across runs; without a file every run
/// starts fresh.
/// </summary>
/// <remarks>
/// The file's format (little-endian): the magic <c>NT2CSEFV</c>, a UINT32 version (1), a UINT32 count, then per
/// variable its vendor GUID (16 bytes, EFI_GUID order), attributes (UINT32), the name's length in UTF-16 code units
/// without the terminator (UINT32), the data's length (UINT32), the name (UTF-16LE) and the data. It is written to
/// a temporary file beside it and renamed over it, so a run ended halfway leaves the old store or the new one.
/// </remarks>
public sealed class VariableStore
{
    // EFI_VARIABLE_* attributes.
    public const uint NonVolatile = 0x01, BootServiceAccess = 0x02, RuntimeAccess = 0x04, HardwareErrorRecord = 0x08,
        AuthenticatedWriteAccess = 0x10, TimeBasedAuthenticatedWriteAccess = 0x20, AppendWrite = 0x40,
        EnhancedAuthenticatedAccess = 0x80;

    public const uint KnownAttributes = 0xFF;

    /// <summary>Bytes the non-volatile store holds (names and data), and the volatile one.</summary>
    public const uint Capacity = 256 * 1024;

    /// <summary>The largest variable: its name (with terminator) and its data.</summary>
    public const uint MaxVariableSize = 32 * 1024;

    private static ReadOnlySpan<byte> Magic => "NT2CSEFV"u8;
    private const uint FormatVersion = 1;

    internal sealed class Variable(Guid vendor, string name, uint attributes, byte[] data)
    {
        public readonly Guid Vendor = vendor;
        public readonly string Name = name;
        public readonly uint Attributes = attributes;
        public byte[] Data = data;

        public uint Size => 2 * ((uint)Name.Length + 1) + (uint)Data.Length;
    }

    private readonly List<Variable> _variables = [];
    private readonly string? _path;

    private VariableStore(string? path) => _path = path;

    /// <summary>A store that keeps nothing beyond the run.</summary>
    public static VariableStore Fresh() => new(null);

    /// <summary>The store kept in <paramref name="path"/> (empty when the file does not exist yet); a file that is not a store is an <see cref="InvalidDataException"/> naming it.</summary>
    public static VariableStore Open(string path)
    {
        var store = new VariableStore(path);
        if (!File.Exists(path))
            return store;
        var bytes = File.ReadAllBytes(path);
        try
        {
            if (bytes.Length < 16 || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
                throw new InvalidDataException("not an nt2cs variable store (no NT2CSEFV magic)");
            if (BitConverter.ToUInt32(bytes, 8) != FormatVersion)
                throw new InvalidDataException($"variable store version {BitConverter.ToUInt32(bytes, 8)} (this firmware reads {FormatVersion})");
            uint count = BitConverter.ToUInt32(bytes, 12);
            int at = 16;
            for (uint i = 0; i < count; i++)
            {
                var vendor = new Guid(bytes.AsSpan(at, 16));
                uint attributes = BitConverter.ToUInt32(bytes, at + 16);
                int nameChars = checked((int)BitConverter.ToUInt32(bytes, at + 20));
                int dataBytes = checked((int)BitConverter.ToUInt32(bytes, at + 24));
                at += 28;
                string name = Encoding.Unicode.GetString(bytes, at, checked(2 * nameChars));
                at += 2 * nameChars;
                store._variables.Add(new Variable(vendor, name, attributes, bytes.AsSpan(at, dataBytes).ToArray()));
                at += dataBytes;
            }
            if (at != bytes.Length)
                throw new InvalidDataException($"{bytes.Length - at} bytes after the last variable");
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            throw new InvalidDataException("the variable store is truncated or damaged");
        }
        return store;
    }

    /// <summary>Sets a variable from the host (a store prepared before a run), replacing one of the same name; kept in the file when non-volatile.</summary>
    public void Put(Guid vendor, string name, uint attributes, byte[] data)
    {
        if (Find(vendor, name) is { } existing)
            _variables.Remove(existing);
        Add(new Variable(vendor, name, attributes, data));
    }

    internal IReadOnlyList<Variable> All => _variables;

    internal Variable? Find(Guid vendor, string name) => _variables.Find(v => v.Vendor == vendor && v.Name == name);

    /// <summary>Bytes in use by the variables whose non-volatile bit is <paramref name="nonVolatile"/>.</summary>
    internal uint Used(bool nonVolatile) =>
        (uint)_variables.Where(v => ((v.Attributes & NonVolatile) != 0) == nonVolatile).Sum(v => v.Size);

    internal void Add(Variable variable)
    {
        _variables.Add(variable);
        Changed(variable);
    }

    internal void Remove(Variable variable)
    {
        _variables.Remove(variable);
        Changed(variable);
    }

    internal void Replace(Variable variable, byte[] data)
    {
        variable.Data = data;
        Changed(variable);
    }

    private void Changed(Variable variable)
    {
        if ((variable.Attributes & NonVolatile) == 0 || _path is null)
            return;
        using var file = new MemoryStream();
        var nonVolatile = _variables.Where(v => (v.Attributes & NonVolatile) != 0).ToList();
        file.Write(Magic);
        file.Write(BitConverter.GetBytes(FormatVersion));
        file.Write(BitConverter.GetBytes((uint)nonVolatile.Count));
        foreach (var v in nonVolatile)
        {
            file.Write(v.Vendor.ToByteArray());
            file.Write(BitConverter.GetBytes(v.Attributes));
            file.Write(BitConverter.GetBytes((uint)v.Name.Length));
            file.Write(BitConverter.GetBytes((uint)v.Data.Length));
            file.Write(Encoding.Unicode.GetBytes(v.Name));
            file.Write(v.Data);
        }
        string temporary = _path + ".new";
        File.WriteAllBytes(temporary, file.ToArray());
        File.Move(temporary, _path, overwrite: true);
    }
}
