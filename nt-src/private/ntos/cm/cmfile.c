/*++

Module Name:

    cmfile.c

Abstract:

    Hive files: the SYSTEM hive is written to \SystemRoot\System32\Config\SYSTEM on the boot volume when it is
    flushed (ZwFlushKey) and, if changed since, when the system shuts down. The registry's fast mutex is not
    held while the file is written: the file system's requests complete through special kernel APCs, which
    APC_LEVEL would hold off. CmpHiveFileMutex (a KMUTEX, which leaves special kernel APCs on) serialises the
    flushes instead, so the file receives the images in the order they were taken.

--*/

#include "cmp.h"

KMUTEX CmpHiveFileMutex;

NTSTATUS
CmpWriteHiveFile(
    IN PCMHIVE Hive,
    IN PVOID FileImage
    )

/*++

Routine Description:

    With CmpHiveFileMutex held: writes the image CmpFlushHive copied to the hive's file, replacing its content,
    and has the file system write it to the disk; frees the copy. A file that cannot be written (no volume
    mounted, a read-only or full disk) marks the hive changed again, so that a later flush tries again.

Return Value:

    STATUS_REGISTRY_IO_FAILED when the file could not be written whole.

--*/

{
    PHBASE_BLOCK Base = FileImage;
    OBJECT_ATTRIBUTES Attributes;
    IO_STATUS_BLOCK IoStatus;
    UNICODE_STRING Name;
    LARGE_INTEGER Offset;
    HANDLE Handle;
    ULONG Length = HBLOCK_SIZE + Base->Length;
    NTSTATUS Status;

    PAGED_CODE();

    RtlInitUnicodeString(&Name, Hive->FileName);
    InitializeObjectAttributes(&Attributes, &Name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, NULL, NULL);
    Status = ZwCreateFile(&Handle, FILE_GENERIC_WRITE, &Attributes, &IoStatus, NULL, FILE_ATTRIBUTE_NORMAL, 0,
                          FILE_OVERWRITE_IF, FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
    if (NT_SUCCESS(Status)) {
        Offset.QuadPart = 0;
        Status = ZwWriteFile(Handle, NULL, NULL, NULL, &IoStatus, FileImage, Length, &Offset, NULL);
        if (NT_SUCCESS(Status) && IoStatus.Information != Length) {
            Status = STATUS_DISK_FULL;
        }
        if (NT_SUCCESS(Status)) {
            Status = ZwFlushBuffersFile(Handle, &IoStatus);
        }
        ZwClose(Handle);
    }
    ExFreePoolWithTag(FileImage, CM_HIVE_TAG);
    if (!NT_SUCCESS(Status)) {
        CmpLockRegistry();
        Hive->Dirty = TRUE;
        CmpUnlockRegistry();
        return STATUS_REGISTRY_IO_FAILED;
    }
    return STATUS_SUCCESS;
}

VOID
CmShutdownSystem(
    VOID
    )

/*++

Routine Description:

    Flushes every hive with a file that changed since its last flush, before the system powers off, and says
    on the console when one could not be written.

--*/

{
    PLIST_ENTRY Entry;
    PCMHIVE Hive;
    PVOID FileImage;
    NTSTATUS Status;

    PAGED_CODE();

    KeWaitForSingleObject(&CmpHiveFileMutex, Executive, KernelMode, FALSE, NULL);
    for (Entry = CmpHiveList.Flink; Entry != &CmpHiveList; Entry = Entry->Flink) {
        Hive = CONTAINING_RECORD(Entry, CMHIVE, HiveList);
        if (Hive->FileName == NULL) {
            continue;
        }
        CmpLockRegistry();
        Status = CmpFlushHive(Hive, &FileImage);
        CmpUnlockRegistry();
        if (FileImage != NULL) {
            Status = CmpWriteHiveFile(Hive, FileImage);
        }
        if (!NT_SUCCESS(Status)) {
            DbgPrint("Registry: %ws not written at shutdown (0x%08lx)\n", Hive->FileName, Status);
        }
    }
    KeReleaseMutex(&CmpHiveFileMutex, FALSE);
}
