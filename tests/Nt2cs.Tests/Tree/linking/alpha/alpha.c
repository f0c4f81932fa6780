/* alpha calls beta, and beta counts in alpha's object: the two libraries call each other. */
int BetaAdd(int a, int b);

int AlphaCalls;

int AlphaTwice(int x)
{
    return BetaAdd(x, x);
}
