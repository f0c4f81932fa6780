/* Function pointers: code addresses in data, indirect calls resolved through the function table. */
typedef int (*binary_op)(int, int);

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

static binary_op ops[] = { add, mul };

int apply(int which, int a, int b)
{
    binary_op op = ops[which & 1];
    int (*again)(int, int) = &add;
    return op(a, b) + (*again)(a, b) + (op == mul);
}
