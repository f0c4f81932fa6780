/* malloc.h - the heap functions, and _alloca (stack memory freed when the calling function returns). */
#ifndef _NT2CS_MALLOC_H
#define _NT2CS_MALLOC_H

#include <stdlib.h>

void *_alloca(size_t size);
#define alloca _alloca

/* Restores the stack guard after a handled stack overflow; nonzero on success. */
int _resetstkoflw(void);

#endif
