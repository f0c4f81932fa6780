using System.Runtime.InteropServices;

namespace Nt2cs.Transpiler.Clang;

/// <summary>
/// The libclang 19 C API: only the functions nt2cs uses. The authoritative reference is clang-c/Index.h.
/// The library is found by <see cref="LibClangResolver"/>.
/// </summary>
internal static unsafe partial class LibClang
{
    public const string Name = "libclang";

    [LibraryImport(Name)] public static partial nint clang_createIndex(int excludeDeclarationsFromPch, int displayDiagnostics);
    [LibraryImport(Name)] public static partial void clang_disposeIndex(nint index);

    [LibraryImport(Name)]
    public static partial CXErrorCode clang_parseTranslationUnit2(nint index, byte* sourceFilename, byte** commandLineArgs,
        int numCommandLineArgs, CXUnsavedFile* unsavedFiles, uint numUnsavedFiles, CXTranslationUnitFlags options, out nint translationUnit);

    [LibraryImport(Name)] public static partial void clang_disposeTranslationUnit(nint translationUnit);
    [LibraryImport(Name)] public static partial int clang_saveTranslationUnit(nint translationUnit, byte* fileName, uint options);
    [LibraryImport(Name)] public static partial CXCursor clang_getTranslationUnitCursor(nint translationUnit);

    [LibraryImport(Name)] public static partial uint clang_getNumDiagnostics(nint translationUnit);
    [LibraryImport(Name)] public static partial nint clang_getDiagnostic(nint translationUnit, uint index);
    [LibraryImport(Name)] public static partial void clang_disposeDiagnostic(nint diagnostic);
    [LibraryImport(Name)] public static partial CXDiagnosticSeverity clang_getDiagnosticSeverity(nint diagnostic);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getDiagnosticLocation(nint diagnostic);
    [LibraryImport(Name)] public static partial CXString clang_getDiagnosticSpelling(nint diagnostic);

    [LibraryImport(Name)] public static partial byte* clang_getCString(CXString text);
    [LibraryImport(Name)] public static partial void clang_disposeString(CXString text);

    [LibraryImport(Name)] public static partial uint clang_visitChildren(CXCursor parent, delegate* unmanaged<CXCursor, CXCursor, nint, CXChildVisitResult> visitor, nint clientData);
    [LibraryImport(Name)] public static partial void clang_getInclusions(nint translationUnit, delegate* unmanaged<nint, CXSourceLocation*, uint, nint, void> visitor, nint clientData);

