/* pwd.h - the password database as the host's C library reads it (files, NSS), with glibc's i386 struct passwd.
   The result stays valid until the next call. */
#ifndef _NT2CS_PWD_H
#define _NT2CS_PWD_H

#include <sys/types.h>

struct passwd {
    char *pw_name;
    char *pw_passwd;
    uid_t pw_uid;
    gid_t pw_gid;
    char *pw_gecos;
    char *pw_dir;
    char *pw_shell;
};

struct passwd *getpwuid(uid_t uid);
struct passwd *getpwnam(const char *name);

#endif
