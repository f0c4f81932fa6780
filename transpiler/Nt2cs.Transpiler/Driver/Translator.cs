using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;
using Nt2cs.Transpiler.Emit;
using Nt2cs.Transpiler.Lowering;
using Nt2cs.Transpiler.Parsing;

namespace Nt2cs.Transpiler.Driver;

/// <summary>The outcome of translating an image: its C# files, or the diagnostics that stopped it.</summary>
public sealed class TranslationResult
{
    public List<Diagnostic> Diagnostics { get; } = [];
    public IReadOnlyList<GeneratedFile> Files { get; set; } = [];

    /// <summary>The namespace and class that hold the image (for loading it).</summary>
    public string Namespace { get; set; } = "";
    public string ClassName { get; set; } = "";

    /// <summary>Every file the translation read (sources and headers), for caching.</summary>
    public List<string> Inclusions { get; } = [];


    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && Files.Count > 0;

    /// <summary>The translator failed (a bug), as opposed to rejecting the C.</summary>
    public bool InternalError { get; set; }

    /// <summary>Where the translation spent its time, for <c>-v</c>.</summary>
    public PhaseTimings Timings { get; } = new();
}

/// <summary>
/// C sources in, C# out, in the two steps of a C build: <see cref="Parse"/> compiles sources into objects (C AST
/// units, in parallel); <see cref="Link"/> links objects into an image (the whole-image passes, then emission).
/// </summary>
public static class Translator
{
    /// <summary>Sources compiled and linked into one image with one set of options (exec, translate FILE.c…).</summary>
    public static TranslationResult Translate(IReadOnlyList<string> sources, TranslationOptions options)
    {
        var result = new TranslationResult();
        var units = Parse(sources, options, result);
        return Link(units, options, result);
    }

    /// <summary>
    /// Links objects into the image <paramref name="options"/> describe, adding to <paramref name="result"/> (which
    /// may hold the diagnostics of parsing them): nothing is linked after an error.
    /// </summary>
    public static TranslationResult Link(IReadOnlyList<CTranslationUnit> units, TranslationOptions options, TranslationResult result)
    {
        if (result.Diagnostics.Any(d => d.Severity == Severity.Error) || units.Count == 0)
            return result;
        var name = options.ImageName ?? Path.GetFileNameWithoutExtension(units[0].Path);
        var image = new CImage(name, units);
        var emitOptions = new EmitOptions
        {
            Namespace = options.Namespace ?? NamespaceFor(name),
            ClassName = options.ClassName ?? "Program",
            SourcePath = options.SourcePath,
            OutputName = options.OutputName,
            IsProgram = options.IsProgram ?? !options.Freestanding,
            InPlaceStatements = options.InPlaceStatements,
            AheadOfTime = options.AheadOfTime,
            Hosted = options.Hosted ?? !options.Freestanding,
        };
        try
        {
            LoweringPipeline.Run(image, new LoweringContext
            {
                LibraryFunctions = options.Freestanding ? new Dictionary<string, string>() : LibraryShapes.Value,
                IntrinsicFunctions = IntrinsicShapes.Value,
                Interface = options.Interface,
                PartStatements = options.PartStatements,
            }, result.Timings, options.OmittedPasses);
            // As a linker would: a program asked for as one (exec, a PROGRAM image) needs its entry point.
            if (options.IsProgram == true && !image.Functions.Any(f => f.Name == "main" && !f.IsStatic))
                throw new TranslationException(SourceLoc.None, $"undefined reference to 'main' (program {name} has no main function)");
            result.Files = ImageEmitter.Emit(image, emitOptions, result.Timings);
            result.Namespace = emitOptions.Namespace;
            result.ClassName = emitOptions.ClassName;
        }
        catch (TranslationException e)
        {
            result.Diagnostics.Add(e.ToDiagnostic());
        }
        catch (InternalTranslationException e)
        {
            result.Diagnostics.Add(e.ToDiagnostic());
            result.InternalError = true;
        }
        return result;
    }

