/* errno.h - the error number. errno is an int in guest memory reached through _errno(), as in the MSVC CRT.
   Error values 1-34 are the classic Unix numbers, which MSVC and glibc share; EILSEQ takes glibc's value,
   the one the library's strerror text (glibc's wording) is written for. */
#ifndef _NT2CS_ERRNO_H
#define _NT2CS_ERRNO_H

int *_errno(void);
#define errno (*_errno())

#define EPERM 1
#define ENOENT 2
#define ESRCH 3
#define EINTR 4
#define EIO 5
#define ENXIO 6
#define E2BIG 7
#define ENOEXEC 8
#define EBADF 9
#define ECHILD 10
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define ENOTBLK 15
#define EBUSY 16
#define EEXIST 17
#define EXDEV 18
#define ENODEV 19
#define ENOTDIR 20
#define EISDIR 21
#define EINVAL 22
#define ENFILE 23
#define EMFILE 24
#define ENOTTY 25
#define ETXTBSY 26
#define EFBIG 27
#define ENOSPC 28
#define ESPIPE 29
#define EROFS 30
#define EMLINK 31
#define EPIPE 32
#define EDOM 33
#define ERANGE 34
#define EILSEQ 84

#endif
