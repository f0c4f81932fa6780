using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

/// <summary>
/// Builds the typed C AST of one translation unit from libclang's cursors. Sizes, alignments and field offsets
/// come from clang. libclang shows implicit conversions as unexposed expressions; the builder turns each into an
/// explicit <see cref="CCast"/> derived from the operand's and the result's types, so every later stage sees every
/// conversion.
/// </summary>
/// <remarks>One file per part: declarations (here), types, statements, expressions, initializers, conversions.</remarks>
internal sealed partial class CAstBuilder
{
    private readonly ParsedUnit _unit;
    private readonly CTranslationUnit _result;
    private readonly Dictionary<Cursor, CDecl> _decls = new(CursorComparer.Instance);

    /// <summary>
    /// The block-scope declarations (parameters, locals, block-scope statics and externs) of the function being
    /// built, by cursor: kept apart from <see cref="_decls"/>, which would otherwise grow with every local of
    /// every function of the file (its rehashes of a file of thousands of functions are large objects).
    /// </summary>
    private Dictionary<Cursor, CDecl> _locals = new(CursorComparer.Instance);
    private readonly Dictionary<Cursor, CField> _fields = new(CursorComparer.Instance);
    private CFunctionDecl? _function;
    private readonly HashSet<CFunctionDecl> _bodiesBeingBuilt = new(ReferenceEqualityComparer.Instance);
    private int _anonymousCount;

    private CAstBuilder(ParsedUnit unit)
    {
        _unit = unit;
        _result = new CTranslationUnit(unit.Path);
    }

    public static CTranslationUnit Build(ParsedUnit unit)
    {
        var builder = new CAstBuilder(unit);
        builder.BuildTopLevel();
        builder._result.Inclusions.AddRange(unit.Inclusions());
        return builder._result;
    }

    private SourceLoc Loc(Cursor cursor) => _unit.Locate(cursor.Location);

    private void BuildTopLevel()
    {
        var children = _unit.Root.Children();
        CollectExpansions(children);
        foreach (var child in children)
        {
            try
            {
                BuildTopLevel(child);
            }
            catch (Exception e) when (e is not (TranslationException or InternalTranslationException))
            {
                throw new InternalTranslationException(Loc(child), e);
            }
        }
    }

    private void BuildTopLevel(Cursor child)
    {
        switch (child.Kind)
        {
            case CXCursorKind.FunctionDecl:
                Function(child);
                break;
            case CXCursorKind.VarDecl:
                FileScopeVariable(child);
                break;
            case CXCursorKind.StructDecl:
            case CXCursorKind.UnionDecl:
            case CXCursorKind.EnumDecl:
            case CXCursorKind.TypedefDecl:
                DeclareType(child);
                break;
            case CXCursorKind.StaticAssert:
            case CXCursorKind.UnexposedDecl:
            case CXCursorKind.MacroDefinition:
            case CXCursorKind.MacroExpansion:
            case CXCursorKind.InclusionDirective:
                break;
            default:
                throw TranslationException.Unsupported(Loc(child), $"top-level {child.Kind}");
        }
    }

    /// <summary>Registers the record or enum a type declaration introduces, so it is emitted even if unused.</summary>
    private void DeclareType(Cursor cursor)
    {
        if (cursor.Kind == CXCursorKind.TypedefDecl)
        {
            // A variably modified typedef has no C# alias: its arrays become pointers when lowered.
            var type = Type(LibClang.clang_getTypedefDeclUnderlyingType(cursor.Raw), Loc(cursor));
            if (!VariableLengths.IsVariablyModified(type))
                _result.Typedefs.Add((cursor.Spelling, type));
        }
        else
            Type(cursor.Type, Loc(cursor));
    }

