/* __machine_describe_stack: the C frames of the calling context, innermost first, each "file.c:LINE Function".
   Report and Check are tiny and would be inlined, but a function calling the intrinsic, and its direct callers,
   keep frames of their own. Skip drops innermost frames; a small buffer cuts the text and still terminates it. */
#include "board.h"

static char Text[256];

static unsigned long Report(unsigned long Skip, unsigned long Size)
{
    return __machine_describe_stack(Text, Size, Skip);
}

static unsigned long Check(unsigned long Skip)
{
    return Report(Skip, sizeof(Text));
}

int main(void)
{
    BdPutDec(Check(0));
    BdPutChar('\n');
    BdPuts(Text);
    BdPutDec(Check(1));
    BdPutChar('\n');
    BdPuts(Text);
    BdPutDec(Report(0, 8));
    BdPutChar('\n');
    BdPuts(Text);
    BdPutChar('\n');
    return 0;
}

/* EXPECTED (status 0)
3
describe_stack.c:10 Report
describe_stack.c:15 Check
describe_stack.c:20 main
2
describe_stack.c:15 Check
describe_stack.c:23 main
2
describ
  -- Three frames, then the same walk skipping Report's own; a buffer of 8 bytes holds 7 characters and the
  -- terminator, though both frames (Report, main) are counted.
*/
