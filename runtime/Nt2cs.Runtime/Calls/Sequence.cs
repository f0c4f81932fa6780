using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>C's comma operator inside an expression: C# evaluates arguments left to right, as C orders a comma.</summary>
public static class Sequence
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TRight Comma<TLeft, TRight>(TLeft left, TRight right) => right;

    /// <summary>A postfix operation that C# cannot write as one: the value before, then the side effect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TFirst First<TFirst, TThen>(TFirst first, TThen then) => first;
}
