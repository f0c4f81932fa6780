extern int AlphaCalls;

int BetaAdd(int a, int b)
{
    AlphaCalls++;
    return a + b;
}
