using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
using Nt2cs.Transpiler.Diagnostics;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Nt2cs.Transpiler.Emit.Syntax;

namespace Nt2cs.Transpiler.Emit;

// Literals, spelled as the C source spelled them where C# can (hex, character constants, enumerators).
internal sealed partial class ExpressionGenerator
{
    public static Emitted IntLiteral(CIntLiteral literal)
    {
        var type = CsTypes.Of(literal.Type);
        if (literal.EnumConstant is { CsName: { } name } constant && type == CsType.Int && (ulong)(uint)constant.Value == literal.Value)
            return new Emitted(Name(name), CsType.Int);
        if (literal.Macro is { CsName: { } macroName } macro && MacroAs(macro, literal, type) is { } named)
            return named;
        if (literal.IsCharacter && literal.Value is >= 32 and < 127 && type.IsIntegral)
        {
            char c = (char)literal.Value;
            var character = new Emitted(LiteralExpression(SyntaxKind.CharacterLiteralExpression, Literal(c)), CsType.Char);
            return type == CsType.Int ? character : Exact(character, type);
        }
        return type.Kind switch
        {
            CsKind.Int => new Emitted(Signed(literal.SignedValue, literal.IsHex, ""), type),
            CsKind.Long => new Emitted(Signed(literal.SignedValue, literal.IsHex, "L"), type),
            CsKind.UInt => new Emitted(Unsigned(literal.Value, literal.IsHex, "u"), type),
            CsKind.ULong => new Emitted(Unsigned(literal.Value, literal.IsHex, "UL"), type),
            CsKind.SByte or CsKind.Short => new Emitted(Cast(type.Name, Signed(literal.SignedValue, false, "")), type),
            _ => new Emitted(Cast(type.Name, Unsigned(literal.Value, literal.IsHex, "")), type),
        };
    }

    /// <summary>
    /// A macro constant where its value is used: by name in its own type, cast to another type the value fits in
    /// unchanged (C# checks constant conversions), else null (the number is written).
    /// </summary>
    private static Emitted? MacroAs(CMacroConstantDecl macro, CIntLiteral literal, CsType type)
    {
        var own = CsTypes.Of(macro.Type);
        var value = new CIntLiteral(SourceLoc.None, macro.Type, macro.Value);
        if (own == type)
            return macro.Value == literal.Value ? new Emitted(Name(macro.CsName!), type) : null;
        if (!type.IsIntegral || !own.IsIntegral)
            return null;
        return Mathematical(value) == Mathematical(literal)
            ? new Emitted(Cast(type.Name, Name(macro.CsName!)).WithAdditionalAnnotations(new SyntaxAnnotation(ConstantInRange, own.Name)), type)
            : null;
    }

    /// <summary>Marks <c>(T)NAME</c> of a constant whose value T holds (its data: the constant's own type).</summary>
    private const string ConstantInRange = "nt2cs-constant-in-range";

    private static Int128 Mathematical(CIntLiteral literal) => CIntegers.IsSigned(literal.Type) ? literal.SignedValue : literal.Value;

    /// <summary>A macro constant's value as its declaration writes it: <c>0x1000</c>, <c>unchecked((int)0xC0000023)</c>.</summary>
    public static ExpressionSyntax MacroValue(CMacroConstantDecl macro)
    {
        var type = CsTypes.Of(macro.Type);
        var literal = new CIntLiteral(SourceLoc.None, macro.Type, macro.Value) { IsHex = macro.IsHex };
        if (macro.IsHex && literal.SignedValue < 0 && type.Kind is CsKind.Int or CsKind.Long or CsKind.SByte or CsKind.Short)
        {
            ulong bits = macro.Value & (type.Kind switch { CsKind.Int => 0xFFFF_FFFFUL, CsKind.Short => 0xFFFFUL, CsKind.SByte => 0xFFUL, _ => ulong.MaxValue });
            return CheckedExpression(SyntaxKind.UncheckedExpression, Cast(type.Name, NumericLiteral($"0x{bits:X}{(type.Kind == CsKind.Long ? "UL" : "u")}")));
        }
        return IntLiteral(literal).Syntax;
    }

    private static ExpressionSyntax Signed(long value, bool hex, string suffix)
    {
        if (value < 0)
        {
            // -2147483648 and -9223372036854775808L are valid C# only as a minus applied to the literal.
            ulong magnitude = 0 - (ulong)value;
            return PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, NumericLiteral($"{magnitude}{suffix}"));
        }
        return Unsigned((ulong)value, hex, suffix);
    }

    private static ExpressionSyntax Unsigned(ulong value, bool hex, string suffix)
    {
        var text = hex ? $"0x{value:X}{suffix}" : $"{value}{suffix}";
        return NumericLiteral(text);
    }

    public static Emitted FloatLiteral(CFloatLiteral literal)
    {
        bool single = literal.Type is CFloatType { Bits: 32 };
        var type = single ? CsType.Float : CsType.Double;
        double value = literal.Value;
        string typeName = single ? "float" : "double";
        // .NET's NaN constants have the sign bit set; a C NaN is usually positive (printf tells them apart).
        if (double.IsNaN(value))
            return new Emitted(double.IsNegative(value) ? Member(Type(typeName), "NaN")
                : ParseExpression(single ? "System.BitConverter.Int32BitsToSingle(0x7FC00000)" : "System.BitConverter.Int64BitsToDouble(0x7FF8000000000000)"), type);
        if (double.IsInfinity(value))
            return new Emitted(Member(Type(typeName), value > 0 ? "PositiveInfinity" : "NegativeInfinity"), type);
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        double magnitude = Math.Abs(value);
        string text = single
            ? ((float)magnitude).ToString("R", CultureInfo.InvariantCulture)
            : magnitude.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E'))
            text += ".0";
        text += single ? "f" : "";
        ExpressionSyntax syntax = NumericLiteral(text);
        if (negative)
            syntax = PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, syntax);
        return new Emitted(syntax, type);
    }
}
