/* Device registers in memory through C volatile: the PCI ECAM window (0xB0000000 on q35) read and written as
   volatile objects reaches the same configuration registers as mechanism #1's ports, one access per C access. */
#include "board.h"

#define ECAM ((volatile uint32_t *)0xB0000000u)
#define ECAM_BYTES ((volatile uint8_t *)0xB0000000u)
#define INTERRUPT_LINE 0x3C

struct ConfigHeader {
    volatile uint16_t VendorId;
    volatile uint16_t DeviceId;
};

static uint32_t PortConfigRead(uint32_t offset)
{
    __outdword(0xCF8, 0x80000000u | (offset & 0xFC));
    return __indword(0xCFC);
}

int main(void)
{
    struct ConfigHeader *header = (struct ConfigHeader *)0xB0000000u;
    uint8_t line;
    uint8_t old;

    BdPuts("ids ");
    BdPutHex(ECAM[0]);
    BdPuts(" ports ");
    BdPutHex(PortConfigRead(0));
    BdPutChar('\n');
    BdPuts("fields ");
    BdPutHex(header->VendorId);
    BdPutChar(' ');
    BdPutHex(header->DeviceId);
    BdPutChar('\n');

    ECAM_BYTES[INTERRUPT_LINE] = 0x21;
    line = ECAM_BYTES[INTERRUPT_LINE];
    old = ECAM_BYTES[INTERRUPT_LINE]++;
    ECAM_BYTES[INTERRUPT_LINE] += 0x10;
    BdPuts("line ");
    BdPutHex(line);
    BdPutChar(' ');
    BdPutHex(old);
    BdPutChar(' ');
    BdPutHex(PortConfigRead(INTERRUPT_LINE) & 0xFF);
    BdPutChar('\n');
    BdPowerOff();
    return 1;
}

/* EXPECTED (status 0)
ids 0x29C08086 ports 0x29C08086
  -- q35's host bridge is 8086:29C0 at 00:00.0; ECAM's first dword and mechanism #1's are its ID register.
fields 0x00008086 0x000029C0
  -- Volatile struct fields through a pointer read 16 bits each at their offsets.
line 0x00000021 0x00000021 0x00000032
  -- Interrupt Line is read-write: the store reads back; the post-increment yields the old value and stores
  -- 0x22; += 0x10 makes 0x32, which the port mechanism sees.
*/
