/* sys/types.h - POSIX's basic types as glibc's i386 build has them (off_t 32 bits: no _FILE_OFFSET_BITS=64). */
#ifndef _NT2CS_SYS_TYPES_H
#define _NT2CS_SYS_TYPES_H

#ifndef _SIZE_T_DEFINED
#define _SIZE_T_DEFINED
typedef unsigned int size_t;
#endif

typedef int ssize_t;
typedef long off_t;
typedef unsigned int mode_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned long ino_t;
typedef unsigned long long dev_t;
typedef unsigned int nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef long suseconds_t;
typedef unsigned int useconds_t;

#endif
