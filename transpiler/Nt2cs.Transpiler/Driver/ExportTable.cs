using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Images;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.Driver;

/// <summary>One export of an image: its name, what it names in the image, whether that is data, and whether the import library leaves it out.</summary>
public sealed record ExportedSymbol(string Name, string Internal, bool IsData, bool IsPrivate, SourceLoc Location);

/// <summary>
/// What an image exports, as its linker would build the export table and import library: the EXPORTS of its
/// module-definition file (DLLDEF), each of which must name a function or object the image defines with external
/// linkage, then every definition declared <c>__declspec(dllexport)</c> not exported already, under its own name.
/// </summary>
public static class ExportTable
{
    public static IReadOnlyList<ExportedSymbol> Of(ImageSpec image, IReadOnlyList<CTranslationUnit> units)
    {
        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var function in ArchiveLinker.DefinedFunctions(unit))
                defined.TryAdd(function.Name, false);
            foreach (var global in ArchiveLinker.DefinedObjects(unit))
                defined.TryAdd(global.Name, true);
        }
        var exports = new List<ExportedSymbol>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in image.ModuleDefinition is { } def ? DefFile.ReadExports(def) : [])
        {
            if (!defined.TryGetValue(export.Internal, out var isData))
                throw new TranslationException(export.Location, $"'{export.Internal}' is exported, but image {image.TargetName} does not define it");
            names.Add(export.Name);
            exports.Add(new ExportedSymbol(export.Name, export.Internal, isData, export.IsPrivate, export.Location));
        }
        foreach (var unit in units)
        {
            var marked = unit.Functions.Where(f => f.IsDllExport && !f.IsStatic).Select(f => (CDecl)f)
                .Concat(unit.Globals.Where(g => g.IsDllExport && g.Storage != CStorage.Static));
            foreach (var declaration in marked)
                if (defined.TryGetValue(declaration.Name, out var isData) && names.Add(declaration.Name))
                    exports.Add(new ExportedSymbol(declaration.Name, declaration.Name, isData, false, declaration.Location));
        }
        return exports;
    }

    /// <summary>What an image importing from <paramref name="image"/> may link against: its exports but the private ones.</summary>
    public static IEnumerable<KeyValuePair<string, ImportableSymbol>> Importable(string image, IReadOnlyList<ExportedSymbol> exports) =>
        exports.Where(e => !e.IsPrivate).Select(e => KeyValuePair.Create(e.Name, new ImportableSymbol(image, e.IsData)));
}
