using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Nt2cs.Runtime;

/// <summary>
/// MSVC's intrinsics (<c>intrin.h</c>), by name: what MSVC compiles to single instructions, here operations on
/// guest memory and the platform. Named and typed as the translator maps their C declarations (long ⇒ int,
/// __int64 ⇒ long, T* ⇒ Ptr&lt;T&gt;). Unlike the C library they are available to freestanding code.
/// </summary>
public static unsafe class Intrinsics
{
    // Interlocked operations: atomic on the host, so guest threads (host threads) see them as the CPU would.
    [CFunction] public static int _InterlockedIncrement(Ptr<int> addend) => Interlocked.Increment(ref addend.W.Deref);
    [CFunction] public static int _InterlockedDecrement(Ptr<int> addend) => Interlocked.Decrement(ref addend.W.Deref);
    [CFunction] public static int _InterlockedExchange(Ptr<int> target, int value) => Interlocked.Exchange(ref target.W.Deref, value);
    [CFunction] public static int _InterlockedCompareExchange(Ptr<int> destination, int exchange, int comparand) =>
        Interlocked.CompareExchange(ref destination.W.Deref, exchange, comparand);
    [CFunction] public static int _InterlockedExchangeAdd(Ptr<int> addend, int value) => Interlocked.Add(ref addend.W.Deref, value) - value;
    [CFunction] public static int _InterlockedAnd(Ptr<int> value, int mask) => Interlocked.And(ref value.W.Deref, mask);
    [CFunction] public static int _InterlockedOr(Ptr<int> value, int mask) => Interlocked.Or(ref value.W.Deref, mask);
    [CFunction] public static int _InterlockedXor(Ptr<int> value, int mask)
    {
        ref int target = ref value.W.Deref;
        int old;
        do { old = Volatile.Read(ref target); } while (Interlocked.CompareExchange(ref target, old ^ mask, old) != old);
        return old;
    }

    [CFunction] public static short _InterlockedIncrement16(Ptr<short> addend) => (short)Add16(addend, 1);
    [CFunction] public static short _InterlockedDecrement16(Ptr<short> addend) => (short)Add16(addend, -1);
    [CFunction] public static short _InterlockedCompareExchange16(Ptr<short> destination, short exchange, short comparand) =>
        (short)Interlocked.CompareExchange(ref Unsafe16(destination), (ushort)exchange, (ushort)comparand);

    private static ref ushort Unsafe16(Ptr<short> p) => ref System.Runtime.CompilerServices.Unsafe.As<short, ushort>(ref p.W.Deref);

    private static int Add16(Ptr<short> addend, int delta)
    {
        ref ushort target = ref Unsafe16(addend);
        ushort old;
        do { old = Volatile.Read(ref target); } while (Interlocked.CompareExchange(ref target, (ushort)(old + delta), old) != old);
        return (short)(old + delta);
    }

    [CFunction] public static long _InterlockedIncrement64(Ptr<long> addend) => Interlocked.Increment(ref addend.W.Deref);
    [CFunction] public static long _InterlockedDecrement64(Ptr<long> addend) => Interlocked.Decrement(ref addend.W.Deref);
    [CFunction] public static long _InterlockedExchange64(Ptr<long> target, long value) => Interlocked.Exchange(ref target.W.Deref, value);
    [CFunction] public static long _InterlockedCompareExchange64(Ptr<long> destination, long exchange, long comparand) =>
        Interlocked.CompareExchange(ref destination.W.Deref, exchange, comparand);
    [CFunction] public static long _InterlockedExchangeAdd64(Ptr<long> addend, long value) => Interlocked.Add(ref addend.W.Deref, value) - value;
    [CFunction] public static long _InterlockedAnd64(Ptr<long> value, long mask) => Interlocked.And(ref value.W.Deref, mask);
    [CFunction] public static long _InterlockedOr64(Ptr<long> value, long mask) => Interlocked.Or(ref value.W.Deref, mask);
    [CFunction] public static long _InterlockedXor64(Ptr<long> value, long mask)
    {
        ref long target = ref value.W.Deref;
        long old;
        do { old = Volatile.Read(ref target); } while (Interlocked.CompareExchange(ref target, old ^ mask, old) != old);
        return old;
    }

