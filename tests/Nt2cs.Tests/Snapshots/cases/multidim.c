/* Two-dimensional arrays: pointers to rows, and rows decaying to pointers to their first element. */
int trace(int m[3][3])
{
    int (*row)[3] = m;
    int total = 0;
    for (int i = 0; i < 3; i++, row++)
        total += (*row)[i];
    int *flat = m[1];
    return total + flat[2];
}
