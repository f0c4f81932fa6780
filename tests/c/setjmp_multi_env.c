/* Several jmp_bufs at once: a stack of error handlers (each a jmp_buf in a struct, linked to the previous one)
   used by a recursive-descent calculator. Inner handlers catch some errors and pass the others outward by
   throwing again; resources taken between setjmp and the error are released by the handler that catches.
   An error with no handler left ends the program with exit status 3. */
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>

enum { ERR_NONE, ERR_SYNTAX, ERR_DIV0, ERR_DEPTH };
static const char *const names[] = { "none", "syntax", "div0", "depth" };

struct handler {
    jmp_buf env;
    struct handler *prev;
};

static struct handler *top;
static int live_buffers;

static void throw_error(int code)
{
    struct handler *h = top;
    if (h == NULL) {
        printf("uncaught %s, live buffers %d\n", names[code], live_buffers);
        exit(3);
    }
    top = h->prev;
    longjmp(h->env, code);
}

static const char *p;
static int depth;

static long expr(void);

static long primary(void)
{
    long v = 0;
    if (*p == '(' || *p == '[') {
        char close = *p == '(' ? ')' : ']';
        int safe = *p == '[';
        if (++depth > 4)
            throw_error(ERR_DEPTH);
        p++;
        if (safe) {
            /* [ ... ]: a division by zero inside yields 0; other errors go on outward */
            struct handler h;
            volatile int *scratch = malloc(sizeof(int) * 4);
            live_buffers++;
            h.prev = top;
            top = &h;
            switch (setjmp(h.env)) {
            case 0:
                v = expr();
                top = h.prev;
                break;
            case ERR_DIV0:
                v = 0;
                while (*p && *p != ']')
                    p++;
                break;
            default: {
                int code = ERR_SYNTAX;
                if (depth > 4) code = ERR_DEPTH;
                free((void *)scratch);
                live_buffers--;
                throw_error(code);
            }
            }
            free((void *)scratch);
            live_buffers--;
        } else {
            v = expr();
        }
        if (*p != close)
            throw_error(ERR_SYNTAX);
        p++;
        depth--;
        return v;
    }
    if (*p < '0' || *p > '9')
        throw_error(ERR_SYNTAX);
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return v;
}

static long term(void)
{
    long v = primary();
    while (*p == '*' || *p == '/') {
        char op = *p++;
        long r = primary();
        if (op == '/' && r == 0)
            throw_error(ERR_DIV0);
        v = op == '*' ? v * r : v / r;
    }
    return v;
}

static long expr(void)
{
    long v = term();
    while (*p == '+' || *p == '-') {
        char op = *p++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

static void evaluate(const char *text)
{
    struct handler h;
    volatile long result = 0;
    int code;
    h.prev = top;
    top = &h;
    p = text;
    depth = 0;
    code = setjmp(h.env);
    if (code == 0) {
        result = expr();
        if (*p != '\0')
            throw_error(ERR_SYNTAX);
        top = h.prev;
        printf("%-22s = %ld\n", text, (long)result);
    } else {
        printf("%-22s : error %s at offset %d\n", text, names[code], (int)(p - text));
    }
}

int main(void)
{
    static const char *const inputs[] = {
        "1+2*3", "(1+2)*3", "10/(5-5)", "[10/(5-5)]+7", "2*[8/[4/0]]+1", "[1+]", "((((((1))))))",
        "[[[[[1]]]]]", "12-4-3", "7)",
    };
    unsigned i;
    for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
        evaluate(inputs[i]);
    printf("handlers left %d, live buffers %d\n", top != NULL, live_buffers);
    p = "9/0";
    expr();
    printf("not reached\n");
    return 0;
}
