using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>A function or object another image exports, which this image may import (as its import library lists it).</summary>
public sealed record ImportableSymbol(string Image, bool IsData);

/// <summary>An export the image's module-definition file asks for: the name it is exported under and the symbol it names.</summary>
public sealed record ExportRequest(string Name, string Internal, SourceLoc Location);

/// <summary>How an image meets others at load time: what it may import, what it exports, and its entry point.</summary>
public sealed record ImageInterface
{
    /// <summary>What the images the image links against export, by name (tree mode: the images TARGETLIBS names).</summary>
    public IReadOnlyDictionary<string, ImportableSymbol> Importable { get; init; } = new Dictionary<string, ImportableSymbol>();

    /// <summary>What the image exports: its module-definition file's exports and the definitions declared <c>__declspec(dllexport)</c>.</summary>
    public IReadOnlyList<ExportRequest> Exports { get; init; } = [];

    /// <summary>The function the loader calls once the image is bound (DLLENTRY, DriverEntry), and whether it must exist.</summary>
    public string? EntryName { get; init; }
    public bool EntryRequired { get; init; }
}
