/* A guest that sleeps 10 virtual seconds in hlt: the PIT at 100 Hz, 1000 ticks. */
#include <intrin.h>
#include <machine.h>
#include <stdint.h>

static volatile uint32_t Ticks;

#pragma pack(push, 1)
static struct { uint16_t Limit; uint32_t Base; } Idtr;
#pragma pack(pop)
static uint64_t Idt[256];

static void Tick(MACHINE_TRAP_FRAME *Frame)
{
    (void)Frame;
    Ticks++;
    __outbyte(0x20, 0x20);
}

int main(void)
{
    uint32_t handler = (uint32_t)Tick;
    Idt[0x20] = (handler & 0xFFFF) | (0x08u << 16) | ((uint64_t)0x8E << 40) | ((uint64_t)(handler >> 16) << 48);
    Idtr.Limit = sizeof(Idt) - 1;
    Idtr.Base = (uint32_t)Idt;
    __lidt(&Idtr);
    __outbyte(0x20, 0x11); __outbyte(0x21, 0x20); __outbyte(0x21, 0x04); __outbyte(0x21, 0x01);
    __outbyte(0x21, 0xFE);
    __outbyte(0x43, 0x34); __outbyte(0x40, 11932 & 0xFF); __outbyte(0x40, 11932 >> 8);
    _enable();
    while (Ticks < 1000) {
        __halt();
    }
    return 0;
}
