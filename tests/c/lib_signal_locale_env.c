/* signal.h: handlers that run on raise (and stay installed), SIG_IGN, the previous handler returned, the
   errors; abort running SIGABRT's handler, which jumps out; the default action of SIGTERM ending the process
   with what stdout buffered lost. locale.h's C locale, and the environment through getenv/setenv/unsetenv. */
#include <errno.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Evaluates a call, then prints its result and errno (C leaves the order of printf's arguments open). */
#define SHOW(label, expr)                                                                                             \
    do {                                                                                                              \
        errno = 0;                                                                                                    \
        long result_ = (long)(expr);                                                                                  \
        int error_ = errno;                                                                                           \
        printf("%s %ld errno %d\n", label, result_, error_);                                                          \
    } while (0)

static volatile sig_atomic_t caught;
static jmp_buf back;

static void count(int sig)
{
    caught += sig;
    printf("handler %d\n", sig);
}

static void escape(int sig)
{
    printf("abort handler %d\n", sig);
    longjmp(back, 1);
}

int main(void)
{
    struct lconv *conv;

    printf("install %d\n", signal(SIGUSR1, count) == SIG_DFL);
    printf("raise %d\n", raise(SIGUSR1));
    SHOW("raise again", raise(SIGUSR1));
    printf("caught %d\n", (int)caught);
    printf("previous is count %d\n", signal(SIGUSR1, SIG_IGN) == count);
    SHOW("ignored", raise(SIGUSR1));
    printf("caught %d\n", (int)caught);
    SHOW("SIGKILL is SIG_ERR", signal(SIGKILL, count) == SIG_ERR);
    SHOW("signal 0 is SIG_ERR", signal(0, count) == SIG_ERR);
    SHOW("raise 99", raise(99));
    printf("SIGCHLD default %d\n", raise(SIGCHLD));

    signal(SIGABRT, escape);
    if (setjmp(back) == 0) {
        abort();
        printf("not reached\n");
    }
    printf("back from abort\n");

    printf("query %s\n", setlocale(LC_ALL, NULL));
    printf("C %s\n", setlocale(LC_ALL, "C"));
    printf("POSIX %s\n", setlocale(LC_NUMERIC, "POSIX"));
    printf("missing %p\n", (void *)setlocale(LC_ALL, "xx_NOWHERE.UTF-8"));
    SHOW("bad category gives NULL", setlocale(99, "C") == NULL);
    conv = localeconv();
    printf("decimal '%s' thousands '%s' grouping '%s' currency '%s' frac %d sign posn %d\n", conv->decimal_point,
           conv->thousands_sep, conv->grouping, conv->currency_symbol, conv->frac_digits, conv->n_sign_posn);
    printf("strcoll %d %d, strxfrm %u\n", strcoll("abc", "abd") < 0, strcoll("b", "a") > 0,
           (unsigned)strxfrm(NULL, "hello", 0));

    printf("PATH set %d, same pointer %d\n", getenv("PATH") != NULL, getenv("PATH") == getenv("PATH"));
    printf("missing %p\n", (void *)getenv("NT2CS_TEST_NO_SUCH_VARIABLE"));
    SHOW("setenv", setenv("NT2CS_TEST_VARIABLE", "one", 1));
    printf("  -> %s\n", getenv("NT2CS_TEST_VARIABLE"));
    SHOW("no overwrite", setenv("NT2CS_TEST_VARIABLE", "two", 0));
    printf("  -> %s\n", getenv("NT2CS_TEST_VARIABLE"));
    SHOW("overwrite", setenv("NT2CS_TEST_VARIABLE", "three", 1));
    printf("  -> %s\n", getenv("NT2CS_TEST_VARIABLE"));
    SHOW("unsetenv", unsetenv("NT2CS_TEST_VARIABLE"));
    printf("  -> %p\n", (void *)getenv("NT2CS_TEST_VARIABLE"));
    SHOW("bad name", setenv("A=B", "x", 1));

    signal(SIGTERM, SIG_DFL);
    fflush(stdout);
    printf("buffered, lost when SIGTERM ends the process\n");
    raise(SIGTERM);
    printf("not reached\n");
    return 0;
}
