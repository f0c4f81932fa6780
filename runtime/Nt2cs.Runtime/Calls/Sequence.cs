using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>C's comma operator inside an expression: C# evaluates arguments left to right, as C orders a comma.</summary>
public static class Sequence
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TRight Comma<TLeft, TRight>(TLeft left, TRight right) => right;

    /// <summary>
    /// A call of a void function where C uses its value inside an expression (<c>(f(x), 1)</c>, whose value the comma
    /// discards): C# calls no void method inside an expression, so the call is made here and gives 0. The delegate of
    /// a static method group is cached by the compiler: no allocation per call.
    /// </summary>
    public static int CallVoid(Action f)
    {
        f();
        return 0;
    }

    public static int CallVoid<T1>(Action<T1> f, T1 a1)
    {
        f(a1);
        return 0;
    }

    public static int CallVoid<T1, T2>(Action<T1, T2> f, T1 a1, T2 a2)
    {
        f(a1, a2);
        return 0;
    }

    public static int CallVoid<T1, T2, T3>(Action<T1, T2, T3> f, T1 a1, T2 a2, T3 a3)
    {
        f(a1, a2, a3);
        return 0;
    }

    public static int CallVoid<T1, T2, T3, T4>(Action<T1, T2, T3, T4> f, T1 a1, T2 a2, T3 a3, T4 a4)
    {
        f(a1, a2, a3, a4);
        return 0;
    }

    public static int CallVoid<T1, T2, T3, T4, T5>(Action<T1, T2, T3, T4, T5> f, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
    {
        f(a1, a2, a3, a4, a5);
        return 0;
    }

    public static int CallVoid<T1, T2, T3, T4, T5, T6>(Action<T1, T2, T3, T4, T5, T6> f, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
    {
        f(a1, a2, a3, a4, a5, a6);
        return 0;
    }

    /// <summary>A postfix operation that C# cannot write as one: the value before, then the side effect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TFirst First<TFirst, TThen>(TFirst first, TThen then) => first;
}
