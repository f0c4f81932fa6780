/*++

Module Name:

    ioserial.c

Abstract:

    Self-tests of the serial driver (dd/serial) on COM1, which the console shares: the device and its link,
    exclusive opens, interrupt-driven writes longer than the FIFO (their text is on the console), the
    time-outs (immediate, total, refused kinds), a pending read cancelled, bad requests.

--*/

#include "iotest.h"
#include <ntddser.h>

static
NTSTATUS
KmtSetTimeouts(
    IN PDEVICE_OBJECT DeviceObject,
    IN ULONG Interval,
    IN ULONG Multiplier,
    IN ULONG Constant,
    IN ULONG WriteConstant
    )
{
    SERIAL_TIMEOUTS Timeouts;
    IO_STATUS_BLOCK IoStatus;

    Timeouts.ReadIntervalTimeout = Interval;
    Timeouts.ReadTotalTimeoutMultiplier = Multiplier;
    Timeouts.ReadTotalTimeoutConstant = Constant;
    Timeouts.WriteTotalTimeoutMultiplier = 0;
    Timeouts.WriteTotalTimeoutConstant = WriteConstant;
    return KmtSendRequest(DeviceObject, IRP_MJ_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS, &Timeouts, sizeof(Timeouts), &IoStatus);
}

static
VOID
KmtCheckPendingReadCancelled(
    IN PDEVICE_OBJECT DeviceObject
    )

/*++

Routine Description:

    With no time-outs a read waits for its bytes; cancelled, it ends with STATUS_CANCELLED and nothing read.

--*/

{
    IO_STATUS_BLOCK IoStatus;
    LARGE_INTEGER Offset;
    LARGE_INTEGER Delay;
    UCHAR Data[4];
    KEVENT Event;
    PIRP Irp;

    ok_eq_hex(KmtSetTimeouts(DeviceObject, 0, 0, 0, 0), STATUS_SUCCESS);
    KeInitializeEvent(&Event, NotificationEvent, FALSE);
    Offset.QuadPart = 0;
    Irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, DeviceObject, Data, sizeof(Data), &Offset, &Event, &IoStatus);
    ok(Irp != NULL, "a read IRP");
    if (Irp == NULL) {
        return;
    }
    ok_eq_hex(IoCallDriver(DeviceObject, Irp), STATUS_PENDING);
    Delay.QuadPart = -10 * 10000;
    KeDelayExecutionThread(KernelMode, FALSE, &Delay);
    ok_eq_long(KeReadStateEvent(&Event), 0);
    ok(IoCancelIrp(Irp), "the pending read has a cancel routine");
    KeWaitForSingleObject(&Event, Executive, KernelMode, FALSE, NULL);
    ok_eq_hex(IoStatus.Status, STATUS_CANCELLED);
    ok_eq_ulong((ULONG)IoStatus.Information, 0);
}

