/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1027 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1027
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   uint64_t  f0;
   int8_t  f1;
   const uint8_t  f2;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_16 = 0xEB449523L;
static volatile int32_t g_31 = 0x6C5F514FL;/* VOLATILE GLOBAL g_31 */
static volatile int16_t g_37 = 0x2DBEL;/* VOLATILE GLOBAL g_37 */
static volatile uint32_t g_38[9][8] = {{0x12E6C494L,7UL,4UL,0xA138A800L,0xC3D8FFFCL,0xC819B53BL,0xC3D8FFFCL,0xA138A800L},{18446744073709551606UL,18446744073709551615UL,18446744073709551606UL,7UL,0x80730A04L,2UL,1UL,0xE7322662L},{0xEC61C9C8L,18446744073709551615UL,0xE4BBA6C1L,0x390E64C7L,5UL,0xA138A800L,0x80730A04L,1UL},{0xEC61C9C8L,18446744073709551609UL,0x4478C2BAL,0xC819B53BL,0x80730A04L,18446744073709551611UL,1UL,4UL},{18446744073709551606UL,0xEC61C9C8L,18446744073709551615UL,0xC3D8FFFCL,0xC3D8FFFCL,18446744073709551615UL,0xEC61C9C8L,18446744073709551606UL},{0x12E6C494L,1UL,1UL,1UL,7UL,6UL,0xC3D8FFFCL,18446744073709551611UL},{18446744073709551606UL,7UL,2UL,18446744073709551606UL,0xC819B53BL,5UL,4UL,1UL},{0xC3D8FFFCL,0xE7322662L,0x4478C2BAL,18446744073709551615UL,1UL,0xCE2A7709L,0xE4BBA6C1L,0xCE2A7709L},{1UL,2UL,1UL,2UL,1UL,0xEC61C9C8L,18446744073709551615UL,0xE4BBA6C1L}};
static int32_t g_52 = 2L;
static int32_t g_90 = 0x6DB0F719L;
static const int16_t g_103 = 0xF46CL;
static uint8_t g_105 = 0UL;
static volatile int32_t g_113 = 0xF6651D59L;/* VOLATILE GLOBAL g_113 */
static volatile int32_t * volatile g_112 = &g_113;/* VOLATILE GLOBAL g_112 */
static volatile int32_t * volatile *g_111[4] = {&g_112,&g_112,&g_112,&g_112};
static int32_t * const *g_116[3] = {(void*)0,(void*)0,(void*)0};
static int32_t *g_129 = &g_90;
static int32_t g_135 = 0x9946C551L;
static uint64_t g_153 = 0x344C086913B2D391LL;
static int64_t g_164 = 0x9D05E8D5C61AD10CLL;
static int16_t g_167[2][9] = {{0L,0L,0xF9B6L,0L,0L,0xF9B6L,0L,0L,0xF9B6L},{0L,0L,0xF9B6L,0L,0L,0xF9B6L,0L,0L,0xF9B6L}};
static uint16_t g_177 = 65535UL;
static int16_t *g_183 = (void*)0;
static int16_t **g_182 = &g_183;
static uint16_t *g_202 = &g_177;
static uint16_t **g_201 = &g_202;
static uint32_t g_213[2][4][5] = {{{0x012965F4L,18446744073709551611UL,0x012965F4L,0x527E9D26L,0x012965F4L},{18446744073709551608UL,18446744073709551608UL,1UL,0x98733808L,0xA635642BL},{0x1E3D7954L,0x527E9D26L,1UL,0x527E9D26L,0x1E3D7954L},{0xA635642BL,0x98733808L,1UL,18446744073709551608UL,18446744073709551608UL}},{{0x012965F4L,0x527E9D26L,0x012965F4L,18446744073709551611UL,0x012965F4L},{0xA635642BL,18446744073709551608UL,0x98733808L,0x98733808L,18446744073709551608UL},{0x1E3D7954L,18446744073709551611UL,1UL,18446744073709551611UL,0x1E3D7954L},{18446744073709551608UL,0x98733808L,0x98733808L,18446744073709551608UL,0xA635642BL}}};
static uint8_t g_225 = 8UL;
static int16_t g_234 = 3L;
static int8_t g_236 = 0xCBL;
static struct S0 g_276 = {0x23E0A8043B2DEA6ELL,0xF2L,0xB6L};
static int64_t * volatile g_297[1] = {&g_164};
static int64_t * const  volatile *g_296 = &g_297[0];
static int64_t * const g_310 = &g_164;
static int64_t * const *g_309 = &g_310;
static int64_t * const **g_308[6] = {&g_309,&g_309,&g_309,&g_309,&g_309,&g_309};
static int64_t g_327 = 4L;
static int16_t g_370 = 0xFCBEL;
static int32_t g_403 = 0x43176C6CL;
static uint16_t g_407[6] = {65532UL,65532UL,65532UL,65532UL,65532UL,65532UL};
static int32_t g_505 = 0xB16B846BL;
static int32_t *g_553[7] = {&g_16,&g_16,&g_16,&g_16,&g_16,&g_16,&g_16};
static int32_t **g_552 = &g_553[5];
static uint32_t g_566[2][2][3] = {{{4294967290UL,4294967290UL,9UL},{4294967290UL,4294967290UL,9UL}},{{4294967290UL,4294967290UL,9UL},{4294967290UL,4294967290UL,9UL}}};
static int16_t ***g_583 = (void*)0;
static int16_t ****g_582 = &g_583;
static const int64_t *g_595 = (void*)0;
static const int64_t **g_594 = &g_595;
static const int64_t ***g_600 = &g_594;
static int64_t g_636 = 0x174A47A7D3F858D9LL;
static int64_t g_652[7][7] = {{9L,9L,(-1L),9L,9L,(-1L),9L},{9L,0x9B7BEEEB5E62BF5CLL,0x9B7BEEEB5E62BF5CLL,9L,0x9B7BEEEB5E62BF5CLL,0x9B7BEEEB5E62BF5CLL,9L},{0x0969CFA826AFC588LL,9L,0x0969CFA826AFC588LL,0x0969CFA826AFC588LL,9L,0x0969CFA826AFC588LL,0x0969CFA826AFC588LL},{9L,9L,1L,9L,9L,1L,9L},{9L,0x0969CFA826AFC588LL,0x0969CFA826AFC588LL,9L,0x0969CFA826AFC588LL,0x0969CFA826AFC588LL,9L},{0x9B7BEEEB5E62BF5CLL,9L,0x9B7BEEEB5E62BF5CLL,0x9B7BEEEB5E62BF5CLL,9L,0x9B7BEEEB5E62BF5CLL,0x9B7BEEEB5E62BF5CLL},{9L,9L,(-1L),9L,9L,(-1L),9L}};
static int32_t g_666 = 0x2BA3357AL;
static uint8_t *g_739 = (void*)0;
static uint8_t **g_738[7][2] = {{&g_739,&g_739},{(void*)0,&g_739},{&g_739,(void*)0},{&g_739,&g_739},{&g_739,(void*)0},{&g_739,&g_739},{(void*)0,&g_739}};
static const volatile uint16_t * volatile * volatile *g_760 = (void*)0;
static const volatile uint16_t * volatile * volatile **g_759[8] = {&g_760,&g_760,&g_760,&g_760,&g_760,&g_760,&g_760,&g_760};
static uint64_t *g_786 = &g_153;
static uint64_t **g_785 = &g_786;
static struct S0 g_855 = {0xA44B016A30ACE951LL,0x5EL,0xCAL};
static struct S0 *g_854 = &g_855;
static int32_t g_860 = 0xF05282DAL;
static const int32_t *g_963[8][10][3] = {{{&g_666,(void*)0,&g_666},{&g_666,&g_90,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_666,&g_666,&g_90},{(void*)0,&g_90,&g_16},{&g_666,&g_135,&g_16},{(void*)0,&g_135,&g_135},{&g_666,&g_135,&g_135},{&g_666,&g_666,&g_16},{&g_666,(void*)0,(void*)0}},{{&g_16,(void*)0,&g_16},{&g_135,&g_666,(void*)0},{&g_135,&g_16,&g_16},{&g_135,(void*)0,(void*)0},{&g_135,&g_135,&g_16},{&g_16,&g_90,&g_135},{&g_16,&g_16,&g_135},{&g_135,(void*)0,&g_16},{&g_135,&g_16,&g_16},{(void*)0,&g_16,&g_90}},{{(void*)0,&g_16,(void*)0},{&g_135,(void*)0,(void*)0},{&g_16,&g_16,&g_666},{&g_16,&g_90,&g_16},{&g_90,&g_135,&g_135},{&g_16,(void*)0,&g_90},{(void*)0,&g_16,&g_90},{&g_16,&g_666,&g_135},{(void*)0,(void*)0,(void*)0},{&g_16,(void*)0,&g_135}},{{&g_90,&g_666,(void*)0},{&g_16,&g_135,&g_90},{&g_16,&g_135,&g_16},{&g_135,&g_135,&g_16},{(void*)0,&g_90,&g_135},{(void*)0,&g_666,&g_16},{&g_135,(void*)0,&g_16},{&g_135,&g_90,&g_90},{&g_16,(void*)0,(void*)0},{&g_16,&g_135,&g_135}},{{&g_135,&g_16,(void*)0},{&g_135,&g_666,&g_135},{&g_135,&g_135,&g_90},{&g_135,&g_666,&g_90},{&g_16,&g_16,&g_135},{&g_666,&g_135,&g_16},{&g_666,(void*)0,&g_666},{&g_666,&g_90,(void*)0},{(void*)0,(void*)0,(void*)0},{&g_666,&g_666,&g_90}},{{(void*)0,&g_90,&g_16},{&g_666,&g_135,&g_16},{(void*)0,&g_135,&g_135},{&g_666,&g_135,&g_135},{&g_666,&g_666,&g_16},{&g_666,(void*)0,(void*)0},{&g_16,(void*)0,&g_16},{&g_135,&g_666,(void*)0},{&g_135,&g_16,&g_16},{&g_135,(void*)0,(void*)0}},{{&g_135,&g_135,&g_16},{&g_16,&g_90,&g_135},{&g_16,&g_135,(void*)0},{&g_90,&g_666,(void*)0},{(void*)0,&g_16,(void*)0},{&g_666,&g_666,&g_90},{&g_90,&g_16,&g_16},{&g_16,&g_666,&g_666},{&g_666,&g_135,&g_16},{&g_90,&g_16,&g_90}},{{(void*)0,(void*)0,&g_90},{(void*)0,(void*)0,&g_135},{&g_666,(void*)0,&g_16},{(void*)0,&g_135,&g_16},{&g_666,&g_16,&g_16},{(void*)0,&g_90,&g_135},{(void*)0,&g_16,&g_90},{&g_90,&g_666,(void*)0},{&g_666,&g_90,&g_90},{&g_16,&g_666,&g_666}}};
static const int32_t **g_962 = &g_963[5][2][1];
static uint64_t * const *g_971 = (void*)0;
static uint64_t * const **g_970 = &g_971;
static int32_t g_1019 = 3L;
static const uint16_t **g_1049 = (void*)0;
static const uint16_t ***g_1048[2] = {&g_1049,&g_1049};
static uint64_t * volatile * volatile ** volatile g_1063 = (void*)0;/* VOLATILE GLOBAL g_1063 */
static uint64_t * volatile * volatile ** volatile *g_1062 = &g_1063;
static int16_t *g_1068[6][7] = {{&g_167[1][0],&g_167[1][7],&g_167[1][7],&g_167[1][0],&g_167[1][7],&g_167[1][7],&g_167[1][0]},{(void*)0,(void*)0,(void*)0,&g_370,&g_234,&g_370,(void*)0},{&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0]},{&g_234,&g_370,(void*)0,(void*)0,(void*)0,&g_370,&g_234},{&g_167[1][7],&g_167[1][0],&g_167[1][7],&g_167[1][7],&g_167[1][0],&g_167[1][7],&g_167[1][7]},{&g_234,(void*)0,&g_370,(void*)0,&g_234,&g_370,&g_234}};
static int16_t ** const g_1067 = &g_1068[2][1];
static int16_t ** const *g_1066[7] = {&g_1067,&g_1067,&g_1067,&g_1067,&g_1067,&g_1067,&g_1067};
static struct S0 g_1259 = {0xEFCB53C7366A1A77LL,0x7DL,0UL};
static int16_t * const *g_1287 = &g_183;
static int16_t * const **g_1286 = &g_1287;
static int32_t g_1296 = (-7L);
static int64_t g_1382 = (-1L);
static int64_t g_1438 = (-3L);
static int8_t g_1440 = 0x6AL;
static int64_t *g_1460 = &g_327;
static int64_t **g_1459 = &g_1460;
static int64_t ***g_1458 = &g_1459;
static int64_t ****g_1457 = &g_1458;
static int64_t *****g_1456 = &g_1457;
static uint32_t g_1506[5] = {0x53217D76L,0x53217D76L,0x53217D76L,0x53217D76L,0x53217D76L};
static uint64_t ***g_1522 = &g_785;
static uint64_t ****g_1521 = &g_1522;
static uint8_t ***g_1627[2][8][5] = {{{(void*)0,(void*)0,&g_738[5][0],&g_738[5][0],(void*)0},{&g_738[5][0],(void*)0,&g_738[5][0],&g_738[5][0],(void*)0},{&g_738[5][0],&g_738[2][0],&g_738[5][0],&g_738[5][0],&g_738[5][0]},{&g_738[0][1],&g_738[5][0],&g_738[5][0],(void*)0,&g_738[0][0]},{&g_738[5][0],&g_738[5][0],&g_738[2][1],(void*)0,&g_738[5][0]},{&g_738[5][0],&g_738[5][0],&g_738[5][0],&g_738[5][0],&g_738[5][0]},{(void*)0,&g_738[2][1],&g_738[5][0],&g_738[5][0],&g_738[0][0]},{(void*)0,&g_738[5][0],&g_738[5][0],&g_738[0][1],&g_738[5][0]}},{{&g_738[5][0],&g_738[5][0],&g_738[2][0],&g_738[5][0],(void*)0},{&g_738[5][0],&g_738[5][0],(void*)0,&g_738[5][0],(void*)0},{&g_738[5][0],&g_738[5][0],(void*)0,(void*)0,&g_738[5][0]},{&g_738[5][1],&g_738[0][1],&g_738[2][0],(void*)0,&g_738[5][0]},{&g_738[2][1],&g_738[1][0],&g_738[5][0],&g_738[5][0],&g_738[5][1]},{&g_738[5][0],&g_738[0][1],&g_738[5][0],&g_738[5][0],&g_738[5][0]},{&g_738[0][1],&g_738[5][0],&g_738[5][0],&g_738[5][0],&g_738[0][1]},{&g_738[0][1],&g_738[5][0],&g_738[2][1],&g_738[5][1],&g_738[5][0]}}};
static uint8_t *** const *g_1626 = &g_1627[0][5][1];
static uint16_t ***g_1680 = (void*)0;
static uint16_t ****g_1679 = &g_1680;
static uint32_t g_1735 = 0UL;
static uint32_t g_1801 = 4294967295UL;
static int64_t g_1807 = 0x54F86D580825B1DDLL;
static const uint32_t g_1865 = 0UL;
static int32_t *g_1951 = (void*)0;
static uint8_t * const *g_2079[3] = {&g_739,&g_739,&g_739};
static uint8_t * const **g_2078 = &g_2079[2];
static uint8_t * const ***g_2077 = &g_2078;
static volatile uint64_t g_2112 = 0x01DFB5DA3FE182C0LL;/* VOLATILE GLOBAL g_2112 */
static volatile uint64_t * volatile g_2111 = &g_2112;/* VOLATILE GLOBAL g_2111 */
static int32_t ** volatile g_2118 = &g_129;/* VOLATILE GLOBAL g_2118 */
static int16_t g_2164 = (-2L);
static int32_t *g_2201[5][2] = {{&g_16,&g_16},{&g_16,&g_16},{&g_16,&g_16},{&g_16,&g_16},{&g_16,&g_16}};
static int8_t **g_2211[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
static const volatile uint8_t g_2241[7][10][3] = {{{246UL,0xEAL,0x96L},{0x16L,0x5BL,0UL},{0x81L,0x63L,0UL},{1UL,0x6DL,0x96L},{0xC0L,248UL,255UL},{254UL,0UL,254UL},{0xC8L,0xB2L,0x63L},{0UL,2UL,0UL},{0UL,255UL,0UL},{0xEAL,0x03L,0x38L}},{{0UL,1UL,0x11L},{0UL,1UL,0UL},{0xC8L,0xF8L,0x04L},{254UL,0UL,249UL},{0xC0L,0x81L,2UL},{1UL,0x96L,0x16L},{0x81L,0x96L,0xC8L},{0x16L,0x81L,0x6DL},{246UL,0UL,254UL},{0xF8L,0xF8L,0x16L}},{{0x6DL,1UL,0xF8L},{255UL,1UL,248UL},{0UL,0x03L,0xB2L},{0x04L,255UL,248UL},{0xDAL,2UL,0xF8L},{255UL,0xB2L,0x16L},{0xD3L,0UL,254UL},{2UL,248UL,0x6DL},{254UL,0x6DL,0xC8L},{1UL,0x63L,0x16L}},{{1UL,0x5BL,2UL},{254UL,0xEAL,249UL},{2UL,0x04L,0x04L},{0xD3L,0xC0L,0UL},{255UL,0xDAL,0x11L},{0xDAL,0x7DL,0x38L},{0x04L,254UL,0UL},{0UL,0x7DL,0UL},{255UL,0xDAL,0x63L},{0x6DL,0xC0L,254UL}},{{0xF8L,0x04L,255UL},{246UL,0xEAL,0x96L},{0x16L,0x5BL,0UL},{0x81L,0x63L,0UL},{1UL,0x6DL,0x96L},{0xC0L,248UL,255UL},{254UL,0UL,254UL},{0xC8L,0xB2L,0x63L},{0UL,2UL,0UL},{0UL,255UL,0UL}},{{0xEAL,0x03L,0x38L},{0UL,1UL,0x11L},{0UL,1UL,0UL},{0xC8L,0xF8L,0x04L},{254UL,0UL,249UL},{0xC0L,0x81L,2UL},{1UL,0x96L,0x16L},{0x81L,0x96L,0xC8L},{0x16L,0x81L,0x5EL},{0UL,0x7DL,0x11L}},{{0x16L,0x16L,5UL},{0x5EL,1UL,0x16L},{1UL,0xEAL,0xDAL},{255UL,0UL,0x38L},{2UL,1UL,0xDAL},{0xC0L,0UL,0x16L},{248UL,0x38L,5UL},{0x03L,0x6DL,0x11L},{0UL,0xDAL,0x5EL},{0xCBL,0x5EL,0xB2L}}};
static volatile uint32_t g_2248 = 0x51F7D060L;/* VOLATILE GLOBAL g_2248 */
static const volatile uint32_t *g_2247 = &g_2248;
static const volatile uint32_t **g_2246 = &g_2247;
static const volatile uint32_t *** volatile g_2245[6][1][3] = {{{&g_2246,&g_2246,(void*)0}},{{&g_2246,&g_2246,&g_2246}},{{&g_2246,&g_2246,&g_2246}},{{&g_2246,&g_2246,(void*)0}},{{&g_2246,&g_2246,&g_2246}},{{&g_2246,&g_2246,&g_2246}}};
static uint8_t g_2264 = 5UL;
static uint64_t ***** volatile g_2266[2] = {&g_1521,&g_1521};
static uint64_t ***** volatile g_2267 = &g_1521;/* VOLATILE GLOBAL g_2267 */
static volatile uint32_t g_2408 = 0xE95EEE88L;/* VOLATILE GLOBAL g_2408 */
static uint8_t ***g_2533 = &g_738[2][1];
static uint8_t **** const g_2532[7] = {&g_2533,&g_2533,&g_2533,&g_2533,&g_2533,&g_2533,&g_2533};
static uint8_t **** const *g_2531 = &g_2532[4];
static uint8_t ****g_2537[9][4][4] = {{{&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1],(void*)0},{(void*)0,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{&g_2533,&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1]},{&g_1627[0][5][1],&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1]}},{{&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][2][4],(void*)0},{&g_1627[0][5][1],&g_1627[0][5][1],&g_2533,&g_2533},{&g_1627[0][6][1],&g_1627[0][5][1],(void*)0,&g_1627[0][5][1]},{&g_1627[0][5][1],&g_1627[0][5][1],(void*)0,&g_1627[1][5][1]}},{{&g_1627[0][6][1],&g_2533,&g_2533,&g_1627[0][6][1]},{&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][2][4],&g_1627[0][5][1]},{&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{&g_1627[0][5][1],&g_2533,&g_1627[0][5][1],&g_1627[0][5][1]}},{{&g_2533,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{(void*)0,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][6][1]},{&g_1627[0][5][1],&g_2533,&g_2533,&g_1627[1][5][1]},{&g_2533,&g_1627[0][5][1],&g_1627[1][5][1],&g_1627[0][5][1]}},{{&g_2533,&g_1627[0][5][1],&g_2533,&g_2533},{&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1],(void*)0},{(void*)0,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{&g_2533,&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1]}},{{&g_1627[0][5][1],&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1]},{&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][2][4],(void*)0},{&g_1627[0][5][1],&g_1627[0][5][1],&g_2533,&g_2533},{&g_1627[0][6][1],&g_1627[0][5][1],(void*)0,&g_1627[0][5][1]}},{{&g_1627[0][5][1],&g_1627[0][5][1],(void*)0,&g_1627[1][5][1]},{&g_1627[0][6][1],&g_2533,&g_2533,&g_1627[0][6][1]},{&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][2][4],&g_1627[0][5][1]},{&g_1627[0][2][4],&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]}},{{&g_1627[0][5][1],&g_2533,&g_1627[0][5][1],&g_1627[0][5][1]},{&g_2533,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{(void*)0,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][6][1]},{&g_1627[0][5][1],&g_2533,&g_2533,&g_1627[1][5][1]}},{{&g_2533,&g_1627[0][5][1],&g_2533,&g_1627[0][5][1]},{&g_1627[0][5][1],&g_2533,&g_1627[0][2][4],&g_1627[0][2][4]},{&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][5][1]},{(void*)0,&g_1627[0][5][1],&g_1627[0][5][1],&g_1627[0][6][1]}}};
static uint8_t *****g_2536 = &g_2537[5][3][3];
static volatile int16_t g_2598 = 2L;/* VOLATILE GLOBAL g_2598 */
static volatile int64_t g_2615 = (-1L);/* VOLATILE GLOBAL g_2615 */
static uint32_t g_2638 = 0x399A29E7L;
static uint32_t g_2641 = 4294967295UL;
static int32_t ** volatile g_2737[3] = {&g_1951,&g_1951,&g_1951};
static int32_t ** volatile g_2813 = &g_553[5];/* VOLATILE GLOBAL g_2813 */
static volatile uint32_t g_2830 = 1UL;/* VOLATILE GLOBAL g_2830 */
static int32_t ** volatile g_2922 = &g_553[5];/* VOLATILE GLOBAL g_2922 */
static uint16_t * const ****g_2927 = (void*)0;
static int32_t ** const  volatile g_2965 = &g_1951;/* VOLATILE GLOBAL g_2965 */
static uint16_t g_2979[9][2] = {{0x0991L,0x6AC7L},{0x6AC7L,0x0991L},{0x6AC7L,0x6AC7L},{0x0991L,0x6AC7L},{0x6AC7L,0x0991L},{0x6AC7L,0x6AC7L},{0x0991L,0x6AC7L},{0x6AC7L,0x0991L},{0x6AC7L,0x6AC7L}};
static uint16_t g_2980 = 0x3447L;
static uint16_t g_2983[7] = {4UL,4UL,4UL,4UL,4UL,4UL,4UL};
static volatile struct S0 * volatile * volatile *g_2994 = (void*)0;
static volatile struct S0 * volatile * volatile ** volatile g_2993 = &g_2994;/* VOLATILE GLOBAL g_2993 */
static volatile uint8_t g_3036 = 246UL;/* VOLATILE GLOBAL g_3036 */
static struct S0 **g_3043 = &g_854;
static struct S0 ***g_3042 = &g_3043;
static struct S0 ****g_3041 = &g_3042;
static uint32_t * const * const *g_3048 = (void*)0;
static uint32_t * const * const **g_3047 = &g_3048;
static uint64_t * volatile * volatile g_3052 = (void*)0;/* VOLATILE GLOBAL g_3052 */
static int32_t ** volatile g_3105 = &g_2201[3][1];/* VOLATILE GLOBAL g_3105 */
static uint32_t g_3194 = 1UL;
static uint8_t g_3244 = 255UL;
static int16_t ** const **g_3267 = &g_1066[2];
static int16_t ** const *** volatile g_3266 = &g_3267;/* VOLATILE GLOBAL g_3266 */
static uint64_t * const ***g_3350[4] = {&g_970,&g_970,&g_970,&g_970};
static uint64_t * const ****g_3349 = &g_3350[2];
static int16_t *****g_3413 = &g_582;
static uint32_t *g_3416[7][4][9] = {{{&g_566[0][0][0],&g_2641,&g_2641,(void*)0,&g_566[1][1][1],&g_566[0][1][2],&g_1801,&g_566[0][1][2],&g_566[1][1][1]},{&g_1735,&g_566[1][1][1],&g_566[1][1][1],&g_1735,&g_1735,&g_2641,&g_1801,&g_1801,(void*)0},{&g_1735,&g_2641,&g_566[0][0][0],&g_2641,(void*)0,&g_1735,&g_1735,(void*)0,&g_2641},{&g_566[0][0][0],&g_566[0][1][2],&g_566[0][0][0],&g_566[0][0][0],&g_1735,&g_1801,(void*)0,(void*)0,&g_2641}},{{&g_1735,&g_566[0][0][0],(void*)0,&g_1801,&g_566[1][1][1],(void*)0,&g_566[1][1][1],&g_1801,(void*)0},{&g_2641,&g_2641,&g_566[0][1][2],&g_566[0][0][0],&g_1735,&g_566[0][0][0],(void*)0,&g_1801,&g_566[1][1][1]},{&g_1801,(void*)0,(void*)0,&g_2641,&g_1801,&g_1801,&g_2641,(void*)0,(void*)0},{&g_1801,&g_566[0][0][0],&g_566[0][1][2],&g_1735,&g_2641,&g_566[0][0][0],&g_2641,(void*)0,&g_1735}},{{&g_1801,&g_1801,(void*)0,(void*)0,&g_2641,(void*)0,(void*)0,&g_1801,&g_1801},{&g_2641,&g_566[0][0][0],&g_566[0][0][0],&g_2641,&g_2641,(void*)0,&g_566[1][1][1],&g_566[0][1][2],&g_1801},{&g_566[0][0][0],(void*)0,&g_566[0][0][0],(void*)0,(void*)0,&g_566[0][0][0],(void*)0,&g_566[0][0][0],&g_1735},{&g_2641,&g_2641,&g_566[1][1][1],&g_1735,(void*)0,&g_1801,&g_1735,&g_2641,&g_2641}},{{&g_1801,&g_566[0][0][0],&g_2641,&g_566[0][0][0],&g_2641,&g_566[0][0][0],&g_1801,&g_1801,&g_1735},{&g_1801,&g_566[0][1][2],&g_1801,&g_566[0][0][0],&g_2641,(void*)0,&g_1801,&g_2641,&g_1801},{&g_1801,&g_2641,&g_1735,&g_1735,&g_2641,&g_1801,&g_1735,&g_1801,&g_1801},{&g_2641,&g_566[1][1][1],&g_1735,(void*)0,&g_1801,&g_1735,&g_2641,&g_2641,&g_1735}},{{&g_566[0][0][0],&g_2641,&g_566[0][0][0],&g_2641,&g_566[0][0][0],&g_1801,&g_1801,&g_1735,&g_1801},{&g_1735,&g_2641,&g_1801,&g_1801,(void*)0,(void*)0,&g_2641,(void*)0,(void*)0},{&g_1801,(void*)0,(void*)0,&g_1801,&g_566[0][1][2],&g_1801,&g_566[0][0][0],&g_2641,(void*)0},{&g_1801,&g_566[1][1][1],&g_2641,&g_1801,(void*)0,&g_566[0][1][2],&g_566[0][1][2],(void*)0,&g_1801}},{{&g_1735,(void*)0,&g_1735,&g_2641,&g_566[0][1][2],&g_2641,&g_1801,&g_1735,&g_1801},{&g_566[0][0][0],&g_1735,(void*)0,&g_566[0][0][0],(void*)0,&g_1735,(void*)0,&g_566[0][0][0],(void*)0},{&g_1801,&g_1801,(void*)0,&g_2641,&g_566[0][0][0],&g_1735,(void*)0,&g_566[0][0][0],(void*)0},{&g_2641,&g_1801,&g_1735,&g_1801,&g_566[0][0][0],&g_566[0][0][0],&g_1801,&g_1735,&g_1801}},{{&g_566[0][0][0],&g_1735,(void*)0,&g_1801,&g_566[1][1][1],&g_2641,&g_1801,(void*)0,&g_566[0][1][2]},{&g_566[0][0][0],&g_2641,(void*)0,&g_1801,&g_2641,&g_1801,(void*)0,&g_2641,&g_566[0][0][0]},{&g_566[1][1][1],&g_1735,&g_1735,&g_2641,&g_1801,&g_1801,(void*)0,(void*)0,&g_2641},{&g_1735,&g_1801,&g_2641,&g_1735,&g_1735,&g_2641,&g_1801,&g_1735,&g_1801}}};
static uint32_t **g_3415 = &g_3416[5][2][6];
static volatile uint64_t g_3477 = 3UL;/* VOLATILE GLOBAL g_3477 */
static uint16_t *g_3488 = &g_2979[5][0];
static uint16_t **g_3487 = &g_3488;


