using System.Globalization;
using System.Text;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

/// <summary>
/// Decodes the spelling libclang gives a string literal (the whole, concatenated literal, re-escaped by clang)
/// into its bytes: one element per character, <c>elementSize</c> bytes each, little-endian.
/// </summary>
internal static class StringLiterals
{
    public static byte[] Decode(string spelling, int elementSize, SourceLoc location)
    {
        int start = spelling.IndexOf('"');
        int end = spelling.LastIndexOf('"');
        if (start < 0 || end <= start)
            throw new TranslationException(location, $"unreadable string literal {spelling}");
        var output = new List<byte>(end - start);
        var text = spelling.AsSpan(start + 1, end - start - 1);
        Span<byte> utf8 = stackalloc byte[8];
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c != '\\')
            {
                // clang prints non-escaped characters as UTF-8 source text; each code point is one element for
                // wide strings, and its UTF-8 bytes for narrow ones. ASCII, nearly every character, is both at once.
                if (c < 0x80)
                {
                    Append(output, c, elementSize);
                    i++;
                    continue;
                }
                int length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                var chunk = text.Slice(i, length);
                i += length;
                if (elementSize == 1)
                    output.AddRange(utf8[..Encoding.UTF8.GetBytes(chunk, utf8)]);
                else
                    Append(output, (ulong)char.ConvertToUtf32(chunk.ToString(), 0), elementSize);
                continue;
            }
            i++;
            if (i >= text.Length)
                throw new TranslationException(location, "string literal ends in a backslash");
            char e = text[i++];
            ulong value;
            switch (e)
            {
                case 'n': value = '\n'; break;
                case 't': value = '\t'; break;
                case 'r': value = '\r'; break;
                case 'a': value = 7; break;
                case 'b': value = 8; break;
                case 'f': value = 12; break;
                case 'v': value = 11; break;
                case 'e': value = 27; break;
                case '\\': value = '\\'; break;
                case '"': value = '"'; break;
                case '\'': value = '\''; break;
                case '?': value = '?'; break;
                case 'x':
                {
                    int digits = 0;
                    value = 0;
                    while (i < text.Length && Uri.IsHexDigit(text[i]))
                    {
                        value = value * 16 + (ulong)Convert.ToInt32(text[i].ToString(), 16);
                        i++;
                        digits++;
                    }
                    if (digits == 0)
                        throw new TranslationException(location, "\\x without hex digits in a string literal");
                    break;
                }
                case 'u':
                case 'U':
                {
                    int count = e == 'u' ? 4 : 8;
                    value = ulong.Parse(text.Slice(i, count), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    i += count;
                    if (elementSize == 1)
                    {
                        output.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32((int)value)));
                        continue;
                    }
                    break;
                }
                default:
                    if (e is >= '0' and <= '7')
                    {
                        value = (ulong)(e - '0');
                        for (int n = 0; n < 2 && i < text.Length && text[i] is >= '0' and <= '7'; n++)
                            value = value * 8 + (ulong)(text[i++] - '0');
                        break;
                    }
                    throw new TranslationException(location, $"unknown escape \\{e} in a string literal");
            }
            Append(output, value, elementSize);
        }
        return output.ToArray();
    }

    private static void Append(List<byte> output, ulong value, int elementSize)
    {
        for (int b = 0; b < elementSize; b++)
            output.Add((byte)(value >> (8 * b)));
    }
}
