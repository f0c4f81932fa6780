/* stdio over host files: each fopen mode, reading back what was written, positions, append, update streams,
   the error and end-of-file flags, and the errors glibc reports (errno values and strerror's words). The
   files are named after the program, in the working directory, and removed at the end. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Evaluates a call, then prints its result and errno (C leaves the order of printf's arguments open). */
#define SHOW(label, expr)                                                                                             \
    do {                                                                                                              \
        errno = 0;                                                                                                    \
        long result_ = (long)(expr);                                                                                  \
        int error_ = errno;                                                                                           \
        printf("%s: %ld errno %d %s\n", label, result_, error_, strerror(error_));                                    \
    } while (0)

#define NAME "lib_stdio_files.tmp"
#define OTHER "lib_stdio_files.renamed"

static void show(const char *what, FILE *f)
{
    long pos = ftell(f);
    int eof = feof(f);
    printf("%s: pos %ld eof %d error %d\n", what, pos, eof, ferror(f));
}

static void dump(const char *path)
{
    FILE *f = fopen(path, "rb");
    int c;
    printf("[");
    while ((c = getc(f)) != EOF)
        putchar(c == '\n' ? '|' : c);
    printf("] eof %d\n", feof(f));
    fclose(f);
}

int main(void)
{
    char line[64];
    char block[16];
    FILE *f;
    size_t n;
    int c;

    f = fopen(NAME, "w");
    printf("fileno %d\n", fileno(f));
    fputs("first line\n", f);
    fprintf(f, "%d %s %.3f\n", 42, "second", 2.5);
    fwrite("0123456789", 1, 10, f);
    show("written", f);
    SHOW("read from w", fgetc(f));
    printf("error %d\n", ferror(f));
    clearerr(f);
    printf("close %d\n", fclose(f));
    dump(NAME);

    f = fopen(NAME, "r");
    printf("fgets: %s", fgets(line, sizeof line, f));
    show("after fgets", f);
    c = getc(f);
    printf("getc %c", c);
    printf(" ungetc %c\n", ungetc('X', f));
    show("after ungetc", f);
    printf("fgets small: '%s'\n", fgets(line, 4, f));
    n = fread(block, 1, sizeof block, f);
    printf("fread %u: %.*s\n", (unsigned)n, (int)n, block);
    n = fread(block, 1, sizeof block, f);
    printf("fread %u\n", (unsigned)n);
    show("at end", f);
    printf("fgets at end: %p\n", (void *)fgets(line, sizeof line, f));
    SHOW("write to r", fputc('x', f));
    printf("error %d\n", ferror(f));
    clearerr(f);
    show("cleared", f);
    printf("seek end-4: %d\n", fseek(f, -4, SEEK_END));
    show("seeked", f);
    printf("getc %c\n", getc(f));
    printf("seek cur+1: %d\n", fseek(f, 1, SEEK_CUR));
    printf("getc %c\n", getc(f));
    SHOW("seek -100", fseek(f, -100, SEEK_SET));
    SHOW("seek whence 7", fseek(f, 0, 7));
    rewind(f);
    show("rewound", f);
    fclose(f);

    f = fopen(NAME, "a");
    show("append opened", f);
    fputs("appended\n", f);
    show("append written", f);
    fseek(f, 0, SEEK_SET);
    fputs("again\n", f);
    fclose(f);
    dump(NAME);

    f = fopen(NAME, "r+");
    fseek(f, 6, SEEK_SET);
    fputs("LINE", f);
    fseek(f, 0, SEEK_SET);
    printf("r+ fgets: %s", fgets(line, sizeof line, f));
    fseek(f, 0, SEEK_CUR);
    fputs("Z", f);
    fclose(f);
    dump(NAME);

    f = fopen(NAME, "w+");
    show("w+ truncated", f);
    fputs("abc\ndef\n", f);
    rewind(f);
    printf("w+ read: %s", fgets(line, sizeof line, f));
    fclose(f);

    f = fopen(NAME, "a+");
    printf("a+ first getc %c\n", getc(f));
    fseek(f, 0, SEEK_CUR);
    fputs("ghi\n", f);
    show("a+ written", f);
    fclose(f);
    dump(NAME);

    SHOW("open missing gives NULL", fopen("lib_stdio_files.missing/none", "r") == NULL);
    SHOW("bad mode gives NULL", fopen(NAME, "q") == NULL);
    f = fopen(NAME, "rzb");
    printf("ignored mode letters: %d\n", f != NULL);
    fclose(f);
    SHOW("exclusive gives NULL", fopen(NAME, "wx") == NULL);
    SHOW("directory for writing gives NULL", fopen(".", "w") == NULL);

    printf("rename %d\n", rename(NAME, OTHER));
    SHOW("old name gives NULL", fopen(NAME, "r") == NULL);
    dump(OTHER);
    printf("remove %d\n", remove(OTHER));
    SHOW("remove again", remove(OTHER));
    SHOW("rename missing", rename(NAME, OTHER));

    f = fopen(NAME, "w");
    fputs("before freopen\n", f);
    f = freopen(NAME, "r", f);
    printf("freopen same fileno %d: %s", fileno(f), fgets(line, sizeof line, f));
    f = freopen(NULL, "a", f);
    fputs("appended after a mode change\n", f);
    f = freopen(NULL, "r", f);
    while (fgets(line, sizeof line, f))
        printf("reopened: %s", line);
    fclose(f);
    remove(NAME);

    f = tmpfile();
    fputs("temporary", f);
    rewind(f);
    printf("tmpfile: %s\n", fgets(line, sizeof line, f));
    fclose(f);

    SHOW("ftell(stdout)", ftell(stdout));
    SHOW("setvbuf bad mode", setvbuf(stdout, NULL, 7, 0));
    return 0;
}
