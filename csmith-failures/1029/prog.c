/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1029 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1029
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const volatile uint32_t  f0;
   uint32_t  f1;
   volatile uint8_t  f2;
   int32_t  f3;
   uint8_t  f4;
   int8_t  f5;
};

/* --- GLOBAL VARIABLES --- */
static int32_t g_3 = 0x50E6DA50L;
static int32_t g_5[3][4][4] = {{{(-7L),(-1L),0xC4F27D27L,0xC4F27D27L},{0L,0L,0x420452A2L,(-7L)},{(-7L),8L,(-1L),1L},{(-1L),1L,(-7L),(-1L)}},{{0L,1L,0x2DAAB72BL,1L},{1L,8L,0xC4F27D27L,(-7L)},{0x9ECF4A41L,0L,(-7L),0xC4F27D27L},{(-7L),(-1L),9L,1L}},{{(-7L),(-7L),(-7L),(-7L)},{0x9ECF4A41L,1L,0xC4F27D27L,(-7L)},{1L,(-1L),0x2DAAB72BL,(-7L)},{0L,0x9ECF4A41L,9L,8L}}};
static int32_t g_7 = 0x32A17D0BL;
static int32_t * volatile g_6 = &g_7;/* VOLATILE GLOBAL g_6 */
static volatile int8_t g_30 = (-4L);/* VOLATILE GLOBAL g_30 */
static int32_t *g_40[8][5][4] = {{{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]}},{{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0}},{{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]}},{{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]}},{{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0}},{{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]}},{{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]}},{{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&g_5[2][3][3],&g_7,&g_5[2][3][3]},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3]},{(void*)0,&g_5[2][3][3],(void*)0,(void*)0}}};
static int32_t ** volatile g_39 = &g_40[7][0][2];/* VOLATILE GLOBAL g_39 */
static int64_t g_57 = 0x79B9B320AFAF418CLL;
static uint32_t g_58 = 0x1E3AF264L;
static volatile int32_t g_61 = 0L;/* VOLATILE GLOBAL g_61 */
static uint64_t g_83 = 0x3E278FAA54225D93LL;
static uint16_t g_123 = 65526UL;
static int64_t g_155[8] = {(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L)};
static int32_t g_162 = 5L;
static int32_t ** volatile g_207 = &g_40[7][0][2];/* VOLATILE GLOBAL g_207 */
static const uint64_t g_236 = 18446744073709551608UL;
static const uint64_t g_238 = 0xE14933FC6AC2D5D7LL;
static const uint64_t *g_237[10] = {&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238,&g_238};
static int16_t g_269[1][1][4] = {{{0xC493L,0xC493L,0xC493L,0xC493L}}};
static uint16_t g_272 = 0x6D07L;
static uint8_t g_283 = 0xFEL;
static uint8_t *g_282 = &g_283;
static uint32_t g_291 = 18446744073709551608UL;
static uint64_t g_303 = 18446744073709551613UL;
static struct S0 g_310 = {18446744073709551611UL,0x710D65EFL,0x8CL,0L,0UL,0x37L};/* VOLATILE GLOBAL g_310 */
static int64_t g_352 = 0L;
static volatile struct S0 g_360 = {0xE8AA566FL,0x6692D8F7L,255UL,3L,1UL,0L};/* VOLATILE GLOBAL g_360 */
static uint64_t *g_472 = (void*)0;
static uint64_t **g_471[5][4][7] = {{{&g_472,(void*)0,&g_472,&g_472,&g_472,(void*)0,(void*)0},{&g_472,(void*)0,&g_472,(void*)0,&g_472,(void*)0,&g_472},{&g_472,&g_472,&g_472,(void*)0,&g_472,&g_472,&g_472},{(void*)0,&g_472,&g_472,&g_472,&g_472,(void*)0,&g_472}},{{&g_472,&g_472,(void*)0,&g_472,&g_472,&g_472,&g_472},{&g_472,&g_472,(void*)0,(void*)0,&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472,&g_472,&g_472,(void*)0,&g_472},{(void*)0,(void*)0,&g_472,(void*)0,&g_472,&g_472,&g_472}},{{(void*)0,&g_472,(void*)0,&g_472,(void*)0,&g_472,(void*)0},{&g_472,&g_472,(void*)0,(void*)0,&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472,(void*)0,&g_472,&g_472,&g_472},{&g_472,(void*)0,&g_472,&g_472,&g_472,&g_472,&g_472}},{{(void*)0,&g_472,&g_472,(void*)0,&g_472,(void*)0,(void*)0},{(void*)0,&g_472,(void*)0,&g_472,&g_472,(void*)0,&g_472},{&g_472,&g_472,&g_472,(void*)0,(void*)0,&g_472,&g_472},{&g_472,&g_472,&g_472,&g_472,&g_472,&g_472,&g_472}},{{&g_472,&g_472,&g_472,(void*)0,&g_472,&g_472,&g_472},{(void*)0,&g_472,&g_472,&g_472,&g_472,&g_472,&g_472},{&g_472,&g_472,(void*)0,(void*)0,&g_472,&g_472,(void*)0},{&g_472,&g_472,&g_472,&g_472,(void*)0,(void*)0,&g_472}}};
static uint64_t ***g_470 = &g_471[2][3][6];
static struct S0 g_485 = {18446744073709551607UL,2UL,0x9FL,6L,255UL,-1L};/* VOLATILE GLOBAL g_485 */
static int32_t **g_489[9][4] = {{&g_40[5][2][2],&g_40[7][0][2],&g_40[2][1][2],&g_40[7][1][0]},{&g_40[1][4][2],&g_40[5][2][2],&g_40[7][0][2],(void*)0},{(void*)0,&g_40[0][1][2],(void*)0,(void*)0},{&g_40[7][0][2],&g_40[5][2][2],&g_40[1][4][2],&g_40[7][1][0]},{&g_40[2][1][2],&g_40[7][0][2],&g_40[5][2][2],&g_40[5][2][2]},{&g_40[7][0][2],&g_40[7][0][2],&g_40[5][2][2],(void*)0},{&g_40[2][1][2],(void*)0,&g_40[1][4][2],&g_40[7][0][2]},{&g_40[7][0][2],&g_40[1][4][2],(void*)0,&g_40[1][4][2]},{(void*)0,&g_40[1][4][2],&g_40[7][0][2],&g_40[7][0][2]}};
static int32_t ***g_488 = &g_489[1][2];
static uint32_t g_530 = 0x17A9EFE5L;
static const int8_t *g_541 = &g_485.f5;
static const int8_t **g_540 = &g_541;
static int32_t **** volatile g_566 = &g_488;/* VOLATILE GLOBAL g_566 */
static uint16_t g_590 = 0UL;
static struct S0 *g_595 = &g_310;
static struct S0 ** volatile g_594 = &g_595;/* VOLATILE GLOBAL g_594 */
static struct S0 g_639[6] = {{18446744073709551615UL,18446744073709551615UL,1UL,0x449563ECL,247UL,-10L},{18446744073709551615UL,18446744073709551615UL,1UL,0x449563ECL,247UL,-10L},{0x5F38C6F0L,0xC4A60923L,0x70L,0x49E8EF73L,251UL,0x72L},{18446744073709551615UL,18446744073709551615UL,1UL,0x449563ECL,247UL,-10L},{18446744073709551615UL,18446744073709551615UL,1UL,0x449563ECL,247UL,-10L},{0x5F38C6F0L,0xC4A60923L,0x70L,0x49E8EF73L,251UL,0x72L}};
static int64_t *g_706 = &g_155[5];
static int64_t **g_705 = &g_706;
static int64_t *** volatile g_704 = &g_705;/* VOLATILE GLOBAL g_704 */
static int8_t *g_710 = &g_639[3].f5;
static int8_t **g_709 = &g_710;
static int8_t ***g_708[9] = {&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709,&g_709};
static int8_t ****g_707 = &g_708[7];
static volatile struct S0 g_751 = {18446744073709551613UL,18446744073709551608UL,255UL,0x2093EB34L,0x2CL,-1L};/* VOLATILE GLOBAL g_751 */
static int32_t g_798 = 0x4E4CA697L;
static const int32_t *g_812[1][2][8] = {{{&g_162,(void*)0,&g_162,(void*)0,&g_3,&g_3,&g_3,&g_162},{(void*)0,(void*)0,(void*)0,(void*)0,&g_798,(void*)0,(void*)0,(void*)0}}};
static volatile int32_t g_871 = 0xF273B3FEL;/* VOLATILE GLOBAL g_871 */
static const uint8_t g_921 = 0xE5L;
static struct S0 g_998[3] = {{1UL,2UL,0xEBL,-3L,251UL,0x82L},{1UL,2UL,0xEBL,-3L,251UL,0x82L},{1UL,2UL,0xEBL,-3L,251UL,0x82L}};
static const struct S0 g_1137[1][8][10] = {{{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}},{{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L},{0x28AD172AL,6UL,1UL,0L,6UL,0xF8L}}}};
static struct S0 g_1168 = {0x67A817ECL,5UL,0xC7L,0x3894DE3FL,0xDCL,0x43L};/* VOLATILE GLOBAL g_1168 */
static volatile uint8_t *g_1209[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static volatile uint8_t **g_1208 = &g_1209[0];
static volatile uint8_t *** const  volatile g_1207 = &g_1208;/* VOLATILE GLOBAL g_1207 */
static volatile uint8_t *** volatile g_1211 = &g_1208;/* VOLATILE GLOBAL g_1211 */
static int32_t ** volatile g_1228 = &g_40[7][0][2];/* VOLATILE GLOBAL g_1228 */
static int32_t ** const  volatile g_1267 = &g_40[7][0][2];/* VOLATILE GLOBAL g_1267 */
static volatile uint16_t g_1334 = 65534UL;/* VOLATILE GLOBAL g_1334 */
static volatile uint16_t *g_1333 = &g_1334;
static volatile uint16_t ** volatile g_1332[9][5][5] = {{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{(void*)0,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}},{{(void*)0,(void*)0,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,(void*)0,&g_1333,&g_1333,&g_1333}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,(void*)0,&g_1333,(void*)0},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,(void*)0},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}},{{(void*)0,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,(void*)0,&g_1333,&g_1333}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,(void*)0},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,(void*)0,(void*)0}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,(void*)0,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,(void*)0,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,(void*)0},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}},{{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333},{&g_1333,&g_1333,&g_1333,(void*)0,(void*)0},{&g_1333,&g_1333,&g_1333,&g_1333,&g_1333}}};
static volatile struct S0 g_1400 = {0x10D26787L,0x5AAE65F5L,1UL,0xE040A465L,0UL,1L};/* VOLATILE GLOBAL g_1400 */
static volatile struct S0 g_1406 = {18446744073709551608UL,0x497C0E7CL,247UL,-7L,1UL,0L};/* VOLATILE GLOBAL g_1406 */
static int32_t **g_1417 = &g_40[7][0][2];
static volatile int32_t g_1430[5] = {0L,0L,0L,0L,0L};
static struct S0 g_1508 = {0x2172F54CL,0xAEC4FAE6L,9UL,0x6046F8F2L,5UL,0x37L};/* VOLATILE GLOBAL g_1508 */
static uint32_t g_1517 = 1UL;
static volatile int16_t g_1548 = 0x371BL;/* VOLATILE GLOBAL g_1548 */
static volatile struct S0 g_1567 = {9UL,18446744073709551608UL,0x2BL,0L,0x74L,0xE3L};/* VOLATILE GLOBAL g_1567 */
static struct S0 **g_1601 = &g_595;
static int64_t g_1620 = 6L;
static struct S0 g_1638 = {0x199A0528L,0xB63D50BDL,250UL,0x5D2E0951L,251UL,0L};/* VOLATILE GLOBAL g_1638 */
static const uint32_t *g_1674 = &g_485.f1;
static const uint32_t ** const g_1673 = &g_1674;
static uint8_t g_1722 = 1UL;
static int16_t *g_1744 = &g_269[0][0][0];
static uint16_t g_1845[3] = {65535UL,65535UL,65535UL};
static volatile int32_t g_1852 = 0x49CA2541L;/* VOLATILE GLOBAL g_1852 */
static int8_t **g_1866 = &g_710;
static int8_t ***g_1865[10][3][7] = {{{&g_1866,&g_1866,(void*)0,&g_709,&g_709,&g_709,(void*)0},{&g_1866,&g_1866,(void*)0,(void*)0,&g_1866,&g_1866,&g_709},{(void*)0,&g_1866,&g_709,&g_709,&g_709,&g_709,&g_709}},{{&g_1866,&g_1866,&g_1866,&g_1866,(void*)0,(void*)0,&g_709},{(void*)0,&g_1866,&g_709,(void*)0,&g_709,&g_1866,&g_1866},{&g_709,&g_1866,(void*)0,&g_709,&g_709,&g_709,&g_709}},{{&g_1866,&g_1866,&g_709,(void*)0,&g_1866,(void*)0,&g_1866},{(void*)0,&g_709,&g_709,&g_709,&g_709,&g_1866,(void*)0},{(void*)0,&g_709,(void*)0,&g_709,&g_709,&g_709,&g_709}},{{(void*)0,&g_709,&g_1866,(void*)0,&g_709,&g_709,(void*)0},{(void*)0,&g_1866,&g_1866,(void*)0,&g_709,&g_1866,&g_1866},{&g_709,(void*)0,&g_709,&g_709,&g_1866,&g_709,&g_709}},{{&g_1866,&g_709,&g_1866,&g_709,&g_709,&g_709,&g_709},{&g_709,&g_1866,&g_1866,&g_1866,(void*)0,&g_1866,&g_1866},{&g_1866,&g_1866,&g_709,&g_709,&g_1866,&g_1866,&g_709}},{{&g_1866,&g_1866,&g_1866,&g_1866,&g_709,&g_1866,(void*)0},{&g_1866,&g_1866,&g_709,(void*)0,(void*)0,&g_709,&g_1866},{&g_709,&g_709,&g_1866,&g_709,&g_1866,&g_1866,&g_709}},{{&g_1866,&g_1866,(void*)0,&g_709,&g_709,&g_1866,&g_709},{(void*)0,&g_1866,&g_709,&g_1866,&g_1866,&g_1866,(void*)0},{&g_709,&g_1866,&g_709,&g_709,&g_709,&g_709,&g_1866}},{{&g_709,&g_1866,&g_709,&g_709,&g_1866,&g_709,&g_1866},{&g_709,&g_709,&g_709,&g_709,&g_709,&g_1866,(void*)0},{&g_1866,&g_1866,(void*)0,&g_1866,&g_1866,&g_709,&g_1866}},{{&g_1866,&g_709,&g_709,&g_709,&g_1866,&g_709,&g_709},{&g_709,&g_709,(void*)0,(void*)0,&g_709,&g_1866,&g_1866},{&g_709,&g_1866,&g_1866,(void*)0,&g_709,(void*)0,&g_709}},{{&g_709,&g_709,(void*)0,(void*)0,&g_709,(void*)0,&g_709},{(void*)0,&g_709,&g_1866,&g_709,&g_1866,&g_709,(void*)0},{&g_1866,(void*)0,&g_1866,(void*)0,&g_1866,&g_709,(void*)0}}};
static const uint8_t g_1886 = 1UL;
static const uint8_t *g_1885 = &g_1886;
static int32_t ** volatile g_1947 = &g_40[7][0][2];/* VOLATILE GLOBAL g_1947 */
static int16_t g_1990[2] = {(-10L),(-10L)};
static uint32_t *g_2077 = &g_1517;
static uint16_t *g_2242 = &g_1845[2];
static uint16_t **g_2241 = &g_2242;
static uint16_t ***g_2240 = &g_2241;
static volatile int32_t g_2251[7][5] = {{0x47F28A99L,0x47F28A99L,0L,0xB26D8F9CL,0x3DD61FB9L},{(-2L),0x28129EC6L,0x28129EC6L,(-2L),(-5L)},{1L,0xB26D8F9CL,0x589AFCA8L,0x589AFCA8L,0xB26D8F9CL},{(-5L),0x28129EC6L,0xC5A74D4BL,1L,1L},{3L,0x47F28A99L,3L,0x589AFCA8L,0L},{0xC5A74D4BL,0x28129EC6L,(-5L),0x28129EC6L,0xC5A74D4BL},{0xB26D8F9CL,3L,0x3DD61FB9L,0x589AFCA8L,0x3DD61FB9L}};
static uint8_t g_2259[6][1][6] = {{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}},{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}},{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}},{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}},{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}},{{0x70L,0x70L,0x70L,0x70L,0x70L,0x70L}}};
static int64_t g_2298 = (-8L);
static uint64_t ** const *g_2319 = &g_471[2][3][6];
static uint64_t ** const **g_2318 = &g_2319;
static volatile int32_t g_2391 = (-3L);/* VOLATILE GLOBAL g_2391 */
static volatile int16_t * volatile *g_2404[1] = {(void*)0};
static volatile int16_t * volatile ** volatile g_2403 = &g_2404[0];/* VOLATILE GLOBAL g_2403 */
static struct S0 g_2530 = {18446744073709551606UL,0x3A24B9DCL,1UL,1L,0xDDL,-5L};/* VOLATILE GLOBAL g_2530 */
static volatile struct S0 g_2534 = {0UL,0UL,4UL,0x4130F2BEL,0xC2L,0x6DL};/* VOLATILE GLOBAL g_2534 */
static int32_t g_2545 = (-3L);
static int32_t * const  volatile g_2574 = &g_162;/* VOLATILE GLOBAL g_2574 */
static int32_t * volatile g_2592[3] = {&g_7,&g_7,&g_7};
static const uint16_t ***g_2663 = (void*)0;
static const uint16_t ****g_2662 = &g_2663;
static int32_t g_2689 = 0x692E733FL;
static int16_t g_2710 = 1L;
static volatile int32_t g_2715[2] = {0x8B5D7EE9L,0x8B5D7EE9L};
static uint64_t ****g_2861 = &g_470;
static uint64_t *****g_2860 = &g_2861;
static uint8_t **g_2869 = &g_282;
static int32_t ****g_2876 = &g_488;
static int32_t *****g_2875 = &g_2876;
static const int64_t *g_2957 = &g_155[5];
static const int64_t **g_2956 = &g_2957;
static const int64_t ***g_2955 = &g_2956;
static int64_t ***g_2961 = &g_705;
static int32_t ** volatile g_3013 = (void*)0;/* VOLATILE GLOBAL g_3013 */
static int32_t ** volatile g_3014 = &g_40[7][0][2];/* VOLATILE GLOBAL g_3014 */
static int64_t g_3030 = 0xC46474E6754FCD4ALL;
static const int64_t ****g_3050 = &g_2955;
static volatile int32_t g_3055 = (-6L);/* VOLATILE GLOBAL g_3055 */
static volatile uint32_t g_3056 = 0x5FE29B17L;/* VOLATILE GLOBAL g_3056 */
static volatile uint64_t g_3104 = 0x998F65EADFAD63FDLL;/* VOLATILE GLOBAL g_3104 */
static int32_t ** volatile g_3107 = &g_40[7][0][2];/* VOLATILE GLOBAL g_3107 */
static int8_t * volatile *g_3171 = &g_710;
static int8_t * volatile **g_3170[2][9] = {{&g_3171,&g_3171,&g_3171,&g_3171,&g_3171,&g_3171,&g_3171,&g_3171,&g_3171},{(void*)0,&g_3171,(void*)0,&g_3171,(void*)0,&g_3171,(void*)0,&g_3171,(void*)0}};
static int8_t * volatile ***g_3169 = &g_3170[0][8];
static int8_t * volatile *** volatile *g_3168 = &g_3169;
static const uint8_t ** volatile **g_3199 = (void*)0;
static const uint8_t ** volatile ***g_3198 = &g_3199;
static struct S0 g_3241 = {18446744073709551615UL,1UL,247UL,0x0A1A6EEAL,3UL,0x8EL};/* VOLATILE GLOBAL g_3241 */
static struct S0 g_3270 = {0UL,0UL,0UL,0x275ED2FFL,0x39L,1L};/* VOLATILE GLOBAL g_3270 */
static volatile uint32_t g_3292 = 0UL;/* VOLATILE GLOBAL g_3292 */
static uint16_t ***** volatile g_3300 = (void*)0;/* VOLATILE GLOBAL g_3300 */
static uint16_t ****g_3303 = &g_2240;
static const int32_t ** volatile g_3320 = &g_812[0][1][2];/* VOLATILE GLOBAL g_3320 */
static const volatile int8_t * volatile g_3334[6][6][7] = {{{&g_1400.f5,&g_2534.f5,(void*)0,&g_360.f5,&g_751.f5,&g_360.f5,&g_1400.f5},{(void*)0,&g_2534.f5,(void*)0,&g_360.f5,(void*)0,&g_2534.f5,(void*)0},{(void*)0,&g_751.f5,&g_751.f5,&g_360.f5,&g_360.f5,&g_360.f5,&g_2534.f5},{&g_1567.f5,(void*)0,&g_30,&g_2534.f5,(void*)0,&g_2534.f5,&g_1400.f5},{&g_360.f5,&g_30,&g_751.f5,&g_1406.f5,&g_360.f5,&g_751.f5,&g_30},{&g_1406.f5,(void*)0,(void*)0,&g_751.f5,&g_1567.f5,&g_360.f5,(void*)0}},{{(void*)0,&g_1406.f5,(void*)0,&g_1406.f5,&g_30,&g_360.f5,&g_751.f5},{&g_1400.f5,(void*)0,(void*)0,&g_2534.f5,&g_30,&g_751.f5,&g_751.f5},{&g_30,&g_1406.f5,&g_751.f5,&g_1406.f5,&g_1406.f5,&g_360.f5,&g_2534.f5},{&g_751.f5,&g_2534.f5,&g_30,&g_751.f5,&g_30,&g_751.f5,&g_30},{&g_360.f5,&g_360.f5,&g_751.f5,&g_1406.f5,&g_751.f5,&g_30,&g_1400.f5},{(void*)0,&g_1567.f5,&g_360.f5,&g_2534.f5,&g_1400.f5,(void*)0,&g_30}},{{&g_751.f5,&g_2534.f5,&g_1400.f5,&g_360.f5,&g_751.f5,&g_1406.f5,&g_360.f5},{(void*)0,&g_1567.f5,&g_1567.f5,&g_360.f5,&g_30,&g_360.f5,(void*)0},{&g_30,&g_1406.f5,&g_30,&g_360.f5,&g_1406.f5,&g_751.f5,&g_360.f5},{&g_1567.f5,&g_360.f5,(void*)0,&g_1400.f5,&g_30,(void*)0,(void*)0},{&g_1406.f5,&g_751.f5,&g_1406.f5,&g_1400.f5,&g_30,&g_751.f5,&g_1406.f5},{&g_360.f5,&g_2534.f5,&g_1567.f5,(void*)0,&g_1400.f5,&g_1400.f5,&g_1400.f5}},{{&g_2534.f5,&g_1406.f5,&g_1406.f5,&g_2534.f5,&g_30,&g_30,&g_1406.f5},{&g_751.f5,&g_1567.f5,&g_30,&g_751.f5,&g_360.f5,(void*)0,(void*)0},{&g_360.f5,&g_751.f5,&g_2534.f5,&g_1400.f5,&g_360.f5,&g_751.f5,&g_1406.f5},{&g_360.f5,(void*)0,(void*)0,&g_1400.f5,&g_1406.f5,(void*)0,&g_1400.f5},{&g_751.f5,&g_751.f5,&g_751.f5,&g_751.f5,&g_751.f5,&g_30,&g_751.f5},{&g_1567.f5,&g_2534.f5,(void*)0,&g_2534.f5,&g_30,&g_1567.f5,&g_1567.f5}},{{(void*)0,&g_751.f5,&g_360.f5,&g_1406.f5,&g_751.f5,&g_360.f5,&g_1406.f5},{&g_1567.f5,&g_2534.f5,(void*)0,&g_360.f5,&g_1400.f5,&g_1400.f5,&g_360.f5},{&g_751.f5,&g_751.f5,(void*)0,(void*)0,&g_751.f5,&g_751.f5,&g_360.f5},{&g_360.f5,(void*)0,(void*)0,&g_2534.f5,&g_1400.f5,&g_360.f5,&g_1406.f5},{&g_360.f5,&g_360.f5,&g_751.f5,&g_30,&g_1406.f5,&g_751.f5,&g_2534.f5},{&g_751.f5,(void*)0,&g_751.f5,&g_2534.f5,(void*)0,(void*)0,&g_360.f5}},{{&g_2534.f5,&g_751.f5,(void*)0,&g_360.f5,(void*)0,&g_751.f5,&g_2534.f5},{&g_1567.f5,&g_2534.f5,&g_360.f5,&g_360.f5,&g_360.f5,(void*)0,&g_1567.f5},{&g_1406.f5,&g_751.f5,&g_30,&g_360.f5,&g_1406.f5,&g_1406.f5,&g_1400.f5},{&g_1400.f5,&g_2534.f5,&g_360.f5,&g_1567.f5,(void*)0,&g_360.f5,(void*)0},{&g_2534.f5,&g_751.f5,(void*)0,&g_1406.f5,&g_1406.f5,(void*)0,&g_751.f5},{&g_360.f5,(void*)0,&g_751.f5,&g_1400.f5,(void*)0,&g_2534.f5,&g_1400.f5}}};
static volatile struct S0 g_3394 = {0x88AA4561L,18446744073709551615UL,0x1DL,0x60CA0BC1L,0x5AL,0xEEL};/* VOLATILE GLOBAL g_3394 */
static int8_t **g_3415 = &g_710;
static int8_t *** const g_3414 = &g_3415;
static int8_t *** const *g_3413 = &g_3414;
static int8_t **g_3418 = (void*)0;
static int8_t *** const g_3417 = &g_3418;
static int8_t *** const *g_3416 = &g_3417;
static int32_t ** volatile g_3423[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static int32_t *g_3425 = (void*)0;
static int32_t ** volatile g_3424 = &g_3425;/* VOLATILE GLOBAL g_3424 */
static volatile int8_t g_3432 = 0x4EL;/* VOLATILE GLOBAL g_3432 */
static uint32_t g_3563 = 0xD8C9461EL;
static int8_t g_3635 = (-7L);
static volatile struct S0 g_3672 = {0x2BE3ABCDL,0xAF1696D0L,0x0CL,1L,251UL,0xECL};/* VOLATILE GLOBAL g_3672 */
static volatile int32_t *g_3676 = &g_2534.f3;
static volatile int32_t * const *g_3675 = &g_3676;


/* --- FORWARD DECLARATIONS --- */
static int8_t  func_1(void);
static uint8_t  func_66(int16_t  p_67, uint16_t  p_68, uint64_t  p_69, int32_t ** p_70);
static int32_t * func_73(uint32_t  p_74, int8_t  p_75);
static int16_t  func_76(uint8_t  p_77);
static const int32_t  func_93(uint64_t * p_94, int32_t  p_95, int8_t  p_96, uint64_t  p_97);
static int16_t  func_98(int64_t  p_99, int32_t * p_100, uint32_t  p_101);
static int8_t  func_102(uint8_t  p_103, uint64_t  p_104, int32_t  p_105, int32_t * const  p_106, int64_t  p_107);
static struct S0  func_115(uint64_t  p_116, uint8_t  p_117, int8_t  p_118);
static struct S0  func_128(uint64_t * p_129, int32_t * const  p_130, int64_t  p_131, uint8_t  p_132);
static uint64_t * func_133(uint16_t  p_134, const int32_t * p_135, uint16_t  p_136);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_7 g_5 g_3414 g_3415 g_710 g_639.f5
 * writes: g_3 g_5 g_7
 */
static int8_t  func_1(void)
{ /* block id: 0 */
    uint16_t l_2[2][7] = {{0xA339L,0x6CA2L,0xA339L,0x6CA2L,0xA339L,0x6CA2L,0xA339L},{65533UL,65533UL,65533UL,65533UL,65533UL,65533UL,65533UL}};
    int32_t l_23 = 0xEF34EA88L;
    uint16_t l_24 = 0UL;
    int32_t l_29 = 0x43772679L;
    int32_t l_32[10][8] = {{(-3L),0xBC018302L,0x0B4E5555L,0x0B4E5555L,0xBC018302L,(-3L),(-1L),0x5C15DC1CL},{(-3L),9L,0L,0xBC018302L,(-1L),0xBC018302L,0L,9L},{3L,0L,0x5FA56760L,0xBC018302L,0x5C15DC1CL,3L,3L,0x5C15DC1CL},{0x0B4E5555L,0x5C15DC1CL,0x5C15DC1CL,0x0B4E5555L,3L,9L,3L,(-3L)},{0L,0x0B4E5555L,0x5FA56760L,3L,0x5FA56760L,0x0B4E5555L,(-7L),9L},{(-3L),0x5C15DC1CL,(-7L),9L,0x5FA56760L,0x5FA56760L,9L,(-7L)},{3L,3L,0x5C15DC1CL,0xBC018302L,0x5FA56760L,0L,3L,0L},{(-3L),(-7L),0xBC018302L,(-7L),(-3L),0x0B4E5555L,3L,0L},{(-7L),0x5FA56760L,3L,0xBC018302L,0xBC018302L,3L,0x5FA56760L,(-7L)},{0x5C15DC1CL,0x0B4E5555L,3L,9L,3L,(-3L),3L,9L}};
    uint64_t **l_2754 = &g_472;
    int32_t *l_2784 = &l_23;
    int32_t *l_2785 = (void*)0;
    int32_t *l_2786 = &g_2545;
    int32_t *l_2787 = &g_7;
    int32_t *l_2788 = &g_7;
    int32_t *l_2789 = &l_32[8][7];
    int32_t *l_2790 = &g_7;
    int32_t *l_2791 = &l_32[8][7];
    int32_t *l_2792 = &l_29;
    int32_t *l_2793[10] = {&l_32[5][0],&l_29,&l_32[5][0],(void*)0,(void*)0,&l_32[5][0],&l_29,&l_32[5][0],(void*)0,(void*)0};
    uint32_t l_2794 = 0xA1C0C7B0L;
    uint8_t **l_2867 = &g_282;
    int32_t ****l_2874 = &g_488;
    int32_t *****l_2873 = &l_2874;
    const int32_t * const *l_2894 = &g_812[0][1][6];
    int32_t l_2980 = (-2L);
    uint8_t l_2998 = 0xCCL;
    uint16_t *l_3008[10] = {&g_123,(void*)0,&g_123,&g_590,&g_590,&g_123,(void*)0,&g_123,&g_590,&g_590};
    const int8_t l_3034 = 0x99L;
    int32_t *l_3075 = (void*)0;
    int16_t l_3084 = 0xFE02L;
    int8_t **l_3103 = (void*)0;
    int32_t * const l_3106 = &g_7;
    int8_t l_3133 = 0x94L;
    uint64_t *** const *l_3134 = &g_470;
    int32_t l_3194 = 0xEBF88C03L;
    int64_t *l_3230 = &g_3030;
    const int8_t *l_3231 = (void*)0;
    uint64_t *l_3242 = &g_303;
    int8_t l_3381 = 0x96L;
    int32_t l_3496 = 0xE5C41BF5L;
    uint16_t ** const *l_3516 = (void*)0;
    uint16_t ** const ** const l_3515 = &l_3516;
    uint16_t ** const ** const *l_3514 = &l_3515;
    uint8_t l_3521 = 0xE4L;
    uint64_t l_3541 = 8UL;
    int64_t ** const *l_3562 = (void*)0;
    int8_t l_3564 = 0xD9L;
    int16_t l_3571 = 0xAAB8L;
    int8_t l_3620 = 0x7AL;
    int16_t l_3659 = 0xFB18L;
    int i, j;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        int32_t *l_4 = &g_5[2][3][3];
        int32_t l_28[2];
        uint32_t l_33 = 0xB9925C1FL;
        uint32_t l_2573 = 1UL;
        int32_t l_2598 = (-1L);
        uint32_t l_2613 = 0xDA9EA3C6L;
        int64_t l_2720 = 0x623B3579AD3EC1B1LL;
        uint8_t l_2748 = 255UL;
        int i;
        for (i = 0; i < 2; i++)
            l_28[i] = 0xE4A839BBL;
        (*g_6) |= ((*l_4) = (-6L));
        for (g_7 = 1; (g_7 >= 0); g_7 -= 1)
        { /* block id: 8 */
            int32_t *l_8 = &g_5[2][3][0];
            int32_t *l_9 = (void*)0;
            int32_t *l_10 = &g_5[2][1][0];
            int32_t *l_11 = (void*)0;
            int32_t *l_12 = &g_5[2][3][3];
            int32_t *l_13 = &g_5[2][3][3];
            int32_t *l_14 = (void*)0;
            int32_t *l_15 = &g_5[2][3][3];
            int32_t *l_16 = &g_5[2][3][3];
            int32_t *l_17 = &g_5[2][3][3];
            int32_t *l_18 = (void*)0;
            int32_t *l_19 = &g_5[2][3][3];
            int32_t *l_20 = (void*)0;
            int32_t *l_21 = &g_5[2][3][3];
            int32_t *l_22[2];
            int i;
            for (i = 0; i < 2; i++)
                l_22[i] = (void*)0;
            (*l_4) ^= (*g_6);
            ++l_24;
        }
    }
    ++l_2794;
    return (***g_3414);
}


