/* Globals with initializers: data laid out by the translator, addresses filled in as relocations at load. */
static int counter = 42;
static const char *names[] = { "zero", "one", "two" };
static int table[8] = { [2] = 5, [5] = -1 };
static int *cursor = &table[2];
static struct { const char *label; int *target; } entries[] = { { "counter", &counter }, { "table", table } };

const char *name_of(int i)
{
    static int calls;
    calls++;
    return i >= 0 && i < 3 ? names[i] : entries[calls & 1].label;
}

int next(void) { return *cursor++ + counter; }