    // Bit scans: 1 and the bit's index when any bit is set; 0 (and *index unchanged) when none is.
    [CFunction]
    public static byte _BitScanForward(Ptr<uint> index, uint mask)
    {
        if (mask == 0)
            return 0;
        index.W.Deref = (uint)BitOperations.TrailingZeroCount(mask);
        return 1;
    }

    [CFunction]
    public static byte _BitScanReverse(Ptr<uint> index, uint mask)
    {
        if (mask == 0)
            return 0;
        index.W.Deref = (uint)(31 - BitOperations.LeadingZeroCount(mask));
        return 1;
    }

    [CFunction] public static uint _rotl(uint value, int shift) => BitOperations.RotateLeft(value, shift);
    [CFunction] public static uint _rotr(uint value, int shift) => BitOperations.RotateRight(value, shift);
    [CFunction] public static ulong _rotl64(ulong value, int shift) => BitOperations.RotateLeft(value, shift);
    [CFunction] public static ulong _rotr64(ulong value, int shift) => BitOperations.RotateRight(value, shift);
    [CFunction] public static uint _lrotl(uint value, int shift) => BitOperations.RotateLeft(value, shift);
    [CFunction] public static uint _lrotr(uint value, int shift) => BitOperations.RotateRight(value, shift);

    [CFunction] public static long __emul(int a, int b) => (long)a * b;
    [CFunction] public static ulong __emulu(uint a, uint b) => (ulong)a * b;

    [CFunction] public static ushort _byteswap_ushort(ushort value) => BinaryPrimitives.ReverseEndianness(value);
    [CFunction] public static uint _byteswap_ulong(uint value) => BinaryPrimitives.ReverseEndianness(value);
    [CFunction] public static ulong _byteswap_uint64(ulong value) => BinaryPrimitives.ReverseEndianness(value);

    // rep movs / rep stos: forward, so an overlapping move whose destination starts inside the source propagates
    // as the string instructions do (unlike memmove): element by element then; otherwise one block copy, which is
    // the same bytes.
    [CFunction] public static void __movsb(Ptr<byte> destination, Ptr<byte> source, uint count)
    {
        if (!Propagates(destination.Address, source.Address, count, 1)) Mem.Copy(destination.Address, source.Address, count);
        else for (uint i = 0; i < count; i++) destination.W[i] = source[i];
    }
    [CFunction] public static void __movsw(Ptr<ushort> destination, Ptr<ushort> source, uint count)
    {
        if (!Propagates(destination.Address, source.Address, count, 2)) Mem.Copy(destination.Address, source.Address, count * 2);
        else for (uint i = 0; i < count; i++) destination.W[i] = source[i];
    }
    [CFunction] public static void __movsd(Ptr<uint> destination, Ptr<uint> source, uint count)
    {
        if (!Propagates(destination.Address, source.Address, count, 4)) Mem.Copy(destination.Address, source.Address, count * 4);
        else for (uint i = 0; i < count; i++) destination.W[i] = source[i];
    }

    /// <summary>Whether a forward move of count elements reads what it wrote (the destination starts inside the
    /// source), or is too long for one block copy.</summary>
    private static bool Propagates(uint destination, uint source, uint count, uint size) =>
        (ulong)count * size > int.MaxValue || destination - source < (ulong)count * size;
    [CFunction] public static void __stosb(Ptr<byte> destination, byte value, uint count) => Mem.Fill(destination.Address, value, count);
    [CFunction] public static void __stosw(Ptr<ushort> destination, ushort value, uint count) { for (uint i = 0; i < count; i++) destination.W[i] = value; }
    [CFunction] public static void __stosd(Ptr<uint> destination, uint value, uint count) { for (uint i = 0; i < count; i++) destination.W[i] = value; }

    /// <summary><c>_alloca</c>: guest stack memory released when the calling function returns.</summary>
    [CFunction] public static Ptr<CVoid> _alloca(uint size) => new(Stack.Alloca(size));

    // Variable-length arrays (the translator's own calls, not C's): storage below the stack pointer where the
    // declaration is reached, the stack pointer put back where the scope is left.
    [CFunction] public static uint __nt2cs_stack_save() => Stack.Sp;
    [CFunction] public static void __nt2cs_stack_restore(uint sp) => Stack.Sp = sp;
    [CFunction] public static Ptr<CVoid> __nt2cs_vla_alloc(uint size, uint align) => new(Stack.Alloca(size, align));

