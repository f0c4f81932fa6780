/*++

Module Name:

    cmtest.h

Abstract:

    What the registry's self-test files share: opening and making keys by path, setting and reading values.

--*/

#ifndef _CMTEST_
#define _CMTEST_

#include <kmtest.h>
#include <cm.h>

#define KMT_CM_TAG 'tCmK'
#define KMT_CM_ROOT L"\\Registry\\Machine\\System\\KmtTest"

NTSTATUS KmtCmOpen(IN PCWSTR Path, IN ULONG Attributes, OUT PHANDLE Key);
NTSTATUS KmtCmCreate(IN PCWSTR Path, IN HANDLE Root OPTIONAL, IN ULONG Options, OUT PHANDLE Key, OUT PULONG Disposition OPTIONAL);
NTSTATUS KmtCmSet(IN HANDLE Key, IN PCWSTR Name, IN ULONG Type, IN PVOID Data, IN ULONG Size);
NTSTATUS KmtCmQuery(IN HANDLE Key, IN PCWSTR Name, OUT PKEY_VALUE_PARTIAL_INFORMATION Buffer, IN ULONG Length,
    OUT PULONG ResultLength);
BOOLEAN KmtCmNameIs(IN PWCHAR Name, IN ULONG NameLength, IN PCWSTR Expected);
VOID KmtCmDeleteTree(IN HANDLE Key);

#endif // _CMTEST_
