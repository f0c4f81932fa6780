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
#include <ntifs.h>

#define IOP_IRP_TAG ' prI'
#define IOP_MDL_TAG ' ldM'
#define IOP_BUFFER_TAG 'fboI'
#define IOP_NAME_TAG 'mNoI'
#define IOP_TIMER_TAG 'mToI'
#define IOP_VPB_TAG ' bpV'
#define IOP_FS_TAG 'sFoI'
#define IOP_SHUTDOWN_TAG 'dSoI'
#define IOP_APC_TAG 'pAoI'

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

struct _OPEN_PACKET;

NTSTATUS IopSynchronousFileRequest(IN PFILE_OBJECT FileObject, IN UCHAR MajorFunction,
    IN struct _OPEN_PACKET *OpenPacket OPTIONAL, IN UCHAR StackFlags, OUT PULONG_PTR Information OPTIONAL);

PDEVICE_OBJECT IopGetLowestDevice(IN PDEVICE_OBJECT DeviceObject);

//
// An open in progress (IoCreateFile): the object manager hands it to the Device and File types' parse
// procedures as their context, and they leave the outcome in it.
//

#define IO_OPEN_TARGET_DIRECTORY 0x0004     // Options: open the target's parent (SL_OPEN_TARGET_DIRECTORY)

typedef struct _OPEN_PACKET {
    CSHORT Type;                    // IO_TYPE_OPEN_PACKET
    CSHORT Size;
    PFILE_OBJECT FileObject;        // the file object opened
    NTSTATUS FinalStatus;           // what the create completed with, once sent
    ULONG_PTR Information;
    BOOLEAN ParseCheck;             // a parse procedure ran
    PFILE_OBJECT RelatedFileObject;
    LARGE_INTEGER AllocationSize;
    ULONG CreateOptions;
    USHORT FileAttributes;
    USHORT ShareAccess;
    PVOID EaBuffer;
    ULONG EaLength;
    ULONG Options;                  // IO_* of IoCreateFile
    ULONG Disposition;
    ACCESS_MASK DesiredAccess;      // generic rights mapped
} OPEN_PACKET, *POPEN_PACKET;

NTSTATUS NTAPI IopParseDevice(IN PVOID ParseObject, IN POBJECT_TYPE ObjectType, IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode, IN ULONG Attributes, IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName, IN OUT PVOID Context OPTIONAL, OUT PVOID *Object);
NTSTATUS NTAPI IopParseFile(IN PVOID ParseObject, IN POBJECT_TYPE ObjectType, IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode, IN ULONG Attributes, IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName, IN OUT PVOID Context OPTIONAL, OUT PVOID *Object);
ACCESS_MASK IopMapFileAccess(IN ACCESS_MASK DesiredAccess);

//
// Volumes: the registered disk file systems, and mounting one on a disk's VPB.
//

VOID IopInitializeFileSystems(VOID);

//
// Shutdown notification (io/shutdown.c): IoShutdownSystem sends the registered devices IRP_MJ_SHUTDOWN before
// the power goes.
//

VOID IopInitializeShutdown(VOID);
VOID IoShutdownSystem(VOID);
NTSTATUS IopMountVolume(IN PDEVICE_OBJECT DeviceObject);

//
// The buffers of a request, as the target device asks (iosubs.c), and the file services' common path
// (service.c): the handle's file object referenced with its granted access, a synchronous file's lock, an
// IRP for the file's device sent and waited for.
//

PVOID IopAllocateSystemBuffer(IN ULONG Length);
BOOLEAN IopSetTransferBuffer(IN PIRP Irp, IN PDEVICE_OBJECT DeviceObject, IN BOOLEAN Input, IN PVOID Buffer,
    IN ULONG Length);
BOOLEAN IopSetControlBuffers(IN PIRP Irp, IN ULONG ControlCode, IN PVOID InputBuffer OPTIONAL, IN ULONG InputBufferLength,
    IN PVOID OutputBuffer OPTIONAL, IN ULONG OutputBufferLength);
BOOLEAN IopSetQueryBuffer(IN PIRP Irp, IN ULONG Length);
VOID IopFreeUnsentIrp(IN PIRP Irp);

typedef struct _IOP_FILE_REQUEST {
    PFILE_OBJECT FileObject;
    ACCESS_MASK GrantedAccess;
    PKEVENT UserEvent;              // the caller's event object, referenced, or NULL
    BOOLEAN Locked;                 // a synchronous file's lock is held
    PIRP Irp;
    PIO_STACK_LOCATION Stack;       // the IRP's first stack location, for the caller to fill
    PIO_APC_ROUTINE ApcRoutine;     // the caller's, queued to it when the request is complete
    PKAPC Apc;                      // for it, allocated when the request begins
    PVOID ApcContext;
    PIO_STATUS_BLOCK IoStatusBlock; // the caller's, the APC routine's argument
    BOOLEAN Completed;              // the IRP was sent and completed
    NTSTATUS Completion;            // with this status
} IOP_FILE_REQUEST, *PIOP_FILE_REQUEST;

NTSTATUS IopBeginFileRequest(IN HANDLE FileHandle, IN HANDLE Event OPTIONAL, IN PIO_APC_ROUTINE ApcRoutine OPTIONAL,
    IN PVOID ApcContext OPTIONAL, IN PIO_STATUS_BLOCK IoStatusBlock OPTIONAL, IN ACCESS_MASK RequiredAccess,
    OUT PIOP_FILE_REQUEST Request);
NTSTATUS IopAllocateFileIrp(IN OUT PIOP_FILE_REQUEST Request, IN UCHAR MajorFunction);
NTSTATUS IopCallFileDriver(IN OUT PIOP_FILE_REQUEST Request, OUT PIO_STATUS_BLOCK IoStatusBlock);
VOID IopEndFileRequest(IN OUT PIOP_FILE_REQUEST Request);

//
// Drivers built into the kernel are unloaded through their DriverUnload routine, then deleted.
//

NTSTATUS IopUnloadDriver(IN PDRIVER_OBJECT DriverObject);
NTSTATUS IopCreateDriver(IN PUNICODE_STRING DriverName, IN PDRIVER_INITIALIZE InitializationFunction,
    IN PUNICODE_STRING RegistryPath, IN PKLDR_DATA_TABLE_ENTRY ModuleEntry OPTIONAL, OUT PDRIVER_OBJECT *CreatedObject OPTIONAL);
NTSTATUS IopLoadDriver(IN PVOID FileBuffer, IN ULONG FileSize, IN PUNICODE_STRING FilePath, IN PUNICODE_STRING RegistryPath,
    OUT PDRIVER_OBJECT *DriverObject OPTIONAL);
VOID IopInitializeBootDrivers(IN PLOADER_PARAMETER_BLOCK LoaderBlock);
VOID IopReportDriverLoad(IN PUNICODE_STRING RegistryPath, IN PUNICODE_STRING FilePath, IN NTSTATUS Status);

//
// Driver images read from the file system (sysdrv.c): a whole file into pool (IopFreeImageFile frees it), a
// service's driver loaded from its ImagePath, and the system-start drivers in group order.
//

NTSTATUS IopReadImageFile(IN PUNICODE_STRING FilePath, OUT PVOID *FileBuffer, OUT PULONG FileSize);
VOID IopFreeImageFile(IN PVOID FileBuffer);
NTSTATUS IopLoadServiceDriver(IN PUNICODE_STRING RegistryPath, OUT PUNICODE_STRING ImagePath);
VOID IopInitializeSystemDrivers(VOID);
VOID IopMountBootVolume(VOID);

#endif // _IO_