    private CFunctionDecl Function(Cursor cursor)
    {
        var canonical = cursor.Canonical;
        CFunctionDecl function;
        if (_decls.TryGetValue(canonical, out var known))
        {
            function = (CFunctionDecl)known;
        }
        else
        {
            var type = Type(cursor.Type, Loc(cursor)) as CFunctionType
                ?? throw TranslationException.Unsupported(Loc(cursor), $"function type of {cursor.Spelling}");
            function = new CFunctionDecl(cursor.Spelling, Loc(cursor), type);
            _decls[canonical] = function;
            _result.Functions.Add(function);
        }
        if (cursor.StorageClass == CXStorageClass.Static)
            function.IsStatic = true;
        if (LibClang.clang_Cursor_isFunctionInlined(cursor.Raw) != 0)
            function.IsInline = true;
        var attributes = cursor.Children();
        if (HasDeclspec(attributes, "noinline"))
            function.IsNoInline = true;
        if (IsDllExport(attributes))
            function.IsDllExport = true;
        // A recursive function reaches its own definition through the calls in its body.
        if (cursor.IsDefinition && function.Body is null && _bodiesBeingBuilt.Add(function))
            FunctionBody(function, cursor);
        return function;
    }

    private void FunctionBody(CFunctionDecl function, Cursor definition)
    {
        var type = Type(definition.Type, Loc(definition)) as CFunctionType
            ?? throw TranslationException.Unsupported(Loc(definition), "function definition type");
        function.Type = type;
        function.Location = Loc(definition);
        var outer = _function;
        var outerLocals = _locals;
        _function = function;
        _locals = new Dictionary<Cursor, CDecl>(CursorComparer.Instance);
        try
        {
            // The parameters are the function's own; its children also include those of a returned function pointer type.
            int count = LibClang.clang_Cursor_getNumArguments(definition.Raw);
            for (uint i = 0; i < count; i++)
            {
                var child = new Cursor(LibClang.clang_Cursor_getArgument(definition.Raw, i));
                // The function type has the adjusted parameter types (arrays and functions become pointers).
                var parameterType = i < type.Parameters.Count ? type.Parameters[(int)i] : Type(child.Type, Loc(child));
                var parameter = new CVarDecl(child.Spelling, Loc(child), parameterType, CStorage.Auto)
                {
                    IsParameter = true,
                };
                _locals[child] = parameter;
                function.Parameters.Add(parameter);
                function.Locals.Add(parameter);
            }
            var lengths = VariableLengthParameters(function, definition);
            var body = definition.Children().LastOrDefault(c => c.Kind == CXCursorKind.CompoundStmt);
            if (!type.HasPrototype && function.Parameters.Count > 0)
                throw TranslationException.Unsupported(function.Location, "K&R-style function definition (no prototype)");
            function.Body = body.Kind == CXCursorKind.CompoundStmt ? (CCompoundStmt)Statement(body) : throw new TranslationException(function.Location, "function without a body");
            if (lengths.Count > 0)
                function.Body.Items.Insert(0, new CDeclStmt(function.Location, lengths));
        }
        finally
        {
            _function = outer;
            _locals = outerLocals;
        }
    }

    /// <summary>Whether a declaration carries <c>__declspec(name)</c>, which libclang shows only as an unexposed attribute.</summary>
    private static bool IsDllExport(List<Cursor> children) => children.Any(c => c.Kind == CXCursorKind.DLLExport);

    /// <summary>Whether one of a declaration's <paramref name="children"/> is <c>__declspec(<paramref name="name"/>)</c>, an attribute libclang does not expose.</summary>
    private bool HasDeclspec(List<Cursor> children, string name) =>
        children.Any(c => c.Kind == CXCursorKind.UnexposedAttr && _unit.Tokens(c).Any(t => t.Text == name));

    /// <summary>
    /// The alignment a variable's declaration asks for, 0 if none. libclang does not expose an alignment
    /// attribute's value, so it is read from clang's own printing of the declaration, where macros are expanded
    /// and the argument printed as written after expansion; an argument that is not an integer literal is refused.
    /// </summary>
    private long DeclaredAlignment(Cursor variable)
    {
        if (!variable.Children().Any(c => c.Kind == CXCursorKind.AlignedAttr))
            return 0;
        var printed = variable.PrettyPrinted;
        int end = printed.IndexOfAny(['=', '{']); // attributes come before any initializer
        var declaration = end < 0 ? printed : printed[..end];
        long align = 0;
        var attributes = AlignmentAttribute().Matches(declaration);
        if (attributes.Count == 0)
            throw TranslationException.Unsupported(Loc(variable), $"an alignment attribute on '{variable.Spelling}' written as '{declaration.Trim()}'");
        foreach (System.Text.RegularExpressions.Match attribute in attributes)
        {
            var argument = attribute.Groups["value"].Value.Trim();
            if (!TryParseInteger(argument, out long value) || value <= 0 || (value & (value - 1)) != 0)
                throw TranslationException.Unsupported(Loc(variable),
                    $"alignment '{argument}' on '{variable.Spelling}' (only an integer constant that is a power of two)");
            align = Math.Max(align, value);
        }
        return align;
    }