/* ------------------------------------------ */
/* 
 * reads : g_2574 g_2530.f4 g_705 g_706 g_155 g_566 g_488 g_489 g_2545
 * writes: g_162 g_2530.f4 g_155 g_2545
 */
static uint8_t  func_66(int16_t  p_67, uint16_t  p_68, uint64_t  p_69, int32_t ** p_70)
{ /* block id: 1026 */
    uint16_t l_2576[10] = {65532UL,0xDB53L,65532UL,0xDB53L,65532UL,0xDB53L,65532UL,0xDB53L,65532UL,0xDB53L};
    uint8_t l_2588 = 0xC9L;
    int32_t l_2589 = 0xC1774CF6L;
    uint16_t l_2593 = 0UL;
    int i;
    (*g_2574) = p_67;
    for (g_2530.f4 = 0; (g_2530.f4 <= 9); g_2530.f4 += 1)
    { /* block id: 1030 */
        const uint64_t l_2575 = 0UL;
        int32_t *l_2590 = &g_2545;
        int32_t *l_2591 = (void*)0;
        l_2576[6] |= l_2575;
        if (l_2575)
            continue;
        l_2593 = ((*l_2590) |= (l_2589 = (safe_rshift_func_uint8_t_u_s((((safe_sub_func_uint64_t_u_u(0xF1B1795F354E0035LL, (((void*)0 != &g_488) != (safe_mod_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u((l_2576[6] & l_2576[6]), 0)), (+(((**g_705) = p_67) || 0x7BDC010C32A8A945LL)))), l_2575))))) , ((((*g_706) == p_68) | l_2576[8]) , (**g_566))) == p_70), l_2588))));
    }
    return p_69;
}


/* ------------------------------------------ */
/* 
 * reads : g_1417 g_40
 * writes: g_310.f1 g_61 g_1638.f3 g_812
 */
static int32_t * func_73(uint32_t  p_74, int8_t  p_75)
{ /* block id: 1020 */
    int16_t l_2564[7][9] = {{(-9L),0x4BE7L,(-8L),0x4BE7L,(-9L),2L,(-9L),0x4BE7L,(-8L)},{0L,0L,9L,0L,0L,9L,0L,0L,9L},{(-9L),0x4BE7L,(-8L),0x4BE7L,(-9L),2L,(-9L),0x4BE7L,(-8L)},{0L,0L,9L,0L,0L,9L,0L,0L,9L},{(-9L),0x4BE7L,(-8L),0x4BE7L,(-9L),2L,(-9L),0x4BE7L,(-8L)},{0L,0L,9L,0L,0L,9L,0L,0L,9L},{(-9L),0x4BE7L,(-8L),0x4BE7L,(-9L),2L,(-9L),0x4BE7L,(-8L)}};
    int32_t l_2565 = (-9L);
    int32_t *l_2566[7][3][10] = {{{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162}},{{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]}},{{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162}},{{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]}},{{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162}},{{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]}},{{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162},{&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3]},{&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162,&g_162,&g_5[1][0][3],&g_5[1][0][3],&g_162}}};
    int64_t l_2567 = 0xFB78D9F6A1AED2F8LL;
    int16_t l_2568 = 0xD80EL;
    int32_t l_2569 = 0xBAD92136L;
    uint16_t l_2570 = 65535UL;
    int i, j, k;
    --l_2570;
    for (g_310.f1 = 0; g_310.f1 < 1; g_310.f1 += 1)
    {
        for (g_61 = 0; g_61 < 2; g_61 += 1)
        {
            for (g_1638.f3 = 0; g_1638.f3 < 8; g_1638.f3 += 1)
            {
                g_812[g_310.f1][g_61][g_1638.f3] = (void*)0;
            }
        }
    }
    return (*g_1417);
}


/* ------------------------------------------ */
/* 
 * reads : g_58 g_7 g_6 g_2545 g_303 g_1744 g_269 g_2241 g_2242
 * writes: g_58 g_7 g_303 g_1845
 */
static int16_t  func_76(uint8_t  p_77)
{ /* block id: 33 */
    int32_t l_121[8] = {6L,6L,6L,6L,6L,6L,6L,6L};
    int32_t *l_2543[1];
    uint64_t *l_2546 = &g_303;
    struct S0 **l_2554[2][2][10];
    uint8_t l_2555 = 254UL;
    uint16_t l_2556 = 4UL;
    uint16_t l_2557 = 4UL;
    int32_t l_2563[7] = {1L,1L,1L,1L,1L,1L,1L};
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_2543[i] = &g_7;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 10; k++)
                l_2554[i][j][k] = &g_595;
        }
    }
    for (g_58 = 11; (g_58 != 10); --g_58)
    { /* block id: 36 */
        int32_t *l_90 = &g_7;
        uint16_t l_1505 = 65526UL;
        for (g_7 = 0; (g_7 != 21); g_7++)
        { /* block id: 39 */
            int32_t * const l_91 = &g_5[2][3][3];
            const int16_t l_114 = 0xB811L;
            uint64_t *l_955[8][3] = {{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_303,&g_303,&g_303},{&g_83,&g_83,&g_303}};
            int8_t l_2541 = (-1L);
            int32_t *l_2542 = &g_162;
            int i, j;
        }
        if (g_58)
            goto lbl_2544;
    }
lbl_2544:
    (*g_6) = (l_121[6] , 0xE56FB286L);
    if (((((p_77 || 1UL) >= 0x15L) , (l_2556 = ((((*g_6) ^= g_2545) || p_77) == (l_2555 ^= (((*l_2546) &= p_77) > (255UL == (+(safe_lshift_func_uint16_t_u_s(((**g_2241) = (safe_mul_func_uint8_t_u_u(0x8EL, ((((((safe_mod_func_int32_t_s_s((&g_595 == l_2554[1][1][9]), p_77)) || p_77) && (*g_1744)) & 251UL) , p_77) || p_77)))), 11))))))))) | l_2557))
    { /* block id: 1013 */
        uint32_t l_2558[4][5] = {{0x04B1C14EL,0x04B1C14EL,0xC186B469L,0x04B1C14EL,0x04B1C14EL},{0x7D1AE5F8L,1UL,0x7D1AE5F8L,0x7D1AE5F8L,1UL},{0x04B1C14EL,18446744073709551615UL,18446744073709551615UL,0x04B1C14EL,18446744073709551615UL},{1UL,1UL,8UL,1UL,1UL}};
        int i, j;
        l_2558[1][1]++;
        return l_2558[1][1];
    }
    else
    { /* block id: 1016 */
        int32_t l_2561[5] = {(-5L),(-5L),(-5L),(-5L),(-5L)};
        int32_t l_2562 = (-1L);
        int i;
        l_2562 = l_2561[3];
    }
    return l_2563[1];
}


/* ------------------------------------------ */
/* 
 * reads : g_1508 g_282 g_283 g_1517 g_639.f3 g_998.f4 g_1168.f1 g_1333 g_1334 g_707 g_708 g_709 g_710 g_639.f5 g_123 g_3 g_590 g_1638.f5 g_1744 g_269 g_1866 g_704 g_705 g_706 g_155 g_58 g_1601 g_595 g_310 g_303 g_485.f3 g_1947 g_6 g_7 g_470 g_471 g_566 g_488 g_540 g_541 g_485.f5 g_1673 g_1674 g_798 g_1211 g_1208 g_1209 g_1638.f1 g_1228 g_530 g_594 g_1990 g_1168.f5 g_2240 g_2259 g_2241 g_2298 g_2318 g_2242 g_1845 g_1430 g_1267 g_2403 g_272 g_2534 g_162 g_1620 g_1722
 * writes: g_530 g_1517 g_1508.f4 g_485.f3 g_639.f5 g_1865 g_123 g_590 g_1845 g_1885 g_269 g_1620 g_303 g_272 g_40 g_162 g_1990 g_488 g_155 g_283 g_1722 g_2077 g_1508.f1 g_1638.f5 g_291 g_485.f1 g_2259 g_2298 g_2318 g_310.f3 g_470 g_2242 g_812
 */
