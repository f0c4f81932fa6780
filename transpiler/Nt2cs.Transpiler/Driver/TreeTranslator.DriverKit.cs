using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Images;
using Nt2cs.Transpiler.Lowering;

namespace Nt2cs.Transpiler.Driver;

/// <summary>A driver built outside the tree, as the DDK's build environment builds one against a kernel.</summary>
public sealed class DriverKitOptions
{
    /// <summary>The directory of the driver's <c>sources</c> file.</summary>
    public required string DriverDirectory { get; init; }

    /// <summary>The kernel's source tree (nt-src): its public headers and the export tables of its images.</summary>
    public required string SourceRoot { get; init; }

    /// <summary>Where the driver's C# project goes.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>The nt2cs checkout: #line paths are relative to it, and the project references its runtime.</summary>
    public required string RepositoryRoot { get; init; }
}

public static partial class TreeTranslator
{
    /// <summary>The images every driver may import from, as the DDK links a driver against their import libraries.</summary>
    public static readonly IReadOnlyList<string> DriverKitImports = ["ntoskrnl", "hal"];

    /// <summary>The public headers on a driver's include path after its own INCLUDES, as the DDK's environment sets them.</summary>
    private static readonly string[] DriverKitIncludes = ["public/ddk/inc", "public/sdk/inc"];

    /// <summary>
    /// Translates one driver outside the tree (<c>nt2cs run --driver DIR</c>) into its own project: its sources
    /// with the kernel's public headers on the include path, linked against the import libraries of the kernel and
    /// the HAL, which are their module-definition files' EXPORTS (an export driver's exports; nothing of the kernel
    /// is parsed). A routine the driver calls that neither exports is a link error naming it; a TARGETLIBS entry
    /// other than those import libraries is refused, since a driver outside the tree has no archives to link.
    /// </summary>
    public static TreeResult RunDriverKit(DriverKitOptions options)
    {
        var result = new TreeResult();
        try
        {
            var written = ImageSpec.FromSources(options.DriverDirectory, options.DriverDirectory);
            var where = new SourceLoc(Path.Combine(options.DriverDirectory, "sources"), 1, 1);
            if (!written.TargetType.Equals("DRIVER", StringComparison.OrdinalIgnoreCase))
                throw new TranslationException(where, $"TARGETTYPE={written.TargetType}: --driver builds a DRIVER");
            if (written.Libraries.FirstOrDefault(l => !DriverKitImports.Contains(l, StringComparer.OrdinalIgnoreCase)) is { } other)
                throw new TranslationException(where, $"TARGETLIBS names '{other}': a driver outside the tree links only the import libraries of {string.Join(" and ", DriverKitImports)}");
            var kernel = ImageTree.Load(options.SourceRoot);
            var image = new ImageSpec
            {
                Directory = written.Directory,
                RelativeDirectory = ".",
                TargetName = written.TargetName,
                TargetType = written.TargetType,
                Sources = written.Sources,
                IncludeDirectories = [.. written.IncludeDirectories, .. DriverKitIncludes.Select(i => Path.GetFullPath(Path.Combine(options.SourceRoot, i)))],
                Defines = written.Defines,
                Libraries = DriverKitImports,
                EntryName = written.EntryName,
                EntryRequired = written.EntryRequired,
            };
            var importable = new Dictionary<string, ImportableSymbol>(StringComparer.Ordinal);
            foreach (var exporter in DriverKitImports)
            {
                var spec = kernel.FirstOrDefault(s => s.TargetName.Equals(exporter, StringComparison.OrdinalIgnoreCase) && s.ModuleDefinition is not null)
                    ?? throw new TranslationException(where, $"the kernel tree {options.SourceRoot} has no image {exporter} with a module-definition file");
                var exports = DefFile.ReadExports(spec.ModuleDefinition!).Select(e => new ExportedSymbol(e.Name, e.Internal, e.IsData, e.IsPrivate, e.Location)).ToList();
                foreach (var (name, symbol) in ExportTable.Importable(spec.TargetName, exports))
                    importable.TryAdd(name, symbol);
            }
            var tree = new TreeOptions { SourceRoot = options.DriverDirectory, OutputRoot = options.OutputRoot, RepositoryRoot = options.RepositoryRoot, Image = image.TargetName };
            var translation = new TranslationResult();
            var objects = Translator.Parse(image.Sources, ParseOptions(image, tree), translation);
            if (translation.Diagnostics.All(d => d.Severity != Severity.Error))
            {
                var units = ArchiveLinker.Select(objects, [], image.EntryName is { } entry ? [entry] : []);
                Translator.Link(units, LinkOptions(image, tree, source => OutputName(source, image, new(), tree, new()), importable, []), translation);
            }
            result.Diagnostics.AddRange(translation.Diagnostics);
            result.InternalError |= translation.InternalError;
            if (!translation.Succeeded)
                return result;
            result.Images = 1;
            var produced = new Dictionary<string, string>(StringComparer.Ordinal);
            Produce(image, translation, tree, produced);
            Deliver(produced, tree, result);
        }
        catch (TranslationException e)
        {
            result.Diagnostics.Add(e.ToDiagnostic());
        }
        return result;
    }
}
