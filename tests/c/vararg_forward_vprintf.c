/* Forwarding a va_list to the C library: a DbgPrint-style logger (level filter, component prefix, vsnprintf
   into a fixed buffer with truncation, a running log), a vprintf wrapper, a vsprintf-based formatter that
   appends, and vsnprintf's return value when the output does not fit or the buffer is NULL. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2

static unsigned log_mask = (1u << DPFLTR_ERROR_LEVEL) | (1u << DPFLTR_WARNING_LEVEL);
static char log_text[512];
static size_t log_used;
static int dropped;

static unsigned long DbgPrintEx(const char *component, unsigned level, const char *format, ...) {
    char line[40];
    if (!(log_mask & (1u << level))) {
        dropped++;
        return 0;
    }
    int prefix = snprintf(line, sizeof line, "[%s:%u] ", component, level);
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(line + prefix, sizeof line - (size_t)prefix, format, ap);
    va_end(ap);
    int truncated = n >= (int)(sizeof line - (size_t)prefix);
    printf("%s%s\n", line, truncated ? "~" : "");
    size_t len = strlen(line);
    if (log_used + len + 1 < sizeof log_text) {
        memcpy(log_text + log_used, line, len);
        log_used += len;
        log_text[log_used++] = '|';
        log_text[log_used] = 0;
    }
    return (unsigned long)n;
}

static int say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

/* appends formatted text at *pos, returns the characters added */
static int append(char *buf, int *pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(buf + *pos, fmt, ap);
    va_end(ap);
    *pos += n;
    return n;
}

static int measure(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    unsigned long total = 0;
    total += DbgPrintEx("IO", DPFLTR_ERROR_LEVEL, "device %s failed status=%08x", "disk0", 0xc0000185u);
    total += DbgPrintEx("MM", DPFLTR_TRACE_LEVEL, "not shown %d", 1);
    total += DbgPrintEx("MM", DPFLTR_WARNING_LEVEL, "low memory: %u pages, %.1f%%", 1234u, 3.25);
    total += DbgPrintEx("PS", DPFLTR_WARNING_LEVEL, "a message that is much too long for the buffer %d", 42);
    log_mask |= 1u << DPFLTR_TRACE_LEVEL;
    total += DbgPrintEx("KE", DPFLTR_TRACE_LEVEL, "%c%c%c %lld %-4s|", 'x', 'y', 'z', -9000000000LL, "ab");
    total += DbgPrintEx("OB", DPFLTR_ERROR_LEVEL, "%s", "");
    printf("total=%lu dropped=%d\n", total, dropped);
    printf("log: %s\n", log_text);

    int n = say("say: %d %s %5.2f %x\n", -17, "str", 2.0 / 3.0, 255u);
    n += say("say: %%literal %08.3e\n", 12345.678);
    printf("say printed %d chars\n", n);

    char buf[200];
    int pos = 0;
    buf[0] = 0;
    for (int k = 0; k < 5; k++) append(buf, &pos, "%s%d", k ? "," : "", k * k * k);
    append(buf, &pos, " [%*d] [%-*d] [%.*s]", 6, 42, 4, 7, 3, "abcdef");
    printf("appended (%d): %s\n", pos, buf);

    printf("measure: %d %d %d\n", measure("%d", 1234567), measure("%s-%s", "ab", "cde"), measure("%10.4f", 3.0));
    char small[8];
    int want = snprintf(small, sizeof small, "%s", "0123456789");
    printf("snprintf want=%d got=\"%s\"\n", want, small);
    return (int)(total % 256);
}
