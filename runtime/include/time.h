/* time.h - calendar time as glibc's i386 build has it: time_t and clock_t are 32-bit longs, CLOCKS_PER_SEC is a
   million, struct tm has glibc's tm_gmtoff and tm_zone. Local time follows TZ: unset or empty is UTC, a POSIX
   TZ string (EST5EDT,M3.2.0,M11.1.0) or a zone file name (Europe/Paris, :Europe/Paris) as glibc reads them. */
#ifndef _NT2CS_TIME_H
#define _NT2CS_TIME_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef long time_t;
typedef long clock_t;

#define CLOCKS_PER_SEC 1000000l

struct timespec {
    time_t tv_sec;
    long tv_nsec;
};

struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

time_t time(time_t *result);
clock_t clock(void);
double difftime(time_t end, time_t start);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *t, struct tm *result);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *t, struct tm *result);
time_t mktime(struct tm *fields);
time_t timegm(struct tm *fields);
char *asctime(const struct tm *fields);
char *ctime(const time_t *t);
size_t strftime(char *buffer, size_t size, const char *format, const struct tm *fields);
void tzset(void);

#endif