static const int32_t  func_93(uint64_t * p_94, int32_t  p_95, int8_t  p_96, uint64_t  p_97)
{ /* block id: 572 */
    uint32_t *l_1515 = &g_530;
    uint32_t *l_1516 = &g_1517;
    int32_t l_1520 = 4L;
    int32_t l_1521 = 0L;
    int8_t l_1522 = 0x1BL;
    int8_t *****l_1523 = (void*)0;
    int32_t l_1535 = 0xF7E31FBCL;
    int32_t l_1536 = 1L;
    int32_t l_1537 = 0x8A50499DL;
    int32_t l_1538 = (-7L);
    int32_t l_1539 = (-5L);
    const int32_t l_1555 = 0xAA97BC34L;
    int32_t l_1622[3];
    int32_t **** const l_1704 = &g_488;
    int32_t *l_1749 = &g_3;
    uint8_t ** const l_1786 = &g_282;
    uint8_t ** const *l_1785 = &l_1786;
    uint8_t ** const **l_1784 = &l_1785;
    int8_t **l_1867[6] = {&g_710,&g_710,&g_710,&g_710,&g_710,&g_710};
    uint64_t ****l_1946 = (void*)0;
    uint16_t l_2008 = 0xE4E6L;
    int64_t l_2024 = (-4L);
    uint64_t l_2072 = 0xD65F28743F110D80LL;
    int8_t l_2115 = 1L;
    int16_t l_2191 = 0x0913L;
    uint16_t l_2230 = 0x47AAL;
    uint64_t * const *l_2349 = &g_472;
    uint64_t * const **l_2348[9] = {&l_2349,(void*)0,(void*)0,&l_2349,(void*)0,(void*)0,&l_2349,(void*)0,(void*)0};
    int i;
    for (i = 0; i < 3; i++)
        l_1622[i] = (-1L);
    if ((((((safe_rshift_func_int16_t_s_u(6L, 5)) , 0L) || 0x5BL) < ((l_1520 = ((g_1508 , 0x4F91L) ^ (((safe_lshift_func_uint8_t_u_u(((safe_add_func_uint32_t_u_u(((safe_mod_func_uint32_t_u_u(((*l_1516) |= ((*l_1515) = ((*g_282) <= p_96))), p_97)) | ((safe_mul_func_uint16_t_u_u(g_639[3].f3, 0xD0DDL)) || (-1L))), l_1520)) >= g_998[1].f4), l_1520)) ^ l_1520) | 0x3253L))) == l_1521)) < l_1522))
    { /* block id: 576 */
        uint8_t l_1540 = 0x60L;
        uint16_t l_1556 = 1UL;
        uint32_t *l_1562 = (void*)0;
        uint32_t * const *l_1561[6][6][7] = {{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{(void*)0,&l_1562,&l_1562,&l_1562,(void*)0,(void*)0,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562}},{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{(void*)0,(void*)0,&l_1562,&l_1562,&l_1562,(void*)0,(void*)0},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562}},{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{(void*)0,&l_1562,&l_1562,&l_1562,(void*)0,(void*)0,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{(void*)0,(void*)0,&l_1562,&l_1562,&l_1562,(void*)0,(void*)0}},{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,(void*)0,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562}},{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,(void*)0,&l_1562,&l_1562,(void*)0,&l_1562,(void*)0},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,(void*)0,&l_1562,&l_1562,&l_1562,&l_1562,(void*)0}},{{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,(void*)0,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562,&l_1562},{&l_1562,(void*)0,&l_1562,&l_1562,(void*)0,&l_1562,(void*)0}}};
        int32_t l_1577 = 0x759098F2L;
        int32_t l_1604[7] = {0xEE0A5CB5L,0xEE0A5CB5L,0xEE0A5CB5L,0xEE0A5CB5L,0xEE0A5CB5L,0xEE0A5CB5L,0xEE0A5CB5L};
        int16_t l_1623 = 0x55C7L;
        int32_t ***l_1641 = (void*)0;
        int32_t l_1658[5] = {0x72F9DBBCL,0x72F9DBBCL,0x72F9DBBCL,0x72F9DBBCL,0x72F9DBBCL};
        uint8_t l_1659 = 247UL;
        uint8_t l_1707 = 0x03L;
        uint32_t l_1753 = 4294967295UL;
        const int64_t l_1813 = 1L;
        int32_t l_1825 = 0xB16E6623L;
        const int32_t l_1844 = 6L;
        const uint64_t l_1857 = 0xF1F3CC6AD39149BALL;
        int i, j, k;
        l_1520 |= (((p_95 , l_1523) != l_1523) , (g_1168.f1 <= (safe_lshift_func_int8_t_s_s((safe_div_func_uint16_t_u_u(p_95, (*g_1333))), 1))));
    }
    else
    { /* block id: 700 */
        int16_t *l_1874 = (void*)0;
        int32_t l_1877 = (-9L);
        uint8_t l_1962 = 0x20L;
        int32_t l_1969 = 9L;
        uint32_t l_1974 = 18446744073709551615UL;
        int16_t *l_1989 = &g_1990[1];
        int8_t **l_2116 = &g_710;
        uint64_t l_2144 = 0x325C7D7A4FCAC5CDLL;
        int8_t l_2218[10] = {1L,6L,1L,6L,1L,6L,1L,6L,1L,6L};
        int32_t l_2229 = 0x5A61F7B0L;
        uint16_t *l_2239 = &l_2008;
        uint16_t **l_2238 = &l_2239;
        int32_t l_2255 = 1L;
        int32_t *l_2274[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint8_t l_2295 = 0x64L;
        const uint64_t l_2357[5] = {0xB497D78ABA538469LL,0xB497D78ABA538469LL,0xB497D78ABA538469LL,0xB497D78ABA538469LL,0xB497D78ABA538469LL};
        int32_t l_2409 = 0x5F9D7833L;
        uint8_t l_2468 = 0xC9L;
        uint64_t *l_2532[2];
        int i;
        for (i = 0; i < 2; i++)
            l_2532[i] = &l_2144;
lbl_2540:
        for (g_1508.f4 = (-30); (g_1508.f4 == 51); g_1508.f4 = safe_add_func_int8_t_s_s(g_1508.f4, 4))
        { /* block id: 703 */
            int8_t ***l_1864 = &g_709;
            int32_t l_1878[4][3] = {{0xBDF165DBL,0xBDF165DBL,0xBDF165DBL},{0L,0x272F5F0CL,0L},{0xBDF165DBL,0xBDF165DBL,0xBDF165DBL},{0L,0x272F5F0CL,0L}};
            const int32_t l_1927 = 1L;
            uint64_t *l_1931[6] = {&g_83,&g_303,&g_303,&g_83,&g_303,&g_303};
            int i, j;
            for (g_485.f3 = 0; (g_485.f3 <= 0); g_485.f3 += 1)
            { /* block id: 706 */
                int8_t ***l_1868 = (void*)0;
                int8_t ***l_1869 = &l_1867[4];
                uint16_t *l_1875 = &g_590;
                uint16_t *l_1876 = &g_1845[0];
                int64_t ** const *l_1904 = &g_705;
                int32_t l_1905 = 0x632D361DL;
                struct S0 *l_1923 = (void*)0;
                uint64_t *l_1928 = &g_303;
                uint64_t **l_1929 = (void*)0;
                uint64_t **l_1930[2][3] = {{&g_472,&l_1928,&l_1928},{&g_472,&l_1928,&l_1928}};
                int32_t l_1970[9] = {0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L,0xA72991D2L};
                int i, j;
                if (((l_1878[2][0] |= ((((safe_mul_func_uint16_t_u_u(((*l_1876) = ((*l_1875) &= (p_95 != ((*l_1515) = ((((((safe_add_func_int8_t_s_s(((****g_707) &= (g_1508.f5 == 0xA6531426L)), ((*g_707) == (g_1865[8][1][5] = l_1864)))) != (((*l_1869) = l_1867[4]) == ((safe_mul_func_int16_t_s_s((((p_97--) , (g_123 |= 0UL)) , 0xD744L), ((void*)0 != l_1874))) , (**g_707)))) , 1UL) , (*l_1749)) == p_96) ^ p_96))))), l_1877)) , 0L) == 0x0694L) <= 1L)) >= l_1877))
                { /* block id: 716 */
                    int32_t *l_1879 = &l_1622[1];
                    uint8_t *l_1882 = (void*)0;
                    const uint8_t *l_1884 = &g_1137[0][3][5].f4;
                    const uint8_t **l_1883[7][10][3] = {{{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,(void*)0,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884}},{{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,(void*)0},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884}},{{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884}},{{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884}},{{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,(void*)0},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884}},{{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884}},{{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884},{&l_1884,&l_1884,(void*)0},{&l_1884,&l_1884,&l_1884},{(void*)0,&l_1884,&l_1884}}};
                    int64_t *l_1926 = &g_1620;
                    int i, j, k;
                    (*l_1879) ^= p_96;
                    if ((safe_sub_func_int32_t_s_s((l_1882 != (g_1885 = l_1882)), (g_1638.f5 < (safe_mul_func_uint16_t_u_u((l_1877 || (safe_div_func_uint64_t_u_u(l_1877, 18446744073709551615UL))), (!(((safe_lshift_func_uint8_t_u_u(255UL, 4)) && (l_1877 < ((safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((*g_1744) |= ((*l_1864) == (**g_707))), 0xE0BBL)), l_1878[1][2])) , l_1878[3][1]))) || (*l_1879)))))))))
                    { /* block id: 720 */
                        (*l_1879) = (safe_lshift_func_uint16_t_u_s((l_1905 ^= ((safe_add_func_int32_t_s_s(p_96, p_97)) , (safe_lshift_func_uint16_t_u_u((l_1904 != &g_705), 13)))), 3));
                    }
                    else
                    { /* block id: 723 */
                        return p_97;
                    }
                    (*l_1879) ^= (safe_mul_func_uint8_t_u_u((0x42L ^ ((**g_1866) &= (safe_rshift_func_int16_t_s_u(0x6DB7L, 1)))), (safe_mod_func_int64_t_s_s(((p_97 != ((l_1878[1][2] , (***g_704)) & ((safe_lshift_func_int16_t_s_s((*g_1744), 12)) , (safe_mul_func_int16_t_s_s(((safe_add_func_int64_t_s_s(((*l_1926) = (safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_unary_minus_func_uint8_t_u((((void*)0 != l_1923) ^ (safe_mul_func_int16_t_s_s((((l_1905 == p_97) >= 65535UL) && p_95), (*l_1749)))))), 1)), g_58))), (*g_706))) & p_96), p_95))))) && (*l_1749)), l_1905))));
                }
                else
                { /* block id: 729 */
                    return l_1927;
                }
                p_95 = ((((p_94 = l_1928) == ((**g_1601) , (l_1931[1] = &p_97))) > (safe_div_func_uint64_t_u_u((safe_lshift_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((((*l_1928)++) , (safe_mod_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((((((-1L) ^ 0x1CL) == (*g_1744)) & (l_1946 != (void*)0)) <= p_97), p_95)) >= l_1878[2][2]), l_1905))), p_97)) && p_95), 13)), p_96))) , p_95);
                for (g_272 = 0; (g_272 <= 0); g_272 += 1)
                { /* block id: 738 */
                    uint16_t l_1959 = 65532UL;
                    int32_t *l_1963 = &l_1538;
                    int32_t *l_1964 = &l_1905;
                    int32_t *l_1965 = &g_162;
                    int32_t *l_1966 = &l_1878[2][0];
                    int32_t *l_1967[4];
                    int64_t l_1968[9] = {0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL,0x8F1AF64B2A164B29LL};
                    uint32_t l_1971 = 0x15971F25L;
                    int i, j, k;
                    for (i = 0; i < 4; i++)
                        l_1967[i] = &g_798;
                    l_1905 = g_269[g_485.f3][g_485.f3][g_485.f3];
                    (*g_1947) = &p_95;
                    for (g_162 = 0; (g_162 <= 0); g_162 += 1)
                    { /* block id: 743 */
                        int32_t *l_1961 = &l_1521;
                        if ((*g_6))
                            break;
                        (*l_1961) = (safe_add_func_int64_t_s_s((safe_rshift_func_int8_t_s_s(((****g_707) ^= ((**g_704) != (*g_705))), (safe_sub_func_uint32_t_u_u((!p_95), ((safe_mod_func_uint8_t_u_u((((void*)0 != &p_97) || (safe_mod_func_uint32_t_u_u(p_97, l_1959))), (((+((*l_1864) != (void*)0)) == 4294967286UL) , 0xD2L))) || 0xAE388115L))))), (*p_94)));
                        l_1962 |= ((*l_1961) = 0xB053EDCCL);
                    }
                    l_1971++;
                }
            }
            l_1877 ^= (((l_1974 , (safe_add_func_int16_t_s_s(((safe_sub_func_uint16_t_u_u(((l_1878[0][2] = ((0x3872L <= (*g_1744)) , (safe_rshift_func_int16_t_s_u(((*l_1749) , (g_310.f3 < (safe_sub_func_int32_t_s_s(p_95, (-6L))))), 9)))) ^ l_1969), p_96)) , 0x47BCL), p_95))) , p_97) >= l_1927);
            for (g_590 = 0; (g_590 == 32); g_590++)
            { /* block id: 757 */
                if (p_95)
                    break;
                l_1969 = (0UL && p_95);
            }
        }
        if (((safe_rshift_func_int16_t_s_s((l_1974 , (l_1974 , (p_95 <= (l_1877 = ((*l_1989) = (((safe_lshift_func_int16_t_s_u(0L, 15)) , ((*g_1744) = 0x4F69L)) || (*g_1744))))))), 15)) , (safe_add_func_int8_t_s_s((safe_add_func_int8_t_s_s((1L != (((safe_add_func_int64_t_s_s(p_97, (+p_97))) , (*g_470)) != (void*)0)), p_96)), (**g_1866)))))
        { /* block id: 765 */
            const uint16_t l_2012[1][9] = {{65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL}};
            int32_t l_2025[2][5] = {{0x79AA9A1FL,0xD405C824L,2L,0xD405C824L,0x79AA9A1FL},{0x79AA9A1FL,0xD405C824L,2L,0xD405C824L,0x79AA9A1FL}};
            uint32_t * const l_2046 = &g_639[3].f1;
            struct S0 *** const l_2071 = &g_1601;
            uint32_t *l_2075[4];
            uint16_t l_2117[3];
            uint8_t l_2125 = 0xD4L;
            uint16_t l_2146 = 0xF726L;
            uint64_t ** const l_2147 = &g_472;
            uint64_t l_2159 = 0x02A3F88564266AB1LL;
            int32_t l_2323 = 0L;
            int32_t *l_2324 = &l_1537;
            int32_t *l_2325 = (void*)0;
            int i, j;
            for (i = 0; i < 4; i++)
                l_2075[i] = (void*)0;
            for (i = 0; i < 3; i++)
                l_2117[i] = 2UL;
            if (((safe_add_func_uint32_t_u_u(((8L > (safe_div_func_uint64_t_u_u(p_97, (safe_mod_func_int64_t_s_s((((((*l_1704) = (*g_566)) == (void*)0) != (((**g_705) = ((*g_710) < (((1UL & (4L != g_1508.f1)) < p_96) & l_1974))) > p_96)) < l_1974), l_2008))))) != 0xAED15BACE62EDD05LL), p_96)) , p_96))
            { /* block id: 768 */
                for (g_303 = 0; (g_303 <= 3); g_303 += 1)
                { /* block id: 771 */
                    uint64_t l_2009 = 0x3E35836F0C784CB1LL;
                    l_2009--;
                    for (g_530 = 0; (g_530 <= 3); g_530 += 1)
                    { /* block id: 775 */
                        return l_2012[0][7];
                    }
                }
            }
            else
            { /* block id: 779 */
                int32_t *l_2026 = &l_1539;
                if (((0x1EDBD22AL == (p_95 != ((((l_1962 || (*g_1744)) == ((****g_707) &= (l_2025[1][0] = ((((safe_rshift_func_int8_t_s_s((+(**g_705)), ((safe_sub_func_int32_t_s_s((-1L), ((safe_mod_func_uint16_t_u_u((*l_1749), (safe_lshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_s((**g_540), 1)), 5)))) > l_2024))) , p_96))) & 2UL) | p_97) == l_2012[0][4])))) >= p_95) > 0L))) , l_1969))
                { /* block id: 782 */
                    l_2026 = &p_95;
                }
                else
                { /* block id: 784 */
                    uint64_t *l_2033 = (void*)0;
                    uint64_t *l_2034[6];
                    int32_t l_2037 = 0xE46C66FAL;
                    int i;
                    for (i = 0; i < 6; i++)
                        l_2034[i] = &g_83;
                    p_95 = (((-5L) != (((*l_1749) > ((((safe_mod_func_uint32_t_u_u(l_1974, (safe_add_func_uint8_t_u_u(((****l_1784) &= (safe_sub_func_uint64_t_u_u(((*l_2026) = l_1877), p_96))), (safe_sub_func_uint16_t_u_u(0xF4ECL, l_1969)))))) | (l_2037 , (l_2037 = (l_1962 , 0xD798F7C24EDE98A3LL)))) , (-8L)) | 0x21B8L)) > p_97)) != (**g_705));
                    for (g_1620 = 0; (g_1620 < (-24)); --g_1620)
                    { /* block id: 791 */
                        int32_t *l_2061 = (void*)0;
                        int32_t *l_2062[10][7] = {{(void*)0,&g_5[2][0][1],(void*)0,&l_2025[1][0],&g_5[2][0][1],&l_2025[1][0],(void*)0},{&g_5[2][0][1],&g_5[2][0][1],&l_1521,&g_5[2][3][3],&l_1539,&l_1521,&l_1539},{&g_5[2][3][3],(void*)0,(void*)0,&g_5[2][3][3],&l_2025[1][0],(void*)0,&g_5[2][3][3]},{(void*)0,&l_1539,&l_2025[1][0],&l_2025[1][0],&l_1539,(void*)0,(void*)0},{&l_1539,&g_5[2][3][3],&l_1521,&g_5[2][0][1],&g_5[2][0][1],&l_1521,&g_5[2][3][3]},{&l_1539,(void*)0,(void*)0,&l_1539,&l_2025[1][0],&l_2025[1][0],&l_1539},{(void*)0,&g_5[2][3][3],(void*)0,&l_2025[1][0],&g_5[2][3][3],(void*)0,(void*)0},{&g_5[2][3][3],&l_1539,&l_1521,&l_1539,&g_5[2][3][3],&l_1521,&g_5[2][0][1]},{&g_5[2][0][1],(void*)0,&l_2025[1][0],&g_5[2][0][1],&l_2025[1][0],(void*)0,&g_5[2][0][1]},{(void*)0,&g_5[2][0][1],(void*)0,&l_2025[1][0],&g_5[2][0][1],&l_2025[1][0],(void*)0}};
                        int i, j;
                        l_1877 |= ((safe_sub_func_int64_t_s_s(((((*g_282) != (safe_rshift_func_int8_t_s_s((safe_add_func_uint16_t_u_u((l_2046 != ((safe_mul_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((safe_mod_func_int32_t_s_s(((*l_2026) > (safe_mod_func_int64_t_s_s(1L, (-1L)))), ((*l_1516) = (safe_mul_func_int16_t_s_s(p_97, (safe_sub_func_int64_t_s_s(l_2025[1][0], 0UL))))))), p_96)), p_96)) , (*g_1673))), l_2025[1][0])), 3))) ^ 1UL) & p_97), 18446744073709551615UL)) ^ p_97);
                    }
                    l_2026 = &p_95;
                }
                l_1969 ^= ((((safe_mod_func_int16_t_s_s(((p_97 <= ((safe_rshift_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((((4L && (g_798 && ((void*)0 == l_2071))) , ((((p_95 && 0x20L) , (**g_1211)) != (((4294967287UL && p_95) != 0xC6F3041FC8BC3DDCLL) , &l_1962)) | l_2072)) != g_1638.f1) > 0x2CE9L), p_97)), (*l_1749))), 8)) && (**g_1866))) , 0x91F4L), (-1L))) != (*l_1749)) | 0xEF162D448EA993AALL) < p_96);
            }
            for (g_1722 = 0; (g_1722 == 32); g_1722++)
            { /* block id: 801 */
                uint32_t *l_2088 = &g_530;
                int32_t l_2091 = (-4L);
                int32_t *l_2095[9] = {&l_1538,&g_162,&l_1538,&g_162,&l_1538,&g_162,&l_1538,&g_162,&l_1538};
                int32_t ****l_2102 = &g_488;
                int32_t ***** const l_2101 = &l_2102;
                int32_t *l_2126[9][2][3] = {{{&l_2025[1][0],&l_1521,&g_162},{&l_1969,&l_1539,(void*)0}},{{(void*)0,&l_2025[1][0],&g_162},{&l_1537,&g_5[0][0][0],&g_5[0][0][0]}},{{&l_1539,&l_1537,(void*)0},{&l_1539,(void*)0,(void*)0}},{{&l_1537,&l_1622[1],&l_1622[0]},{(void*)0,&l_1969,&l_1622[1]}},{{&l_1969,&l_1622[1],&l_1538},{&l_2025[1][0],(void*)0,&l_2025[1][0]}},{{&l_1622[1],&l_1537,&l_2025[1][0]},{&g_162,&g_5[0][0][0],&l_1538}},{{&l_1538,&l_2025[1][0],&l_1622[1]},{&l_1537,&l_1539,&l_1622[0]}},{{&l_1538,&l_1521,(void*)0},{&g_162,&g_162,(void*)0}},{{&l_1622[1],&g_162,&g_5[0][0][0]},{&l_2025[1][0],&l_1521,&g_162}}};
                struct S0 ***l_2133[5];
                uint64_t **l_2148 = &g_472;
                const int8_t ***l_2158 = &g_540;
                const int8_t **** const l_2157 = &l_2158;
                const int64_t l_2209 = 0L;
                int8_t l_2222 = 7L;
                uint16_t *l_2237 = &l_2146;
                uint16_t **l_2236 = &l_2237;
                uint16_t ***l_2235[9] = {&l_2236,&l_2236,&l_2236,&l_2236,&l_2236,&l_2236,&l_2236,&l_2236,&l_2236};
                int16_t l_2248 = (-9L);
                int32_t l_2256 = 0xBA8B036CL;
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_2133[i] = &g_1601;
                for (l_2008 = 3; (l_2008 <= 9); l_2008 += 1)
                { /* block id: 804 */
                    uint32_t **l_2076[8];
                    int64_t * const *l_2092 = &g_706;
                    int32_t l_2094[5][3][5] = {{{6L,6L,6L,6L,6L},{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L},{6L,6L,6L,6L,6L}},{{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L},{6L,6L,6L,6L,6L},{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L}},{{6L,6L,6L,6L,6L},{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L},{6L,6L,6L,6L,6L}},{{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L},{6L,6L,6L,6L,6L},{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L}},{{6L,6L,6L,6L,6L},{0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L,0x1C9BD4E1L},{6L,6L,6L,6L,6L}}};
                    int8_t ** const l_2112[8][7][4] = {{{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{&g_710,(void*)0,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,(void*)0,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{&g_710,(void*)0,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,(void*)0,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{(void*)0,&g_710,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{(void*)0,&g_710,(void*)0,&g_710},{(void*)0,(void*)0,&g_710,&g_710},{&g_710,&g_710,(void*)0,&g_710},{&g_710,&g_710,&g_710,&g_710}},{{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,&g_710,&g_710,&g_710},{&g_710,(void*)0,(void*)0,&g_710},{(void*)0,&g_710,&g_710,&g_710},{(void*)0,&g_710,&g_710,&g_710}}};
                    int32_t l_2130[5];
                    int i, j, k;
                    for (i = 0; i < 8; i++)
                        l_2076[i] = &l_2075[0];
                    for (i = 0; i < 5; i++)
                        l_2130[i] = 0x7FB87B77L;
                    if (((g_2077 = l_2075[2]) == (void*)0))
                    { /* block id: 806 */
                        uint32_t l_2093 = 0x3FF09310L;
                        l_2095[0] = (((*l_1515) = (safe_mul_func_int8_t_s_s((((((safe_sub_func_int32_t_s_s((safe_mul_func_int8_t_s_s((l_2093 = (safe_mul_func_int8_t_s_s(p_97, (l_1969 <= ((l_2046 == l_2088) < (((((p_95 , (safe_add_func_int64_t_s_s(((((****g_707) > (((l_2091 | ((*l_1749) , p_97)) , l_2092) == (void*)0)) > (*g_282)) <= (*g_710)), (*l_1749)))) == l_2091) , &p_95) == &p_95) , (-1L))))))), (*g_710))), l_2094[0][0][0])) != p_97) , &g_530) != &g_530) || 9L), 1L))) , &p_95);
                        l_2025[0][4] &= ((((safe_rshift_func_int8_t_s_s(((**g_1866) |= (~((l_2101 == &g_566) >= (-4L)))), 5)) ^ ((((*l_1989) = l_2012[0][7]) | 0L) != (safe_div_func_uint16_t_u_u(((safe_div_func_int32_t_s_s((safe_mod_func_int32_t_s_s((0x50L == (+(l_2094[4][0][0] = ((safe_rshift_func_uint16_t_u_u((((l_2112[5][2][2] == ((safe_lshift_func_int8_t_s_u((p_96 > (p_95 ^= l_2115)), l_2012[0][7])) , l_2116)) != p_96) , l_2117[2]), 7)) == p_97)))), 4294967295UL)), 1UL)) >= l_1877), 9UL)))) == p_97) >= (-3L));
                        p_95 ^= ((safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((*g_1333), 4)), 11)) , l_2025[1][2]);
                    }
                    else
                    { /* block id: 816 */
                        uint8_t *l_2128 = &l_1962;
                        uint16_t *l_2129 = &g_590;
                        l_2130[4] |= (((*l_2129) = (p_95 <= ((*l_2128) &= (((*g_1744) ^= ((0x41L <= ((0x4FL ^ ((safe_unary_minus_func_uint16_t_u((safe_add_func_uint16_t_u_u(l_2125, (l_2126[8][1][1] == &l_2025[0][4]))))) | ((**l_1786) ^= 0xA1L))) || (+p_96))) == (l_2094[1][1][4] & p_95))) == p_97)))) && (*g_1333));
                        return p_97;
                    }
                    for (g_1508.f1 = 0; (g_1508.f1 <= 9); g_1508.f1 += 1)
                    { /* block id: 826 */
                        (*g_1228) = &p_95;
                    }
                }
                if (((((safe_rshift_func_int16_t_s_u(((&g_1601 != l_2133[2]) || ((~((**g_705) = (safe_lshift_func_int16_t_s_u(((l_2025[1][0] ^= (++(*g_282))) >= (((safe_add_func_uint32_t_u_u((++(*l_1516)), ((safe_unary_minus_func_int32_t_s(l_2144)) ^ (+l_2146)))) >= ((*g_1744) &= (l_2147 == l_2148))) == (safe_div_func_uint16_t_u_u((((((safe_div_func_int8_t_s_s((p_95 & ((safe_mod_func_uint32_t_u_u(p_96, ((safe_sub_func_int64_t_s_s(((void*)0 == l_2157), p_97)) & l_2012[0][2]))) , p_97)), (**g_1866))) & p_95) , 5UL) <= p_96) , l_1877), l_2012[0][7])))), p_97)))) || l_2159)), 12)) == l_2117[1]) , p_96) || (-2L)))
                { /* block id: 835 */
                    uint16_t *l_2188 = (void*)0;
                    uint16_t *l_2189 = &g_123;
                    uint16_t l_2190 = 0xECADL;
                    int32_t l_2210[2][9][5] = {{{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L},{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L},{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L}},{{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L},{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L},{0x9711111BL,0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L},{0x07D77058L,0x9711111BL,0x9711111BL,0x07D77058L,0x9711111BL},{0x07D77058L,0x07D77058L,0x55A3108AL,0x07D77058L,0x07D77058L}}};
                    int i, j, k;
                    for (g_1638.f5 = 0; (g_1638.f5 <= (-19)); g_1638.f5 = safe_sub_func_uint32_t_u_u(g_1638.f5, 4))
                    { /* block id: 838 */
                        l_2025[0][4] |= p_95;
                    }
                    for (l_2159 = 0; (l_2159 <= 3); l_2159 += 1)
                    { /* block id: 843 */
                        int16_t l_2164[6][6] = {{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL},{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL},{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL},{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL},{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL},{0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL,0x5FABL}};
                        int i, j;
                        l_2164[5][5] = (safe_div_func_int32_t_s_s(l_2146, ((*l_2088) |= 0xF4294DC4L)));
                        l_1877 ^= p_97;
                    }
                    if ((safe_lshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((p_96 |= p_97), (((((void*)0 != &g_2077) , (+((safe_add_func_int64_t_s_s((safe_mod_func_int64_t_s_s(p_97, ((((((safe_add_func_int8_t_s_s(p_97, (((*g_1744) = ((*l_1989) &= (((safe_mod_func_uint64_t_u_u((((*l_2189) = (~((**g_594) , ((safe_sub_func_int8_t_s_s((!(safe_div_func_int64_t_s_s(p_97, 0x721C78F385940575LL))), ((safe_mul_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((*l_1749), (*g_1333))), (****g_707))) , (*g_282)))) | 0x49CC2072DC805362LL)))) && p_95), (**g_705))) ^ p_95) >= p_95))) && p_95))) && l_2190) , (*g_1744)) > p_95) , p_95) && p_95))), (*g_706))) >= l_2191))) || (*g_1333)) == (**g_705)))), 7)))
                    { /* block id: 852 */
                        l_1969 = 0xB2337BCEL;
                    }
                    else
                    { /* block id: 854 */
                        uint32_t l_2211 = 0xE38FB75DL;
                        int32_t l_2221 = 1L;
                        l_2210[0][8][0] ^= (safe_add_func_int64_t_s_s((p_95 != (8L || ((*l_1516) = (!0xD022B9B7787AD8C3LL)))), (safe_sub_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((**g_705), ((safe_div_func_int32_t_s_s(((((l_2012[0][7] , (safe_mul_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((p_95 < 0x33L), ((safe_div_func_uint32_t_u_u(((0xD64F2C97L & ((*g_595) , l_2209)) & p_96), 7L)) , p_97))), (**g_705))), l_1962))) >= p_96) , (-1L)) , (*l_1749)), g_1168.f5)) , p_97))), p_95))));
                        l_2211 &= 1L;
                        p_95 = (l_2190 == (safe_add_func_int16_t_s_s(((((p_95 == (safe_lshift_func_uint16_t_u_s((((0x90FC5379C9D97B4FLL == ((l_2012[0][7] == ((0x3E6F0D931A478913LL & ((l_2221 &= ((**g_1866) = (safe_lshift_func_int8_t_s_s(l_2218[7], (p_96 |= (safe_rshift_func_int8_t_s_s(p_95, p_95))))))) != l_2222)) == 6L)) , p_95)) , g_58) , 7UL), (*l_1749)))) , p_97) | (-3L)) < 0x104BL), l_2190)));
                    }
                    for (g_291 = (-12); (g_291 == 53); ++g_291)
                    { /* block id: 865 */
                        uint8_t l_2225 = 1UL;
                        int32_t l_2228[7];
                        int i;
                        for (i = 0; i < 7; i++)
                            l_2228[i] = (-6L);
                        l_2225--;
                        --l_2230;
                    }
                }
                else
                { /* block id: 869 */
                    uint16_t ***l_2244 = &l_2236;
                    int32_t l_2247 = 0x4629B46BL;
                    int32_t l_2249 = 1L;
                    int32_t l_2250 = 0x07D19FA5L;
                    int64_t l_2252 = 0x2B8FFD020461302DLL;
                    int32_t l_2253 = 0x08880D0EL;
                    int32_t l_2258 = 0xFDF115CDL;
                    int8_t **l_2297 = (void*)0;
                    int32_t *l_2299 = &l_2247;
                    for (g_485.f1 = 0; (g_485.f1 >= 53); g_485.f1++)
                    { /* block id: 872 */
                        uint16_t ****l_2243[7] = {&g_2240,&g_2240,&g_2240,&g_2240,&g_2240,&g_2240,&g_2240};
                        int32_t l_2246 = 0xA259F445L;
                        int32_t l_2254 = 4L;
                        int32_t l_2257 = 9L;
                        int32_t **l_2268 = &l_1749;
                        int16_t l_2271 = 0L;
                        int i;
                        p_95 = (((*g_595) , (((****l_1784) |= (((l_2235[8] != (((void*)0 == l_2238) , (l_2244 = g_2240))) | ((+((void*)0 == &l_2088)) , p_96)) != l_2025[1][0])) < 1L)) , 1L);
                        --g_2259[2][0][0];
                        l_2229 |= (safe_mul_func_int8_t_s_s((((safe_mod_func_int32_t_s_s((((+((~(func_115((&g_1332[1][0][0] != (void*)0), (0xD5E8E05992E414E4LL == (*g_706)), l_2258) , (&p_95 == ((*l_2268) = &l_1538)))) <= (safe_mul_func_int16_t_s_s((((*g_1673) == (void*)0) | p_95), l_2250)))) || l_2271) <= p_96), p_96)) || l_1877) | 0x7B75AE7BE98B8724LL), (*g_282)));
                    }
                    if ((safe_rshift_func_int16_t_s_u(l_1962, l_2025[1][0])))
                    { /* block id: 880 */
                        l_1969 = l_2258;
                        if (p_95)
                            break;
                    }
                    else
                    { /* block id: 883 */
                        int16_t l_2291 = 0x1974L;
                        int8_t *** const **l_2294 = (void*)0;
                        int32_t l_2296 = 0xB1FF20F6L;
                        l_2274[3] = &p_95;
                        l_2295 |= ((safe_div_func_uint32_t_u_u(((l_2250 = (safe_lshift_func_int16_t_s_s((((0x19L ^ ((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((((safe_div_func_uint8_t_u_u(((*g_282) = ((+(((*l_2088) = 0xD38BC6A5L) , (((~((void*)0 == (*l_2244))) || (p_95 > (*g_1333))) , (safe_mod_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(l_2291, l_2291)), ((safe_rshift_func_uint8_t_u_s(2UL, 7)) , p_96)))))) != l_2291)), g_155[5])) ^ l_2291) , l_2294) == &g_707) | (**g_709)), p_95)), p_97)) & l_2291)) , (*g_1744)) , (*g_1744)), p_95))) <= 0L), p_97)) , p_96);
                        l_2296 = 0x1F69F932L;
                    }
                    g_2298 |= ((void*)0 == l_2297);
                    l_2299 = &l_2025[1][0];
                }
                if (p_96)
                { /* block id: 894 */
                    uint64_t *l_2300 = &l_2144;
                    uint64_t ****l_2317[6] = {&g_470,&g_470,&g_470,&g_470,&g_470,&g_470};
                    uint64_t ** const ***l_2320 = (void*)0;
                    uint64_t ** const ***l_2321 = &g_2318;
                    int32_t l_2322 = (-2L);
                    int i;
                    l_2325 = (l_2324 = (((*g_706) &= (((*l_2300) = p_96) || (safe_div_func_uint32_t_u_u((safe_sub_func_int16_t_s_s((*g_1744), (((*l_1989) = (safe_mul_func_uint16_t_u_u((p_95 != ((((safe_lshift_func_uint8_t_u_u(((l_2323 = ((l_2025[1][0] = (safe_add_func_int8_t_s_s((p_95 < 0xAA4DE5681571CF3CLL), (safe_mod_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(((*l_1515) = (((safe_mul_func_uint8_t_u_u(p_96, p_97)) == (((l_2317[0] != ((*l_2321) = g_2318)) , (*l_1749)) >= p_97)) & p_95)), 0x966A8FC2L)), l_2322))))) != 0x6A06L)) != p_96), 7)) == l_2322) >= l_2146) , 0x86939548CC8C47D0LL)), 0UL))) >= (**g_2241)))), 0x5DA6A529L)))) , &p_95));
                }
                else
                { /* block id: 904 */
                    int32_t **l_2326[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2326[i] = &l_2126[8][1][1];
                    (*g_1228) = (void*)0;
                    for (l_2159 = 0; (l_2159 <= 4); l_2159 += 1)
                    { /* block id: 908 */
                        uint32_t l_2327 = 0x0F5FFFD3L;
                        int i;
                        l_2327++;
                        if (g_1430[l_2159])
                            continue;
                        (*g_1267) = &l_2025[1][0];
                    }
                }
            }
            for (g_310.f3 = 2; (g_310.f3 >= 0); g_310.f3 -= 1)
            { /* block id: 917 */
                uint32_t l_2335 = 1UL;
                int32_t l_2336 = 0L;
                int16_t l_2337 = 0L;
                int i;
                if (l_2117[g_310.f3])
                    break;
                l_1622[0] = ((*l_2324) = (safe_add_func_uint32_t_u_u(((((safe_mod_func_int16_t_s_s((*g_1744), (-7L))) <= (*g_710)) , p_95) < ((((&p_96 != (***g_707)) >= ((p_96 , ((!((((l_2335 == ((l_2336 |= (((p_97 >= 4294967295UL) >= p_96) >= 0xB3L)) , l_2337)) == 8UL) , 0x02L) < p_97)) , &l_2230)) != &l_2117[2])) == (****g_707)) , 0x536633CC6ED5E125LL)), l_2337)));
                if (p_95)
                    continue;
            }
        }
        else
        { /* block id: 924 */
            uint64_t ****l_2347 = &g_470;
            int32_t l_2356 = 4L;
            uint32_t **l_2358 = (void*)0;
            uint16_t *l_2366 = &g_272;
            uint16_t *l_2367 = (void*)0;
            int32_t l_2375[9] = {0x0448002AL,(-10L),0x0448002AL,(-10L),0x0448002AL,(-10L),0x0448002AL,(-10L),0x0448002AL};
            int64_t l_2381 = (-1L);
            uint64_t l_2382[8][4][8] = {{{18446744073709551607UL,0xAA28D7F8C02F5C1ELL,0xE57CEDAFA9926A0ALL,0xCF726698EB2AF3A1LL,1UL,0UL,8UL,8UL},{0x7B8FDB146E2101DCLL,18446744073709551607UL,6UL,6UL,18446744073709551607UL,0x7B8FDB146E2101DCLL,7UL,0xCF726698EB2AF3A1LL},{18446744073709551615UL,0x38AA7DBA10B856BFLL,18446744073709551612UL,0x052F2593E8A339BALL,6UL,7UL,18446744073709551615UL,18446744073709551615UL},{18446744073709551607UL,1UL,0xE57CEDAFA9926A0ALL,0x052F2593E8A339BALL,8UL,0xE57CEDAFA9926A0ALL,18446744073709551607UL,0xCF726698EB2AF3A1LL}},{{18446744073709551615UL,8UL,0x38AA7DBA10B856BFLL,6UL,18446744073709551615UL,6UL,0x38AA7DBA10B856BFLL,8UL},{0xAA28D7F8C02F5C1ELL,7UL,18446744073709551615UL,0xCF726698EB2AF3A1LL,6UL,18446744073709551612UL,0xCF726698EB2AF3A1LL,0x7B8FDB146E2101DCLL},{0x052F2593E8A339BALL,18446744073709551615UL,0UL,18446744073709551607UL,0xAA28D7F8C02F5C1ELL,0xE57CEDAFA9926A0ALL,0xCF726698EB2AF3A1LL,1UL},{0x7B8FDB146E2101DCLL,18446744073709551607UL,18446744073709551615UL,18446744073709551612UL,0xAFBEA2D04D0B8DA7LL,0x38AA7DBA10B856BFLL,0x38AA7DBA10B856BFLL,0xAFBEA2D04D0B8DA7LL}},{{0xAFBEA2D04D0B8DA7LL,0x38AA7DBA10B856BFLL,0x38AA7DBA10B856BFLL,0xAFBEA2D04D0B8DA7LL,18446744073709551612UL,18446744073709551615UL,18446744073709551607UL,0x7B8FDB146E2101DCLL},{1UL,0xCF726698EB2AF3A1LL,0xE57CEDAFA9926A0ALL,0xAA28D7F8C02F5C1ELL,18446744073709551607UL,0UL,18446744073709551615UL,0x052F2593E8A339BALL},{0x7B8FDB146E2101DCLL,0xCF726698EB2AF3A1LL,18446744073709551612UL,6UL,0xCF726698EB2AF3A1LL,18446744073709551615UL,7UL,0xAA28D7F8C02F5C1ELL},{8UL,0x38AA7DBA10B856BFLL,6UL,18446744073709551615UL,6UL,0x38AA7DBA10B856BFLL,8UL,18446744073709551615UL}},{{0xCF726698EB2AF3A1LL,18446744073709551607UL,0xE57CEDAFA9926A0ALL,8UL,0x052F2593E8A339BALL,0xE57CEDAFA9926A0ALL,1UL,18446744073709551607UL},{18446744073709551615UL,18446744073709551615UL,7UL,6UL,0x052F2593E8A339BALL,18446744073709551612UL,0x38AA7DBA10B856BFLL,18446744073709551615UL},{0xCF726698EB2AF3A1LL,7UL,0x7B8FDB146E2101DCLL,18446744073709551607UL,6UL,6UL,18446744073709551607UL,0x7B8FDB146E2101DCLL},{8UL,8UL,0UL,1UL,0xCF726698EB2AF3A1LL,0xE57CEDAFA9926A0ALL,0xAA28D7F8C02F5C1ELL,18446744073709551607UL}},{{0x7B8FDB146E2101DCLL,1UL,0xBB62DD90E1CA6B99LL,18446744073709551612UL,18446744073709551607UL,7UL,0x38AA7DBA10B856BFLL,18446744073709551607UL},{1UL,0x38AA7DBA10B856BFLL,2UL,1UL,18446744073709551612UL,0x7B8FDB146E2101DCLL,0xAFBEA2D04D0B8DA7LL,0x7B8FDB146E2101DCLL},{0xAFBEA2D04D0B8DA7LL,18446744073709551607UL,0xE57CEDAFA9926A0ALL,0x6118430E8CCE150ELL,2UL,18446744073709551615UL,0x7B8FDB146E2101DCLL,18446744073709551615UL},{0x407AA3E77EADD43FLL,6UL,0x504124FB894513EALL,18446744073709551615UL,6UL,0xBC4C52AB02E75757LL,0xE57CEDAFA9926A0ALL,0x6118430E8CCE150ELL}},{{0x7B8FDB146E2101DCLL,18446744073709551608UL,0x504124FB894513EALL,0xBB62DD90E1CA6B99LL,18446744073709551615UL,0UL,0x7B8FDB146E2101DCLL,0xFB48C5FC14D18AB1LL},{6UL,2UL,0x052F2593E8A339BALL,18446744073709551615UL,18446744073709551615UL,0x052F2593E8A339BALL,2UL,6UL},{0xFB48C5FC14D18AB1LL,0x7B8FDB146E2101DCLL,0UL,18446744073709551615UL,0xBB62DD90E1CA6B99LL,0x504124FB894513EALL,18446744073709551608UL,0x7B8FDB146E2101DCLL},{0x6118430E8CCE150ELL,0xE57CEDAFA9926A0ALL,0xBC4C52AB02E75757LL,6UL,18446744073709551615UL,0x504124FB894513EALL,6UL,0x407AA3E77EADD43FLL}},{{18446744073709551615UL,0x7B8FDB146E2101DCLL,18446744073709551615UL,2UL,0x6118430E8CCE150ELL,0x052F2593E8A339BALL,0x6118430E8CCE150ELL,2UL},{0x407AA3E77EADD43FLL,2UL,0x407AA3E77EADD43FLL,0xC7A630B6AAB4845DLL,0x38AA7DBA10B856BFLL,0UL,18446744073709551608UL,0x38AA7DBA10B856BFLL},{7UL,18446744073709551608UL,0xE57CEDAFA9926A0ALL,7UL,0xC7A630B6AAB4845DLL,0xBC4C52AB02E75757LL,0x38AA7DBA10B856BFLL,0x407AA3E77EADD43FLL},{7UL,6UL,0x052F2593E8A339BALL,18446744073709551612UL,0x38AA7DBA10B856BFLL,18446744073709551615UL,0xBB62DD90E1CA6B99LL,0xBB62DD90E1CA6B99LL}},{{0x407AA3E77EADD43FLL,0x6118430E8CCE150ELL,18446744073709551615UL,18446744073709551615UL,0x6118430E8CCE150ELL,0x407AA3E77EADD43FLL,0xE57CEDAFA9926A0ALL,18446744073709551612UL},{18446744073709551615UL,18446744073709551608UL,0xC7A630B6AAB4845DLL,0x7B8FDB146E2101DCLL,18446744073709551615UL,0xE57CEDAFA9926A0ALL,18446744073709551615UL,0xFB48C5FC14D18AB1LL},{0x6118430E8CCE150ELL,0x38AA7DBA10B856BFLL,0x052F2593E8A339BALL,0x7B8FDB146E2101DCLL,0xBB62DD90E1CA6B99LL,0x052F2593E8A339BALL,7UL,18446744073709551612UL},{0xFB48C5FC14D18AB1LL,0xBB62DD90E1CA6B99LL,18446744073709551608UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551608UL,0xBB62DD90E1CA6B99LL}}};
            int32_t l_2393 = 0x862AB6F6L;
            uint8_t **l_2509 = &g_282;
            uint8_t ***l_2508 = &l_2509;
            uint8_t ****l_2507 = &l_2508;
            int64_t **l_2527 = (void*)0;
            int16_t l_2537 = 0xD620L;
            int i, j, k;
            if ((safe_sub_func_uint64_t_u_u((safe_mod_func_int64_t_s_s(0x6D37E95C8E435D7CLL, p_96)), ((!(safe_mod_func_uint16_t_u_u((***g_2240), 0x8AE0L))) , (safe_sub_func_uint16_t_u_u((((((*l_2347) = &g_471[2][3][6]) != l_2348[3]) >= p_95) && (safe_mod_func_int32_t_s_s(((safe_div_func_int64_t_s_s((safe_mul_func_int16_t_s_s((1UL > l_2356), p_95)), (***g_704))) , l_2357[3]), l_2356))), l_2356))))))
            { /* block id: 926 */
                uint32_t l_2370 = 0x8E196A49L;
                uint32_t * const *l_2371 = (void*)0;
                int32_t l_2374[9][9][2] = {{{0L,0x07395427L},{1L,(-8L)},{0L,8L},{4L,0L},{6L,6L},{0x93E6AD7CL,1L},{(-1L),(-1L)},{(-1L),0L},{(-1L),0L}},{{(-1L),0xE74D01EFL},{0L,0L},{0x0BBE9119L,0L},{0L,0xE74D01EFL},{(-1L),0L},{(-1L),0L},{(-1L),(-1L)},{(-1L),1L},{0x93E6AD7CL,6L}},{{6L,0L},{4L,8L},{0L,(-8L)},{1L,0x07395427L},{0L,(-2L)},{0x7A439626L,0x70E863B5L},{0L,1L},{0xFDCBF5BAL,0x83FCF363L},{0L,(-1L)}},{{0x5A1FB4F7L,0x5A1FB4F7L},{(-8L),0xB83AE85CL},{0L,(-1L)},{0L,0x77996893L},{8L,0L},{0x70E863B5L,(-1L)},{0x70E863B5L,0L},{8L,0x77996893L},{0L,(-1L)}},{{0L,0xB83AE85CL},{(-8L),0x5A1FB4F7L},{0x5A1FB4F7L,(-1L)},{0L,0x83FCF363L},{0xFDCBF5BAL,1L},{0x93E6AD7CL,0xBFE024C0L},{0x70E863B5L,6L},{(-8L),(-1L)},{0L,0L}},{{(-1L),(-1L)},{0L,0x93E6AD7CL},{0L,0x83FCF363L},{0xB83AE85CL,0L},{4L,0x0BBE9119L},{0xE85A3F02L,0L},{0x9306392AL,0xE74D01EFL},{0x0BBE9119L,(-1L)},{0L,0L}},{{0L,0L},{0L,(-1L)},{0x0BBE9119L,0xE74D01EFL},{0x9306392AL,0L},{0xE85A3F02L,0x0BBE9119L},{4L,0L},{0xB83AE85CL,0x83FCF363L},{0L,0x93E6AD7CL},{0L,(-1L)}},{{(-1L),0L},{0L,(-1L)},{(-8L),6L},{0x70E863B5L,0xBFE024C0L},{0x93E6AD7CL,0L},{0x77996893L,0x68E44B7FL},{6L,0x9306392AL},{1L,1L},{0L,0x1AC59717L}},{{0x58632052L,4L},{8L,(-1L)},{(-1L),8L},{0xBFE024C0L,0xE85A3F02L},{0xBFE024C0L,8L},{(-1L),(-1L)},{8L,4L},{0x58632052L,0x1AC59717L},{0L,1L}}};
                int32_t l_2388 = (-1L);
                int32_t l_2395 = (-1L);
                int16_t ***l_2405 = (void*)0;
                int64_t l_2429 = 0xBB3A24062B610DE1LL;
                uint32_t * const *l_2466 = &l_1516;
                uint16_t *l_2522 = &g_272;
                int i, j, k;
                l_1622[0] |= p_95;
                if ((l_2358 == ((safe_mul_func_uint8_t_u_u((~(safe_rshift_func_int16_t_s_s(((safe_mul_func_int8_t_s_s((l_2356 | (((((*l_2238) = (l_2366 = ((**g_2240) = (*g_2241)))) != l_2367) && ((safe_mod_func_uint16_t_u_u((((**g_705) = (l_2370 ^ 0xDBL)) && ((**g_705) = ((void*)0 == l_2371))), ((((*l_1515) = (safe_add_func_uint64_t_u_u((((p_94 = &p_97) != (void*)0) | p_96), 1UL))) || l_2356) & p_96))) || 65532UL)) , p_95)), (*g_282))) <= p_95), p_96))), l_2356)) , (void*)0)))
                { /* block id: 935 */
                    int64_t l_2376 = (-1L);
                    int32_t l_2377 = 1L;
                    int32_t l_2378 = 1L;
                    int32_t l_2379 = 0xEC38940AL;
                    int32_t l_2380[8] = {0xA48D64B5L,0xA48D64B5L,0xA48D64B5L,0xA48D64B5L,0xA48D64B5L,0xA48D64B5L,0xA48D64B5L,0xA48D64B5L};
                    int16_t *l_2427 = (void*)0;
                    int16_t **l_2428 = &l_1874;
                    int i;
                    --l_2382[0][2][4];
                    for (l_2229 = 0; (l_2229 > (-13)); l_2229--)
                    { /* block id: 939 */
                        uint16_t ****l_2387 = &g_2240;
                        int32_t l_2389 = (-1L);
                        int32_t l_2390 = 0x7AA22D6CL;
                        int32_t l_2392 = (-3L);
                        int32_t l_2394[4] = {0x6967C15FL,0x6967C15FL,0x6967C15FL,0x6967C15FL};
                        uint8_t l_2396 = 9UL;
                        int64_t l_2410[4];
                        int i;
                        for (i = 0; i < 4; i++)
                            l_2410[i] = 0L;
                        l_2390 |= ((((p_95 , ((((p_97 & (((*l_1989) = 0xEB51L) || ((**g_709) || (((0x582EL && (l_2387 == ((&p_97 == &p_97) , l_2387))) < l_2388) || p_95)))) , p_95) ^ p_95) | p_95)) && l_2389) , (*g_1744)) > (**g_2241));
                        l_2378 &= p_95;
                        l_2396++;
                        l_2410[1] &= (l_2409 ^= (safe_mul_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u(((g_2403 != l_2405) ^ (((****l_1784) ^= (l_1523 != ((!l_2393) , &g_707))) , (safe_mod_func_int8_t_s_s(l_2394[1], (**g_540))))), ((**g_1866) ^= ((1L <= 5UL) || 0xD9CB1DABL)))) == l_2388), p_95)));
                    }
                    l_2377 = (safe_sub_func_uint32_t_u_u((((l_2375[5] < (((****g_707) = (safe_sub_func_int16_t_s_s((~(safe_sub_func_uint64_t_u_u(0xF155D4CCAA192B66LL, (p_97 = (safe_add_func_int16_t_s_s(((*l_1989) ^= (*g_1744)), (((safe_lshift_func_uint8_t_u_u(((*g_282) = ((p_97 | (***g_704)) <= l_2388)), ((((safe_unary_minus_func_int8_t_s(((*g_541) & (safe_add_func_int16_t_s_s((((((l_2356 = ((((*l_2428) = l_2427) != (void*)0) & p_97)) , l_2374[2][8][0]) < l_2393) , 0xEE2AL) , p_97), (*l_1749)))))) > p_96) | l_2374[3][3][1]) && 0UL))) == p_97) >= 0xD56F6D0BCD7F1C1FLL))))))), p_96))) <= l_2381)) < l_2429) == 18446744073709551615UL), p_96));
                }
                else
                { /* block id: 956 */
                    const int32_t **l_2430 = &g_812[0][1][3];
                    const int32_t *l_2432 = &l_1622[1];
                    const int32_t **l_2431 = &l_2432;
                    (*l_2431) = ((*l_2430) = (void*)0);
                }
                for (g_272 = 15; (g_272 != 36); g_272 = safe_add_func_int64_t_s_s(g_272, 7))
                { /* block id: 962 */
                    uint64_t l_2467 = 1UL;
                    int32_t l_2490[1];
                    uint8_t *l_2492 = &g_310.f4;
                    int64_t l_2493 = 0x3452D26409F8CBE5LL;
                    const int32_t ** const l_2499 = &g_812[0][1][6];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_2490[i] = 0L;
                    if ((p_95 = ((((*g_710) = (safe_lshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((((safe_mul_func_int8_t_s_s((0x43A7L & (--(*l_2366))), 0x7DL)) & ((*l_1989) ^= ((safe_mul_func_int8_t_s_s(p_95, (safe_lshift_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_s((safe_add_func_uint16_t_u_u(0x4DD2L, (*g_1744))), (safe_lshift_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(((+((safe_add_func_int32_t_s_s((safe_div_func_uint64_t_u_u((l_2395 = (l_2374[8][0][1] = (((((((*l_1704) != (void*)0) | ((l_2466 != (void*)0) != 4294967287UL)) == l_2382[0][2][4]) <= 0x1CC02936L) | 7UL) || 0x43DC6B85L))), p_95)), 0x9D04DAB2L)) == p_97)) & p_97), l_2370)) | p_97), p_96)))), 4294967287UL)), p_97)) <= (-1L)), (*l_1749))))) && l_2467))) > p_96), l_2468)), l_2382[0][2][4]))) == 0x08L) == l_2467)))
                    { /* block id: 969 */
                        if (l_2382[7][0][6])
                            break;
                    }
                    else
                    { /* block id: 971 */
                        uint8_t **l_2489 = &g_282;
                        uint8_t ***l_2488 = &l_2489;
                        uint8_t **** const l_2487[8][6] = {{&l_2488,&l_2488,&l_2488,&l_2488,&l_2488,&l_2488},{&l_2488,&l_2488,(void*)0,&l_2488,&l_2488,&l_2488},{&l_2488,&l_2488,&l_2488,(void*)0,&l_2488,&l_2488},{(void*)0,&l_2488,&l_2488,&l_2488,&l_2488,&l_2488},{&l_2488,&l_2488,&l_2488,&l_2488,&l_2488,(void*)0},{(void*)0,&l_2488,&l_2488,(void*)0,&l_2488,&l_2488},{&l_2488,(void*)0,&l_2488,&l_2488,&l_2488,(void*)0},{&l_2488,&l_2488,&l_2488,&l_2488,&l_2488,&l_2488}};
                        int32_t l_2491 = 0x5B372ED1L;
                        int32_t **l_2500 = &l_1749;
                        int i, j;
                        l_2490[0] = ((safe_mod_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((p_97 ^ ((safe_add_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(((((safe_unary_minus_func_int32_t_s(((safe_rshift_func_uint8_t_u_s(((***l_2488) = (((((safe_rshift_func_int8_t_s_s((+((((safe_add_func_int32_t_s_s(l_2370, (&l_2239 == (void*)0))) <= ((void*)0 == &g_2318)) >= ((((void*)0 != l_2487[7][4]) ^ (**g_709)) < l_2370)) & l_2490[0])), p_96)) , p_97) & (**g_705)) & (*l_1749)) ^ 0x9FL)), l_2491)) , p_95))) == 0x6268097A9AF58B07LL) , l_2492) != (**g_1211)), 0)) == 0x54L), (*g_1744))) , 0xDABB3B7EL)), (****g_707))) , p_95), (*g_1744))) & l_2493);
                        p_95 |= (safe_sub_func_int8_t_s_s(((+(safe_mul_func_int8_t_s_s(l_2395, ((p_97 , l_2499) == l_2500)))) ^ ((func_115(p_97, (l_2356 |= ((l_2375[3] & (safe_mod_func_int8_t_s_s(0xFDL, ((*g_1744) || ((*g_1744) |= (4L || l_2374[2][3][0])))))) ^ p_97)), p_96) , 0xD34E91FE035CEB2DLL) , p_97)), l_2493));
                        l_2374[5][0][0] = p_96;
                    }
                    if ((*l_1749))
                        continue;
                }
                l_1622[2] = ((safe_div_func_int16_t_s_s((safe_div_func_uint16_t_u_u(((p_97 , l_2507) == (((((((*l_1749) >= ((*l_1989) = 1L)) > ((safe_rshift_func_uint16_t_u_s(((*l_2522) ^= ((**l_2238) = ((safe_mul_func_uint16_t_u_u((p_97 < (l_2395 , (!((--(**l_2466)) || (l_2429 < l_2375[3]))))), (safe_mul_func_int16_t_s_s((+p_95), p_95)))) , 0xB1C0L))), p_97)) ^ 1L)) < 0x81C3EEFF37A099B1LL) == p_95) , (-4L)) , (void*)0)), p_95)), (*l_1749))) >= 1L);
            }
            else
            { /* block id: 986 */
                uint32_t l_2531 = 0x42A84B2EL;
                int32_t * const l_2533[3] = {&l_1969,&l_1969,&l_1969};
                int i;
                l_2356 ^= (safe_rshift_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u(((g_2534 , 65530UL) && p_97), 8UL)) & p_96), 3));
            }
            l_2537 = (safe_lshift_func_int16_t_s_u(l_2375[5], p_95));
        }
        for (l_2468 = 0; (l_2468 > 30); l_2468++)
        { /* block id: 997 */
            return p_96;
        }
        if (g_1168.f5)
            goto lbl_2540;
    }
    return p_96;
}


