namespace Nt2cs.Runtime;

/// <summary>
/// A growable list of 32-bit values (free blocks' guest addresses, bytes pushed back onto a stream): what
/// <c>List&lt;uint&gt;</c> and <c>Stack&lt;byte&gt;</c> did here, without generics. No precompiled image holds
/// CoreLib's collections over <c>uint</c> (CoreLib's own has them over <c>int</c>; the runtime's may not hold
/// instantiations of another assembly's generics over that assembly's types), so each of their methods a run
/// reached was JIT-compiled at its start and ran unoptimised until its 4,096th call: malloc and free among them.
/// </summary>
internal sealed class UIntList
{
    private uint[] _items = new uint[4];

    public int Count { get; private set; }

    public uint this[int index] => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(uint value)
    {
        if (Count == _items.Length)
        {
            var grown = new uint[_items.Length * 2];
            Array.Copy(_items, grown, Count);
            _items = grown;
        }
        _items[Count++] = value;
    }

    /// <summary>Removes and returns the last value.</summary>
    public uint Pop() => Count > 0 ? _items[--Count] : throw new InvalidOperationException("the list is empty");

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)Count)
            throw new ArgumentOutOfRangeException(nameof(index));
        Array.Copy(_items, index + 1, _items, index, Count - index - 1);
        Count--;
    }

    public void Clear() => Count = 0;
}
