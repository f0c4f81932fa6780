/*++

Module Name:

    keirql.c

Abstract:

    Self-tests of IRQL, the clock and interrupt objects: raising and lowering, the clock's rate and its masking
    at CLOCK2_LEVEL, stalls, and a second interrupt (the real-time clock's periodic interrupt on IRQ 8, through
    the slave PIC) serviced at its device IRQL.

--*/

#include <kmtest.h>
#include <ntos.h>

#define RTC_VECTOR (PRIMARY_VECTOR_BASE + 8)
#define RTC_IRQL (PROFILE_LEVEL - 8)
#define CMOS_ADDRESS 0x70
#define CMOS_DATA 0x71
#define RTC_STATUS_A 0x0A
#define RTC_STATUS_B 0x0B
#define RTC_STATUS_C 0x0C
#define RTC_A_1024HZ 0x26            // divider 32.768 kHz, rate 6: 1024 interrupts a second
#define RTC_B_PERIODIC 0x40
#define RTC_C_PERIODIC 0x40

START_TEST(KeIrql)
{
    KIRQL OldIrql;
    KIRQL Inner;

    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);
    KeRaiseIrql(DISPATCH_LEVEL, &OldIrql);
    ok_eq_ulong(OldIrql, PASSIVE_LEVEL);
    ok_eq_ulong(KeGetCurrentIrql(), DISPATCH_LEVEL);
    KeRaiseIrql(HIGH_LEVEL, &Inner);
    ok_eq_ulong(Inner, DISPATCH_LEVEL);
    ok_eq_ulong(KeGetCurrentIrql(), HIGH_LEVEL);
    KeLowerIrql(Inner);
    ok_eq_ulong(KeGetCurrentIrql(), DISPATCH_LEVEL);
    KeRaiseIrql(DISPATCH_LEVEL, &Inner);
    ok_eq_ulong(Inner, DISPATCH_LEVEL);
    KeLowerIrql(OldIrql);
    ok_eq_ulong(KeGetCurrentIrql(), PASSIVE_LEVEL);
}

START_TEST(KeClock)
{
    LARGE_INTEGER Before;
    LARGE_INTEGER After;
    LARGE_INTEGER SystemBefore;
    LARGE_INTEGER SystemAfter;
    ULONGLONG InterruptBefore;
    ULONGLONG Start;
    ULONGLONG Elapsed;
    KIRQL OldIrql;
    TIME_FIELDS Fields;

    ok_eq_ulong(KeQueryTimeIncrement(), 100000);

    //
    // Each clock interrupt is one tick: a halt with nothing else enabled ends at the next one.
    //

    KeQueryTickCount(&Before);
    __halt();
    KeQueryTickCount(&After);
    ok_eq_ulong((ULONG)(After.QuadPart - Before.QuadPart), 1);

    //
    // 100 ticks are one second of processor time (the PIT's divisor rounds 10 ms to 10.0000168 ms).
    //

    KmtWaitTicks(1);
    InterruptBefore = KeQueryInterruptTime();
    KeQuerySystemTime(&SystemBefore);
    Start = __rdtsc();
    KmtWaitTicks(100);
    Elapsed = __rdtsc() - Start;
    ok(Elapsed >= 999000000 && Elapsed <= 1001000000, "100 ticks took %lu us", (ULONG)(Elapsed / 1000));
    ok_eq_ulong((ULONG)(KeQueryInterruptTime() - InterruptBefore), 100 * 100000);
    KeQuerySystemTime(&SystemAfter);
    ok_eq_ulong((ULONG)(SystemAfter.QuadPart - SystemBefore.QuadPart), 100 * 100000);

    //
    // The system time started from the real-time clock: the machine's starts at 2000-01-01 00:00:00.
    //

    RtlTimeToTimeFields(&SystemAfter, &Fields);
    ok_eq_ulong(Fields.Year, 2000);
    ok_eq_ulong(Fields.Month, 1);
    ok_eq_ulong(Fields.Day, 1);

    //
    // At CLOCK2_LEVEL the clock is masked: a 30 ms stall sees no tick, and the one request the PIC holds is
    // delivered as soon as the IRQL drops.
    //

    KeRaiseIrql(CLOCK2_LEVEL, &OldIrql);
    KeQueryTickCount(&Before);
    Start = __rdtsc();
    KeStallExecutionProcessor(30000);
    Elapsed = __rdtsc() - Start;
    KeQueryTickCount(&After);
    ok(Elapsed >= 30000000, "a 30 ms stall took %lu us", (ULONG)(Elapsed / 1000));
    ok_eq_ulong((ULONG)(After.QuadPart - Before.QuadPart), 0);
    KeLowerIrql(OldIrql);
    KeQueryTickCount(&After);
    ok_eq_ulong((ULONG)(After.QuadPart - Before.QuadPart), 1);

    //
    // Below it, the clock interrupts a stall: 30 ms are three ticks.
    //

    KeQueryTickCount(&Before);
    KeStallExecutionProcessor(30000);
    KeQueryTickCount(&After);
    ok((ULONG)(After.QuadPart - Before.QuadPart) >= 2 && (ULONG)(After.QuadPart - Before.QuadPart) <= 3,
       "a 30 ms stall saw %lu ticks", (ULONG)(After.QuadPart - Before.QuadPart));
}