    /// <summary>A decimal or hexadecimal integer literal, with any of C's suffixes.</summary>
    private static bool TryParseInteger(string text, out long value)
    {
        var digits = text.TrimEnd('u', 'U', 'l', 'L');
        return digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.TryParse(digits[2..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out value)
            : long.TryParse(digits, System.Globalization.NumberStyles.None, null, out value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:__declspec\(\s*align|_Alignas|alignas|__attribute__\(\(\s*(?:__)?aligned(?:__)?)\s*\((?<value>[^()]*)\)")]
    private static partial System.Text.RegularExpressions.Regex AlignmentAttribute();

    private CVarDecl FileScopeVariable(Cursor cursor)
    {
        var canonical = cursor.Canonical;
        var type = Type(cursor.Type, Loc(cursor));
        CVarDecl variable;
        if (_decls.TryGetValue(canonical, out var known))
        {
            variable = (CVarDecl)known;
            // A later declaration can complete an array type: extern int a[]; int a[10];
            if (variable.Type is CArrayType { Length: null } && type is CArrayType { Length: not null })
                variable.Type = type;
        }
        else
        {
            variable = new CVarDecl(cursor.Spelling, Loc(cursor), type, CStorage.Extern) { IsFileScope = true };
            _decls[canonical] = variable;
            _result.Globals.Add(variable);
        }
        var attributes = cursor.Children();
        if (HasDeclspec(attributes, "selectany"))
            variable.IsSelectAny = true;
        if (IsDllExport(attributes))
            variable.IsDllExport = true;
        variable.DeclaredAlign = Math.Max(variable.DeclaredAlign, DeclaredAlignment(cursor));
        bool isExternDeclaration = cursor.StorageClass == CXStorageClass.Extern && !cursor.IsDefinition;
        if (cursor.StorageClass == CXStorageClass.Static)
            variable.Storage = CStorage.Static;
        else if (!isExternDeclaration && variable.Storage == CStorage.Extern)
            variable.Storage = CStorage.Global;
        var init = new Cursor(LibClang.clang_Cursor_getVarDeclInitializer(cursor.Raw));
        if (!init.IsNull && variable.Init is null)
        {
            variable.Type = type;
            variable.Init = Initializer(variable.Type, init);
        }
        return variable;
    }

    /// <summary>A block-scope variable: a new local, a block-scope static, or a reference to a global.</summary>
    private CVarDecl LocalVariable(Cursor cursor)
    {
        var function = _function!;
        var location = Loc(cursor);
        var storage = cursor.StorageClass;
        if (storage == CXStorageClass.Extern)
        {
            var global = FileScopeVariable(cursor);
            _locals[cursor] = global;
            return global;
        }
        var type = Type(cursor.Type, location);
        var variable = new CVarDecl(cursor.Spelling, location, type, storage == CXStorageClass.Static ? CStorage.Static : CStorage.Auto)
        {
            Owner = function,
        };
        variable.DeclaredAlign = DeclaredAlignment(cursor);
        _locals[cursor] = variable;
        if (variable.Storage == CStorage.Static)
            function.Statics.Add(variable);
        else
            function.Locals.Add(variable);
        var init = new Cursor(LibClang.clang_Cursor_getVarDeclInitializer(cursor.Raw));
        if (!init.IsNull)
        {
            variable.Type = Type(cursor.Type, location);
            variable.Init = Initializer(variable.Type, init);
        }
        return variable;
    }

    private string AnonymousName(string kind) => $"__anon_{kind}{++_anonymousCount}";
}
