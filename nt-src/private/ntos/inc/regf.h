/*++

Module Name:

    regf.h

Abstract:

    The hive file format (regf) as the registry's published description gives it: the base block, bins, cells
    and the key, value, big data, subkey list and security cells. Shared by the configuration manager, which
    keeps hives in this format in memory, and the OS loader, which reads the SYSTEM hive before the kernel
    runs. Only ntdef.h's types are used, so both can include it.

--*/

#ifndef _REGF_
#define _REGF_

typedef ULONG HCELL_INDEX, *PHCELL_INDEX;
#define HCELL_NIL ((HCELL_INDEX)-1)

#define HBLOCK_SIZE 0x1000
#define HBIN_SIZE_ALIGN 0x1000
#define HBIN_HEADER_SIZE 0x20
#define HCELL_ALIGN 8

//
// The base block (regf), the first 4 KiB of a hive.
//

#define HBASE_SIGNATURE 0x66676572          // "regf"
#define HBASE_MAJOR 1
#define HBASE_MINOR 5                       // 1.5: big data (db) cells
#define HBASE_CHECKSUM_OFFSET 0x1FC

#pragma pack(push, 4)

typedef struct _HBASE_BLOCK {
    ULONG Signature;
    ULONG Sequence1;                        // equal to Sequence2 when the image was written whole
    ULONG Sequence2;
    LARGE_INTEGER TimeStamp;
    ULONG Major;
    ULONG Minor;
    ULONG Type;                             // 0: a primary hive file
    ULONG Format;                           // 1: memory image
    HCELL_INDEX RootCell;
    ULONG Length;                           // of the bins
    ULONG Cluster;                          // 1
    WCHAR FileName[32];
    UCHAR Reserved1[396];
    ULONG CheckSum;                         // XOR of the ULONGs before it
} HBASE_BLOCK, *PHBASE_BLOCK;

#define HBIN_SIGNATURE 0x6E696268           // "hbin"

typedef struct _HBIN {
    ULONG Signature;
    ULONG FileOffset;                       // from the first bin
    ULONG Size;                             // a multiple of 4 KiB
    ULONG Reserved1[2];
    LARGE_INTEGER TimeStamp;
    ULONG Spare;
} HBIN, *PHBIN;

//
// Keys (nk).
//

#define CM_KEY_NODE_SIGNATURE 0x6B6E        // "nk"
#define KEY_VOLATILE 0x0001
#define KEY_HIVE_EXIT 0x0002                // in the master hive: leads to a mounted hive's root
#define KEY_HIVE_ENTRY 0x0004               // a hive's root
#define KEY_NO_DELETE 0x0008
#define KEY_SYM_LINK 0x0010                 // a link: its SymbolicLinkValue (REG_LINK) names the target
#define KEY_COMP_NAME 0x0020                // the name is stored one byte a character

typedef struct _CM_KEY_NODE {
    USHORT Signature;
    USHORT Flags;
    LARGE_INTEGER LastWriteTime;
    ULONG Spare;
    HCELL_INDEX Parent;
    ULONG SubKeyCounts[2];                  // stable, volatile
    HCELL_INDEX SubKeyLists[2];
    ULONG ValueCount;
    HCELL_INDEX ValueList;
    HCELL_INDEX Security;
    HCELL_INDEX Class;
    ULONG MaxNameLen;                       // in bytes, of the subkeys' names (as UTF-16)
    ULONG MaxClassLen;
    ULONG MaxValueNameLen;
    ULONG MaxValueDataLen;
    ULONG WorkVar;
    USHORT NameLength;                      // in bytes as stored
    USHORT ClassLength;
    UCHAR Name[1];
} CM_KEY_NODE, *PCM_KEY_NODE;

//
// Values (vk); their data is in the value's Data field when DataLength has CM_KEY_VALUE_SPECIAL_SIZE and is
// at most 4 bytes, in a data cell, or (larger than CM_MAXIMUM_CELL_DATA) in the segments of a db cell.
//

#define CM_KEY_VALUE_SIGNATURE 0x6B76       // "vk"
#define VALUE_COMP_NAME 0x0001
#define CM_KEY_VALUE_SPECIAL_SIZE 0x80000000
#define CM_MAXIMUM_CELL_DATA 16344

typedef struct _CM_KEY_VALUE {
    USHORT Signature;
    USHORT NameLength;                      // 0: the default value
    ULONG DataLength;
    HCELL_INDEX Data;
    ULONG Type;
    USHORT Flags;
    USHORT Spare;
    UCHAR Name[1];
} CM_KEY_VALUE, *PCM_KEY_VALUE;

#define CM_BIG_DATA_SIGNATURE 0x6264        // "db"

typedef struct _CM_BIG_DATA {
    USHORT Signature;
    USHORT Count;
    HCELL_INDEX List;                       // a cell of Count segment cell indexes
} CM_BIG_DATA, *PCM_BIG_DATA;

//
// Subkey lists: leaves (li: cells; lf: cells and the first four characters; lh: cells and a hash of the
// upcased name) sorted by upcased name, and roots (ri) whose entries are leaves.
//

#define CM_INDEX_LEAF_SIGNATURE 0x696C      // "li"
#define CM_INDEX_FAST_SIGNATURE 0x666C      // "lf"
#define CM_INDEX_HASH_SIGNATURE 0x686C      // "lh"
#define CM_INDEX_ROOT_SIGNATURE 0x6972      // "ri"
#define CM_MAXIMUM_LEAF_COUNT 128           // entries a leaf this kernel writes holds before the list becomes a root

typedef struct _CM_INDEX {
    USHORT Signature;
    USHORT Count;
    ULONG List[1];                          // li, ri: Count cells; lf, lh: Count (cell, hint) pairs
} CM_INDEX, *PCM_INDEX;

#define CM_KEY_SECURITY_SIGNATURE 0x6B73    // "sk"

typedef struct _CM_KEY_SECURITY {
    USHORT Signature;
    USHORT Reserved;
    HCELL_INDEX Flink;
    HCELL_INDEX Blink;
    ULONG ReferenceCount;
    ULONG DescriptorLength;
    UCHAR Descriptor[1];
} CM_KEY_SECURITY, *PCM_KEY_SECURITY;

#pragma pack(pop)

//
// The value types a reader of the SYSTEM hive interprets (ntddk.h gives the full set).
//

#ifndef REG_SZ
#define REG_SZ 1
#define REG_EXPAND_SZ 2
#define REG_DWORD 4
#define REG_MULTI_SZ 7
#endif

#endif // _REGF_
