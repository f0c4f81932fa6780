/*++

Module Name:

    hello.c

Abstract:

    A console program that exercises samplertl: it keeps records on a list, compares and appends counted
    strings, and reports an access violation caught by a structured exception handler. Its exit status is
    the number of records it saw.

--*/

#include <stdio.h>
#include <excpt.h>
#include <ntdef.h>
#include "samplertl.h"

typedef struct _RECORD {
    ULONG Key;
    LIST_ENTRY Links;
    STRING Name;
} RECORD, *PRECORD;

static RECORD Records[3];
static PCSZ Names[] = { "kernel", "Executive", "hal" };

int
main(
    int argc,
    char **argv
    )
{
    LIST_ENTRY Head;
    PLIST_ENTRY Entry;
    CHAR Buffer[32] = "Hello, ";
    STRING Greeting;
    STRING World;
    NTSTATUS Status;
    ULONG Seen = 0;
    ULONG Index;

    RtlInitializeListHead(&Head);
    for (Index = 0; Index < 3; Index += 1) {
        Records[Index].Key = Index * 10;
        RtlInitString(&Records[Index].Name, Names[Index]);
        RtlInsertTailList(&Head, &Records[Index].Links);
    }
    printf("%lu records on the list\n", RtlCountList(&Head));

    while ((Entry = RtlRemoveHeadList(&Head)) != NULL) {
        PRECORD Record = CONTAINING_RECORD(Entry, RECORD, Links);
        printf("record %lu: %.*s\n", Record->Key, Record->Name.Length, Record->Name.Buffer);
        Seen += 1;
    }
    printf("list empty: %u, operations: %lu\n", RtlIsListEmpty(&Head), RtlListOperations);

    RtlInitString(&Greeting, Buffer);
    Greeting.MaximumLength = sizeof(Buffer);
    RtlInitString(&World, "NT world");
    Status = RtlAppendStringToString(&Greeting, &World);
    printf("%.*s (status %08lx)\n", Greeting.Length, Greeting.Buffer, Status);
    printf("compare: %ld %ld\n",
           RtlCompareString(&Records[0].Name, &Records[1].Name, FALSE) < 0 ? -1L : 1L,
           RtlCompareString(&Records[1].Name, &Records[1].Name, TRUE));

    __try {
        *(volatile ULONG *)NULL = 0;
    } __except (GetExceptionCode() == 0xC0000005 ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH) {
        printf("caught access violation %08lx\n", GetExceptionCode());
    }
    return (int)Seen;
}
