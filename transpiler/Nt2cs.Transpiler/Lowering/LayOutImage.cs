using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Places the image: a function ⇒ a 16-byte code slot (its code address, for function pointers); an object with
/// static storage ⇒ a data offset at its alignment; a pooled string ⇒ a data offset after them.
/// </summary>
public sealed class LayOutImage : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        uint code = 0;
        foreach (var function in image.Functions)
        {
            image.CodeOffsets[function] = code;
            code += Runtime.Fn.Slot;
        }
        image.CodeSize = Math.Max(code, Runtime.Fn.Slot);

        uint data = 0;
        foreach (var global in image.Globals.Where(g => ReferenceEquals(g.Canonical, g)))
        {
            if (global.Type is CArrayType { Length: null })
                throw new Diagnostics.TranslationException(global.Location, $"array '{global.Name}' has no size");
            uint align = (uint)Math.Clamp(global.Align, 4, MaximumAlignment); // the data section starts on a page
            data = (data + align - 1) / align * align;
            image.DataOffsets[global] = data;
            data += (uint)Math.Max(1, global.Type.Size);
        }
        foreach (var text in image.Strings)
        {
            data = (data + 3) & ~3u;
            text.Offset = data;
            data += (uint)text.Bytes.Length;
        }
        image.DataSize = (data + 15) & ~15u;
    }

    /// <summary>The largest alignment honoured (__declspec(align) allows up to 8192; a guest page is what a section start guarantees).</summary>
    public const long MaximumAlignment = 4096;
}
