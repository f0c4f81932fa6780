/* suite.c - one boot's worth of checks: the tables, the console, the clock, events, memory, the loaded image, bad
   calls, files and blocks on the boot disk, then ExitBootServices; ends the machine with ResetSystem(EfiResetShutdown,
   EFI_SUCCESS when every check passed). EFI_TEST_MEMORY_MIB is the machine's memory (default 128). */
#include "lib/efitest.h"

#ifndef EFI_TEST_MEMORY_MIB
#define EFI_TEST_MEMORY_MIB 128
#endif

EFI_STATUS EFIAPI efi_main(EFI_HANDLE ImageHandle, EFI_SYSTEM_TABLE *SystemTable)
{
    TestBegin(ImageHandle, SystemTable, L"suite");
    TestTables();
    TestConsole();
    TestTime();
    TestEvents();
    TestMemory(EFI_TEST_MEMORY_MIB);
    TestImage();
    TestBadUse();
    TestFiles();
    TestBlockIo();
    TestExitBootServices();
    TestShutdown();
    return EFI_ABORTED; /* ResetSystem does not return */
}
