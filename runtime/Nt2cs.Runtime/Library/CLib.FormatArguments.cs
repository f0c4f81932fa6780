namespace Nt2cs.Runtime;

/// <summary>
/// The printf engine's plumbing: reading the variadic arguments (in order, or by number for %n$ formats) and
/// collecting the output bytes before they go to a stream or a guest buffer.
/// </summary>
public static unsafe partial class CLib
{
    /// <summary>
    /// The variadic arguments, read in order, or by number once the format numbers them (%n$): then the block's
    /// layout is worked out from the types the whole format gives each numbered argument.
    /// </summary>
    private struct Arguments
    {
        private readonly Ptr<sbyte> _format;
        private readonly Ptr<sbyte> _block;
        private Ptr<sbyte> _next;
        private uint[]? _addresses;

        public Arguments(Ptr<sbyte> format, Ptr<sbyte> block)
        {
            _format = format;
            _block = block;
            _next = block;
        }

        public int Int(int position) =>
            position == 0 ? Va.Arg<int>(ref _next) : Mem.Ref<int>(AddressOf(position));

        public long Long(int position) =>
            position == 0 ? Va.Arg<long>(ref _next) : Mem.Ref<long>(AddressOf(position));

        public double Double(int position) =>
            position == 0 ? Va.Arg<double>(ref _next) : Mem.Ref<double>(AddressOf(position));

        private uint AddressOf(int position)
        {
            _addresses ??= Layout(_format, _block.Address);
            return position < _addresses.Length ? _addresses[position] : _addresses[^1];
        }

        /// <summary>Addresses of arguments 1..n; an argument the format never mentions is taken as an int.</summary>
        private static uint[] Layout(Ptr<sbyte> format, uint block)
        {
            var sizes = new List<uint> { 0 };
            void Use(int position, uint size)
            {
                while (sizes.Count <= position)
                    sizes.Add(4);
                if (size != 0)
                    sizes[position] = size;
            }
            uint at = format.Address;
            while (true)
            {
                at += ScanTo(at, (byte)'%', 0);
                if (Mem.Ref<byte>(at) == 0)
                    break;
                var c = ParseConversion(ref at);
                if (c.Specifier == 0)
                    break;
                if (c.WidthArg > 0)
                    Use(c.WidthArg, 4);
                if (c.PrecisionArg > 0)
                    Use(c.PrecisionArg, 4);
                if (c.Position > 0)
                    Use(c.Position, ArgumentSize(c));
            }
            var addresses = new uint[sizes.Count + 1];
            addresses[1] = block;
            for (int i = 1; i < sizes.Count; i++)
                addresses[i + 1] = addresses[i] + sizes[i];
            return addresses;
        }

        private static uint ArgumentSize(in Conversion c) => c.Specifier switch
        {
            (byte)'e' or (byte)'E' or (byte)'f' or (byte)'F' or (byte)'g' or (byte)'G' or (byte)'a' or (byte)'A' => 8,
            (byte)'d' or (byte)'i' or (byte)'u' or (byte)'o' or (byte)'x' or (byte)'X' => c.IsWide64 ? 8u : 4u,
            (byte)'%' => 0,
            _ => 4,
        };
    }

    /// <summary>A growable byte buffer for formatted output, reused from call to call.</summary>
    private sealed class FormatBuffer
    {
        private byte[] _bytes = new byte[256];

        public int Length { get; private set; }

        public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

        public void Clear() => Length = 0;

        public void Add(byte b)
        {
            Reserve(1);
            _bytes[Length++] = b;
        }

        public void Add(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_bytes.AsSpan(Length));
            Length += bytes.Length;
        }

        public void Repeat(byte b, int count)
        {
            if (count <= 0)
                return;
            Reserve(count);
            _bytes.AsSpan(Length, count).Fill(b);
            Length += count;
        }

        /// <summary>
        /// %g's cleanup of the number in [<paramref name="start"/>, <paramref name="end"/>): drops trailing
        /// zeros after its point, then the point if no digit follows; what comes after (an exponent) moves up.
        /// </summary>
        public void TrimFraction(int start, int end)
        {
            int point = _bytes.AsSpan(start, end - start).IndexOf((byte)'.');
            if (point < 0)
                return;
            point += start;
            int keep = end;
            while (keep > point + 1 && _bytes[keep - 1] == '0')
                keep--;
            if (keep == point + 1)
                keep = point;
            _bytes.AsSpan(end, Length - end).CopyTo(_bytes.AsSpan(keep));
            Length -= end - keep;
        }

        private void Reserve(int more)
        {
            long needed = (long)Length + more;
            if (needed <= _bytes.Length)
                return;
            if (needed > Array.MaxLength)
                throw new SehException(NtStatus.NoMemory) { Data = { ["detail"] = "printf output too long" } };
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _bytes.Length)));
        }
    }
}