    [LibraryImport(Name)] public static partial CXCursorKind clang_getCursorKind(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXString clang_getCursorSpelling(CXCursor cursor);
    [LibraryImport(Name)] public static partial nint clang_getCursorPrintingPolicy(CXCursor cursor);
    [LibraryImport(Name)] public static partial void clang_PrintingPolicy_dispose(nint policy);
    [LibraryImport(Name)] public static partial CXString clang_getCursorPrettyPrinted(CXCursor cursor, nint policy);
    [LibraryImport(Name)] public static partial CXType clang_getCursorType(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXType clang_getCursorResultType(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getCursorLocation(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXSourceRange clang_getCursorExtent(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_getCursorReferenced(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_getCursorDefinition(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_getCanonicalCursor(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_getCursorSemanticParent(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_isCursorDefinition(CXCursor cursor);
    [LibraryImport(Name)] public static partial int clang_Cursor_isNull(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_equalCursors(CXCursor a, CXCursor b);
    [LibraryImport(Name)] public static partial uint clang_hashCursor(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXStorageClass clang_Cursor_getStorageClass(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isVariadic(CXCursor cursor);
    [LibraryImport(Name)] public static partial int clang_Cursor_getNumArguments(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_Cursor_getArgument(CXCursor cursor, uint index);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isFunctionInlined(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isBitField(CXCursor cursor);
    [LibraryImport(Name)] public static partial int clang_getFieldDeclBitWidth(CXCursor cursor);
    [LibraryImport(Name)] public static partial long clang_Cursor_getOffsetOfField(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isAnonymous(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isAnonymousRecordDecl(CXCursor cursor);
    [LibraryImport(Name)] public static partial long clang_getEnumConstantDeclValue(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXType clang_getEnumDeclIntegerType(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXType clang_getTypedefDeclUnderlyingType(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXCursor clang_Cursor_getVarDeclInitializer(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXBinaryOperatorKind clang_getCursorBinaryOperatorKind(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXUnaryOperatorKind clang_getCursorUnaryOperatorKind(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_hasAttrs(CXCursor cursor);

    [LibraryImport(Name)] public static partial nint clang_Cursor_Evaluate(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXEvalResultKind clang_EvalResult_getKind(nint result);
    [LibraryImport(Name)] public static partial long clang_EvalResult_getAsLongLong(nint result);
    [LibraryImport(Name)] public static partial uint clang_EvalResult_isUnsignedInt(nint result);
    [LibraryImport(Name)] public static partial ulong clang_EvalResult_getAsUnsigned(nint result);
    [LibraryImport(Name)] public static partial double clang_EvalResult_getAsDouble(nint result);
    [LibraryImport(Name)] public static partial byte* clang_EvalResult_getAsStr(nint result);
    [LibraryImport(Name)] public static partial void clang_EvalResult_dispose(nint result);

    [LibraryImport(Name)] public static partial uint clang_equalRanges(CXSourceRange first, CXSourceRange second);
    [LibraryImport(Name)] public static partial uint clang_Type_visitFields(CXType type, delegate* unmanaged<CXCursor, nint, int> visitor, nint clientData);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getRangeStart(CXSourceRange range);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getRangeEnd(CXSourceRange range);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isMacroFunctionLike(CXCursor cursor);
    [LibraryImport(Name)] public static partial uint clang_Cursor_isMacroBuiltin(CXCursor cursor);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getTokenLocation(nint translationUnit, CXToken token);

    [LibraryImport(Name)] public static partial CXType clang_getCanonicalType(CXType type);
    [LibraryImport(Name)] public static partial uint clang_equalTypes(CXType a, CXType b);
    [LibraryImport(Name)] public static partial CXCursor clang_getTypeDeclaration(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_getPointeeType(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_getArrayElementType(CXType type);
    [LibraryImport(Name)] public static partial long clang_getArraySize(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_getResultType(CXType type);
    [LibraryImport(Name)] public static partial int clang_getNumArgTypes(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_getArgType(CXType type, uint index);
    [LibraryImport(Name)] public static partial uint clang_isFunctionTypeVariadic(CXType type);
    [LibraryImport(Name)] public static partial CXCallingConv clang_getFunctionTypeCallingConv(CXType type);
    [LibraryImport(Name)] public static partial long clang_Type_getSizeOf(CXType type);
    [LibraryImport(Name)] public static partial long clang_Type_getAlignOf(CXType type);
    [LibraryImport(Name)] public static partial uint clang_isConstQualifiedType(CXType type);
    [LibraryImport(Name)] public static partial uint clang_isVolatileQualifiedType(CXType type);
    [LibraryImport(Name)] public static partial CXString clang_getTypeSpelling(CXType type);
    [LibraryImport(Name)] public static partial CXString clang_getTypedefName(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_Type_getNamedType(CXType type);
    [LibraryImport(Name)] public static partial CXType clang_Type_getModifiedType(CXType type);

    [LibraryImport(Name)] public static partial void clang_getPresumedLocation(CXSourceLocation location, out CXString filename, out uint line, out uint column);
    [LibraryImport(Name)] public static partial void clang_getExpansionLocation(CXSourceLocation location, out nint file, out uint line, out uint column, out uint offset);
    [LibraryImport(Name)] public static partial void clang_getSpellingLocation(CXSourceLocation location, out nint file, out uint line, out uint column, out uint offset);
    [LibraryImport(Name)] public static partial CXString clang_getFileName(nint file);
    [LibraryImport(Name)] public static partial int clang_Location_isInSystemHeader(CXSourceLocation location);

    [LibraryImport(Name)] public static partial void clang_tokenize(nint translationUnit, CXSourceRange range, out CXToken* tokens, out uint numTokens);
    [LibraryImport(Name)] public static partial CXString clang_getTokenSpelling(nint translationUnit, CXToken token);
    [LibraryImport(Name)] public static partial CXTokenKind clang_getTokenKind(CXToken token);
    [LibraryImport(Name)] public static partial void clang_disposeTokens(nint translationUnit, CXToken* tokens, uint numTokens);
    [LibraryImport(Name)] public static partial byte* clang_getFileContents(nint translationUnit, nint file, out nuint size);
    [LibraryImport(Name)] public static partial CXToken* clang_getToken(nint translationUnit, CXSourceLocation location);
    [LibraryImport(Name)] public static partial CXSourceLocation clang_getLocationForOffset(nint translationUnit, nint file, uint offset);

    /// <summary>Copies and frees a CXString.</summary>
    public static string Take(CXString text)
    {
        try
        {
            var chars = clang_getCString(text);
            return chars == null ? "" : Marshal.PtrToStringUTF8((nint)chars) ?? "";
        }
        finally
        {
            clang_disposeString(text);
        }
    }
}
