/* unistd.h - the POSIX descriptor and file-system calls a hosted program uses: descriptors 0, 1 and 2 are the run's
   standard streams, the others the host's files (host system calls, so errno values are the native build's).
   off_t is 32 bits, as for glibc's i386 build without _FILE_OFFSET_BITS=64. */
#ifndef _NT2CS_UNISTD_H
#define _NT2CS_UNISTD_H

#include <sys/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

int close(int fd);
ssize_t read(int fd, void *buffer, size_t count);
ssize_t write(int fd, const void *buffer, size_t count);
off_t lseek(int fd, off_t offset, int whence);
int fsync(int fd);
int isatty(int fd);
int unlink(const char *path);
int access(const char *path, int mode);
ssize_t pread(int fd, void *buffer, size_t count, off_t offset);
ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset);
int ftruncate(int fd, off_t length);
int fchown(int fd, uid_t owner, gid_t group);
int rmdir(const char *path);
int chdir(const char *path); /* the host process's working directory: the run's */
char *getcwd(char *buffer, size_t size);
ssize_t readlink(const char *path, char *buffer, size_t size);
int symlink(const char *target, const char *path);
pid_t getpid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
unsigned int sleep(unsigned int seconds);
int usleep(useconds_t microseconds);
int getpagesize(void);

#endif
