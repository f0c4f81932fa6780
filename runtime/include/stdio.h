/* stdio.h - standard input and output over the run's standard streams and host files, buffered as glibc
   buffers them (stdout fully when it is a pipe, stderr not at all, files in 4096-byte blocks). FILE is opaque.
   long and so fseek/ftell positions are 32 bits, as for glibc's i386 build without _FILE_OFFSET_BITS=64. */
#ifndef _NT2CS_STDIO_H
#define _NT2CS_STDIO_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

#ifndef _VA_LIST_DEFINED
#define _VA_LIST_DEFINED
typedef char *va_list;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef _FILE_DEFINED
#define _FILE_DEFINED
typedef struct _iobuf FILE;
#endif

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

FILE *__acrt_iob_func(unsigned index);
#define stdin (__acrt_iob_func(0))
#define stdout (__acrt_iob_func(1))
#define stderr (__acrt_iob_func(2))

int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int sprintf(char *buffer, const char *format, ...);
int snprintf(char *buffer, size_t size, const char *format, ...);
int vprintf(const char *format, va_list args);
int vfprintf(FILE *stream, const char *format, va_list args);
int vsprintf(char *buffer, const char *format, va_list args);
int vsnprintf(char *buffer, size_t size, const char *format, va_list args);
int sscanf(const char *string, const char *format, ...);

int puts(const char *s);
int fputs(const char *s, FILE *stream);
int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
size_t fwrite(const void *data, size_t size, size_t count, FILE *stream);
size_t fread(void *data, size_t size, size_t count, FILE *stream);
int fflush(FILE *stream);

FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *path, const char *mode, FILE *stream);
int fclose(FILE *stream);
FILE *tmpfile(void);
char *tmpnam(char *buffer);
int remove(const char *path);
int rename(const char *from, const char *to);
int setvbuf(FILE *stream, char *buffer, int mode, size_t size);
void setbuf(FILE *stream, char *buffer);
int fileno(FILE *stream);
FILE *popen(const char *command, const char *mode); /* no command processor: NULL, errno ENOSYS */
int pclose(FILE *stream);

/* fpos_t as glibc's i386 build has it without _FILE_OFFSET_BITS=64 (12 bytes): the offset, then the multibyte
   conversion state of a wide stream (glibc's __mbstate_t, opaque here). */
typedef struct _G_fpos_t {
    long __pos;
    int __state[2];
} fpos_t;

int fseek(FILE *stream, long offset, int whence);
long ftell(FILE *stream);
int fgetpos(FILE *stream, fpos_t *position);
int fsetpos(FILE *stream, const fpos_t *position);
void rewind(FILE *stream);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);

int getchar(void);
int fgetc(FILE *stream);
int getc(FILE *stream);
int ungetc(int c, FILE *stream);
char *fgets(char *buffer, int size, FILE *stream);

void perror(const char *prefix);

#endif