/* ------------------------------------------ */
/* 
 * reads : g_310.f1 g_1168.f1 g_7 g_123 g_5 g_1168.f4 g_704 g_705 g_706 g_155 g_710 g_639.f5 g_707 g_708 g_709 g_595 g_310 g_998.f5 g_798 g_269 g_541 g_485.f5 g_1400 g_1406 g_530 g_488 g_282 g_283 g_352 g_57 g_485.f4 g_998.f0 g_30 g_594 g_1333 g_1334 g_540 g_360.f2 g_1228
 * writes: g_310.f1 g_1168.f1 g_283 g_123 g_1168.f4 g_269 g_639.f5 g_489 g_1417 g_530 g_798 g_155 g_485.f5 g_590 g_162 g_40
 */
static int16_t  func_98(int64_t  p_99, int32_t * p_100, uint32_t  p_101)
{ /* block id: 494 */
    uint64_t **l_1353 = &g_472;
    int32_t l_1354 = 0L;
    int32_t l_1355 = 0x612EBA08L;
    uint8_t l_1356 = 0xC2L;
    uint8_t * const *l_1386 = &g_282;
    uint8_t * const **l_1385 = &l_1386;
    uint8_t * const ***l_1384 = &l_1385;
    int16_t l_1389 = 2L;
    struct S0 **l_1452 = &g_595;
    struct S0 ***l_1451 = &l_1452;
    if ((((safe_add_func_uint8_t_u_u((safe_add_func_int64_t_s_s(p_101, p_99)), 6L)) ^ (safe_lshift_func_uint8_t_u_u((((safe_add_func_int32_t_s_s(0x28B2E9F6L, ((p_99 || ((safe_rshift_func_int16_t_s_u((safe_add_func_uint32_t_u_u((safe_lshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_u(0L, 2)), 1)), (p_99 >= ((0x42527124AFDD9806LL < (((safe_mod_func_uint64_t_u_u(((void*)0 != l_1353), l_1354)) , p_101) , p_101)) ^ l_1355)))), l_1355)) || l_1354)) <= 0xC161L))) && 0x73AC414AL) <= 0x9308L), l_1355))) ^ l_1356))
    { /* block id: 495 */
        int32_t *l_1360 = &g_5[2][0][3];
        const uint16_t **l_1383 = (void*)0;
        int32_t l_1402 = 0x1116ED00L;
        int32_t l_1431 = (-9L);
        struct S0 ***l_1457 = &l_1452;
        uint64_t ***l_1479 = (void*)0;
        int32_t l_1484 = 1L;
        for (g_310.f1 = 0; (g_310.f1 < 1); g_310.f1 = safe_add_func_int8_t_s_s(g_310.f1, 2))
        { /* block id: 498 */
            uint32_t l_1388[10] = {18446744073709551614UL,1UL,1UL,18446744073709551614UL,1UL,1UL,18446744073709551614UL,1UL,1UL,18446744073709551614UL};
            int32_t l_1422 = (-1L);
            int32_t l_1427 = 0x3B4B121EL;
            int32_t l_1428 = 1L;
            int32_t l_1432[7] = {0x88FCE9C4L,0x9D605161L,0x88FCE9C4L,0x88FCE9C4L,0x9D605161L,0x88FCE9C4L,0x88FCE9C4L};
            struct S0 **l_1450 = &g_595;
            struct S0 ***l_1449[3][2][8] = {{{&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450},{(void*)0,&l_1450,&l_1450,&l_1450,(void*)0,(void*)0,&l_1450,&l_1450}},{{(void*)0,(void*)0,&l_1450,&l_1450,&l_1450,(void*)0,(void*)0,&l_1450},{&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450,&l_1450}},{{&l_1450,(void*)0,&l_1450,&l_1450,(void*)0,&l_1450,(void*)0,&l_1450},{&l_1450,(void*)0,&l_1450,&l_1450,&l_1450,&l_1450,(void*)0,&l_1450}}};
            uint16_t l_1468 = 65528UL;
            int i, j, k;
            for (g_1168.f1 = 0; (g_1168.f1 <= 3); g_1168.f1 += 1)
            { /* block id: 501 */
                int64_t l_1359 = 1L;
                int32_t *l_1361 = &g_798;
                int16_t *l_1392 = (void*)0;
                int16_t *l_1393 = &g_269[0][0][3];
                int16_t *l_1401 = (void*)0;
                int16_t l_1403[5][2] = {{0L,0L},{0x372AL,0L},{0L,0x372AL},{0L,0L},{0x372AL,0L}};
                uint32_t l_1408 = 4294967295UL;
                struct S0 **l_1418 = &g_595;
                int32_t l_1420[3][2] = {{1L,0x92A9490FL},{1L,1L},{0x92A9490FL,1L}};
                int32_t *l_1423 = &g_162;
                int32_t *l_1424 = &l_1422;
                int32_t *l_1425 = &g_798;
                int32_t *l_1426[3];
                int32_t l_1429 = (-5L);
                uint8_t l_1433 = 0x1CL;
                uint32_t *l_1442 = &l_1388[5];
                struct S0 ***l_1456[10][1] = {{&l_1418},{&l_1450},{&l_1418},{&l_1450},{&l_1418},{&l_1450},{&l_1418},{&l_1450},{&l_1418},{&l_1450}};
                struct S0 ****l_1455[5] = {&l_1456[5][0],&l_1456[5][0],&l_1456[5][0],&l_1456[5][0],&l_1456[5][0]};
                uint8_t ****l_1493 = (void*)0;
                int i, j;
                for (i = 0; i < 3; i++)
                    l_1426[i] = &l_1420[0][0];
                for (g_283 = 1; (g_283 <= 4); g_283 += 1)
                { /* block id: 504 */
                    uint32_t *l_1366 = &g_1168.f1;
                    uint16_t *l_1367 = &g_123;
                    uint8_t *l_1380 = &g_1168.f4;
                    int32_t l_1387 = 0L;
                    int i, j, k;
                    l_1359 = (*p_100);
                    l_1361 = l_1360;
                    l_1387 ^= (((((safe_mul_func_int8_t_s_s(((l_1356 | ((safe_sub_func_uint8_t_u_u((((void*)0 != l_1366) < ((*l_1367)--)), (*l_1361))) || (safe_mul_func_uint8_t_u_u((*l_1360), ((((((safe_mul_func_uint16_t_u_u(0UL, p_101)) > (func_115((safe_lshift_func_int8_t_s_s(((l_1354 = (safe_lshift_func_uint8_t_u_s(0UL, (safe_mul_func_uint8_t_u_u((((++(*l_1380)) , l_1383) == (void*)0), (-1L)))))) != (***g_704)), (*g_710))), p_99, (****g_707)) , p_99)) , l_1384) != (void*)0) == p_99) || 0xC1L))))) & p_99), l_1356)) , l_1355) | g_998[1].f5) & g_155[0]) || (*p_100));
                    return l_1388[9];
                }
                if (((*l_1361) , ((l_1389 < (safe_mul_func_int16_t_s_s(l_1354, l_1356))) ^ ((((((*l_1393) ^= g_1168.f1) != ((*g_541) && (safe_mul_func_int16_t_s_s((l_1402 = ((-6L) && (safe_lshift_func_int16_t_s_u(((((safe_lshift_func_uint16_t_u_u((*l_1361), 5)) && ((g_1400 , p_99) || 0x68DCL)) , (void*)0) == (void*)0), (*l_1360))))), l_1355)))) & l_1403[2][1]) != 18446744073709551611UL) < (*l_1360)))))
                { /* block id: 515 */
                    int32_t ***l_1413 = (void*)0;
                    int32_t ***l_1414 = (void*)0;
                    int32_t **l_1416 = &g_40[5][1][1];
                    int32_t ***l_1415[7] = {&l_1416,&l_1416,&l_1416,&l_1416,&l_1416,&l_1416,&l_1416};
                    uint32_t *l_1419 = &g_530;
                    int i;
                    l_1420[0][0] |= (safe_rshift_func_int8_t_s_s((l_1408 = ((****g_707) = (g_1406 , (!0L)))), ((l_1354 = (0x74C8FD92L > (((*l_1361) = (((*l_1419) = (((g_530 <= 65526UL) == (safe_lshift_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(0x846CL, (((*g_488) = &p_100) == (g_1417 = &p_100)))), 5))) > ((void*)0 != l_1418))) | (*p_100))) & l_1356))) > p_99)));
                }
                else
                { /* block id: 524 */
                    if (l_1388[3])
                        break;
                    for (g_798 = 3; (g_798 >= 0); g_798 -= 1)
                    { /* block id: 528 */
                        uint32_t l_1421 = 0UL;
                        l_1354 = l_1421;
                    }
                }
                --l_1433;
                (*l_1425) = (safe_div_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_u(0x16L, (((safe_mod_func_uint32_t_u_u(((*g_282) | p_101), 0xDEDFBCE4L)) , ((*l_1442)++)) , (((safe_div_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((0x45FBA269L == l_1355), (((*g_706) = ((((l_1451 = l_1449[1][1][5]) == (l_1457 = ((safe_div_func_int16_t_s_s(l_1355, (g_352 , 0xCE81L))) , (void*)0))) <= 7L) & (*l_1360))) , (*g_710)))), g_57)) >= l_1422) <= 250UL)))) ^ 0xD331L), l_1354));
                for (g_485.f5 = 0; (g_485.f5 <= 9); g_485.f5 += 1)
                { /* block id: 540 */
                    int32_t l_1469 = 0xD285406CL;
                    int64_t **l_1490 = &g_706;
                    for (l_1389 = 0; (l_1389 <= 9); l_1389 += 1)
                    { /* block id: 543 */
                        uint32_t *l_1460 = &g_530;
                        uint16_t *l_1465 = (void*)0;
                        uint16_t *l_1466 = &g_590;
                        int32_t l_1467 = (-1L);
                        (*l_1361) = (((((*l_1460) ^= (safe_add_func_int16_t_s_s((*l_1361), l_1432[0]))) || ((*l_1460) = ((((p_101 | (*p_100)) && ((safe_sub_func_uint64_t_u_u(p_101, l_1355)) & (((safe_mul_func_int16_t_s_s((((*l_1466) = 1UL) , p_101), ((p_99 >= 18446744073709551615UL) , g_485.f4))) ^ l_1467) ^ g_998[1].f0))) && l_1468) != 0xCDE0CB516B1D5973LL))) | p_101) , (*p_100));
                    }
                    if (((l_1469 = l_1428) || p_101))
                    { /* block id: 550 */
                        uint64_t l_1470 = 9UL;
                        uint32_t l_1485[4] = {4294967288UL,4294967288UL,4294967288UL,4294967288UL};
                        int i;
                        l_1470--;
                        (*l_1424) = ((safe_mul_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((((*l_1393) = g_30) , 0x79C2420E5522FA84LL), (l_1356 >= (safe_mul_func_int16_t_s_s((((l_1422 >= ((void*)0 != l_1479)) | (safe_div_func_uint32_t_u_u(0x85000542L, p_99))) < ((**g_705) = (safe_lshift_func_int16_t_s_u(p_101, l_1389)))), p_99))))), l_1356)) & p_101);
                        p_100 = p_100;
                        l_1485[3]--;
                    }
                    else
                    { /* block id: 557 */
                        (*l_1423) = ((*l_1424) = ((l_1427 = (safe_add_func_int8_t_s_s(0xF8L, ((void*)0 == l_1490)))) && ((l_1493 == (void*)0) < ((*l_1424) <= (safe_add_func_int16_t_s_s(((**g_594) , (((safe_sub_func_int8_t_s_s((safe_mul_func_int16_t_s_s((~(!(safe_rshift_func_uint16_t_u_u((*g_1333), g_310.f5)))), p_101)), (**g_540))) || 0x1AC010220943711BLL) && 2L)), 65533UL))))));
                    }
                    return g_360.f2;
                }
            }
            return p_101;
        }
        return l_1356;
    }
    else
    { /* block id: 568 */
        int32_t *l_1504[9][5][3] = {{{(void*)0,&g_5[1][3][2],&g_798},{&g_162,&g_162,&g_5[1][3][2]},{(void*)0,&g_3,&l_1354},{(void*)0,&g_5[2][2][1],(void*)0},{&g_162,&g_5[2][0][3],&g_3}},{{(void*)0,(void*)0,(void*)0},{&l_1354,&g_3,&l_1354},{&g_7,&g_3,&g_5[1][3][2]},{&g_5[2][0][3],(void*)0,&g_798},{&g_5[1][3][0],&g_5[2][0][3],&g_5[2][0][3]}},{{&g_5[2][0][3],&g_5[2][2][1],&g_162},{&g_7,&g_3,&g_162},{&l_1354,&g_162,&g_5[2][0][3]},{(void*)0,&g_5[1][3][2],&g_798},{&g_162,&g_162,&g_5[1][3][2]}},{{(void*)0,&g_3,&l_1354},{(void*)0,&g_5[2][2][1],(void*)0},{&g_162,&g_5[2][0][3],&g_3},{(void*)0,(void*)0,(void*)0},{&l_1354,&g_3,&l_1354}},{{&g_7,&g_3,&g_5[1][3][2]},{&g_5[2][0][3],(void*)0,&g_798},{&g_5[1][3][0],&g_5[2][0][3],&g_5[2][0][3]},{&g_5[2][0][3],&g_5[2][2][1],&g_162},{&g_7,&g_3,&g_162}},{{&l_1354,&g_162,&g_5[2][0][3]},{(void*)0,&g_5[1][3][2],&g_798},{&g_162,&g_162,&g_5[1][3][2]},{(void*)0,&g_3,&l_1354},{(void*)0,&g_5[2][2][1],(void*)0}},{{&g_162,&g_5[2][0][3],&g_3},{(void*)0,(void*)0,(void*)0},{&l_1354,&g_3,&l_1354},{&g_7,&g_3,&g_5[1][3][2]},{&g_5[2][0][3],(void*)0,&g_798}},{{&g_5[1][3][0],&g_5[2][0][3],&g_5[2][0][3]},{&g_5[2][0][3],&g_5[2][2][1],&g_162},{&g_7,&g_3,&g_162},{&l_1354,&g_162,&g_5[2][0][3]},{(void*)0,&g_5[1][3][2],&g_798}},{{&g_162,&g_162,&g_5[1][3][2]},{(void*)0,&g_3,&l_1354},{(void*)0,&g_5[2][2][1],(void*)0},{&g_162,&g_5[2][0][3],&g_5[2][0][3]},{&g_3,&l_1354,&g_3}}};
        int i, j, k;
        (*g_1228) = l_1504[2][1][2];
        return g_7;
    }
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_798 g_155 g_282 g_283 g_704 g_705 g_706 g_303 g_5 g_352 g_998 g_639.f5 g_162 g_541 g_485.f5 g_1137.f5 g_488 g_489 g_540 g_123 g_595 g_310 g_709 g_710 g_707 g_708 g_1168 g_594 g_58 g_470 g_639.f4 g_83 g_530 g_7 g_6 g_39 g_1207 g_1228 g_1137.f4 g_751.f5 g_360.f4 g_1267 g_1137.f3 g_272
 * writes: g_310.f1 g_798 g_283 g_352 g_310.f4 g_998.f1 g_269 g_303 g_590 g_123 g_639.f5 g_709 g_471 g_530 g_40 g_1211 g_707 g_272 g_1332
 */
