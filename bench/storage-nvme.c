/* bench/storage: sequential reads of the whole disk through the NVMe controller (storage.h). Polled, one command
   at a time. */
#include "storage.h"
#include "nvme.h"

/* The namespace's size in sectors: Identify Namespace (CNS 0), NSZE. */
static uint32_t NvmeSectors(void)
{
    if (NvmeSubmit(&NvmeAdmin, 0x06, 1, NVME_IDENTIFY, 0, 0, 0, 0, 0) != 0) {
        return 0;
    }
    return ((volatile uint32_t *)NVME_IDENTIFY)[0];
}

static uint32_t Read(uint32_t lba)
{
    return NvmeIo_(0x02, lba, REQUEST_SECTORS, BUFFER);
}

int main(void)
{
    if (NvmeStart() != 0) {
        return 1;
    }
    return BenchReadSequentially(NvmeSectors(), Read);
}
