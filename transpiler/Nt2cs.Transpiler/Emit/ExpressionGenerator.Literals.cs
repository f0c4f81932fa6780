using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nt2cs.Transpiler.CAst;
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
        if (double.IsNaN(value))
            return new Emitted(Member(Type(typeName), "NaN"), type);
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