static int8_t  func_102(uint8_t  p_103, uint64_t  p_104, int32_t  p_105, int32_t * const  p_106, int64_t  p_107)
{ /* block id: 337 */
    int32_t *l_956[7] = {&g_5[2][0][3],&g_5[2][0][3],&g_798,&g_5[2][0][3],&g_5[2][0][3],&g_798,&g_5[2][0][3]};
    uint16_t l_957 = 65533UL;
    int64_t l_1029 = 0x6B8598BD80B7FB54LL;
    int64_t **l_1060 = (void*)0;
    uint8_t l_1075[5] = {0x3BL,0x3BL,0x3BL,0x3BL,0x3BL};
    int16_t l_1152 = (-5L);
    struct S0 **l_1159 = &g_595;
    uint16_t l_1216 = 65532UL;
    uint8_t l_1233[2];
    int8_t *****l_1248[8][8] = {{&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707},{(void*)0,&g_707,(void*)0,&g_707,&g_707,(void*)0,&g_707,(void*)0},{&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707},{&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707},{(void*)0,&g_707,&g_707,(void*)0,&g_707,(void*)0,&g_707,&g_707},{&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707},{(void*)0,&g_707,(void*)0,&g_707,&g_707,(void*)0,&g_707,(void*)0},{&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707,&g_707}};
    int i, j;
    for (i = 0; i < 2; i++)
        l_1233[i] = 0x39L;
lbl_1224:
    l_957++;
lbl_1272:
    for (g_310.f1 = 0; (g_310.f1 <= 57); g_310.f1 = safe_add_func_int32_t_s_s(g_310.f1, 4))
    { /* block id: 341 */
        int8_t l_977[1][7] = {{0x9FL,0x9FL,0x9FL,0x9FL,0x9FL,0x9FL,0x9FL}};
        int32_t l_1018[2];
        uint32_t l_1025 = 0UL;
        int64_t **l_1061 = &g_706;
        int16_t l_1062 = 0x83B2L;
        int8_t l_1067 = 0L;
        int32_t l_1095 = (-1L);
        int8_t **l_1153 = &g_710;
        uint64_t **l_1177[2];
        uint32_t l_1221 = 0xEE8059E7L;
        int i, j;
        for (i = 0; i < 2; i++)
            l_1018[i] = (-9L);
        for (i = 0; i < 2; i++)
            l_1177[i] = (void*)0;
        if ((g_30 || p_103))
        { /* block id: 342 */
            uint16_t l_964 = 0xFB2BL;
            int16_t *l_982 = &g_269[0][0][2];
            int16_t **l_981 = &l_982;
            int16_t ***l_980 = &l_981;
            int32_t l_1021 = 0x7E8647ACL;
            int32_t l_1023 = 0L;
            uint8_t l_1032 = 0x29L;
            int8_t l_1069 = (-7L);
            const int8_t **l_1118 = (void*)0;
            uint64_t l_1132[4] = {0xA6A5E75A0A89B3BBLL,0xA6A5E75A0A89B3BBLL,0xA6A5E75A0A89B3BBLL,0xA6A5E75A0A89B3BBLL};
            int i;
            for (g_798 = 0; (g_798 <= 7); g_798 += 1)
            { /* block id: 345 */
                int32_t l_985 = 0xBE04EBB8L;
                int32_t l_1024 = 0L;
                int32_t l_1028 = 0x3C8D96A9L;
                int32_t l_1030 = 3L;
                int32_t l_1031 = 0xC484C806L;
                const int8_t *l_1058 = &g_998[1].f5;
                int16_t **l_1064 = (void*)0;
                int32_t l_1068 = 0x23095E4FL;
                int32_t l_1070 = (-1L);
                int32_t l_1073 = (-2L);
                int32_t l_1074[7] = {6L,6L,0xA9235E71L,6L,6L,0xA9235E71L,6L};
                int8_t *****l_1119 = &g_707;
                int i;
                if (g_155[g_798])
                    break;
                if (g_155[g_798])
                { /* block id: 347 */
                    int64_t *l_978 = &g_352;
                    uint16_t l_979 = 0UL;
                    const int16_t **l_984[10];
                    const int16_t ***l_983 = &l_984[8];
                    int i;
                    for (i = 0; i < 10; i++)
                        l_984[i] = (void*)0;
                    l_985 = ((((safe_lshift_func_uint16_t_u_s(l_964, 2)) >= (safe_div_func_uint8_t_u_u(((*g_282)++), 1L))) && (safe_mul_func_int16_t_s_s((safe_div_func_int64_t_s_s(((***g_704) == ((0L > ((((safe_div_func_int64_t_s_s(((*l_978) |= (l_964 != (((((safe_sub_func_int16_t_s_s(g_303, ((p_104 = ((p_104 < g_5[2][3][3]) != p_107)) , p_107))) , (**g_705)) <= g_155[g_798]) < l_977[0][2]) != p_103))), l_979)) , l_980) != l_983) == l_977[0][4])) | 0xAA14651FL)), 1L)), p_107))) , 0xB16A07F3L);
                }
                else
                { /* block id: 352 */
                    int32_t l_1016 = 0x51D6C23DL;
                    int32_t l_1019 = 0L;
                    int32_t l_1020 = 0x92EE307AL;
                    int32_t l_1022[4][4][6] = {{{0x6F5FE2B0L,0L,0L,0x6F5FE2B0L,(-1L),1L},{0x6F5FE2B0L,(-1L),1L,1L,0L,1L},{0x0C39E11CL,0xA8F525CDL,0L,1L,0L,0xA8F525CDL},{1L,(-1L),0x79C04CF8L,1L,(-1L),0L}},{{0x0C39E11CL,0L,0x79C04CF8L,1L,0xA8F525CDL,0xA8F525CDL},{0x6F5FE2B0L,0L,0L,0x6F5FE2B0L,(-1L),1L},{0x6F5FE2B0L,(-1L),1L,1L,0L,1L},{0x0C39E11CL,0xA8F525CDL,0L,1L,0L,0xA8F525CDL}},{{1L,(-1L),0x79C04CF8L,1L,(-1L),0L},{0x0C39E11CL,0L,0x79C04CF8L,1L,0xA8F525CDL,0xA8F525CDL},{0x6F5FE2B0L,0L,0L,0x6F5FE2B0L,(-1L),1L},{0x6F5FE2B0L,(-1L),1L,1L,0L,1L}},{{0x0C39E11CL,0xA8F525CDL,0L,1L,0L,0xA8F525CDL},{1L,(-1L),0x79C04CF8L,1L,(-1L),0L},{0x0C39E11CL,0L,0x79C04CF8L,1L,0xA8F525CDL,0xA8F525CDL},{0x6F5FE2B0L,0L,0L,0x79C04CF8L,0xE7C732EBL,0x8607AE4DL}}};
                    int i, j, k;
                    for (g_310.f4 = 2; (g_310.f4 <= 6); g_310.f4 += 1)
                    { /* block id: 355 */
                        int64_t l_1013 = 0L;
                        uint32_t *l_1014 = &g_998[1].f1;
                        uint64_t *l_1015 = &g_303;
                        int64_t l_1017 = 0xBF71C2C5C964842CLL;
                        l_985 = (safe_add_func_int16_t_s_s((safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(((--(*g_282)) >= (safe_add_func_int8_t_s_s(((safe_rshift_func_uint8_t_u_u(p_105, 1)) | (g_998[1] , ((*p_106) | (((*l_1015) = (safe_mul_func_int16_t_s_s(((**l_981) = (((((*l_1014) |= (safe_add_func_int8_t_s_s((l_977[0][2] > (((safe_rshift_func_uint8_t_u_s(p_107, ((-1L) && (0L & ((safe_div_func_int16_t_s_s(((0xF23188F7L <= (safe_lshift_func_int16_t_s_u(((safe_mul_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((l_1013 && 0x0E22L), g_639[3].f5)), 2L)) , g_639[3].f5), 3))) <= g_998[1].f5), 0x219CL)) | (***g_704)))))) < (*p_106)) <= g_162)), 0xD0L))) , 0x5CL) || l_977[0][2]) ^ p_107)), g_162))) > l_1016)))), l_977[0][2]))), p_107)), 0L)), l_1017));
                        return l_1016;
                    }
                    ++l_1025;
                }
                l_1032++;
                for (g_590 = 0; (g_590 <= 6); g_590 += 1)
                { /* block id: 368 */
                    uint64_t *l_1049[8][3][4] = {{{(void*)0,&g_303,(void*)0,&g_303},{(void*)0,&g_303,(void*)0,&g_83},{&g_303,&g_303,&g_303,(void*)0}},{{&g_83,&g_83,&g_83,&g_83},{&g_83,&g_83,&g_303,(void*)0},{&g_303,&g_83,(void*)0,&g_303}},{{(void*)0,&g_303,(void*)0,&g_303},{(void*)0,&g_83,&g_303,(void*)0},{&g_303,&g_83,&g_83,&g_83}},{{&g_83,&g_83,&g_83,(void*)0},{&g_303,&g_303,&g_303,&g_83},{(void*)0,&g_303,(void*)0,&g_303}},{{(void*)0,&g_303,(void*)0,&g_83},{&g_303,&g_303,&g_303,(void*)0},{&g_83,&g_83,&g_83,&g_83}},{{&g_83,&g_83,&g_303,(void*)0},{&g_303,&g_83,(void*)0,&g_303},{(void*)0,&g_303,(void*)0,&g_303}},{{(void*)0,&g_83,&g_303,(void*)0},{&g_303,&g_83,&g_83,&g_83},{&g_83,&g_83,&g_83,(void*)0}},{{&g_303,&g_303,&g_303,&g_83},{(void*)0,&g_303,(void*)0,&g_303},{(void*)0,&g_303,(void*)0,&g_83}}};
                    uint16_t *l_1059 = &l_957;
                    int32_t l_1063 = (-6L);
                    int32_t **l_1120 = &g_40[7][0][2];
                    int64_t *l_1123 = &l_1029;
                    uint8_t *l_1131[8] = {&l_1075[1],&g_310.f4,&l_1075[1],&g_310.f4,&l_1075[1],&g_310.f4,&l_1075[1],&g_310.f4};
                    uint32_t *l_1140 = &g_530;
                    int i, j, k;
                }
            }
        }
        else
        { /* block id: 406 */
            int32_t l_1143 = 0xA744D414L;
            int32_t l_1151 = 0xE8776D32L;
            int32_t l_1154 = 0xAAD861A2L;
            int8_t ***l_1172 = &l_1153;
            int32_t l_1219 = 0x38BEE147L;
            int32_t l_1220 = 8L;
            if (((*g_541) >= ((*g_710) = ((((safe_mod_func_int16_t_s_s(((((l_1151 = (((g_1137[0][3][5].f5 , l_1143) == (safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((((safe_mul_func_uint8_t_u_u(1UL, l_1143)) == (+(func_115(p_105, (p_104 || (((&p_106 != (*g_488)) , (*g_282)) , l_1018[0])), (**g_540)) , p_104))) <= (*g_706)), 248UL)), l_1143))) , 0x017B3A2AL)) != l_1152) , 1L) > (*p_106)), 0x3ED9L)) || (*p_106)) ^ (**g_709)) || l_1018[1]))))
            { /* block id: 409 */
                uint64_t l_1155[7] = {0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL,0x0AFB7CC02695916CLL};
                int i;
                (**g_707) = l_1153;
                ++l_1155[5];
                if ((*p_106))
                    break;
            }
            else
            { /* block id: 413 */
                uint32_t l_1180[5][3][5] = {{{0UL,1UL,0x4AA9338BL,4294967286UL,0xE06C6B84L},{4294967286UL,0x4AA9338BL,1UL,0UL,1UL},{4294967295UL,4294967286UL,0UL,0xCF44996FL,0xCF44996FL}},{{1UL,0xE06C6B84L,1UL,0xCF44996FL,4294967291UL},{1UL,2UL,0x6FCAD5DCL,0UL,4294967295UL},{0xE06C6B84L,4294967291UL,0xBB0E5145L,4294967286UL,1UL}},{{4294967295UL,0x5DA6FB4CL,0x6FCAD5DCL,4294967295UL,1UL},{0UL,0UL,1UL,1UL,0UL},{1UL,0UL,0UL,1UL,0xF5233F52L}},{{0x4AA9338BL,0x5DA6FB4CL,1UL,0xE06C6B84L,0x9E0A85CBL},{0x6FCAD5DCL,4294967291UL,0x4AA9338BL,4294967295UL,0UL},{0x4AA9338BL,2UL,4294967286UL,0UL,0UL}},{{1UL,0xE06C6B84L,0xE06C6B84L,1UL,0UL},{0UL,4294967286UL,2UL,0x4AA9338BL,0UL},{4294967295UL,0x4AA9338BL,4294967291UL,0x6FCAD5DCL,0x9E0A85CBL}}};
                int32_t l_1217 = (-6L);
                int32_t l_1218 = (-1L);
                int i, j, k;
                for (l_1143 = 0; (l_1143 <= 4); l_1143 += 1)
                { /* block id: 416 */
                    uint16_t l_1171 = 0x615EL;
                    int32_t l_1176 = 0xF02FD4A0L;
                    int32_t l_1179 = 2L;
                    uint64_t * const *l_1204 = (void*)0;
                    uint64_t * const **l_1203 = &l_1204;
                    uint64_t * const ***l_1202 = &l_1203;
                    volatile uint8_t *** volatile *l_1210 = &g_1211;
                    int8_t *****l_1212 = &g_707;
                    for (l_1095 = 0; (l_1095 <= 3); l_1095 += 1)
                    { /* block id: 419 */
                        struct S0 **l_1158 = &g_595;
                        struct S0 ***l_1160 = (void*)0;
                        struct S0 ***l_1161 = &l_1159;
                        uint32_t *l_1164 = &l_1025;
                        int32_t l_1167 = 0xEFD63D44L;
                        int i, j;
                        l_1167 = ((l_1075[l_1143] >= (l_1158 != ((*l_1161) = l_1159))) <= (safe_div_func_int32_t_s_s((*p_106), (++(*l_1164)))));
                        (*g_470) = ((g_1168 , (((safe_div_func_uint64_t_u_u((((*l_1164) = (l_1171 = g_310.f1)) , ((void*)0 == l_1172)), ((9L & (l_1154 = ((safe_mod_func_int32_t_s_s((safe_unary_minus_func_int64_t_s((0x9BC3L ^ (((*l_1159) == (*g_594)) != (*g_282))))), (*p_106))) , l_1176))) || 0xF15491ABED2D50B9LL))) >= 0x898DL) , g_58)) , l_1177[1]);
                    }
                    if (l_1176)
                    { /* block id: 428 */
                        int32_t l_1178 = 0x9C5EA381L;
                        --l_1180[0][0][0];
                    }
                    else
                    { /* block id: 430 */
                        uint32_t *l_1191[9] = {&l_1025,(void*)0,&g_530,(void*)0,&g_530,&g_530,(void*)0,&g_530,&g_530};
                        uint64_t **l_1201 = (void*)0;
                        int32_t l_1205 = 0x484596A7L;
                        int32_t ****l_1206[5][4][8] = {{{(void*)0,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,(void*)0,(void*)0,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488}},{{&g_488,(void*)0,(void*)0,&g_488,(void*)0,&g_488,(void*)0,(void*)0},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,(void*)0,(void*)0,&g_488}},{{&g_488,(void*)0,(void*)0,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,(void*)0},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,(void*)0,&g_488,&g_488,&g_488}},{{&g_488,&g_488,&g_488,&g_488,(void*)0,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,(void*)0},{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488}},{{&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488,&g_488},{&g_488,&g_488,&g_488,&g_488,(void*)0,&g_488,&g_488,&g_488},{(void*)0,&g_488,(void*)0,&g_488,(void*)0,&g_488,(void*)0,&g_488},{(void*)0,&g_488,&g_488,&g_488,(void*)0,&g_488,&g_488,(void*)0}}};
                        int i, j, k;
                        l_1176 = (((p_103 <= (safe_lshift_func_int16_t_s_u(g_639[3].f4, 10))) >= ((((safe_rshift_func_uint8_t_u_u((*g_282), 2)) ^ g_83) , (safe_div_func_uint64_t_u_u(((func_115(((1L ^ ((l_1075[l_1143] |= (((safe_sub_func_uint32_t_u_u((--g_530), (-2L))) < ((0x91041A59L | (((!(safe_mod_func_uint16_t_u_u(((safe_add_func_uint32_t_u_u((safe_div_func_uint32_t_u_u(((((((((l_1201 == (void*)0) , p_103) | l_1143) <= 0L) , l_1179) < p_107) , (void*)0) != l_1202), p_104)), l_1205)) , g_7), p_105))) , l_1206[1][3][4]) != l_1206[1][3][4])) < 1UL)) , (*g_282))) , l_1180[3][0][0])) != p_104), (*g_282), p_103) , (*p_106)) && l_1018[0]), 0xE0B03AFC820CF8D5LL))) , (*g_6))) , l_1176);
                        (*g_39) = &l_1176;
                    }
                    (*l_1210) = g_1207;
                    (*l_1212) = (l_1171 , &g_708[7]);
                    for (g_310.f4 = 0; (g_310.f4 <= 0); g_310.f4 += 1)
                    { /* block id: 440 */
                        int16_t l_1215 = 0L;
                        l_1216 &= (safe_add_func_int8_t_s_s(p_105, l_1215));
                        if ((*p_106))
                            continue;
                    }
                }
                l_1221--;
                if (g_798)
                    goto lbl_1224;
            }
        }
    }
    for (g_798 = 0; (g_798 > (-14)); g_798 = safe_sub_func_int8_t_s_s(g_798, 1))
    { /* block id: 452 */
        int8_t l_1227 = 0xFCL;
        uint32_t *l_1234 = &g_530;
        int16_t *l_1243[6][6][5] = {{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_1152,&l_1152,&l_1152,&l_1152,&l_1152},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
        int32_t l_1244 = 0x7BE4E4A7L;
        int8_t ****l_1247 = &g_708[7];
        uint32_t l_1297 = 0xEE8D5EB6L;
        int32_t l_1298 = 1L;
        int32_t l_1299[9][10][2] = {{{(-1L),(-6L)},{0x3F2E541FL,0xC74F7712L},{0x20081A73L,0x3F2E541FL},{(-3L),0L},{(-3L),0x3F2E541FL},{0x20081A73L,0xC74F7712L},{0x3F2E541FL,(-6L)},{(-1L),1L},{0L,0L},{0L,(-1L)}},{{1L,(-4L)},{0x0E650DFFL,(-6L)},{0x0E6A2324L,(-1L)},{0x4979D445L,1L},{(-3L),0xD4EB467BL},{0xF72C98EBL,1L},{(-1L),0xC74F7712L},{(-6L),0x20081A73L},{0x7CDF5923L,(-1L)},{(-1L),0L}},{{0xF13977DCL,0xB8478A7DL},{0x518E5F60L,0L},{0xF78BB7CAL,0x20081A73L},{0xD4EB467BL,(-1L)},{0x0E650DFFL,1L},{1L,0x5D6EA753L},{7L,0L},{0xABDDA8B4L,0x518E5F60L},{0xD4EB467BL,(-1L)},{0x7CDF5923L,1L}},{{(-1L),0xB8478A7DL},{0L,0xB8478A7DL},{(-1L),1L},{0x7CDF5923L,(-1L)},{0xD4EB467BL,0x518E5F60L},{0xABDDA8B4L,0L},{7L,0x5D6EA753L},{1L,1L},{0x0E650DFFL,(-1L)},{0xD4EB467BL,0x20081A73L}},{{0xF78BB7CAL,0L},{0x518E5F60L,0xB8478A7DL},{0xF13977DCL,0L},{(-1L),(-1L)},{0x7CDF5923L,0x20081A73L},{(-6L),0L},{(-1L),0L},{1L,0xED83A977L},{1L,0xD4EB467BL},{0x0E650DFFL,0x518E5F60L}},{{(-6L),0x4979D445L},{0xF72C98EBL,0L},{(-1L),0L},{0xAB3104E5L,0xAB3104E5L},{(-1L),1L},{0xF78BB7CAL,0x4979D445L},{1L,0L},{0xABDDA8B4L,1L},{1L,1L},{1L,1L}},{{0xABDDA8B4L,0L},{1L,0x4979D445L},{0xF78BB7CAL,1L},{(-1L),0xAB3104E5L},{0xAB3104E5L,0L},{(-1L),0L},{0xF72C98EBL,0x4979D445L},{(-6L),0x518E5F60L},{0x0E650DFFL,0xD4EB467BL},{1L,0xED83A977L}},{{1L,0L},{(-1L),0L},{(-6L),0x20081A73L},{0x7CDF5923L,(-1L)},{(-1L),0L},{0xF13977DCL,0xB8478A7DL},{0x518E5F60L,0L},{0xF78BB7CAL,0x20081A73L},{0xD4EB467BL,(-1L)},{0x0E650DFFL,1L}},{{1L,0x5D6EA753L},{7L,0L},{0xABDDA8B4L,0x518E5F60L},{0xD4EB467BL,(-1L)},{0x7CDF5923L,1L},{(-1L),0xB8478A7DL},{0L,0xB8478A7DL},{(-1L),1L},{0x7CDF5923L,(-1L)},{0xD4EB467BL,0x518E5F60L}}};
        int i, j, k;
        if (l_1227)
            break;
        (*g_1228) = p_106;
        if ((safe_lshift_func_int16_t_s_u(0L, ((safe_add_func_int16_t_s_s(((**l_1159) , ((l_1233[1] , (((--(*l_1234)) , (safe_sub_func_int32_t_s_s((((((((((((safe_mul_func_int16_t_s_s((l_1244 &= (safe_rshift_func_uint8_t_u_u(((*p_106) > (((*g_541) | 0xDFL) & l_1227)), 6))), (safe_lshift_func_int16_t_s_s((l_1247 != l_1247), p_107)))) < 0x6DAF0650ACE5098CLL) , 0x60EDL) ^ l_1227) && g_310.f5) == p_104) , p_105) , &g_707) != l_1248[1][3]) ^ g_1137[0][3][5].f5) && 5L), g_1137[0][3][5].f4))) | g_751.f5)) == p_104)), 1L)) , 65535UL))))
        { /* block id: 457 */
            uint32_t l_1249[8][9] = {{18446744073709551607UL,0x4577D920L,0x80CF4FF3L,0x80CF4FF3L,0x4577D920L,18446744073709551607UL,0x316BAC47L,0x4577D920L,0x316BAC47L},{0x4A766ADBL,7UL,1UL,0x2A758CF4L,0x92FD74F1L,0x26377E21L,0x45FAC2A4L,7UL,0x45FAC2A4L},{18446744073709551607UL,0x4577D920L,0x80CF4FF3L,0x80CF4FF3L,0x4577D920L,18446744073709551607UL,0x316BAC47L,0x4577D920L,0x316BAC47L},{0x4A766ADBL,7UL,1UL,0x2A758CF4L,0x92FD74F1L,0x26377E21L,0x45FAC2A4L,7UL,0x45FAC2A4L},{18446744073709551607UL,0x4577D920L,0x80CF4FF3L,0x80CF4FF3L,0x4577D920L,18446744073709551607UL,0x316BAC47L,0x4577D920L,0x316BAC47L},{0UL,0x2A758CF4L,0UL,1UL,1UL,0xC30C07A5L,0UL,0x2A758CF4L,0UL},{5UL,0x80CF4FF3L,1UL,1UL,0x80CF4FF3L,5UL,5UL,0x80CF4FF3L,5UL},{0UL,0x2A758CF4L,0UL,1UL,1UL,0xC30C07A5L,0UL,0x2A758CF4L,0UL}};
            uint64_t *l_1254 = (void*)0;
            uint64_t *l_1255 = &g_303;
            int32_t l_1266[7][1][1] = {{{1L}},{{1L}},{{1L}},{{1L}},{{1L}},{{1L}},{{1L}}};
            uint8_t l_1271 = 0x60L;
            uint16_t *l_1287 = (void*)0;
            uint16_t *l_1288 = &g_272;
            int i, j, k;
            if ((l_1249[3][2] > ((safe_add_func_uint8_t_u_u((0x0528L > (g_269[0][0][0] = (((((safe_div_func_uint64_t_u_u(((*l_1255)++), (((safe_div_func_uint64_t_u_u(((void*)0 != &l_1159), (g_360.f4 & (--(*l_1234))))) ^ (safe_rshift_func_uint8_t_u_u(p_103, 3))) && (l_1266[4][0][0] &= (safe_add_func_uint16_t_u_u(p_103, (g_998[1].f4 < p_105))))))) , (*g_706)) == (**g_705)) < l_1227) , 0xFFE2L))), 255UL)) < l_1249[3][2])))
            { /* block id: 462 */
                (*g_1267) = p_106;
            }
            else
            { /* block id: 464 */
                uint32_t l_1270 = 0x85C8C967L;
                l_1271 &= (safe_sub_func_int16_t_s_s((-1L), (((g_530 ^= (l_1270 ^ p_107)) & ((void*)0 != l_1243[3][0][4])) & 7UL)));
                if (g_310.f4)
                    goto lbl_1272;
            }
            l_1298 |= (g_530 , (safe_div_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(g_1137[0][3][5].f3, ((safe_mod_func_int32_t_s_s(((+((****g_707) = p_104)) < ((p_103 | p_105) != l_1244)), 0x84C70683L)) | ((safe_sub_func_uint64_t_u_u(((safe_unary_minus_func_int64_t_s((((*l_1288)--) && (0xEFL && (safe_mod_func_int64_t_s_s((+(~(((safe_div_func_uint16_t_u_u(l_1297, l_1271)) && p_107) | 0x340D7E66E8BF67D5LL))), 0x029D5F0A85C7396FLL)))))) && 0x3CL), (**g_705))) != l_1297)))), 0xCE83L)), l_1297)));
            if (l_1297)
                break;
        }
        else
        { /* block id: 473 */
            int16_t l_1300[6][1];
            int32_t l_1301 = (-5L);
            int32_t l_1302[10][1][5] = {{{5L,5L,(-4L),(-3L),0xD314BF63L}},{{0L,0x2461F0D7L,1L,(-1L),0xFFFC0125L}},{{0L,0xC7BEA32EL,(-9L),0x230D84CCL,0L}},{{1L,0x2461F0D7L,(-10L),0x89AE84A9L,(-9L)}},{{0x97D9EEB9L,5L,0x230D84CCL,5L,0x97D9EEB9L}},{{0x97D9EEB9L,1L,0L,0L,5L}},{{1L,0xD314BF63L,1L,0L,0x230D84CCL}},{{0L,1L,0xD314BF63L,1L,5L}},{{0L,0L,1L,0x97D9EEB9L,0x97D9EEB9L}},{{5L,0x230D84CCL,5L,0x97D9EEB9L,(-9L)}}};
            uint32_t l_1303[7] = {0xF3E37B5EL,0xF3E37B5EL,0xF3E37B5EL,0xF3E37B5EL,0xF3E37B5EL,0xF3E37B5EL,0xF3E37B5EL};
            int32_t **l_1328 = &g_40[7][0][2];
            uint16_t *l_1331 = &g_123;
            uint16_t **l_1330 = &l_1331;
            uint16_t ***l_1329[9][9] = {{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0},{&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0,&l_1330,&l_1330,(void*)0}};
            int i, j, k;
            for (i = 0; i < 6; i++)
            {
                for (j = 0; j < 1; j++)
                    l_1300[i][j] = (-7L);
            }
            --l_1303[3];
            for (g_303 = 8; (g_303 == 52); g_303++)
            { /* block id: 477 */
                uint32_t l_1324 = 0xD12B42B7L;
                for (l_1152 = 0; (l_1152 <= 1); l_1152 += 1)
                { /* block id: 480 */
                    int i;
                    if (((safe_lshift_func_uint16_t_u_u(((((((safe_unary_minus_func_int64_t_s(7L)) || (l_1233[l_1152]--)) >= (safe_rshift_func_uint16_t_u_s((safe_lshift_func_uint16_t_u_s((~(safe_add_func_int8_t_s_s((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(g_30, l_1324)), ((safe_rshift_func_uint16_t_u_u(((((p_104 , (*g_705)) != (void*)0) != ((void*)0 == &g_269[0][0][3])) & ((0UL & p_104) || 0x9B6AL)), 10)) && 0x5FL))), 251UL))), g_310.f4)), g_162))) != (*p_106)) & 1L) && (-8L)), 3)) >= (*g_541)))
                    { /* block id: 482 */
                        if (l_1324)
                            break;
                    }
                    else
                    { /* block id: 484 */
                        int32_t **l_1327 = &l_956[3];
                        (*l_1327) = p_106;
                    }
                }
            }
            (*l_1328) = (void*)0;
            g_1332[2][1][3] = (void*)0;
        }
    }
    return (**g_540);
}