/* --- FORWARD DECLARATIONS --- */
static const struct S0  func_1(void);
static const uint16_t  func_11(int32_t  p_12);
static int32_t  func_41(uint16_t  p_42, int32_t * p_43, int32_t ** p_44, uint32_t  p_45);
static uint8_t  func_55(const int32_t ** p_56, uint8_t  p_57);
static const int32_t ** func_58(int32_t  p_59, int32_t ** p_60, uint64_t  p_61, uint16_t  p_62);
static uint16_t  func_63(const struct S0  p_64, uint16_t  p_65);
static const struct S0  func_66(int16_t  p_67, struct S0  p_68, int32_t ** p_69, uint32_t  p_70, int32_t ** p_71);
static struct S0  func_72(uint16_t  p_73, int32_t * const  p_74, int32_t * p_75, int32_t  p_76, int32_t ** p_77);
static int32_t * const  func_78(int32_t  p_79, int32_t  p_80, int8_t  p_81);
static int32_t  func_91(uint32_t  p_92, int32_t  p_93, const int16_t  p_94, int32_t * const * p_95, int32_t * const  p_96);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3041 g_3042 g_3043 g_854 g_855
 * writes:
 */
static const struct S0  func_1(void)
{ /* block id: 0 */
    int8_t l_4 = 0xCEL;
    int32_t l_2923 = 0x2CED0930L;
    int32_t * const l_2924 = &g_135;
    int32_t *l_2925 = &g_666;
    uint8_t ***l_2948 = &g_738[5][0];
    struct S0 *l_3061[3][6][6] = {{{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_276},{(void*)0,&g_1259,&g_1259,(void*)0,&g_276,&g_276},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_1259},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_276},{(void*)0,&g_1259,&g_1259,(void*)0,&g_276,&g_276},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_1259}},{{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_276},{(void*)0,&g_1259,&g_1259,(void*)0,&g_276,&g_276},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_1259},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_276},{(void*)0,&g_1259,&g_1259,(void*)0,&g_276,&g_276},{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_1259}},{{&g_1259,&g_1259,&g_276,&g_1259,&g_276,&g_276},{(void*)0,&g_1259,&g_1259,(void*)0,&g_276,(void*)0},{&g_276,&g_276,&g_276,&g_276,&g_276,&g_276},{&g_276,&g_276,(void*)0,&g_276,&g_276,&g_276},{&g_1259,&g_276,&g_276,&g_1259,&g_276,(void*)0},{&g_276,&g_276,&g_276,&g_276,&g_276,&g_276}}};
    int32_t l_3134 = (-1L);
    int32_t l_3253 = (-1L);
    int32_t l_3256 = 0x86D5B416L;
    int32_t l_3302 = 1L;
    int8_t l_3333 = (-1L);
    uint16_t ***l_3365 = &g_201;
    const int16_t *l_3395 = (void*)0;
    const int16_t **l_3394 = &l_3395;
    const int16_t ***l_3393 = &l_3394;
    int16_t *****l_3414 = &g_582;
    uint64_t *** const l_3473 = &g_785;
    uint64_t l_3513 = 18446744073709551606UL;
    int i, j, k;
    return (****g_3041);
}


/* ------------------------------------------ */
/* 
 * reads : g_1382 g_225 g_213 g_2247 g_2248 g_129 g_2246 g_16 g_202 g_566 g_1521 g_1522 g_785 g_786 g_201 g_90 g_52 g_103 g_111 g_116 g_135 g_153 g_105 g_182 g_167 g_177 g_234 g_236 g_2922
 * writes: g_1382 g_1438 g_225 g_2531 g_2536 g_90 g_16 g_177 g_566 g_1019 g_105 g_129 g_153 g_164 g_167 g_182 g_201 g_213 g_234 g_236 g_276.f1 g_553
 */
