/* time.h with fixed times: gmtime and localtime under several TZ settings (POSIX rules with daylight time north
   and south, quoted names, zone files), mktime normalizing out-of-range fields and honouring tm_isdst,
   strftime's conversions, flags and widths, asctime, difftime, and a too-small strftime buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void show(const char *what, const struct tm *t)
{
    printf("%s: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d gmtoff %ld zone %s\n", what, t->tm_year + 1900,
           t->tm_mon + 1, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec, t->tm_wday, t->tm_yday, t->tm_isdst, t->tm_gmtoff,
           t->tm_zone);
}

static const time_t moments[] = { 0, 951782400, 1000000000, 1111111111, 1230768000, 1300000000, 1700000000, 2147483647,
                                  -2147483647 - 1, -86400, 1678604400, 1699144200 };

static void zone(const char *tz)
{
    if (tz)
        setenv("TZ", tz, 1);
    else
        unsetenv("TZ");
    tzset();
    printf("TZ=%s\n", tz ? tz : "(unset)");
    for (unsigned i = 0; i < sizeof moments / sizeof moments[0]; i++) {
        struct tm t = *localtime(&moments[i]);
        char text[128];
        show("  local", &t);
        strftime(text, sizeof text, "%c | %Z %z | %s", &t);
        printf("    %s\n", text);
        t.tm_isdst = -1;
        printf("    mktime back %ld\n", (long)mktime(&t));
    }
}

int main(void)
{
    char text[512];
    struct tm t;
    time_t when = 1000000000;

    show("gmtime", gmtime(&when));
    printf("asctime %s", asctime(gmtime(&when)));
    printf("difftime %.1f\n", difftime(1700000000, 1000000000));

    zone("UTC0");
    zone("");
    zone("EST5EDT,M3.2.0,M11.1.0");
    zone("CET-1CEST,M3.5.0,M10.5.0/3");
    zone("<-03>3");
    zone("AEST-10AEDT,M10.1.0,M4.1.0/3");
    zone("NZST-12NZDT-13,J60/2:30,300");
    zone("America/New_York");
    zone(":Europe/Paris");
    zone("Asia/Kolkata");

    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
    tzset();
    memset(&t, 0, sizeof t);
    t.tm_year = 123; t.tm_mon = 13; t.tm_mday = 35; t.tm_hour = 25; t.tm_min = 61; t.tm_sec = 70; t.tm_isdst = -1;
    printf("mktime normalizing: %ld\n", (long)mktime(&t));
    show("  now", &t);
    memset(&t, 0, sizeof t);
    t.tm_year = 124; t.tm_mon = 0; t.tm_mday = 15; t.tm_hour = 12; t.tm_isdst = 1;
    printf("mktime isdst=1 in winter: %ld\n", (long)mktime(&t));
    show("  now", &t);
    memset(&t, 0, sizeof t);
    t.tm_year = 124; t.tm_mon = 6; t.tm_mday = 15; t.tm_hour = 12; t.tm_isdst = 0;
    printf("mktime isdst=0 in summer: %ld\n", (long)mktime(&t));
    show("  now", &t);
    memset(&t, 0, sizeof t);
    t.tm_year = 200; t.tm_mday = 1;
    printf("mktime beyond 2038: %ld\n", (long)mktime(&t));

    setenv("TZ", "UTC0", 1);
    tzset();
    when = 1234567890;
    t = *gmtime(&when);
    strftime(text, sizeof text,
             "%a %A %b %B %h|%C %d %D %e %F|%G %g %H %I %j %k %l|%m %M %n%p %P %r %R|%S %t%T %u %U %V %w %W|%x %X %y %Y %%|%Q", &t);
    printf("[%s]\n", text);
    strftime(text, sizeof text, "%10A|%-d|%_H|%05e|%^a|%#b|%#p|%#Z|%3j|%-j|%_5M|%EY|%Od|%+4Y", &t);
    printf("[%s]\n", text);
    for (int day = 0; day < 14; day++) {
        time_t d = 1230508800 + day * 86400; /* 2008-12-29 onwards: ISO weeks across a year end */
        strftime(text, sizeof text, "%F %a %G-W%V-%u %U %W %j", gmtime(&d));
        printf("%s\n", text);
    }
    printf("too small: %u\n", (unsigned)strftime(text, 5, "%Y-%m-%d", &t));
    unsigned fit = (unsigned)strftime(text, 5, "%Y", &t);
    printf("exact fit: %u %s\n", fit, text);
    printf("empty: %u\n", (unsigned)strftime(text, sizeof text, "", &t));
    return 0;
}