/* ------------------------------------------ */
/* 
 * reads : g_123 g_595 g_310
 * writes: g_123
 */
static struct S0  func_115(uint64_t  p_116, uint8_t  p_117, int8_t  p_118)
{ /* block id: 41 */
    int32_t *l_122[1];
    uint32_t l_156[7][7][2] = {{{0x6E03DA2CL,18446744073709551610UL},{18446744073709551614UL,0x6E03DA2CL},{1UL,1UL},{1UL,0x6E03DA2CL},{18446744073709551614UL,18446744073709551610UL},{0x6E03DA2CL,18446744073709551610UL},{18446744073709551614UL,0x6E03DA2CL}},{{1UL,1UL},{1UL,0x6E03DA2CL},{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL}},{{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL},{18446744073709551614UL,1UL}},{{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL}},{{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL}},{{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL}},{{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL},{1UL,1UL},{18446744073709551614UL,1UL},{1UL,18446744073709551614UL},{0x6E03DA2CL,0x6E03DA2CL},{0x6E03DA2CL,18446744073709551614UL}}};
    int8_t l_188 = 0L;
    uint32_t *l_528 = &g_485.f1;
    int16_t *l_697 = &g_269[0][0][3];
    uint32_t l_727 = 0x90D68EA4L;
    int64_t l_730[3][3] = {{0L,0x8CA653FF38586709LL,0L},{0xBD3DEB4EC4CC717FLL,0xBD3DEB4EC4CC717FLL,0xBD3DEB4EC4CC717FLL},{0L,0x8CA653FF38586709LL,0L}};
    uint64_t *l_795 = &g_83;
    int32_t l_825 = (-1L);
    uint32_t l_826 = 0xBF5E1C0DL;
    uint32_t *l_845 = (void*)0;
    uint64_t l_876 = 0UL;
    uint32_t l_917 = 0xC78F6E4BL;
    struct S0 *l_918 = &g_485;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_122[i] = (void*)0;
    g_123--;
    for (p_116 = (-21); (p_116 <= 51); p_116++)
    { /* block id: 45 */
        int32_t **l_137 = (void*)0;
        int32_t ***l_138 = &l_137;
        uint8_t *l_151[1];
        int64_t *l_152 = (void*)0;
        int64_t *l_153 = (void*)0;
        int64_t *l_154 = &g_155[5];
        int32_t l_157 = 0L;
        uint64_t *l_158 = (void*)0;
        uint64_t *l_159 = &g_83;
        const int32_t **l_160[5];
        uint32_t *l_526[2];
        int32_t l_562[7];
        struct S0 *l_593 = (void*)0;
        int16_t *l_640[2][3][8] = {{{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]},{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]},{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]}},{{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]},{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]},{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][0]}}};
        int32_t l_681[9][4][7] = {{{0x7437BF99L,(-1L),0x804EF5C4L,0x9D82030EL,0xA8A370C2L,1L,(-1L)},{0x0A43F0EEL,0xE0821503L,1L,0L,0L,1L,(-7L)},{0x1AE08AF4L,(-1L),0x4D499566L,0L,0x1E8EAA2FL,0x3930D0F3L,0xBCDEFE83L},{0x1301D5AEL,0xDE271581L,0x1B273A68L,(-1L),0xF32296DEL,0xF32296DEL,(-1L)}},{{(-8L),(-8L),(-8L),1L,0x4D499566L,0x08BAAE0FL,0xF84A1B8FL},{0x6E977343L,0xD8723BB8L,0L,0x4CC8FD4DL,0x4834CB91L,0xE0821503L,(-8L)},{0L,(-7L),0xD9D28F1AL,0x9FC6D736L,0L,0x08BAAE0FL,0x7437BF99L},{0L,(-5L),0xAC9F93FEL,0xF646FD6BL,1L,0xE0821503L,0x03C3E1B4L}},{{0xD9D28F1AL,0xBFD05DBCL,0xC79B88C9L,0L,0x03C3E1B4L,0x6E977343L,(-1L)},{0x1B273A68L,0xD991874EL,0x90B81A59L,0xCF712F44L,0x0A43F0EEL,0L,0xB74A53D6L},{0xD25078D5L,0xBCDEFE83L,1L,(-8L),1L,0L,0x3930D0F3L},{0L,0L,1L,1L,0x44173190L,0xEB7921B0L,(-1L)}},{{5L,0xE0821503L,0x73B454D4L,0xA8A370C2L,0x957CF21DL,(-7L),0x4D499566L},{0x7437BF99L,0xBFD05DBCL,0xA8A370C2L,(-8L),0xAC9F93FEL,0x9447938CL,1L},{0xD50216D4L,0x44173190L,0x0FDC5D28L,(-8L),0x0C591E89L,0x1B273A68L,0xD212CF6CL},{0L,0xDD07EBD2L,0xB855BF76L,0xA8A370C2L,0x966A0E48L,0xBFD05DBCL,0xD991874EL}},{{5L,0x9FC6D736L,(-6L),1L,0xDD07EBD2L,0x804EF5C4L,0x0C591E89L},{0x87C38F84L,5L,(-1L),(-8L),0L,1L,0x478DC85CL},{0x03C3E1B4L,(-6L),0x153DAF7FL,0xCF712F44L,0x87C38F84L,0x4D499566L,(-8L)},{0x9D82030EL,9L,6L,0L,2L,0x1B273A68L,0x1AE08AF4L}},{{(-8L),1L,0L,0L,1L,(-8L),0xDD07EBD2L},{0xF646FD6BL,1L,0xBFD05DBCL,0x90B81A59L,0xD212CF6CL,0L,0x67E1A938L},{1L,0x478DC85CL,0x67E1A938L,(-7L),0L,0xD9D28F1AL,(-10L)},{0x03C3E1B4L,1L,(-8L),0L,0xDE271581L,0xAC9F93FEL,1L}},{{0xE537AD61L,1L,0x4CC8FD4DL,0xD25078D5L,0x67082C42L,0L,0xF32296DEL},{0xCF712F44L,9L,0x589AC03EL,0xC79B88C9L,0x1301D5AEL,0x9FC6D736L,0x966A0E48L},{0x4CC8FD4DL,(-6L),0xBFD05DBCL,0xEB7921B0L,0xD991874EL,0xCACE1819L,0xD25078D5L},{(-10L),5L,2L,0xC471A323L,0x67E1A938L,0x03C3E1B4L,0x87C38F84L}},{{0x7437BF99L,0x9FC6D736L,0x64EA73C9L,(-1L),1L,0x2B0F3FC5L,(-1L)},{6L,0xDD07EBD2L,0x4D5F38B7L,0x08BAAE0FL,0x67082C42L,1L,0L},{0L,0x44173190L,(-7L),0L,0x6ACEE0B1L,0x67E1A938L,0L},{0xEB7921B0L,0xBFD05DBCL,(-6L),0x4CC8FD4DL,0L,0x4D5F38B7L,(-1L)}},{{(-7L),0xE0821503L,0x08BAAE0FL,(-1L),0x0A43F0EEL,0xDE271581L,0x87C38F84L},{0xD9D28F1AL,0L,1L,0x957CF21DL,0x2B0F3FC5L,0xAC9F93FEL,0xD25078D5L},{0L,0xBCDEFE83L,0x9D82030EL,0L,2L,0xEB7921B0L,(-1L)},{0xAF53C760L,0x2B0F3FC5L,0x26F9CD52L,0x6ACEE0B1L,(-7L),6L,0xE0821503L}}};
        uint16_t l_750[2];
        int8_t l_773 = 0x0FL;
        int32_t l_800 = 0xF351B0E3L;
        int8_t l_818 = 1L;
        const uint8_t *l_920 = &g_921;
        const uint8_t **l_919 = &l_920;
        uint32_t *l_922 = &g_530;
        uint8_t **l_949 = &l_151[0];
        uint8_t ***l_948 = &l_949;
        int16_t **l_951 = &l_640[0][0][4];
        int16_t ***l_950 = &l_951;
        int16_t ** const l_952 = &l_640[0][2][5];
        uint64_t l_953 = 0x2DEAA84417EA121CLL;
        uint32_t *l_954 = &l_727;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_151[i] = (void*)0;
        for (i = 0; i < 5; i++)
            l_160[i] = (void*)0;
        for (i = 0; i < 2; i++)
            l_526[i] = &g_291;
        for (i = 0; i < 7; i++)
            l_562[i] = 0x75609334L;
        for (i = 0; i < 2; i++)
            l_750[i] = 0x3D72L;
    }
    return (*g_595);
}