static const uint16_t  func_11(int32_t  p_12)
{ /* block id: 1 */
    const int32_t *l_14 = (void*)0;
    const int32_t **l_13[9];
    int32_t *l_15 = &g_16;
    int32_t l_26 = (-8L);
    int32_t l_28[10][7] = {{0x43993911L,(-1L),0x872A60D4L,0x023024A1L,0L,0x5950169FL,0x56D4C01EL},{(-1L),(-1L),0x5CA7DBC8L,(-1L),0x99BF0BB9L,(-2L),(-3L)},{0x43993911L,0x023024A1L,0xE9843C6BL,0xCCA7A22FL,0x023024A1L,0x6BD5D518L,0x51404FC4L},{0L,0x5CA7DBC8L,0x872A60D4L,0x51404FC4L,(-1L),(-1L),0x51404FC4L},{(-1L),0x6DAAFD55L,(-1L),(-2L),0x51404FC4L,(-1L),(-3L)},{0x56D4C01EL,0xCCA7A22FL,1L,0x60D1F283L,0L,0xE9843C6BL,0x56D4C01EL},{0xCCA7A22FL,0x5950169FL,(-3L),0x51404FC4L,(-1L),(-1L),(-1L)},{0x5CA7DBC8L,(-1L),(-1L),0x5CA7DBC8L,3L,(-1L),(-2L)},{0x56D4C01EL,0x99BF0BB9L,0x6BD5D518L,3L,3L,0x6BD5D518L,0x99BF0BB9L},{3L,0x872A60D4L,(-1L),0x023024A1L,(-1L),(-2L),0x60D1F283L}};
    uint16_t **l_2010 = &g_202;
    int16_t **l_2026 = &g_1068[0][1];
    int16_t l_2058 = 0xDA7DL;
    const uint8_t ***l_2076 = (void*)0;
    const uint8_t ****l_2075 = &l_2076;
    const uint32_t l_2085 = 0x05739219L;
    uint32_t l_2122[2];
    struct S0 l_2161[9][6][2] = {{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}},{{0UL,0x3BL,253UL},{0UL,2L,0xF3L}},{{0UL,2L,0xF3L},{0UL,0x3BL,253UL}},{{0UL,2L,0xF3L},{0UL,2L,0xF3L}}},{{{0UL,5L,0x26L},{0UL,0x3BL,253UL}},{{0UL,0x3BL,253UL},{0UL,5L,0x26L}},{{0UL,0x3BL,253UL},{0UL,0x3BL,253UL}},{{0UL,5L,0x26L},{0UL,0x3BL,253UL}},{{0UL,0x3BL,253UL},{0UL,5L,0x26L}},{{0UL,0x3BL,253UL},{0UL,0x3BL,253UL}}}};
    int8_t l_2162 = 0x2AL;
    int32_t l_2202 = 0xAFD5ADA9L;
    int32_t l_2203 = 0x821FC279L;
    int8_t l_2260 = 0xCEL;
    uint64_t ****l_2265 = &g_1522;
    uint16_t l_2279 = 1UL;
    int64_t l_2397[3];
    int8_t l_2398 = 0x3FL;
    int32_t l_2445 = 0xBD4A3BAEL;
    const uint64_t l_2470 = 18446744073709551613UL;
    int8_t *l_2516 = &g_855.f1;
    int8_t **l_2515 = &l_2516;
    int64_t **l_2552[3];
    int8_t l_2562 = 0x3FL;
    int64_t l_2601 = 6L;
    int8_t l_2604 = 0x6EL;
    int8_t l_2606[1];
    int16_t l_2616 = 8L;
    int16_t l_2660[4];
    int16_t l_2717[4] = {0xAC02L,0xAC02L,0xAC02L,0xAC02L};
    int32_t *l_2723[2][9][6] = {{{&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666,&l_26},{&g_666,&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666},{&g_666,&l_28[9][2],&l_26,&g_135,&g_135,&l_26},{&g_135,&g_135,&l_26,&l_28[9][2],&g_666,&g_666},{&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666,&l_26},{&g_666,&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666},{&g_666,&l_28[9][2],&l_26,&g_135,&g_135,&l_26},{&g_135,&g_135,&l_26,&l_28[9][2],&g_666,&g_666},{&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666,&l_26}},{{&g_666,&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666},{&g_666,&l_28[9][2],&l_26,&g_135,&g_135,&l_26},{&g_135,&g_135,&l_26,&l_28[9][2],&g_666,&g_666},{&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666,&l_26},{&g_666,&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666},{&g_666,&l_28[9][2],&l_26,&g_135,&g_135,&l_26},{&g_135,&g_135,&l_26,&l_28[9][2],&g_666,&g_666},{&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666,&l_26},{&g_666,&g_135,&l_28[9][2],&l_28[9][2],&g_135,&g_666}}};
    int32_t l_2756 = 0xAB947D30L;
    int64_t l_2757 = 0xD6F671926D05C51ALL;
    int8_t l_2758 = 8L;
    struct S0 **l_2774 = (void*)0;
    uint16_t l_2816 = 0xE528L;
    int8_t ***l_2884 = &g_2211[0];
    int8_t ****l_2883 = &l_2884;
    struct S0 l_2887 = {8UL,0x40L,0x5DL};
    int32_t **l_2888 = &l_2723[1][6][0];
    uint32_t l_2889 = 18446744073709551608UL;
    int32_t l_2890 = (-10L);
    uint8_t l_2909 = 0UL;
    uint16_t *** const *l_2910 = (void*)0;
    int32_t *l_2915 = &g_1019;
    int8_t l_2918 = 0xFFL;
    int16_t *l_2919[6] = {&l_2058,&l_2058,&g_370,&l_2058,&l_2058,&g_370};
    int32_t l_2920[10][8][3] = {{{0xCD92F141L,0x0780311EL,9L},{0xB8ECBB36L,0L,0x7894EF12L},{0x93F1722CL,(-2L),0x1516504AL},{0x5F06DD05L,0xB2F100BBL,0x5F06DD05L},{(-2L),0x7894EF12L,0xD9230C90L},{0L,3L,0L},{0L,(-1L),(-2L)},{(-1L),1L,0x30074A16L}},{{0L,0xBB847726L,0xE62ECE61L},{0L,(-10L),1L},{(-2L),(-9L),0L},{0x5F06DD05L,9L,(-1L)},{0x93F1722CL,(-9L),0xE0F53FFCL},{0xB8ECBB36L,(-2L),0L},{0xCD92F141L,0xE0F53FFCL,0L},{0L,0x302D537EL,0xE0F53FFCL}},{{0x1516504AL,0x1ECE32BCL,(-1L)},{(-1L),0L,0L},{0L,(-7L),1L},{0L,0L,0xE62ECE61L},{(-1L),0L,0xE0F53FFCL},{1L,0x30074A16L,0x10B3DED5L},{0x1ECE32BCL,0L,0x302D537EL},{0L,0x1516504AL,0x0780311EL}},{{0x30074A16L,(-1L),0x7894EF12L},{(-9L),8L,(-1L)},{0xA29683BEL,0x5F06DD05L,0xE62ECE61L},{0x5F06DD05L,1L,(-2L)},{(-1L),(-7L),0x21B0C89BL},{(-1L),1L,0xA29683BEL},{0x5F06DD05L,3L,(-2L)},{0xA29683BEL,(-2L),(-1L)}},{{(-9L),(-9L),0xB8ECBB36L},{0x30074A16L,0xCD92F141L,0L},{0L,0L,0xBB847726L},{0x1ECE32BCL,0L,1L},{1L,0L,0xBB847726L},{(-1L),0x976B1A68L,0L},{0x546B32FFL,0xE62ECE61L,0xB8ECBB36L},{0x1516504AL,(-1L),(-1L)}},{{0L,0x10B3DED5L,(-2L)},{(-1L),0L,0xA29683BEL},{0x302D537EL,9L,0x21B0C89BL},{(-2L),9L,(-2L)},{0xD9230C90L,0L,0xE62ECE61L},{0xBB847726L,0x10B3DED5L,(-1L)},{0x7894EF12L,(-1L),0x7894EF12L},{1L,0xE62ECE61L,0x0780311EL}},{{8L,0x976B1A68L,0x302D537EL},{0L,0L,0x10B3DED5L},{(-10L),0L,0xE0F53FFCL},{0L,0L,0x93F1722CL},{8L,0xCD92F141L,0L},{1L,(-9L),8L},{0x7894EF12L,(-2L),0L},{0xBB847726L,3L,(-7L)}},{{0xD9230C90L,1L,0x1516504AL},{(-2L),(-7L),0x1516504AL},{0x302D537EL,1L,(-7L)},{(-1L),0x5F06DD05L,0L},{0L,8L,8L},{0x1516504AL,(-1L),0L},{0x546B32FFL,0x1516504AL,0x93F1722CL},{(-1L),0L,0xE0F53FFCL}},{{1L,0x30074A16L,0x10B3DED5L},{0x1ECE32BCL,0L,0x302D537EL},{0L,0x1516504AL,0x0780311EL},{0x30074A16L,(-1L),0x7894EF12L},{(-9L),8L,(-1L)},{0xA29683BEL,0x5F06DD05L,0xE62ECE61L},{0x5F06DD05L,1L,(-2L)},{(-1L),(-7L),0x21B0C89BL}},{{(-1L),1L,0xA29683BEL},{0x5F06DD05L,3L,(-2L)},{0xA29683BEL,(-2L),(-1L)},{(-9L),(-9L),0xB8ECBB36L},{0x30074A16L,0xCD92F141L,0L},{0L,0L,0xBB847726L},{0x1ECE32BCL,0L,1L},{1L,0L,0xBB847726L}}};
    int32_t **l_2921 = (void*)0;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_13[i] = &l_14;
    for (i = 0; i < 2; i++)
        l_2122[i] = 9UL;
    for (i = 0; i < 3; i++)
        l_2397[i] = (-8L);
    for (i = 0; i < 3; i++)
        l_2552[i] = &g_1460;
    for (i = 0; i < 1; i++)
        l_2606[i] = (-3L);
    for (i = 0; i < 4; i++)
        l_2660[i] = 0x64C7L;
    l_15 = (void*)0;
    for (p_12 = 5; (p_12 >= 2); p_12 -= 1)
    { /* block id: 5 */
        int32_t l_23 = 0xE8F08877L;
        int32_t l_27 = (-4L);
        int32_t l_29 = 0xB57606ABL;
        int32_t l_30 = 3L;
        int32_t l_32 = 6L;
        int32_t l_33 = 1L;
        int32_t l_34 = 0x2DB59653L;
        int32_t l_35 = (-1L);
        int32_t l_36[4];
        int32_t l_87[1][10][9] = {{{(-7L),(-7L),0xC7020513L,1L,(-7L),0x85BA07B4L,1L,1L,0x85BA07B4L},{1L,0xE239CA81L,1L,3L,(-1L),0xE239CA81L,(-1L),3L,1L},{1L,0L,1L,1L,1L,1L,0L,1L,(-7L)},{0x42C1F8D0L,3L,0xA51F8956L,3L,0x42C1F8D0L,0xE239CA81L,0x42C1F8D0L,3L,0xA51F8956L},{1L,1L,1L,0L,1L,(-7L),0L,0L,(-7L)},{(-1L),3L,1L,3L,(-1L),0xE239CA81L,(-1L),3L,1L},{1L,0L,1L,1L,1L,1L,0L,1L,(-7L)},{0x42C1F8D0L,3L,0xA51F8956L,3L,0x42C1F8D0L,0xE239CA81L,0x42C1F8D0L,3L,0xA51F8956L},{1L,1L,1L,0L,1L,(-7L),0L,0L,(-7L)},{(-1L),3L,1L,3L,(-1L),0xE239CA81L,(-1L),3L,1L}}};
        int32_t **l_555[4];
        uint16_t **l_2005 = &g_202;
        const int16_t **l_2024 = (void*)0;
        uint32_t *l_2067 = (void*)0;
        uint32_t **l_2066 = &l_2067;
        int16_t *l_2158 = &g_167[1][0];
        uint8_t *l_2189 = &g_225;
        uint8_t *l_2190[8] = {&g_105,&g_105,&g_105,&g_105,&g_105,&g_105,&g_105,&g_105};
        const uint16_t ****l_2204 = &g_1048[0];
        int8_t *l_2209[1][6] = {{&g_236,(void*)0,&g_236,&g_236,(void*)0,&g_236}};
        int8_t **l_2208 = &l_2209[0][4];
        uint64_t l_2252 = 0UL;
        uint32_t l_2263 = 0x9A44A26BL;
        uint64_t **l_2348[8] = {&g_786,(void*)0,&g_786,&g_786,(void*)0,&g_786,&g_786,(void*)0};
        int16_t l_2400[10][8] = {{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L},{2L,2L,2L,2L,2L,2L,2L,2L}};
        uint32_t l_2484 = 0x5774EB36L;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_36[i] = (-1L);
        for (i = 0; i < 4; i++)
            l_555[i] = &l_15;
    }
    for (g_1382 = 3; (g_1382 >= 0); g_1382 -= 1)
    { /* block id: 1048 */
        int32_t l_2522 = 0x77EA4B7EL;
        int32_t l_2528 = 0L;
        uint8_t ****l_2535 = &g_2533;
        uint8_t *****l_2534[4][10] = {{&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535},{&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535},{&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535,&l_2535},{&l_2535,(void*)0,&l_2535,&l_2535,&l_2535,&l_2535,(void*)0,&l_2535,&l_2535,&l_2535}};
        struct S0 **l_2560 = &g_854;
        struct S0 ***l_2559[3];
        int32_t l_2591 = 0x402DE390L;
        int32_t l_2593 = 9L;
        int32_t l_2594[4];
        int64_t l_2602 = 0xB7C252FAF2E1369FLL;
        const int32_t l_2647 = 4L;
        uint64_t **l_2675[5] = {&g_786,&g_786,&g_786,&g_786,&g_786};
        uint32_t l_2676 = 2UL;
        int16_t *****l_2681[6];
        uint32_t *l_2720 = (void*)0;
        uint32_t **l_2719 = &l_2720;
        uint32_t l_2722 = 4294967287UL;
        int32_t *l_2755 = &g_16;
        int8_t l_2759[10][6][4] = {{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}},{{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)},{1L,(-1L),1L,(-1L)}}};
        uint32_t l_2760 = 0x7D1D1E77L;
        uint32_t l_2806 = 0UL;
        int32_t l_2811 = (-1L);
        int32_t l_2812 = 0L;
        int64_t l_2891 = 0x6F4194A657E2F35DLL;
        uint32_t *l_2900 = &g_566[1][0][2];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2559[i] = &l_2560;
        for (i = 0; i < 4; i++)
            l_2594[i] = 1L;
        for (i = 0; i < 6; i++)
            l_2681[i] = &g_582;
        for (g_1438 = 3; (g_1438 >= 0); g_1438 -= 1)
        { /* block id: 1051 */
            uint8_t *l_2525 = &g_225;
            uint8_t **** const l_2530 = &g_1627[1][7][2];
            uint8_t **** const *l_2529 = &l_2530;
            uint64_t * const l_2542[5][10][5] = {{{&g_855.f0,&g_1259.f0,&l_2161[6][2][1].f0,&g_1259.f0,&g_855.f0},{(void*)0,&g_855.f0,(void*)0,&g_276.f0,&l_2161[6][2][1].f0},{&g_1259.f0,&g_855.f0,&g_153,&g_276.f0,&g_1259.f0},{&g_1259.f0,&g_153,&g_276.f0,&g_855.f0,&g_153},{(void*)0,&g_855.f0,&l_2161[6][2][1].f0,&g_153,&g_855.f0},{&g_855.f0,(void*)0,&g_153,&g_855.f0,(void*)0},{&g_153,&g_1259.f0,&g_153,&g_276.f0,&g_153},{&g_855.f0,&g_1259.f0,&g_1259.f0,&g_276.f0,&g_855.f0},{&g_855.f0,(void*)0,(void*)0,&g_1259.f0,&g_855.f0},{&g_1259.f0,&g_855.f0,&g_276.f0,&g_276.f0,&g_855.f0}},{{(void*)0,&g_153,&l_2161[6][2][1].f0,&g_153,&g_153},{&g_855.f0,&g_855.f0,&l_2161[6][2][1].f0,(void*)0,(void*)0},{&g_855.f0,&g_855.f0,&g_276.f0,&g_855.f0,&g_855.f0},{(void*)0,&g_1259.f0,(void*)0,&l_2161[6][2][1].f0,&g_153},{&g_855.f0,(void*)0,&g_1259.f0,&g_1259.f0,&g_1259.f0},{&g_855.f0,&g_855.f0,&g_153,&g_1259.f0,&l_2161[6][2][1].f0},{(void*)0,&g_855.f0,&g_153,&l_2161[6][2][1].f0,&g_855.f0},{&g_1259.f0,(void*)0,&l_2161[6][2][1].f0,&g_855.f0,&g_276.f0},{&g_855.f0,&g_855.f0,&g_276.f0,(void*)0,&g_855.f0},{&g_855.f0,&g_855.f0,&g_153,&g_153,&g_855.f0}},{{&g_153,(void*)0,(void*)0,&g_276.f0,&g_276.f0},{&g_855.f0,&g_153,&g_855.f0,&g_1259.f0,&g_855.f0},{(void*)0,&g_855.f0,(void*)0,(void*)0,(void*)0},{&g_153,(void*)0,&g_153,&g_855.f0,&l_2161[6][2][1].f0},{&g_153,&l_2161[6][2][1].f0,(void*)0,&l_2161[6][2][1].f0,&g_855.f0},{(void*)0,&g_276.f0,&g_153,&g_153,(void*)0},{&g_276.f0,(void*)0,&g_153,&l_2161[6][2][1].f0,(void*)0},{&l_2161[6][2][1].f0,&g_153,(void*)0,&g_855.f0,&g_855.f0},{(void*)0,&g_153,&l_2161[6][2][1].f0,(void*)0,&g_855.f0},{&g_855.f0,(void*)0,(void*)0,&g_1259.f0,(void*)0}},{{&g_153,&g_276.f0,&g_276.f0,&g_855.f0,&g_855.f0},{&g_276.f0,&l_2161[6][2][1].f0,&g_153,&g_855.f0,&g_855.f0},{&g_855.f0,(void*)0,&g_153,&g_153,(void*)0},{&g_276.f0,&g_855.f0,&g_276.f0,&l_2161[6][2][1].f0,(void*)0},{&g_276.f0,&g_153,(void*)0,&g_1259.f0,&g_855.f0},{&g_276.f0,&g_276.f0,&l_2161[6][2][1].f0,&g_1259.f0,&l_2161[6][2][1].f0},{&g_855.f0,&g_855.f0,(void*)0,&g_1259.f0,(void*)0},{&g_276.f0,&g_276.f0,&g_153,&g_1259.f0,&g_855.f0},{&g_153,&g_276.f0,&g_153,&l_2161[6][2][1].f0,&g_153},{&g_855.f0,&g_276.f0,(void*)0,&g_153,(void*)0}},{{(void*)0,&g_855.f0,&g_153,&g_855.f0,(void*)0},{&l_2161[6][2][1].f0,&g_276.f0,(void*)0,&g_855.f0,&g_153},{&g_276.f0,&g_153,&g_855.f0,&g_1259.f0,&g_855.f0},{(void*)0,&g_855.f0,(void*)0,(void*)0,(void*)0},{&g_153,(void*)0,&g_153,&g_855.f0,&l_2161[6][2][1].f0},{&g_153,&l_2161[6][2][1].f0,(void*)0,&l_2161[6][2][1].f0,&g_855.f0},{(void*)0,&g_276.f0,&g_153,&g_153,(void*)0},{&g_276.f0,(void*)0,&g_153,&l_2161[6][2][1].f0,(void*)0},{&l_2161[6][2][1].f0,&g_153,(void*)0,&g_855.f0,&g_855.f0},{(void*)0,&g_153,&l_2161[6][2][1].f0,(void*)0,&g_855.f0}}};
            int32_t l_2543 = 0x279ABB06L;
            uint32_t ***l_2549 = (void*)0;
            int32_t l_2586 = 0x6D22ED3DL;
            int32_t l_2592 = 0L;
            int32_t l_2595[7][5] = {{0x83F19F3DL,(-1L),0x90A21E2AL,(-1L),0xAC1859C1L},{0x90A21E2AL,(-1L),0x83F19F3DL,0x83F19F3DL,(-1L)},{0x9493F706L,(-1L),0xFFBF41D3L,(-1L),0xAC1859C1L},{(-1L),0x83F19F3DL,0xFFBF41D3L,0xD01C48E6L,0xFFBF41D3L},{0xAC1859C1L,0xAC1859C1L,0x83F19F3DL,0x9493F706L,(-9L)},{(-1L),(-9L),0x90A21E2AL,0x9493F706L,0x9493F706L},{0x9493F706L,0xDFE3CAA0L,0x9493F706L,0xD01C48E6L,(-1L)}};
            int64_t l_2596[3];
            uint32_t l_2617[8][5][6] = {{{0UL,0x8A49ED39L,6UL,0UL,0UL,18446744073709551615UL},{18446744073709551615UL,0UL,0x5FA492D1L,2UL,0x0FEC92BFL,0xD81A690EL},{0x4A7B4762L,0xA7DFC8ABL,0x87978C68L,0xD902B0F0L,8UL,0x42C4773CL},{0xA6C4C379L,1UL,0UL,0xE69C2633L,0xF50F90B7L,0x0FEC92BFL},{0xE806AA32L,8UL,0UL,18446744073709551613UL,0x77BEC2BCL,0UL}},{{0x1079A8CDL,0xD902B0F0L,3UL,18446744073709551613UL,18446744073709551613UL,3UL},{0xE806AA32L,0xE806AA32L,3UL,0xE69C2633L,18446744073709551615UL,0UL},{0xA6C4C379L,8UL,0xB9A3D4C8L,0xD902B0F0L,8UL,3UL},{0x4A7B4762L,0xA6C4C379L,0xB9A3D4C8L,0x1079A8CDL,0xE806AA32L,0UL},{0x77BEC2BCL,0x1079A8CDL,3UL,0xFE9336EAL,0xEE680231L,3UL}},{{0xFE9336EAL,0xEE680231L,3UL,0xE806AA32L,2UL,0UL},{0xA7DFC8ABL,0xEE680231L,0UL,18446744073709551615UL,0xEE680231L,0x0FEC92BFL},{0xEE680231L,0x1079A8CDL,0UL,8UL,0xE806AA32L,0x42C4773CL},{18446744073709551615UL,0xA6C4C379L,0x87978C68L,0x4A7B4762L,8UL,18446744073709551615UL},{18446744073709551615UL,8UL,2UL,8UL,18446744073709551615UL,0xB9A3D4C8L}},{{0xEE680231L,0xE806AA32L,0xD230580DL,18446744073709551615UL,18446744073709551613UL,1UL},{0xA7DFC8ABL,0xD902B0F0L,18446744073709551615UL,0xE806AA32L,0x77BEC2BCL,1UL},{0xFE9336EAL,8UL,0xD230580DL,0xFE9336EAL,0xF50F90B7L,0xB9A3D4C8L},{0x77BEC2BCL,1UL,2UL,0x1079A8CDL,8UL,18446744073709551615UL},{0x4A7B4762L,0xA7DFC8ABL,0x87978C68L,0xD902B0F0L,8UL,0x42C4773CL}},{{0xA6C4C379L,1UL,0UL,0xE69C2633L,0xF50F90B7L,0x0FEC92BFL},{0xE806AA32L,8UL,0UL,18446744073709551613UL,0x77BEC2BCL,0UL},{0x1079A8CDL,0xD902B0F0L,3UL,18446744073709551613UL,18446744073709551613UL,3UL},{0xE806AA32L,0xE806AA32L,3UL,0xE69C2633L,18446744073709551615UL,0UL},{0xA6C4C379L,8UL,0xB9A3D4C8L,0xD902B0F0L,8UL,3UL}},{{0x4A7B4762L,0xA6C4C379L,0xB9A3D4C8L,0x1079A8CDL,0xE806AA32L,0UL},{0x77BEC2BCL,0x1079A8CDL,3UL,0xFE9336EAL,0xEE680231L,3UL},{0xFE9336EAL,0xEE680231L,3UL,0xE806AA32L,2UL,0UL},{0xA7DFC8ABL,0xEE680231L,0UL,18446744073709551615UL,0xEE680231L,0x0FEC92BFL},{0xEE680231L,0x1079A8CDL,0UL,8UL,0xE806AA32L,0x42C4773CL}},{{18446744073709551615UL,0xA6C4C379L,0x87978C68L,0x4A7B4762L,8UL,18446744073709551615UL},{18446744073709551615UL,8UL,2UL,8UL,18446744073709551615UL,0xB9A3D4C8L},{0xEE680231L,0xE806AA32L,0xD230580DL,18446744073709551615UL,18446744073709551613UL,1UL},{0xA7DFC8ABL,0xD902B0F0L,18446744073709551615UL,0xE806AA32L,0x77BEC2BCL,0xE69C2633L},{0xBD718097L,0xD81A690EL,2UL,0xBD718097L,6UL,0x4A7B4762L}},{{0x82D0FFE9L,0UL,0x1079A8CDL,1UL,0x5FA492D1L,18446744073709551615UL},{0UL,18446744073709551615UL,18446744073709551613UL,0xF5D38368L,0x5FA492D1L,0xA7DFC8ABL},{0x8E05BA52L,0UL,0xF50F90B7L,6UL,6UL,8UL},{18446744073709551609UL,0xD81A690EL,0xA6C4C379L,18446744073709551615UL,0x82D0FFE9L,1UL},{1UL,0xF5D38368L,0xEE680231L,18446744073709551615UL,18446744073709551615UL,0xEE680231L}}};
            int16_t *****l_2632 = &g_582;
            uint8_t l_2661 = 0UL;
            int16_t **** const *l_2682 = &g_582;
            uint64_t *l_2735 = &g_276.f0;
            int32_t **l_2779 = &l_2755;
            uint8_t l_2807 = 0xB9L;
            int64_t * const *l_2821 = (void*)0;
            int32_t l_2826 = 0xF2BA9558L;
            uint64_t l_2872 = 0xC232E3FF8DF9FEDALL;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_2596[i] = 0x2CFA0F6BB18104C5LL;
            (*g_129) = (l_2522 = (safe_mod_func_int64_t_s_s((safe_mod_func_uint16_t_u_u((((l_2522 & (safe_sub_func_uint8_t_u_u(((*l_2525) |= p_12), (safe_mul_func_int16_t_s_s(p_12, (((((l_2528 = p_12) > ((g_2531 = l_2529) == (g_2536 = l_2534[3][5]))) & (safe_rshift_func_uint16_t_u_u((((&g_2077 == (void*)0) >= (l_2542[3][5][1] != (void*)0)) , l_2522), 14))) , g_213[1][3][1]) , l_2543)))))) || p_12) && (*g_2247)), p_12)), l_2522)));
        }
        (*l_2755) = ((safe_div_func_uint64_t_u_u(0x95CA46D51628BCBFLL, (safe_mod_func_uint16_t_u_u((((safe_mul_func_int8_t_s_s(((l_2890 = (safe_div_func_uint8_t_u_u((l_2883 != ((**g_2246) , &l_2884)), (((l_2889 = (((((((*l_2755) , l_2887) , (*l_2755)) & p_12) > (*l_2755)) < (-1L)) , 0x01L)) ^ p_12) ^ p_12)))) >= 4294967289UL), p_12)) < (*l_2755)) != p_12), l_2891)))) || p_12);
        (*l_2755) = ((safe_mod_func_uint16_t_u_u(((**l_2010) = 65531UL), (safe_mod_func_uint32_t_u_u(((-10L) & p_12), p_12)))) , ((((safe_mod_func_uint32_t_u_u((safe_mod_func_uint32_t_u_u((0xEDL >= p_12), (*l_2755))), (((*l_2900)++) && (safe_rshift_func_uint16_t_u_s(1UL, (safe_mod_func_int8_t_s_s(p_12, (*l_2755)))))))) , (*g_2246)) != (void*)0) && 0xD9FCL));
        if (p_12)
            continue;
    }
    (*g_2922) = func_78(((safe_add_func_int16_t_s_s((l_2909 && (((void*)0 == l_2910) != ((safe_sub_func_int8_t_s_s(((-4L) > (p_12 == (l_2920[7][6][1] = (((((***g_1521) == (((*l_2915) = (safe_add_func_uint8_t_u_u(p_12, p_12))) , (((safe_sub_func_int8_t_s_s((((**g_201) = 0xEC2FL) | p_12), l_2918)) && p_12) , (***l_2265)))) != 0xEF90L) > 0xDA21A36BF02D6670LL) || 0xCC5D7862L)))), p_12)) >= p_12))), p_12)) , 0xFF7D0534L), p_12, p_12);
    return p_12;
}


/* ------------------------------------------ */
/* 
 * reads : g_1456 g_276.f1 g_786
 * writes: g_1457 g_407 g_153
 */
static int32_t  func_41(uint16_t  p_42, int32_t * p_43, int32_t ** p_44, uint32_t  p_45)
{ /* block id: 815 */
    int64_t ****l_1960 = &g_1458;
    int32_t l_1963 = 0x86789BA4L;
    uint16_t *l_1964 = &g_407[0];
    int32_t l_1965[6][6][5] = {{{0x66F1AC4FL,0x66F1AC4FL,0xF44E59D8L,0L,0x0E2F8FE2L},{0x6426EE5DL,0x45BF6651L,(-1L),0x4615532DL,1L},{0x8C50B92FL,(-3L),0xB6E6C014L,1L,7L},{1L,0x45BF6651L,0x836746E4L,0xC39DAC22L,(-3L)},{0xB4AB486FL,0x66F1AC4FL,1L,0x0E2F8FE2L,1L},{(-1L),1L,0x6E536B41L,(-1L),0x836746E4L}},{{(-3L),0xB4AB486FL,0x0E2F8FE2L,0x0E2F8FE2L,0xB4AB486FL},{1L,(-1L),(-9L),0xC39DAC22L,0L},{(-5L),7L,0x66F1AC4FL,1L,1L},{3L,0x5190DFE5L,(-8L),0x4615532DL,0x20C7667CL},{(-5L),0xF44E59D8L,(-5L),0L,0x5A0D83D4L},{1L,5L,6L,(-1L),(-3L)}},{{(-3L),1L,1L,0x66F1AC4FL,0L},{(-1L),(-6L),6L,(-6L),(-1L)},{0xB4AB486FL,1L,(-5L),7L,0x66F1AC4FL},{1L,0xCD155C6CL,(-8L),0L,0x6E536B41L},{0x8C50B92FL,(-5L),0x66F1AC4FL,1L,0x66F1AC4FL},{0x6426EE5DL,0L,(-9L),0xA1A9E718L,(-1L)}},{{0x66F1AC4FL,1L,0x0E2F8FE2L,1L,0L},{6L,0x6852B602L,0x6E536B41L,0x5190DFE5L,(-3L)},{0x22240372L,1L,1L,0x22240372L,0x5A0D83D4L},{0L,0L,0x836746E4L,0L,0x20C7667CL},{0x0E2F8FE2L,(-5L),0xB6E6C014L,0x8C50B92FL,1L},{(-1L),0xCD155C6CL,(-1L),0L,0L}},{{0L,1L,0xF44E59D8L,0x22240372L,0xB4AB486FL},{(-9L),(-6L),0x6426EE5DL,0x5190DFE5L,0x836746E4L},{1L,1L,0L,1L,1L},{(-9L),5L,(-9L),0xA1A9E718L,(-3L)},{0L,0xF44E59D8L,0x8C50B92FL,1L,7L},{(-1L),0x5190DFE5L,0x20C7667CL,0L,1L}},{{0x0E2F8FE2L,7L,0x8C50B92FL,0x66F1AC4FL,(-5L)},{0x836746E4L,0xC39DAC22L,(-3L),0L,6L},{0L,1L,0xB4AB486FL,0x8C50B92FL,1L},{3L,0xC028B36BL,6L,0xC39DAC22L,6L},{0x8C50B92FL,0x8C50B92FL,1L,0xB4AB486FL,(-5L)},{6L,0x1878C524L,(-9L),0L,(-8L)}}};
    int i, j, k;
    l_1963 = ((safe_div_func_uint64_t_u_u(((*g_786) = (0xF8B9L <= (safe_sub_func_uint8_t_u_u(((l_1965[3][0][2] &= ((safe_rshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((((*g_1456) = l_1960) == (void*)0), p_45)), ((*l_1964) = (safe_add_func_int8_t_s_s((g_276.f1 , 0x82L), l_1963))))) || ((void*)0 != &l_1963))) , 0UL), l_1963)))), 0xD86A8FFF40516ED8LL)) < l_1963);
    return l_1963;
}


/* ------------------------------------------ */
/* 
 * reads : g_276.f0 g_225 g_566 g_855.f2 g_785 g_786 g_309 g_310 g_164 g_213 g_403 g_1019 g_129 g_90 g_236 g_153 g_505 g_666 g_1048 g_135 g_1062 g_52 g_103 g_111 g_16 g_116 g_105 g_182 g_167 g_177 g_234 g_962 g_652 g_276.f2 g_963 g_276.f1 g_1521 g_1522 g_1801 g_1459 g_1460 g_327 g_855.f0
 * writes: g_566 g_225 g_153 g_403 g_90 g_855.f0 g_236 g_666 g_234 g_652 g_135 g_327 g_1062 g_1066 g_202 g_105 g_129 g_164 g_167 g_182 g_201 g_213 g_276.f1 g_553 g_963 g_855.f1 g_962 g_177
 */
