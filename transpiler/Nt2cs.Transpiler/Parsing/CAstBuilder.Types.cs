using System.Runtime.InteropServices;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Clang;
using Nt2cs.Transpiler.Diagnostics;

namespace Nt2cs.Transpiler.Parsing;

// Types: clang's canonical types mapped to CType, with records and enums built once per declaration.
internal sealed partial class CAstBuilder
{
    /// <summary>
    /// The type, built from clang's canonical type, keeping the typedef name it was written with (<c>ULONG</c>,
    /// <c>PLIST_ENTRY</c>) and those of what a pointer, array or function type written out is made of
    /// (<c>PLIST_ENTRY *</c>), so the C# can say them too.
    /// </summary>
    private CType Type(CXType type, SourceLoc location)
    {
        var canonical = LibClang.clang_getCanonicalType(type);
        bool isConst = LibClang.clang_isConstQualifiedType(canonical) != 0;
        bool isVolatile = LibClang.clang_isVolatileQualifiedType(canonical) != 0;
        var written = type;
        while (written.Kind == CXTypeKind.Elaborated)
            written = LibClang.clang_Type_getNamedType(written);
        if (written.Kind == CXTypeKind.Typedef)
            return UnqualifiedType(canonical, location).Qualified(isConst, isVolatile).Named(TypedefName(written));
        bool composed = written.Kind is CXTypeKind.Pointer or CXTypeKind.ConstantArray or CXTypeKind.IncompleteArray
            or CXTypeKind.VariableArray or CXTypeKind.FunctionProto or CXTypeKind.FunctionNoProto;
        var result = UnqualifiedType(composed ? written : canonical, location);
        // Clang's canonical form keeps an array's qualifiers on the array, not on its element: so does this.
        if (result is CArrayType array && (isConst || isVolatile))
            result = new CArrayType(array.Element.Qualified(array.Element.IsConst && !isConst, array.Element.IsVolatile && !isVolatile), array.Length)
            {
                IsVariable = array.IsVariable,
                LengthVariable = array.LengthVariable,
            };
        return result.Qualified(isConst, isVolatile);
    }

    /// <summary>A typedef type's name, read once per typedef (types of the same typedef share clang's type pointer).</summary>
    private string TypedefName(CXType typedef)
    {
        if (!_typedefNames.TryGetValue(typedef.Data0, out var name))
            _typedefNames[typedef.Data0] = name = LibClang.Take(LibClang.clang_getTypedefName(typedef));
        return name;
    }

    private readonly Dictionary<nint, string> _typedefNames = [];

