namespace Nt2cs.Runtime;

/// <summary>
/// string.h: memory and byte-string functions over guest memory. Bytes compare as unsigned char, and
/// comparisons return -1, 0 or 1 as glibc's i386 versions do. Scans read a page at a time, so they fault only
/// on memory a byte-by-byte scan would have reached.
/// </summary>
public static unsafe partial class CLib
{
    private const uint PageSize = 4096;

    private static uint s_strtokNext;
    /// <summary>strerror's messages by error number, made on first use: a table no program uses is not even
    /// created (each Dictionary instantiation over the runtime's types is JIT-compiled at start otherwise).</summary>
    private static Dictionary<int, Ptr<sbyte>>? s_errorStrings;

    private static void StartString()
    {
        s_strtokNext = 0;
        s_errorStrings = null;
    }

    /// <summary>Bytes from <paramref name="at"/> to the first <paramref name="a"/> or <paramref name="b"/>.</summary>
    private static uint ScanTo(uint at, byte a, byte b)
    {
        uint length = 0;
        while (true)
        {
            uint chunk = PageSize - ((at + length) & (PageSize - 1));
            int found = Mem.Bytes(at + length, chunk, Access.Read).IndexOfAny(a, b);
            if (found >= 0)
                return length + (uint)found;
            length += chunk;
        }
    }

    /// <summary>strnlen: the length of the string at <paramref name="at"/>, reading at most <paramref name="max"/> bytes.</summary>
    private static uint StringLength(uint at, uint max)
    {
        uint length = 0;
        while (length < max)
        {
            uint chunk = Math.Min(PageSize - ((at + length) & (PageSize - 1)), max - length);
            int found = Mem.Bytes(at + length, chunk, Access.Read).IndexOf((byte)0);
            if (found >= 0)
                return length + (uint)found;
            length += chunk;
        }
        return max;
    }

    private static int Sign(int difference) => difference < 0 ? -1 : difference > 0 ? 1 : 0;

    [CFunction]
    public static Ptr<CVoid> memcpy(Ptr<CVoid> destination, Ptr<CVoid> source, uint count)
    {
        Mem.Copy(destination.Address, source.Address, count);
        return destination;
    }

    [CFunction]
    public static Ptr<CVoid> memmove(Ptr<CVoid> destination, Ptr<CVoid> source, uint count)
    {
        Mem.Copy(destination.Address, source.Address, count);
        return destination;
    }

    [CFunction]
    public static Ptr<CVoid> memset(Ptr<CVoid> destination, int value, uint count)
    {
        Mem.Fill(destination.Address, (byte)value, count);
        return destination;
    }

    [CFunction]
    public static int memcmp(Ptr<CVoid> a, Ptr<CVoid> b, uint count)
    {
        if (count == 0)
            return 0;
        return Sign(Mem.Bytes(a.Address, count, Access.Read).SequenceCompareTo(Mem.Bytes(b.Address, count, Access.Read)));
    }

    [CFunction]
    public static Ptr<CVoid> memchr(Ptr<CVoid> s, int c, uint count)
    {
        if (count == 0)
            return default;
        int found = Mem.Bytes(s.Address, count, Access.Read).IndexOf((byte)c);
        return found < 0 ? default : s + found;
    }

    [CFunction]
    public static uint strlen(Ptr<sbyte> s) => StringLength(s.Address, uint.MaxValue);

    [CFunction]
    public static Ptr<sbyte> strcpy(Ptr<sbyte> destination, Ptr<sbyte> source)
    {
        Mem.Copy(destination.Address, source.Address, strlen(source) + 1);
        return destination;
    }

    /// <summary>Copies at most <paramref name="count"/> bytes, then pads with NULs to <paramref name="count"/>.</summary>
    [CFunction]
    public static Ptr<sbyte> strncpy(Ptr<sbyte> destination, Ptr<sbyte> source, uint count)
    {
        uint length = StringLength(source.Address, count);
        Mem.Copy(destination.Address, source.Address, length);
        Mem.Fill(destination.Address + length, 0, count - length);
        return destination;
    }

    [CFunction]
    public static Ptr<sbyte> strcat(Ptr<sbyte> destination, Ptr<sbyte> source)
    {
        strcpy(destination + strlen(destination), source);
        return destination;
    }

    /// <summary>Appends at most <paramref name="count"/> bytes and always a terminator.</summary>
    [CFunction]
    public static Ptr<sbyte> strncat(Ptr<sbyte> destination, Ptr<sbyte> source, uint count)
    {
        var end = destination + strlen(destination);
        uint length = StringLength(source.Address, count);
        Mem.Copy(end.Address, source.Address, length);
        end.W[length] = 0;
        return destination;
    }

