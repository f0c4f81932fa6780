/*++

Module Name:

    io.h

Abstract:

    The I/O manager's internal interface, shared by io's files, the kernel's initialisation and the
    self-tests: the object types of drivers, devices and files, the locks of the device database and of
    cancellation, the completion of an IRP in its requesting thread, and the opening of a device.

--*/

#ifndef _IO_
#define _IO_

#include <ps.h>

#define IOP_IRP_TAG ' prI'
#define IOP_MDL_TAG ' ldM'
#define IOP_BUFFER_TAG 'fboI'
#define IOP_NAME_TAG 'mNoI'
#define IOP_TIMER_TAG 'mToI'

extern POBJECT_TYPE IopDeviceObjectType;
extern POBJECT_TYPE IopDriverObjectType;
extern POBJECT_TYPE IopFileObjectType;

//
// The cancel spin lock (IoAcquireCancelSpinLock), and the lock that guards device stacks (AttachedDevice,
// AttachedTo) and the drivers' device lists.
//

extern KSPIN_LOCK IopCancelSpinLock;
extern KSPIN_LOCK IopDatabaseLock;

//
// A timer of a device (IoInitializeTimer): called once a second while started.
//

typedef struct _IO_TIMER {
    CSHORT Type;
    CSHORT TimerFlag;               // nonzero: started
    LIST_ENTRY TimerList;
    PIO_TIMER_ROUTINE TimerRoutine;
    PVOID Context;
    PDEVICE_OBJECT DeviceObject;
} IO_TIMER, *PIO_TIMER;

BOOLEAN IoInitSystem(IN ULONG Phase, IN PLOADER_PARAMETER_BLOCK LoaderBlock);

BOOLEAN IopCreateObjectTypes(VOID);
VOID IopInitializeTimers(VOID);
VOID IopDeleteTimer(IN PDEVICE_OBJECT DeviceObject);
NTSTATUS NTAPI IopInvalidDeviceRequest(IN PDEVICE_OBJECT DeviceObject, IN PIRP Irp);
VOID NTAPI IopDeleteDevice(IN PVOID Object);
VOID NTAPI IopDeleteDriver(IN PVOID Object);
VOID NTAPI IopCloseFile(IN PEPROCESS Process OPTIONAL, IN PVOID Object, IN ACCESS_MASK GrantedAccess,
    IN ULONG ProcessHandleCount, IN ULONG SystemHandleCount);
VOID NTAPI IopDeleteFile(IN PVOID Object);

//
// The requesting thread's list of IRPs (threaded IRPs: IoBuildSynchronousFsdRequest,
// IoBuildDeviceIoControlRequest, the I/O manager's own).
//

VOID IopQueueThreadIrp(IN PIRP Irp);
VOID IopDequeueThreadIrp(IN PIRP Irp);

//
// Sends an IRP of MajorFunction for FileObject to the top of its device's stack and waits for it: the
// create, cleanup and close requests the I/O manager makes itself.
//

NTSTATUS IopSynchronousFileRequest(IN PFILE_OBJECT FileObject, IN UCHAR MajorFunction, IN ULONG Options);

PDEVICE_OBJECT IopGetLowestDevice(IN PDEVICE_OBJECT DeviceObject);

//
// Drivers built into the kernel are unloaded through their DriverUnload routine, then deleted.
//

NTSTATUS IopUnloadDriver(IN PDRIVER_OBJECT DriverObject);
NTSTATUS IopCreateDriver(IN PUNICODE_STRING DriverName, IN PDRIVER_INITIALIZE InitializationFunction,
    IN PUNICODE_STRING RegistryPath, IN PKLDR_DATA_TABLE_ENTRY ModuleEntry OPTIONAL, OUT PDRIVER_OBJECT *CreatedObject OPTIONAL);
NTSTATUS IopLoadDriver(IN PVOID FileBuffer, IN ULONG FileSize, IN PUNICODE_STRING FilePath, IN PUNICODE_STRING RegistryPath,
    OUT PDRIVER_OBJECT *DriverObject OPTIONAL);
VOID IopInitializeBootDrivers(IN PLOADER_PARAMETER_BLOCK LoaderBlock);

#endif // _IO_
