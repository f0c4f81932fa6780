/*++

Module Name:

    cmp.h

Abstract:

    The configuration manager's internal structures. A hive is kept as the image of its file in the published
    regf format, one paged pool block: the 4 KiB base block, then the bins (hbin), each a run of cells; a cell
    is a signed size (negative: allocated) and its data, and a cell index is the offset of the size from the
    first bin. Keys are nk cells, values vk cells, subkey lists lf/lh/li leaves or ri roots of leaves, security
    sk cells, and data larger than CM_MAXIMUM_CELL_DATA a db cell naming its segments. Cell indexes stay valid
    when the image grows; pointers into it do not, so every routine that may allocate re-derives them.

    Every hive hangs in the master hive: \Registry, \Registry\Machine and \Registry\User are keys of a volatile
    hive made at start-up, and a mounted hive is entered there as a key flagged KEY_HIVE_EXIT that leads to its
    root. One fast mutex, CmpRegistryLock, guards every hive and the open keys.

--*/

#ifndef _CMP_
#define _CMP_

#include <cm.h>
#include <regf.h>

#define CM_HIVE_TAG 'vHmC'
#define CM_KEY_TAG 'yKmC'
#define CM_NAME_TAG 'mNmC'

//
// A hive in memory.
//

typedef struct _CMHIVE {
    LIST_ENTRY HiveList;
    PUCHAR Image;                           // the base block, then the bins
    ULONG Length;                           // HBLOCK_SIZE + the bins
    ULONG Capacity;                         // of Image
    BOOLEAN Volatile;                       // never written anywhere
    BOOLEAN Dirty;
    PUCHAR FlushImage;                      // where ZwFlushKey writes the image (the loader's copy)
    ULONG FlushCapacity;
    PCWSTR FileName;                        // and the file it writes it to (the SYSTEM hive's); NULL: none
    HCELL_INDEX ExitCell;                   // its KEY_HIVE_EXIT key in the master hive
} CMHIVE, *PCMHIVE;

#define HvBaseBlock(Hive) ((PHBASE_BLOCK)(Hive)->Image)
#define HvCellHeader(Hive, Cell) ((PLONG)((Hive)->Image + HBLOCK_SIZE + (Cell)))
#define HvGetCell(Hive, Cell) ((PVOID)((Hive)->Image + HBLOCK_SIZE + (Cell) + sizeof(LONG)))
#define HvGetKeyNode(Hive, Cell) ((PCM_KEY_NODE)HvGetCell((Hive), (Cell)))
#define HvGetKeyValue(Hive, Cell) ((PCM_KEY_VALUE)HvGetCell((Hive), (Cell)))
#define HvGetIndex(Hive, Cell) ((PCM_INDEX)HvGetCell((Hive), (Cell)))

//
// An open key: the body of a Key object. Every open key is on CmpOpenKeys, so deleting a key marks each body
// that names it deleted.
//

#define CM_KEY_BODY_TYPE 0x6B793032         // "ky02"

typedef struct _CM_KEY_BODY {
    ULONG Type;
    PCMHIVE Hive;
    HCELL_INDEX KeyCell;
    BOOLEAN Deleted;
    LIST_ENTRY OpenKeys;
} CM_KEY_BODY, *PCM_KEY_BODY;

//
// What ZwCreateKey hands the parse procedure (ObOpenObjectByName's parse context); ZwOpenKey hands none.
//

typedef struct _CM_PARSE_CONTEXT {
    PUNICODE_STRING Class;
    ULONG CreateOptions;
    ULONG Disposition;
} CM_PARSE_CONTEXT, *PCM_PARSE_CONTEXT;

extern FAST_MUTEX CmpRegistryLock;
extern LIST_ENTRY CmpHiveList;
extern LIST_ENTRY CmpOpenKeys;
extern PCMHIVE CmpMasterHive;

#define CmpLockRegistry() ExAcquireFastMutex(&CmpRegistryLock)
#define CmpUnlockRegistry() ExReleaseFastMutex(&CmpRegistryLock)

//
// Cells (cmcell.c).
//

HCELL_INDEX HvAllocateCell(IN PCMHIVE Hive, IN ULONG DataSize);
VOID HvFreeCell(IN PCMHIVE Hive, IN HCELL_INDEX Cell);
ULONG HvGetCellSize(IN PCMHIVE Hive, IN HCELL_INDEX Cell);
HCELL_INDEX HvReallocateCell(IN PCMHIVE Hive, IN HCELL_INDEX Cell, IN ULONG DataSize);
VOID HvMarkDirty(IN PCMHIVE Hive);

//
// Hives (cmhive.c, cmcheck.c).
//

