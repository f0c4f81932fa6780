/*++

Module Name:

    kmtdrv.h

Abstract:

    The interface between the self-tests (tests/ioload.c) and their driver image (kmtdrv): its device and its
    I/O controls. The service's name chooses what DriverEntry does, as a real driver reads its parameters
    from its service key: KmtDrvFail fails it, KmtDrvFault raises an access violation in it.

--*/

#ifndef _KMTDRV_
#define _KMTDRV_

#define KMTDRV_DEVICE_NAME L"\\Device\\KmtDrv"
#define KMTDRV_FAIL_SERVICE L"KmtDrvFail"
#define KMTDRV_FAULT_SERVICE L"KmtDrvFault"
#define KMTDRV_FAIL_STATUS STATUS_DEVICE_NOT_READY

//
// METHOD_BUFFERED: the input's bytes in reverse order.
//

#define IOCTL_KMTDRV_REVERSE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)

//
// METHOD_BUFFERED: a ULONG, the number of requests the image has taken since it was loaded (this one
// included), kept in the image's own data.
//

#define IOCTL_KMTDRV_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_ANY_ACCESS)

#endif // _KMTDRV_
