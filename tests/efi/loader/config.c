/* Prints what the OS loader reads from a boot configuration file (argv[1]) — its kernel, hal, volume, hive and
   options, a line each — or "line N: REASON" and status 1: nt-src/boot/efi/blconfig.c run hosted, for
   LoaderConfigurationTests. */
#include <stdio.h>
#include <stdlib.h>
#include "blconfig.h"

static char Text[1 << 16];

int main(int argc, char **argv)
{
    FILE *file;
    size_t length;
    BL_CONFIGURATION configuration;
    BL_CONFIG_ERROR error;

    if (argc != 2 || (file = fopen(argv[1], "rb")) == NULL) {
        fprintf(stderr, "usage: config FILE\n");
        return 2;
    }
    length = fread(Text, 1, sizeof(Text), file);
    fclose(file);
    if (!NT_SUCCESS(BlParseConfiguration(Text, (ULONG)length, &configuration, &error))) {
        printf("line %lu: %s\n", (unsigned long)error.Line, error.Reason);
        return 1;
    }
    printf("kernel %s\nhal %s\nvolume %lu\nhive %s\noptions %s\n", configuration.KernelPath, configuration.HalPath,
        (unsigned long)configuration.Volume, configuration.HivePath, configuration.Options);
    return 0;
}
