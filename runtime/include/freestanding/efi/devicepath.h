/* efi/devicepath.h - the Device Path protocol and the nodes that name a disk, a partition and a file (UEFI 2.10,
   10.2-10.3). Nodes are byte-packed: Length (little-endian, two bytes) is the node's size in bytes, header
   included, and the next node follows at once, whatever its alignment. */
#ifndef _NT2CS_EFI_DEVICEPATH_H
#define _NT2CS_EFI_DEVICEPATH_H

#define EFI_DEVICE_PATH_PROTOCOL_GUID \
    { 0x09576e91, 0x6d3f, 0x11d2, { 0x8e, 0x39, 0x00, 0xa0, 0xc9, 0x69, 0x72, 0x3b } }

#define EFI_LOADED_IMAGE_DEVICE_PATH_PROTOCOL_GUID \
    { 0xbc62157e, 0x3e33, 0x4fec, { 0x99, 0x20, 0x2d, 0x3b, 0x36, 0xd7, 0x50, 0xdf } }

/* Node types and subtypes. */
#define HARDWARE_DEVICE_PATH 0x01
#define HW_PCI_DP 0x01
#define ACPI_DEVICE_PATH 0x02
#define ACPI_DP 0x01
#define MESSAGING_DEVICE_PATH 0x03
#define MSG_ATAPI_DP 0x01
#define MSG_SCSI_DP 0x02
#define MSG_SATA_DP 0x12
#define MSG_NVME_NAMESPACE_DP 0x17
#define MEDIA_DEVICE_PATH 0x04
#define MEDIA_HARDDRIVE_DP 0x01
#define MEDIA_CDROM_DP 0x02
#define MEDIA_VENDOR_DP 0x03
#define MEDIA_FILEPATH_DP 0x04
#define MEDIA_PROTOCOL_DP 0x05
#define BBS_DEVICE_PATH 0x05
#define END_DEVICE_PATH_TYPE 0x7F
#define END_ENTIRE_DEVICE_PATH_SUBTYPE 0xFF
#define END_INSTANCE_DEVICE_PATH_SUBTYPE 0x01

/* Hard drive node: PartitionFormat and SignatureType. */
#define MBR_TYPE_PCAT 0x01
#define MBR_TYPE_EFI_PARTITION_TABLE_HEADER 0x02
#define NO_DISK_SIGNATURE 0x00
#define SIGNATURE_TYPE_MBR 0x01
#define SIGNATURE_TYPE_GUID 0x02

#pragma pack(push, 1)

typedef struct _EFI_DEVICE_PATH_PROTOCOL {
    UINT8 Type;
    UINT8 SubType;
    UINT8 Length[2];
} EFI_DEVICE_PATH_PROTOCOL;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* HARDWARE_DEVICE_PATH, HW_PCI_DP, 6 */
    UINT8 Function;
    UINT8 Device;
} PCI_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* ACPI_DEVICE_PATH, ACPI_DP, 12 */
    UINT32 HID;
    UINT32 UID;
} ACPI_HID_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* MESSAGING_DEVICE_PATH, MSG_ATAPI_DP, 8 */
    UINT8 PrimarySecondary;
    UINT8 SlaveMaster;
    UINT16 Lun;
} ATAPI_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* MESSAGING_DEVICE_PATH, MSG_SATA_DP, 10 */
    UINT16 HBAPortNumber;
    UINT16 PortMultiplierPortNumber;
    UINT16 Lun;
} SATA_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* MESSAGING_DEVICE_PATH, MSG_NVME_NAMESPACE_DP, 16 */
    UINT32 NamespaceId;
    UINT64 NamespaceUuid;            /* the namespace's IEEE EUI-64, 0 when it has none */
} NVME_NAMESPACE_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* MEDIA_DEVICE_PATH, MEDIA_HARDDRIVE_DP, 42 */
    UINT32 PartitionNumber;          /* 1-based; 0 is the whole disk */
    UINT64 PartitionStart;           /* in logical blocks */
    UINT64 PartitionSize;            /* in logical blocks */
    UINT8 Signature[16];             /* the MBR's disk signature (4 bytes) or the GPT partition's unique GUID */
    UINT8 MBRType;                   /* MBR_TYPE_PCAT or MBR_TYPE_EFI_PARTITION_TABLE_HEADER */
    UINT8 SignatureType;             /* NO_DISK_SIGNATURE, SIGNATURE_TYPE_MBR or SIGNATURE_TYPE_GUID */
} HARDDRIVE_DEVICE_PATH;

typedef struct {
    EFI_DEVICE_PATH_PROTOCOL Header; /* MEDIA_DEVICE_PATH, MEDIA_FILEPATH_DP, 4 + the name's bytes */
    CHAR16 PathName[];               /* null-terminated */
} FILEPATH_DEVICE_PATH;

#pragma pack(pop)

#define DevicePathNodeLength(Node) ((UINTN)(Node)->Length[0] | ((UINTN)(Node)->Length[1] << 8))
#define NextDevicePathNode(Node) ((EFI_DEVICE_PATH_PROTOCOL *)((UINT8 *)(Node) + DevicePathNodeLength(Node)))
#define IsDevicePathEnd(Node) ((Node)->Type == END_DEVICE_PATH_TYPE && (Node)->SubType == END_ENTIRE_DEVICE_PATH_SUBTYPE)

#endif
