/* goto forward, backward, and out of nested loops: C# can jump to these labels as they stand. */
int find(int grid[4][4], int wanted)
{
    int tries = 0;
again:
    for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
            if (grid[i][j] == wanted)
                goto found;
        }
    }
    if (++tries < 2) {
        wanted--;
        goto again;
    }
    return -1;
found:
    return wanted;
}
