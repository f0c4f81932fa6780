/* stdlib.h - general utilities: heap, sorting, number parsing, process control, the environment, pseudo-random
   numbers. rand() is glibc's generator (RAND_MAX 2^31-1), so sequences match the native reference. There is no
   command processor: system(NULL) is 0, system(command) is -1 with errno ENOSYS. */
#ifndef _NT2CS_STDLIB_H
#define _NT2CS_STDLIB_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

#ifndef _WCHAR_T_DEFINED
#define _WCHAR_T_DEFINED
typedef unsigned short wchar_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *block, size_t size);
void free(void *block);

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));

double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

int abs(int n);
long labs(long n);
long long llabs(long long n);

int rand(void);
void srand(unsigned seed);

char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int system(const char *command);
int atexit(void (*function)(void));
__declspec(noreturn) void exit(int status);
__declspec(noreturn) void abort(void);

#endif
