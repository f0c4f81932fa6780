namespace Nt2cs.Runtime;

/// <summary>
/// Increment and decrement of C's <c>_Bool</c>: the result converts back to 0 or 1, so <c>++</c> sets it and
/// <c>--</c> flips it (C11 6.5.2.4, 6.3.1.2).
/// </summary>
public static class Bools
{
    public static byte PreIncrement(ref byte value) => value = 1;

    public static byte PreDecrement(ref byte value) => value = value == 0 ? (byte)1 : (byte)0;

    public static byte PostIncrement(ref byte value)
    {
        byte old = value;
        value = 1;
        return old;
    }

    public static byte PostDecrement(ref byte value)
    {
        byte old = value;
        value = value == 0 ? (byte)1 : (byte)0;
        return old;
    }
}
