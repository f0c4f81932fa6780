/* sys/time.h - struct timeval (32-bit seconds and microseconds, glibc's i386 layout), gettimeofday and utimes. */
#ifndef _NT2CS_SYS_TIME_H
#define _NT2CS_SYS_TIME_H

#include <sys/types.h>

struct timeval {
    time_t tv_sec;
    suseconds_t tv_usec;
};

struct timezone {
    int tz_minuteswest;
    int tz_dsttime;
};

int gettimeofday(struct timeval *tv, void *tz);
int utimes(const char *path, const struct timeval *times); /* times[2] */

#endif