    /// <summary>
    /// Parses and builds each translation unit, in parallel (libclang indexes are per thread), with the
    /// precompiled header of <paramref name="options"/> when there is one; the units come back in source order, and
    /// diagnostics go to <paramref name="result"/>.
    /// </summary>
    public static List<CTranslationUnit> Parse(IReadOnlyList<string> sources, TranslationOptions options, TranslationResult result)
    {
        if (!LibClangResolver.TryLoad(out var failure))
            throw new LibClangMissingException(failure!);
        var arguments = options.ClangArguments().ToList();
        string? pch = null;
        if (options.PrecompiledHeader is { } header)
        {
            pch = Path.Combine(Path.GetTempPath(), $"nt2cs-{Environment.ProcessId}-{Guid.NewGuid():N}.pch");
            var errors = ParsedUnit.Precompile(header, arguments, pch);
            if (errors is not null)
            {
                result.Diagnostics.AddRange(errors);
                return [];
            }
            arguments.AddRange(["-include-pch", pch]);
        }
        try
        {
            var outcomes = new (CTranslationUnit? Unit, List<Diagnostic> Diagnostics, bool Internal)[sources.Count];
            Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, i =>
                outcomes[i] = ParseOne(sources[i], arguments, result.Timings));
            var units = new List<CTranslationUnit>();
            foreach (var (unit, diagnostics, internalError) in outcomes)
            {
                result.Diagnostics.AddRange(diagnostics);
                result.InternalError |= internalError;
                if (unit is null)
                    continue;
                units.Add(unit);
                result.Inclusions.AddRange(unit.Inclusions);
            }
            return units;
        }
        finally
        {
            if (pch is not null)
                File.Delete(pch);
        }
    }

    private static (CTranslationUnit?, List<Diagnostic>, bool) ParseOne(string source, IReadOnlyList<string> arguments, PhaseTimings timings)
    {
        if (!File.Exists(source))
            return (null, [new Diagnostic(Severity.Error, SourceLoc.None,
                Directory.Exists(source) ? $"{source} is a directory, not a C file" : $"no such file: {source}")], false);
        ParsedUnit parsed;
        try
        {
            parsed = timings.Measure("parse", () => ParsedUnit.Parse(source, arguments));
        }
        catch (TranslationException e)
        {
            return (null, [e.ToDiagnostic()], false);
        }
        using var _ = parsed;
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        if (parsed.HasErrors)
            return (null, diagnostics, false);
        try
        {
            return (timings.Measure("C AST", () => CAstBuilder.Build(parsed)), diagnostics, false);
        }
        catch (TranslationException e)
        {
            diagnostics.Add(e.ToDiagnostic());
            return (null, diagnostics, false);
        }
        catch (InternalTranslationException e)
        {
            diagnostics.Add(e.ToDiagnostic());
            return (null, diagnostics, true);
        }
    }

    /// <summary>
    /// A C# namespace from an image name: <c>hello-world</c> ⇒ <c>Hello_world</c>; a name the generated code uses
    /// for something else (the runtime's <c>Bits</c>, <c>System</c>) gets a trailing underscore.
    /// </summary>
    public static string NamespaceFor(string name)
    {
        var sanitized = CsNames.Sanitize(name);
        var candidate = char.ToUpperInvariant(sanitized[0]) + sanitized[1..];
        return ReservedNamespaces.Value.Contains(candidate) || CsNames.IsKeyword(candidate) ? candidate + "_" : candidate;
    }

    private static readonly Lazy<HashSet<string>> ReservedNamespaces = new(() =>
        typeof(Runtime.Mem).Assembly.GetExportedTypes().Select(t => t.Name.Split('`')[0])
            .Concat(CsNames.Generated).Concat(["System", "Microsoft", "Nt2cs"]).ToHashSet(StringComparer.Ordinal));

    /// <summary>The hosted C library's functions and their calling shapes, read from the runtime.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LibraryShapes = new(() =>
        Runtime.Library.Functions.ToDictionary(m => m.Name, Runtime.AbiShape.Of, StringComparer.Ordinal));

    /// <summary>MSVC's intrinsics the runtime implements, and their calling shapes.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> IntrinsicShapes = new(() =>
        Runtime.Library.IntrinsicFunctions.ToDictionary(m => m.Name, Runtime.AbiShape.Of, StringComparer.Ordinal));
}

/// <summary>libclang could not be loaded: a set-up problem, not a translation error.</summary>
public sealed class LibClangMissingException(string message) : Exception(message);
