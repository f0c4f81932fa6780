using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Macros: an expression written as an object-like macro whose value is an integer constant keeps the macro's name
// (STATUS_BUFFER_TOO_SMALL, PAGE_SIZE), from libclang's detailed preprocessing record.
internal sealed partial class CAstBuilder
{
    private readonly record struct Expansion(string Name, Cursor Definition);

    /// <summary>A macro body that stands as one expression: where its first token is, and whether it is written in hex.</summary>
    private readonly record struct MacroBody(nint File, uint Start, bool IsHex);

    /// <summary>Object-like macro expansions, by where the macro's name is written.</summary>
    private readonly Dictionary<(nint File, uint Offset), Expansion> _expansions = [];

    private readonly Dictionary<Cursor, MacroBody?> _bodies = new(CursorComparer.Instance);

    private readonly Dictionary<(string Name, ulong Value, string Type), CMacroConstantDecl> _macroConstants = [];

    private void CollectExpansions(List<Cursor> children)
    {
        foreach (var child in children)
        {
            if (child.Kind != CXCursorKind.MacroExpansion)
                continue;
            var definition = new Cursor(LibClang.clang_getCursorReferenced(child.Raw));
            if (definition.IsNull || LibClang.clang_Cursor_isMacroFunctionLike(definition.Raw) != 0 || LibClang.clang_Cursor_isMacroBuiltin(definition.Raw) != 0)
                continue;
            LibClang.clang_getExpansionLocation(child.Location, out nint file, out _, out _, out uint offset);
            _expansions[(file, offset)] = new Expansion(child.Spelling, definition);
        }
    }

    /// <summary>
    /// The expression as a literal keeping the name of the object-like macro it is written as, if it is exactly one
    /// such macro's body (a literal, a sign and a literal, or one parenthesised expression) and an integer constant.
    /// </summary>
    private CIntLiteral? MacroConstant(Cursor cursor, SourceLoc location)
    {
        var extent = cursor.Extent;
        var start = LibClang.clang_getRangeStart(extent);
        LibClang.clang_getExpansionLocation(start, out nint file, out _, out _, out uint offset);
        if (!_expansions.TryGetValue((file, offset), out var expansion))
            return null;
        // A range ending inside a macro ends where the macro's name does (libclang widens it to the expansion).
        LibClang.clang_getExpansionLocation(LibClang.clang_getRangeEnd(extent), out nint endFile, out _, out _, out uint end);
        if (endFile != file || end != offset + (uint)expansion.Name.Length)
            return null;
        if (Body(expansion.Definition) is not { } body)
            return null;
        LibClang.clang_getSpellingLocation(start, out nint spellingFile, out _, out _, out uint spelled);
        if (spellingFile != body.File || spelled != body.Start)
            return null;
        var type = Type(cursor.Type, location);
        if (!type.IsInteger || EvaluateInteger(cursor) is not { } value)
            return null;
        var bits = CIntegers.Truncate((ulong)value, type);
        var key = (expansion.Name, bits, type.Unqualified.Spelling);
        if (!_macroConstants.TryGetValue(key, out var constant))
            _macroConstants[key] = constant = new CMacroConstantDecl(expansion.Name, Loc(expansion.Definition), bits, type.Unqualified, body.IsHex);
        return new CIntLiteral(location, type, bits) { IsHex = body.IsHex, Macro = constant };
    }

    /// <summary>The macro's body, if it is one expression by its tokens alone: <c>0x1000</c>, <c>-1</c>, <c>((NTSTATUS)0xC0000023L)</c>.</summary>
    private MacroBody? Body(Cursor definition)
    {
        if (_bodies.TryGetValue(definition, out var known))
            return known;
        var tokens = _unit.TokenSpans(definition);
        MacroBody? body = null;
        if (tokens.Count >= 2)
        {
            var text = tokens.Skip(1).Select(t => t.Text).ToList();
            bool single = text is [_] && tokens[1].Kind == CXTokenKind.Literal
                || text is ["-" or "~" or "+", _] && tokens[2].Kind == CXTokenKind.Literal;
            if (single || (text[0] == "(" && MatchingParenthesis(text) == text.Count - 1))
                body = new MacroBody(tokens[1].File, tokens[1].Offset, text.Any(t => t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)));
        }
        _bodies[definition] = body;
        return body;
    }

    /// <summary>The index of the token closing the parenthesis the first token opens, or -1.</summary>
    private static int MatchingParenthesis(List<string> tokens)
    {
        int depth = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            depth += tokens[i] == "(" ? 1 : tokens[i] == ")" ? -1 : 0;
            if (depth == 0)
                return i;
        }
        return -1;
    }
}
