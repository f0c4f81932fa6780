/* What readable output keeps of NT-style C: typedef names (ULONG, PRECORD, Ptr<RECORD>), object-like macro constants
   by name (STATUS_*, PAGE_SIZE, FALSE), no cast C# does not need ((ushort)32), no "p + 0", one #line for
   consecutive lines, no wrapper around a bitfield store whose old value nobody uses. It has a main, so its C# is
   also run and compared with the native build. */
#include <stdio.h>

typedef unsigned long ULONG;
typedef unsigned short USHORT;
typedef unsigned char BOOLEAN;
typedef long NTSTATUS;

#define FALSE 0
#define TRUE 1
#define PAGE_SIZE 0x1000
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023L)

typedef struct _RECORD {
    ULONG Key;
    USHORT Length;
    ULONG Dirty : 1;
    ULONG Count : 7;
} RECORD, *PRECORD;

static RECORD Records[2];

static NTSTATUS Fill(PRECORD Record, ULONG Size, BOOLEAN Reset)
{
    if (Size < PAGE_SIZE)
        return STATUS_BUFFER_TOO_SMALL;
    Record->Key = Size / PAGE_SIZE;
    Record->Length = 32;
    Record->Dirty = Reset ? FALSE : TRUE;
    Record->Count++;
    return STATUS_SUCCESS;
}

int main(void)
{
    PRECORD First = &Records[0];
    NTSTATUS Status = Fill(First, 16, FALSE);
    printf("%08lx\n", (ULONG)Status);
    Status = Fill(&Records[1], 3 * PAGE_SIZE, TRUE);
    printf("%08lx %lu %u %lu %lu\n", (ULONG)Status, Records[1].Key, Records[1].Length, (ULONG)Records[1].Dirty,
           (ULONG)Records[1].Count);
    return First->Count;
}
