using System.Numerics;

namespace Nt2cs.Runtime;

/// <summary>
/// <c>x op= y</c> that narrows (<c>p-&gt;c |= 1</c> on a char: computed in int, stored back truncated) when the
/// lvalue's address has side effects (<c>get()-&gt;c |= 1</c>), so it must be evaluated once: the lvalue comes
/// as a <c>ref</c>, read and written through it. Integer computation types only; the result is the value stored,
/// as a C assignment's.
/// </summary>
public static class Compound
{
    public static T Add<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) + value);

    public static T Subtract<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) - value);

    public static T Multiply<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) * value);

    public static T Divide<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) / value);

    public static T Remainder<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) % value);

    public static T And<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) & value);

    public static T Or<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) | value);

    public static T Xor<T, TComputation>(ref T target, TComputation value) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) ^ value);

    public static T ShiftLeft<T, TComputation>(ref T target, int count) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) << count);

    public static T ShiftRight<T, TComputation>(ref T target, int count) where T : IBinaryInteger<T> where TComputation : IBinaryInteger<TComputation> =>
        target = T.CreateTruncating(TComputation.CreateTruncating(target) >> count);
}