static uint8_t  func_55(const int32_t ** p_56, uint8_t  p_57)
{ /* block id: 406 */
    int16_t *****l_992[9];
    int32_t l_999 = 0x4AC9462AL;
    uint16_t l_1004 = 0x7429L;
    uint8_t *l_1005 = &g_225;
    uint64_t ***l_1007 = (void*)0;
    int16_t l_1017 = (-1L);
    uint32_t l_1018 = 0UL;
    const uint16_t ***l_1051 = (void*)0;
    int32_t *l_1052 = &g_52;
    int16_t *****l_1053 = &g_582;
    int32_t l_1118 = 4L;
    int32_t l_1124 = (-8L);
    int32_t l_1126 = (-1L);
    int32_t l_1131 = 0x3B9896B9L;
    int32_t l_1132 = 1L;
    int32_t l_1133 = 9L;
    int32_t l_1134 = 0x8C72C9B6L;
    int32_t l_1135 = (-1L);
    int32_t l_1136 = 8L;
    int32_t l_1137 = 0x794DA531L;
    int32_t l_1138 = 5L;
    int32_t l_1139 = 1L;
    int32_t l_1141 = (-1L);
    int32_t l_1142 = 0x03D36653L;
    int32_t l_1144 = 0L;
    int32_t l_1145 = 0L;
    int32_t l_1146 = 9L;
    uint32_t l_1148 = 9UL;
    struct S0 l_1181 = {0xE5862966ACD8BB76LL,0xD3L,255UL};
    int32_t l_1190 = (-1L);
    int64_t *l_1300 = &g_652[5][2];
    int32_t l_1325[2][9][5] = {{{1L,1L,0L,(-7L),(-1L)},{0x84C1F4F7L,4L,0x3FA296C3L,0x9B178C03L,(-1L)},{4L,0x37D948EEL,0xDC4D78BBL,0L,0x3FA296C3L},{1L,4L,0L,0L,0x1968314BL},{0x84C1F4F7L,1L,1L,0x9B178C03L,0x9B2A8E46L},{1L,0x37D948EEL,1L,(-7L),0x3FA296C3L},{4L,1L,0L,(-10L),0x9B2A8E46L},{0x84C1F4F7L,1L,0xDC4D78BBL,0x9B178C03L,0x1968314BL},{1L,0x37D948EEL,0x3FA296C3L,(-10L),0x3FA296C3L}},{{1L,1L,0L,(-7L),(-1L)},{0x84C1F4F7L,4L,0x3FA296C3L,0x9B178C03L,(-1L)},{4L,0x37D948EEL,0xDC4D78BBL,0L,0x3FA296C3L},{1L,4L,0L,0L,0x1968314BL},{0x84C1F4F7L,1L,1L,0x9B178C03L,0x9B2A8E46L},{1L,0x37D948EEL,1L,(-7L),0x3FA296C3L},{4L,1L,0L,(-10L),0x9B2A8E46L},{0x84C1F4F7L,1L,0xDC4D78BBL,0x9B178C03L,0x1968314BL},{1L,0x37D948EEL,0x3FA296C3L,(-10L),0x3FA296C3L}}};
    uint32_t l_1344 = 0x653E22FCL;
    int64_t l_1356[1][5][6] = {{{0xA8D3D511A6A47F59LL,0x70A01236973A5B87LL,0xA8D3D511A6A47F59LL,0xF4951D5604DC0693LL,0x1D9629CACBA4EA36LL,0x1D9629CACBA4EA36LL},{0xFEE5F1A768A3C4D6LL,0xA8D3D511A6A47F59LL,0xA8D3D511A6A47F59LL,0xFEE5F1A768A3C4D6LL,0x70A01236973A5B87LL,(-1L)},{(-1L),0xFEE5F1A768A3C4D6LL,0x1D9629CACBA4EA36LL,0xFEE5F1A768A3C4D6LL,(-1L),0xF4951D5604DC0693LL},{0xFEE5F1A768A3C4D6LL,(-1L),0xF4951D5604DC0693LL,0xF4951D5604DC0693LL,(-1L),0xFEE5F1A768A3C4D6LL},{0xA8D3D511A6A47F59LL,0xFEE5F1A768A3C4D6LL,0x70A01236973A5B87LL,(-1L),0x70A01236973A5B87LL,0xFEE5F1A768A3C4D6LL}}};
    uint16_t l_1361 = 4UL;
    int32_t **l_1464 = &g_129;
    int32_t *l_1554[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint64_t ***l_1628 = &g_785;
    int32_t l_1642 = 0xCD3C6FE1L;
    uint16_t l_1661 = 0xD88BL;
    uint32_t l_1701[3][9] = {{0xD4FDD069L,0UL,0xA4BD2D70L,0xCC4B85F9L,0xA4BD2D70L,0UL,0xD4FDD069L,4UL,4294967286UL},{4UL,4294967290UL,0xCC4B85F9L,4294967295UL,1UL,0UL,1UL,4294967295UL,0xCC4B85F9L},{0xCC4B85F9L,0xCC4B85F9L,0x986A0F3FL,0x28896B55L,4294967286UL,4294967290UL,0UL,4UL,0UL}};
    uint32_t l_1734 = 0xB500A5CCL;
    uint8_t ****l_1764 = &g_1627[0][5][1];
    uint64_t l_1795 = 0x8F1683B8C147D079LL;
    int32_t l_1868 = 0x42DF1DD6L;
    uint64_t ** const *l_1905[6][1][10] = {{{&g_785,(void*)0,&g_785,(void*)0,&g_785,&g_785,&g_785,(void*)0,&g_785,(void*)0}},{{(void*)0,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785}},{{&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785}},{{&g_785,&g_785,(void*)0,&g_785,&g_785,(void*)0,&g_785,&g_785,(void*)0,&g_785}},{{&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785}},{{&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785,&g_785}}};
    uint64_t ** const **l_1904 = &l_1905[1][0][2];
    uint64_t ** const ***l_1903 = &l_1904;
    uint8_t l_1917[6][10][4] = {{{0x3DL,0UL,0xEEL,253UL},{254UL,0x64L,0xB7L,0xD8L},{0x42L,0xA2L,0UL,0x8DL},{0x79L,255UL,0x2BL,0xB9L},{255UL,1UL,0x36L,255UL},{0x8DL,0UL,247UL,0xE7L},{0xA2L,0xE3L,252UL,0xA0L},{255UL,0xE7L,1UL,0xB6L},{0xF0L,0x6CL,0UL,0xB7L},{248UL,0x80L,255UL,251UL}},{{254UL,0x42L,0x42L,254UL},{0x21L,0x03L,0x64L,0x8DL},{0xB9L,251UL,251UL,0x08L},{0xA0L,0xB7L,0UL,0x08L},{5UL,251UL,0xF0L,0x8DL},{0x6CL,0x03L,0x70L,254UL},{0UL,0x42L,0xB0L,251UL},{0xE7L,0x80L,0xA4L,0xB7L},{0xD2L,0x6CL,253UL,0xB6L},{0xCDL,0xE7L,0xF7L,0xA0L}},{{0xC9L,0xE3L,249UL,0xE7L},{8UL,0UL,253UL,255UL},{255UL,1UL,0xF7L,0xB9L},{0UL,255UL,249UL,0x8DL},{0xD2L,0xA2L,255UL,0xD8L},{249UL,0x64L,0xB0L,253UL},{0UL,0UL,0x31L,5UL},{0x6CL,0xB6L,0x73L,0x03L},{255UL,255UL,0UL,0x79L},{0x31L,0xB9L,248UL,0xA4L}},{{0xB9L,0xB6L,1UL,255UL},{0x3DL,0UL,0x42L,253UL},{0UL,8UL,0xB7L,1UL},{248UL,0xA2L,0x3FL,0xA2L},{0x79L,5UL,1UL,0xB9L},{0x4EL,0xD8L,247UL,255UL},{0x64L,0xF7L,255UL,0x8DL},{0x64L,0xB7L,247UL,0UL},{0x70L,0x8DL,2UL,251UL},{0UL,0UL,0x80L,249UL}},{{0x8EL,247UL,253UL,247UL},{0xEEL,0x8EL,255UL,0xEEL},{1UL,0x21L,253UL,0xE7L},{0xB7L,0x3FL,0xA4L,0xF0L},{0UL,249UL,0xEEL,0x73L},{0x4EL,0UL,7UL,0xE7L},{0UL,0x53L,0UL,0x42L},{0xE8L,0x8EL,255UL,255UL},{0x8DL,255UL,0x3DL,249UL},{0xC9L,250UL,0UL,248UL}},{{252UL,0x8DL,250UL,0UL},{0x8DL,0x51L,1UL,0x8DL},{0xB0L,0xA4L,255UL,0x8DL},{255UL,1UL,250UL,255UL},{0x36L,0x4EL,255UL,0x64L},{0xC9L,1UL,0x53L,1UL},{255UL,0xB0L,255UL,255UL},{0x08L,0x08L,0UL,0x4EL},{0UL,251UL,0x5AL,0x21L},{0UL,0xB7L,0xEEL,0x5AL}}};
    int32_t *l_1937 = &g_505;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_992[i] = (void*)0;
    if (((safe_mod_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u(((*l_1005) = ((((g_566[0][0][2] &= (safe_add_func_uint32_t_u_u(((!((void*)0 != l_992[7])) | ((safe_rshift_func_uint8_t_u_s((safe_sub_func_uint16_t_u_u(((g_276.f0 & (safe_rshift_func_int16_t_s_s((l_999 <= (((l_999 , (void*)0) == &g_296) != ((safe_rshift_func_int16_t_s_u(((safe_lshift_func_uint16_t_u_s(0x2BA5L, 2)) , (-1L)), 2)) > l_1004))), 1))) || l_1004), p_57)), 3)) >= 0xDAL)), g_225))) ^ 3L) ^ p_57) <= g_855.f2)), 7)), l_999)) >= p_57))
    { /* block id: 409 */
        uint64_t ***l_1006 = &g_785;
        const int32_t l_1014 = 0L;
        uint16_t *l_1075 = &l_1004;
        int32_t *l_1098 = &g_135;
        int32_t l_1101 = (-6L);
        uint32_t l_1103 = 18446744073709551608UL;
        int32_t l_1120 = 6L;
        int32_t l_1122[9] = {0x727AA768L,(-8L),0x727AA768L,(-8L),0x727AA768L,(-8L),0x727AA768L,(-8L),0x727AA768L};
        int32_t l_1147[9][2] = {{0x6FD7E944L,0x6FD7E944L},{0xC58BEE42L,(-1L)},{0x997463B1L,(-1L)},{0xC58BEE42L,0x6FD7E944L},{0x6FD7E944L,0xC58BEE42L},{(-1L),0x997463B1L},{(-1L),0xC58BEE42L},{0x6FD7E944L,0x6FD7E944L},{0xC58BEE42L,(-1L)}};
        int i, j;
lbl_1061:
        (*g_129) |= ((l_1006 == l_1007) , (safe_lshift_func_int16_t_s_u((18446744073709551615UL < (safe_add_func_uint16_t_u_u(((p_57 < ((((((g_403 |= ((safe_sub_func_int32_t_s_s(((l_1014 < (((**g_785) = (safe_mod_func_int32_t_s_s(l_1004, 2UL))) , (**g_309))) < 0xA2379E42L), l_1017)) , g_213[0][1][3])) , 1L) || 0x81L) , (void*)0) != &g_739) && l_1018)) && p_57), g_1019))), 0)));
        for (g_855.f0 = 0; (g_855.f0 < 38); g_855.f0 = safe_add_func_int32_t_s_s(g_855.f0, 5))
        { /* block id: 415 */
            int8_t *l_1032 = &g_236;
            int32_t l_1033 = 0xEE34B5FFL;
            int16_t ** const *l_1065 = &g_182;
            uint64_t ****l_1095 = (void*)0;
            if (((safe_mul_func_uint16_t_u_u(l_1004, (p_57 || (safe_sub_func_uint64_t_u_u(p_57, (((*g_129) , (*g_129)) == (safe_add_func_int16_t_s_s((0xB30E7B3DL == (safe_lshift_func_int8_t_s_s((((((p_57 || 0x7FD5L) , (((safe_mul_func_int8_t_s_s(((*l_1032) &= p_57), p_57)) < p_57) , l_1014)) <= (**g_785)) && 65535UL) && 0xC1L), l_1033))), 0x0609L)))))))) ^ l_1014))
            { /* block id: 417 */
                uint64_t l_1044 = 0x4BCE3E9C928F2EC5LL;
                const uint16_t ***l_1047 = (void*)0;
                uint64_t ****l_1094 = &l_1007;
                uint64_t *****l_1093[6] = {&l_1094,&l_1094,&l_1094,&l_1094,&l_1094,&l_1094};
                uint64_t ****l_1096 = &l_1007;
                int32_t **l_1097 = &g_553[5];
                int i;
                for (g_666 = 0; (g_666 <= 6); g_666 += 1)
                { /* block id: 420 */
                    int32_t l_1035 = 4L;
                    int32_t l_1043[10] = {4L,4L,4L,4L,4L,4L,4L,4L,4L,4L};
                    int i, j;
                    if (((g_652[g_666][g_666] = ((safe_unary_minus_func_int16_t_s((l_1035 = p_57))) , (+(safe_div_func_uint64_t_u_u((l_1033 != (((safe_sub_func_int16_t_s_s((p_57 <= 9UL), ((0xA4D7L || (((((g_234 = ((safe_mod_func_int32_t_s_s((l_1035 != ((g_505 , (p_57 , ((*g_129) > l_1017))) & 0L)), p_57)) | 8L)) && 0xB746L) || l_1043[9]) < p_57) >= l_1018)) > l_1044))) , l_1044) >= 0xA6E749A196FD4375LL)), 1L))))) & (*g_310)))
                    { /* block id: 424 */
                        const uint16_t ****l_1050[5][1];
                        uint16_t l_1054[10] = {9UL,1UL,1UL,9UL,1UL,1UL,9UL,1UL,1UL,9UL};
                        int16_t l_1057[10][7] = {{0x3481L,0xFB27L,0x07F2L,0x62C5L,0x07F2L,0xFB27L,0x3481L},{0xB815L,0xFF67L,0x2CE0L,(-7L),0x2CE0L,0xFF67L,0xB815L},{0x3481L,0xFB27L,0x07F2L,0x62C5L,0x07F2L,0xFB27L,0x3481L},{0xB815L,0xFF67L,0x2CE0L,(-7L),0x2CE0L,0xFF67L,0xB815L},{0x3481L,0xFB27L,0x07F2L,0x62C5L,0x07F2L,0xFB27L,0x3481L},{0xB815L,0xFF67L,0x2CE0L,(-7L),0L,0xB815L,(-7L)},{0x62C5L,0x3481L,(-10L),0x4917L,(-10L),0x3481L,0x62C5L},{(-7L),0xB815L,0L,0x4B63L,0L,0xB815L,(-7L)},{0x62C5L,0x3481L,(-10L),0x4917L,(-10L),0x3481L,0x62C5L},{(-7L),0xB815L,0L,0x4B63L,0L,0xB815L,(-7L)}};
                        int32_t *l_1060 = &g_135;
                        int i, j;
                        for (i = 0; i < 5; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_1050[i][j] = (void*)0;
                        }
                        (*l_1060) &= ((((*g_129) = ((l_1047 != (l_1051 = g_1048[0])) != (l_1052 == (void*)0))) == ((l_1053 == (((l_1054[3] , ((safe_rshift_func_int16_t_s_s(l_1057[4][1], 13)) , (safe_mul_func_int16_t_s_s(((void*)0 == &g_582), l_1057[7][5])))) || 0x1118133A4E4441B5LL) , (void*)0)) >= l_1057[4][1])) > 7L);
                        if (g_236)
                            goto lbl_1061;
                        (*l_1060) = l_1004;
                    }
                    else
                    { /* block id: 430 */
                        if (l_1044)
                            break;
                    }
                    for (g_327 = 4; (g_327 >= 0); g_327 -= 1)
                    { /* block id: 435 */
                        int i;
                        g_1062 = g_1062;
                        (*g_129) ^= (l_1004 | (safe_unary_minus_func_int64_t_s(((g_1066[4] = l_1065) == (void*)0))));
                    }
                }
                for (g_666 = (-6); (g_666 > (-12)); g_666 = safe_sub_func_uint64_t_u_u(g_666, 4))
                { /* block id: 443 */
                    uint16_t *l_1073 = &g_177;
                    uint16_t **l_1074 = &g_202;
                    int32_t l_1086 = 0x52856801L;
                    for (g_234 = 0; (g_234 < 29); g_234++)
                    { /* block id: 446 */
                        return p_57;
                    }
                    if (((g_505 != (l_1033 = (g_135 != (((*l_1074) = l_1073) == l_1075)))) , (safe_mul_func_uint16_t_u_u(p_57, ((((p_57 > ((safe_lshift_func_int16_t_s_s(p_57, (safe_div_func_uint32_t_u_u((safe_div_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u((l_1033 | l_1004), l_1014)), l_1004)), 0xE46A1D99L)))) , l_1014)) <= l_1086) < p_57) >= l_1014)))))
                    { /* block id: 451 */
                        if (l_1017)
                            goto lbl_1061;
                        return p_57;
                    }
                    else
                    { /* block id: 454 */
                        return p_57;
                    }
                }
                (*l_1097) = func_78(((**g_785) && p_57), l_1033, (safe_add_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((((safe_div_func_int8_t_s_s(((l_1095 = &l_1007) == (l_1014 , l_1096)), p_57)) & p_57) > 0x1DL) == l_1044), 0UL)), p_57)));
            }
            else
            { /* block id: 460 */
                (*g_962) = l_1098;
            }
        }
        for (g_105 = (-15); (g_105 > 24); g_105 = safe_add_func_int8_t_s_s(g_105, 5))
        { /* block id: 466 */
            l_1101 = ((*l_1098) &= l_1004);
        }
        for (g_403 = 0; (g_403 <= 7); g_403 += 1)
        { /* block id: 472 */
            int32_t l_1104 = 0L;
            int32_t l_1112[7][1];
            int32_t l_1127 = 0x45D9E49CL;
            int64_t l_1143[10] = {2L,2L,2L,2L,2L,2L,2L,2L,2L,2L};
            const int8_t l_1200 = 0L;
            int8_t *l_1242 = (void*)0;
            int8_t *l_1243 = &g_855.f1;
            int8_t *l_1244 = &g_236;
            struct S0 l_1254[8] = {{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL},{0x91A93FD9EBD5733ELL,-8L,1UL}};
            uint32_t l_1255[9][9] = {{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL},{4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL,4294967288UL,4294967288UL,1UL}};
            uint32_t l_1256 = 0UL;
            uint64_t *l_1257 = &l_1181.f0;
            struct S0 *l_1258 = &g_1259;
            int i, j;
            for (i = 0; i < 7; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1112[i][j] = (-6L);
            }
            for (l_1018 = 0; (l_1018 <= 7); l_1018 += 1)
            { /* block id: 475 */
                uint32_t l_1102 = 4294967295UL;
                int32_t l_1111 = 0L;
                int32_t l_1113 = (-6L);
                int32_t l_1121 = (-1L);
                int32_t l_1125 = 0xFA59F056L;
                int32_t l_1129 = (-1L);
                int32_t l_1130[4];
                int64_t l_1140 = (-1L);
                int64_t l_1151 = 0xC0600E63DFE3440BLL;
                uint64_t l_1191 = 0x2A09D41D0ED6874DLL;
                int i;
                for (i = 0; i < 4; i++)
                    l_1130[i] = 1L;
                if (((l_1102 < l_1103) & p_57))
                { /* block id: 476 */
                    int64_t l_1114 = 0x7C6B1A265BB28DE1LL;
                    int32_t l_1115 = 0L;
                    int32_t l_1116 = 0xC53C85B6L;
                    int32_t l_1117 = 0xC5A0C61EL;
                    int32_t l_1119 = 0x35E60AE7L;
                    int32_t l_1123 = 0x1E0F7840L;
                    int32_t l_1128[2][4] = {{0x89846C76L,0x89846C76L,0x89846C76L,0x89846C76L},{0x89846C76L,0x89846C76L,0x89846C76L,0x89846C76L}};
                    uint32_t l_1152 = 0x4904B62BL;
                    int32_t l_1157 = (-6L);
                    uint16_t l_1158 = 0xAE2DL;
                    int16_t l_1183 = 0L;
                    int i, j;
                    if (l_1104)
                    { /* block id: 477 */
                        int32_t *l_1105 = &l_999;
                        int32_t *l_1106 = &g_16;
                        int32_t *l_1107 = &g_16;
                        int32_t *l_1108 = &l_1101;
                        int32_t *l_1109 = &g_90;
                        int32_t *l_1110[9][5][5] = {{{&g_135,&g_16,&l_1101,&g_666,&l_1101},{&g_666,&g_90,&g_90,&g_666,&g_135},{&g_90,&g_16,&l_1101,&l_999,&g_90},{&l_999,&g_666,&g_16,&g_90,&g_666},{&l_1101,&g_90,&l_1101,&l_999,&g_135}},{{&g_666,&l_999,&l_999,&g_666,&g_666},{&l_999,&l_999,&l_999,&g_666,&g_90},{&g_666,&l_999,&g_90,&l_999,&l_999},{&l_1101,&g_16,&g_16,&g_16,&l_1101},{&l_999,&l_999,&g_90,&l_999,&g_666}},{{&g_90,&g_666,&l_999,&g_90,&l_1101},{&l_999,&l_999,&l_1101,&g_90,&g_135},{&g_135,&g_90,&g_16,&g_16,&g_135},{&g_135,&g_16,&l_999,&l_999,&l_1101},{&l_999,&g_90,&g_90,&g_666,&l_999}},{{&l_1101,&l_999,&g_16,&g_16,&l_999},{&g_135,&l_1101,&g_16,&g_666,&g_135},{&l_999,&g_90,&l_999,&l_999,&g_135},{&l_1101,&g_666,&l_1101,&g_16,&l_999},{&l_999,&l_1101,&l_999,&g_90,&l_1101}},{{&g_135,&g_90,&g_16,&g_90,&g_135},{&l_1101,&g_90,&l_999,&l_1101,&l_999},{&l_999,&g_16,&l_1101,&g_666,&l_1101},{&g_135,&l_999,&l_999,&g_90,&l_999},{&g_135,&g_666,&g_16,&l_1101,&g_135}},{{&l_999,&g_16,&g_16,&l_999,&l_1101},{&l_999,&g_666,&g_90,&g_90,&l_999},{&l_1101,&l_999,&l_999,&g_16,&g_135},{&g_135,&g_16,&g_16,&g_90,&g_135},{&g_135,&g_90,&l_1101,&l_999,&l_999}},{{&l_1101,&g_90,&l_1101,&l_1101,&l_999},{&g_135,&l_1101,&g_16,&g_90,&l_1101},{&g_135,&g_666,&g_16,&g_666,&g_135},{&l_1101,&g_90,&g_16,&l_1101,&g_135},{&l_999,&l_1101,&l_1101,&g_90,&l_1101}},{{&l_999,&l_999,&l_1101,&g_90,&g_135},{&g_135,&g_90,&g_16,&g_16,&g_135},{&g_135,&g_16,&l_999,&l_999,&l_1101},{&l_999,&g_90,&g_90,&g_666,&l_999},{&l_1101,&l_999,&g_16,&g_16,&l_999}},{{&g_135,&l_1101,&g_16,&g_666,&g_135},{&l_999,&g_90,&l_999,&l_999,&g_135},{&l_1101,&g_666,&l_1101,&g_16,&l_999},{&l_999,&l_1101,&l_999,&g_90,&l_1101},{&g_135,&g_90,&g_16,&g_90,&g_135}}};
                        int i, j, k;
                        l_1148++;
                        ++l_1152;
                    }
                    else
                    { /* block id: 480 */
                        int32_t *l_1155 = &l_1136;
                        int32_t *l_1156[4][9][6] = {{{&l_1112[1][0],&l_1136,&l_1136,(void*)0,&l_1137,&l_1130[0]},{(void*)0,&l_1117,&l_1136,(void*)0,&l_1136,&l_1117},{&l_1130[2],&l_1101,(void*)0,&l_1130[0],&l_1141,&g_90},{(void*)0,(void*)0,(void*)0,&l_1130[2],&g_90,&l_1120},{(void*)0,(void*)0,(void*)0,&l_1137,&l_1136,&l_1146},{&l_1124,&l_1141,&l_1130[2],(void*)0,&l_1113,&l_1101},{(void*)0,&l_1118,(void*)0,&l_1136,&l_1138,(void*)0},{(void*)0,&l_1113,&l_1112[1][0],&l_1115,&l_1115,&l_1112[1][0]},{&l_1112[1][0],&l_1112[1][0],&l_1130[0],&g_90,&l_1137,&l_1138}},{{&l_1136,(void*)0,&l_1130[0],&l_1136,(void*)0,&l_1130[0]},{&l_1144,&l_1136,&l_1130[0],(void*)0,&l_1112[1][0],&l_1138},{&l_1121,(void*)0,&l_1130[0],&l_1136,&l_1144,&l_1112[1][0]},{&l_1136,&l_1144,&l_1112[1][0],&l_1111,&l_1120,(void*)0},{&l_1141,&l_1130[0],(void*)0,&l_1101,&l_1130[2],&l_1101},{&l_1130[2],&l_1117,&l_1130[2],&l_1118,&l_1121,&l_1146},{&l_1136,&g_90,(void*)0,(void*)0,&l_1146,&l_1120},{(void*)0,&g_90,(void*)0,(void*)0,&l_1144,&l_1118},{&l_1136,&l_1130[2],&l_1137,&l_1118,(void*)0,&l_1118}},{{&l_1130[2],(void*)0,&l_1113,&l_1101,(void*)0,&l_1136},{&l_1141,&l_1121,(void*)0,&l_1111,&l_1136,&l_1136},{&l_1136,&l_1141,&l_1141,&l_1136,&l_1111,(void*)0},{&l_1121,&l_1137,&l_1144,(void*)0,&l_1117,&l_1113},{&l_1144,&l_1136,&l_1144,&l_1136,&l_1117,(void*)0},{&l_1136,&l_1137,(void*)0,&g_90,&l_1111,&l_1112[0][0]},{&l_1112[1][0],&l_1141,&l_1141,&l_1115,&l_1136,(void*)0},{(void*)0,&l_1121,&l_1101,&l_1136,(void*)0,&l_1141},{(void*)0,(void*)0,&l_1112[0][0],(void*)0,(void*)0,&l_1136}},{{&l_1124,&l_1130[2],&l_1115,&l_1137,&l_1144,(void*)0},{(void*)0,&g_90,&l_1136,&l_1130[2],&l_1146,(void*)0},{&l_1130[0],&g_90,&l_1115,&l_1136,&l_1121,&l_1136},{&l_1146,&l_1117,&l_1112[0][0],&l_1130[0],&l_1130[2],&l_1141},{&l_1137,&l_1130[0],&l_1101,(void*)0,&l_1120,(void*)0},{&l_1112[0][0],&l_1144,&l_1141,&l_1141,&l_1144,&l_1112[0][0]},{&l_1136,(void*)0,(void*)0,&l_1117,&l_1112[1][0],(void*)0},{&g_90,&l_1136,&l_1144,&l_1144,(void*)0,(void*)0},{&l_1118,(void*)0,&l_1136,&l_1118,&l_1124,&l_1137}}};
                        int i, j, k;
                        if (l_1119)
                            break;
                        --l_1158;
                    }
                    l_1125 &= (safe_add_func_int64_t_s_s(p_57, (*l_1098)));
                    for (l_1118 = 0; (l_1118 <= 1); l_1118 += 1)
                    { /* block id: 487 */
                        int8_t *l_1182[1][4];
                        int32_t **l_1184[5][4] = {{&g_553[5],&g_129,&g_553[5],&g_129},{&g_129,&g_129,&l_1098,&l_1098},{&g_129,(void*)0,(void*)0,&g_129},{&g_553[5],&l_1098,(void*)0,&g_129},{&g_129,&g_129,&l_1098,&g_129}};
                        int32_t **l_1185 = &l_1098;
                        const int32_t ***l_1186 = &g_962;
                        int i, j;
                        for (i = 0; i < 1; i++)
                        {
                            for (j = 0; j < 4; j++)
                                l_1182[i][j] = (void*)0;
                        }
                        (*l_1185) = func_78((((l_1183 = ((g_652[(l_1118 + 2)][(l_1118 + 5)] , (!((((((safe_mul_func_uint16_t_u_u((((g_855.f1 = ((safe_lshift_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s((0x5A8D24E7L & g_652[(l_1118 + 3)][(l_1118 + 5)]), 1UL)), (safe_rshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u((safe_add_func_uint16_t_u_u((+g_167[l_1118][g_403]), (safe_sub_func_int8_t_s_s(((l_1143[4] ^ g_167[1][0]) == ((*g_310) = p_57)), 0x56L)))), 0xB571L)), 8)))) >= l_1127), l_1017)) == 0xE5L)) && p_57) , p_57), p_57)) <= l_1017) | l_1111) , l_1181) , g_276.f2) | l_1112[1][0]))) , 0xD2L)) && p_57) || p_57), l_1128[0][0], l_1136);
                        l_1138 ^= (&g_553[5] == ((*l_1186) = &g_963[1][2][0]));
                    }
                    for (l_1116 = 1; (l_1116 >= 0); l_1116 -= 1)
                    { /* block id: 497 */
                        int32_t *l_1187 = &l_1139;
                        int32_t *l_1188 = &l_1128[1][3];
                        int32_t *l_1189[8][7][3] = {{{&l_1115,&l_1118,(void*)0},{&l_1135,(void*)0,&l_1129},{&l_1125,&l_1115,(void*)0},{&g_16,&l_1138,&g_16},{&l_1101,(void*)0,&l_1128[0][2]},{&l_1135,&l_1138,&l_1141},{&l_1112[4][0],&l_1115,&l_1132}},{{(void*)0,(void*)0,&g_16},{&l_1112[4][0],&l_1118,&l_1118},{&l_1135,&l_1138,&l_1129},{&l_1101,&l_1115,&l_1118},{&g_16,(void*)0,&g_16},{&l_1125,(void*)0,&l_1132},{&l_1135,(void*)0,&l_1141}},{{&l_1115,&l_1115,&l_1128[0][2]},{(void*)0,&l_1138,&g_16},{&l_1115,&l_1118,(void*)0},{&l_1135,(void*)0,&l_1129},{&l_1125,&l_1115,(void*)0},{&g_16,&l_1138,&g_16},{&l_1101,(void*)0,&l_1128[0][2]}},{{&l_1135,&l_1138,&l_1141},{&l_1112[4][0],&l_1115,&l_1132},{(void*)0,(void*)0,&g_16},{&l_1112[4][0],&l_1118,&l_1118},{&l_1135,&l_1138,&l_1129},{&l_1101,&l_1115,&l_1118},{&g_16,(void*)0,&g_16}},{{&l_1125,(void*)0,&l_1132},{&l_1135,(void*)0,&l_1141},{&l_1115,&l_1115,&l_1128[0][2]},{(void*)0,&l_1138,&g_16},{&l_1115,&l_1118,(void*)0},{&l_1135,(void*)0,&l_1129},{&l_1125,&l_1115,(void*)0}},{{&g_16,&l_1138,&g_16},{&l_1101,(void*)0,&l_1128[0][2]},{&l_1135,&l_1138,&l_1141},{&l_1112[4][0],&l_1115,&l_1132},{(void*)0,(void*)0,&g_16},{&l_1112[4][0],&l_1118,&l_1118},{&l_1135,&l_1138,&l_1129}},{{&l_1101,&l_1115,&l_1118},{&g_16,(void*)0,&g_16},{&l_1125,(void*)0,&l_1132},{&l_1135,(void*)0,&l_1141},{&l_1115,&l_1115,&l_1128[0][2]},{(void*)0,&l_1138,&g_16},{&l_1115,&l_1118,(void*)0}},{{&l_1135,(void*)0,&l_1129},{&l_1125,&l_1115,(void*)0},{&g_16,&l_1138,&g_16},{&l_1101,(void*)0,&l_1128[0][2]},{&l_1135,&l_1138,&l_1141},{&l_1112[4][0],&l_1115,&l_1132},{(void*)0,(void*)0,&g_16}}};
                        int i, j, k;
                        ++l_1191;
                        (*l_1188) = (*l_1098);
                        return p_57;
                    }
                }
                else
                { /* block id: 502 */
                    int32_t *l_1194 = &l_1141;
                    uint32_t *l_1211 = &l_1102;
                    int32_t **l_1216[4];
                    int32_t **l_1217 = (void*)0;
                    int i;
                    for (i = 0; i < 4; i++)
                        l_1216[i] = &g_553[6];
                    (*g_962) = (*g_962);
                    l_1194 = &l_1129;
                    (*l_1098) = (~(l_1127 , (safe_lshift_func_uint8_t_u_u(0x8EL, 6))));
                    (*g_962) = func_78((l_1140 > (safe_add_func_int64_t_s_s(l_1200, (safe_add_func_uint32_t_u_u((safe_add_func_int16_t_s_s(((*l_1194) = l_1143[5]), (l_1131 > ((l_1121 &= (safe_lshift_func_int8_t_s_s(p_57, (safe_lshift_func_int16_t_s_s(8L, (safe_lshift_func_uint8_t_u_s(((((*l_1211) = p_57) > ((safe_mul_func_int16_t_s_s((l_1111 &= (safe_mod_func_uint64_t_u_u(((*l_1098) < (((*g_786) &= 0x9E02066F843AC6F4LL) ^ p_57)), 1L))), (*l_1098))) ^ (*l_1098))) > (*l_1098)), 1))))))) == 3L)))), (-10L)))))), p_57, p_57);
                }
                (*g_129) = (*g_129);
            }
            l_1258 = ((((*l_1257) ^= (safe_add_func_uint64_t_u_u(((safe_div_func_int32_t_s_s(((~0x7280BE665CA2D97FLL) ^ (safe_sub_func_uint16_t_u_u((safe_sub_func_int64_t_s_s((safe_mul_func_uint8_t_u_u(l_1017, ((safe_add_func_int64_t_s_s(((**g_309) &= (safe_lshift_func_uint16_t_u_u((!((((((safe_sub_func_int32_t_s_s((((*l_1098) = g_276.f1) > ((p_57 < ((safe_lshift_func_uint8_t_u_s(l_1112[4][0], (safe_div_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_u(((*l_1244) = ((*l_1243) = p_57)), ((safe_div_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(l_1112[2][0], ((((safe_sub_func_uint8_t_u_u((((!(safe_sub_func_int16_t_s_s(l_1112[1][0], p_57))) , l_1254[0]) , l_1255[0][8]), 0xA2L)) , p_57) && p_57) <= 0xDFFB869A9F5E1827LL))), p_57)) , l_1112[1][0]))) == 4L), l_1142)))) >= l_1143[4])) , 0xFE7E64D5L)), p_57)) > (-10L)) <= (**g_785)) != p_57) , 0x62A7FC9CL) || 0xC9AA92EBL)), l_1143[4]))), l_1256)) >= 0xA4E9L))), 18446744073709551611UL)), 0UL))), l_1143[4])) , 0xE81798F2F3E1B13CLL), l_1254[0].f1))) < 1UL) , &g_855);
        }
    }
    else
    { /* block id: 522 */
        uint32_t *l_1262 = &g_566[1][0][1];
        const uint8_t *l_1265[1];
        const uint8_t **l_1264 = &l_1265[0];
        const int16_t *l_1291 = &g_234;
        const int16_t **l_1290 = &l_1291;
        const int16_t *** const l_1289 = &l_1290;
        const int32_t l_1294 = 0xD2AAB037L;
        struct S0 l_1318[10] = {{0UL,-1L,0x6FL},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0UL,-1L,0x6FL},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0UL,-1L,0x6FL},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0x7112C41F30ED95E8LL,0xFDL,0x91L},{0UL,-1L,0x6FL}};
        int64_t *l_1324 = &g_327;
        int64_t l_1335 = 0x16882F0F19060499LL;
        int32_t l_1346 = 0xF64DD594L;
        int32_t l_1347 = 0xB699BE74L;
        int32_t l_1348 = 0x73225B5DL;
        int32_t l_1350 = 1L;
        int32_t l_1351 = (-4L);
        int32_t l_1353[10][10] = {{0xCF4E3992L,0xF00E6A40L,1L,0xF00E6A40L,0xCF4E3992L,0xD88561F8L,0xB4FF84EEL,1L,1L,0xB4FF84EEL},{0x195DEB02L,0xD88561F8L,0x3480BDC6L,0x3480BDC6L,0xD88561F8L,0x195DEB02L,0xFE90B316L,0xB4FF84EEL,0xCF4E3992L,0xB4FF84EEL},{0xF00E6A40L,0x3480BDC6L,0xCF4E3992L,1L,0xCF4E3992L,0x3480BDC6L,0xF00E6A40L,0xFE90B316L,0x5B3B8596L,0x5B3B8596L},{0xF00E6A40L,0x5B3B8596L,0x195DEB02L,1L,1L,0x195DEB02L,0x5B3B8596L,0xF00E6A40L,0xD88561F8L,0xFE90B316L},{0x195DEB02L,0x5B3B8596L,0xF00E6A40L,0xD88561F8L,0xFE90B316L,0xD88561F8L,0xF00E6A40L,0x5B3B8596L,0x195DEB02L,1L},{0xCF4E3992L,0x3480BDC6L,0xF00E6A40L,0xFE90B316L,0x5B3B8596L,0x5B3B8596L,0xFE90B316L,0xF00E6A40L,0x3480BDC6L,0xCF4E3992L},{0x3480BDC6L,0xD88561F8L,0x195DEB02L,0xFE90B316L,0xB4FF84EEL,0xCF4E3992L,0xB4FF84EEL,0xFE90B316L,0x195DEB02L,0xD88561F8L},{1L,0xF00E6A40L,0xCF4E3992L,0xD88561F8L,0xB4FF84EEL,1L,1L,0xB4FF84EEL,0xD88561F8L,0xCF4E3992L},{0xB4FF84EEL,0xB4FF84EEL,0x3480BDC6L,1L,0x5B3B8596L,1L,0x195DEB02L,1L,0x5B3B8596L,1L},{1L,0x5EE5AC46L,1L,1L,0xFE90B316L,0xCF4E3992L,0x195DEB02L,0x195DEB02L,0xCF4E3992L,0xFE90B316L}};
        uint32_t l_1379[10] = {1UL,1UL,18446744073709551610UL,1UL,1UL,1UL,1UL,18446744073709551610UL,1UL,1UL};
        uint8_t l_1408 = 255UL;
        int32_t l_1409 = 0xE93D7E55L;
        int32_t l_1441[7] = {0x86F610E0L,0x86F610E0L,0x86F610E0L,0x86F610E0L,0x86F610E0L,0x86F610E0L,0x86F610E0L};
        int32_t l_1443 = 0x7E06215FL;
        struct S0 **l_1451 = &g_854;
        uint16_t **l_1485[2];
        uint64_t l_1530 = 18446744073709551612UL;
        int32_t **l_1580 = &g_553[1];
        int64_t l_1585 = 0xA0DD4DC7686C65CALL;
        uint8_t ***l_1624 = &g_738[5][0];
        uint8_t *** const *l_1623 = &l_1624;
        uint16_t * const l_1646 = &l_1004;
        int32_t l_1647 = 0x6C95146DL;
        uint64_t l_1648[5];
        uint16_t l_1649 = 0xD776L;
        uint64_t **** const l_1660 = &g_1522;
        uint16_t l_1798 = 65534UL;
        int64_t ****l_1867[2];
        uint8_t l_1880[2];
        uint64_t l_1889 = 0x21B32311F7A52ADELL;
        int i, j;
        for (i = 0; i < 1; i++)
            l_1265[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_1485[i] = (void*)0;
        for (i = 0; i < 5; i++)
            l_1648[i] = 1UL;
        for (i = 0; i < 2; i++)
            l_1867[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_1880[i] = 0UL;
    }
    if ((safe_mul_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u((****g_1521), ((l_1181 , (safe_lshift_func_int16_t_s_s(((safe_rshift_func_int8_t_s_u((0xB649L & (((-1L) || ((safe_add_func_uint16_t_u_u(((void*)0 != l_1903), ((safe_div_func_int64_t_s_s(((~((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((p_57 < ((((safe_mul_func_uint16_t_u_u(p_57, (safe_mod_func_uint32_t_u_u(g_1801, 0xDA1D98B8L)))) | (**l_1464)) && (**l_1464)) < l_1917[3][1][0])), p_57)), 2)) , (**g_1459))) & (**l_1464)), 0xFED61A002D0DCC8CLL)) ^ p_57))) , p_57)) , p_57)), 1)) , (**l_1464)), (**l_1464)))) > (*g_129)))) & (**l_1464)), p_57)))
    { /* block id: 792 */
        int64_t l_1924 = 4L;
        int16_t ****l_1929 = (void*)0;
        int32_t l_1931 = (-1L);
        int64_t ** const *l_1940 = &g_1459;
        int64_t ** const **l_1939 = &l_1940;
        int64_t ** const ***l_1938[5] = {&l_1939,&l_1939,&l_1939,&l_1939,&l_1939};
        int64_t * const *l_1941 = &g_1460;
        int i;
        (*g_962) = (void*)0;
        for (g_177 = 0; (g_177 > 20); g_177 = safe_add_func_uint32_t_u_u(g_177, 1))
        { /* block id: 796 */
            uint32_t *l_1920 = &g_566[0][0][0];
            int32_t l_1923 = 0L;
            int8_t l_1930 = 0xD3L;
            int64_t *****l_1936 = (void*)0;
            const uint16_t *****l_1944 = (void*)0;
            const uint16_t ****l_1946 = (void*)0;
            const uint16_t *****l_1945 = &l_1946;
            int32_t **l_1947[10][9] = {{&g_553[3],&l_1554[3],&g_553[1],&g_553[5],&l_1554[3],(void*)0,&g_553[6],&g_553[1],&g_553[5]},{&g_553[3],&g_553[5],&l_1554[3],&g_553[3],&l_1554[5],(void*)0,&g_553[5],&g_553[5],&g_553[1]},{(void*)0,&g_553[5],&g_129,&g_553[5],(void*)0,(void*)0,&g_553[5],(void*)0,&g_553[5]},{&g_553[5],&l_1554[3],&g_129,&g_553[5],&l_1554[5],&g_553[5],&g_553[6],(void*)0,(void*)0},{(void*)0,(void*)0,&l_1554[3],&g_553[5],&l_1554[3],(void*)0,(void*)0,&g_553[5],(void*)0},{&g_553[3],&l_1554[3],&g_553[1],&g_553[5],&l_1554[3],(void*)0,&g_553[6],&g_553[1],&g_553[5]},{&g_553[3],(void*)0,&l_1554[2],(void*)0,(void*)0,&g_129,&g_553[1],&g_553[6],&l_1554[3]},{&g_553[5],(void*)0,&g_553[5],&g_553[1],&l_1554[4],(void*)0,&g_553[1],&g_553[5],&g_553[6]},{&g_553[1],&l_1554[4],&g_553[5],(void*)0,(void*)0,(void*)0,&g_553[1],&g_553[5],&g_553[5]},{&g_553[5],(void*)0,&l_1554[2],(void*)0,&l_1554[2],(void*)0,&g_553[5],&g_553[6],&g_553[5]}};
            int32_t **l_1948 = &g_553[5];
            int i, j;
        }
    }
    else
    { /* block id: 806 */
        for (l_1181.f1 = (-9); (l_1181.f1 <= 14); l_1181.f1 = safe_add_func_uint8_t_u_u(l_1181.f1, 8))
        { /* block id: 809 */
            (*l_1464) = (void*)0;
        }
    }
    return p_57;
}


