/* sys/ioctl.h - for programs that include it (SQLite's unix VFS does); the hosted library has no device
   controls, so nothing is declared: a call of ioctl is an undeclared function. */
#ifndef _NT2CS_SYS_IOCTL_H
#define _NT2CS_SYS_IOCTL_H

#endif
