/*++

Module Name:

    iotest.h

Abstract:

    The I/O manager self-tests' drivers (tests/iodriver.c): a test driver with a buffered and a direct
    device, and a test filter attached on top of the buffered one. What the drivers do with an IRP is set
    by the tests through KmtIo; what they saw is recorded there and in a log of events in order.

--*/

#ifndef _IOTEST_
#define _IOTEST_

#include <kmtest.h>
#include <io.h>

#define KMT_IO_DRIVER_NAME L"\\Driver\\KmtIoDriver"
#define KMT_IO_FILTER_NAME L"\\Driver\\KmtIoFilter"
#define KMT_IO_BUFFERED_NAME L"\\Device\\KmtIoBuffered"
#define KMT_IO_DIRECT_NAME L"\\Device\\KmtIoDirect"

#define KMT_IOCTL_BUFFERED CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define KMT_IOCTL_IN_DIRECT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_IN_DIRECT, FILE_ANY_ACCESS)
#define KMT_IOCTL_OUT_DIRECT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_OUT_DIRECT, FILE_ANY_ACCESS)
#define KMT_IOCTL_NEITHER CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_NEITHER, FILE_READ_ACCESS)

//
// How the driver completes what it is sent.
//

typedef enum _KMT_IO_MODE {
    KmtCompleteNow,                 // in the dispatch routine, with Status and Information
    KmtPendFromDpc,                 // marked pending; completed by a timer's DPC 10 ms later
    KmtPendCancelable,              // marked pending with a cancel routine; completed only by cancellation
    KmtPendHeld                     // marked pending without a cancel routine; completed by the test
} KMT_IO_MODE;

//
// How the filter passes requests on.
//

typedef enum _KMT_FILTER_MODE {
    KmtFilterSkip,                  // its stack location skipped: no completion routine
    KmtFilterCopy,                  // copied to the next with a completion routine (success, error, cancel)
    KmtFilterMoreProcessing         // copied, and its routine takes the IRP back to complete it again
} KMT_FILTER_MODE;

#define KMT_IO_LOG_SIZE 16

typedef struct _KMT_IO_EVENT {
    CHAR What;                      // 'F' filter dispatch, 'D' driver dispatch, 'c' filter completion,
                                    // 'C' filter's second completion, 'o' originator's completion
    CHAR Location;                  // Irp->CurrentLocation then
    PDEVICE_OBJECT DeviceObject;    // the device the routine was called for
    PIO_STACK_LOCATION Stack;       // the current stack location then
    KIRQL Irql;
    BOOLEAN PendingReturned;
} KMT_IO_EVENT, *PKMT_IO_EVENT;

typedef struct _KMT_IO_STATE {

    //
    // Set by the tests.
    //

    KMT_IO_MODE Mode;
    KMT_FILTER_MODE FilterMode;
    NTSTATUS Status;                // what the driver completes with
    ULONG_PTR Information;
    CCHAR Boost;
    NTSTATUS CreateStatus;          // what IRP_MJ_CREATE completes with

    //
    // The objects, set by the drivers' initialization.
    //

    PDRIVER_OBJECT Driver;
    PDRIVER_OBJECT Filter;
    PDEVICE_OBJECT Buffered;
    PDEVICE_OBJECT Direct;
    PDEVICE_OBJECT FilterDevice;
    PDEVICE_OBJECT FilterLower;     // what the filter is attached to
    BOOLEAN ExtensionWasZero;
    BOOLEAN WasInitializing;
    NTSTATUS AttachStatus;
    PUNICODE_STRING RegistryPath;

    //
    // Recorded by the driver for the last request it saw.
    //

    UCHAR MajorFunction;
    ULONG Flags;                    // Irp->Flags
    PVOID SystemBuffer;
    PVOID UserBuffer;
    PMDL MdlAddress;
    USHORT MdlFlags;
    PVOID MdlVirtualAddress;
    ULONG MdlByteCount;
    PVOID Type3InputBuffer;
    ULONG InputBufferLength;
    ULONG OutputBufferLength;
    ULONG IoControlCode;
    ULONG Length;                   // Read/Write
    LARGE_INTEGER ByteOffset;
    UCHAR InputSeen[16];            // the first bytes of the input as the driver read it
    UCHAR MdlSeen[16];              // the first bytes of the MDL's buffer as the driver read it
    PVOID FilterContext;            // the context the filter's completion routine got
    PFILE_OBJECT FileObject;
    ULONG CreateOptions;
    BOOLEAN InThreadList;           // the IRP was in the current thread's IRP list

    ULONG Creates;
    ULONG Cleanups;
    ULONG Closes;
    ULONG FilterCreates;

    //
    // The pending IRP (KmtPendFromDpc, KmtPendCancelable) and the cancel routine's record.
    //

    PIRP PendingIrp;
    KTIMER Timer;
    KDPC Dpc;
    ULONG CancelCalls;
    KIRQL CancelIrql;
    BOOLEAN CancelLockHeld;
    BOOLEAN CancelFlagSeen;
    BOOLEAN CancelRoutineCleared;
    PDEVICE_OBJECT CancelDevice;
    ULONG Unloads;

    //
    // The filter's second completion (KmtFilterMoreProcessing).
    //

    KEVENT FilterEvent;
    ULONG_PTR FilterAddedInformation;

    KMT_IO_EVENT Log[KMT_IO_LOG_SIZE];
    ULONG LogCount;
} KMT_IO_STATE, *PKMT_IO_STATE;

extern KMT_IO_STATE KmtIo;

#define KMT_PATTERN(Index) ((UCHAR)(0xA0 + (Index) * 7))

VOID KmtIoLog(IN CHAR What, IN PDEVICE_OBJECT DeviceObject OPTIONAL, IN PIRP Irp);
VOID KmtIoReset(IN KMT_IO_MODE Mode, IN KMT_FILTER_MODE FilterMode, IN NTSTATUS Status, IN ULONG_PTR Information);

//
// Loads the test driver and the filter (IoCreateDriver) and unloads them.
//

NTSTATUS KmtIoLoadDrivers(VOID);
VOID KmtIoUnloadDrivers(VOID);

//
// One synchronous read, write (at offset 0) or buffered I/O control (tests/ioload.c).
//

NTSTATUS KmtSendRequest(IN PDEVICE_OBJECT DeviceObject, IN UCHAR MajorFunction, IN ULONG IoControlCode, IN OUT PVOID Buffer,
    IN ULONG Length, OUT PIO_STATUS_BLOCK IoStatus);

#endif // _IOTEST_
