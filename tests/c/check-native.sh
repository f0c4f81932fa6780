#!/usr/bin/env bash
# check-native.sh — verifies the differential C corpus natively, before it is used as an oracle.
#
# For every tests/c/*.c (or the files given as arguments) it:
#   1. builds with clang-19 -m32 -msse2 -mfpmath=sse -std=gnu11 in four ways:
#        san : -O0 with AddressSanitizer + UndefinedBehaviorSanitizer (no recovery)
#        o0  : -O0
#        o2  : -O2
#      and with gcc -m32 -msse2 -mfpmath=sse -std=gnu11 -O2 ("gcc")
#   2. syntax-checks it as MSVC i386 C (clang-19 -target i686-pc-windows-msvc -fms-extensions
#      -fms-compatibility -fsyntax-only), using the host's C headers
#   3. runs each binary (passing the words of a first line "// ARGS: ..." as arguments) the way this machine runs
#      i386 programs (scripts/i386-runner: directly, or under qemu-i386), and requires identical stdout and exit
#      status from all four, no sanitizer report, and a run time under a limit (stretched under emulation)
#   4. with VALGRIND=1, also runs a gcc -O0 build under valgrind memcheck (uninitialised reads)
# Prints one line per program: "<name> OK" or "<name> FAIL: <reason>". Exit status is the number of
# failures (capped at 255). -v prints compiler warnings too.
set -u

DIR=$(cd "$(dirname "$0")" && pwd)
"$DIR/../../scripts/setup" --quiet --sanitizers
eval "$("$DIR/../../scripts/i386-runner" --shell)"
echo "$i386_description"
# LeakSanitizer stops the world through ptrace, which qemu-user does not emulate: under it a leak check hangs.
detect_leaks=1
if [[ $i386_runner == qemu ]]; then
    detect_leaks=0
    echo "(no leak checks under qemu-i386: LeakSanitizer needs ptrace)"
fi
CLANG=${CLANG:-clang-19}
GCC=${GCC:-gcc}
TIME_LIMIT_MS=${TIME_LIMIT_MS:-200}
VERBOSE=0
if [[ ${1:-} == -v ]]; then VERBOSE=1; shift; fi

TARGET=(-m32 -msse2 -mfpmath=sse -std=gnu11)
WARN=(-Wall -Wextra)
MSVC=(-fsyntax-only -target i686-pc-windows-msvc -fms-extensions -fms-compatibility -std=gnu11
      -isystem /usr/include/x86_64-linux-gnu -isystem /usr/include)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [[ $# -gt 0 ]]; then srcs=("$@"); else srcs=("$DIR"/*.c); fi

now_ms() { date +%s%3N; }

failures=0
for src in "${srcs[@]}"; do
    name=$(basename "$src" .c)
    w="$WORK/$name"
    mkdir -p "$w"
    reason=""
    args=()
    first=$(head -n 1 "$src")
    if [[ $first == "// ARGS:"* ]]; then read -r -a args <<< "${first#// ARGS:}"; fi

    # ---- builds
    declare -A cmd=(
        [san]="$CLANG ${TARGET[*]} -O0 -g ${WARN[*]} -fsanitize=address,undefined -fno-sanitize-recover=all"
        [o0]="$CLANG ${TARGET[*]} -O0 ${WARN[*]}"
        [o2]="$CLANG ${TARGET[*]} -O2"
        [gcc]="$GCC ${TARGET[*]} -O2 ${WARN[*]}"
    )
    for b in san o0 o2 gcc; do
        if ! ${cmd[$b]} -o "$w/$b" "$src" -lm >"$w/$b.cc" 2>&1; then
            reason="$b build failed: $(grep -m1 -i 'error' "$w/$b.cc")"
            break
        fi
    done
    if [[ -z $reason ]] && ! $CLANG "${MSVC[@]}" "$src" >"$w/msvc.cc" 2>&1; then
        reason="msvc syntax check failed: $(grep -m1 -i 'error' "$w/msvc.cc")"
    fi
    if [[ $VERBOSE == 1 ]]; then
        for b in o0 gcc; do
            [[ -s $w/$b.cc ]] && { echo "--- $name warnings ($b):"; grep -E 'warning' "$w/$b.cc"; }
        done
        [[ -s $w/msvc.cc ]] && { echo "--- $name (msvc syntax):"; grep -E 'warning' "$w/msvc.cc"; }
    fi

    # ---- runs
    if [[ -z $reason ]]; then
        for b in san o0 o2 gcc; do
            t0=$(now_ms)
            ASAN_OPTIONS=detect_leaks=$detect_leaks:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
                bash -c 'timeout $((20 * i386_slowdown)) $i386_command "$@"; echo $? >&3' _ "$w/$b" "${args[@]}" >"$w/$b.out" 2>"$w/$b.err" </dev/null 3>"$w/$b.rc"
            t1=$(now_ms)
            if [[ $b == o2 ]] && (( t1 - t0 > TIME_LIMIT_MS * i386_slowdown )); then
                reason="slow: $((t1 - t0)) ms at -O2 ($i386_description)"
            fi
        done
        if grep -qE 'runtime error|AddressSanitizer|LeakSanitizer' "$w/san.err"; then
            reason="sanitizer: $(grep -m1 -E 'runtime error|ERROR:' "$w/san.err")"
        fi
        for b in o0 o2 gcc; do
            [[ -n $reason ]] && break
            if ! cmp -s "$w/san.out" "$w/$b.out"; then
                line=$(diff "$w/san.out" "$w/$b.out" | head -n 3 | tr '\n' ' ')
                reason="stdout differs (san vs $b): $line"
            elif ! cmp -s "$w/san.rc" "$w/$b.rc"; then
                reason="exit status differs: san=$(cat "$w/san.rc") $b=$(cat "$w/$b.rc")"
            fi
        done
        if [[ -z $reason && ! -s $w/san.out ]]; then reason="no output"; fi
    fi

    # ---- optional valgrind (uninitialised reads, which the sanitizers do not catch). Valgrind cannot run
    # i386 binaries here without libc6-dbg:i386, so this uses a native x86-64 build: only memcheck errors
    # count, not its output (long and pointers are 64-bit there).
    if [[ -z $reason && ${VALGRIND:-0} == 1 ]]; then
        if $GCC -std=gnu11 -O0 -g -o "$w/vg" "$src" -lm 2>/dev/null; then
            bash -c 'timeout 120 valgrind -q --error-exitcode=99 --track-origins=yes "$@"; echo $? >&3' _ "$w/vg" "${args[@]}" \
                >/dev/null 2>"$w/vg.err" </dev/null 3>"$w/vg.rc"
            if [[ $(cat "$w/vg.rc") == 99 ]] || grep -qE '== (Conditional|Use of uninit|Invalid)' "$w/vg.err"; then
                reason="valgrind: $(grep -m1 -E 'Conditional|uninitialised|Invalid' "$w/vg.err")"
            fi
        fi
    fi

    if [[ -z $reason ]]; then
        echo "$name OK (exit $(cat "$w/san.rc"), $(wc -l <"$w/san.out") lines)"
    else
        echo "$name FAIL: $reason"
        failures=$((failures + 1))
    fi
    rm -rf "$w"
done

total=${#srcs[@]}
echo "summary: $((total - failures))/$total OK"
exit $(( failures > 255 ? 255 : failures ))