    /// <summary><c>__debugbreak</c>: STATUS_BREAKPOINT, as int 3 raises it.</summary>
    [CFunction] public static void __debugbreak() => throw new SehException(NtStatus.Breakpoint);

    /// <summary>
    /// <c>_ReturnAddress</c>: the code address of the function that called the caller (a translated function has
    /// no return address inside itself), or 0 when that is not translated code.
    /// </summary>
    [CFunction]
    [MethodImpl(MethodImplOptions.NoInlining)] // frame 0 of the walk must be this method
    public static Ptr<CVoid> _ReturnAddress()
    {
        var frames = new StackTrace(2, false).GetFrames();
        foreach (var frame in frames)
        {
            if (frame.GetMethod() is { } method && Fn.AddressOf(method) is { } address)
                return new Ptr<CVoid>(address);
        }
        return default;
    }

    /// <summary>
    /// <c>__machine_describe_stack</c> (machine.h): the calling context's C frames, innermost first, after skipping
    /// <paramref name="skip"/> of them (0: the caller itself), as lines <c>file.c:LINE Function</c> written into
    /// <paramref name="buffer"/> (cut at <paramref name="size"/> bytes, always terminated when size is not 0);
    /// returns the number of frames written. Frames are the translated functions the host stack shows, from the
    /// <c>#line</c> mapping: a function the JIT inlined into its caller does not appear, so the translator keeps the
    /// frames of functions that call this, and of their direct callers (KeepReturnAddressFrames).
    /// </summary>
    [CFunction]
    [MethodImpl(MethodImplOptions.NoInlining)] // frame 0 of the walk must be this method
    public static uint __machine_describe_stack(Ptr<sbyte> buffer, uint size, uint skip)
    {
        var text = new System.Text.StringBuilder();
        uint written = 0;
        foreach (var frame in new StackTrace(1, true).GetFrames())
        {
            var file = frame.GetFileName();
            if (file is null || !(file.EndsWith(".c", StringComparison.Ordinal) || file.EndsWith(".h", StringComparison.Ordinal)))
                continue;
            if (skip > 0)
            {
                skip--;
                continue;
            }
            text.Append(System.IO.Path.GetFileName(file.Replace('\\', '/'))).Append(':').Append(frame.GetFileLineNumber())
                .Append(' ').Append(frame.GetMethod()?.Name ?? "?").Append('\n');
            written++;
        }
        if (size > 0)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(text.ToString());
            int length = (int)Math.Min((uint)bytes.Length, size - 1);
            Mem.CopyIn(buffer.Address, bytes.AsSpan(0, length));
            Mem.Write<byte>(buffer.Address + (uint)length, 0);
        }
        return written;
    }

    // excpt.h: raising structured exceptions from C, hosted and freestanding (a kernel raises them too).
    [CFunction] public static void RaiseException(uint code, uint flags, uint count, Ptr<uint> arguments) => Seh.Raise(code, flags, count, arguments);
    [CFunction] public static void RtlRaiseStatus(int status) => Seh.RaiseStatus((uint)status);

    [CFunction] public static byte __readfsbyte(uint offset) => Mem.Read<byte>(Platform.FsBase + offset);
    [CFunction] public static ushort __readfsword(uint offset) => Mem.Read<ushort>(Platform.FsBase + offset);
    [CFunction] public static uint __readfsdword(uint offset) => Mem.Read<uint>(Platform.FsBase + offset);
    [CFunction] public static void __writefsbyte(uint offset, byte value) => Mem.Write(Platform.FsBase + offset, value);
    [CFunction] public static void __writefsword(uint offset, ushort value) => Mem.Write(Platform.FsBase + offset, value);
    [CFunction] public static void __writefsdword(uint offset, uint value) => Mem.Write(Platform.FsBase + offset, value);

    // Privileged instructions: the machine's CPU performs them; a hosted program faults.
    [CFunction] public static byte __inbyte(ushort port) => (byte)Platform.Privileged.InPort(port, 1);
    [CFunction] public static ushort __inword(ushort port) => (ushort)Platform.Privileged.InPort(port, 2);
    [CFunction] public static uint __indword(ushort port) => Platform.Privileged.InPort(port, 4);
    [CFunction] public static void __outbyte(ushort port, byte data) => Platform.Privileged.OutPort(port, 1, data);
    [CFunction] public static void __outword(ushort port, ushort data) => Platform.Privileged.OutPort(port, 2, data);
    [CFunction] public static void __outdword(ushort port, uint data) => Platform.Privileged.OutPort(port, 4, data);
    [CFunction] public static uint __readcr0() => Platform.Privileged.ReadControlRegister(0);
    [CFunction] public static uint __readcr2() => Platform.Privileged.ReadControlRegister(2);
    [CFunction] public static uint __readcr3() => Platform.Privileged.ReadControlRegister(3);
    [CFunction] public static uint __readcr4() => Platform.Privileged.ReadControlRegister(4);
    [CFunction] public static void __writecr0(uint value) => Platform.Privileged.WriteControlRegister(0, value);
    [CFunction] public static void __writecr3(uint value) => Platform.Privileged.WriteControlRegister(3, value);
    [CFunction] public static void __writecr4(uint value) => Platform.Privileged.WriteControlRegister(4, value);
    [CFunction] public static ulong __readmsr(uint msr) => Platform.Privileged.ReadMsr(msr);
    [CFunction] public static void __writemsr(uint msr, ulong value) => Platform.Privileged.WriteMsr(msr, value);
    [CFunction] public static void _disable() => Platform.Privileged.DisableInterrupts();
    [CFunction] public static void _enable() => Platform.Privileged.EnableInterrupts();
    [CFunction] public static void __halt() => Platform.Privileged.Halt();
    [CFunction] public static void __invlpg(Ptr<CVoid> address) => Platform.Privileged.InvalidatePage(address.Address);
    [CFunction] public static ulong __rdtsc() => Platform.Privileged.ReadTimeStampCounter();
    [CFunction] public static void __lidt(Ptr<CVoid> source) => LoadTable(DescriptorTable.Idt, source);
    [CFunction] public static void __sidt(Ptr<CVoid> destination) => StoreTable(DescriptorTable.Idt, destination);
    [CFunction] public static void _lgdt(Ptr<CVoid> source) => LoadTable(DescriptorTable.Gdt, source);
    [CFunction] public static void _sgdt(Ptr<CVoid> destination) => StoreTable(DescriptorTable.Gdt, destination);
    [CFunction] public static uint __readeflags() => Platform.Privileged.ReadEFlags();
    [CFunction] public static void __writeeflags(uint value) => Platform.Privileged.WriteEFlags(value);

    // The machine's context primitive (machine.h): what a kernel's context switch stands on.
    [CFunction] public static uint __machine_create_context(FnPtr entry, Ptr<CVoid> argument, Ptr<CVoid> stackBase, uint stackSize) =>
        Platform.Privileged.CreateContext(entry, argument.Address, stackBase.Address, stackSize);
    [CFunction] public static void __machine_switch_context(uint context) => Platform.Privileged.SwitchContext(context);
    [CFunction] public static uint __machine_current_context() => Platform.Privileged.CurrentContext();
    [CFunction] public static void __machine_delete_context(uint context) => Platform.Privileged.DeleteContext(context);

    // The machine's image service (machine.h): what a kernel's driver loader and an OS loader map images with.
    [CFunction] public static int __machine_map_images(Ptr<CVoid> images, uint count) => (int)Platform.Privileged.MapImages(images.Address, count);
    [CFunction] public static int __machine_unmap_images(Ptr<uint> bases, uint count) => (int)Platform.Privileged.UnmapImages(bases.Address, count);

    /// <summary>The 6-byte pseudo-descriptor lidt/lgdt read: a 16-bit limit, then the 32-bit base.</summary>
    private static void LoadTable(DescriptorTable table, Ptr<CVoid> source)
    {
        ushort limit = Mem.Read<ushort>(source.Address);
        uint @base = Mem.Read<uint>(source.Address + 2);
        Platform.Privileged.LoadDescriptorTable(table, @base, limit);
    }

    private static void StoreTable(DescriptorTable table, Ptr<CVoid> destination)
    {
        var (@base, limit) = Platform.Privileged.StoreDescriptorTable(table);
        Mem.Write(destination.Address, limit);
        Mem.Write(destination.Address + 2, @base);
    }
}
