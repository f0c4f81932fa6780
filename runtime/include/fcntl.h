/* fcntl.h - open(2) and its flags, Linux's values (the same for i386 and x86-64 programs). */
#ifndef _NT2CS_FCNTL_H
#define _NT2CS_FCNTL_H

#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_ACCMODE 03
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_CLOEXEC 02000000

int open(const char *path, int flags, ...);

#endif
