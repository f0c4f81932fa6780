/*++

Module Name:

    ob.h

Abstract:

    The object manager's structures, shared by ob's files, the components that define object types (Ex's
    events, Ps's processes and threads) and the self-tests: the object header that precedes every object's
    body, the optional name information before it, object types and their procedures, directories, symbolic
    links, and the handle tables (Ex's) that handles and client IDs are allocated from.

--*/

#ifndef _OB_
#define _OB_

#include <ke.h>

//
// Handle tables (ex/handle.c): an array of entries grown on demand; a handle is its entry's index times four
// (so 0 is never a handle). Entries are read and changed with the table locked (a spin lock: DISPATCH_LEVEL).
//

typedef struct _HANDLE_TABLE_ENTRY {
    PVOID Object;                   // NULL: free
    ACCESS_MASK GrantedAccess;
    ULONG Attributes;               // OBJ_INHERIT; for a free entry, the index of the next free one
} HANDLE_TABLE_ENTRY, *PHANDLE_TABLE_ENTRY;

typedef struct _HANDLE_TABLE {
    PHANDLE_TABLE_ENTRY Entries;
    ULONG Capacity;
    ULONG FirstFree;                // 0: none
    ULONG HandleCount;
    KSPIN_LOCK Lock;
} HANDLE_TABLE, *PHANDLE_TABLE;

#define HANDLE_VALUE_INC 4

PHANDLE_TABLE ExCreateHandleTable(VOID);
VOID ExDestroyHandleTable(IN PHANDLE_TABLE Table);
VOID ExLockHandleTable(IN PHANDLE_TABLE Table, OUT PKIRQL OldIrql);
VOID ExUnlockHandleTable(IN PHANDLE_TABLE Table, IN KIRQL OldIrql);
HANDLE ExCreateHandle(IN PHANDLE_TABLE Table, IN PVOID Object, IN ACCESS_MASK GrantedAccess, IN ULONG Attributes);
BOOLEAN ExDestroyHandle(IN PHANDLE_TABLE Table, IN HANDLE Handle, OUT PHANDLE_TABLE_ENTRY Removed OPTIONAL);
PHANDLE_TABLE_ENTRY ExMapHandleToPointer(IN PHANDLE_TABLE Table, IN HANDLE Handle);

//
// Kernel handles (OBJ_KERNEL_HANDLE) carry this bit; they index the kernel handle table, which is the system
// process's, and only kernel-mode callers may use them.
//

#define KERNEL_HANDLE_MASK ((ULONG_PTR)0x80000000)

//
// Object types: what each type's objects share, and the procedures the object manager calls for them.
//

typedef enum _OB_OPEN_REASON {
    ObCreateHandle,
    ObOpenHandle,
    ObDuplicateHandle,
    ObInheritHandle,
    ObMaxOpenReason
} OB_OPEN_REASON;

typedef NTSTATUS (NTAPI *OB_OPEN_METHOD)(IN OB_OPEN_REASON OpenReason, IN PEPROCESS Process OPTIONAL, IN PVOID Object,
    IN ACCESS_MASK GrantedAccess, IN ULONG HandleCount);
typedef VOID (NTAPI *OB_CLOSE_METHOD)(IN PEPROCESS Process OPTIONAL, IN PVOID Object, IN ACCESS_MASK GrantedAccess,
    IN ULONG ProcessHandleCount, IN ULONG SystemHandleCount);
typedef VOID (NTAPI *OB_DELETE_METHOD)(IN PVOID Object);
typedef NTSTATUS (NTAPI *OB_PARSE_METHOD)(IN PVOID ParseObject, IN POBJECT_TYPE ObjectType, IN ACCESS_MASK DesiredAccess,
    IN KPROCESSOR_MODE AccessMode, IN ULONG Attributes, IN OUT PUNICODE_STRING CompleteName,
    IN OUT PUNICODE_STRING RemainingName, IN OUT PVOID Context OPTIONAL, OUT PVOID *Object);