typedef struct _KMT_RTC_CONTEXT {
    ULONG Interrupts;
    KIRQL Irql;
    BOOLEAN InterruptsEnabled;
} KMT_RTC_CONTEXT;

static
BOOLEAN
NTAPI
KmtRtcInterrupt(
    IN PKINTERRUPT Interrupt,
    IN PVOID ServiceContext
    )
{
    KMT_RTC_CONTEXT *Context = (KMT_RTC_CONTEXT *)ServiceContext;

    UNREFERENCED_PARAMETER(Interrupt);

    //
    // Reading register C acknowledges the RTC; the request would stay asserted otherwise.
    //

    __outbyte(CMOS_ADDRESS, RTC_STATUS_C);
    if ((__inbyte(CMOS_DATA) & RTC_C_PERIODIC) == 0) {
        return FALSE;
    }
    Context->Interrupts += 1;
    Context->Irql = KeGetCurrentIrql();
    Context->InterruptsEnabled = (BOOLEAN)((__readeflags() & 0x200) != 0);
    return TRUE;
}

static
UCHAR
KmtReadCmos(
    IN UCHAR Register
    )
{
    __outbyte(CMOS_ADDRESS, Register);
    return __inbyte(CMOS_DATA);
}

static
VOID
KmtWriteCmos(
    IN UCHAR Register,
    IN UCHAR Value
    )
{
    __outbyte(CMOS_ADDRESS, Register);
    __outbyte(CMOS_DATA, Value);
}

START_TEST(KeInterrupt)
{
    KINTERRUPT Interrupt;
    KINTERRUPT Second;
    KMT_RTC_CONTEXT Context = { 0 };
    UCHAR StatusA;
    UCHAR StatusB;
    ULONG Count;

    KeInitializeInterrupt(&Interrupt, KmtRtcInterrupt, &Context, NULL, RTC_VECTOR, RTC_IRQL, RTC_IRQL, Latched, FALSE, 0, FALSE);
    ok(!KeDisconnectInterrupt(&Interrupt), "an object not connected does not disconnect");
    KeInitializeInterrupt(&Second, KmtRtcInterrupt, &Context, NULL, RTC_VECTOR, RTC_IRQL + 1, RTC_IRQL + 1, Latched, FALSE, 0, FALSE);
    ok(!KeConnectInterrupt(&Second), "the HAL refuses an IRQL that is not IRQ 8's");
    ok(KeConnectInterrupt(&Interrupt), "IRQ 8 connects at its IRQL");
    ok(!KeConnectInterrupt(&Interrupt), "a connected object does not connect again");
    KeInitializeInterrupt(&Second, KmtRtcInterrupt, &Context, NULL, RTC_VECTOR, RTC_IRQL, RTC_IRQL, Latched, FALSE, 0, FALSE);
    ok(!KeConnectInterrupt(&Second), "a vector not shared takes one object");

    //
    // The RTC's periodic interrupt at 1024 Hz: ten clock ticks (100 ms) see about 102 of them.
    //

    StatusA = KmtReadCmos(RTC_STATUS_A);
    StatusB = KmtReadCmos(RTC_STATUS_B);
    KmtWriteCmos(RTC_STATUS_A, RTC_A_1024HZ);
    KmtWriteCmos(RTC_STATUS_B, (UCHAR)(StatusB | RTC_B_PERIODIC));
    KmtReadCmos(RTC_STATUS_C);
    KmtWaitTicks(10);
    Count = Context.Interrupts;
    ok(Count >= 100 && Count <= 104, "the RTC interrupted %lu times in 100 ms", Count);
    ok_eq_ulong(Context.Irql, RTC_IRQL);
    ok(Context.InterruptsEnabled, "a service routine runs with interrupts enabled (higher IRQLs nest)");

    //
    // Disconnected, the interrupt is masked: no more calls.
    //

    ok(KeDisconnectInterrupt(&Interrupt), "a connected object disconnects");
    Count = Context.Interrupts;
    KmtWaitTicks(3);
    ok_eq_ulong(Context.Interrupts, Count);
    KmtWriteCmos(RTC_STATUS_B, StatusB);
    KmtWriteCmos(RTC_STATUS_A, StatusA);
    KmtReadCmos(RTC_STATUS_C);
}
