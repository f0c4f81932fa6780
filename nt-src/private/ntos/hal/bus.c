/*++

Module Name:

    bus.c

Abstract:

    Bus configuration data: PCI configuration space through configuration mechanism #1 (an address written to
    0xCF8, the data at 0xCFC-0xCFF). Only the bytes asked for are read or written, one configuration cycle per
    byte, as the DDK promises for the device-specific area; the cycles run at HIGH_LEVEL so that no interrupt
    routine's configuration access falls between an address and its data.

--*/

#include "halp.h"

#define PCI_CONFIG_ADDRESS ((PULONG)0xCF8)
#define PCI_CONFIG_DATA 0xCFC
#define PCI_CONFIG_ENABLE 0x80000000
#define PCI_MAXIMUM_BUS 255
#define PCI_CONFIG_SPACE_LENGTH 256

static
ULONG
HalpPciConfigAddress(
    IN ULONG BusNumber,
    IN PCI_SLOT_NUMBER Slot,
    IN ULONG Offset
    )
{
    return PCI_CONFIG_ENABLE | (BusNumber << 16) | (Slot.u.bits.DeviceNumber << 11) | (Slot.u.bits.FunctionNumber << 8)
        | (Offset & 0xFC);
}

static
ULONG
HalpPciAccess(
    IN ULONG BusNumber,
    IN ULONG SlotNumber,
    IN OUT PUCHAR Buffer,
    IN ULONG Offset,
    IN ULONG Length,
    IN BOOLEAN Write
    )

/*++

Return Value:

    The number of bytes transferred: 0 for a bus that cannot exist or an offset past configuration space; for
    a read of a slot with no device, 2, with PCI_INVALID_VENDORID as the vendor ID when Offset is 0, as the DDK
    says; for a write to such a slot, 0.

--*/

{
    PCI_SLOT_NUMBER Slot;
    KIRQL OldIrql;
    ULONG Index;
    USHORT VendorId;

    Slot.u.AsULONG = SlotNumber;
    if (BusNumber > PCI_MAXIMUM_BUS || Offset >= PCI_CONFIG_SPACE_LENGTH) {
        return 0;
    }
    if (Length > PCI_CONFIG_SPACE_LENGTH - Offset) {
        Length = PCI_CONFIG_SPACE_LENGTH - Offset;
    }
    KeRaiseIrql(HIGH_LEVEL, &OldIrql);
    WRITE_PORT_ULONG(PCI_CONFIG_ADDRESS, HalpPciConfigAddress(BusNumber, Slot, 0));
    VendorId = READ_PORT_USHORT((PUSHORT)PCI_CONFIG_DATA);
    if (VendorId == PCI_INVALID_VENDORID) {
        KeLowerIrql(OldIrql);
        if (Write || Offset != 0 || Length < sizeof(USHORT)) {
            return 0;
        }
        *(PUSHORT)Buffer = PCI_INVALID_VENDORID;
        return sizeof(USHORT);
    }
    for (Index = 0; Index < Length; Index += 1) {
        WRITE_PORT_ULONG(PCI_CONFIG_ADDRESS, HalpPciConfigAddress(BusNumber, Slot, Offset + Index));
        if (Write) {
            WRITE_PORT_UCHAR((PUCHAR)(PCI_CONFIG_DATA + ((Offset + Index) & 3)), Buffer[Index]);
        } else {
            Buffer[Index] = READ_PORT_UCHAR((PUCHAR)(PCI_CONFIG_DATA + ((Offset + Index) & 3)));
        }
    }
    KeLowerIrql(OldIrql);
    return Length;
}

ULONG
NTAPI
HalGetBusDataByOffset(
    IN BUS_DATA_TYPE BusDataType,
    IN ULONG BusNumber,
    IN ULONG SlotNumber,
    OUT PVOID Buffer,
    IN ULONG Offset,
    IN ULONG Length
    )
{
    if (BusDataType != PCIConfiguration) {
        return 0;
    }
    return HalpPciAccess(BusNumber, SlotNumber, Buffer, Offset, Length, FALSE);
}

ULONG
NTAPI
HalGetBusData(
    IN BUS_DATA_TYPE BusDataType,
    IN ULONG BusNumber,
    IN ULONG SlotNumber,
    OUT PVOID Buffer,
    IN ULONG Length
    )
{
    return HalGetBusDataByOffset(BusDataType, BusNumber, SlotNumber, Buffer, 0, Length);
}

ULONG
NTAPI
HalSetBusDataByOffset(
    IN BUS_DATA_TYPE BusDataType,
    IN ULONG BusNumber,
    IN ULONG SlotNumber,
    IN PVOID Buffer,
    IN ULONG Offset,
    IN ULONG Length
    )
{
    if (BusDataType != PCIConfiguration) {
        return 0;
    }
    return HalpPciAccess(BusNumber, SlotNumber, Buffer, Offset, Length, TRUE);
}

ULONG
NTAPI
HalSetBusData(
    IN BUS_DATA_TYPE BusDataType,
    IN ULONG BusNumber,
    IN ULONG SlotNumber,
    IN PVOID Buffer,
    IN ULONG Length
    )
{
    return HalSetBusDataByOffset(BusDataType, BusNumber, SlotNumber, Buffer, 0, Length);
}