    private CType UnqualifiedType(CXType type, SourceLoc location)
    {
        switch (type.Kind)
        {
            case CXTypeKind.Void: return CVoidType.Instance;
            case CXTypeKind.Bool: return CIntType.Bool;
            case CXTypeKind.Char_S: return CIntType.Char;
            case CXTypeKind.Char_U: return CIntType.UChar;
            case CXTypeKind.SChar: return CIntType.SChar;
            case CXTypeKind.UChar: return CIntType.UChar;
            case CXTypeKind.Short: return CIntType.Short;
            case CXTypeKind.UShort: return CIntType.UShort;
            case CXTypeKind.WChar: return CIntType.WChar;
            case CXTypeKind.Char16: return CIntType.UShort;
            case CXTypeKind.Int: return CIntType.Int;
            case CXTypeKind.UInt: return CIntType.UInt;
            case CXTypeKind.Long: return CIntType.Long;
            case CXTypeKind.ULong: return CIntType.ULong;
            case CXTypeKind.LongLong: return CIntType.LongLong;
            case CXTypeKind.ULongLong: return CIntType.ULongLong;
            case CXTypeKind.Float: return CFloatType.Float;
            case CXTypeKind.Double: return CFloatType.Double;
            case CXTypeKind.LongDouble:
                if (LibClang.clang_Type_getSizeOf(type) != 8)
                    throw TranslationException.Unsupported(location, "long double wider than double");
                return CFloatType.Double;
            case CXTypeKind.Pointer:
                return new CPointerType(Type(LibClang.clang_getPointeeType(type), location));
            case CXTypeKind.ConstantArray:
                return new CArrayType(Type(LibClang.clang_getArrayElementType(type), location), LibClang.clang_getArraySize(type));
            case CXTypeKind.IncompleteArray:
                return new CArrayType(Type(LibClang.clang_getArrayElementType(type), location), null);
            case CXTypeKind.VariableArray:
                return VariableArrayType(type, location);
            case CXTypeKind.DependentSizedArray:
                throw TranslationException.Unsupported(location, "array of a dependent size");
            case CXTypeKind.FunctionProto:
            case CXTypeKind.FunctionNoProto:
                return FunctionType(type, location);
            case CXTypeKind.Record:
                return new CRecordType(Record(new Cursor(LibClang.clang_getTypeDeclaration(type))));
            case CXTypeKind.Enum:
                return new CEnumType(Enum(new Cursor(LibClang.clang_getTypeDeclaration(type))));
            case CXTypeKind.Unexposed when LibClang.Take(LibClang.clang_getTypeSpelling(type)) == "<builtin fn type>":
                // A compiler builtin (__exception_code, _InterlockedIncrement…): its calls are typed by the call
                // expression and translated by name, so a variadic placeholder stands for its signature.
                return new CFunctionType(CVoidType.Instance, [], isVariadic: true, hasPrototype: true, CCallingConvention.Cdecl);
            case CXTypeKind.LValueReference:
                // C has no references; only builtins' signatures have them (__builtin_va_copy takes va_list&), and
                // those calls are translated by name, so the parameter is typed as what it refers to.
                return Type(LibClang.clang_getPointeeType(type), location);
            case CXTypeKind.Elaborated:
                return UnqualifiedType(LibClang.clang_getCanonicalType(LibClang.clang_Type_getNamedType(type)), location);
            default:
                throw TranslationException.Unsupported(location, $"type {LibClang.Take(LibClang.clang_getTypeSpelling(type))}");
        }
    }

    private CFunctionType FunctionType(CXType type, SourceLoc location)
    {
        var result = Type(LibClang.clang_getResultType(type), location);
        var parameters = new List<CType>();
        bool hasPrototype = type.Kind == CXTypeKind.FunctionProto;
        if (hasPrototype)
        {
            int count = LibClang.clang_getNumArgTypes(type);
            for (uint i = 0; i < count; i++)
                parameters.Add(AdjustParameter(Type(LibClang.clang_getArgType(type, i), location)));
        }
        var convention = LibClang.clang_getFunctionTypeCallingConv(type) switch
        {
            CXCallingConv.X86StdCall => CCallingConvention.Stdcall,
            CXCallingConv.X86FastCall => CCallingConvention.Fastcall,
            CXCallingConv.C or CXCallingConv.Default => CCallingConvention.Cdecl,
            var other => throw TranslationException.Unsupported(location, $"calling convention {other}"),
        };
        bool variadic = hasPrototype && LibClang.clang_isFunctionTypeVariadic(type) != 0;
        return new CFunctionType(result, parameters, variadic, hasPrototype, convention);
    }

    /// <summary>
    /// A parameter declared as an array or function is a pointer (C11 6.7.6.3). libclang reports such
    /// parameters by the type as written, so the adjustment is made here.
    /// </summary>
    private static CType AdjustParameter(CType type) => type switch
    {
        CArrayType array => new CPointerType(array.Element),
        CFunctionType => new CPointerType(type),
        _ => type,
    };

    private CRecordDecl Record(Cursor declaration)
    {
        var canonical = declaration.Canonical;
        if (_decls.TryGetValue(canonical, out var known))
            return (CRecordDecl)known;
        var location = Loc(declaration);
        bool isUnion = declaration.Kind == CXCursorKind.UnionDecl;
        bool anonymous = LibClang.clang_Cursor_isAnonymous(declaration.Raw) != 0 || declaration.Spelling.Contains(' ');
        var record = new CRecordDecl(anonymous ? AnonymousName(isUnion ? "union" : "struct") : declaration.Spelling, location, isUnion)
        {
            IsAnonymous = anonymous,
        };
        _decls[canonical] = record;
        _result.Records.Add(record);
        var definition = declaration.Definition;
        if (!definition.IsNull)
            RecordFields(record, definition);
        return record;
    }

