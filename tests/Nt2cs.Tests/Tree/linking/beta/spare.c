/* Nothing the program uses is here, so the linker leaves this member out, with its unresolved reference. */
int NowhereDefined(void);

int BetaSpare(void)
{
    return NowhereDefined();
}