/* ------------------------------------------ */
/* 
 * reads : g_83 g_207 g_7 g_162 g_40 g_238 g_123 g_57 g_236 g_30 g_5 g_269 g_282 g_3 g_291 g_303 g_272 g_310 g_283 g_39 g_352 g_360 g_6 g_155 g_485
 * writes: g_83 g_40 g_237 g_162 g_272 g_291 g_283 g_303 g_123 g_269 g_310.f5 g_352 g_310.f4 g_470 g_310.f1 g_488
 */
static struct S0  func_128(uint64_t * p_129, int32_t * const  p_130, int64_t  p_131, uint8_t  p_132)
{ /* block id: 54 */
    int32_t *l_189 = &g_162;
    int32_t *l_190 = &g_162;
    int32_t *l_191 = &g_162;
    int32_t *l_192 = &g_162;
    int32_t *l_193[6];
    int32_t l_194 = (-1L);
    int8_t l_195[4] = {0x92L,0x92L,0x92L,0x92L};
    int64_t l_196 = 0x8AF1C7C4E01A939DLL;
    int64_t l_197 = (-1L);
    int32_t l_198 = 0x7B96491EL;
    int8_t l_199 = 3L;
    int64_t l_200[4][9][1] = {{{(-1L)},{(-3L)},{0xB726A70D89AA8108LL},{0L},{(-2L)},{0xEA79FF928E1D7094LL},{(-1L)},{(-1L)},{0xB726A70D89AA8108LL}},{{(-1L)},{(-1L)},{0xEA79FF928E1D7094LL},{(-2L)},{0L},{0xB726A70D89AA8108LL},{(-3L)},{(-1L)},{0xEA79FF928E1D7094LL}},{{(-1L)},{(-3L)},{0xB726A70D89AA8108LL},{0L},{(-2L)},{0xEA79FF928E1D7094LL},{(-1L)},{(-1L)},{0xB726A70D89AA8108LL}},{{(-1L)},{(-1L)},{0xEA79FF928E1D7094LL},{(-2L)},{0L},{0xB726A70D89AA8108LL},{(-3L)},{(-1L)},{0xEA79FF928E1D7094LL}}};
    uint32_t l_201 = 0xA08B2CF6L;
    int8_t l_241[8] = {0x44L,0x44L,0x44L,0x44L,0x44L,0x44L,0x44L,0x44L};
    int64_t l_289[2][7][5] = {{{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL}},{{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL},{1L,0x19A4992157995CF1LL,(-2L),(-2L),0x19A4992157995CF1LL},{7L,0xBC0FE9D4DC154CD3LL,0xB42871C56A95073DLL,0xB42871C56A95073DLL,0xBC0FE9D4DC154CD3LL}}};
    uint8_t l_361 = 246UL;
    int64_t l_393 = 0x1FA734FC837D2C51LL;
    int32_t **l_436[6] = {&l_193[5],&l_193[5],&l_190,&l_193[5],&l_193[5],&l_190};
    int32_t ***l_435 = &l_436[3];
    int16_t l_444 = 0x84C8L;
    int16_t *l_481 = &l_444;
    int16_t ** const l_480[8] = {&l_481,&l_481,&l_481,&l_481,&l_481,&l_481,&l_481,&l_481};
    int32_t l_498 = 0x3AAEB57BL;
    int32_t l_506[3][10][8] = {{{(-8L),0x4B58AFECL,0x876862ECL,0x191CBC9DL,0xBA72544FL,(-1L),(-3L),0x4804271CL},{(-1L),1L,(-2L),0x429E33D1L,(-2L),1L,(-1L),0x46313516L},{0x4804271CL,(-8L),0x240CCC0FL,0x38BCAB1DL,(-3L),0L,0x876862ECL,0xEC6212ABL},{0x4016F042L,0x876862ECL,0x38BCAB1DL,0x4DF82A03L,(-3L),0x74FBBF28L,0x429E33D1L,0x429E33D1L},{0x4804271CL,(-2L),0xEC6212ABL,0xEC6212ABL,(-2L),0x4804271CL,0xB60FCA6BL,0x4016F042L},{(-1L),0x240CCC0FL,0x4016F042L,1L,0xBA72544FL,0x46CBE53FL,0L,0xDA1DEB6DL},{(-8L),0x38BCAB1DL,0xB60FCA6BL,0x191CBC9DL,0x46313516L,0x240CCC0FL,0x4DF82A03L,0x240CCC0FL},{0x4016F042L,0x46313516L,0L,0x46313516L,0x4016F042L,(-2L),(-8L),0L},{(-8L),0x240CCC0FL,0x38BCAB1DL,(-3L),0L,0x876862ECL,0xEC6212ABL,0x46313516L},{0L,0x4804271CL,0x38BCAB1DL,0xBA72544FL,0xDA1DEB6DL,(-8L),(-8L),0xDA1DEB6DL}},{{0L,0L,0L,0L,0x191CBC9DL,1L,0x4DF82A03L,0xEC6212ABL},{0xBA72544FL,0x38BCAB1DL,0x4804271CL,0L,1L,0x4B58AFECL,0xB60FCA6BL,(-3L)},{(-3L),0x38BCAB1DL,0x240CCC0FL,(-8L),0x4804271CL,1L,0x4804271CL,(-8L)},{0x46313516L,0L,0x46313516L,0x4016F042L,(-2L),(-8L),0L,0x4804271CL},{0x191CBC9DL,0x4804271CL,0xBA72544FL,0x74FBBF28L,0L,0x876862ECL,(-2L),0x38BCAB1DL},{0x191CBC9DL,0x240CCC0FL,0x876862ECL,0x46CBE53FL,(-2L),(-2L),0x46CBE53FL,0x876862ECL},{0x46313516L,0x46313516L,0x4B58AFECL,0xEC6212ABL,0x4804271CL,0x240CCC0FL,0x429E33D1L,0x4DF82A03L},{(-3L),0xBA72544FL,(-2L),0x240CCC0FL,1L,0x38BCAB1DL,0L,0x4DF82A03L},{0xBA72544FL,0x876862ECL,0x74FBBF28L,0xEC6212ABL,0x191CBC9DL,0xEC6212ABL,0x74FBBF28L,0x876862ECL},{0L,0x4B58AFECL,0x191CBC9DL,0x46CBE53FL,0xDA1DEB6DL,0x4016F042L,0x876862ECL,0x38BCAB1DL}},{{0L,(-2L),0x4DF82A03L,0x74FBBF28L,0L,0xB60FCA6BL,0x876862ECL,0x4804271CL},{(-8L),0x74FBBF28L,0x191CBC9DL,0x4016F042L,0x4016F042L,0x191CBC9DL,0x74FBBF28L,(-8L)},{0x4016F042L,0x191CBC9DL,0x74FBBF28L,(-8L),0x46313516L,0x46CBE53FL,0L,(-3L)},{0x74FBBF28L,0x4DF82A03L,(-2L),0L,(-8L),0x46CBE53FL,0x429E33D1L,0xEC6212ABL},{0x46CBE53FL,0x191CBC9DL,0x4B58AFECL,0L,0x4B58AFECL,0x191CBC9DL,0x46CBE53FL,0xDA1DEB6DL},{0xEC6212ABL,0x74FBBF28L,0x876862ECL,0xBA72544FL,0x429E33D1L,0xB60FCA6BL,(-2L),0x46313516L},{0x240CCC0FL,(-2L),0xBA72544FL,(-3L),0x429E33D1L,0x4016F042L,0L,0L},{0xEC6212ABL,0x4B58AFECL,0x46313516L,0x46313516L,0x4B58AFECL,0xEC6212ABL,0x4804271CL,0x240CCC0FL},{0x46CBE53FL,0x876862ECL,0x240CCC0FL,0x191CBC9DL,(-8L),0x38BCAB1DL,0xB60FCA6BL,1L},{0x74FBBF28L,0xBA72544FL,0x4804271CL,0x191CBC9DL,0x46313516L,0x240CCC0FL,0x4DF82A03L,0x240CCC0FL}}};
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_193[i] = &g_162;
    l_201++;
    for (g_83 = 29; (g_83 != 53); g_83 = safe_add_func_int32_t_s_s(g_83, 8))
    { /* block id: 58 */
        int32_t *l_206[10] = {&g_5[2][2][0],&g_5[2][2][0],(void*)0,&g_5[2][3][3],(void*)0,&g_3,&g_3,(void*)0,&g_5[2][3][3],(void*)0};
        uint8_t l_222 = 0x23L;
        int32_t **l_233 = &l_191;
        const uint64_t *l_235 = &g_236;
        const uint64_t **l_234[4] = {&l_235,&l_235,&l_235,&l_235};
        uint8_t *l_239 = (void*)0;
        uint8_t *l_240 = &l_222;
        int16_t l_244[5][3][10] = {{{6L,(-3L),7L,2L,1L,0x85D3L,1L,2L,7L,(-3L)},{0xDF80L,0x7F2DL,0x4562L,0x0CA0L,0x425DL,(-9L),0xC2BEL,0x4E7EL,0xB015L,0xB13CL},{0L,(-6L),0x56A9L,0x8AE5L,0xF2FBL,(-9L),0x0CA0L,0xC7ACL,0L,(-4L)}},{{0xDF80L,9L,0xB13CL,0xC7ACL,(-9L),0x85D3L,9L,0x4562L,6L,6L},{6L,(-1L),0xAC0CL,0xB015L,0xB015L,0xAC0CL,(-1L),6L,(-4L),0L},{(-3L),0x3F0DL,0x9C43L,0x56A9L,9L,(-1L),(-4L),0x8AE5L,0xB13CL,0xB015L}},{{(-4L),0L,0x9C43L,9L,0x4562L,0x8AE5L,(-1L),6L,(-3L),7L},{0x425DL,0x9C43L,0xAC0CL,0L,(-1L),9L,(-1L),0x4562L,(-1L),9L},{0x56A9L,9L,0xB13CL,9L,0x56A9L,0x425DL,7L,0xC7ACL,0xF2FBL,0L}},{{0xC7ACL,6L,0x56A9L,(-9L),(-6L),(-1L),(-3L),0x4E7EL,(-1L),0L},{(-1L),(-9L),0x4562L,(-9L),0x56A9L,0xC2BEL,0x8AE5L,2L,0x4E7EL,9L},{0x4562L,0x41CBL,7L,0x125DL,(-1L),0x56A9L,0x56A9L,(-1L),0x125DL,7L}},{{0xAC0CL,0xAC0CL,0x41CBL,(-6L),0x4562L,0x4E7EL,(-9L),0x3F0DL,0x56A9L,0xB015L},{0xF2FBL,0x425DL,0xAE59L,(-1L),9L,6L,(-9L),0xB13CL,0x41CBL,0L},{0x0CA0L,0xAC0CL,0x85D3L,0x7F2DL,0xB015L,2L,0x56A9L,0xF2FBL,0x9C43L,6L}}};
        uint16_t l_288 = 0x1FD1L;
        int32_t l_327 = (-1L);
        int32_t l_351 = 0x477B62E1L;
        uint32_t l_392 = 18446744073709551615UL;
        int16_t **l_482 = (void*)0;
        int i, j, k;
        (*g_207) = l_206[2];
        if ((*p_130))
            break;
        if (((((safe_mod_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s((!(safe_lshift_func_int16_t_s_s(p_132, (((*p_129) & (safe_rshift_func_uint16_t_u_s((safe_sub_func_uint64_t_u_u((~((((l_222 == ((void*)0 == &p_130)) , (safe_lshift_func_uint8_t_u_u(((*l_240) = (((safe_sub_func_uint64_t_u_u(0xED60C2995D31673FLL, (safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_s(((g_237[9] = func_133((((l_233 = &g_40[1][2][3]) != (((((*l_191) > 1L) , (*l_189)) ^ 4294967295UL) , &l_192)) >= p_132), (*g_207), (*l_190))) == p_129), 2)) > (*l_190)), p_132)), g_162)))) <= g_238) < (*l_192))), p_132))) , p_129) != &g_236)), l_241[2])), 9))) == g_123)))), p_132)), 0x650E177084E49481LL)) && g_57) ^ g_57) & g_236))
        { /* block id: 64 */
            int64_t *l_245[4] = {&l_197,&l_197,&l_197,&l_197};
            const int32_t l_250 = 0xD202A448L;
            uint32_t *l_270 = (void*)0;
            uint32_t *l_271[2];
            int16_t *l_284 = &l_244[2][2][4];
            int16_t *l_285 = (void*)0;
            int16_t *l_286[8][8][3] = {{{&g_269[0][0][0],(void*)0,&g_269[0][0][2]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{(void*)0,&g_269[0][0][1],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],(void*)0},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],(void*)0,&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]}},{{(void*)0,(void*)0,&g_269[0][0][3]},{&g_269[0][0][0],&g_269[0][0][0],&g_269[0][0][3]},{&g_269[0][0][1],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],(void*)0,&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],(void*)0},{&g_269[0][0][3],&g_269[0][0][2],&g_269[0][0][3]}},{{&g_269[0][0][3],(void*)0,(void*)0},{&g_269[0][0][2],&g_269[0][0][2],(void*)0},{(void*)0,&g_269[0][0][3],(void*)0},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][1]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][0]},{&g_269[0][0][2],(void*)0,&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][0],&g_269[0][0][3]}},{{&g_269[0][0][2],(void*)0,&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][2],&g_269[0][0][1],(void*)0},{&g_269[0][0][3],(void*)0,&g_269[0][0][0]},{&g_269[0][0][3],(void*)0,&g_269[0][0][3]},{&g_269[0][0][2],&g_269[0][0][3],(void*)0}},{{&g_269[0][0][3],&g_269[0][0][3],(void*)0},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][2]},{(void*)0,&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][2],&g_269[0][0][2],&g_269[0][0][3]},{&g_269[0][0][3],(void*)0,&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][2]},{&g_269[0][0][3],&g_269[0][0][1],(void*)0},{&g_269[0][0][3],(void*)0,(void*)0}},{{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][0],&g_269[0][0][0]},{&g_269[0][0][1],&g_269[0][0][1],(void*)0},{&g_269[0][0][0],&g_269[0][0][1],&g_269[0][0][3]},{(void*)0,&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][2],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][1],&g_269[0][0][3]}},{{(void*)0,&g_269[0][0][1],&g_269[0][0][3]},{(void*)0,&g_269[0][0][0],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][0]},{&g_269[0][0][1],(void*)0,&g_269[0][0][1]},{&g_269[0][0][2],&g_269[0][0][1],(void*)0},{&g_269[0][0][3],&g_269[0][0][3],(void*)0},{(void*)0,(void*)0,(void*)0},{&g_269[0][0][3],&g_269[0][0][2],&g_269[0][0][3]}},{{(void*)0,&g_269[0][0][3],(void*)0},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][2],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][1],&g_269[0][0][3],&g_269[0][0][3]},{&g_269[0][0][3],(void*)0,&g_269[0][0][3]},{(void*)0,(void*)0,&g_269[0][0][3]},{(void*)0,&g_269[0][0][1],&g_269[0][0][3]},{&g_269[0][0][3],&g_269[0][0][3],&g_269[0][0][3]}}};
            int32_t l_287 = 6L;
            int32_t l_290[6][7] = {{0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L},{1L,0L,1L,0L,1L,0L,1L},{0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L},{1L,0L,1L,0L,1L,0L,1L},{0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L,0x8ED07A03L},{1L,0L,1L,0L,1L,0L,1L}};
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_271[i] = (void*)0;
            (*l_190) = (*p_130);
            (*l_191) = (safe_lshift_func_uint16_t_u_s((p_132 >= ((((g_162 , (((*l_190) & (18446744073709551608UL != (((p_131 = l_244[2][2][4]) , 0x88A0L) < (safe_div_func_uint8_t_u_u((((*l_189) , 0xAC04568D55643CAALL) ^ (g_30 != 1UL)), g_5[2][3][3]))))) , 1UL)) | p_132) > 65535UL) >= g_57)), 13));
            l_288 |= (((safe_mul_func_uint8_t_u_u(0xBEL, l_250)) , (safe_sub_func_int32_t_s_s(((safe_lshift_func_int16_t_s_u((l_287 = (safe_sub_func_int16_t_s_s(((safe_rshift_func_int16_t_s_u(p_131, 6)) , ((*l_284) = ((safe_mod_func_uint16_t_u_u(((safe_sub_func_uint64_t_u_u(18446744073709551615UL, ((safe_lshift_func_uint8_t_u_u(((safe_mod_func_uint32_t_u_u((g_272 = (safe_rshift_func_int8_t_s_s(g_269[0][0][3], 3))), (safe_rshift_func_int8_t_s_u((safe_sub_func_int8_t_s_s((*l_189), (safe_div_func_uint8_t_u_u((+(safe_lshift_func_uint16_t_u_u((((void*)0 == g_282) , g_3), (*l_190)))), l_250)))), p_131)))) < 18446744073709551615UL), 7)) >= (-1L)))) <= (*l_190)), (-7L))) || 18446744073709551615UL))), p_132))), p_131)) | g_238), (*p_130)))) , (*p_130));
            --g_291;
        }
        else
        { /* block id: 73 */
            uint32_t l_309 = 18446744073709551613UL;
            int32_t l_325 = (-1L);
            int16_t l_326 = 1L;
            int32_t l_329 = 0xE68F09BEL;
            uint64_t l_339 = 18446744073709551611UL;
            uint64_t *l_348 = &g_83;
            uint64_t **l_347 = &l_348;
            int32_t l_354 = (-5L);
            int32_t *l_355 = &l_194;
            uint16_t l_371 = 65535UL;
            if ((*p_130))
                break;
            if ((0x96L != ((safe_div_func_int8_t_s_s(0xEEL, ((*g_282) = 0xA6L))) <= p_132)))
            { /* block id: 76 */
                int16_t l_305 = 0x748DL;
                int8_t *l_314[3][2] = {{&l_195[3],&l_199},{&l_199,&l_195[3]},{&l_199,&l_199}};
                uint32_t *l_324[4] = {&l_309,&l_309,&l_309,&l_309};
                uint64_t *l_328 = &g_303;
                int i, j;
                for (l_199 = 0; (l_199 >= (-5)); --l_199)
                { /* block id: 79 */
                    int32_t l_304 = 0L;
                    int32_t **l_306 = &l_206[2];
                    for (l_194 = 0; (l_194 >= (-22)); --l_194)
                    { /* block id: 82 */
                        uint64_t *l_302 = &g_303;
                        int32_t l_307 = 0x7C996EF4L;
                        (*l_191) = (l_307 = ((((((p_132 = ((void*)0 != l_235)) < (((*l_302) &= (safe_rshift_func_int8_t_s_u(g_269[0][0][3], 7))) < (g_272 , (l_304 || 0L)))) , (l_305 = l_304)) == g_7) , (l_306 != &p_130)) , l_307));
                    }
                    l_309 &= (~0x61B88068C0A9DDC4LL);
                    return g_310;
                }
                l_329 |= ((g_310 , (*p_129)) || (((safe_sub_func_uint8_t_u_u((*g_282), (((((*l_191) = (g_83 & (+p_132))) ^ 0x26L) && (((*l_240) = (((((*l_328) = (safe_mul_func_int8_t_s_s((((((~((((safe_lshift_func_int16_t_s_s(0xF0B2L, (safe_sub_func_uint64_t_u_u(((safe_mod_func_int16_t_s_s((g_40[7][0][2] == ((l_325 = g_162) , (void*)0)), p_132)) < 0xEFA7L), l_305)))) && 0x07931BB2L) != (*p_130)) & l_326)) == 0xCF31L) , 0xE8F932CAL) != (*l_189)) <= l_326), l_327))) & l_305) ^ p_131) < 0x5B43L)) , 0L)) || l_326))) < 0xC281L) <= (*p_129)));
            }
            else
            { /* block id: 97 */
                int32_t l_337 = 0x056886CAL;
                for (g_123 = 0; (g_123 <= 6); g_123 = safe_add_func_uint8_t_u_u(g_123, 6))
                { /* block id: 100 */
                    uint16_t *l_338[3][1][9] = {{{&g_123,&g_123,(void*)0,&g_272,&g_272,(void*)0,&g_272,&g_272,(void*)0}},{{&g_123,&g_123,(void*)0,&g_272,&g_272,(void*)0,&g_272,&g_272,(void*)0}},{{&g_123,&g_123,(void*)0,&g_272,&g_272,(void*)0,&g_272,&g_272,(void*)0}}};
                    int32_t ** const *l_346[1];
                    int64_t *l_350 = &l_197;
                    uint64_t *l_353 = &g_303;
                    int i, j, k;
                    for (i = 0; i < 1; i++)
                        l_346[i] = &l_233;
                    l_354 |= ((g_269[0][0][1] &= (+(g_238 & 9UL))) ^ ((((*l_353) = ((((safe_sub_func_uint64_t_u_u((safe_add_func_uint16_t_u_u((l_339++), (((6UL && (((g_352 = (safe_lshift_func_uint16_t_u_s(((*l_192) |= (((g_310.f5 = (safe_mul_func_uint8_t_u_u(((&g_39 != l_346[0]) > 0xE1012AA5L), ((l_347 != ((((*l_350) = (!((g_3 | 0x16F6L) && l_329))) ^ 0x546E25032CC20C23LL) , &g_237[4])) <= p_131)))) != l_325) && (*p_129))), l_351))) & (*g_282)) || 0L)) & l_337) <= p_131))), 0x58C599B7A059DEF7LL)) && (*p_129)) | (*g_282)) | 0xE0L)) <= 0x8C845F3664502EEELL) && 0x9484L));
                    for (l_329 = 0; (l_329 <= 1); l_329 += 1)
                    { /* block id: 111 */
                        int32_t ***l_362 = (void*)0;
                        int32_t ***l_363 = &l_233;
                        int8_t *l_370 = &l_195[2];
                        int i, j, k;
                        (*l_191) |= (((*l_233) = (*g_39)) != ((l_289[l_329][(l_329 + 4)][(l_329 + 1)] | l_337) , (l_355 = &g_5[2][1][0])));
                        l_337 = ((safe_sub_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u((((g_352 , (p_131 < (g_360 , l_361))) == g_5[2][2][2]) || (((((&g_40[7][0][2] == ((*l_363) = &g_40[7][0][2])) , (l_337 , ((((safe_lshift_func_uint16_t_u_s((safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((((*l_353) = (((((((((*l_370) &= (*l_355)) >= 0x28L) != p_132) | 0x51EBFE72L) >= p_131) , (*p_130)) > 0x16733E52L) > 7L)) >= (*p_129)), 0xA6BDB9CB07158989LL)), g_83)), 5)) && (*l_190)) || g_310.f2) , (*p_129)))) > p_131) == 0x5C55755AL) < l_337)), (-6L))) != 7UL), 0x9EL)) , (*g_6));
                    }
                    (*l_189) = (*g_6);
                }
            }
            l_371--;
            for (g_310.f4 = (-28); (g_310.f4 > 36); ++g_310.f4)
            { /* block id: 126 */
                const int32_t l_384 = (-1L);
                int64_t *l_390 = &l_197;
                uint16_t *l_391[1][8][6] = {{{&g_272,&l_288,&g_272,&l_371,&l_371,&g_272},{&l_288,&l_288,&l_371,&l_371,&l_371,&l_288},{&l_371,&l_288,&l_371,&l_371,&l_288,&l_371},{&l_288,&l_371,&l_371,&l_371,&l_288,&l_288},{&g_272,&l_371,&l_371,&g_272,&l_288,&g_272},{&g_272,&l_288,&g_272,&l_371,&l_371,&g_272},{&l_288,&l_288,&l_371,&l_371,&l_371,&l_288},{&l_371,&l_288,&l_371,&l_371,&l_288,&l_371}}};
                int32_t l_394 = 4L;
                int i, j, k;
                l_394 &= (safe_lshift_func_uint8_t_u_s((p_131 | ((safe_sub_func_int64_t_s_s(g_3, (safe_sub_func_int16_t_s_s(((((((&l_189 != (void*)0) , p_132) ^ ((((l_393 = ((*l_191) = ((((safe_rshift_func_int16_t_s_s((((l_384 >= ((safe_lshift_func_int16_t_s_s((((18446744073709551610UL >= ((((safe_sub_func_int16_t_s_s(l_384, (g_272 ^= (((((*l_390) ^= ((~((*l_355) > 4294967293UL)) == 0xEEB7L)) , (void*)0) != &g_352) <= p_131)))) ^ 3L) | p_131) < l_384)) <= g_283) & l_392), l_384)) < 4294967295UL)) > 0x9B93L) ^ (*l_355)), p_131)) | 0xC47FA953C15AD43FLL) >= g_155[3]) | g_303))) , g_272) || 0xD651E1EF2490AA57LL) | 0x362993CEL)) | (*l_355)) != (*p_129)) > (*l_355)), g_7)))) , (*l_355))), g_155[5]));
            }
        }
        if ((((&l_288 == ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(((p_131 == (safe_add_func_int8_t_s_s((safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_u((safe_rshift_func_int16_t_s_u(p_132, 14)), (safe_rshift_func_int16_t_s_u(((safe_mod_func_uint64_t_u_u(0x1E8F66929CF573E7LL, (safe_rshift_func_uint16_t_u_u(g_5[2][3][3], 1)))) <= g_162), 14)))), (*l_189))) , ((&g_272 == &l_288) != p_132)), (*l_191))), g_310.f3)), (*g_282)))) , g_360.f3), 10)), 4)) , &l_288)) > p_132) , 0x5BA7A52CL))
        { /* block id: 134 */
            uint64_t l_424 = 0x2ECF681C85FBB34BLL;
            int32_t l_441[9][8] = {{(-9L),0x2CF350D0L,(-8L),0x3AD9857CL,(-8L),0x2CF350D0L,(-9L),0x5D05E43CL},{(-8L),0x2CF350D0L,(-9L),0x5D05E43CL,(-1L),(-1L),0x5D05E43CL,(-9L)},{0x10C92ECCL,0x10C92ECCL,0x2CF350D0L,0L,(-1L),0x3AD9857CL,0x20A235C6L,0x3AD9857CL},{(-8L),(-9L),0L,(-9L),(-8L),9L,0x10C92ECCL,0x3AD9857CL},{(-9L),(-1L),0x20A235C6L,0L,0L,0x20A235C6L,(-1L),(-9L)},{0x2CF350D0L,9L,0x20A235C6L,0x5D05E43CL,0x10C92ECCL,(-8L),0x10C92ECCL,0x5D05E43CL},{0L,0xC75E6F0FL,0L,0x3AD9857CL,0x5D05E43CL,(-8L),0x20A235C6L,0x20A235C6L},{0x20A235C6L,9L,0x2CF350D0L,0x2CF350D0L,9L,0x20A235C6L,0x5D05E43CL,0x10C92ECCL},{0x20A235C6L,(-1L),(-9L),9L,0x5D05E43CL,9L,(-9L),(-1L)}};
            int64_t l_457[8];
            uint64_t ***l_464 = (void*)0;
            uint64_t *l_468 = &l_424;
            uint64_t **l_467[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
            uint64_t ***l_466 = &l_467[0];
            int i, j;
            for (i = 0; i < 8; i++)
                l_457[i] = 0x6ED0D1A3F0EE69D5LL;
            for (g_310.f4 = (-12); (g_310.f4 == 21); g_310.f4 = safe_add_func_uint16_t_u_u(g_310.f4, 5))
            { /* block id: 137 */
                int8_t l_437 = (-7L);
                int16_t *l_438 = (void*)0;
                int32_t l_439 = 7L;
                int16_t *l_440 = &g_269[0][0][3];
                int32_t l_442 = 0L;
                int32_t l_443 = (-6L);
                int32_t l_445 = 0x6A417178L;
                uint32_t l_446 = 0UL;
                int8_t *l_462 = &l_437;
                uint64_t ****l_465 = &l_464;
                uint64_t ****l_469[8][5][6] = {{{&l_466,&l_466,&l_466,&l_466,&l_466,(void*)0},{&l_466,&l_466,&l_466,&l_466,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0}},{{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466}},{{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466}},{{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0}},{{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466}},{{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466}},{{&l_466,(void*)0,(void*)0,&l_466,&l_466,&l_466},{(void*)0,(void*)0,&l_466,(void*)0,&l_466,(void*)0},{&l_466,(void*)0,&l_466,&l_466,&l_466,&l_466},{&l_466,(void*)0,(void*)0,(void*)0,&l_466,&l_466},{&l_466,&l_466,&l_466,&l_466,&l_466,&l_466}},{{&l_466,&l_466,&l_466,&l_466,&l_466,&l_466},{(void*)0,&l_466,&l_466,(void*)0,&l_466,&l_466},{&l_466,&l_466,&l_466,&l_466,&l_466,&l_466},{&l_466,&l_466,&l_466,&l_466,&l_466,&l_466},{(void*)0,&l_466,&l_466,(void*)0,&l_466,&l_466}}};
                int i, j, k;
                if ((*g_6))
                    break;
                (*l_191) = ((safe_rshift_func_uint16_t_u_s((safe_unary_minus_func_int32_t_s(((((*l_440) |= (safe_add_func_uint64_t_u_u(7UL, ((((void*)0 != &g_40[7][0][2]) != (l_424 && 0x2DL)) ^ (safe_sub_func_int32_t_s_s(((l_439 = ((((safe_lshift_func_uint16_t_u_s((((safe_div_func_int16_t_s_s(p_132, (safe_div_func_int8_t_s_s(((0xA9F9CE9BL == (((safe_mul_func_uint16_t_u_u((&l_233 == l_435), p_132)) && l_437) , (*g_6))) > l_437), g_238)))) , 8L) & p_132), 2)) , l_437) , g_360.f3) , 0x9736L)) , l_439), 5L)))))) < p_132) >= (-2L)))), g_310.f3)) == 0xCB0AL);
                --l_446;
                l_466 = ((safe_mul_func_uint16_t_u_u((safe_mod_func_int64_t_s_s((((safe_add_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u((l_457[4] = l_445), 3)), ((*l_462) = (253UL | (safe_unary_minus_func_int16_t_s((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_int64_t_s(((void*)0 != l_206[1]))), 8)))))))) , ((!(((*l_465) = l_464) != (g_470 = l_466))) , ((((safe_sub_func_int32_t_s_s((*p_130), (((safe_add_func_int32_t_s_s((l_441[1][6] = ((*l_190) ^= 0x6D89BC37L)), (g_310.f3 || g_269[0][0][3]))) & g_360.f4) >= 0UL))) , 0xCAL) == (*g_282)) ^ (*p_129)))) , p_132), l_424)), g_291)) , &g_471[2][3][6]);
            }
            for (g_310.f1 = 0; (g_310.f1 <= 53); ++g_310.f1)
            { /* block id: 153 */
                int32_t *l_479[6][10] = {{&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3},{&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3},{&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3},{&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3},{&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3,&l_441[3][1],&g_3},{&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3,&g_3}};
                int i, j;
                l_479[2][3] = (*g_207);
            }
        }
        else
        { /* block id: 156 */
            l_482 = l_480[2];
        }
    }
    for (l_199 = 0; (l_199 >= 19); l_199 = safe_add_func_uint16_t_u_u(l_199, 8))
    { /* block id: 162 */
        int32_t ***l_486 = &l_436[3];
        int32_t ****l_487[8] = {&l_486,&l_435,&l_435,&l_486,&l_435,&l_435,&l_486,&l_435};
        int16_t *l_495[8];
        uint32_t *l_505 = (void*)0;
        int i;
        for (i = 0; i < 8; i++)
            l_495[i] = &g_269[0][0][3];
        (***l_486) = (g_485 , (((((g_488 = l_486) != (l_435 = ((((((safe_div_func_int64_t_s_s((!((-10L) != ((l_495[5] != (((safe_rshift_func_int8_t_s_s(l_498, (safe_sub_func_uint16_t_u_u((((((safe_lshift_func_int16_t_s_u(p_131, (safe_sub_func_uint32_t_u_u((l_505 != g_6), (*p_130))))) , 0x8537E2C8L) < g_269[0][0][3]) != l_506[2][5][6]) , 0UL), 0xE1AEL)))) || (*p_129)) , &g_269[0][0][3])) < 0UL))), (*p_129))) , p_131) , p_132) , g_5[2][0][1]) || 0x59114B75L) , &g_489[8][1]))) & (*p_130)) , p_131) , (-1L)));
        for (g_123 = (-21); (g_123 <= 4); g_123 = safe_add_func_uint64_t_u_u(g_123, 1))
        { /* block id: 168 */
            uint64_t l_511 = 1UL;
            (*l_189) |= ((safe_mul_func_int16_t_s_s(3L, 1UL)) & l_511);
        }
    }
    return g_360;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint64_t * func_133(uint16_t  p_134, const int32_t * p_135, uint16_t  p_136)
{ /* block id: 51 */
    int32_t *l_161 = &g_162;
    int32_t *l_163 = &g_162;
    int32_t *l_164 = &g_162;
    int32_t *l_165 = &g_162;
    int32_t *l_166 = (void*)0;
    int32_t *l_167 = &g_162;
    int32_t *l_168 = (void*)0;
    int32_t *l_169 = (void*)0;
    int32_t *l_170 = &g_162;
    int32_t l_171[6][1] = {{0xECE0AAE0L},{5L},{0xECE0AAE0L},{5L},{0xECE0AAE0L},{5L}};
    int32_t *l_172 = &l_171[5][0];
    int32_t *l_173 = &l_171[3][0];
    int32_t *l_174 = &l_171[0][0];
    int32_t *l_175 = (void*)0;
    int32_t *l_176 = (void*)0;
    int32_t *l_177 = &g_162;
    int32_t *l_178 = &g_162;
    int32_t *l_179 = &l_171[5][0];
    int32_t *l_180 = &l_171[0][0];
    int32_t *l_181 = &l_171[5][0];
    int32_t *l_182 = &l_171[5][0];
    int32_t *l_183[3];
    uint32_t l_184[10][2] = {{0x4CA32801L,0x4CA32801L},{4294967293UL,0x4CA32801L},{0x4CA32801L,4294967293UL},{0x4CA32801L,0x4CA32801L},{4294967293UL,0x4CA32801L},{0x4CA32801L,4294967293UL},{0x4CA32801L,0x4CA32801L},{4294967293UL,0x4CA32801L},{0x4CA32801L,4294967293UL},{0x4CA32801L,0x4CA32801L}};
    uint64_t *l_187 = &g_83;
    int i, j;
    for (i = 0; i < 3; i++)
        l_183[i] = &l_171[5][0];
    --l_184[9][1];
    return l_187;
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
    transparent_crc(g_3, "g_3", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_5[i][j][k], "g_5[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_30, "g_30", print_hash_value);
    transparent_crc(g_57, "g_57", print_hash_value);
    transparent_crc(g_58, "g_58", print_hash_value);
    transparent_crc(g_61, "g_61", print_hash_value);
    transparent_crc(g_83, "g_83", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_155[i], "g_155[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_162, "g_162", print_hash_value);
    transparent_crc(g_236, "g_236", print_hash_value);
    transparent_crc(g_238, "g_238", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_269[i][j][k], "g_269[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_272, "g_272", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_310.f0, "g_310.f0", print_hash_value);
    transparent_crc(g_310.f1, "g_310.f1", print_hash_value);
    transparent_crc(g_310.f2, "g_310.f2", print_hash_value);
    transparent_crc(g_310.f3, "g_310.f3", print_hash_value);
    transparent_crc(g_310.f4, "g_310.f4", print_hash_value);
    transparent_crc(g_310.f5, "g_310.f5", print_hash_value);
    transparent_crc(g_352, "g_352", print_hash_value);
    transparent_crc(g_360.f0, "g_360.f0", print_hash_value);
    transparent_crc(g_360.f1, "g_360.f1", print_hash_value);
    transparent_crc(g_360.f2, "g_360.f2", print_hash_value);
    transparent_crc(g_360.f3, "g_360.f3", print_hash_value);
    transparent_crc(g_360.f4, "g_360.f4", print_hash_value);
    transparent_crc(g_360.f5, "g_360.f5", print_hash_value);
    transparent_crc(g_485.f0, "g_485.f0", print_hash_value);
    transparent_crc(g_485.f1, "g_485.f1", print_hash_value);
    transparent_crc(g_485.f2, "g_485.f2", print_hash_value);
    transparent_crc(g_485.f3, "g_485.f3", print_hash_value);
    transparent_crc(g_485.f4, "g_485.f4", print_hash_value);
    transparent_crc(g_485.f5, "g_485.f5", print_hash_value);
    transparent_crc(g_530, "g_530", print_hash_value);
    transparent_crc(g_590, "g_590", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_639[i].f0, "g_639[i].f0", print_hash_value);
        transparent_crc(g_639[i].f1, "g_639[i].f1", print_hash_value);
        transparent_crc(g_639[i].f2, "g_639[i].f2", print_hash_value);
        transparent_crc(g_639[i].f3, "g_639[i].f3", print_hash_value);
        transparent_crc(g_639[i].f4, "g_639[i].f4", print_hash_value);
        transparent_crc(g_639[i].f5, "g_639[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_751.f0, "g_751.f0", print_hash_value);
    transparent_crc(g_751.f1, "g_751.f1", print_hash_value);
    transparent_crc(g_751.f2, "g_751.f2", print_hash_value);
    transparent_crc(g_751.f3, "g_751.f3", print_hash_value);
    transparent_crc(g_751.f4, "g_751.f4", print_hash_value);
    transparent_crc(g_751.f5, "g_751.f5", print_hash_value);
    transparent_crc(g_798, "g_798", print_hash_value);
    transparent_crc(g_871, "g_871", print_hash_value);
    transparent_crc(g_921, "g_921", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_998[i].f0, "g_998[i].f0", print_hash_value);
        transparent_crc(g_998[i].f1, "g_998[i].f1", print_hash_value);
        transparent_crc(g_998[i].f2, "g_998[i].f2", print_hash_value);
        transparent_crc(g_998[i].f3, "g_998[i].f3", print_hash_value);
        transparent_crc(g_998[i].f4, "g_998[i].f4", print_hash_value);
        transparent_crc(g_998[i].f5, "g_998[i].f5", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_1137[i][j][k].f0, "g_1137[i][j][k].f0", print_hash_value);
                transparent_crc(g_1137[i][j][k].f1, "g_1137[i][j][k].f1", print_hash_value);
                transparent_crc(g_1137[i][j][k].f2, "g_1137[i][j][k].f2", print_hash_value);
                transparent_crc(g_1137[i][j][k].f3, "g_1137[i][j][k].f3", print_hash_value);
                transparent_crc(g_1137[i][j][k].f4, "g_1137[i][j][k].f4", print_hash_value);
                transparent_crc(g_1137[i][j][k].f5, "g_1137[i][j][k].f5", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_1168.f0, "g_1168.f0", print_hash_value);
    transparent_crc(g_1168.f1, "g_1168.f1", print_hash_value);
    transparent_crc(g_1168.f2, "g_1168.f2", print_hash_value);
    transparent_crc(g_1168.f3, "g_1168.f3", print_hash_value);
    transparent_crc(g_1168.f4, "g_1168.f4", print_hash_value);
    transparent_crc(g_1168.f5, "g_1168.f5", print_hash_value);
    transparent_crc(g_1334, "g_1334", print_hash_value);
    transparent_crc(g_1400.f0, "g_1400.f0", print_hash_value);
    transparent_crc(g_1400.f1, "g_1400.f1", print_hash_value);
    transparent_crc(g_1400.f2, "g_1400.f2", print_hash_value);
    transparent_crc(g_1400.f3, "g_1400.f3", print_hash_value);
    transparent_crc(g_1400.f4, "g_1400.f4", print_hash_value);
    transparent_crc(g_1400.f5, "g_1400.f5", print_hash_value);
    transparent_crc(g_1406.f0, "g_1406.f0", print_hash_value);
    transparent_crc(g_1406.f1, "g_1406.f1", print_hash_value);
    transparent_crc(g_1406.f2, "g_1406.f2", print_hash_value);
    transparent_crc(g_1406.f3, "g_1406.f3", print_hash_value);
    transparent_crc(g_1406.f4, "g_1406.f4", print_hash_value);
    transparent_crc(g_1406.f5, "g_1406.f5", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1430[i], "g_1430[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1508.f0, "g_1508.f0", print_hash_value);
    transparent_crc(g_1508.f1, "g_1508.f1", print_hash_value);
    transparent_crc(g_1508.f2, "g_1508.f2", print_hash_value);
    transparent_crc(g_1508.f3, "g_1508.f3", print_hash_value);
    transparent_crc(g_1508.f4, "g_1508.f4", print_hash_value);
    transparent_crc(g_1508.f5, "g_1508.f5", print_hash_value);
    transparent_crc(g_1517, "g_1517", print_hash_value);
    transparent_crc(g_1548, "g_1548", print_hash_value);
    transparent_crc(g_1567.f0, "g_1567.f0", print_hash_value);
    transparent_crc(g_1567.f1, "g_1567.f1", print_hash_value);
    transparent_crc(g_1567.f2, "g_1567.f2", print_hash_value);
    transparent_crc(g_1567.f3, "g_1567.f3", print_hash_value);
    transparent_crc(g_1567.f4, "g_1567.f4", print_hash_value);
    transparent_crc(g_1567.f5, "g_1567.f5", print_hash_value);
    transparent_crc(g_1620, "g_1620", print_hash_value);
    transparent_crc(g_1638.f0, "g_1638.f0", print_hash_value);
    transparent_crc(g_1638.f1, "g_1638.f1", print_hash_value);
    transparent_crc(g_1638.f2, "g_1638.f2", print_hash_value);
    transparent_crc(g_1638.f3, "g_1638.f3", print_hash_value);
    transparent_crc(g_1638.f4, "g_1638.f4", print_hash_value);
    transparent_crc(g_1638.f5, "g_1638.f5", print_hash_value);
    transparent_crc(g_1722, "g_1722", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_1845[i], "g_1845[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1852, "g_1852", print_hash_value);
    transparent_crc(g_1886, "g_1886", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1990[i], "g_1990[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_2251[i][j], "g_2251[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_2259[i][j][k], "g_2259[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2298, "g_2298", print_hash_value);
    transparent_crc(g_2391, "g_2391", print_hash_value);
    transparent_crc(g_2530.f0, "g_2530.f0", print_hash_value);
    transparent_crc(g_2530.f1, "g_2530.f1", print_hash_value);
    transparent_crc(g_2530.f2, "g_2530.f2", print_hash_value);
    transparent_crc(g_2530.f3, "g_2530.f3", print_hash_value);
    transparent_crc(g_2530.f4, "g_2530.f4", print_hash_value);
    transparent_crc(g_2530.f5, "g_2530.f5", print_hash_value);
    transparent_crc(g_2534.f0, "g_2534.f0", print_hash_value);
    transparent_crc(g_2534.f1, "g_2534.f1", print_hash_value);
    transparent_crc(g_2534.f2, "g_2534.f2", print_hash_value);
    transparent_crc(g_2534.f3, "g_2534.f3", print_hash_value);
    transparent_crc(g_2534.f4, "g_2534.f4", print_hash_value);
    transparent_crc(g_2534.f5, "g_2534.f5", print_hash_value);
    transparent_crc(g_2545, "g_2545", print_hash_value);
    transparent_crc(g_2689, "g_2689", print_hash_value);
    transparent_crc(g_2710, "g_2710", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_2715[i], "g_2715[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3030, "g_3030", print_hash_value);
    transparent_crc(g_3055, "g_3055", print_hash_value);
    transparent_crc(g_3056, "g_3056", print_hash_value);
    transparent_crc(g_3104, "g_3104", print_hash_value);
    transparent_crc(g_3241.f0, "g_3241.f0", print_hash_value);
    transparent_crc(g_3241.f1, "g_3241.f1", print_hash_value);
    transparent_crc(g_3241.f2, "g_3241.f2", print_hash_value);
    transparent_crc(g_3241.f3, "g_3241.f3", print_hash_value);
    transparent_crc(g_3241.f4, "g_3241.f4", print_hash_value);
    transparent_crc(g_3241.f5, "g_3241.f5", print_hash_value);
    transparent_crc(g_3270.f0, "g_3270.f0", print_hash_value);
    transparent_crc(g_3270.f1, "g_3270.f1", print_hash_value);
    transparent_crc(g_3270.f2, "g_3270.f2", print_hash_value);
    transparent_crc(g_3270.f3, "g_3270.f3", print_hash_value);
    transparent_crc(g_3270.f4, "g_3270.f4", print_hash_value);
    transparent_crc(g_3270.f5, "g_3270.f5", print_hash_value);
    transparent_crc(g_3292, "g_3292", print_hash_value);
    transparent_crc(g_3394.f0, "g_3394.f0", print_hash_value);
    transparent_crc(g_3394.f1, "g_3394.f1", print_hash_value);
    transparent_crc(g_3394.f2, "g_3394.f2", print_hash_value);
    transparent_crc(g_3394.f3, "g_3394.f3", print_hash_value);
    transparent_crc(g_3394.f4, "g_3394.f4", print_hash_value);
    transparent_crc(g_3394.f5, "g_3394.f5", print_hash_value);
    transparent_crc(g_3432, "g_3432", print_hash_value);
    transparent_crc(g_3563, "g_3563", print_hash_value);
    transparent_crc(g_3635, "g_3635", print_hash_value);
    transparent_crc(g_3672.f0, "g_3672.f0", print_hash_value);
    transparent_crc(g_3672.f1, "g_3672.f1", print_hash_value);
    transparent_crc(g_3672.f2, "g_3672.f2", print_hash_value);
    transparent_crc(g_3672.f3, "g_3672.f3", print_hash_value);
    transparent_crc(g_3672.f4, "g_3672.f4", print_hash_value);
    transparent_crc(g_3672.f5, "g_3672.f5", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 937
   depth: 1, occurrence: 18
XXX total union variables: 0

XXX max expression depth: 40
breakdown:
   depth: 1, occurrence: 252
   depth: 2, occurrence: 63
   depth: 3, occurrence: 4
   depth: 4, occurrence: 1
   depth: 5, occurrence: 1
   depth: 6, occurrence: 2
   depth: 7, occurrence: 4
   depth: 13, occurrence: 1
   depth: 14, occurrence: 1
   depth: 15, occurrence: 4
   depth: 16, occurrence: 3
   depth: 17, occurrence: 3
   depth: 18, occurrence: 7
   depth: 19, occurrence: 1
   depth: 20, occurrence: 2
   depth: 21, occurrence: 5
   depth: 22, occurrence: 4
   depth: 23, occurrence: 4
   depth: 24, occurrence: 3
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 27, occurrence: 3
   depth: 28, occurrence: 5
   depth: 29, occurrence: 2
   depth: 30, occurrence: 2
   depth: 31, occurrence: 1
   depth: 32, occurrence: 5
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1
   depth: 40, occurrence: 1

XXX total number of pointers: 658

XXX times a variable address is taken: 1746
XXX times a pointer is dereferenced on RHS: 625
breakdown:
   depth: 1, occurrence: 463
   depth: 2, occurrence: 99
   depth: 3, occurrence: 36
   depth: 4, occurrence: 27
XXX times a pointer is dereferenced on LHS: 428
breakdown:
   depth: 1, occurrence: 356
   depth: 2, occurrence: 48
   depth: 3, occurrence: 10
   depth: 4, occurrence: 14
XXX times a pointer is compared with null: 69
XXX times a pointer is compared with address of another variable: 28
XXX times a pointer is compared with another pointer: 18
XXX times a pointer is qualified to be dereferenced: 14510

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2000
   level: 2, occurrence: 552
   level: 3, occurrence: 359
   level: 4, occurrence: 287
   level: 5, occurrence: 38
XXX number of pointers point to pointers: 343
XXX number of pointers point to scalars: 305
XXX number of pointers point to structs: 10
XXX percent of pointers has null in alias set: 33
XXX average alias set size: 1.49

XXX times a non-volatile is read: 3217
XXX times a non-volatile is write: 1414
XXX times a volatile is read: 142
XXX    times read thru a pointer: 18
XXX times a volatile is write: 39
XXX    times written thru a pointer: 1
XXX times a volatile is available for access: 9.47e+03
XXX percentage of non-volatile access: 96.2

XXX forward jumps: 2
XXX backward jumps: 11

XXX stmts: 259
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 29
   depth: 1, occurrence: 29
   depth: 2, occurrence: 34
   depth: 3, occurrence: 47
   depth: 4, occurrence: 58
   depth: 5, occurrence: 62

XXX percentage a fresh-made variable is used: 15.7
XXX percentage an existing variable is used: 84.3
********************* end of statistics **********************/

