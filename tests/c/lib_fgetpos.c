/* fgetpos/fsetpos with glibc's fpos_t (12 bytes on i386 without 64-bit offsets): positions saved and restored
   around reads, writes, ungetc and end of file; errors on a stream that cannot seek. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static void show(const char *what, FILE *f)
{
    int c = fgetc(f);
    printf("%s: next '%c' eof %d\n", what, c == EOF ? '-' : c, feof(f) != 0);
}

int main(void)
{
    printf("sizeof(fpos_t) %u\n", (unsigned)sizeof(fpos_t));
    FILE *f = tmpfile();
    if (!f)
        return 1;
    fputs("abcdefghijklmnopqrstuvwxyz", f);
    fpos_t end, start, middle;
    int r0;
    printf("fgetpos after writing: %d ftell %ld\n", fgetpos(f, &end), ftell(f));
    rewind(f);
    printf("fgetpos at start: %d\n", fgetpos(f, &start));
    char buffer[8];
    fread(buffer, 1, 5, f);
    printf("fgetpos after 5: %d ftell %ld\n", fgetpos(f, &middle), ftell(f));
    show("read on", f);
    printf("fsetpos middle: %d\n", fsetpos(f, &middle));
    show("after fsetpos", f);

    /* ungetc: the pushed-back byte counts as unread, fsetpos drops it. */
    fsetpos(f, &middle);
    int c = fgetc(f);
    ungetc('X', f);
    fpos_t pushed;
    printf("fgetpos after ungetc: %d ftell %ld\n", fgetpos(f, &pushed), ftell(f));
    printf("fsetpos to the ungetc position: %d\n", fsetpos(f, &pushed));
    show("after it", f);
    ungetc(c, f);
    fsetpos(f, &start);
    show("ungetc dropped", f);

    /* End of file cleared by fsetpos; writing at a saved position. */
    fsetpos(f, &end);
    show("at end", f);
    printf("eof before fsetpos %d\n", feof(f) != 0);
    fsetpos(f, &middle);
    printf("eof after fsetpos %d\n", feof(f) != 0);
    fputs("12", f);
    fsetpos(f, &start);
    memset(buffer, 0, sizeof buffer);
    fread(buffer, 1, 7, f);
    printf("rewritten: %s\n", buffer);

    /* Round trips across many positions. */
    fpos_t marks[26];
    rewind(f);
    for (int i = 0; i < 26; i++)
    {
        fgetpos(f, &marks[i]);
        fgetc(f);
    }
    int ok = 1;
    for (int i = 25; i >= 0; i -= 3)
    {
        fsetpos(f, &marks[i]);
        long at = ftell(f);
        if (at != i)
            ok = 0;
    }
    printf("round trips %d\n", ok);

    /* Bytes pushed back before the start of the file (C leaves the position indeterminate; glibc's answers). */
    fclose(f);
    f = tmpfile();
    fputs("xyz", f);
    rewind(f);
    ungetc('Z', f);
    errno = 0;
    fpos_t before;
    r0 = fgetpos(f, &before);
    printf("pushed before anything was read: %d errno %s\n", r0, errno == EINVAL ? "EINVAL" : errno == EIO ? "EIO" : "other");
    show("it reads", f);
    c = fgetc(f);
    ungetc('A', f);
    ungetc('B', f);
    errno = 0;
    r0 = fgetpos(f, &before);
    printf("two pushed after one read: %d errno %s\n", r0, errno == EINVAL ? "EINVAL" : errno == EIO ? "EIO" : "other");
    ungetc('C', f);
    errno = 0;
    r0 = fgetpos(f, &before);
    printf("three: %d errno %d ftell %ld\n", r0, errno, ftell(f));
    show("pushed back first", f);
    fclose(f);

    /* A stream that cannot seek: stdout is a pipe. */
    fflush(stdout);
    errno = 0;
    fpos_t p;
    int r = fgetpos(stdout, &p);
    printf("fgetpos(stdout) %d errno %s\n", r, errno == ESPIPE ? "ESPIPE" : "other");
    errno = 0;
    p = start;
    r = fsetpos(stdout, &p);
    printf("fsetpos(stdout) %d errno %s\n", r, errno == ESPIPE ? "ESPIPE" : "other");
    return 0;
}
