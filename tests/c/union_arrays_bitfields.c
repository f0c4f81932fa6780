/* Unions containing arrays and bitfields: word/half/byte array views of one buffer, a bitfield struct overlaid
   on a 32-bit value (all fields of one unsigned type, so the layout is the same for MSVC and GCC), signed
   bitfields and their sign extension, bitfields declared directly in a union, and arrays of such unions. */
#include <stdio.h>

typedef unsigned int u32;

typedef union {
    u32 words[4];
    unsigned short halves[8];
    unsigned char bytes[16];
} Block;

typedef union {
    u32 raw;
    struct {
        u32 opcode : 6;
        u32 rs : 5;
        u32 rt : 5;
        u32 imm : 16;
    } i;
    struct {
        u32 opcode : 6;
        u32 target : 26;
    } j;
    struct {
        u32 low : 16;
        signed int simm : 16;
    } s;
} Insn;

typedef union {
    unsigned int a : 3;       /* bitfields directly in a union all start at bit 0 */
    unsigned int b : 7;
    signed int c : 5;
    unsigned int whole;
} Tiny;

static u32 checksum(const Block *b) {
    u32 s = 0;
    for (int k = 0; k < 16; k++) s = s * 31 + b->bytes[k];
    return s;
}

static void dump(const char *tag, const Block *b) {
    printf("%-6s", tag);
    for (int k = 0; k < 4; k++) printf(" %08x", b->words[k]);
    printf(" | h3=%04x b9=%02x sum=%08x\n", b->halves[3], b->bytes[9], checksum(b));
}

int main(void) {
    Block blk;
    for (int k = 0; k < 16; k++) blk.bytes[k] = (unsigned char)(k * 17 + 1);
    dump("bytes", &blk);
    for (int k = 0; k < 8; k++) blk.halves[k] ^= (unsigned short)(0x8000 >> k);
    dump("halves", &blk);
    blk.words[2] = ~blk.words[2];
    blk.bytes[15] += 0x80;
    dump("words", &blk);
    Block copy = blk;          /* union assignment copies the whole array */
    copy.bytes[0] = 0;
    printf("copy differs only in byte 0: %d %d\n", copy.words[0] != blk.words[0], copy.words[1] == blk.words[1]);

    Insn in;
    in.raw = 0;
    in.i.opcode = 0x23;
    in.i.rs = 29;
    in.i.rt = 8;
    in.i.imm = 0xfffc;
    printf("insn raw=%08x j.target=%07x simm=%d low=%04x\n", in.raw, in.j.target, in.s.simm, in.s.low);
    in.s.simm = -300;
    printf("after simm=-300: imm=%04x raw=%08x\n", in.i.imm, in.raw);
    in.j.target = 0x3ffffff;
    in.i.opcode += 1;
    printf("after target: rs=%u rt=%u imm=%04x opcode=%u raw=%08x\n", in.i.rs, in.i.rt, in.i.imm, in.i.opcode, in.raw);

    /* decode a table of raw instructions */
    u32 prog[] = { 0x8fbf0014u, 0x27bdffe8u, 0x00851021u, 0x0c100008u, 0x2402ffffu };
    Insn decoded[5];
    int neg = 0;
    for (int k = 0; k < 5; k++) {
        decoded[k].raw = prog[k];
        if (decoded[k].s.simm < 0) neg++;
    }
    for (int k = 0; k < 5; k++)
        printf("op=%2u rs=%2u rt=%2u imm=%6d tgt=%07x\n", decoded[k].i.opcode, decoded[k].i.rs, decoded[k].i.rt,
               decoded[k].s.simm, decoded[k].j.target);
    printf("negative immediates: %d\n", neg);

    Tiny t;
    t.whole = 0;
    t.b = 0x5d;                /* 1011101 */
    printf("tiny a=%u b=%u c=%d whole=%08x\n", t.a, t.b, t.c, t.whole);
    t.a = 2;
    printf("tiny after a=2: b=%u c=%d whole=%08x\n", t.b, t.c, t.whole);
    t.c = -1;
    printf("tiny after c=-1: a=%u b=%u whole=%08x size=%u\n", t.a, t.b, t.whole, (unsigned)sizeof(Tiny));

    /* arithmetic that wraps inside the field width */
    Insn w;
    w.raw = 0xffffffffu;
    w.i.rs += 3;
    w.i.imm = (u32)(w.i.imm * 2);
    w.s.simm -= 1;
    printf("wrapped rs=%u imm=%04x raw=%08x\n", w.i.rs, w.i.imm, w.raw);
    return neg + (int)(checksum(&blk) & 0xf);
}