/* ------------------------------------------ */
/* 
 * reads : g_177 g_505 g_552 g_135 g_164 g_407 g_129 g_90 g_785 g_786 g_103 g_105 g_16 g_962 g_963 g_403 g_970
 * writes: g_505 g_553 g_135 g_164 g_652 g_16 g_90 g_582 g_225 g_105 g_153 g_407 g_963 g_855.f1 g_566
 */
static const int32_t ** func_58(int32_t  p_59, int32_t ** p_60, uint64_t  p_61, uint16_t  p_62)
{ /* block id: 348 */
    int16_t *l_865 = &g_167[1][8];
    int32_t l_866 = 3L;
    struct S0 *l_867 = (void*)0;
    struct S0 **l_868 = &l_867;
    uint16_t ** const *l_884 = &g_201;
    uint16_t l_886 = 3UL;
    uint16_t l_903[10] = {65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL};
    int32_t l_905 = 1L;
    int32_t l_918[8];
    uint32_t l_921 = 8UL;
    uint16_t l_955 = 1UL;
    const int32_t **l_982[4][3][3] = {{{&g_963[7][2][1],(void*)0,&g_963[7][4][2]},{&g_963[5][2][1],&g_963[5][2][1],&g_963[5][2][1]},{&g_963[5][2][1],(void*)0,(void*)0}},{{(void*)0,(void*)0,&g_963[5][2][1]},{(void*)0,&g_963[5][2][1],&g_963[7][9][2]},{&g_963[5][2][1],(void*)0,(void*)0}},{{(void*)0,&g_963[6][2][0],&g_963[7][2][1]},{(void*)0,&g_963[7][4][2],&g_963[7][2][1]},{&g_963[5][2][1],&g_963[7][2][1],(void*)0}},{{&g_963[5][2][1],&g_963[5][2][1],&g_963[7][9][2]},{&g_963[7][2][1],&g_963[7][2][1],&g_963[5][2][1]},{&g_963[5][2][1],&g_963[7][4][2],(void*)0}}};
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_918[i] = (-7L);
    l_866 = ((((-1L) != 0x88D1L) == g_177) <= ((l_865 != (void*)0) ^ 0x92L));
    (*l_868) = l_867;
    for (g_505 = 9; (g_505 < (-6)); g_505 = safe_sub_func_uint16_t_u_u(g_505, 4))
    { /* block id: 353 */
        int16_t ****l_879[6] = {&g_583,&g_583,&g_583,&g_583,&g_583,&g_583};
        uint16_t ***l_885 = &g_201;
        int64_t *l_900 = &g_652[5][3];
        int64_t **l_899[6] = {&l_900,&l_900,&l_900,&l_900,&l_900,&l_900};
        int32_t l_901 = 0x521FA1C1L;
        int32_t l_949 = 1L;
        int32_t l_951 = 0xD8A5B772L;
        int32_t l_954 = (-9L);
        const int32_t *l_959 = &l_918[6];
        const int32_t **l_958 = &l_959;
        int8_t *l_964 = &g_855.f1;
        uint32_t *l_965 = &g_566[1][1][1];
        uint64_t * const **l_972 = (void*)0;
        struct S0 l_981 = {3UL,0x48L,0x33L};
        int i;
        (*g_552) = &l_866;
        for (g_135 = 23; (g_135 == 11); --g_135)
        { /* block id: 357 */
            uint64_t l_887[10][4][1] = {{{7UL},{0UL},{0UL},{7UL}},{{18446744073709551611UL},{18446744073709551612UL},{18446744073709551615UL},{0UL}},{{18446744073709551612UL},{0x9049AE6B5BC8C1F2LL},{18446744073709551612UL},{0UL}},{{18446744073709551615UL},{18446744073709551612UL},{18446744073709551611UL},{7UL}},{{0UL},{0UL},{7UL},{18446744073709551611UL}},{{18446744073709551612UL},{18446744073709551615UL},{0UL},{18446744073709551612UL}},{{0x9049AE6B5BC8C1F2LL},{18446744073709551612UL},{0UL},{18446744073709551615UL}},{{18446744073709551612UL},{18446744073709551611UL},{7UL},{0UL}},{{0UL},{7UL},{18446744073709551611UL},{18446744073709551612UL}},{{18446744073709551615UL},{0UL},{18446744073709551612UL},{0x9049AE6B5BC8C1F2LL}}};
            int32_t l_916 = 0x55CA825EL;
            int32_t l_917 = (-5L);
            int32_t l_950 = 0L;
            int32_t l_952 = (-1L);
            int32_t l_953[9][10][2] = {{{0L,0x541B5529L},{0L,(-3L)},{0x44B89857L,1L},{(-7L),(-3L)},{(-3L),0x541B5529L},{(-4L),0L},{0x4510B54EL,1L},{0x4510B54EL,0L},{(-4L),0x541B5529L},{(-3L),(-3L)}},{{(-7L),1L},{0x44B89857L,(-3L)},{0L,0x541B5529L},{0L,0L},{8L,1L},{8L,0L},{0L,0x541B5529L},{0L,(-3L)},{0x44B89857L,1L},{(-7L),(-3L)}},{{(-3L),0x541B5529L},{(-4L),0L},{0x4510B54EL,1L},{0x4510B54EL,0L},{(-4L),0x541B5529L},{(-3L),(-3L)},{(-7L),1L},{0x44B89857L,(-3L)},{0L,0x541B5529L},{0L,0L}},{{8L,1L},{8L,0L},{0L,0x541B5529L},{0L,(-3L)},{0x44B89857L,1L},{(-7L),(-3L)},{(-3L),0x541B5529L},{(-4L),0L},{0x4510B54EL,1L},{0x4510B54EL,0L}},{{(-4L),0x541B5529L},{(-3L),(-3L)},{(-7L),1L},{0x44B89857L,(-3L)},{0L,0x541B5529L},{0L,0L},{8L,1L},{8L,0L},{0L,0x541B5529L},{0L,(-3L)}},{{0x44B89857L,1L},{(-7L),(-3L)},{(-3L),0x541B5529L},{(-4L),0L},{0x4510B54EL,1L},{0x4510B54EL,0L},{(-4L),0x541B5529L},{(-3L),(-3L)},{(-7L),1L},{0x44B89857L,(-3L)}},{{0L,0x541B5529L},{0L,0L},{8L,1L},{8L,0L},{0L,0x541B5529L},{0L,(-3L)},{0x44B89857L,1L},{(-7L),(-3L)},{(-3L),0x541B5529L},{(-4L),0L}},{{0x4510B54EL,1L},{0x4510B54EL,0L},{(-4L),0x541B5529L},{(-3L),(-3L)},{(-7L),1L},{0x44B89857L,(-3L)},{0L,0x541B5529L},{0L,0L},{8L,1L},{8L,0L}},{{0L,0x541B5529L},{0L,(-3L)},{0x44B89857L,1L},{(-7L),(-3L)},{(-3L),0x541B5529L},{(-4L),0L},{0x4510B54EL,1L},{0x4510B54EL,0L},{(-4L),0x541B5529L},{(-3L),(-3L)}}};
            const int32_t **l_961 = &l_959;
            int i, j, k;
            for (g_164 = 7; (g_164 >= 1); g_164 -= 1)
            { /* block id: 360 */
                int32_t *l_873 = &g_16;
                int32_t l_881[4][3] = {{1L,0xEC3087B6L,3L},{1L,1L,0xEC3087B6L},{(-1L),0xEC3087B6L,0xEC3087B6L},{0xEC3087B6L,3L,3L}};
                int16_t ****l_890 = &g_583;
                int i, j;
                if (l_866)
                { /* block id: 361 */
                    int16_t l_888 = (-9L);
                    uint64_t l_893[3];
                    int32_t l_919 = 0x94EC9C95L;
                    int32_t l_920 = 1L;
                    int i;
                    for (i = 0; i < 3; i++)
                        l_893[i] = 0x491F2C4EFA486815LL;
                    for (p_59 = 7; (p_59 >= 0); p_59 -= 1)
                    { /* block id: 364 */
                        if (p_62)
                            break;
                    }
                    for (p_62 = 0; (p_62 <= 6); p_62 += 1)
                    { /* block id: 369 */
                        int16_t *****l_880 = &l_879[0];
                        uint8_t *l_902 = &g_225;
                        uint8_t *l_904 = &g_105;
                        int32_t *l_906 = &g_90;
                        int32_t *l_907 = (void*)0;
                        int32_t *l_908 = &g_666;
                        int32_t *l_909 = &l_901;
                        int32_t *l_910 = &l_881[1][1];
                        int32_t *l_911 = (void*)0;
                        int32_t *l_912 = &g_16;
                        int32_t *l_913 = &l_901;
                        int32_t *l_914 = &l_905;
                        int32_t *l_915[8][9] = {{&g_90,&l_866,&l_881[1][1],(void*)0,(void*)0,&l_881[1][1],&l_866,&g_90,&l_901},{(void*)0,&g_135,&g_90,(void*)0,&l_866,&l_901,(void*)0,(void*)0,&l_881[3][1]},{&l_901,&l_905,&l_881[3][1],&g_90,(void*)0,&g_90,&l_881[3][1],&l_905,&l_901},{&l_866,&g_90,&l_866,&g_90,(void*)0,(void*)0,&g_135,&l_881[1][1],(void*)0},{(void*)0,&l_881[1][1],&g_90,&l_901,&l_866,&l_866,&l_901,&g_90,&l_881[1][1]},{&l_866,(void*)0,&g_135,&g_90,(void*)0,&l_866,&l_901,(void*)0,(void*)0},{&l_901,&l_901,&l_901,&g_90,&g_90,&l_901,&g_90,&g_90,&l_901},{&l_901,&l_901,&l_866,&g_135,&l_905,&l_881[1][1],&g_90,&g_90,(void*)0}};
                        int i, j;
                        g_553[p_62] = l_873;
                        l_888 = ((*g_129) |= ((~(safe_sub_func_uint64_t_u_u(((g_407[5] | 0UL) , ((-2L) != ((safe_rshift_func_uint16_t_u_s(((g_652[p_62][p_62] = (((*l_880) = l_879[4]) == &g_583)) ^ (l_881[1][1] & (l_886 = ((*l_873) = (safe_rshift_func_int16_t_s_u((l_884 != l_885), 4)))))), (0x48219A7EL || l_887[9][3][0]))) & p_59))), p_61))) >= p_61));
                        (*l_873) &= (((!(-1L)) && (((((void*)0 != (*g_785)) ^ (((((*l_904) |= (((l_890 = (g_582 = &g_583)) != (void*)0) & ((safe_add_func_uint8_t_u_u((l_893[1] , ((((safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint8_t_u(p_62)) & ((((*l_902) = ((safe_rshift_func_uint8_t_u_s((((l_899[0] == (void*)0) ^ l_901) == p_62), 6)) & 0xD99AL)) >= p_61) && p_62)), l_903[3])) != 1L) != g_103) , p_62)), l_901)) <= p_59))) > 0xC4L) <= 0xA8L) >= l_903[1])) ^ (-4L)) != l_886)) >= l_887[9][3][0]);
                        l_921--;
                    }
                }
                else
                { /* block id: 384 */
                    int8_t l_928[7];
                    int64_t * const **l_931 = &g_309;
                    uint16_t *l_943 = &g_407[0];
                    uint64_t *l_944 = &l_887[6][1][0];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_928[i] = 1L;
                    (*l_873) = ((((*l_944) = (((*l_943) |= (safe_sub_func_uint16_t_u_u(((safe_add_func_int64_t_s_s((l_887[4][0][0] || ((l_928[5] >= (((safe_rshift_func_int16_t_s_s((-5L), 10)) , &l_899[4]) == l_931)) > 18446744073709551615UL)), p_62)) != ((*g_786) = l_918[3])), (safe_add_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u((((safe_div_func_int16_t_s_s((safe_unary_minus_func_uint64_t_u((safe_lshift_func_int8_t_s_s((safe_div_func_int8_t_s_s(0x78L, 0xA1L)), 7)))), (*l_873))) != 1L) != l_918[3]), p_62)) & (-2L)), l_916))))) == 0x3794L)) , &g_600) == (void*)0);
                }
                if ((!p_61))
                { /* block id: 390 */
                    int32_t *l_946 = (void*)0;
                    int32_t *l_947 = (void*)0;
                    int32_t *l_948[8] = {&l_866,&l_866,(void*)0,&l_866,&l_866,(void*)0,&l_866,&l_866};
                    const int32_t **l_960[2][7] = {{&l_959,&l_959,&l_959,&l_959,&l_959,&l_959,&l_959},{&l_959,&l_959,&l_959,&l_959,&l_959,&l_959,&l_959}};
                    int i, j;
                    l_955--;
                    return g_962;
                }
                else
                { /* block id: 393 */
                    (*g_129) = (*l_873);
                    l_866 ^= 0xD6D780CFL;
                }
            }
        }
        (*g_962) = (*g_962);
        (*g_129) = ((((*l_964) = g_403) == (((((*l_965) = 0xBAC6AAFEL) && (safe_mod_func_uint32_t_u_u(((*l_959) , ((safe_add_func_uint64_t_u_u(((l_972 = g_970) != (void*)0), 0x2E9EED4B0DBEC480LL)) ^ ((safe_rshift_func_int16_t_s_u(((safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s((0x6DC6L == (safe_div_func_int32_t_s_s(((l_981 , (0xF40CEBB8L > 1L)) | p_62), l_918[3]))), 65535UL)), 5)) && p_61), 4)) >= p_59))), (*g_129)))) , p_61) == p_59)) >= (**l_958));
    }
    return l_982[2][0][1];
}