    [CFunction]
    public static int strcmp(Ptr<sbyte> a, Ptr<sbyte> b) => strncmp(a, b, uint.MaxValue);

    [CFunction]
    public static int strncmp(Ptr<sbyte> a, Ptr<sbyte> b, uint count)
    {
        for (uint i = 0; i < count; i++)
        {
            byte x = Mem.Ref<byte>(a.Address + i), y = Mem.Ref<byte>(b.Address + i);
            if (x != y)
                return x < y ? -1 : 1;
            if (x == 0)
                break;
        }
        return 0;
    }

    /// <summary>The first <paramref name="c"/> (as a char) in <paramref name="s"/>; the terminator counts.</summary>
    [CFunction]
    public static Ptr<sbyte> strchr(Ptr<sbyte> s, int c)
    {
        byte target = (byte)c;
        uint offset = ScanTo(s.Address, target, 0);
        return Mem.Ref<byte>(s.Address + offset) == target ? s + offset : default;
    }

    [CFunction]
    public static Ptr<sbyte> strrchr(Ptr<sbyte> s, int c)
    {
        byte target = (byte)c;
        uint length = strlen(s);
        if (target == 0)
            return s + length;
        int found = Mem.Bytes(s.Address, length, Access.Read).LastIndexOf(target);
        return found < 0 ? default : s + found;
    }

    [CFunction]
    public static Ptr<sbyte> strstr(Ptr<sbyte> haystack, Ptr<sbyte> needle)
    {
        int found = CString(haystack).IndexOf(CString(needle));
        return found < 0 ? default : haystack + found;
    }

    [CFunction]
    public static uint strspn(Ptr<sbyte> s, Ptr<sbyte> accept) => PrefixLength(s, accept, inSet: true);

    [CFunction]
    public static uint strcspn(Ptr<sbyte> s, Ptr<sbyte> reject) => PrefixLength(s, reject, inSet: false);

    [CFunction]
    public static Ptr<sbyte> strpbrk(Ptr<sbyte> s, Ptr<sbyte> accept)
    {
        uint length = PrefixLength(s, accept, inSet: false);
        return s[length] == 0 ? default : s + length;
    }

    /// <summary>The length of the prefix of <paramref name="s"/> whose bytes are (or are not) in <paramref name="set"/>.</summary>
    private static uint PrefixLength(Ptr<sbyte> s, Ptr<sbyte> set, bool inSet)
    {
        Span<bool> member = stackalloc bool[256];
        foreach (byte b in CString(set))
            member[b] = true;
        uint length = 0;
        for (byte b; (b = Mem.Ref<byte>(s.Address + length)) != 0 && member[b] == inSet; length++)
        {
        }
        return length;
    }

    /// <summary>Splits a string into tokens, remembering where it stopped between calls (one state, as in C).</summary>
    [CFunction]
    public static Ptr<sbyte> strtok(Ptr<sbyte> s, Ptr<sbyte> delimiters)
    {
        var at = s.IsNull ? new Ptr<sbyte>(s_strtokNext) : s;
        if (at.IsNull)
            return default;
        at += PrefixLength(at, delimiters, inSet: true);
        if (at[0] == 0)
        {
            s_strtokNext = 0;
            return default;
        }
        var end = at + PrefixLength(at, delimiters, inSet: false);
        if (end[0] == 0)
        {
            s_strtokNext = 0;
        }
        else
        {
            end.W[0] = 0;
            s_strtokNext = end.Address + 1;
        }
        return at;
    }

    [CFunction]
    public static Ptr<sbyte> strdup(Ptr<sbyte> s)
    {
        uint size = strlen(s) + 1;
        var copy = malloc(size).As<sbyte>();
        if (copy.IsNull)
            SetErrno(ENOMEM);
        else
            Mem.Copy(copy.Address, s.Address, size);
        return copy;
    }

    [CFunction]
    public static Ptr<sbyte> _strdup(Ptr<sbyte> s) => strdup(s);

    /// <summary>The message for <paramref name="error"/>, kept on the guest heap once made (C must not modify it).</summary>
    [CFunction]
    public static Ptr<sbyte> strerror(int error)
    {
        s_errorStrings ??= [];
        if (!s_errorStrings.TryGetValue(error, out var text))
        {
            var bytes = ErrorMessage(error);
            text = malloc((uint)bytes.Length + 1).As<sbyte>();
            if (text.IsNull)
                throw new SehException(NtStatus.NoMemory);
            Store(text, bytes);
            s_errorStrings[error] = text;
        }
        return text;
    }
}