typedef struct _OBJECT_TYPE_INITIALIZER {
    USHORT Length;
    BOOLEAN UseDefaultObject;       // TRUE: not waitable (ZwWaitForSingleObject refuses it)
    BOOLEAN Reserved;
    ULONG InvalidAttributes;        // OBJ_* attributes its objects may not have
    GENERIC_MAPPING GenericMapping;
    ACCESS_MASK ValidAccessMask;
    POOL_TYPE PoolType;
    OB_OPEN_METHOD OpenProcedure;
    OB_CLOSE_METHOD CloseProcedure;
    OB_DELETE_METHOD DeleteProcedure;
    OB_PARSE_METHOD ParseProcedure;
} OBJECT_TYPE_INITIALIZER, *POBJECT_TYPE_INITIALIZER;

typedef struct _OBJECT_TYPE {
    UNICODE_STRING Name;
    ULONG TotalNumberOfObjects;
    ULONG TotalNumberOfHandles;
    ULONG Key;                      // the pool tag of its objects
    OBJECT_TYPE_INITIALIZER TypeInfo;
} OBJECT_TYPE;

//
// Every object is [OBJECT_HEADER_NAME_INFO] OBJECT_HEADER body: the header immediately before the body, the
// name information (named objects only) NameInfoOffset bytes before the header.
//

typedef struct _OBJECT_DIRECTORY *POBJECT_DIRECTORY;

typedef struct _OBJECT_HEADER_NAME_INFO {
    POBJECT_DIRECTORY Directory;    // the directory it is entered in, referenced; NULL once it is not
    UNICODE_STRING Name;
} OBJECT_HEADER_NAME_INFO, *POBJECT_HEADER_NAME_INFO;

#define OB_FLAG_PERMANENT 0x01      // the name holds a reference: no deletion when the last handle closes
#define OB_FLAG_KERNEL_OBJECT 0x02  // created by a kernel-mode caller
#define OB_FLAG_INSERTED 0x04       // ObInsertObject took it

typedef struct _OBJECT_HEADER {
    LONG PointerCount;              // references, one per handle among them
    LONG HandleCount;
    POBJECT_TYPE Type;
    UCHAR NameInfoOffset;
    UCHAR Flags;
    USHORT Reserved;
    struct _OBJECT_HEADER *NextToFree;  // deletions deferred to a worker thread
    ULONG Attributes;               // the OBJ_* attributes it was created with
    HANDLE RootDirectory;           // until ObInsertObject: the directory its name is relative to
    LONGLONG Body;
} OBJECT_HEADER, *POBJECT_HEADER;

#define OBJECT_TO_OBJECT_HEADER(Object) CONTAINING_RECORD((Object), OBJECT_HEADER, Body)
#define OBJECT_HEADER_TO_NAME_INFO(Header) \
    ((Header)->NameInfoOffset == 0 ? NULL : (POBJECT_HEADER_NAME_INFO)((PUCHAR)(Header) - (Header)->NameInfoOffset))

//
// Directories: a hash table of entries, each naming an object by the object's own name information.
//

#define NUMBER_HASH_BUCKETS 37

typedef struct _OBJECT_DIRECTORY_ENTRY {
    struct _OBJECT_DIRECTORY_ENTRY *ChainLink;
    PVOID Object;
} OBJECT_DIRECTORY_ENTRY, *POBJECT_DIRECTORY_ENTRY;

typedef struct _OBJECT_DIRECTORY {
    POBJECT_DIRECTORY_ENTRY HashBuckets[NUMBER_HASH_BUCKETS];
} OBJECT_DIRECTORY;

typedef struct _OBJECT_SYMBOLIC_LINK {
    LARGE_INTEGER CreationTime;
    UNICODE_STRING LinkTarget;
} OBJECT_SYMBOLIC_LINK, *POBJECT_SYMBOLIC_LINK;

extern POBJECT_TYPE ObpTypeObjectType;
extern POBJECT_TYPE ObpDirectoryObjectType;
extern POBJECT_TYPE ObpSymbolicLinkObjectType;
extern POBJECT_DIRECTORY ObpRootDirectoryObject;
extern POBJECT_DIRECTORY ObpTypeDirectoryObject;
extern PHANDLE_TABLE ObpKernelHandleTable;

//
// The object manager's interface to the kernel's components.
//

BOOLEAN ObInitSystem(IN ULONG Phase);

