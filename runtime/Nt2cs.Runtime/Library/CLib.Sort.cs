namespace Nt2cs.Runtime;

/// <summary>
/// stdlib.h's qsort and bsearch. qsort is a stable top-down merge sort, as glibc's is (it splits n into n/2
/// and the rest and merges taking the left element unless it compares greater), so equal keys keep their order
/// and the comparator sees the same pairs in the same order. The sort runs on a host array of element
/// indices and moves the elements once at the end: the comparator always gets pointers into the caller's array.
/// </summary>
public static unsafe partial class CLib
{
    private const string ComparatorShape = "i:ii";

    [CFunction]
    public static void qsort(Ptr<CVoid> @base, uint count, uint size, FnPtr compare)
    {
        if (count < 2 || size == 0)
            return;
        var comparator = (delegate*<Ptr<CVoid>, Ptr<CVoid>, int>)Fn.Resolve(compare, ComparatorShape);
        var order = new int[count];
        for (int i = 0; i < order.Length; i++)
            order[i] = i;
        MergeSort(order, new int[count], @base.Address, size, comparator);

        uint total = checked(count * size);
        var original = Mem.Bytes(@base.Address, total, Access.Read).ToArray();
        var array = Mem.Bytes(@base.Address, total, Access.Write);
        for (int i = 0; i < order.Length; i++)
            original.AsSpan((int)(order[i] * size), (int)size).CopyTo(array[(int)(i * size)..]);
    }

    private static void MergeSort(Span<int> items, Span<int> scratch, uint @base, uint size,
        delegate*<Ptr<CVoid>, Ptr<CVoid>, int> comparator)
    {
        int n = items.Length;
        if (n < 2)
            return;
        int middle = n / 2;
        MergeSort(items[..middle], scratch, @base, size, comparator);
        MergeSort(items[middle..], scratch, @base, size, comparator);
        int left = 0, right = middle, to = 0;
        while (left < middle && right < n)
        {
            var a = new Ptr<CVoid>(@base + (uint)items[left] * size);
            var b = new Ptr<CVoid>(@base + (uint)items[right] * size);
            scratch[to++] = comparator(a, b) <= 0 ? items[left++] : items[right++];
        }
        while (left < middle)
            scratch[to++] = items[left++];
        // What is left on the right is already in place.
        scratch[..to].CopyTo(items);
    }

    [CFunction]
    public static Ptr<CVoid> bsearch(Ptr<CVoid> key, Ptr<CVoid> @base, uint count, uint size, FnPtr compare)
    {
        var comparator = (delegate*<Ptr<CVoid>, Ptr<CVoid>, int>)Fn.Resolve(compare, ComparatorShape);
        uint low = 0, high = count;
        while (low < high)
        {
            uint middle = low + (high - low) / 2;
            var element = new Ptr<CVoid>(@base.Address + middle * size);
            int order = comparator(key, element);
            if (order < 0)
                high = middle;
            else if (order > 0)
                low = middle + 1;
            else
                return element;
        }
        return default;
    }
}
