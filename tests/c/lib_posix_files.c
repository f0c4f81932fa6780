/* The POSIX subset SQLite's unix VFS and shell use, against glibc's i386 build: struct stat's layout and the
   stat family, positioned I/O, truncation, record locks, directories, links, permissions, the working directory,
   and errno for each failure. Paths are made per process (the pid is never printed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <utime.h>
#include <sys/stat.h>
#include <sys/time.h>

static char base[64];

static const char *at(const char *name)
{
    static char path[2][128];
    static int which;
    which ^= 1;
    snprintf(path[which], sizeof path[which], "%s/%s", base, name);
    return path[which];
}

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void)
{
    struct stat st;
    struct flock lock;
    char buffer[64];
    int fd, rc;

    printf("stat %u: dev %u ino %u mode %u nlink %u uid %u size %u blocks %u atim %u mtim %u ctim %u\n",
           (unsigned)sizeof st, (unsigned)offsetof(struct stat, st_dev), (unsigned)offsetof(struct stat, st_ino),
           (unsigned)offsetof(struct stat, st_mode), (unsigned)offsetof(struct stat, st_nlink),
           (unsigned)offsetof(struct stat, st_uid), (unsigned)offsetof(struct stat, st_size),
           (unsigned)offsetof(struct stat, st_blocks), (unsigned)offsetof(struct stat, st_atim),
           (unsigned)offsetof(struct stat, st_mtim), (unsigned)offsetof(struct stat, st_ctim));
    printf("flock %u: start %u len %u pid %u; timeval %u; dirent name %u\n", (unsigned)sizeof lock,
           (unsigned)offsetof(struct flock, l_start), (unsigned)offsetof(struct flock, l_len),
           (unsigned)offsetof(struct flock, l_pid), (unsigned)sizeof(struct timeval),
           (unsigned)offsetof(struct dirent, d_name));

    snprintf(base, sizeof base, "/tmp/nt2cs-posix-%d", (int)getpid());
    rc = mkdir(base, 0755);
    printf("mkdir %d; again %d errno %d\n", rc, mkdir(base, 0755), errno);
    rc = stat(base, &st);
    printf("stat dir %d isdir %d mode %o\n", rc, S_ISDIR(st.st_mode), (unsigned)(st.st_mode & 0777));
    printf("stat missing %d errno %d\n", stat(at("missing"), &st), errno);

    fd = open(at("data"), O_RDWR | O_CREAT | O_EXCL, 0644);
    printf("open %d\n", fd >= 3);
    printf("pwrite %d\n", (int)pwrite(fd, "hello, world", 12, 100));
    rc = fstat(fd, &st);
    printf("fstat %d size %d isreg %d mode %o nlink %u\n", rc, (int)st.st_size, S_ISREG(st.st_mode),
           (unsigned)(st.st_mode & 0777), (unsigned)st.st_nlink);
    memset(buffer, 0, sizeof buffer);
    printf("pread %d '%s'\n", (int)pread(fd, buffer, 5, 107), buffer);
    printf("pread past end %d\n", (int)pread(fd, buffer, 5, 1000));
    printf("lseek %d\n", (int)lseek(fd, 0, SEEK_CUR));
    printf("ftruncate %d\n", ftruncate(fd, 50));
    fstat(fd, &st);
    printf("size now %d\n", (int)st.st_size);
    printf("pread bad fd %d errno %d\n", (int)pread(99, buffer, 1, 0), errno);
    printf("ftruncate negative %d errno %d\n", ftruncate(fd, -1), errno);

    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0x40000000;
    lock.l_len = 1;
    printf("setlk %d\n", fcntl(fd, F_SETLK, &lock));
    lock.l_type = F_WRLCK;
    lock.l_start = 0x40000000;
    rc = fcntl(fd, F_GETLK, &lock);
    printf("getlk %d type %d (own lock: unlocked)\n", rc, lock.l_type);
    lock.l_type = F_UNLCK;
    lock.l_start = 0x40000000;
    printf("unlock %d\n", fcntl(fd, F_SETLK, &lock));
    printf("getfd %d getfl accmode %d\n", fcntl(fd, F_GETFD) >= 0, fcntl(fd, F_GETFL) & O_ACCMODE);
    printf("fchmod %d\n", fchmod(fd, 0600));
    fstat(fd, &st);
    printf("mode %o\n", (unsigned)(st.st_mode & 0777));
    close(fd);

    printf("chmod %d\n", chmod(at("data"), 0640));
    stat(at("data"), &st);
    printf("mode %o\n", (unsigned)(st.st_mode & 0777));
    printf("symlink %d\n", symlink("data", at("link")));
    rc = (int)readlink(at("link"), buffer, sizeof buffer);
    printf("readlink %d '%.*s'\n", rc, rc > 0 ? rc : 0, buffer);
    printf("lstat %d islnk %d; stat isreg %d\n", lstat(at("link"), &st), S_ISLNK(st.st_mode),
           stat(at("link"), &st) == 0 && S_ISREG(st.st_mode));
    printf("readlink of a file %d errno %d\n", (int)readlink(at("data"), buffer, sizeof buffer), errno);
    {
        struct utimbuf times = { 1000000000, 1234567890 };
        printf("utime %d\n", utime(at("data"), &times));
        stat(at("data"), &st);
        printf("mtime %ld atime %ld\n", (long)st.st_mtime, (long)st.st_atime);
    }
    {
        struct timeval times[2] = { { 1500000000, 0 }, { 1600000000, 500000 } };
        printf("utimes %d\n", utimes(at("data"), times));
        stat(at("data"), &st);
        printf("mtime %ld\n", (long)st.st_mtime);
    }
    printf("mkdir sub %d\n", mkdir(at("sub"), 0700));
    printf("access %d %d errno %d\n", access(at("data"), R_OK | W_OK), access(at("nothing"), F_OK), errno);

    {
        DIR *dir = opendir(base);
        struct dirent *entry;
        char *names[16];
        int count = 0, i;
        while (dir && (entry = readdir(dir)) != NULL && count < 16)
            names[count++] = strdup(entry->d_name);
        closedir(dir);
        qsort(names, count, sizeof names[0], compare);
        printf("entries:");
        for (i = 0; i < count; i++)
        {
            printf(" %s", names[i]);
            free(names[i]);
        }
        printf("\n");
        printf("opendir missing %d errno %d\n", opendir(at("missing")) == NULL, errno);
    }

    {
        char cwd[256], *allocated;
        char *saved = getcwd(cwd, sizeof cwd);
        printf("chdir %d\n", chdir(base));
        allocated = getcwd(NULL, 0);
        printf("getcwd is base %d\n", allocated && strcmp(allocated, base) == 0);
        free(allocated);
        printf("getcwd too small %d errno %d\n", getcwd(cwd, 3) == NULL, errno);
        printf("relative stat %d\n", stat("data", &st));
        chdir(saved ? saved : "/");
    }
    {
        struct timeval now;
        printf("gettimeofday %d usec ok %d after 2020 %d\n", gettimeofday(&now, NULL), now.tv_usec >= 0 && now.tv_usec < 1000000,
               now.tv_sec > 1577836800);
    }

    printf("rmdir nonempty %d errno %d\n", rmdir(base), errno);
    printf("unlink %d %d\n", unlink(at("link")), unlink(at("data")));
    printf("rmdir %d %d\n", rmdir(at("sub")), rmdir(base));
    printf("rmdir gone %d errno %d\n", rmdir(base), errno);
    return 0;
}
