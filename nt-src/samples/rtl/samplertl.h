/*++

Module Name:

    samplertl.h

Abstract:

    The interface of samplertl: doubly linked lists and counted strings.

--*/

#ifndef _SAMPLERTL_
#define _SAMPLERTL_

VOID NTAPI RtlInitializeListHead(OUT PLIST_ENTRY ListHead);
BOOLEAN NTAPI RtlIsListEmpty(IN PLIST_ENTRY ListHead);
VOID NTAPI RtlInsertTailList(IN OUT PLIST_ENTRY ListHead, IN OUT PLIST_ENTRY Entry);
PLIST_ENTRY NTAPI RtlRemoveHeadList(IN OUT PLIST_ENTRY ListHead);
ULONG NTAPI RtlCountList(IN PLIST_ENTRY ListHead);

VOID NTAPI RtlInitString(OUT PSTRING DestinationString, IN PCSZ SourceString OPTIONAL);
LONG NTAPI RtlCompareString(IN PSTRING String1, IN PSTRING String2, IN BOOLEAN CaseInsensitive);
NTSTATUS NTAPI RtlAppendStringToString(IN OUT PSTRING Destination, IN PSTRING Source);

extern ULONG RtlListOperations;

#endif // _SAMPLERTL_
