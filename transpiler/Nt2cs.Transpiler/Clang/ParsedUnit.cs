using System.Runtime.InteropServices;
using System.Text;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Clang;

/// <summary>A C file parsed by libclang, with its diagnostics. Owns the index and translation unit.</summary>
internal sealed unsafe class ParsedUnit : IDisposable
{
    private nint _index;
    private nint _unit;
    private readonly Dictionary<nint, string> _fileNames = [];

    private ParsedUnit(string path, nint index, nint unit)
    {
        Path = path;
        _index = index;
        _unit = unit;
    }

    public string Path { get; }
    public nint Handle => _unit;
    public Cursor Root => new(LibClang.clang_getTranslationUnitCursor(_unit));
    public List<Diagnostic> Diagnostics { get; } = [];
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Parses <paramref name="path"/> as C (whatever its extension: clang would take a file without one for a
    /// linker input) with clang command-line <paramref name="arguments"/>.
    /// </summary>
    public static ParsedUnit Parse(string path, IReadOnlyList<string> arguments) =>
        Parse(path, [.. arguments, "-x", "c"], CXTranslationUnitFlags.DetailedPreprocessingRecord);

    /// <summary>
    /// Precompiles <paramref name="header"/> into <paramref name="output"/>, so the translation units of an image
    /// that begin with it (NT's PRECOMPILED_INCLUDE) parse it once; null on success, else clang's diagnostics.
    /// </summary>
    public static List<Diagnostic>? Precompile(string header, IReadOnlyList<string> arguments, string output)
    {
        using var unit = Parse(header, [.. arguments, "-x", "c-header"], CXTranslationUnitFlags.ForSerialization | CXTranslationUnitFlags.DetailedPreprocessingRecord);
        if (unit.HasErrors)
            return unit.Diagnostics;
        nint path = Marshal.StringToCoTaskMemUTF8(output);
        try
        {
            return LibClang.clang_saveTranslationUnit(unit._unit, (byte*)path, 0) == 0
                ? null
                : [new Diagnostic(Severity.Error, SourceLoc.None, $"could not write the precompiled header {output}")];
        }
        finally
        {
            Marshal.FreeCoTaskMem(path);
        }
    }

    private static ParsedUnit Parse(string path, IReadOnlyList<string> arguments, CXTranslationUnitFlags flags)
    {
        nint index = LibClang.clang_createIndex(0, 0);
        var pinned = new List<nint>();
        try
        {
            var argv = stackalloc byte*[arguments.Count];
            for (int i = 0; i < arguments.Count; i++)
            {
                nint text = Marshal.StringToCoTaskMemUTF8(arguments[i]);
                pinned.Add(text);
                argv[i] = (byte*)text;
            }
            nint file = Marshal.StringToCoTaskMemUTF8(path);
            pinned.Add(file);
            var error = LibClang.clang_parseTranslationUnit2(index, (byte*)file, argv, arguments.Count, null, 0,
                flags, out nint unit);
            if (error != CXErrorCode.Success || unit == 0)
            {
                LibClang.clang_disposeIndex(index);
                throw new TranslationException(SourceLoc.None, $"clang could not parse {path} ({error})");
            }
            var parsed = new ParsedUnit(path, index, unit);
            parsed.CollectDiagnostics();
            return parsed;
        }
        finally
        {
            foreach (var p in pinned)
                Marshal.FreeCoTaskMem(p);
        }
    }

    private void CollectDiagnostics()
    {
        uint count = LibClang.clang_getNumDiagnostics(_unit);
        for (uint i = 0; i < count; i++)
        {
            nint diagnostic = LibClang.clang_getDiagnostic(_unit, i);
            try
            {
                var severity = LibClang.clang_getDiagnosticSeverity(diagnostic) switch
                {
                    CXDiagnosticSeverity.Error or CXDiagnosticSeverity.Fatal => Severity.Error,
                    CXDiagnosticSeverity.Warning => Severity.Warning,
                    CXDiagnosticSeverity.Note => Severity.Note,
                    _ => (Severity?)null,
                };
                if (severity is null)
                    continue;
                var location = PresumedLocation(LibClang.clang_getDiagnosticLocation(diagnostic));
                var message = LibClang.Take(LibClang.clang_getDiagnosticSpelling(diagnostic));
                Diagnostics.Add(new Diagnostic(severity.Value, location, message));
            }
            finally
            {
                LibClang.clang_disposeDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>Where a cursor is: the expansion location (a macro's use site), cheap to compute.</summary>
    public SourceLoc Locate(CXSourceLocation location)
    {
        LibClang.clang_getExpansionLocation(location, out nint file, out uint line, out uint column, out _);
        if (file == 0)
            return SourceLoc.None;
        if (!_fileNames.TryGetValue(file, out var name))
        {
            name = LibClang.Take(LibClang.clang_getFileName(file));
            _fileNames[file] = name;
        }
        return new SourceLoc(name, (int)line, (int)column);
    }

    public static SourceLoc PresumedLocation(CXSourceLocation location)
    {
        LibClang.clang_getPresumedLocation(location, out var file, out uint line, out uint column);
        var name = LibClang.Take(file);
        return name.Length == 0 ? SourceLoc.None : new SourceLoc(name, (int)line, (int)column);
    }

    /// <summary>The source and every file it included.</summary>
    public List<string> Inclusions()
    {
        var files = new List<string>();
        var handle = GCHandle.Alloc(files);
        try
        {
            LibClang.clang_getInclusions(_unit, &CollectInclusion, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        return files.Distinct().ToList();
    }

    [UnmanagedCallersOnly]
    private static void CollectInclusion(nint file, CXSourceLocation* stack, uint depth, nint data)
    {
        var files = (List<string>)GCHandle.FromIntPtr(data).Target!;
        files.Add(LibClang.Take(LibClang.clang_getFileName(file)));
    }

    /// <summary>
    /// The source text from a cursor's first character on, when it is written where it is used (null when it
    /// comes from a macro's expansion): a look at the file's buffer, where tokenizing the cursor's extent costs a
    /// lexer run (which made the literals of a 240,000-line file take minutes).
    /// </summary>
    public byte[]? WrittenText(Cursor cursor, int length)
    {
        var location = cursor.Location;
        LibClang.clang_getSpellingLocation(location, out nint file, out _, out _, out uint offset);
        LibClang.clang_getExpansionLocation(location, out nint expansionFile, out _, out _, out uint expansionOffset);
        if (file == 0 || file != expansionFile || offset != expansionOffset)
            return null;
        byte* contents = LibClang.clang_getFileContents(_unit, file, out nuint size);
        return contents == null ? null : new ReadOnlySpan<byte>(contents + offset, (int)Math.Min((nuint)length, size - offset)).ToArray();
    }

    /// <summary>The token spelled where a cursor starts: inside a macro's body when the cursor comes from one.</summary>
    public string? SpelledFirstToken(Cursor cursor)
    {
        LibClang.clang_getSpellingLocation(cursor.Location, out nint file, out _, out _, out uint offset);
        if (file == 0)
            return null;
        var token = LibClang.clang_getToken(_unit, LibClang.clang_getLocationForOffset(_unit, file, offset));
        if (token == null)
            return null;
        try
        {
            return LibClang.Take(LibClang.clang_getTokenSpelling(_unit, *token));
        }
        finally
        {
            LibClang.clang_disposeTokens(_unit, token, 1);
        }
    }

    /// <summary>
    /// Whether a cursor's extent, where its tokens are spelled, is at most <paramref name="bytes"/> long in one
    /// file: a macro's expansion can give an extent from the macro's definition to its use, which tokenizing
    /// would lex all of (most of a 240,000-line file, for each such literal).
    /// </summary>
    public bool SpansAtMost(Cursor cursor, uint bytes)
    {
        var extent = cursor.Extent;
        LibClang.clang_getSpellingLocation(LibClang.clang_getRangeStart(extent), out nint file, out _, out _, out uint start);
        LibClang.clang_getSpellingLocation(LibClang.clang_getRangeEnd(extent), out nint endFile, out _, out _, out uint end);
        return file == endFile && end >= start && end - start <= bytes;
    }

    /// <summary>The tokens a cursor spans, as written.</summary>
    public List<(CXTokenKind Kind, string Text)> Tokens(Cursor cursor)
    {
        LibClang.clang_tokenize(_unit, cursor.Extent, out CXToken* tokens, out uint count);
        var result = new List<(CXTokenKind, string)>((int)count);
        try
        {
            for (uint i = 0; i < count; i++)
                result.Add((LibClang.clang_getTokenKind(tokens[i]), LibClang.Take(LibClang.clang_getTokenSpelling(_unit, tokens[i]))));
        }
        finally
        {
            if (tokens != null)
                LibClang.clang_disposeTokens(_unit, tokens, count);
        }
        return result;
    }

    /// <summary>The tokens a cursor spans, as written, each with the file and offset it starts at.</summary>
    public List<(CXTokenKind Kind, string Text, nint File, uint Offset)> TokenSpans(Cursor cursor)
    {
        LibClang.clang_tokenize(_unit, cursor.Extent, out CXToken* tokens, out uint count);
        var result = new List<(CXTokenKind, string, nint, uint)>((int)count);
        try
        {
            for (uint i = 0; i < count; i++)
            {
                LibClang.clang_getSpellingLocation(LibClang.clang_getTokenLocation(_unit, tokens[i]), out nint file, out _, out _, out uint offset);
                result.Add((LibClang.clang_getTokenKind(tokens[i]), LibClang.Take(LibClang.clang_getTokenSpelling(_unit, tokens[i])), file, offset));
            }
        }
        finally
        {
            if (tokens != null)
                LibClang.clang_disposeTokens(_unit, tokens, count);
        }
        return result;
    }

    /// <summary>
    /// Byte offset in its file where a cursor starts as the file reads: for code a macro expands to, where the
    /// macro is used (its spelling is in the macro's definition, which may be anywhere before).
    /// </summary>
    public uint ExpansionOffset(Cursor cursor)
    {
        var begin = LibClang.clang_getRangeStart(cursor.Extent);
        LibClang.clang_getExpansionLocation(begin, out _, out _, out _, out uint offset);
        return offset;
    }

    /// <summary>Spelling offsets of the two semicolons in a <c>for</c> header.</summary>
    public (uint First, uint Second) ForHeaderSemicolons(Cursor forStatement)
    {
        LibClang.clang_tokenize(_unit, forStatement.Extent, out CXToken* tokens, out uint count);
        try
        {
            int depth = 0;
            var semicolons = new List<uint>(2);
            for (uint i = 0; i < count && semicolons.Count < 2; i++)
            {
                string text = LibClang.Take(LibClang.clang_getTokenSpelling(_unit, tokens[i]));
                if (text == "(")
                    depth++;
                else if (text == ")")
                    depth--;
                else if (text == ";" && depth == 1)
                {
                    LibClang.clang_getSpellingLocation(LibClang.clang_getTokenLocation(_unit, tokens[i]), out _, out _, out _, out uint offset);
                    semicolons.Add(offset);
                }
            }
            if (semicolons.Count != 2)
                throw TranslationException.Unsupported(Locate(forStatement.Location), "for statement whose header is split across macros");
            return (semicolons[0], semicolons[1]);
        }
        finally
        {
            if (tokens != null)
                LibClang.clang_disposeTokens(_unit, tokens, count);
        }
    }

    /// <summary>A tree dump of the cursors, for debugging the builder (<c>nt2cs dump-ast</c>).</summary>
    public string Dump(Cursor cursor, int maxDepth = 64)
    {
        var text = new StringBuilder();
        DumpInto(text, cursor, 0, maxDepth);
        return text.ToString();
    }

    private void DumpInto(StringBuilder text, Cursor cursor, int depth, int maxDepth)
    {
        var type = cursor.Type;
        var typeName = type.Kind == CXTypeKind.Invalid ? "" : LibClang.Take(LibClang.clang_getTypeSpelling(type));
        string extra = cursor.Kind switch
        {
            CXCursorKind.BinaryOperator or CXCursorKind.CompoundAssignOperator => $" op={cursor.BinaryOperator}",
            CXCursorKind.UnaryOperator => $" op={cursor.UnaryOperator}",
            _ => "",
        };
        text.Append(' ', depth * 2).Append(cursor.Kind).Append(" '").Append(cursor.Spelling).Append("' : ")
            .Append(typeName).Append(extra).Append('\n');
        if (depth < maxDepth)
        {
            foreach (var child in cursor.Children())
                DumpInto(text, child, depth + 1, maxDepth);
        }
    }

    public void Dispose()
    {
        if (_unit != 0)
        {
            LibClang.clang_disposeTranslationUnit(_unit);
            _unit = 0;
        }
        if (_index != 0)
        {
            LibClang.clang_disposeIndex(_index);
            _index = 0;
        }
    }
}
