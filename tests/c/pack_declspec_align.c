/* Over-aligned types: __declspec(align(16)) on a struct type and on members (GCC's aligned attribute where
   __declspec is not available), C11 _Alignas and _Alignof, the padding they add to sizeof and offsetof, arrays
   of aligned structs (stride, element addresses), and the alignment of globals, statics and locals. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef __has_declspec_attribute
#define __has_declspec_attribute(x) 0
#endif
#if __has_declspec_attribute(align)
#define ALIGN(n) __declspec(align(n))
#else
#define ALIGN(n) __attribute__((aligned(n)))
#endif

typedef struct ALIGN(16) Vec4 { float x, y, z, w; } Vec4;
typedef struct ALIGN(16) Small { char c; } Small;                 /* 1 byte of data, 16 of size */
typedef struct ALIGN(32) Line { int id; short len; } Line;

typedef struct {
    char tag;
    ALIGN(16) int counter;        /* member alignment */
    short s;
} MemberAligned;

typedef struct {
    char a;
    Vec4 v;                       /* aligned struct as a member */
    char b;
    Small sm[2];
} Holder;

typedef struct {
    char c;
    _Alignas(8) int i;
    _Alignas(4) char d;
} C11Aligned;

static Vec4 gvec[3];
static Small gsmall;
static char gpad;
static Line gline;

static unsigned mis(const void *p, unsigned n) { return (unsigned)((uintptr_t)p % n); }

static Vec4 add(Vec4 a, Vec4 b) {
    Vec4 r = { a.x + b.x, a.y + b.y, a.z + b.z, a.w + b.w };
    return r;
}

int main(void) {
    printf("alignof: Vec4=%u Small=%u Line=%u MemberAligned=%u Holder=%u C11=%u int=%u short=%u\n",
           (unsigned)_Alignof(Vec4), (unsigned)_Alignof(Small), (unsigned)_Alignof(Line),
           (unsigned)_Alignof(MemberAligned), (unsigned)_Alignof(Holder), (unsigned)_Alignof(C11Aligned),
           (unsigned)_Alignof(int), (unsigned)_Alignof(short));
    printf("sizeof: Vec4=%u Small=%u Line=%u MemberAligned=%u Holder=%u C11=%u\n", (unsigned)sizeof(Vec4),
           (unsigned)sizeof(Small), (unsigned)sizeof(Line), (unsigned)sizeof(MemberAligned), (unsigned)sizeof(Holder),
           (unsigned)sizeof(C11Aligned));
    printf("offsets: counter=%u s=%u v=%u b=%u sm=%u i=%u d=%u\n", (unsigned)offsetof(MemberAligned, counter),
           (unsigned)offsetof(MemberAligned, s), (unsigned)offsetof(Holder, v), (unsigned)offsetof(Holder, b),
           (unsigned)offsetof(Holder, sm), (unsigned)offsetof(C11Aligned, i), (unsigned)offsetof(C11Aligned, d));

    Small arr[5];
    Line lines[3];
    printf("arrays: Small[5]=%u stride=%d Line[3]=%u stride=%d\n", (unsigned)sizeof arr,
           (int)((char *)&arr[1] - (char *)&arr[0]), (unsigned)sizeof lines, (int)((char *)&lines[2] - (char *)&lines[1]));

    /* alignment of objects in memory: globals, statics, locals, members */
    char lc = 1;
    Vec4 lv = { 1, 2, 3, 4 };
    char lc2 = 2;
    Holder h;
    memset(&h, 0, sizeof h);
    static Line sline;
    MemberAligned ma[2];
    printf("misalignment: gvec=%u gvec[1]=%u gsmall=%u gline=%u sline=%u lv=%u h=%u h.v=%u h.sm[1]=%u\n",
           mis(&gvec[0], 16), mis(&gvec[1], 16), mis(&gsmall, 16), mis(&gline, 32), mis(&sline, 32), mis(&lv, 16),
           mis(&h, 16), mis(&h.v, 16), mis(&h.sm[1], 16));
    printf("misalignment: arr[3]=%u lines[2]=%u ma[1].counter=%u\n", mis(&arr[3], 16), mis(&lines[2], 32),
           mis(&ma[1].counter, 16));
    (void)gpad;

    /* values are unaffected by the padding */
    for (int k = 0; k < 3; k++) {
        gvec[k].x = (float)k;
        gvec[k].y = (float)(k * k);
        gvec[k].z = -0.5f * k;
        gvec[k].w = 1.0f;
    }
    Vec4 s = lv;
    for (int k = 0; k < 3; k++) s = add(s, gvec[k]);
    printf("sum vec = %g %g %g %g\n", s.x, s.y, s.z, s.w);
    h.a = 'A';
    h.v = s;
    h.b = 'B';
    h.sm[0].c = 'x';
    h.sm[1].c = 'y';
    Holder h2 = h;
    printf("holder copy %c %g %c %c%c\n", h2.a, h2.v.z, h2.b, h2.sm[0].c, h2.sm[1].c);
    for (int k = 0; k < 2; k++) {
        ma[k].tag = (char)('m' + k);
        ma[k].counter = 1000 + k;
        ma[k].s = (short)(-k);
    }
    printf("ma %c %d %d %c %d %d lc=%d lc2=%d\n", ma[0].tag, ma[0].counter, ma[0].s, ma[1].tag, ma[1].counter,
           ma[1].s, lc, lc2);
    return (int)(sizeof(Holder) + sizeof(MemberAligned));
}