    private unsafe void RecordFields(CRecordDecl record, Cursor definition)
    {
        var type = definition.Type;
        record.Size = LibClang.clang_Type_getSizeOf(type);
        record.Align = LibClang.clang_Type_getAlignOf(type);
        record.IsComplete = record.Size >= 0;
        if (!record.IsComplete)
        {
            record.Size = 0;
            record.Align = 1;
            return;
        }
        var fields = new List<Cursor>();
        var handle = GCHandle.Alloc(fields);
        try
        {
            LibClang.clang_Type_visitFields(type, &CollectField, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        foreach (var cursor in fields)
        {
            var location = Loc(cursor);
            var fieldType = Type(cursor.Type, location);
            long bitOffset = LibClang.clang_Cursor_getOffsetOfField(cursor.Raw);
            if (bitOffset < 0)
                throw TranslationException.Unsupported(location, $"layout of field {cursor.Spelling}");
            bool isBitField = LibClang.clang_Cursor_isBitField(cursor.Raw) != 0;
            int width = isBitField ? LibClang.clang_getFieldDeclBitWidth(cursor.Raw) : -1;
            // An anonymous struct or union member: libclang spells its implicit field like its type
            // ("union flags::(anonymous at f.c:3:5)"); it has no name of its own.
            bool anonymousMember = fieldType is CRecordType { Decl.IsAnonymous: true } && (cursor.Spelling.Length == 0 || cursor.Spelling.Contains(' '));
            var name = anonymousMember ? "" : cursor.Spelling;
            var field = isBitField
                ? new CField(name, fieldType, bitOffset / 8, width, (int)(bitOffset % 8))
                : new CField(name, fieldType, bitOffset / 8, -1, 0) { IsAnonymousMember = anonymousMember };
            if (!isBitField && (bitOffset % 8 != 0 || (fieldType.Align > 1 && bitOffset / 8 % fieldType.Align != 0)))
                record.HasUnalignedFields = true;
            _fields[cursor] = field;
            record.Fields.Add(field);
        }
    }

    [UnmanagedCallersOnly]
    private static int CollectField(CXCursor cursor, nint data)
    {
        ((List<Cursor>)GCHandle.FromIntPtr(data).Target!).Add(new Cursor(cursor));
        return 1; // CXVisit_Continue
    }

    private CEnumDecl Enum(Cursor declaration)
    {
        var canonical = declaration.Canonical;
        if (_decls.TryGetValue(canonical, out var known))
            return (CEnumDecl)known;
        var location = Loc(declaration);
        var integerType = Type(LibClang.clang_getEnumDeclIntegerType(declaration.Raw), location) as CIntType
            ?? throw TranslationException.Unsupported(location, "enum with a non-integer type");
        bool anonymous = LibClang.clang_Cursor_isAnonymous(declaration.Raw) != 0 || declaration.Spelling.Contains(' ');
        var decl = new CEnumDecl(anonymous ? AnonymousName("enum") : declaration.Spelling, location, (CIntType)integerType.Unqualified)
        {
            IsAnonymous = anonymous,
        };
        _decls[canonical] = decl;
        _result.Enums.Add(decl);
        var definition = declaration.Definition;
        if (!definition.IsNull)
        {
            foreach (var child in definition.Children())
            {
                if (child.Kind != CXCursorKind.EnumConstantDecl)
                    continue;
                long value = LibClang.clang_getEnumConstantDeclValue(child.Raw);
                var constant = new CEnumConstantDecl(child.Spelling, Loc(child), value, CIntType.Int);
                _decls[child] = constant;
                decl.Constants.Add(constant);
            }
        }
        return decl;
    }
}
