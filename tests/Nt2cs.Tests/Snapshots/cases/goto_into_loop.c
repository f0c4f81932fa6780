/* A goto into a loop body: the loop is opened into labels and gotos so C# can reach the label. */
int count_down(int n)
{
    int steps = 0;
    if (n > 10)
        goto middle;
    while (n > 0) {
        steps++;
    middle:
        n -= 2;
        if (n == 3)
            continue;
        steps += 10;
    }
    return steps;
}
