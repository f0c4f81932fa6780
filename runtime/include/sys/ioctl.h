/* sys/ioctl.h - declared for programs that include it; the hosted library has no device controls to offer. */
#ifndef _NT2CS_SYS_IOCTL_H
#define _NT2CS_SYS_IOCTL_H

int ioctl(int fd, unsigned long request, ...);

#endif
