using System.Security.Cryptography;

namespace Nt2cs.Runtime;

/// <summary>
/// The file of an image as a disk carries it for the machine to map: the magic <c>NT2CSIMG</c> (8 bytes), an
/// HMAC-SHA256 of the rest under the checkout's signing key (32 bytes), then the image's assembly. A mapped image
/// is host code, so the machine maps only a file signed with its checkout's key: a disk image made elsewhere, or
/// one byte changed, can never run code on the host.
/// </summary>
public static class ImageFile
{
    public static ReadOnlySpan<byte> Magic => "NT2CSIMG"u8;

    public const int SignatureSize = 32;
    public const int HeaderSize = 8 + SignatureSize;

    /// <summary>The image file of an assembly, signed with <paramref name="key"/>.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> assembly, ReadOnlySpan<byte> key)
    {
        var file = new byte[HeaderSize + assembly.Length];
        Magic.CopyTo(file);
        assembly.CopyTo(file.AsSpan(HeaderSize));
        HMACSHA256.HashData(key, assembly, file.AsSpan(8, SignatureSize));
        return file;
    }

    /// <summary>The assembly an image file holds if it is one signed with <paramref name="key"/>; otherwise null and why.</summary>
    public static byte[]? Open(ReadOnlySpan<byte> file, ReadOnlySpan<byte> key, out string? problem)
    {
        problem = null;
        if (file.Length < HeaderSize || !file[..8].SequenceEqual(Magic))
        {
            problem = "not an nt2cs image file";
            return null;
        }
        Span<byte> expected = stackalloc byte[SignatureSize];
        HMACSHA256.HashData(key, file[HeaderSize..], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, file.Slice(8, SignatureSize)))
        {
            problem = "its signature does not match: not an image this checkout built, or changed since";
            return null;
        }
        return file[HeaderSize..].ToArray();
    }
}

/// <summary>
/// The key image files are signed with: 32 random bytes generated once per checkout, kept in
/// <c>.build/image-signing.key</c> (never committed), so images built by another checkout do not map here.
/// </summary>
public static class ImageSigningKey
{
    public static string PathIn(string checkout) => System.IO.Path.Combine(checkout, ".build", "image-signing.key");

    /// <summary>The checkout's key, generated on first use.</summary>
    public static byte[] Of(string checkout)
    {
        var path = PathIn(checkout);
        if (File.Exists(path) && File.ReadAllBytes(path) is { Length: 32 } key)
            return key;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        key = RandomNumberGenerator.GetBytes(32);
        // Written aside and moved, so concurrent first uses agree on one key.
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temporary, key);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temporary);
        }
        return File.ReadAllBytes(path);
    }
}
