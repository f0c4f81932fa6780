/* A tokenizer/evaluator driven by an enum state machine inside a switch in a loop. */
#include <stdio.h>

typedef enum { S_START, S_NUMBER, S_IDENT, S_STRING, S_OP, S_COMMENT, S_END } State;
static const char *state_names[] = { "START", "NUMBER", "IDENT", "STRING", "OP", "COMMENT", "END" };

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

int main(void) {
    const char *src = "x1 = 42 + foo_bar*7 # comment here\ny=\"str ing\" - 0 / 12345 ;";
    const char *p = src;
    State st = S_START;
    char tok[64];
    int tl = 0, ntok = 0, nums = 0;
    long numsum = 0;
    int transitions[7] = { 0 };
    while (st != S_END) {
        char c = *p;
        transitions[st]++;
        switch (st) {
        case S_START:
            tl = 0;
            if (c == '\0') { st = S_END; break; }
            if (c == ' ' || c == '\n' || c == '\t') { p++; break; }
            if (is_digit(c)) { st = S_NUMBER; break; }
            if (is_alpha(c)) { st = S_IDENT; break; }
            if (c == '"') { st = S_STRING; p++; break; }
            if (c == '#') { st = S_COMMENT; break; }
            st = S_OP;
            break;
        case S_NUMBER:
            if (is_digit(c)) { tok[tl++] = c; p++; break; }
            tok[tl] = 0;
            {
                long v = 0;
                for (int i = 0; i < tl; i++) v = v * 10 + (tok[i] - '0');
                numsum += v;
                nums++;
            }
            printf("NUMBER  %s\n", tok);
            ntok++;
            st = S_START;
            break;
        case S_IDENT:
            if (is_alpha(c) || is_digit(c)) { tok[tl++] = c; p++; break; }
            tok[tl] = 0;
            printf("IDENT   %s\n", tok);
            ntok++;
            st = S_START;
            break;
        case S_STRING:
            if (c == '"' || c == '\0') {
                tok[tl] = 0;
                printf("STRING  \"%s\" (%d chars)\n", tok, tl);
                ntok++;
                if (c) p++;
                st = S_START;
                break;
            }
            tok[tl++] = c;
            p++;
            break;
        case S_OP:
            switch (c) {
            case '+': case '-': case '*': case '/': case '=': case ';':
                printf("OP      %c\n", c);
                ntok++;
                break;
            default:
                printf("UNKNOWN %c\n", c);
            }
            p++;
            st = S_START;
            break;
        case S_COMMENT:
            if (c == '\n' || c == '\0') { printf("COMMENT skipped\n"); st = S_START; break; }
            p++;
            break;
        case S_END:
            break;
        }
    }
    printf("tokens=%d numbers=%d numsum=%ld\n", ntok, nums, numsum);
    for (int s = 0; s < 7; s++) printf("state %-8s visited %d\n", state_names[s], transitions[s]);

    /* a second machine: run-length encode using a 3-state loop */
    const char *data = "aaabccddddde";
    char out[64];
    int o = 0;
    enum { FIRST, SAME, EMIT } rs = FIRST;
    char cur = 0;
    int run = 0;
    for (const char *q = data;;) {
        switch (rs) {
        case FIRST:
            if (!*q) goto rle_done;
            cur = *q++; run = 1; rs = SAME;
            break;
        case SAME:
            if (*q == cur) { run++; q++; }
            else rs = EMIT;
            break;
        case EMIT:
            o += sprintf(out + o, "%d%c", run, cur);
            rs = FIRST;
            break;
        }
    }
rle_done:
    out[o] = 0;
    printf("rle(%s) = %s\n", data, out);
    return 0;
}