START_TEST(IoSerial)
{
    static CHAR Line[] = "serial: this line went out through \\Device\\Serial0, 16 bytes per transmitter interrupt\n";
    PDEVICE_OBJECT DeviceObject;
    PDEVICE_OBJECT Other;
    PFILE_OBJECT FileObject;
    PFILE_OBJECT Second;
    SERIAL_TIMEOUTS Timeouts;
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING Name;
    UCHAR Data[8];
    ULONGLONG Before;
    ULONGLONG Elapsed;

    RtlInitUnicodeString(&Name, L"\\DosDevices\\COM1");
    ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA | FILE_WRITE_DATA, &FileObject, &DeviceObject), STATUS_SUCCESS);
    if (FileObject == NULL) {
        return;
    }
    ok_eq_ulong(DeviceObject->DeviceType, FILE_DEVICE_SERIAL_PORT);
    RtlInitUnicodeString(&Name, L"\\Device\\Serial0");
    ok_eq_hex(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA, &Second, &Other), STATUS_ACCESS_DENIED);

    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_DEVICE_CONTROL, IOCTL_SERIAL_GET_TIMEOUTS, &Timeouts, sizeof(Timeouts), &IoStatus),
              STATUS_SUCCESS);
    ok_eq_ulong((ULONG)IoStatus.Information, sizeof(SERIAL_TIMEOUTS));
    ok(Timeouts.ReadIntervalTimeout == 0 && Timeouts.ReadTotalTimeoutConstant == 0, "no time-outs at first");

    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_WRITE, 0, Line, sizeof(Line) - 1, &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong((ULONG)IoStatus.Information, sizeof(Line) - 1);
    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_WRITE, 0, Line, 0, &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong((ULONG)IoStatus.Information, 0);

    ok_eq_hex(KmtSetTimeouts(DeviceObject, MAXULONG, 0, 0, 0), STATUS_SUCCESS);
    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_READ, 0, Data, sizeof(Data), &IoStatus), STATUS_SUCCESS);
    ok_eq_ulong((ULONG)IoStatus.Information, 0);        // nothing arrived: an immediate read returns empty

    ok_eq_hex(KmtSetTimeouts(DeviceObject, 0, 1, 20, 0), STATUS_SUCCESS);
    Before = KeQueryInterruptTime();
    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_READ, 0, Data, sizeof(Data), &IoStatus), STATUS_TIMEOUT);
    Elapsed = KeQueryInterruptTime() - Before;
    ok_eq_ulong((ULONG)IoStatus.Information, 0);
    ok(Elapsed >= 28 * 10000 && Elapsed < 100 * 10000, "a total time-out of 1 ms per byte plus 20 ms (%lu us)", (ULONG)(Elapsed / 10));

    ok_eq_hex(KmtSetTimeouts(DeviceObject, 5, 0, 0, 0), STATUS_NOT_SUPPORTED);          // interval time-outs
    ok_eq_hex(KmtSetTimeouts(DeviceObject, 0, 0, 0, 100), STATUS_NOT_SUPPORTED);        // write time-outs
    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS, &Timeouts, 4, &IoStatus),
              STATUS_BUFFER_TOO_SMALL);
    ok_eq_hex(KmtSendRequest(DeviceObject, IRP_MJ_DEVICE_CONTROL, CTL_CODE(FILE_DEVICE_SERIAL_PORT, 0x7FF, METHOD_BUFFERED, FILE_ANY_ACCESS),
                               Data, sizeof(Data), &IoStatus), STATUS_INVALID_DEVICE_REQUEST);

    KmtCheckPendingReadCancelled(DeviceObject);
    ObDereferenceObject(FileObject);
}

VOID
KmtSerialEcho(
    VOID
    )

/*++

Routine Description:

    /SERIALECHO: reads what arrives on COM1 within half a second (at most 64 bytes) through the serial driver
    and writes it back through it, so a host test can send input and see it come back.

--*/

{
    static CHAR Prefix[] = "serial echo: ";
    PDEVICE_OBJECT DeviceObject;
    PFILE_OBJECT FileObject;
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING Name;
    UCHAR Data[64];
    ULONG Received;
    NTSTATUS Status;

    RtlInitUnicodeString(&Name, L"\\DosDevices\\COM1");
    if (!NT_SUCCESS(IoGetDeviceObjectPointer(&Name, FILE_READ_DATA | FILE_WRITE_DATA, &FileObject, &DeviceObject))) {
        DbgPrint("serial echo: no COM1\n");
        return;
    }
    KmtSetTimeouts(DeviceObject, 0, 0, 500, 0);
    Status = KmtSendRequest(DeviceObject, IRP_MJ_READ, 0, Data, sizeof(Data), &IoStatus);
    Received = (ULONG)IoStatus.Information;
    DbgPrint("serial echo: read status 0x%08lX, %lu bytes\n", Status, Received);
    KmtSendRequest(DeviceObject, IRP_MJ_WRITE, 0, Prefix, sizeof(Prefix) - 1, &IoStatus);
    KmtSendRequest(DeviceObject, IRP_MJ_WRITE, 0, Data, Received, &IoStatus);
    ObDereferenceObject(FileObject);
}
