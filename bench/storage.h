/* storage.h - what the bench/storage drivers share: PASSES sequential passes over a disk of Sectors sectors,
   REQUEST_KB per request through the driver's Read (0 when the request succeeded), then the count read and the
   power-off. PASSES=0 is the baseline run: start-up and the device's set-up alone. */
#ifndef BENCH_STORAGE_H
#define BENCH_STORAGE_H

#include "board.h"

#ifndef REQUEST_KB
#define REQUEST_KB 128
#endif
#ifndef PASSES
#define PASSES 4
#endif
#define BUFFER 0x01000000u
#define REQUEST_SECTORS (REQUEST_KB * 2u)

static int BenchReadSequentially(uint32_t sectors, uint32_t (*read)(uint32_t lba))
{
    uint32_t total = 0;
    uint32_t failed = 0;
    for (int pass = 0; pass < PASSES; pass++) {
        for (uint32_t lba = 0; lba + REQUEST_SECTORS <= sectors; lba += REQUEST_SECTORS) {
            failed |= read(lba);
            total += REQUEST_SECTORS;
        }
    }
    BdPuts("read sectors ");
    BdPutDec(total);
    BdPuts(failed ? " with errors\n" : "\n");
    BdPowerOff();
    return 0;
}

#endif