NTSTATUS CmpCreateHive(IN PVOID Image OPTIONAL, IN ULONG Length, IN PCWSTR RootName, OUT PCMHIVE *NewHive);
VOID CmpDestroyHive(IN PCMHIVE Hive);
NTSTATUS CmpCheckHive(IN PUCHAR Image, IN ULONG Length);
NTSTATUS CmpFlushHive(IN PCMHIVE Hive, OUT PVOID *FileImage);
ULONG HvComputeCheckSum(IN PHBASE_BLOCK BaseBlock);

//
// Hive files (cmfile.c): flushes write a hive's file outside the registry lock, one at a time.
//

extern KMUTEX CmpHiveFileMutex;
NTSTATUS CmpWriteHiveFile(IN PCMHIVE Hive, IN PVOID FileImage);

//
// Names (cmname.c).
//

ULONG CmpNameSize(IN USHORT Length, IN BOOLEAN Compressed);
VOID CmpCopyNameBounded(OUT PUCHAR Buffer, IN ULONG Length, IN ULONG Offset, IN PUCHAR Name, IN USHORT NameLength,
    IN BOOLEAN Compressed);
LONG CmpCompareName(IN PCUNICODE_STRING Name, IN PUCHAR Stored, IN USHORT Length, IN BOOLEAN Compressed);
USHORT CmpStoreName(OUT PUCHAR Destination OPTIONAL, IN PCUNICODE_STRING Name, OUT PBOOLEAN Compressed);
ULONG CmpHashName(IN PCUNICODE_STRING Name);
ULONG CmpHashKeyName(IN PCM_KEY_NODE Node);
LONG CmpCompareKeyName(IN PCUNICODE_STRING Name, IN PCM_KEY_NODE Node);

//
// Subkey lists (cmindex.c).
//

HCELL_INDEX CmpFindSubKeyByName(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN PCUNICODE_STRING Name);
HCELL_INDEX CmpFindSubKeyByNumber(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN ULONG Number);
NTSTATUS CmpAddSubKey(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN HCELL_INDEX SubKeyCell, IN PCUNICODE_STRING Name);
NTSTATUS CmpRemoveSubKey(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN HCELL_INDEX SubKeyCell);

//
// Keys and values (cmtree.c, cmvalue.c).
//

NTSTATUS CmpCreateKeyCell(IN PCMHIVE Hive, IN HCELL_INDEX Parent, IN PCUNICODE_STRING Name, IN PCUNICODE_STRING Class OPTIONAL,
    IN USHORT Flags, OUT PHCELL_INDEX NewCell);
NTSTATUS CmpDeleteKeyCell(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell);
VOID CmpUpdateMaxima(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell);
VOID CmpTouchKey(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell);
HCELL_INDEX CmpFindValueByName(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN PCUNICODE_STRING Name, OUT PULONG Index OPTIONAL);
HCELL_INDEX CmpValueAt(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN ULONG Index);
ULONG CmpValueDataLength(IN PCM_KEY_VALUE Value);
VOID CmpCopyValueData(IN PCMHIVE Hive, IN HCELL_INDEX ValueCell, OUT PUCHAR Buffer, IN ULONG Length);
NTSTATUS CmpSetValue(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN PCUNICODE_STRING Name, IN ULONG Type, IN PVOID Data,
    IN ULONG DataSize);
NTSTATUS CmpDeleteValue(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, IN PCUNICODE_STRING Name);
VOID CmpFreeValue(IN PCMHIVE Hive, IN HCELL_INDEX ValueCell);

//
// Query results (cmapi.c): a fixed part that must fit, then variable parts copied as far as they fit.
//

NTSTATUS CmpQueryResult(IN ULONG Fixed, IN ULONG Required, IN ULONG Length, OUT PULONG ResultLength);
ULONG CmpRoom(IN ULONG Length, IN ULONG Offset, IN ULONG Size);
NTSTATUS CmpBeginKeyOperation(IN HANDLE KeyHandle, OUT PCM_KEY_BODY *KeyBody);
VOID CmpEndKeyOperation(IN PCM_KEY_BODY KeyBody);

//
// Key objects (cmparse.c).
//

NTSTATUS CmpCreateKeyObject(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell, OUT PVOID *Object);
NTSTATUS CmpReferenceKey(IN HANDLE KeyHandle, OUT PCM_KEY_BODY *KeyBody);
VOID CmpMarkKeysDeleted(IN PCMHIVE Hive, IN HCELL_INDEX KeyCell);
PCMHIVE CmpMountedHive(IN PCMHIVE Hive, IN HCELL_INDEX ExitCell);
NTSTATUS CmpCreateRegistryType(VOID);

#endif // _CMP_
