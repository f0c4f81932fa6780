/* Prints the boot-start drivers the OS loader finds in a SYSTEM hive file (argv[1]), one "NAME<TAB>IMAGEPATH"
   line each in load order, or "error 0xSTATUS" and status 1: the loader's hive walk (nt-src/boot/efi/blhive.c,
   blboot.c) run hosted, for HiveLoaderTests to compare with the host's reading of the same file. */
#include <stdio.h>
#include <stdlib.h>
#include "blhive.h"

#define MAX_DRIVERS 64

static BL_BOOT_DRIVER Drivers[MAX_DRIVERS];

static void PrintWide(const WCHAR *Text)
{
    for (; *Text != 0; Text++)
        putchar(*Text < 0x80 ? (int)*Text : '?');
}

int main(int argc, char **argv)
{
    FILE *file;
    long size;
    unsigned char *image;
    BL_HIVE hive;
    NTSTATUS status;
    ULONG count, i;

    if (argc != 2 || (file = fopen(argv[1], "rb")) == NULL) {
        fprintf(stderr, "usage: bootdrivers HIVE\n");
        return 2;
    }
    fseek(file, 0, SEEK_END);
    size = ftell(file);
    fseek(file, 0, SEEK_SET);
    image = malloc(size > 0 ? size : 1);
    if (fread(image, 1, size, file) != (size_t)size) {
        fprintf(stderr, "short read\n");
        return 2;
    }
    fclose(file);
    status = BlHiveInitialize(&hive, image, (ULONG)size);
    if (NT_SUCCESS(status))
        status = BlFindBootDrivers(&hive, Drivers, MAX_DRIVERS, &count);
    if (!NT_SUCCESS(status)) {
        printf("error 0x%08lX\n", (unsigned long)status);
        return 1;
    }
    for (i = 0; i < count; i++) {
        PrintWide(Drivers[i].Name);
        putchar('\t');
        PrintWide(Drivers[i].ImagePath);
        putchar('\n');
    }
    return 0;
}