NTSTATUS ObCreateObjectType(IN PUNICODE_STRING TypeName, IN POBJECT_TYPE_INITIALIZER ObjectTypeInitializer,
    IN PSECURITY_DESCRIPTOR SecurityDescriptor OPTIONAL, OUT POBJECT_TYPE *ObjectType);
NTSTATUS NTAPI ObCreateObject(IN KPROCESSOR_MODE ProbeMode, IN POBJECT_TYPE ObjectType, IN POBJECT_ATTRIBUTES ObjectAttributes OPTIONAL,
    IN KPROCESSOR_MODE OwnershipMode, IN OUT PVOID ParseContext OPTIONAL, IN ULONG ObjectBodySize,
    IN ULONG PagedPoolCharge, IN ULONG NonPagedPoolCharge, OUT PVOID *Object);
NTSTATUS NTAPI ObInsertObject(IN PVOID Object, IN PACCESS_STATE PassedAccessState OPTIONAL, IN ACCESS_MASK DesiredAccess,
    IN ULONG ObjectPointerBias, OUT PVOID *NewObject OPTIONAL, OUT PHANDLE Handle OPTIONAL);
NTSTATUS NTAPI ObOpenObjectByName(IN POBJECT_ATTRIBUTES ObjectAttributes, IN POBJECT_TYPE ObjectType OPTIONAL,
    IN KPROCESSOR_MODE AccessMode, IN PACCESS_STATE AccessState OPTIONAL, IN ACCESS_MASK DesiredAccess,
    IN OUT PVOID ParseContext OPTIONAL, OUT PHANDLE Handle);
NTSTATUS NTAPI ObOpenObjectByPointer(IN PVOID Object, IN ULONG HandleAttributes, IN PACCESS_STATE PassedAccessState OPTIONAL,
    IN ACCESS_MASK DesiredAccess, IN POBJECT_TYPE ObjectType OPTIONAL, IN KPROCESSOR_MODE AccessMode, OUT PHANDLE Handle);
NTSTATUS NTAPI ObCloseHandle(IN HANDLE Handle, IN KPROCESSOR_MODE PreviousMode);

//
// Internal to ob.
//

VOID ObpInitializeDeferredDeletion(VOID);
NTSTATUS ObpAllocateObject(IN POBJECT_TYPE ObjectType, IN PCUNICODE_STRING Name OPTIONAL, IN ULONG Attributes,
    IN KPROCESSOR_MODE OwnershipMode, IN ULONG ObjectBodySize, OUT POBJECT_HEADER *Header);
VOID ObpDeleteObject(IN POBJECT_HEADER Header);
VOID ObpAcquireNamespaceLock(VOID);
VOID ObpReleaseNamespaceLock(VOID);
NTSTATUS ObpLookupObjectName(IN HANDLE RootDirectory OPTIONAL, IN PUNICODE_STRING ObjectName, IN ULONG Attributes,
    IN POBJECT_TYPE ObjectType OPTIONAL, IN KPROCESSOR_MODE AccessMode, IN PVOID InsertObject OPTIONAL,
    IN OUT PVOID ParseContext OPTIONAL, OUT PVOID *FoundObject);
BOOLEAN ObpRemoveObjectName(IN PVOID Object);
PVOID ObpLookupDirectoryEntry(IN POBJECT_DIRECTORY Directory, IN PCUNICODE_STRING Name, IN BOOLEAN CaseInsensitive);
BOOLEAN ObpInsertDirectoryEntry(IN POBJECT_DIRECTORY Directory, IN PVOID Object);
NTSTATUS ObpCreateHandle(IN OB_OPEN_REASON OpenReason, IN PVOID Object, IN ACCESS_MASK DesiredAccess,
    IN ULONG HandleAttributes, IN KPROCESSOR_MODE AccessMode, OUT PHANDLE Handle);
ACCESS_MASK ObpGrantedAccess(IN POBJECT_TYPE ObjectType, IN ACCESS_MASK DesiredAccess);
PHANDLE_TABLE ObpHandleTableOf(IN HANDLE Handle, IN KPROCESSOR_MODE AccessMode, OUT PHANDLE LocalHandle);
VOID ObpDecrementHandleCount(IN PEPROCESS Process OPTIONAL, IN PVOID Object, IN ACCESS_MASK GrantedAccess);
VOID ObpCreateSymbolicLinkType(VOID);

#endif // _OB_
