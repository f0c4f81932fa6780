using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// Lays out each unit's own blocks, so that a change in one file moves nothing in another: a function ⇒ a 16-byte
/// code slot in its unit's code block (its code address, for function pointers); an object with static storage ⇒ a
/// data offset at its alignment in its unit's data block; a pooled string ⇒ a data offset after them. The image's
/// loader places the units' blocks one after another at load time.
/// </summary>
public sealed class LayOutUnits : IImagePass
{
    /// <summary>The largest alignment honoured (__declspec(align) allows up to 8192; a guest page is what a section start guarantees).</summary>
    public const long MaximumAlignment = 4096;

    public void Run(CImage image, LoweringContext context)
    {
        var functions = image.Functions.ToLookup(f => f.Unit!);
        var globals = image.Globals.Where(g => ReferenceEquals(g.Canonical, g)).ToLookup(g => g.Unit!);
        foreach (var unit in image.Units)
        {
            uint code = 0;
            foreach (var function in functions[unit])
            {
                image.CodeOffsets[function] = code;
                code += Runtime.Fn.Slot;
            }
            unit.CodeSize = code;

            uint data = 0, unitAlign = 4;
            foreach (var global in globals[unit])
            {
                if (global.Type is CArrayType { Length: null })
                    throw new Diagnostics.TranslationException(global.Location, $"array '{global.Name}' has no size");
                uint align = (uint)Math.Clamp(global.Align, 4, MaximumAlignment);
                unitAlign = Math.Max(unitAlign, align);
                data = (data + align - 1) / align * align;
                image.DataOffsets[global] = data;
                data += (uint)Math.Max(1, global.Type.Size);
            }
            foreach (var text in unit.Strings)
            {
                data = (data + 3) & ~3u;
                text.Offset = data;
                data += (uint)text.Bytes.Length;
            }
            unit.DataSize = (data + 15) & ~15u;
            unit.DataAlign = unitAlign;
        }
    }
}
