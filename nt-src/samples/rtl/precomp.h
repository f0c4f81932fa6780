/*++

Module Name:

    precomp.h

Abstract:

    The header every samplertl module starts with, precompiled once for the library.

--*/

#include <ntdef.h>
#include <ntstatus.h>
#include "samplertl.h"
