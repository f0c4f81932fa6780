/* A tiny stack-machine bytecode interpreter using a dispatch table of handlers. */
#include <stdio.h>

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_DUP, OP_SWAP, OP_JZ, OP_JMP, OP_PRINT, OP_HALT, OP_DEC, OP_OVER, OP_DROP, OP_COUNT };

typedef struct VM {
    int stack[64];
    int sp;
    int pc;
    const int *code;
    int running;
    int steps;
} VM;

typedef void (*Handler)(VM *);

static void push(VM *vm, int v) { vm->stack[vm->sp++] = v; }
static int pop(VM *vm) { return vm->stack[--vm->sp]; }

static void h_push(VM *vm) { push(vm, vm->code[vm->pc++]); }
static void h_add(VM *vm) { int b = pop(vm), a = pop(vm); push(vm, a + b); }
static void h_sub(VM *vm) { int b = pop(vm), a = pop(vm); push(vm, a - b); }
static void h_mul(VM *vm) { int b = pop(vm), a = pop(vm); push(vm, a * b); }
static void h_div(VM *vm) { int b = pop(vm), a = pop(vm); push(vm, b ? a / b : 0); }
static void h_dup(VM *vm) { int a = pop(vm); push(vm, a); push(vm, a); }
static void h_swap(VM *vm) { int b = pop(vm), a = pop(vm); push(vm, b); push(vm, a); }
static void h_jz(VM *vm) { int target = vm->code[vm->pc++]; if (pop(vm) == 0) vm->pc = target; }
static void h_jmp(VM *vm) { vm->pc = vm->code[vm->pc]; }
static void h_print(VM *vm) { printf("  out: %d\n", vm->stack[vm->sp - 1]); }
static void h_halt(VM *vm) { vm->running = 0; }
static void h_dec(VM *vm) { vm->stack[vm->sp - 1]--; }
static void h_over(VM *vm) { push(vm, vm->stack[vm->sp - 2]); }
static void h_drop(VM *vm) { vm->sp--; }

static const Handler table[OP_COUNT] = {
    [OP_PUSH] = h_push, [OP_ADD] = h_add, [OP_SUB] = h_sub, [OP_MUL] = h_mul, [OP_DIV] = h_div,
    [OP_DUP] = h_dup, [OP_SWAP] = h_swap, [OP_JZ] = h_jz, [OP_JMP] = h_jmp, [OP_PRINT] = h_print,
    [OP_HALT] = h_halt, [OP_DEC] = h_dec, [OP_OVER] = h_over, [OP_DROP] = h_drop,
};
static const char *const opnames[OP_COUNT] = { "push", "add", "sub", "mul", "div", "dup", "swap", "jz", "jmp", "print", "halt", "dec", "over", "drop" };

static int run(const char *name, const int *code, int trace) {
    VM vm = { { 0 }, 0, 0, code, 1, 0 };
    printf("program %s\n", name);
    while (vm.running && vm.steps < 1000) {
        int op = code[vm.pc++];
        if (trace) printf("  [%2d] %-5s sp=%d\n", vm.pc - 1, opnames[op], vm.sp);
        table[op](&vm);
        vm.steps++;
    }
    int top = vm.sp > 0 ? vm.stack[vm.sp - 1] : -1;
    printf("  steps=%d sp=%d top=%d\n", vm.steps, vm.sp, top);
    return top;
}

int main(void) {
    /* (2 + 3) * (10 - 4) / 3 */
    static const int arith[] = { OP_PUSH, 2, OP_PUSH, 3, OP_ADD, OP_PUSH, 10, OP_PUSH, 4, OP_SUB, OP_MUL, OP_PUSH, 3, OP_DIV, OP_PRINT, OP_HALT };
    run("arith", arith, 1);
    /* factorial: stack holds acc n; loop: if n==0 end; acc*=n; n--; */
    static const int fact2[] = {
        OP_PUSH, 1, OP_PUSH, 10,   /* 0..3 */
        OP_DUP, OP_JZ, 14,         /* 4..6 */
        OP_SWAP, OP_OVER, OP_MUL,  /* 7..9: n acc*n */
        OP_SWAP, OP_DEC,           /* 10..11: acc*n n-1 */
        OP_JMP, 4,                 /* 12..13 */
        OP_DROP, OP_PRINT, OP_HALT /* 14..16 */
    };
    int f = run("fact10", fact2, 0);
    printf("fact10 result=%d\n", f);
    /* countdown printing every value */
    static const int countdown[] = { OP_PUSH, 5, OP_PRINT, OP_DEC, OP_DUP, OP_JZ, 9, OP_JMP, 2, OP_PRINT, OP_HALT };
    run("countdown", countdown, 0);
    /* sum of squares 1..20: stack holds n acc */
    static const int sumsq[] = {
        OP_PUSH, 20, OP_PUSH, 0,          /* 0..3 */
        OP_OVER, OP_JZ, 16,               /* 4..6: if n == 0 goto 16 */
        OP_OVER, OP_DUP, OP_MUL, OP_ADD,  /* 7..10: n acc+n*n */
        OP_SWAP, OP_DEC, OP_SWAP,         /* 11..13: n-1 acc */
        OP_JMP, 4,                        /* 14..15 */
        OP_PRINT, OP_HALT                 /* 16..17 */
    };
    int sq = run("sumsq", sumsq, 0);
    /* infinite loop stopped by the step limit */
    static const int spin[] = { OP_PUSH, 1, OP_DUP, OP_ADD, OP_PUSH, 3, OP_DIV, OP_JMP, 2 };
    int sp = run("spin", spin, 0);
    printf("sumsq=%d spin=%d fact+sumsq=%d\n", sq, sp, f + sq);
    return 0;
}
