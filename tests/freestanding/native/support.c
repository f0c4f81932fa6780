/* support.c (native) - the memory functions clang may call for loops that fill or copy plain memory. */
typedef __SIZE_TYPE__ size_t;

void *memset(void *destination, int value, size_t count)
{
    unsigned char *d = destination;
    while (count--) {
        *d++ = (unsigned char)value;
    }
    return destination;
}

void *memcpy(void *destination, const void *source, size_t count)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    while (count--) {
        *d++ = *s++;
    }
    return destination;
}