/* ------------------------------------------ */
/* 
 * reads : g_129
 * writes: g_90
 */
static uint16_t  func_63(const struct S0  p_64, uint16_t  p_65)
{ /* block id: 345 */
    uint32_t l_864 = 0x1B934716L;
    (*g_129) = (l_864 != 3UL);
    return l_864;
}


/* ------------------------------------------ */
/* 
 * reads : g_310 g_164 g_129 g_327 g_16 g_309 g_582 g_407 g_90 g_276.f1 g_505 g_552 g_276.f0 g_636 g_52 g_103 g_111 g_116 g_135 g_153 g_105 g_182 g_167 g_213 g_177 g_234 g_236 g_566 g_738 g_759 g_225 g_785 g_594 g_595 g_786 g_276
 * writes: g_202 g_566 g_167 g_90 g_407 g_153 g_594 g_600 g_553 g_276.f0 g_182 g_105 g_129 g_164 g_201 g_213 g_225 g_234 g_236 g_276.f1 g_583 g_854
 */
static const struct S0  func_66(int16_t  p_67, struct S0  p_68, int32_t ** p_69, uint32_t  p_70, int32_t ** p_71)
{ /* block id: 214 */
    uint16_t *l_561[8] = {&g_407[1],&g_407[1],&g_407[1],&g_407[1],&g_407[1],&g_407[1],&g_407[1],&g_407[1]};
    uint16_t **l_562 = &l_561[1];
    uint16_t **l_563 = &g_202;
    uint32_t *l_564 = (void*)0;
    uint32_t *l_565 = &g_566[0][0][0];
    int32_t l_567 = 0xCB222F11L;
    int16_t *l_568[2][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0],&g_167[1][0]}};
    int16_t ***l_576 = &g_182;
    int16_t ****l_575[3];
    const uint32_t l_581 = 0x334B7F8AL;
    const uint8_t *l_585 = &g_105;
    int8_t l_587[9];
    int64_t *l_591 = (void*)0;
    int64_t ** const l_590 = &l_591;
    const int64_t *l_593 = (void*)0;
    const int64_t **l_592 = &l_593;
    const int64_t ***l_602 = &l_592;
    struct S0 l_603 = {7UL,0x87L,0xAAL};
    int16_t **l_634 = (void*)0;
    int32_t l_646 = 0L;
    int32_t l_653 = 0L;
    int32_t l_656 = 0x693358B2L;
    int32_t l_657 = 0x178F79C8L;
    int32_t l_658[2];
    uint8_t l_715 = 0x4DL;
    const int64_t ****l_755 = (void*)0;
    const int64_t *****l_754[3][2];
    uint64_t *l_782 = &g_276.f0;
    uint64_t * const *l_781 = &l_782;
    uint64_t l_796[4][5] = {{0x85CAC498DB591577LL,0UL,0x51C38375A2C09740LL,0x85CAC498DB591577LL,0x7ED5C16C4FE9DDFALL},{18446744073709551615UL,0x85CAC498DB591577LL,0UL,0x85CAC498DB591577LL,18446744073709551615UL},{0x51C38375A2C09740LL,0x4CA5249D93FCE4DALL,0UL,0x7ED5C16C4FE9DDFALL,0x4CA5249D93FCE4DALL},{18446744073709551615UL,0UL,0UL,18446744073709551615UL,0x7ED5C16C4FE9DDFALL}};
    int16_t l_815 = (-2L);
    int32_t l_820[10][4] = {{0xFC697222L,0xD1CB5D46L,1L,0x53EDBF02L},{0xA5A57265L,0x05F5188BL,0x05F5188BL,0xA5A57265L},{0xB4C65020L,0xFC697222L,(-9L),0x71FFD524L},{(-9L),0x71FFD524L,0x2B746E1AL,0xD1CB5D46L},{(-1L),(-1L),0L,0xD1CB5D46L},{0x7AF56900L,0x71FFD524L,(-1L),0x71FFD524L},{6L,0xFC697222L,(-6L),0xA5A57265L},{0x2B746E1AL,0x05F5188BL,0x7AF56900L,0x53EDBF02L},{(-1L),0xD1CB5D46L,0x53EDBF02L,0x2B746E1AL},{(-1L),0xB4C65020L,0x7AF56900L,0x7AF56900L}};
    uint64_t ***l_850 = &g_785;
    uint64_t ****l_849[3][4][2] = {{{&l_850,&l_850},{(void*)0,(void*)0},{&l_850,(void*)0},{(void*)0,&l_850}},{{&l_850,(void*)0},{&l_850,&l_850},{(void*)0,&l_850},{(void*)0,&l_850}},{{&l_850,(void*)0},{&l_850,&l_850},{(void*)0,(void*)0},{&l_850,(void*)0}}};
    uint16_t l_861[1];
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_575[i] = &l_576;
    for (i = 0; i < 9; i++)
        l_587[i] = (-8L);
    for (i = 0; i < 2; i++)
        l_658[i] = 0x266B1C54L;
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
            l_754[i][j] = &l_755;
    }
    for (i = 0; i < 1; i++)
        l_861[i] = 65527UL;
    if ((!(safe_div_func_uint32_t_u_u(p_68.f0, (((*l_565) = ((safe_mod_func_int64_t_s_s((((*l_563) = ((*l_562) = l_561[1])) != (void*)0), 0x6B745B6903F2F88FLL)) < 0x5E8CL)) | ((g_167[1][0] = l_567) < 0xF272L))))))
    { /* block id: 219 */
        int64_t l_571 = 0x448D420F348B6D2ELL;
        uint16_t *l_577 = &g_407[1];
        int32_t l_580 = 0x60A2A687L;
        uint8_t l_584 = 254UL;
        uint64_t *l_586 = &g_153;
        const int64_t ****l_601 = (void*)0;
        l_567 = ((((-1L) || ((*l_577) = (safe_lshift_func_int8_t_s_s(l_571, ((!(safe_sub_func_uint32_t_u_u(((((((*g_310) != l_571) && l_567) , ((((l_575[0] == (((((l_577 == (((((safe_mod_func_int32_t_s_s(((*g_129) = (l_580 ^= l_567)), g_327)) , l_571) & (**p_69)) < p_68.f0) , &g_177)) & l_581) & (**g_309)) ^ p_70) , g_582)) || 0x1FC2A79FBC2567D2LL) >= l_571) , &l_577)) == &l_577) || p_67), 0x1E08EB5BL))) | l_571))))) == l_584) | 8UL);
        l_587[2] &= (((void*)0 == l_585) >= ((*l_586) = (&l_561[7] == &l_577)));
        (*g_129) &= ((safe_sub_func_int16_t_s_s((((0x23A5L < p_68.f1) >= (l_590 == (g_594 = l_592))) && (safe_lshift_func_int16_t_s_s((6UL != (--(*l_577))), ((l_602 = (g_600 = &g_594)) == ((l_603 , (safe_add_func_int32_t_s_s(l_580, 0xE96FB472L))) , &g_309))))), p_68.f1)) ^ 0UL);
        (*p_71) = &l_567;
    }
    else
    { /* block id: 232 */
        uint16_t l_612 = 1UL;
        int64_t **l_620[9] = {&l_591,&l_591,&l_591,&l_591,&l_591,&l_591,&l_591,&l_591,&l_591};
        int64_t ***l_619[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int64_t ****l_618 = &l_619[7];
        uint64_t l_623 = 18446744073709551615UL;
        int32_t l_654 = 1L;
        int32_t l_655 = 0x44895E02L;
        int32_t l_659 = 0x4D02DB66L;
        int32_t l_660 = 6L;
        int32_t l_661 = (-5L);
        int32_t l_662 = 0xC73DDB85L;
        int32_t l_663 = 0x342763B8L;
        int32_t l_664 = 0x5107D42AL;
        int32_t l_665[1];
        uint32_t l_667 = 0x9A91C7D6L;
        const struct S0 l_670 = {0x42AD8E1A9FC6FEE8LL,0L,0xFEL};
        uint8_t *l_725 = (void*)0;
        int16_t * const *l_772 = &l_568[0][0];
        int16_t * const **l_771 = &l_772;
        int32_t **l_775 = &g_553[5];
        int i;
        for (i = 0; i < 1; i++)
            l_665[i] = 0xA938D1E8L;
        if (((safe_add_func_int64_t_s_s((((safe_mul_func_uint16_t_u_u(((g_276.f1 & (l_612 <= g_505)) > (l_567 , ((+255UL) <= 0xAFE40464868DAC1BLL))), ((safe_rshift_func_int8_t_s_u(((void*)0 != (*l_592)), 5)) , p_68.f1))) | p_68.f0) >= 1UL), 0L)) & p_68.f2))
        { /* block id: 233 */
            int64_t ****l_621 = &l_619[1];
            int32_t l_622[9] = {6L,0x633B24C2L,0x633B24C2L,6L,0x633B24C2L,0x633B24C2L,6L,0x633B24C2L,0x633B24C2L};
            const int16_t *l_633 = &g_167[1][0];
            const int16_t **l_632 = &l_633;
            int i;
            for (l_603.f1 = (-22); (l_603.f1 != (-22)); l_603.f1 = safe_add_func_uint32_t_u_u(l_603.f1, 9))
            { /* block id: 236 */
                (*p_69) = ((*g_552) = (*p_69));
            }
            (*g_129) &= ((l_618 == l_621) , 0L);
            for (g_276.f0 = 0; (g_276.f0 <= 1); g_276.f0 += 1)
            { /* block id: 243 */
                int32_t *l_630[7];
                int32_t l_631[6] = {0x89AB14D7L,0x89AB14D7L,0x89AB14D7L,0x89AB14D7L,0x89AB14D7L,0x89AB14D7L};
                int32_t l_635[4];
                int32_t **l_637 = &g_129;
                int32_t *l_638 = &l_635[1];
                int32_t *l_639 = &g_135;
                int32_t *l_640 = &l_567;
                int32_t *l_641 = &l_622[1];
                int32_t *l_642 = &l_631[4];
                int32_t *l_643 = &l_631[4];
                int32_t *l_644 = (void*)0;
                int32_t *l_645 = &g_90;
                int32_t *l_647 = &l_622[2];
                int32_t *l_648 = &l_622[1];
                int32_t *l_649 = &l_635[3];
                int32_t *l_650 = &l_631[4];
                int32_t *l_651[5];
                int i;
                for (i = 0; i < 7; i++)
                    l_630[i] = &g_403;
                for (i = 0; i < 4; i++)
                    l_635[i] = 0xEF68074DL;
                for (i = 0; i < 5; i++)
                    l_651[i] = (void*)0;
                (*g_129) = (g_407[(g_276.f0 + 2)] >= l_622[1]);
                (*l_637) = func_78((p_68.f1 & l_623), ((*g_129) = ((safe_add_func_int16_t_s_s(((**p_69) ^ (l_635[1] = (safe_mul_func_int16_t_s_s((safe_sub_func_uint64_t_u_u(p_67, (((l_631[4] = (l_585 == (void*)0)) , (p_67 , l_632)) == ((*l_576) = l_634)))), 0L)))), g_636)) & 8L)), p_67);
                --l_667;
                return l_670;
            }
        }
        else
        { /* block id: 253 */
            uint32_t l_701 = 18446744073709551611UL;
            int32_t l_717 = 0L;
            uint8_t *l_724 = (void*)0;
            uint8_t **l_726 = &l_725;
            const int64_t **l_731 = &g_595;
            const int64_t *****l_756 = &l_755;
            int8_t *l_773 = &g_236;
            int8_t *l_774[6] = {&l_587[2],&l_587[2],&l_587[2],&l_587[2],&l_587[2],&l_587[2]};
            int i;
lbl_744:
            for (l_664 = 0; (l_664 <= (-14)); --l_664)
            { /* block id: 256 */
                int16_t ***l_698 = &l_634;
                int32_t l_714[2];
                uint64_t *l_719 = (void*)0;
                uint64_t ** const l_718 = &l_719;
                int i;
                for (i = 0; i < 2; i++)
                    l_714[i] = (-10L);
                for (g_276.f0 = (-12); (g_276.f0 > 27); ++g_276.f0)
                { /* block id: 259 */
                    int8_t *l_688 = (void*)0;
                    int8_t *l_689 = &l_587[2];
                    int32_t l_699 = 1L;
                    uint64_t *l_700[9] = {&g_153,&l_603.f0,&l_603.f0,&g_153,&l_603.f0,&l_603.f0,&g_153,&l_603.f0,&l_603.f0};
                    int32_t l_702 = 0x4C10D5B7L;
                    int i;
                    l_702 &= ((safe_sub_func_uint64_t_u_u(((void*)0 != &l_612), (((l_701 = ((safe_sub_func_int16_t_s_s(0x870FL, (((p_68.f0 = (safe_sub_func_int64_t_s_s((((l_662 & ((**g_309) &= 5L)) & ((safe_mul_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_u((((!(safe_mod_func_int8_t_s_s(((*l_689) = p_68.f1), (((safe_rshift_func_uint16_t_u_u((((safe_rshift_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((p_67 = (safe_sub_func_uint16_t_u_u(0UL, ((((*g_582) = l_698) != (void*)0) | l_699)))), l_670.f2)), 3)) ^ 0xF2L) || l_699), p_68.f1)) > g_105) || p_70)))) , 18446744073709551614UL) > p_70), 2)) , 0xF4L), 0x9DL)) | 0x63L)) , l_662), 4L))) == 18446744073709551615UL) < p_70))) & p_70)) >= 0L) || p_68.f1))) == 0xBD39L);
                    if ((safe_lshift_func_int16_t_s_s((safe_unary_minus_func_int32_t_s((*g_129))), (g_164 | (safe_sub_func_uint64_t_u_u(0xB6128170F3A0E7FELL, (((l_699 || ((*p_69) == ((((safe_mod_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s(p_68.f1, 1)) , (safe_add_func_int32_t_s_s(((((5UL || p_68.f0) | ((*l_576) == (void*)0)) <= l_664) && l_714[0]), l_715))), g_566[1][1][0])) ^ 0x50EEL) > g_636) , (void*)0))) & l_714[0]) || p_68.f1)))))))
                    { /* block id: 267 */
                        return p_68;
                    }
                    else
                    { /* block id: 269 */
                        int32_t *l_716 = &l_662;
                        uint64_t **l_721[8][6][1] = {{{&l_719},{&l_700[3]},{&l_700[2]},{&l_719},{&l_700[1]},{&l_700[4]}},{{&l_719},{(void*)0},{&l_719},{&l_700[4]},{&l_700[1]},{&l_719}},{{&l_700[2]},{&l_719},{&l_719},{&l_719},{&l_719},{&l_719}},{{&l_719},{&l_700[2]},{&l_719},{&l_700[1]},{&l_700[4]},{&l_719}},{{(void*)0},{&l_719},{&l_700[4]},{&l_700[1]},{&l_719},{&l_700[2]}},{{&l_719},{&l_719},{&l_719},{&l_719},{&l_719},{&l_719}},{{&l_700[2]},{&l_719},{&l_700[1]},{&l_700[4]},{&l_719},{(void*)0}},{{&l_719},{&l_700[4]},{&l_700[1]},{&l_719},{&l_700[2]},{&l_719}}};
                        uint64_t ***l_720 = &l_721[5][1][0];
                        int i, j, k;
                        l_702 &= (**p_69);
                        (*p_71) = l_716;
                        l_717 = l_714[0];
                        (*l_720) = l_718;
                    }
                    return p_68;
                }
                for (g_105 = 0; (g_105 <= 1); g_105 += 1)
                { /* block id: 279 */
                    int i;
                    for (g_153 = 0; (g_153 <= 1); g_153 += 1)
                    { /* block id: 282 */
                        int i;
                        (*g_552) = &l_658[g_105];
                        if ((*g_129))
                            break;
                    }
                    l_658[g_105] = l_717;
                    (*p_69) = &l_717;
                }
                return p_68;
            }
            if ((safe_mod_func_uint32_t_u_u((l_724 != ((*l_726) = l_725)), (safe_mod_func_uint32_t_u_u(((**p_69) | (safe_add_func_int16_t_s_s(((((l_731 == (void*)0) , (((safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((0x3744L ^ p_68.f0), (safe_sub_func_int32_t_s_s(((void*)0 == g_738[5][0]), l_717)))), g_234)) < l_670.f0) == 0x87DF7AE1EDF46183LL)) , 1L) != l_670.f2), l_663))), 0xFB6A84C2L)))))
            { /* block id: 292 */
                uint8_t ***l_741 = &l_726;
                uint8_t ****l_740 = &l_741;
                uint64_t *l_747 = &g_276.f0;
                uint64_t **l_746 = &l_747;
                uint64_t ***l_745 = &l_746;
                (*l_740) = (void*)0;
                for (p_68.f0 = 1; (p_68.f0 < 11); p_68.f0 = safe_add_func_uint32_t_u_u(p_68.f0, 3))
                { /* block id: 296 */
                    uint64_t ****l_748 = &l_745;
                    uint64_t ***l_750[8] = {&l_746,&l_746,&l_746,&l_746,&l_746,&l_746,&l_746,&l_746};
                    uint64_t ****l_749 = &l_750[7];
                    int i;
                    if (g_52)
                        goto lbl_744;
                    if (l_717)
                        goto lbl_801;
                    (*l_749) = ((*l_748) = l_745);
                }
            }
            else
            { /* block id: 301 */
                uint32_t l_751[6][9] = {{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL},{0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL,0x056B016AL}};
                int i, j;
                l_751[3][3]++;
                (*g_129) = (**p_69);
            }
            l_756 = l_754[1][1];
            if (((safe_lshift_func_int8_t_s_u((g_276.f1 &= ((*l_773) = (g_759[1] != ((0xA95D040A9C7755B8LL > (0x1FFFL && 0UL)) , (((safe_lshift_func_int16_t_s_u((safe_rshift_func_int16_t_s_s((g_225 | (safe_mod_func_int8_t_s_s(g_177, (((safe_lshift_func_uint16_t_u_u((((safe_add_func_int32_t_s_s((**p_69), (**p_69))) , ((void*)0 != l_771)) | 7L), 12)) , g_103) || l_717)))), 8)), 4)) ^ p_68.f2) , &g_760))))), l_717)) != 1UL))
            { /* block id: 308 */
                return l_670;
            }
            else
            { /* block id: 310 */
                (*p_71) = &l_717;
            }
        }
        (*l_775) = func_78((*g_129), l_653, p_67);
    }
