/* Pointer arithmetic, differences, reads through the read view and stores through the write view. */
int sum_and_clear(int *begin, int *end)
{
    int total = 0;
    for (int *p = begin; p < end; p++) {
        total += *p;
        *p = 0;
    }
    return total + (int)(end - begin);
}

void copy_bytes(unsigned char *to, const unsigned char *from, unsigned n)
{
    while (n--)
        *to++ = *from++;
}
