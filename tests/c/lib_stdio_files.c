/* stdio over host files: each fopen mode, reading back what was written, positions, append, update streams,
   the error and end-of-file flags, and the errors glibc reports (errno values and strerror's words). The
   files are named after the program, in the working directory, and removed at the end. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#define NAME "lib_stdio_files.tmp"
#define OTHER "lib_stdio_files.renamed"

static void show(const char *what, FILE *f)
{
    printf("%s: pos %ld eof %d error %d\n", what, ftell(f), feof(f), ferror(f));
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
    printf("read from w: %d error %d errno %s\n", fgetc(f), ferror(f), strerror(errno));
    clearerr(f);
    printf("close %d\n", fclose(f));
    dump(NAME);

    f = fopen(NAME, "r");
    printf("fgets: %s", fgets(line, sizeof line, f));
    show("after fgets", f);
    c = getc(f);
    printf("getc %c ungetc %c\n", c, ungetc('X', f));
    show("after ungetc", f);
    printf("fgets small: '%s'\n", fgets(line, 4, f));
    n = fread(block, 1, sizeof block, f);
    printf("fread %u: %.*s\n", (unsigned)n, (int)n, block);
    n = fread(block, 1, sizeof block, f);
    printf("fread %u\n", (unsigned)n);
    show("at end", f);
    printf("fgets at end: %p\n", (void *)fgets(line, sizeof line, f));
    printf("write to r: %d error %d errno %d\n", fputc('x', f), ferror(f), errno);
    clearerr(f);
    show("cleared", f);
    printf("seek end-4: %d\n", fseek(f, -4, SEEK_END));
    show("seeked", f);
    printf("getc %c\n", getc(f));
    printf("seek cur+1: %d\n", fseek(f, 1, SEEK_CUR));
    printf("getc %c\n", getc(f));
    errno = 0;
    printf("seek -100: %d errno %d\n", fseek(f, -100, SEEK_SET), errno);
    printf("seek whence 7: %d errno %d\n", fseek(f, 0, 7), errno);
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

    errno = 0;
    printf("open missing: %p errno %d %s\n", (void *)fopen("lib_stdio_files.missing/none", "r"), errno, strerror(errno));
    errno = 0;
    printf("bad mode: %p errno %d\n", (void *)fopen(NAME, "q"), errno);
    f = fopen(NAME, "rzb");
    printf("ignored mode letters: %d\n", f != NULL);
    fclose(f);
    errno = 0;
    printf("exclusive: %p errno %d %s\n", (void *)fopen(NAME, "wx"), errno, strerror(errno));
    errno = 0;
    printf("directory for writing: %p errno %d\n", (void *)fopen(".", "w"), errno);

    printf("rename %d\n", rename(NAME, OTHER));
    errno = 0;
    printf("old name: %p errno %d\n", (void *)fopen(NAME, "r"), errno);
    dump(OTHER);
    printf("remove %d\n", remove(OTHER));
    errno = 0;
    printf("remove again %d errno %d %s\n", remove(OTHER), errno, strerror(errno));
    errno = 0;
    printf("rename missing %d errno %d\n", rename(NAME, OTHER), errno);

    f = tmpfile();
    fputs("temporary", f);
    rewind(f);
    printf("tmpfile: %s\n", fgets(line, sizeof line, f));
    fclose(f);

    errno = 0;
    printf("ftell(stdout) %ld errno %d\n", ftell(stdout), errno);
    printf("setvbuf bad mode %d errno %d\n", setvbuf(stdout, NULL, 7, 0), errno);
    return 0;
}
