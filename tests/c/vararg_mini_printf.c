/* A self-written printf: a vformat(sink, fmt, va_list) core handling %d %u %x %X %s %c %lld %llu %llx %% with
   width, '-' and '0' flags, used by a buffer formatter and a counting formatter (output callbacks through
   function pointers); every result is compared with the C library's sprintf of the same format. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Sink {
    void (*put)(struct Sink *, char);
    char *buf;
    int len, cap;
} Sink;

static void put_buf(Sink *s, char c) {
    if (s->len + 1 < s->cap) s->buf[s->len] = c;
    s->len++;
}

static void put_count(Sink *s, char c) { s->len += (c != 0); }

static void emit(Sink *s, const char *digits, int n, int neg, int width, int left, int zero) {
    int body = n + neg, pad = width > body ? width - body : 0;
    if (!left && !zero) while (pad-- > 0) s->put(s, ' ');
    if (neg) s->put(s, '-');
    if (!left && zero) while (pad-- > 0) s->put(s, '0');
    while (n > 0) s->put(s, digits[--n]);   /* digits are stored least significant first */
    if (left) while (pad-- > 0) s->put(s, ' ');
}

static void vformat(Sink *s, const char *fmt, va_list ap) {
    for (; *fmt; fmt++) {
        if (*fmt != '%') { s->put(s, *fmt); continue; }
        int left = 0, zero = 0, width = 0, longlong = 0;
        fmt++;
        for (;; fmt++) {
            if (*fmt == '-') left = 1;
            else if (*fmt == '0') zero = 1;
            else break;
        }
        while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
        if (fmt[0] == 'l' && fmt[1] == 'l') { longlong = 1; fmt += 2; }
        char digits[24];
        int n = 0, neg = 0;
        unsigned long long u;
        switch (*fmt) {
        case 'd':
            if (longlong) {
                long long v = va_arg(ap, long long);
                neg = v < 0;
                u = neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            } else {
                int v = va_arg(ap, int);
                neg = v < 0;
                u = neg ? 0u - (unsigned)v : (unsigned)v;
            }
            do { digits[n++] = (char)('0' + u % 10); u /= 10; } while (u);
            emit(s, digits, n, neg, width, left, zero);
            break;
        case 'u': case 'x': case 'X': {
            unsigned base = *fmt == 'u' ? 10 : 16;
            const char *set = *fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            u = longlong ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned);
            do { digits[n++] = set[u % base]; u /= base; } while (u);
            emit(s, digits, n, 0, width, left, zero);
            break;
        }
        case 'c': {
            char c = (char)va_arg(ap, int);
            emit(s, &c, 1, 0, width, left, 0);
            break;
        }
        case 's': {
            const char *str = va_arg(ap, const char *);
            int len = (int)strlen(str), pad = width > len ? width - len : 0;
            if (!left) while (pad-- > 0) s->put(s, ' ');
            for (int k = 0; k < len; k++) s->put(s, str[k]);
            if (left) while (pad-- > 0) s->put(s, ' ');
            break;
        }
        case '%': s->put(s, '%'); break;
        default: s->put(s, '?'); break;
        }
    }
}

static int my_snprintf(char *buf, int cap, const char *fmt, ...) {
    Sink s = { put_buf, buf, 0, cap };
    va_list ap;
    va_start(ap, fmt);
    vformat(&s, fmt, ap);
    va_end(ap);
    buf[s.len < cap ? s.len : cap - 1] = 0;
    return s.len;
}

static int my_count(const char *fmt, ...) {
    Sink s = { put_count, NULL, 0, 0 };
    va_list ap;
    va_start(ap, fmt);
    vformat(&s, fmt, ap);
    va_end(ap);
    return s.len;
}

static int failures;

#define CHECK(...) do { \
        char mine[96], libc[96]; \
        int a = my_snprintf(mine, sizeof mine, __VA_ARGS__); \
        int b = sprintf(libc, __VA_ARGS__); \
        int c = my_count(__VA_ARGS__); \
        int ok = a == b && c == b && strcmp(mine, libc) == 0; \
        failures += !ok; \
        printf("%s [%s] %d\n", ok ? "ok " : "BAD", mine, a); \
    } while (0)

int main(void) {
    CHECK("plain text");
    CHECK("%d %d %d %d", 0, -1, 2147483647, (int)-2147483647 - 1);
    CHECK("%u %x %X %u", 4294967295u, 0xdeadbeefu, 0xabcu, 0u);
    CHECK("[%5d] [%-5d] [%05d] [%-05d] [%05d]", 42, 42, 42, 42, -42);
    CHECK("%lld|%llu|%llx", -9223372036854775807LL - 1, 18446744073709551615ULL, 0x123456789abcdefULL);
    CHECK("%20lld|%-20lld|%020lld", 123456789012LL, -5LL, -77LL);
    CHECK("%c%c%c [%3c] [%-3c]", 'a', 'B', '!', 'x', 'y');
    CHECK("%s|%8s|%-8s|%s", "left", "right", "pad", "");
    CHECK("100%% %d%%", 50);
    CHECK("%08x %8X %-8u|", 0xbeefu, 0x1u, 77u);
    CHECK("mix %d %lld %s %c %u %llx end", -3, 4LL, "five", '6', 7u, 8ULL);
    char small[6];
    int full = my_snprintf(small, sizeof small, "%d-%s", 12345, "abc");
    printf("truncated \"%s\" full=%d\n", small, full);
    printf("failures=%d\n", failures);
    return failures ? 1 : 17;
}
