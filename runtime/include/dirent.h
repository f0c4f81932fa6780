/* dirent.h - directory streams over the host's, with glibc's i386 struct dirent (32-bit d_ino and d_off: an
   entry whose numbers do not fit is EOVERFLOW, as glibc says). readdir's entry stays valid until the next call
   on the same stream. */
#ifndef _NT2CS_DIRENT_H
#define _NT2CS_DIRENT_H

#include <sys/types.h>

typedef struct __dirstream DIR;

struct dirent {
    ino_t d_ino;
    off_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);

#endif
