/*
 * A kernel's driver loader in miniature: the host left two image files in memory (each driver's, and a copy of
 * drva's with one byte changed) and their places in a table at 0x00F00000. The program maps them with the
 * machine's image service, calls a driver's entry point, and unmaps them, printing each status. With no table
 * in memory it reads the drivers from a disk instead, as a kernel reads them from its boot volume: the host
 * wrote a table in sector 0 (start sector and size of each file: drva, drvb, and drva with one byte changed on
 * the disk) and the files after it; the program reads them over NVMe, maps the two drivers and calls drva's
 * entry point; the changed copy must not map.
 */
#include "board.h"
#include "nvme.h"

#define MODULE_TABLE 0x00F00000u
#define DRIVER_BASE 0x02000000u
#define REGION 0x00100000u

typedef struct _MODULE {
    unsigned long Address;
    unsigned long Size;
} MODULE;

typedef long (*DRIVER_ENTRY)(void *DriverObject, void *RegistryPath);

/* What the drivers import from the program, as drivers import from the kernel. */
__declspec(dllexport) void KeReport(const char *What, unsigned long Value)
{
    BdPuts(What);
    BdPutChar(' ');
    BdPutDec(Value);
    BdPutChar('\n');
}

static void Show(const char *What, long Status)
{
    BdPuts(What);
    BdPutChar(' ');
    BdPutHex((unsigned long)Status);
    BdPutChar('\n');
}

static void Describe(MACHINE_IMAGE *Image, const char *Name, MODULE *Module, unsigned long Base, unsigned long Region)
{
    Image->FileName = Name;
    Image->File = (const void *)Module->Address;
    Image->FileSize = Module->Size;
    Image->Base = Base;
    Image->RegionSize = Region;
    Image->EntryPoint = 0;
}

/* From the disk. */

#define FILE_BUFFER 0x01000000u
#define FILE_SPACING 0x00400000u
#define CHUNK_BLOCKS 64

typedef struct _DISK_FILE {
    uint32_t Sector;
    uint32_t Size;
} DISK_FILE;

/* Reads a file's sectors into Buffer, CHUNK_BLOCKS at a time; the NVMe status of the first failure, or 0. */
static uint32_t ReadFile(DISK_FILE *File, uint32_t Buffer)
{
    uint32_t blocks = (File->Size + 511) / 512;
    uint32_t done;
    uint32_t status;

    for (done = 0; done < blocks; done += CHUNK_BLOCKS) {
        uint32_t count = blocks - done < CHUNK_BLOCKS ? blocks - done : CHUNK_BLOCKS;
        status = NvmeIo_(0x02, File->Sector + done, count, Buffer + done * 512);
        if (status != 0) {
            return status;
        }
    }
    return 0;
}

static void DescribeFile(MACHINE_IMAGE *Image, const char *Name, DISK_FILE *File, uint32_t Buffer, unsigned long Base)
{
    Image->FileName = Name;
    Image->File = (const void *)Buffer;
    Image->FileSize = File->Size;
    Image->Base = Base;
    Image->RegionSize = REGION;
    Image->EntryPoint = 0;
}

static int LoadFromDisk(void)
{
    DISK_FILE *files = (DISK_FILE *)MODULE_TABLE;
    MACHINE_IMAGE images[2];
    uint32_t i;
    long status;

    if (NvmeStart() != 0) {
        return 1;
    }
    Show("read table:", NvmeIo_(0x02, 0, 1, MODULE_TABLE));
    for (i = 0; i < 3; i++) {
        Show("read file:", ReadFile(&files[i], FILE_BUFFER + i * FILE_SPACING));
    }

    DescribeFile(&images[0], "drva-changed.sys", &files[2], FILE_BUFFER + 2 * FILE_SPACING, DRIVER_BASE);
    Show("changed on disk:", __machine_map_images(images, 1));

    DescribeFile(&images[0], "drva.sys", &files[0], FILE_BUFFER, DRIVER_BASE);
    DescribeFile(&images[1], "drvb.sys", &files[1], FILE_BUFFER + FILE_SPACING, DRIVER_BASE + REGION);
    status = __machine_map_images(images, 2);
    Show("both from disk:", status);
    if (status != 0) {
        return 1;
    }
    Show("DriverEntry:", ((DRIVER_ENTRY)images[0].EntryPoint)(0, 0));
    BdPowerOff();
    return 0;
}

int main(void)
{
    MODULE *modules = (MODULE *)MODULE_TABLE;
    MACHINE_IMAGE images[2];
    unsigned long bases[2];
    long status;

    if (modules[0].Address == 0) {
        return LoadFromDisk();
    }

    Describe(&images[0], "drva.sys", &modules[0], DRIVER_BASE, REGION);
    Show("drva alone:", __machine_map_images(images, 1));

    Describe(&images[0], "drva.sys", &modules[0], DRIVER_BASE, 16);
    Show("drva in 16 bytes:", __machine_map_images(images, 1));
    KeReport("needs at least one page:", images[0].RegionSize >= 0x1000);

    /* A size query (an empty region) answers quietly; the map that follows finds the same file's image. */
    Describe(&images[0], "drvb.sys", &modules[1], DRIVER_BASE, 0);
    Show("drvb's size:", __machine_map_images(images, 1));
    KeReport("drvb needs at least one page:", images[0].RegionSize >= 0x1000);

    Describe(&images[0], "drva-changed.sys", &modules[2], DRIVER_BASE, REGION);
    Show("changed drva:", __machine_map_images(images, 1));

    Describe(&images[0], "drva.sys", &modules[0], DRIVER_BASE, REGION);
    Describe(&images[1], "drvb.sys", &modules[1], DRIVER_BASE, REGION);
    Show("overlapping:", __machine_map_images(images, 2));

    images[1].Base = DRIVER_BASE + REGION;
    status = __machine_map_images(images, 2);
    Show("both:", status);
    if (status != 0)
        return 1;
    KeReport("drvb has no entry point:", images[1].EntryPoint == 0);
    Show("DriverEntry:", ((DRIVER_ENTRY)images[0].EntryPoint)(0, 0));
    Show("drvb again:", __machine_map_images(&images[1], 1));

    bases[0] = images[0].Base;
    bases[1] = images[1].Base;
    Show("unmap drvb:", __machine_unmap_images(&bases[1], 1));
    Show("unmap drva:", __machine_unmap_images(&bases[0], 1));
    Show("unmap both:", __machine_unmap_images(bases, 2));
    Show("unmap drvb again:", __machine_unmap_images(&bases[1], 1));
    bases[0] = 0x00100000u;
    Show("unmap the program:", __machine_unmap_images(bases, 1));

    status = __machine_map_images(images, 2);
    Show("both again:", status);
    Show("DriverEntry:", ((DRIVER_ENTRY)images[0].EntryPoint)(0, 0));
    return 0;
}
