/* utime.h - utime with glibc's i386 struct utimbuf (two 32-bit times). */
#ifndef _NT2CS_UTIME_H
#define _NT2CS_UTIME_H

#include <sys/types.h>

struct utimbuf {
    time_t actime;
    time_t modtime;
};

int utime(const char *path, const struct utimbuf *times);

#endif
