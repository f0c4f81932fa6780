/*++

Module Name:

    ntddser.h

Abstract:

    The serial port's device interface, as the DDK documents it: its I/O control codes and the time-outs
    structure of IOCTL_SERIAL_SET_TIMEOUTS and IOCTL_SERIAL_GET_TIMEOUTS.

--*/

#ifndef _NTDDSER_
#define _NTDDSER_

#define IOCTL_SERIAL_SET_TIMEOUTS CTL_CODE(FILE_DEVICE_SERIAL_PORT, 7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SERIAL_GET_TIMEOUTS CTL_CODE(FILE_DEVICE_SERIAL_PORT, 8, METHOD_BUFFERED, FILE_ANY_ACCESS)

//
// Time-outs in milliseconds. A read with ReadIntervalTimeout MAXULONG and both read totals zero returns at once
// with what has arrived; with every value zero, reads and writes have no time-out. A read's total time-out is
// ReadTotalTimeoutMultiplier times its length plus ReadTotalTimeoutConstant.
//

typedef struct _SERIAL_TIMEOUTS {
    ULONG ReadIntervalTimeout;
    ULONG ReadTotalTimeoutMultiplier;
    ULONG ReadTotalTimeoutConstant;
    ULONG WriteTotalTimeoutMultiplier;
    ULONG WriteTotalTimeoutConstant;
} SERIAL_TIMEOUTS, *PSERIAL_TIMEOUTS;

#endif // _NTDDSER_