lbl_801:
    if ((((+((safe_mod_func_uint8_t_u_u((l_657 = p_68.f1), (((((safe_rshift_func_int8_t_s_u(((p_68.f0 && (((g_276.f1 != p_68.f2) <= ((p_68.f1 > (l_781 != ((safe_rshift_func_uint8_t_u_u(l_587[2], 3)) , g_785))) > (((((*l_590) = (*l_590)) == (**l_602)) , p_68.f0) & 0x87EEL))) == p_67)) , l_603.f0), l_587[2])) , l_603.f1) != 0xFCL) & (*g_786)) || g_276.f1))) >= p_70)) & p_68.f1) && p_68.f0))
    { /* block id: 318 */
        int64_t l_787 = 0x3357B2C12655C449LL;
        int32_t **l_799 = (void*)0;
        int32_t **l_800 = &g_553[5];
        (*l_800) = func_78((**p_69), l_787, ((((0x1BL >= l_787) ^ ((*g_129) = (safe_mod_func_int64_t_s_s((0UL || (safe_div_func_int32_t_s_s(((safe_add_func_int8_t_s_s((safe_add_func_uint16_t_u_u((l_603.f0 == ((l_796[3][4] || (((safe_mod_func_uint32_t_u_u(((-1L) ^ p_67), 0xC2BD49C3L)) , p_70) & p_68.f1)) , p_68.f2)), l_787)), l_787)) >= 0xCAL), l_658[1]))), (-8L))))) , g_276) , p_70));
    }
    else
    { /* block id: 321 */
        return g_276;
    }
    if ((l_646 || (0x0383E278L == (safe_mod_func_uint32_t_u_u((l_603.f1 , ((((safe_lshift_func_uint8_t_u_s(p_68.f1, l_603.f1)) || ((safe_mul_func_uint8_t_u_u((g_236 >= (safe_mul_func_uint8_t_u_u((safe_add_func_int64_t_s_s((l_715 >= 0x1EB78148E0382C3FLL), (((!6UL) , (void*)0) == (void*)0))), g_16))), l_646)) | l_815)) == 0x3B5A15876E867A7CLL) , g_236)), 0x1337E316L)))))
    { /* block id: 325 */
        uint16_t l_823 = 6UL;
        int8_t *l_830 = (void*)0;
        int8_t *l_831 = &l_603.f1;
        struct S0 l_851[7][3] = {{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}},{{18446744073709551615UL,1L,0x25L},{18446744073709551615UL,1L,0x25L},{6UL,0x4AL,0x9EL}}};
        int32_t l_853[9][8][3] = {{{0xA9A6B41FL,0x09FFFADFL,5L},{0xC10DE8DFL,0x8CAF24F4L,(-4L)},{0x6A32E426L,0x6A32E426L,0xEF77434AL},{0xC10DE8DFL,1L,0x8CAF24F4L},{0xA9A6B41FL,0xEF77434AL,0x39634CFFL},{1L,0x11443AB3L,0x11443AB3L},{(-10L),0xA9A6B41FL,0x39634CFFL},{0x3A57B750L,1L,0x8CAF24F4L}},{{5L,0xBD3950F5L,0xEF77434AL},{(-4L),(-10L),(-4L)},{0xEF77434AL,0xBD3950F5L,5L},{0x8CAF24F4L,1L,0x3A57B750L},{0x39634CFFL,0xA9A6B41FL,(-10L)},{0x11443AB3L,0x11443AB3L,1L},{0x39634CFFL,0xEF77434AL,0xA9A6B41FL},{0x8CAF24F4L,1L,0xC10DE8DFL}},{{0xEF77434AL,0x6A32E426L,0x6A32E426L},{(-4L),0x8CAF24F4L,0xC10DE8DFL},{5L,0x09FFFADFL,0xA9A6B41FL},{0x3A57B750L,(-9L),1L},{(-10L),7L,0xBD3950F5L},{0x11443AB3L,1L,(-4L)},{7L,0x39634CFFL,(-10L)},{0x3A57B750L,(-10L),(-9L)}},{{0x1571DDC1L,0x1571DDC1L,0x6A32E426L},{0x3A57B750L,0x11443AB3L,(-10L)},{7L,0x6A32E426L,5L},{0x11443AB3L,0x0E32B0BDL,0x0E32B0BDL},{0xBD3950F5L,7L,5L},{(-4L),0xC10DE8DFL,(-10L)},{(-10L),0xEF77434AL,0x6A32E426L},{(-9L),0xE0727282L,(-9L)}},{{0x6A32E426L,0xEF77434AL,(-10L)},{(-10L),0xC10DE8DFL,(-4L)},{5L,7L,0xBD3950F5L},{0x0E32B0BDL,0x0E32B0BDL,0x11443AB3L},{5L,0x6A32E426L,7L},{(-10L),0x11443AB3L,0x3A57B750L},{0x6A32E426L,0x1571DDC1L,0x1571DDC1L},{(-9L),(-10L),0x3A57B750L}},{{(-10L),0x39634CFFL,7L},{(-4L),1L,0x11443AB3L},{0xBD3950F5L,(-6L),0xBD3950F5L},{0x11443AB3L,1L,(-4L)},{7L,0x39634CFFL,(-10L)},{0x3A57B750L,(-10L),(-9L)},{0x1571DDC1L,0x1571DDC1L,0x6A32E426L},{0x3A57B750L,0x11443AB3L,(-10L)}},{{7L,0x6A32E426L,5L},{0x11443AB3L,0x0E32B0BDL,0x0E32B0BDL},{0xBD3950F5L,7L,5L},{(-4L),0xC10DE8DFL,(-10L)},{(-10L),0xEF77434AL,0x6A32E426L},{(-9L),0xE0727282L,(-9L)},{0x6A32E426L,0xEF77434AL,(-10L)},{(-10L),0xC10DE8DFL,(-4L)}},{{5L,7L,0xBD3950F5L},{0x0E32B0BDL,0x0E32B0BDL,0x11443AB3L},{5L,0x6A32E426L,7L},{(-10L),0x11443AB3L,0x3A57B750L},{0x6A32E426L,0x1571DDC1L,0x1571DDC1L},{(-9L),(-10L),0x3A57B750L},{(-10L),0x39634CFFL,7L},{(-4L),1L,0x11443AB3L}},{{0xBD3950F5L,(-6L),0xBD3950F5L},{0x11443AB3L,1L,(-4L)},{7L,0x39634CFFL,(-10L)},{0x3A57B750L,(-10L),(-9L)},{0x1571DDC1L,0x1571DDC1L,0x6A32E426L},{0x3A57B750L,0x11443AB3L,(-10L)},{7L,0x6A32E426L,5L},{0x11443AB3L,0x0E32B0BDL,0x0E32B0BDL}}};
        int i, j, k;
        if ((safe_rshift_func_uint16_t_u_s(((safe_mod_func_int16_t_s_s((l_820[9][1] &= (p_70 , 0xA080L)), (((*g_129) = ((safe_add_func_int32_t_s_s((l_646 = l_823), (((safe_mod_func_uint8_t_u_u((((safe_rshift_func_uint8_t_u_s((l_823 <= ((*l_831) ^= (safe_mul_func_int16_t_s_s(l_823, l_823)))), 6)) < ((*g_786) ^= (safe_rshift_func_uint8_t_u_u(l_823, (0x01L ^ (safe_rshift_func_uint8_t_u_s(((l_587[2] == 0xB00FL) && 0L), 5))))))) < l_656), l_823)) >= p_68.f1) || l_823))) , (**p_69))) | 0xD8459781L))) || l_603.f1), p_68.f0)))
        { /* block id: 331 */
            int64_t l_840 = 1L;
            uint64_t ****l_852 = (void*)0;
            l_658[1] &= (p_68.f2 == (safe_mod_func_uint16_t_u_u((l_840 == ((safe_mod_func_uint8_t_u_u((((*g_129) = (safe_lshift_func_uint8_t_u_s((safe_div_func_uint16_t_u_u(((((*g_786) , (l_823 , l_849[1][1][1])) != (l_851[3][1] , l_852)) && (p_68.f0 != (l_853[4][5][1] = l_851[3][1].f2))), p_68.f2)), 1))) , l_823), g_153)) >= l_840)), p_68.f0)));
        }
        else
        { /* block id: 335 */
            for (l_823 = 0; l_823 < 8; l_823 += 1)
            {
                l_561[l_823] = &l_823;
            }
        }
        g_854 = &g_276;
        l_853[1][0][0] &= (safe_sub_func_int8_t_s_s(p_68.f0, p_68.f0));
        return l_851[5][2];
    }
    else
    { /* block id: 341 */
        int32_t *l_858[1][7] = {{&g_90,&g_90,&l_646,&g_90,&g_90,&l_646,&g_90}};
        int16_t l_859 = (-5L);
        int i, j;
        --l_861[0];
        return p_68;
    }
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static struct S0  func_72(uint16_t  p_73, int32_t * const  p_74, int32_t * p_75, int32_t  p_76, int32_t ** p_77)
{ /* block id: 212 */
    struct S0 l_554 = {0xD8C40676F2344302LL,-8L,255UL};
    return l_554;
}


/* ------------------------------------------ */
/* 
 * reads : g_90 g_52 g_103 g_111 g_16 g_116 g_135 g_153 g_129 g_105 g_182 g_167 g_213 g_177 g_234 g_236 g_276.f1
 * writes: g_90 g_105 g_129 g_153 g_164 g_167 g_182 g_201 g_213 g_225 g_234 g_236 g_276.f1
 */
static int32_t * const  func_78(int32_t  p_79, int32_t  p_80, int8_t  p_81)
{ /* block id: 8 */
    int64_t l_88[4][10][5] = {{{0xA90BB767B376A3B4LL,1L,(-1L),0xE4C8D1EA51000939LL,0x9E20859F89EB2EF1LL},{0x54FBA12C33A15E26LL,0x90EC5A935BBF9DD7LL,(-5L),9L,(-5L)},{0L,0L,0x9E20859F89EB2EF1LL,0xE4C8D1EA51000939LL,(-1L)},{0x4DF10050AECCFC7CLL,6L,0xACB3E338FB5A0E2DLL,0x564EE88CA977D591LL,0x54FBA12C33A15E26LL},{0L,0x9E20859F89EB2EF1LL,0x8E89F23B65C4EC06LL,0x9E20859F89EB2EF1LL,0L},{0L,6L,0x8FBA5D09CABD9790LL,0xBCAC1807002ECD41LL,0x7377D1C1305499C2LL},{0x221C00E8DF19FB56LL,0x9E20859F89EB2EF1LL,1L,0x13C84519A63DFDF9LL,0x13C84519A63DFDF9LL},{0xFECAEFE6362AC5EDLL,0x6ED30483F3162466LL,0xFECAEFE6362AC5EDLL,1L,0xACB3E338FB5A0E2DLL},{0L,0x13C84519A63DFDF9LL,0x9E20859F89EB2EF1LL,0x034A10173A068EADLL,1L},{0xACB3E338FB5A0E2DLL,0x564EE88CA977D591LL,0x54FBA12C33A15E26LL,(-3L),0L}},{{1L,(-1L),0x9E20859F89EB2EF1LL,1L,0x8E89F23B65C4EC06LL},{0L,1L,0xFECAEFE6362AC5EDLL,0x90EC5A935BBF9DD7LL,0x4DF10050AECCFC7CLL},{0L,1L,1L,0L,0xA90BB767B376A3B4LL},{0L,(-3L),(-5L),6L,0x9DC45D42F5F243A6LL},{1L,0xE4C8D1EA51000939LL,0xAF384784E5F115DALL,0x9E20859F89EB2EF1LL,0xAF384784E5F115DALL},{0xACB3E338FB5A0E2DLL,0xB84261728A6F30DCLL,0x9DC45D42F5F243A6LL,6L,(-5L)},{0L,0x034A10173A068EADLL,0xA90BB767B376A3B4LL,0L,1L},{0xFECAEFE6362AC5EDLL,0x90EC5A935BBF9DD7LL,0x4DF10050AECCFC7CLL,0x90EC5A935BBF9DD7LL,0xFECAEFE6362AC5EDLL},{0x221C00E8DF19FB56LL,0x034A10173A068EADLL,0x8E89F23B65C4EC06LL,1L,0x9E20859F89EB2EF1LL},{0x1C6DCE7022C981DFLL,0xB84261728A6F30DCLL,0L,(-3L),0x54FBA12C33A15E26LL}},{{1L,0xE4C8D1EA51000939LL,1L,0x034A10173A068EADLL,0x9E20859F89EB2EF1LL},{(-1L),(-3L),0xACB3E338FB5A0E2DLL,1L,0xFECAEFE6362AC5EDLL},{0x9E20859F89EB2EF1LL,1L,0x13C84519A63DFDF9LL,0x13C84519A63DFDF9LL,1L},{0L,1L,0xACB3E338FB5A0E2DLL,0x490071A0B9A4A3E5LL,(-5L)},{0xE4C8D1EA51000939LL,(-1L),1L,0xA90BB767B376A3B4LL,0xAF384784E5F115DALL},{0x7377D1C1305499C2LL,0x564EE88CA977D591LL,0L,9L,0x9DC45D42F5F243A6LL},{0xE4C8D1EA51000939LL,0x13C84519A63DFDF9LL,0x8E89F23B65C4EC06LL,0x221C00E8DF19FB56LL,0xA90BB767B376A3B4LL},{0L,0x6ED30483F3162466LL,0x4DF10050AECCFC7CLL,0xB84261728A6F30DCLL,0x4DF10050AECCFC7CLL},{0x9E20859F89EB2EF1LL,0x9E20859F89EB2EF1LL,0xA90BB767B376A3B4LL,0x221C00E8DF19FB56LL,0x8E89F23B65C4EC06LL},{(-1L),1L,0x9DC45D42F5F243A6LL,9L,0L}},{{1L,0xA90BB767B376A3B4LL,0xAF384784E5F115DALL,0xA90BB767B376A3B4LL,1L},{0x1C6DCE7022C981DFLL,1L,(-5L),0x490071A0B9A4A3E5LL,0xACB3E338FB5A0E2DLL},{0x221C00E8DF19FB56LL,0x9E20859F89EB2EF1LL,1L,0x13C84519A63DFDF9LL,0x13C84519A63DFDF9LL},{0xFECAEFE6362AC5EDLL,0x6ED30483F3162466LL,0xFECAEFE6362AC5EDLL,1L,0xACB3E338FB5A0E2DLL},{0L,0x13C84519A63DFDF9LL,0x9E20859F89EB2EF1LL,0x034A10173A068EADLL,1L},{0xACB3E338FB5A0E2DLL,0x564EE88CA977D591LL,0x54FBA12C33A15E26LL,(-3L),0L},{1L,(-1L),0x9E20859F89EB2EF1LL,1L,0x8E89F23B65C4EC06LL},{0L,1L,0xFECAEFE6362AC5EDLL,0x90EC5A935BBF9DD7LL,0x4DF10050AECCFC7CLL},{0L,1L,1L,0L,0xA90BB767B376A3B4LL},{0L,(-3L),(-5L),6L,0x9DC45D42F5F243A6LL}}};
    int32_t *l_89 = &g_90;
    int32_t l_515 = 8L;
    int32_t l_516 = 0x84DA3373L;
    int32_t l_518 = 0x1F66D342L;
    int32_t l_519 = (-5L);
    int32_t l_520[3][8] = {{0xD55F8365L,0xD55F8365L,0xE4D828B7L,0xD55F8365L,0xD55F8365L,0xE4D828B7L,0xD55F8365L,0xD55F8365L},{0x3D80B044L,0xD55F8365L,0x3D80B044L,0x3D80B044L,0xD55F8365L,0x3D80B044L,0x3D80B044L,0xD55F8365L},{0xD55F8365L,0x3D80B044L,0x3D80B044L,0xD55F8365L,0xE4D828B7L,0xE4D828B7L,0x3D80B044L,0xE4D828B7L}};
    int32_t * const l_551 = &g_90;
    int i, j, k;
    for (p_79 = 0; p_79 < 4; p_79 += 1)
    {
        for (p_81 = 0; p_81 < 10; p_81 += 1)
        {
            for (p_80 = 0; p_80 < 5; p_80 += 1)
            {
                l_88[p_79][p_81][p_80] = (-10L);
            }
        }
    }
    (*l_89) = l_88[3][6][0];
    for (p_80 = 3; (p_80 >= 0); p_80 -= 1)
    { /* block id: 13 */
        uint8_t *l_104 = &g_105;
        const int32_t *l_115[9];
        const int32_t **l_114[9] = {&l_115[1],&l_115[1],&l_115[1],&l_115[1],&l_115[1],&l_115[1],&l_115[1],&l_115[1],&l_115[1]};
        int32_t * const l_117 = &g_90;
        int32_t *l_511 = &g_90;
        int32_t *l_512 = &g_90;
        int32_t *l_513 = (void*)0;
        int32_t *l_514[4] = {&g_90,&g_90,&g_90,&g_90};
        int16_t l_517 = 1L;
        int32_t l_521 = 0x3F5E29B8L;
        uint16_t l_522 = 0xB9C9L;
        int i;
        for (i = 0; i < 9; i++)
            l_115[i] = (void*)0;
        (*l_117) = func_91(((void*)0 != &l_89), (safe_mul_func_uint16_t_u_u((safe_add_func_uint16_t_u_u(((g_90 , ((g_52 ^ (safe_sub_func_uint8_t_u_u(0xD4L, g_103))) & ((*l_104) = p_79))) || (safe_mod_func_uint16_t_u_u(((((((((((safe_div_func_int16_t_s_s((p_80 , ((!(g_111[2] == g_111[0])) < 0x3202L)), (*l_89))) && 1UL) , &l_89) != (void*)0) , g_103) , g_103) , l_114[4]) != g_111[2]) | g_16) , p_81), g_16))), 0x2CA0L)), 0L)), p_80, g_116[1], l_117);
        (*g_129) ^= 8L;
        l_522++;
        for (g_153 = 0; (g_153 <= 3); g_153 += 1)
        { /* block id: 194 */
            int64_t l_525 = 1L;
            int32_t l_526 = 0x4D09E269L;
            int32_t l_527[1][4][1] = {{{0x374DA398L},{(-1L)},{0x374DA398L},{(-1L)}}};
            uint32_t l_528 = 0xF17BA8ADL;
            uint32_t *l_538 = &l_528;
            int32_t l_545 = 1L;
            uint8_t *l_546[1];
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_546[i] = &g_225;
            l_528--;
            (*l_117) = (safe_div_func_int32_t_s_s((0xE8CB71DBL == (*l_89)), (safe_div_func_uint64_t_u_u(((g_236 < (3L || (((!((safe_mul_func_uint16_t_u_u(0x59FBL, 0x2075L)) | (((*l_538) = 0xD419E4DAL) >= (safe_lshift_func_uint8_t_u_u(((*l_104) = l_527[0][0][0]), 7))))) == (safe_add_func_uint8_t_u_u((l_526 = ((safe_div_func_int32_t_s_s(5L, p_81)) > l_545)), p_79))) , (*l_89)))) < g_213[0][1][3]), p_80))));
            for (l_517 = 3; (l_517 >= 0); l_517 -= 1)
            { /* block id: 202 */
                uint8_t l_548 = 0x1BL;
                for (g_276.f1 = 3; (g_276.f1 >= 0); g_276.f1 -= 1)
                { /* block id: 205 */
                    int16_t l_547 = 0x4D17L;
                    l_548++;
                }
            }
        }
    }
    return l_551;
}


/* ------------------------------------------ */
/* 
 * reads : g_52 g_116 g_90 g_135 g_153 g_129 g_105 g_16 g_182 g_167 g_213 g_177 g_234 l_1695
 * writes: g_90 g_129 g_105 g_153 g_164 g_167 g_182 g_201 g_213 g_225 g_234 g_236
 */
static int32_t  func_91(uint32_t  p_92, int32_t  p_93, const int16_t  p_94, int32_t * const * p_95, int32_t * const  p_96)
{ /* block id: 15 */
    int64_t l_124 = (-4L);
    uint8_t *l_125 = (void*)0;
    int32_t *l_127 = &g_90;
    int32_t l_136 = (-1L);
    int32_t **l_172 = &l_127;
    uint16_t *l_176 = &g_177;
    int16_t **l_189[5];
    uint8_t l_260[9] = {0x16L,0x62L,0x16L,0x62L,0x16L,0x62L,0x16L,0x62L,0x16L};
    uint32_t l_261 = 18446744073709551615UL;
    int64_t *l_267 = &l_124;
    uint16_t * const **l_298 = (void*)0;
    int16_t l_315[10][6][4] = {{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L}},{{0L,8L,0L,0L},{8L,8L,(-10L),8L},{8L,0L,0L,8L},{0L,8L,0L,0L},{8L,0L,8L,0L},{0L,(-10L),(-10L),0L}},{{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L},{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L}},{{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L},{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L}},{{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L},{(-10L),0L,(-10L),(-10L)},{0L,0L,8L,0L},{0L,(-10L),(-10L),0L}}};
    int32_t l_319 = (-5L);
    int32_t l_321 = 0xFC24F1CAL;
    int32_t l_323[8];
    struct S0 l_363 = {0x50C919450E3BF451LL,-9L,0UL};
    int16_t l_408 = 0x95D6L;
    uint8_t l_417 = 255UL;
    int32_t l_507[10][7][3] = {{{0x3022956AL,1L,0x3022956AL},{(-1L),0x1ED9EC14L,1L},{6L,(-2L),(-1L)},{0x97DB6ACCL,0L,(-6L)},{(-2L),0xCA3D6DEAL,0xE05EFEB5L},{0x97DB6ACCL,1L,2L},{6L,0xA2929BE7L,0x8318D655L}},{{(-1L),0x942A2446L,0L},{0x3022956AL,0x3022956AL,(-1L)},{0xD8622C20L,1L,0xF6CBBEE0L},{0xE05EFEB5L,(-1L),3L},{0L,(-6L),0L},{0xA2929BE7L,0xE05EFEB5L,3L},{0x1ED9EC14L,2L,0xF6CBBEE0L}},{{0x94ED488EL,0x8318D655L,(-1L)},{0xE039C98AL,0L,0L},{0x4A2E7AF3L,(-1L),0x8318D655L},{0L,0xF6CBBEE0L,2L},{0x8318D655L,3L,0xE05EFEB5L},{1L,0L,(-6L)},{1L,3L,(-1L)}},{{0L,0xF6CBBEE0L,1L},{0xC124C15EL,(-1L),0x3022956AL},{0x942A2446L,0L,0x942A2446L},{0xCF321F62L,0x8318D655L,0xA2929BE7L},{(-1L),2L,1L},{0xEAB1A019L,0xE05EFEB5L,0xCA3D6DEAL},{2L,(-6L),0L}},{{0xEAB1A019L,(-1L),(-2L)},{(-1L),1L,0x1ED9EC14L},{0xCF321F62L,0x3022956AL,1L},{0x942A2446L,0x942A2446L,1L},{0xC124C15EL,0xA2929BE7L,0L},{0L,1L,3L},{1L,0xCA3D6DEAL,5L}},{{1L,0L,3L},{0x8318D655L,(-2L),0L},{0L,0L,0L},{(-9L),(-1L),(-1L)},{0x74E8F814L,0L,0L},{(-1L),0xCA3D6DEAL,0L},{0L,0xD8622C20L,(-1L)}},{{0xCF321F62L,0xEAB1A019L,(-1L)},{(-1L),0xD8622C20L,0L},{6L,0xCA3D6DEAL,0xCF321F62L},{0x942A2446L,0L,(-5L)},{0x8115CE5CL,(-1L),0x8115CE5CL},{2L,0L,(-1L)},{0xA2929BE7L,0L,0xE05EFEB5L}},{{(-1L),(-1L),1L},{0L,(-1L),6L},{(-1L),0L,0xF6CBBEE0L},{0xA2929BE7L,0xCF321F62L,1L},{2L,(-5L),(-1L)},{0x8115CE5CL,0x8115CE5CL,5L},{0x942A2446L,(-1L),(-6L)}},{{6L,0xE05EFEB5L,0xC124C15EL},{(-1L),1L,0x97DB6ACCL},{0xCF321F62L,6L,0xC124C15EL},{0L,0xF6CBBEE0L,(-6L)},{(-1L),1L,5L},{0x74E8F814L,(-1L),(-1L)},{(-9L),5L,1L}},{{1L,(-6L),0xF6CBBEE0L},{1L,0xC124C15EL,6L},{(-1L),0x97DB6ACCL,1L},{(-1L),0xC124C15EL,0xE05EFEB5L},{(-1L),(-6L),(-1L)},{0x3022956AL,5L,0x8115CE5CL},{(-5L),(-1L),(-5L)}}};
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_189[i] = &g_183;
    for (i = 0; i < 8; i++)
        l_323[i] = (-1L);
    for (p_93 = 0; (p_93 <= 2); p_93 += 1)
    { /* block id: 18 */
        uint8_t *l_126 = &g_105;
        int32_t l_210 = (-1L);
        int32_t l_212 = 7L;
        int64_t *l_240 = &l_124;
        const uint16_t *l_251[10] = {&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177};
        int16_t *** const l_262 = &l_189[2];
        int32_t l_316 = 0x45AEDE10L;
        int32_t l_317 = 0x758BBC13L;
        int32_t l_320 = 3L;
        int32_t l_322 = 4L;
        int32_t l_325[9] = {0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L,0xBBA175D5L};
        int16_t l_328[3];
        int8_t l_329[5][7] = {{6L,1L,0xB8L,5L,0x04L,0xB0L,0xB0L},{0xB8L,1L,6L,1L,0xB8L,5L,0x04L},{0x96L,0x08L,1L,5L,0x1DL,5L,1L},{0x04L,0x04L,(-1L),6L,0x08L,0xB0L,0x96L},{0x96L,5L,(-1L),(-1L),5L,0x96L,0x1DL}};
        int64_t l_404 = 0xB54069D9D13CB668LL;
        int32_t l_405 = (-4L);
        int8_t *l_455 = &l_329[0][1];
        uint16_t **l_457[5][9] = {{(void*)0,&l_176,&g_202,&g_202,&l_176,(void*)0,&l_176,&g_202,&g_202},{&g_202,&g_202,(void*)0,&g_202,(void*)0,&g_202,&g_202,(void*)0,&g_202},{&g_202,&l_176,&g_202,(void*)0,(void*)0,&g_202,&l_176,&g_202,(void*)0},{&g_202,(void*)0,(void*)0,&g_202,&l_176,&g_202,(void*)0,(void*)0,&g_202},{&g_202,(void*)0,&l_176,&g_202,(void*)0,(void*)0,&g_202,&l_176,&g_202}};
        int32_t l_465[10][4][4] = {{{0x75E46869L,0x6588A708L,1L,(-1L)},{0x63C1EF73L,1L,(-8L),0x6A45C7D8L},{9L,(-2L),0L,0x6588A708L},{1L,0x9FB8DBECL,0x14194044L,0xE65395E7L}},{{1L,0x9FB716E5L,0xFA4DA501L,0L},{5L,0x4FD10662L,0x9FB716E5L,0xA1B33173L},{0xFA4DA501L,0x95BBDFDEL,0xE65395E7L,1L},{0x11029F25L,0x54B42E02L,2L,0x75E46869L}},{{0x9E5CEA65L,0L,0x48C436A2L,(-4L)},{1L,0xB2994863L,0x11029F25L,(-1L)},{0xD1CCD08CL,0xC40D2A98L,0L,(-8L)},{(-6L),0L,(-10L),1L}},{{(-1L),(-6L),1L,(-6L)},{1L,9L,0x8E0EA11AL,5L},{0x9FB716E5L,0x2276776EL,0xC40D2A98L,(-6L)},{0xA7FDFB3FL,5L,0x76E5E0C6L,0x14194044L}},{{0xA7FDFB3FL,0x94980476L,0xC40D2A98L,0x4FD10662L},{0x9FB716E5L,0x14194044L,0x8E0EA11AL,(-2L)},{1L,0x6EF07424L,1L,0xFA4DA501L},{(-1L),0x6608112BL,(-10L),6L}},{{(-6L),0x10D856CEL,0L,0x8E0EA11AL},{0xD1CCD08CL,0x63C1EF73L,0x11029F25L,0x48C436A2L},{1L,0x19BE26A9L,0x48C436A2L,1L},{0x9E5CEA65L,0x76E5E0C6L,2L,0xD00189E5L}},{{0x11029F25L,1L,0xE65395E7L,(-8L)},{0xFA4DA501L,0L,0x9FB716E5L,0x6EF07424L},{5L,(-4L),0xFA4DA501L,0x11029F25L},{1L,0xD00189E5L,0x14194044L,0L}},{{1L,(-2L),0L,0xA53054B2L},{9L,(-8L),(-8L),9L},{0x63C1EF73L,1L,1L,0x54B42E02L},{0x75E46869L,0xFA4DA501L,0x96A92C17L,1L}},{{0L,1L,0x6608112BL,1L},{(-2L),0xFA4DA501L,0xB87D6A88L,0x54B42E02L},{0xA1B33173L,1L,0L,9L},{1L,(-8L),0x6A45C7D8L,0xA53054B2L}},{{0x48C436A2L,(-2L),(-3L),0L},{1L,0xD00189E5L,(-2L),0x11029F25L},{0xC40D2A98L,(-4L),(-1L),0x6EF07424L},{0L,0L,0x63C1EF73L,(-8L)}}};
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_328[i] = 0x44B5L;
        if (((safe_rshift_func_uint16_t_u_u(g_52, (safe_add_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_s((g_116[p_93] != &p_96), 6)) && ((*p_96) = ((p_93 , l_124) >= p_93))), (l_125 == l_126))))) <= 0xB7C7L))
        { /* block id: 20 */
            int32_t **l_128[6][2] = {{&l_127,&l_127},{(void*)0,&l_127},{&l_127,(void*)0},{&l_127,&l_127},{(void*)0,&l_127},{&l_127,(void*)0}};
            int i, j;
            g_129 = l_127;
        }
        else
        { /* block id: 22 */
            uint32_t l_133[7][4] = {{0xA6906705L,4294967295UL,0xA6906705L,0xC0195D4EL},{4294967295UL,0xE07A68DEL,0x7A0ED4F2L,4294967291UL},{4294967291UL,0x86C35E04L,0xA374F6BAL,0xE07A68DEL},{0x86C35E04L,4294967295UL,4294967295UL,0x86C35E04L},{0xC0195D4EL,0x119ECE53L,0xA36A7B88L,0xE07A68DEL},{4294967291UL,0x7A0ED4F2L,0xE07A68DEL,4294967295UL},{0xE07A68DEL,4294967295UL,0xB9B1ED4BL,4294967295UL}};
            int16_t **l_187 = &g_183;
            uint16_t **l_196 = &l_176;
            int32_t l_211[4] = {(-9L),(-9L),(-9L),(-9L)};
            int i, j;
            for (l_124 = (-10); (l_124 == 13); ++l_124)
            { /* block id: 25 */
                uint16_t l_132 = 65532UL;
                int32_t l_168 = 0x4C02BEFAL;
                int16_t *l_181 = &g_167[1][0];
                int16_t **l_180 = &l_181;
                uint32_t l_184 = 0x0B6291A4L;
                int16_t ***l_188 = &g_182;
                int32_t * const l_198 = &l_136;
                uint16_t **l_199 = &l_176;
                uint16_t ***l_200 = (void*)0;
                int32_t *l_231 = &l_168;
                for (g_105 = 0; (g_105 <= 2); g_105 += 1)
                { /* block id: 28 */
                    int32_t *l_134[1][3];
                    uint64_t *l_152 = &g_153;
                    uint16_t *l_161 = (void*)0;
                    uint16_t *l_162 = &l_132;
                    int64_t *l_163 = &g_164;
                    int32_t l_165 = 4L;
                    int16_t *l_166 = &g_167[1][0];
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_134[i][j] = &g_135;
                    }
                    l_136 &= (((g_90 & 0x42911447C33E8CD8LL) | (l_133[1][2] = l_132)) > 246UL);
                    l_168 ^= ((*l_127) = (g_135 <= (safe_mul_func_int16_t_s_s((((((safe_div_func_int64_t_s_s(9L, (safe_mod_func_uint64_t_u_u(((((((safe_mul_func_int16_t_s_s((safe_mul_func_int16_t_s_s(0x549EL, ((*l_166) = ((((1UL <= ((safe_unary_minus_func_int64_t_s(((*l_163) = (safe_lshift_func_uint8_t_u_s(((safe_mod_func_int16_t_s_s(((l_134[0][2] == &p_93) > ((*l_162) = (((*l_152)++) , (safe_unary_minus_func_uint16_t_u((safe_add_func_uint64_t_u_u((((*p_96) , (l_133[1][2] > (safe_mul_func_uint8_t_u_u(l_133[0][3], 0x44L)))) && 0x2E3E7599D42BC8F8LL), 0xF3831CB3A65C23F6LL))))))), p_92)) , g_153), p_92))))) && (*l_127))) == (*g_129)) > l_165) >= l_133[1][2])))), p_94)) <= g_105) != g_16) && l_132) <= 5UL) , 18446744073709551614UL), p_92)))) , 0x4E518A1BL) , 1UL) && g_153) ^ 0xC455L), g_135))));
                    return (*g_129);
                }
                for (g_153 = 23; (g_153 == 59); g_153++)
                { /* block id: 41 */
                    int32_t **l_173 = &l_127;
                    const uint16_t *l_174 = (void*)0;
                    const uint16_t **l_175 = &l_174;
                    int16_t *l_179[5];
                    int16_t **l_178 = &l_179[0];
                    int i;
                    for (i = 0; i < 5; i++)
                        l_179[i] = &g_167[1][7];
                    (*l_127) |= ((((*l_175) = (((safe_unary_minus_func_int8_t_s(((l_172 = &g_129) != (l_173 = &g_129)))) & p_93) , l_174)) != l_176) != ((&g_103 != ((*l_178) = l_176)) , (l_180 != g_182)));
                    if (l_184)
                        break;
                }
                if (((safe_mul_func_int16_t_s_s(((*l_127) ^= ((**l_180) |= ((&l_181 == (l_189[2] = ((*l_188) = l_187))) , 0x13A6L))), p_94)) <= ((safe_sub_func_uint64_t_u_u((((safe_div_func_int16_t_s_s((safe_add_func_int8_t_s_s(p_92, ((l_196 == (g_201 = ((+(((g_153 , l_198) != &p_93) == (-7L))) , l_199))) | (*l_198)))), p_93)) , p_93) ^ p_92), 0xEE8240576AB1B597LL)) > p_94)))
                { /* block id: 54 */
                    uint32_t *l_206 = &l_133[1][2];
                    int32_t *l_207 = &l_136;
                    int32_t *l_208 = &l_168;
                    int32_t *l_209[10] = {&g_16,&g_16,&l_168,&g_90,&l_168,&g_16,&g_16,&l_168,&g_90,&l_168};
                    int i;
                    (*l_198) = ((safe_unary_minus_func_uint32_t_u(((*l_206) &= (safe_lshift_func_uint8_t_u_u(1UL, 7))))) == p_93);
                    --g_213[0][1][3];
                    return (*g_129);
                }
                else
                { /* block id: 59 */
                    int32_t *l_232 = (void*)0;
                    for (l_132 = 0; (l_132 > 50); l_132 = safe_add_func_uint16_t_u_u(l_132, 1))
                    { /* block id: 62 */
                        uint8_t *l_224 = &g_225;
                        int32_t l_233 = 0xBACE0652L;
                        int8_t *l_235 = &g_236;
                        int32_t l_237 = 0x4CFCF2F0L;
                        l_237 &= (((safe_div_func_int32_t_s_s(l_133[1][2], (((*l_235) = ((safe_mul_func_int8_t_s_s(g_105, (((safe_mul_func_uint8_t_u_u(g_167[1][0], ((*l_224) = 0x0BL))) ^ (safe_div_func_uint32_t_u_u(g_177, 0x4E9BBA04L))) != ((*l_198) != (p_93 || (g_234 ^= (safe_unary_minus_func_int32_t_s(((*p_96) = (safe_mod_func_int64_t_s_s((l_231 == l_232), l_233))))))))))) | p_92)) & g_213[1][1][1]))) <= 0x500DB5DDC821130ALL) , l_211[0]);
                        l_237 &= (safe_sub_func_uint32_t_u_u(0xD1BBFE58L, p_94));
                    }
                }
            }
        }
    }
    (*l_172) = (*l_172);
    return (*g_129);
}




/* ---------------------------------------- */
int main (int argc, char* argv[])
{
    int i, j, k;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_31, "g_31", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_38[i][j], "g_38[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_52, "g_52", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_103, "g_103", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    transparent_crc(g_135, "g_135", print_hash_value);
    transparent_crc(g_153, "g_153", print_hash_value);
    transparent_crc(g_164, "g_164", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_167[i][j], "g_167[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_177, "g_177", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_213[i][j][k], "g_213[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_234, "g_234", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_276.f0, "g_276.f0", print_hash_value);
    transparent_crc(g_276.f1, "g_276.f1", print_hash_value);
    transparent_crc(g_276.f2, "g_276.f2", print_hash_value);
    transparent_crc(g_327, "g_327", print_hash_value);
    transparent_crc(g_370, "g_370", print_hash_value);
    transparent_crc(g_403, "g_403", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_407[i], "g_407[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_505, "g_505", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_566[i][j][k], "g_566[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_636, "g_636", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_652[i][j], "g_652[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_666, "g_666", print_hash_value);
    transparent_crc(g_855.f0, "g_855.f0", print_hash_value);
    transparent_crc(g_855.f1, "g_855.f1", print_hash_value);
    transparent_crc(g_855.f2, "g_855.f2", print_hash_value);
    transparent_crc(g_860, "g_860", print_hash_value);
    transparent_crc(g_1019, "g_1019", print_hash_value);
    transparent_crc(g_1259.f0, "g_1259.f0", print_hash_value);
    transparent_crc(g_1259.f1, "g_1259.f1", print_hash_value);
    transparent_crc(g_1259.f2, "g_1259.f2", print_hash_value);
    transparent_crc(g_1296, "g_1296", print_hash_value);
    transparent_crc(g_1382, "g_1382", print_hash_value);
    transparent_crc(g_1438, "g_1438", print_hash_value);
    transparent_crc(g_1440, "g_1440", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1506[i], "g_1506[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1735, "g_1735", print_hash_value);
    transparent_crc(g_1801, "g_1801", print_hash_value);
    transparent_crc(g_1807, "g_1807", print_hash_value);
    transparent_crc(g_1865, "g_1865", print_hash_value);
    transparent_crc(g_2112, "g_2112", print_hash_value);
    transparent_crc(g_2164, "g_2164", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_2241[i][j][k], "g_2241[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2248, "g_2248", print_hash_value);
    transparent_crc(g_2264, "g_2264", print_hash_value);
    transparent_crc(g_2408, "g_2408", print_hash_value);
    transparent_crc(g_2598, "g_2598", print_hash_value);
    transparent_crc(g_2615, "g_2615", print_hash_value);
    transparent_crc(g_2638, "g_2638", print_hash_value);
    transparent_crc(g_2641, "g_2641", print_hash_value);
    transparent_crc(g_2830, "g_2830", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2979[i][j], "g_2979[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2980, "g_2980", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_2983[i], "g_2983[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3036, "g_3036", print_hash_value);
    transparent_crc(g_3194, "g_3194", print_hash_value);
    transparent_crc(g_3244, "g_3244", print_hash_value);
    transparent_crc(g_3477, "g_3477", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 961
   depth: 1, occurrence: 20
XXX total union variables: 0

XXX max expression depth: 42
breakdown:
   depth: 1, occurrence: 174
   depth: 2, occurrence: 44
   depth: 3, occurrence: 4
   depth: 4, occurrence: 3
   depth: 5, occurrence: 2
   depth: 6, occurrence: 1
   depth: 11, occurrence: 2
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 16, occurrence: 1
   depth: 17, occurrence: 5
   depth: 18, occurrence: 3
   depth: 19, occurrence: 4
   depth: 20, occurrence: 1
   depth: 21, occurrence: 2
   depth: 22, occurrence: 3
   depth: 23, occurrence: 1
   depth: 24, occurrence: 2
   depth: 25, occurrence: 3
   depth: 26, occurrence: 3
   depth: 27, occurrence: 1
   depth: 29, occurrence: 2
   depth: 31, occurrence: 2
   depth: 37, occurrence: 2
   depth: 42, occurrence: 1

XXX total number of pointers: 699

XXX times a variable address is taken: 1657
XXX times a pointer is dereferenced on RHS: 377
breakdown:
   depth: 1, occurrence: 270
   depth: 2, occurrence: 78
   depth: 3, occurrence: 13
   depth: 4, occurrence: 12
   depth: 5, occurrence: 4
XXX times a pointer is dereferenced on LHS: 439
breakdown:
   depth: 1, occurrence: 379
   depth: 2, occurrence: 45
   depth: 3, occurrence: 8
   depth: 4, occurrence: 6
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 65
XXX times a pointer is compared with address of another variable: 19
XXX times a pointer is compared with another pointer: 20
XXX times a pointer is qualified to be dereferenced: 15017

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2882
   level: 2, occurrence: 683
   level: 3, occurrence: 161
   level: 4, occurrence: 168
   level: 5, occurrence: 58
XXX number of pointers point to pointers: 386
XXX number of pointers point to scalars: 306
XXX number of pointers point to structs: 7
XXX percent of pointers has null in alias set: 30.8
XXX average alias set size: 1.46

XXX times a non-volatile is read: 2836
XXX times a non-volatile is write: 1404
XXX times a volatile is read: 55
XXX    times read thru a pointer: 21
XXX times a volatile is write: 16
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 1.21e+03
XXX percentage of non-volatile access: 98.4

XXX forward jumps: 1
XXX backward jumps: 12

XXX stmts: 180
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 28
   depth: 1, occurrence: 34
   depth: 2, occurrence: 21
   depth: 3, occurrence: 26
   depth: 4, occurrence: 38
   depth: 5, occurrence: 33

XXX percentage a fresh-made variable is used: 15.5
XXX percentage an existing variable is used: 84.5
********************* end of statistics **********************/

