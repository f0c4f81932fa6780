/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 117 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      117
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_4 = 6L;
static volatile uint16_t g_12 = 8UL;/* VOLATILE GLOBAL g_12 */
static uint64_t g_20[2][7][9] = {{{0x324067BC6200D40ALL,0x1808ADC705BE734ELL,0x324067BC6200D40ALL,0x59BB7A1405524872LL,0x1808ADC705BE734ELL,0UL,0UL,0x1808ADC705BE734ELL,0x59BB7A1405524872LL},{18446744073709551609UL,4UL,18446744073709551609UL,0xDE8CC19583E3585CLL,3UL,1UL,18446744073709551613UL,4UL,0xC7A429ADBD3D38E2LL},{0x324067BC6200D40ALL,0x1808ADC705BE734ELL,0x324067BC6200D40ALL,0x59BB7A1405524872LL,0x1808ADC705BE734ELL,0UL,0UL,0x1808ADC705BE734ELL,0x59BB7A1405524872LL},{18446744073709551609UL,4UL,18446744073709551609UL,0xDE8CC19583E3585CLL,3UL,1UL,18446744073709551613UL,4UL,0xC7A429ADBD3D38E2LL},{0x324067BC6200D40ALL,0x1808ADC705BE734ELL,0x324067BC6200D40ALL,0x59BB7A1405524872LL,0x1808ADC705BE734ELL,0UL,0UL,0x1808ADC705BE734ELL,0x59BB7A1405524872LL},{18446744073709551609UL,1UL,0x77DFCC86F80366E5LL,0xE0F61949F0DC4B63LL,18446744073709551613UL,0x752570E81DE9829CLL,18446744073709551609UL,1UL,6UL},{0x43253674F9AF3922LL,0UL,0x43253674F9AF3922LL,0x61AC7EB236728AD6LL,0UL,18446744073709551611UL,18446744073709551611UL,0UL,0x61AC7EB236728AD6LL}},{{0x77DFCC86F80366E5LL,1UL,0x77DFCC86F80366E5LL,0xE0F61949F0DC4B63LL,18446744073709551613UL,0x752570E81DE9829CLL,18446744073709551609UL,1UL,6UL},{0x43253674F9AF3922LL,0UL,0x43253674F9AF3922LL,0x61AC7EB236728AD6LL,0UL,18446744073709551611UL,18446744073709551611UL,0UL,0x61AC7EB236728AD6LL},{0x77DFCC86F80366E5LL,1UL,0x77DFCC86F80366E5LL,0xE0F61949F0DC4B63LL,18446744073709551613UL,0x752570E81DE9829CLL,18446744073709551609UL,1UL,6UL},{0x43253674F9AF3922LL,0UL,0x43253674F9AF3922LL,0x61AC7EB236728AD6LL,0UL,18446744073709551611UL,18446744073709551611UL,0UL,0x61AC7EB236728AD6LL},{0x77DFCC86F80366E5LL,1UL,0x77DFCC86F80366E5LL,0xE0F61949F0DC4B63LL,18446744073709551613UL,0x752570E81DE9829CLL,18446744073709551609UL,1UL,6UL},{0x43253674F9AF3922LL,0UL,0x43253674F9AF3922LL,0x61AC7EB236728AD6LL,0UL,18446744073709551611UL,18446744073709551611UL,0UL,0x61AC7EB236728AD6LL},{0x77DFCC86F80366E5LL,1UL,0x77DFCC86F80366E5LL,0xE0F61949F0DC4B63LL,18446744073709551613UL,0x752570E81DE9829CLL,18446744073709551609UL,1UL,6UL}}};
static int32_t g_23[5][5] = {{8L,(-1L),0x9E69C17FL,(-1L),8L},{8L,(-1L),0x9E69C17FL,(-1L),8L},{8L,(-1L),0x9E69C17FL,(-1L),8L},{8L,(-1L),0x9E69C17FL,(-1L),8L},{8L,(-1L),0x9E69C17FL,(-1L),8L}};
static int32_t g_29[2][9][2] = {{{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL},{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL},{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL}},{{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL},{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL},{0x79405A9AL,0x79405A9AL},{0xD142575EL,0x79405A9AL},{0x79405A9AL,0xD142575EL}}};
static int32_t g_30[8][4][3] = {{{0x6833E1ABL,1L,1L},{1L,0xC011945BL,(-9L)},{0x6833E1ABL,0xC011945BL,0x6833E1ABL},{(-3L),1L,(-9L)}},{{(-3L),(-3L),1L},{0x6833E1ABL,1L,1L},{1L,0xC011945BL,(-9L)},{0x6833E1ABL,0xC011945BL,0x6833E1ABL}},{{(-3L),1L,(-9L)},{(-3L),(-3L),1L},{0x6833E1ABL,1L,1L},{1L,0xC011945BL,(-9L)}},{{0x6833E1ABL,0xC011945BL,0x6833E1ABL},{(-3L),1L,(-9L)},{(-3L),(-3L),1L},{0x6833E1ABL,1L,1L}},{{1L,0xC011945BL,0xC011945BL},{(-9L),(-3L),(-9L)},{1L,0x6833E1ABL,0xC011945BL},{1L,1L,0x6833E1ABL}},{{(-9L),0x6833E1ABL,0x6833E1ABL},{0x6833E1ABL,(-3L),0xC011945BL},{(-9L),(-3L),(-9L)},{1L,0x6833E1ABL,0xC011945BL}},{{1L,1L,0x6833E1ABL},{(-9L),0x6833E1ABL,0x6833E1ABL},{0x6833E1ABL,(-3L),0xC011945BL},{(-9L),(-3L),(-9L)}},{{1L,0x6833E1ABL,0xC011945BL},{1L,1L,0x6833E1ABL},{(-9L),0x6833E1ABL,0x6833E1ABL},{0x6833E1ABL,(-3L),0xC011945BL}}};
static int8_t g_33 = (-1L);
static int16_t g_34[7] = {0L,0L,0L,0L,0L,0L,0L};
static int16_t g_36 = (-4L);
static uint64_t g_37 = 0xDDB3F0F592B025F3LL;
static int16_t g_63 = 0xFE8EL;
static int16_t *g_62 = &g_63;
static int32_t g_66 = 0x8B2A496EL;
static int32_t g_68 = 0x5A085893L;
static int64_t g_78 = 0x3B4A8206D70DB99ELL;
static int8_t g_79[9] = {9L,9L,9L,9L,9L,9L,9L,9L,9L};
static int32_t g_80 = 0x5C4AE6DAL;
static uint32_t g_81[10] = {1UL,4294967295UL,4294967295UL,1UL,4294967295UL,4294967295UL,1UL,4294967295UL,4294967295UL,1UL};
static int64_t g_95 = 0xB0491E1CB09366CALL;
static int32_t * volatile g_117 = &g_68;/* VOLATILE GLOBAL g_117 */
static int32_t * volatile g_120 = &g_68;/* VOLATILE GLOBAL g_120 */
static int32_t *g_123 = &g_30[4][2][1];
static int32_t ** volatile g_122 = &g_123;/* VOLATILE GLOBAL g_122 */
static int64_t g_148 = 0xEA80ACB108F1FC70LL;
static uint16_t g_150[1][8][7] = {{{0x604AL,0x604AL,0x2E08L,0xBFE3L,7UL,0UL,65533UL},{1UL,0UL,0xBFE3L,0x604AL,65533UL,0x0584L,0x0584L},{7UL,65530UL,0x5BB3L,65530UL,7UL,0x604AL,1UL},{0x3099L,0x2E08L,0x5BB3L,0x78A6L,65530UL,0xE95FL,65534UL},{0x78A6L,0x18FBL,0xBFE3L,0xE95FL,0xE95FL,0xBFE3L,0x18FBL},{0x3099L,0x78A6L,0x2E08L,1UL,0UL,0xBFE3L,0x604AL},{7UL,0UL,65533UL,0x5BB3L,0x9AB2L,0xE95FL,0x9AB2L},{1UL,0x9AB2L,0x9AB2L,1UL,0x0584L,0x604AL,0x5BB3L}}};
static uint16_t g_152 = 0UL;
static uint64_t g_168 = 0UL;
static int16_t g_175[2][10] = {{0x5AA9L,0xAD3AL,(-1L),0x5AA9L,(-1L),0xAD3AL,0x5AA9L,0x45FEL,0x45FEL,0x5AA9L},{0x45FEL,0xFE61L,(-1L),(-1L),0xFE61L,0x45FEL,0xAD3AL,0xFE61L,0xAD3AL,0x45FEL}};
static uint64_t g_178 = 0x2A41E839CC648200LL;
static uint16_t g_179 = 0x7A25L;
static int8_t g_214 = 0x84L;
static uint32_t g_215 = 9UL;
static volatile int8_t g_268[8][5] = {{0x21L,0x5FL,0x1CL,0x10L,0x1CL},{(-1L),(-1L),0x5FL,0x48L,0x8CL},{0x21L,0x8CL,0x71L,0x48L,0x48L},{0x48L,1L,0x48L,0x10L,0L},{0x71L,0x8CL,0x21L,5L,0L},{0x5FL,(-1L),(-1L),0x5FL,0x48L},{0x1CL,0x5FL,0x21L,0L,0x8CL},{0x1CL,0x21L,0x48L,0x21L,0x1CL}};
static int32_t ** volatile g_269 = &g_123;/* VOLATILE GLOBAL g_269 */
static uint64_t *g_282 = &g_178;
static uint64_t **g_281 = &g_282;
static volatile int64_t g_296 = 0x1FBAC96CF38775C3LL;/* VOLATILE GLOBAL g_296 */
static int32_t g_307 = (-1L);
static volatile int64_t g_325 = 0x79485C10DB3E03C6LL;/* VOLATILE GLOBAL g_325 */
static volatile int8_t g_326 = 0xD5L;/* VOLATILE GLOBAL g_326 */
static uint16_t g_327 = 0xA149L;
static uint8_t g_341[9] = {255UL,9UL,255UL,9UL,255UL,9UL,255UL,9UL,255UL};
static const uint64_t g_348 = 0x8F052B4024E053D5LL;
static volatile uint64_t ** volatile * volatile g_350 = (void*)0;/* VOLATILE GLOBAL g_350 */
static volatile uint64_t ** volatile * volatile *g_349 = &g_350;
static volatile int16_t **g_375 = (void*)0;
static volatile int16_t ***g_374[10] = {&g_375,&g_375,&g_375,&g_375,&g_375,&g_375,&g_375,&g_375,&g_375,&g_375};
static uint8_t g_499 = 7UL;
static volatile int8_t g_533 = 0x71L;/* VOLATILE GLOBAL g_533 */
static int32_t g_535[4] = {0x36582280L,0x36582280L,0x36582280L,0x36582280L};
static volatile int32_t g_557 = (-3L);/* VOLATILE GLOBAL g_557 */
static int32_t g_585[3][2] = {{1L,1L},{0xF72A3DC2L,1L},{1L,0xF72A3DC2L}};
static volatile int32_t g_591 = 0L;/* VOLATILE GLOBAL g_591 */
static int32_t * const *g_631 = (void*)0;
static uint16_t g_684 = 0UL;
static int32_t g_700[5] = {0x9E819C59L,0x9E819C59L,0x9E819C59L,0x9E819C59L,0x9E819C59L};
static int64_t g_703 = 0x062C1E3F18986B03LL;
static int32_t g_725 = 0x4ACAFCD5L;
static int32_t * volatile g_745[8][5][1] = {{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}},{{&g_30[7][2][0]},{&g_30[4][2][1]},{&g_30[7][2][0]},{(void*)0},{(void*)0}}};
static int16_t ***g_752 = (void*)0;
static int16_t ****g_751 = &g_752;
static int16_t ***** volatile g_750 = &g_751;/* VOLATILE GLOBAL g_750 */
static int32_t * volatile g_784 = &g_585[1][1];/* VOLATILE GLOBAL g_784 */
static int64_t *g_819 = &g_703;
static int64_t **g_818 = &g_819;
static int32_t ** const  volatile g_853 = &g_123;/* VOLATILE GLOBAL g_853 */
static int32_t ** volatile g_880[9] = {&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123};
static int32_t ** volatile g_881 = &g_123;/* VOLATILE GLOBAL g_881 */
static int32_t ** volatile g_913[10] = {&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123};
static int32_t ** volatile g_947 = &g_123;/* VOLATILE GLOBAL g_947 */
static int32_t ** const  volatile g_1010[1][9][4] = {{{(void*)0,&g_123,(void*)0,(void*)0},{&g_123,(void*)0,&g_123,(void*)0},{&g_123,(void*)0,&g_123,(void*)0},{(void*)0,&g_123,&g_123,(void*)0},{&g_123,(void*)0,&g_123,(void*)0},{(void*)0,&g_123,&g_123,&g_123},{&g_123,&g_123,&g_123,&g_123},{&g_123,&g_123,(void*)0,(void*)0},{(void*)0,(void*)0,&g_123,(void*)0}}};
static int64_t ***g_1042 = (void*)0;
static int64_t **** volatile g_1041 = &g_1042;/* VOLATILE GLOBAL g_1041 */
static const uint64_t *g_1065[7] = {&g_348,&g_348,&g_348,&g_348,&g_348,&g_348,&g_348};
static const uint64_t **g_1064 = &g_1065[2];
static const uint64_t ***g_1063 = &g_1064;
static const uint64_t ****g_1062 = &g_1063;
static const int8_t g_1084 = 4L;
static const int8_t g_1086 = 0x7CL;
static const int8_t *g_1085 = &g_1086;
static volatile uint8_t g_1095 = 0xECL;/* VOLATILE GLOBAL g_1095 */
static volatile uint8_t *g_1094 = &g_1095;
static volatile uint8_t ** const g_1093 = &g_1094;
static int32_t ** volatile g_1133 = &g_123;/* VOLATILE GLOBAL g_1133 */
static uint16_t *g_1146 = &g_150[0][4][3];
static uint16_t **g_1145 = &g_1146;
static uint16_t ** volatile * const g_1144 = &g_1145;
static int32_t ** volatile g_1161 = &g_123;/* VOLATILE GLOBAL g_1161 */
static int32_t * volatile g_1177 = (void*)0;/* VOLATILE GLOBAL g_1177 */
static volatile uint64_t g_1219 = 0x5354E67F602DA8B3LL;/* VOLATILE GLOBAL g_1219 */
static uint8_t ****g_1245 = (void*)0;
static uint8_t *g_1249 = &g_341[7];
static uint8_t **g_1248 = &g_1249;
static uint8_t ***g_1247 = &g_1248;
static uint8_t ****g_1246 = &g_1247;
static volatile uint32_t *g_1253 = (void*)0;
static volatile uint32_t **g_1252 = &g_1253;
static int64_t g_1274 = (-6L);
static const int8_t **g_1411 = &g_1085;
static const int8_t ***g_1410[5] = {&g_1411,&g_1411,&g_1411,&g_1411,&g_1411};
static uint32_t *g_1433 = (void*)0;
static int16_t *****g_1455 = &g_751;
static int16_t *****g_1457[4] = {&g_751,&g_751,&g_751,&g_751};
static uint64_t *****g_1463 = (void*)0;
static volatile int64_t g_1519 = 0x903393CD00FB2A9FLL;/* VOLATILE GLOBAL g_1519 */
static volatile int8_t g_1523 = 0xA2L;/* VOLATILE GLOBAL g_1523 */
static int8_t *g_1614 = &g_33;
static int8_t **g_1613 = &g_1614;
static int8_t ***g_1612 = &g_1613;
static int8_t **** volatile g_1611[2] = {&g_1612,&g_1612};
static int32_t ** volatile g_1634 = &g_123;/* VOLATILE GLOBAL g_1634 */
static uint64_t ***g_1639 = &g_281;
static uint64_t ****g_1638 = &g_1639;
static const int32_t *g_1646 = (void*)0;
static const int32_t ** const g_1645 = &g_1646;
static const int32_t ** const *g_1644 = &g_1645;
static const int32_t ** volatile g_1665 = &g_1646;/* VOLATILE GLOBAL g_1665 */
static volatile uint16_t g_1666 = 0x9624L;/* VOLATILE GLOBAL g_1666 */
static int64_t ** const **g_1757 = (void*)0;
static int8_t g_1805[3][4] = {{1L,1L,1L,1L},{1L,1L,1L,1L},{1L,1L,1L,1L}};
static uint64_t g_1833 = 0UL;
static int32_t * volatile g_1834[10][1] = {{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]},{&g_535[3]}};
static int32_t * volatile g_1835 = (void*)0;/* VOLATILE GLOBAL g_1835 */
static uint8_t g_1884 = 1UL;
static uint64_t ** const *g_1894 = &g_281;
static uint64_t ** const **g_1893 = &g_1894;
static const int16_t g_1930 = 0L;
static uint64_t ***g_1954 = &g_281;
static int8_t g_2122 = 0xBDL;
static volatile uint32_t g_2192 = 7UL;/* VOLATILE GLOBAL g_2192 */
static volatile int32_t *g_2224 = &g_557;
static volatile int32_t * volatile *g_2223[8] = {&g_2224,&g_2224,&g_2224,&g_2224,&g_2224,&g_2224,&g_2224,&g_2224};
static int32_t ****g_2279 = (void*)0;
static int32_t * volatile g_2289 = &g_535[3];/* VOLATILE GLOBAL g_2289 */
static int16_t g_2335 = 1L;
static uint64_t * const g_2410 = (void*)0;
static uint64_t * const * const g_2409 = &g_2410;
static uint64_t * const * const *g_2408[8] = {&g_2409,&g_2409,&g_2409,&g_2409,&g_2409,&g_2409,&g_2409,&g_2409};
static uint64_t * const * const **g_2407 = &g_2408[4];
static uint64_t * const * const ***g_2406 = &g_2407;
static int32_t * volatile g_2422 = &g_535[3];/* VOLATILE GLOBAL g_2422 */
static int16_t g_2511 = 0xD404L;
static uint64_t **** volatile g_2521 = &g_1954;/* VOLATILE GLOBAL g_2521 */
static uint16_t g_2540 = 0UL;
static int64_t ***** volatile g_2636 = (void*)0;/* VOLATILE GLOBAL g_2636 */
static int64_t ****g_2638[4] = {&g_1042,&g_1042,&g_1042,&g_1042};
static int64_t ***** volatile g_2637 = &g_2638[3];/* VOLATILE GLOBAL g_2637 */
static int32_t * volatile g_2646 = &g_307;/* VOLATILE GLOBAL g_2646 */
static const int16_t *g_2701 = (void*)0;
static const int16_t **g_2700 = &g_2701;
static int32_t * volatile g_2766[4][6] = {{&g_535[3],(void*)0,(void*)0,&g_535[3],&g_4,&g_4},{(void*)0,&g_4,&g_4,(void*)0,&g_4,&g_4},{(void*)0,&g_4,&g_4,(void*)0,&g_4,&g_4},{(void*)0,&g_4,&g_4,(void*)0,&g_4,&g_4}};
static int32_t * volatile g_2767[6] = {(void*)0,&g_30[7][2][1],&g_30[7][2][1],(void*)0,&g_30[7][2][1],&g_30[7][2][1]};
static int32_t * volatile g_2768 = &g_585[1][0];/* VOLATILE GLOBAL g_2768 */
static volatile uint64_t g_2803[7][1] = {{18446744073709551609UL},{6UL},{18446744073709551609UL},{18446744073709551609UL},{6UL},{18446744073709551609UL},{18446744073709551609UL}};
static int32_t * volatile g_2846 = &g_307;/* VOLATILE GLOBAL g_2846 */
static uint16_t ***g_2881[1] = {&g_1145};
static int16_t g_2907 = 0x2CCEL;
static int16_t * const g_2906 = &g_2907;
static int16_t * const *g_2905[3][3] = {{&g_2906,&g_2906,(void*)0},{&g_2906,&g_2906,(void*)0},{&g_2906,&g_2906,(void*)0}};
static uint32_t **g_2918 = &g_1433;
static uint32_t *** volatile g_2917[5] = {&g_2918,&g_2918,&g_2918,&g_2918,&g_2918};
static uint32_t *** volatile g_2919 = &g_2918;/* VOLATILE GLOBAL g_2919 */
static uint8_t ***** volatile g_2921[1] = {&g_1245};
static const uint32_t * const *g_2988 = (void*)0;
static const uint32_t * const **g_2987 = &g_2988;
static uint64_t g_3158 = 0x47BFDAFFE1C4F3AELL;
static int8_t g_3212 = 0x86L;
static const int64_t g_3283 = 0x2D752CF9182081DELL;
static uint16_t g_3298[8][6][5] = {{{65528UL,0x7563L,0xB073L,1UL,0UL},{0xF562L,65535UL,0xA17CL,0xE8E3L,0xE8E3L},{0UL,0x1759L,0UL,0xBE90L,65534UL},{1UL,65535UL,0xAF84L,0xA17CL,0xF562L},{0x1759L,65534UL,0xF98BL,65528UL,0UL},{65535UL,0UL,0xAF84L,0xF562L,65527UL}},{{65530UL,0xAEB6L,0UL,0UL,0xAEB6L},{65526UL,0UL,0xA17CL,1UL,0xB5C5L},{0x7563L,0x9B0AL,0xB073L,0x1759L,65535UL},{0xAF84L,0xD691L,65535UL,65535UL,65527UL},{0x7563L,0x716CL,65528UL,65530UL,1UL},{65526UL,0UL,0UL,65526UL,0xA17CL}},{{65530UL,65528UL,0x716CL,0x7563L,0x5A06L},{65535UL,65535UL,0xD691L,0xAF84L,0x871DL},{0x1759L,0xB073L,0x9B0AL,0x7563L,0UL},{1UL,0xA17CL,0UL,65526UL,0UL},{0UL,0UL,0xAEB6L,65530UL,0xB073L},{0xF562L,0xAF84L,0UL,65535UL,65526UL}},{{65528UL,0xF98BL,65534UL,0x1759L,0x6C88L},{0xA17CL,0xAF84L,65535UL,1UL,0xD691L},{0xBE90L,0UL,0x1759L,0UL,0xBE90L},{0xE8E3L,0xA17CL,65535UL,0xF562L,65535UL},{1UL,0xB073L,0x7563L,65528UL,0x1759L},{65535UL,65535UL,65527UL,0xA17CL,65535UL}},{{0x6C88L,65528UL,1UL,0xBE90L,0xBE90L},{65535UL,0UL,65535UL,0xE8E3L,0xD691L},{0x735CL,0x716CL,65535UL,1UL,0x6C88L},{0UL,0xD691L,65535UL,65535UL,65526UL},{0xB7D0L,0x9B0AL,0x716CL,65528UL,65530UL},{65535UL,65535UL,0xB5C5L,0xB5C5L,65535UL}},{{0x1F4EL,0xF98BL,0x1759L,0x9B0AL,65535UL},{0xF562L,65535UL,0x2403L,0x6215L,0xA17CL},{0x716CL,0xAEB6L,0x6C88L,0x5A06L,0UL},{0xF562L,0xD691L,0xE8E3L,65535UL,0UL},{0x1F4EL,0x3B78L,0x3B78L,0x1F4EL,0x1759L},{65535UL,0xE8E3L,0xD691L,0xF562L,65526UL}},{{0x5A06L,0x6C88L,0xAEB6L,0x716CL,1UL},{0x6215L,0x2403L,65535UL,0xF562L,0x871DL},{0x9B0AL,0x1759L,0xF98BL,0x1F4EL,0xF98BL},{0xB5C5L,0xB5C5L,65535UL,65535UL,0x2403L},{65528UL,0x716CL,0x7563L,0x5A06L,0x1F4EL},{0xE8E3L,65535UL,0UL,0x6215L,65535UL}},{{0x1759L,0x716CL,65534UL,0x9B0AL,0xAEB6L},{0xAF84L,0xB5C5L,0x6215L,0xB5C5L,0xAF84L},{65535UL,0x1759L,0xBE90L,65528UL,0UL},{0UL,0x2403L,0xF562L,0xE8E3L,0x6215L},{0xBE90L,0x6C88L,65530UL,0x1759L,0UL},{65535UL,0xE8E3L,0UL,0xAF84L,0xAF84L}}};
static int32_t * volatile g_3310[1][8] = {{&g_30[5][1][1],&g_30[4][2][1],&g_30[5][1][1],&g_30[4][2][1],&g_30[5][1][1],&g_30[4][2][1],&g_30[5][1][1],&g_30[4][2][1]}};
static int64_t g_3321 = 0x6AF9FA0775553580LL;
static uint32_t g_3378 = 0x0A1FDC56L;
static int32_t * volatile g_3380 = (void*)0;/* VOLATILE GLOBAL g_3380 */
static volatile int32_t g_3394 = 0x5A67A577L;/* VOLATILE GLOBAL g_3394 */
static uint8_t *****g_3415 = (void*)0;
static uint64_t g_3494 = 0x9DF6EA927A78268ALL;
static uint64_t * const g_3493 = &g_3494;
static uint64_t * const *g_3492[4] = {&g_3493,&g_3493,&g_3493,&g_3493};
static uint64_t ** volatile * volatile g_3529 = &g_281;/* VOLATILE GLOBAL g_3529 */
static uint64_t ** volatile * volatile *g_3528 = &g_3529;
static volatile uint8_t * volatile *g_3606[7] = {&g_1094,&g_1094,&g_1094,&g_1094,&g_1094,&g_1094,&g_1094};
static volatile uint8_t * volatile * volatile *g_3605 = &g_3606[3];
static int8_t *** const *g_3616 = (void*)0;
static int8_t *** const **g_3615 = &g_3616;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static const uint16_t  func_46(const uint64_t * p_47);
static uint64_t * func_48(int32_t * p_49, int16_t * p_50, int8_t  p_51, int8_t  p_52);
static int8_t  func_54(int32_t  p_55);
static int32_t  func_56(int16_t * p_57, uint32_t  p_58, int32_t * p_59, uint64_t * p_60, int32_t * p_61);
static int32_t * func_86(int32_t * p_87, uint8_t  p_88, uint32_t  p_89);
static int32_t * func_90(int8_t  p_91);
static uint32_t  func_96(int32_t * p_97, uint8_t  p_98, const int64_t * p_99);
static int32_t * func_105(int64_t * const  p_106, int8_t  p_107, int32_t  p_108);
static int64_t * const  func_111(int16_t * p_112);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_12 g_1644 g_1645 g_1646 g_1144 g_1145 g_1146 g_123 g_4 g_62 g_63 g_1612 g_1613 g_1614 g_2521 g_1954 g_281 g_282 g_178 g_585 g_1246 g_1247 g_1248 g_1249 g_341 g_2906 g_2907 g_784 g_818 g_819 g_703 g_1884 g_122 g_30 g_33 g_1093 g_1094 g_1095 g_1411 g_1085 g_1086 g_150 g_2987 g_2988 g_1062 g_1063 g_1064 g_1638 g_1639 g_1161 g_81 g_3528 g_29 g_78 g_117 g_120 g_68 g_148 g_79 g_37 g_175 g_152 g_214 g_215 g_268 g_269 g_296 g_80 g_327 g_168 g_348 g_349 g_307 g_66 g_179 g_325 g_700 g_557 g_535 g_326 g_725 g_750 g_1133 g_1455 g_751 g_752 g_2540 g_2122 g_947 g_36 g_2289 g_2646 g_1274 g_881 g_2406 g_2407 g_3605
 * writes: g_12 g_4 g_2540 g_1646 g_150 g_3415 g_30 g_33 g_148 g_63 g_1884 g_499 g_178 g_3492 g_2907 g_81 g_95 g_62 g_68 g_66 g_123 g_152 g_37 g_168 g_175 g_79 g_179 g_214 g_215 g_281 g_327 g_307 g_341 g_585 g_631 g_684 g_535 g_703 g_725 g_751 g_36 g_2122 g_752 g_78 g_2511 g_3378 g_1274 g_2881 g_1247 g_700
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int32_t l_2 = 1L;
    int32_t l_28 = 0xE71EBDC5L;
    int32_t l_32 = (-10L);
    uint64_t *l_65[2];
    int64_t l_3384[9][1] = {{0xE2D2D00ABEF56518LL},{1L},{0xE2D2D00ABEF56518LL},{0xE2D2D00ABEF56518LL},{1L},{0xE2D2D00ABEF56518LL},{0xE2D2D00ABEF56518LL},{1L},{0xE2D2D00ABEF56518LL}};
    int32_t l_3387[3][8][9] = {{{3L,0x0A446B06L,0L,0x75B70777L,0L,0x0EF51916L,0xDDB06347L,(-3L),0x9A6E62CEL},{(-1L),0xE8A29B1DL,(-2L),9L,0xFA2648A9L,3L,(-1L),(-4L),9L},{0x2D9E5A81L,0x0A446B06L,0x57EC8E6AL,3L,(-3L),0L,0xDDB06347L,0L,(-3L)},{(-1L),(-2L),(-2L),(-1L),(-6L),6L,0L,(-4L),0L},{7L,0xD3069A0CL,0L,3L,3L,0x31381578L,3L,(-3L),(-3L)},{0L,0x724708C2L,(-1L),9L,(-6L),(-4L),0x2D12AF88L,0x862C63D0L,9L},{7L,0x0A888BB3L,0xD3069A0CL,0x75B70777L,(-3L),0x31381578L,7L,0x0EF51916L,0x9A6E62CEL},{(-1L),0x724708C2L,0x03790DBEL,0x3FE7BE66L,0x9A957C20L,0xD4214E87L,0xE8A29B1DL,0xD4214E87L,0x9A957C20L}},{{0L,0L,0L,0L,(-4L),0L,0x57EC8E6AL,4L,0xB1BA3727L},{(-2L),0x4C7106D4L,0x32A4BA54L,0x3FE7BE66L,0x040FAFF3L,0x38651D87L,0x3FE7BE66L,0xDE114F54L,0x9A957C20L},{0x57EC8E6AL,0L,0x6A0D7FE9L,0x0A446B06L,(-4L),4L,0x0A888BB3L,0x8E7882A1L,0L},{(-2L),0x95629B88L,0x4C7106D4L,0x724708C2L,0x9A957C20L,0x38651D87L,(-2L),(-8L),0L},{0L,0L,0x532480B4L,0x57EC8E6AL,0xEAFC86CBL,0L,0x0A888BB3L,0L,0xEAFC86CBL},{(-1L),0x4C7106D4L,0x4C7106D4L,(-1L),0x93175126L,0xD4214E87L,0x3FE7BE66L,(-8L),4L},{0xD3069A0CL,0L,0x6A0D7FE9L,0x57EC8E6AL,0L,0xA332660AL,0x57EC8E6AL,0x8E7882A1L,0xEAFC86CBL},{0x3FE7BE66L,0L,0x32A4BA54L,0x724708C2L,0x93175126L,(-8L),0xE8A29B1DL,0xDE114F54L,0L}},{{0xD3069A0CL,0xE2762A82L,0L,0x0A446B06L,0xEAFC86CBL,0xA332660AL,0xD3069A0CL,4L,0L},{(-1L),0L,0x03790DBEL,0x3FE7BE66L,0x9A957C20L,0xD4214E87L,0xE8A29B1DL,0xD4214E87L,0x9A957C20L},{0L,0L,0L,0L,(-4L),0L,0x57EC8E6AL,4L,0xB1BA3727L},{(-2L),0x4C7106D4L,0x32A4BA54L,0x3FE7BE66L,0x040FAFF3L,0x38651D87L,0x3FE7BE66L,0xDE114F54L,0x9A957C20L},{0x57EC8E6AL,0L,0x6A0D7FE9L,0x0A446B06L,(-4L),4L,0x0A888BB3L,0x8E7882A1L,0L},{(-2L),0x95629B88L,0x4C7106D4L,0x724708C2L,0x9A957C20L,0x38651D87L,(-2L),(-8L),0L},{0L,0L,0x532480B4L,0x57EC8E6AL,0xEAFC86CBL,0L,0x0A888BB3L,0L,0xEAFC86CBL},{(-1L),0x4C7106D4L,0x4C7106D4L,(-1L),0x93175126L,0xD4214E87L,0x3FE7BE66L,(-8L),4L}}};
    int16_t l_3391 = (-3L);
    int32_t l_3395 = 0x3BCD5632L;
    int16_t l_3407 = 3L;
    int8_t l_3416[8] = {0xE6L,0xD0L,0xE6L,0xD0L,0xE6L,0xD0L,0xE6L,0xD0L};
    int16_t **l_3424[3];
    int16_t ***l_3423 = &l_3424[2];
    uint64_t l_3426[1][4][9] = {{{0x5A3D62E06475383BLL,0UL,0xBB2F2172DF0BB1F1LL,0UL,0x5A3D62E06475383BLL,0x2ED399713E85801FLL,0x5A3D62E06475383BLL,0UL,0xBB2F2172DF0BB1F1LL},{0x06E6FED32B1FC29ELL,0x06E6FED32B1FC29ELL,0x4B87E321ECD222EALL,0x06E6FED32B1FC29ELL,0x06E6FED32B1FC29ELL,0x4B87E321ECD222EALL,0x06E6FED32B1FC29ELL,0x06E6FED32B1FC29ELL,0x4B87E321ECD222EALL},{0x5A3D62E06475383BLL,0UL,0xBB2F2172DF0BB1F1LL,0UL,0x5A3D62E06475383BLL,0x2ED399713E85801FLL,0x5A3D62E06475383BLL,0UL,0xBB2F2172DF0BB1F1LL},{0x06E6FED32B1FC29ELL,0x06E6FED32B1FC29ELL,0x4B87E321ECD222EALL,0x06E6FED32B1FC29ELL,0x44F9E90DE8C1E9B5LL,0x06E6FED32B1FC29ELL,0x44F9E90DE8C1E9B5LL,0x44F9E90DE8C1E9B5LL,0x06E6FED32B1FC29ELL}}};
    uint32_t l_3500 = 0x35B88176L;
    uint32_t l_3501 = 4294967295UL;
    int32_t l_3540[8] = {0x2496DA19L,0L,0x2496DA19L,0L,0x2496DA19L,0L,0x2496DA19L,0L};
    uint8_t l_3541 = 0x96L;
    uint8_t l_3570 = 0x27L;
    uint64_t ***** const l_3591[1] = {(void*)0};
    uint32_t l_3638 = 0xDCDBEAB3L;
    int32_t l_3651 = 0L;
    uint8_t l_3652 = 0x57L;
    uint16_t l_3689 = 0x8B62L;
    int64_t **** const l_3693 = &g_1042;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_65[i] = &g_37;
    for (i = 0; i < 3; i++)
        l_3424[i] = &g_62;
    if (l_2)
    { /* block id: 1 */
        int32_t *l_3 = &g_4;
        int32_t *l_5 = &g_4;
        int32_t *l_6 = &g_4;
        int32_t *l_7 = (void*)0;
        int32_t *l_8 = &g_4;
        int32_t l_9 = 0xCB4C23AFL;
        int32_t *l_10 = (void*)0;
        int32_t *l_11 = &g_4;
        int16_t *l_1781 = (void*)0;
        int32_t l_3383 = 0xC26E24CAL;
        int32_t l_3386 = (-7L);
        int8_t l_3388 = (-10L);
        int32_t l_3389 = 0xE2E2E723L;
        int32_t l_3390 = 1L;
        int32_t l_3392[7] = {0xC96D7CDDL,0xC96D7CDDL,0xAACEB60DL,0xC96D7CDDL,0xC96D7CDDL,0xAACEB60DL,0xC96D7CDDL};
        uint8_t *****l_3414 = &g_1245;
        int32_t l_3419 = 0L;
        const int64_t *l_3422 = &l_3384[6][0];
        const int64_t **l_3421 = &l_3422;
        const int64_t ***l_3420 = &l_3421;
        int16_t ***l_3425 = &l_3424[1];
        const int64_t l_3553 = 0xE6D525F213BCC215LL;
        int32_t l_3692[9][3];
        int i, j;
        for (i = 0; i < 9; i++)
        {
            for (j = 0; j < 3; j++)
                l_3692[i][j] = 0x48591715L;
        }
        g_12++;
lbl_3548:
        for (g_4 = 17; (g_4 > (-2)); g_4 = safe_sub_func_uint16_t_u_u(g_4, 2))
        { /* block id: 5 */
            uint64_t *l_19[5];
            int32_t l_31 = 0xD3A1A91FL;
            int32_t l_35 = 0xC7F12237L;
            int16_t *l_44 = &g_36;
            int16_t *l_45 = &g_34[2];
            uint32_t l_64[9][2][8] = {{{0UL,0xDDD0F98EL,5UL,0x310476CEL,4294967295UL,0x31C21D01L,1UL,4294967287UL},{0UL,4294967295UL,4294967295UL,1UL,0UL,4294967286UL,1UL,9UL}},{{1UL,1UL,5UL,0x31C21D01L,0x5494CF71L,4294967292UL,4294967287UL,0x58D46EB9L},{0x5494CF71L,4294967292UL,4294967287UL,0x58D46EB9L,0xE4EAF162L,4294967295UL,0x43C6BD66L,4294967291UL}},{{0xA7FAFEA3L,4294967295UL,0UL,0xBD67DEC9L,0x49C75CA1L,0x6491A587L,4294967295UL,9UL},{4294967295UL,0UL,0x31C21D01L,1UL,4294967295UL,0x1959CD49L,0x1959CD49L,4294967295UL}},{{0x310476CEL,0xE4EAF162L,0xE4EAF162L,0x310476CEL,0x1959CD49L,1UL,0x58D46EB9L,4294967294UL},{0xA7FAFEA3L,0xA80D852CL,4294967291UL,4294967295UL,0x43C6BD66L,4294967292UL,0UL,4294967295UL}},{{5UL,0xA80D852CL,4294967291UL,7UL,0x5494CF71L,1UL,4294967295UL,0x5102697EL},{1UL,0xE4EAF162L,5UL,9UL,4294967295UL,0x1959CD49L,0xA80D852CL,7UL}},{{0UL,0UL,8UL,0x5494CF71L,0UL,0x6491A587L,0x310476CEL,0UL},{4294967295UL,4294967295UL,4294967291UL,0xDDD0F98EL,0xA80D852CL,4294967295UL,4294967294UL,1UL}},{{0x58D46EB9L,4294967292UL,1UL,0x5102697EL,1UL,4294967292UL,0x58D46EB9L,4294967295UL},{0UL,1UL,0xA38A5BFFL,0x5494CF71L,9UL,4294967286UL,0x49C75CA1L,0xA80D852CL}},{{0xDDD0F98EL,4294967295UL,0x31C21D01L,4294967295UL,9UL,0x31C21D01L,0x47D74E5BL,0x5102697EL},{0UL,0xDDD0F98EL,4294967292UL,0xA80D852CL,1UL,0x47D74E5BL,0x43C6BD66L,5UL}},{{0x58D46EB9L,0UL,4294967295UL,4294967295UL,0xA80D852CL,4UL,4294967295UL,0UL},{4294967295UL,0x5102697EL,5UL,4294967295UL,0UL,0x31C21D01L,1UL,4294967295UL}}};
            uint32_t *l_3377[3];
            int32_t l_3379[7] = {0L,0L,0L,0L,0L,0L,0L};
            int32_t *l_3381 = (void*)0;
            int32_t *l_3382[3];
            int8_t l_3385 = 1L;
            int16_t l_3393[1];
            uint8_t l_3396 = 0xE8L;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_19[i] = &g_20[0][3][5];
            for (i = 0; i < 3; i++)
                l_3377[i] = &g_3378;
            for (i = 0; i < 3; i++)
                l_3382[i] = &g_68;
            for (i = 0; i < 1; i++)
                l_3393[i] = (-1L);
        }
        for (g_2540 = 0; (g_2540 <= 0); g_2540 += 1)
        { /* block id: 1465 */
            int32_t l_3399[5][4] = {{0x865048A0L,0x865048A0L,0x865048A0L,0x865048A0L},{0x865048A0L,0x865048A0L,0x865048A0L,0x865048A0L},{0x865048A0L,0x865048A0L,0x865048A0L,0x865048A0L},{0x865048A0L,0x865048A0L,0x865048A0L,0x865048A0L},{0x865048A0L,0x865048A0L,0x865048A0L,0x865048A0L}};
            int32_t *l_3400 = (void*)0;
            int32_t *l_3401[10] = {&g_585[1][0],&l_3387[0][3][5],&l_3387[0][3][5],&g_585[1][0],&l_3387[0][3][5],&l_3387[0][3][5],&g_585[1][0],&l_3387[0][3][5],&l_3387[0][3][5],&g_585[1][0]};
            uint8_t l_3402 = 0xC4L;
            int64_t ***l_3411 = (void*)0;
            int32_t l_3467[10] = {0xDBC51544L,9L,9L,0xDBC51544L,5L,0xDBC51544L,9L,9L,0xDBC51544L,5L};
            uint32_t **l_3485 = &g_1433;
            uint8_t l_3531 = 255UL;
            int64_t l_3537 = 1L;
            uint8_t l_3569 = 0x0DL;
            uint8_t ***l_3607 = &g_1248;
            int i, j;
            --l_3402;
            (**g_1644) = (**g_1644);
            if ((safe_sub_func_int16_t_s_s((((***g_1144) = 65527UL) <= (l_28 || l_3407)), (safe_unary_minus_func_uint16_t_u((((safe_sub_func_int8_t_s_s(((***g_1612) = ((((l_3411 != (((safe_mod_func_uint16_t_u_u((&g_1246 == (g_3415 = (l_3414 = &g_1245))), (l_3416[1] & (safe_rshift_func_int16_t_s_s((((*g_123) = l_3419) , (*l_6)), (*g_62)))))) , (*l_3)) , l_3420)) , l_3423) == l_3425) & (-2L))), (*l_8))) == l_3426[0][2][8]) > (****g_2521)))))))
            { /* block id: 1473 */
                int64_t * const l_3430 = (void*)0;
                int32_t *l_3436[2][7][1] = {{{&g_23[0][0]},{&g_23[0][0]},{&g_23[0][0]},{&l_28},{&g_535[3]},{&l_28},{&g_23[0][0]}},{{&g_23[0][0]},{&g_23[0][0]},{&g_23[0][0]},{&l_28},{&g_535[3]},{&l_28},{&g_23[0][0]}}};
                uint8_t *l_3466 = &g_1884;
                uint8_t *l_3468 = &g_499;
                int8_t l_3503 = 0x70L;
                uint32_t l_3545 = 4294967294UL;
                const int64_t l_3568 = 0x77EB1E099622A80ALL;
                int i, j, k;
                for (g_148 = 1; (g_148 >= 0); g_148 -= 1)
                { /* block id: 1476 */
                    int64_t **l_3431 = &g_819;
                    int64_t *l_3433 = &g_78;
                    int64_t **l_3432 = &l_3433;
                    int32_t *l_3437 = &l_3389;
                    int i, j;
                    (**g_1644) = &g_585[g_148][g_148];
                    l_3437 = ((safe_rshift_func_int8_t_s_u((safe_unary_minus_func_uint64_t_u(1UL)), 5)) , l_3436[0][0][0]);
                    (*l_8) &= (***g_1644);
                }
                if ((safe_lshift_func_uint8_t_u_u((****g_1246), ((*l_3468) = (!(((***l_3423) = (*g_2906)) , ((!(safe_rshift_func_uint8_t_u_s((((*g_784) , ((safe_add_func_uint32_t_u_u(((safe_unary_minus_func_uint8_t_u(((safe_add_func_uint64_t_u_u((safe_div_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((((*l_6) , (safe_add_func_int32_t_s_s((((~((((((safe_sub_func_uint32_t_u_u(((((((((~(safe_add_func_uint8_t_u_u(0xEBL, ((((safe_add_func_uint32_t_u_u((!(65535UL < ((**g_818) <= (safe_lshift_func_uint16_t_u_s((((*l_3466) ^= ((void*)0 != (*g_281))) >= 0xC5L), 14))))), (*l_3))) && l_3395) > 1L) , (*l_8))))) && (**g_122)) , l_3426[0][1][2]) && (*g_1614)) < 0x3294BD5BDEBD12F3LL) & l_3387[0][3][5]) || (**g_1093)) == 0UL), (-10L))) , 0x29C99618F4294075LL) > 0x80A8D812F164CCB9LL) <= 4294967295UL) && (**g_818)) <= (**g_1411))) ^ (*l_5)) & l_3467[4]), l_2))) , 255UL), 1)), (*l_11))), (*g_819))) , l_3387[0][3][5]))) <= 0xADAEC0AF6AB08D02LL), (*l_6))) <= (-5L))) , (*g_1094)), (*g_1614)))) || (*l_5))))))))
                { /* block id: 1487 */
                    int32_t l_3499[2];
                    uint16_t l_3502 = 2UL;
                    int32_t l_3504[7][9] = {{1L,0xF02D0527L,(-1L),(-1L),(-1L),(-1L),0xF02D0527L,1L,0xCB507596L},{(-1L),(-9L),8L,1L,0L,(-1L),(-1L),0L,1L},{8L,0x25D5FFBCL,8L,0x3E42F0A1L,0xF02D0527L,(-1L),3L,0xCB507596L,0xCB507596L},{0xF608E084L,(-1L),0x556369B6L,(-1L),0x556369B6L,(-1L),0xF608E084L,0x4BDA420AL,8L},{3L,(-1L),0xF02D0527L,0x3E42F0A1L,8L,0x25D5FFBCL,8L,0x3E42F0A1L,0xF02D0527L},{(-1L),(-1L),0L,1L,8L,(-9L),(-1L),0x4BDA420AL,(-1L)},{0xF02D0527L,(-1L),(-1L),(-1L),(-1L),0xF02D0527L,1L,0xCB507596L,0x944E15A2L}};
                    int i, j;
                    for (i = 0; i < 2; i++)
                        l_3499[i] = 0xE6813144L;
                    if ((((safe_rshift_func_int16_t_s_s((18446744073709551615UL ^ (safe_rshift_func_int16_t_s_u(((safe_mul_func_int8_t_s_s((*g_1085), ((((*g_819) & (((***g_1954) , (((*g_282) = 0x727D122F65E0EEBDLL) != l_3387[0][3][5])) | (-3L))) | ((safe_lshift_func_uint16_t_u_u((*g_1146), (***g_1144))) > (***g_1247))) >= (*g_819)))) , l_3387[0][3][5]), 7))), (*l_6))) >= (-6L)) & 0L))
                    { /* block id: 1489 */
                        uint32_t ***l_3486 = &l_3485;
                        int32_t l_3489[8][6][5] = {{{0xE233EC8FL,(-8L),(-9L),5L,0L},{0x630BF29BL,0x3F075446L,0xE6643B29L,0xB40F41D2L,9L},{0L,(-1L),0x51FFA8EBL,0x326CDEC3L,1L},{0xDE7B8E83L,0x0DD18872L,0L,0x1CFB5FB5L,0x046FA932L},{0xD8746A7DL,0x3243B482L,0L,0x1CFB5FB5L,0x8DC3C6A9L},{(-9L),0xA5715607L,(-8L),0x326CDEC3L,0L}},{{0x81ECF101L,5L,0xE233EC8FL,0xB40F41D2L,(-1L)},{0xFE804077L,0L,0xE0FBDA6AL,5L,0xE0FBDA6AL},{0x1CFB5FB5L,0x1CFB5FB5L,0L,4L,0x2BFA7A88L},{0xA5715607L,0xD8746A7DL,0x1CFB5FB5L,0xDF620CC1L,0xE233EC8FL},{1L,1L,0x5A7AE52FL,0xFE804077L,7L},{(-7L),0xD8746A7DL,(-1L),0xE0FBDA6AL,0L}},{{(-8L),0x1CFB5FB5L,(-10L),9L,1L},{0x794BF1ECL,0L,0L,0xF09D620FL,0x68C882F0L},{0L,5L,0xA897CAD2L,0x53C19A90L,0xDE7B8E83L},{0xB40F41D2L,0xA5715607L,0x326CDEC3L,(-9L),0x0DD18872L},{0L,0x3243B482L,0x5BA344FEL,0L,0x0DD18872L},{0xA897CAD2L,0x0DD18872L,(-9L),(-1L),0xDE7B8E83L}},{{0xE0FBDA6AL,(-1L),0xDF620CC1L,0x8F2F081DL,0xA897CAD2L},{0x326CDEC3L,0xAAD6BBE2L,0x5BA344FEL,2L,2L},{0x0DD18872L,0xD01F3F67L,0x0DD18872L,0x8DC3C6A9L,0x630BF29BL},{0xF09D620FL,0x0D927B8AL,0xFE804077L,0xE6643B29L,0L},{0x6699A28CL,0x0DD18872L,0L,0x794BF1ECL,(-10L)},{0x794BF1ECL,0L,0xFE804077L,0L,0xB40F41D2L}},{{0x8F2F081DL,0x5A7AE52FL,0x0DD18872L,4L,0x0D927B8AL},{(-3L),0L,0x5BA344FEL,0xD01F3F67L,0x2BFA7A88L},{0x2BFA7A88L,(-8L),1L,0x0DD18872L,(-1L)},{0x5A7AE52FL,(-6L),0L,0xDF620CC1L,0xA5715607L},{0L,0xFE804077L,0x3F075446L,0xA897CAD2L,0x0DD18872L},{0L,0x046FA932L,0xF09D620FL,0xB40F41D2L,(-9L)}},{{0x5A7AE52FL,1L,1L,0xD8746A7DL,0L},{0x2BFA7A88L,7L,0x1CFB5FB5L,0x68C882F0L,(-6L)},{(-3L),0xD72EED82L,0xD72EED82L,(-3L),(-9L)},{0x8F2F081DL,0x794BF1ECL,0x2BFA7A88L,0xAAD6BBE2L,5L},{0x794BF1ECL,0x5BA344FEL,0x326CDEC3L,0xFE804077L,0x51FFA8EBL},{0x6699A28CL,0L,0L,0xAAD6BBE2L,0x81ECF101L}},{{0xF09D620FL,0xE6643B29L,0x8F2F081DL,(-3L),0L},{0x0DD18872L,4L,0x0D927B8AL,0x68C882F0L,(-3L)},{0x326CDEC3L,7L,(-10L),0xD8746A7DL,0xF09D620FL},{0x0D927B8AL,(-9L),0x81ECF101L,0xB40F41D2L,7L},{1L,(-7L),(-1L),0xA897CAD2L,0xD01F3F67L},{(-6L),(-7L),0x5A7AE52FL,0xDF620CC1L,0x68C882F0L}},{{0L,(-9L),7L,0x0DD18872L,0xFE804077L},{0x1CFB5FB5L,7L,0x8DC3C6A9L,0xD01F3F67L,(-8L)},{0xDF620CC1L,4L,7L,4L,0xDF620CC1L},{0xD01F3F67L,0xE6643B29L,0xA5715607L,0L,0L},{(-8L),0L,(-6L),0x794BF1ECL,0xE233EC8FL},{(-9L),0x5BA344FEL,0xE0FBDA6AL,0xE6643B29L,0L}}};
                        uint64_t * const *l_3491 = &g_2410;
                        uint64_t * const **l_3490[6] = {&l_3491,&l_3491,&l_3491,&l_3491,&l_3491,&l_3491};
                        int32_t **l_3506 = (void*)0;
                        int32_t ***l_3505 = &l_3506;
                        int i, j, k;
                        l_3504[4][0] |= (safe_mod_func_uint16_t_u_u(((safe_rshift_func_int16_t_s_u((safe_mul_func_uint16_t_u_u(((***g_1144) = ((*g_2987) == ((*l_3486) = l_3485))), ((safe_div_func_uint32_t_u_u(((l_3489[7][3][1] , (**g_1062)) != (g_3492[0] = (**g_1638))), (((((safe_mul_func_int16_t_s_s((6UL & (safe_mod_func_int32_t_s_s((**g_1161), l_3499[0]))), ((*g_2906) = (l_3500 || l_3384[1][0])))) , (*l_6)) || l_3501) == l_3502) ^ (****g_1638)))) == l_2))), 4)) >= (**g_818)), l_3503));
                        (*l_3505) = (void*)0;
                    }
                    else
                    { /* block id: 1496 */
                        const uint32_t l_3511 = 0x6E4B74F1L;
                        uint32_t *l_3516 = &g_81[7];
                        uint64_t l_3530 = 0x27C3AA482D7385C2LL;
                        int32_t l_3532 = 0L;
                        int32_t **l_3535 = &g_123;
                        int32_t ***l_3534 = &l_3535;
                        int32_t ****l_3533 = &l_3534;
                        l_3532 ^= ((((safe_mod_func_uint16_t_u_u((**g_1145), 0x4123L)) , ((void*)0 == l_5)) == ((***g_1612) &= (safe_add_func_uint32_t_u_u((l_3511 , ((safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((--(*l_3516)) != ((0x251E3B24ED5692A0LL <= (safe_sub_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u(4294967295UL, (((((!((safe_rshift_func_int16_t_s_s((safe_add_func_int16_t_s_s(1L, (((((void*)0 != g_3528) || l_3502) & l_3530) , (*l_6)))), l_3502)) != (-9L))) , l_3511) >= l_3511) && l_3511) >= l_3426[0][2][8]))), (*l_6)))) != (**g_1161))), (*g_1249))), 8L)) <= l_3531)), l_3504[4][0])))) | l_3530);
                        (**g_1644) = (l_3400 = func_90(((&g_269 == ((*l_3533) = (void*)0)) , (-1L))));
                        return (*g_120);
                    }
                    (*l_6) &= (**g_1133);
                }
                else
                { /* block id: 1506 */
                    int32_t l_3536 = 9L;
                    int32_t l_3538 = 0L;
                    int32_t l_3539[7][2] = {{0L,0x35530C54L},{0L,0x35530C54L},{0L,0x35530C54L},{0L,0x35530C54L},{0L,0x35530C54L},{0L,0x35530C54L},{0L,0x35530C54L}};
                    int i, j;
                    l_3541++;
                    for (g_36 = 1; (g_36 >= 0); g_36 -= 1)
                    { /* block id: 1510 */
                        int32_t l_3544[3][2][8] = {{{(-10L),0xF55BBCF9L,0x844B0E3BL,0x844B0E3BL,0xF55BBCF9L,(-10L),0L,(-1L)},{(-10L),0x5438D2BBL,0x50FBF3E4L,0xF55BBCF9L,0L,0xF55BBCF9L,0x50FBF3E4L,0x5438D2BBL}},{{0L,0x50FBF3E4L,0xCAE65546L,0xF55BBCF9L,(-1L),0x06124E43L,0x06124E43L,0x06124E43L},{(-1L),0x06124E43L,0x06124E43L,(-1L),0xF55BBCF9L,0xCAE65546L,0x50FBF3E4L,0L}},{{0x80D243B1L,(-1L),(-10L),0x50FBF3E4L,(-10L),(-1L),0x80D243B1L,0x5438D2BBL},{(-10L),(-1L),0x80D243B1L,0x5438D2BBL,0xCAE65546L,0xCAE65546L,0x5438D2BBL,0x80D243B1L}}};
                        int i, j, k;
                        --l_3545;
                    }
                    if (l_3541)
                        goto lbl_3548;
                    for (g_2122 = 0; (g_2122 <= 1); g_2122 += 1)
                    { /* block id: 1516 */
                        int i, j;
                        (**g_1644) = &g_585[(g_2540 + 1)][g_2540];
                        (**g_1455) = (**g_1455);
                        (*l_11) ^= g_585[g_2540][g_2122];
                    }
                }
                l_3390 |= (l_3416[2] > ((safe_rshift_func_uint8_t_u_s((l_3553 != (safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_s(((safe_lshift_func_int8_t_s_u(((safe_div_func_int64_t_s_s((((((l_3540[7] != (((*g_1614) && ((*g_1249) = (safe_lshift_func_uint8_t_u_u(((((safe_div_func_int64_t_s_s((safe_mod_func_uint8_t_u_u((**g_1093), (***g_1247))), (((*g_123) = ((*l_3) = (*g_123))) & (((l_3568 || (l_3416[1] | 0x87L)) ^ (**g_1145)) & l_3416[1])))) , (**g_1248)) , l_3569) & (*g_1085)), 3)))) >= l_3570)) || 0x9787A589B27B2F58LL) ^ 0x83L) >= l_3384[6][0]) | l_28), (****g_1638))) < g_68), 3)) , 65533UL), 11)) | 0UL), l_28))), (**g_1613))) >= l_3570));
            }
            else
            { /* block id: 1526 */
                uint8_t ** const l_3571 = (void*)0;
                int16_t *l_3572 = &g_34[0];
                if ((**g_947))
                    break;
                (*l_5) = (((void*)0 != l_3571) <= 0x7B65FB71L);
                for (g_36 = 0; (g_36 <= 0); g_36 += 1)
                { /* block id: 1531 */
                    for (l_3570 = 0; (l_3570 <= 0); l_3570 += 1)
                    { /* block id: 1534 */
                        int i, j;
                        return g_585[(g_2540 + 1)][(g_36 + 1)];
                    }
                    for (g_78 = 0; (g_78 <= 1); g_78 += 1)
                    { /* block id: 1539 */
                        if ((*g_2289))
                            break;
                    }
                    for (g_2511 = 0; (g_2511 >= 0); g_2511 -= 1)
                    { /* block id: 1544 */
                        if (l_3390)
                            goto lbl_3548;
                    }
                    for (g_3378 = 0; (g_3378 <= 1); g_3378 += 1)
                    { /* block id: 1549 */
                        int64_t * const l_3573 = &l_3384[1][0];
                    }
                }
                (*g_2289) = (((safe_unary_minus_func_uint16_t_u(((~0xAB69F41CL) && (-1L)))) , (safe_add_func_int16_t_s_s(((***g_1612) || (safe_rshift_func_uint16_t_u_s(((*g_1614) > (((*l_6) = (((safe_mod_func_int32_t_s_s((1L ^ ((safe_add_func_uint64_t_u_u((safe_add_func_int64_t_s_s((safe_mul_func_int8_t_s_s((!0xC1257394L), (safe_lshift_func_int8_t_s_u((&g_2407 != l_3591[0]), 1)))), (((safe_sub_func_int8_t_s_s(((((safe_sub_func_int32_t_s_s(0xADFFFE6DL, l_3570)) > l_3540[7]) != (**g_1411)) , 0x92L), (**g_1248))) ^ 0L) != 0xF8L))), 0L)) != (*l_8))), l_3540[7])) , 0x3765L) ^ 0L)) <= (-5L))), 1))), l_3416[4]))) , (*g_2646));
            }
            for (g_1274 = 0; (g_1274 >= 0); g_1274 -= 1)
            { /* block id: 1559 */
                return (**g_881);
            }
            for (l_3391 = 1; (l_3391 >= 0); l_3391 -= 1)
            { /* block id: 1564 */
                uint64_t **** const l_3602 = &g_1639;
                int i, j;
                g_585[l_3391][g_2540] = ((safe_lshift_func_int8_t_s_u(((0L == ((g_700[0] ^= ((safe_sub_func_uint64_t_u_u(l_3500, (safe_sub_func_int64_t_s_s(((l_3602 == (*g_2406)) <= (safe_mul_func_uint8_t_u_u(((g_2881[g_2540] = &g_1145) == (void*)0), (g_3605 == ((*g_1246) = l_3607))))), l_3570)))) && 4294967295UL)) , l_28)) >= l_3416[1]), 6)) || (*l_6));
            }
        }
        for (g_152 = 0; (g_152 <= 1); g_152 += 1)
        { /* block id: 1573 */
            int8_t l_3623 = 1L;
            int8_t l_3624 = 0L;
            int32_t l_3645 = (-1L);
            int32_t l_3649 = (-9L);
            int64_t *****l_3660 = &g_2638[3];
            int16_t *l_3688 = &g_175[0][7];
            for (g_37 = 0; (g_37 <= 1); g_37 += 1)
            { /* block id: 1576 */
                uint64_t l_3610 = 0x07A3B443BFE007EFLL;
                uint32_t *l_3611 = &g_81[6];
                int32_t l_3612 = 0x31FEC9BEL;
                int8_t *** const *l_3614 = &g_1612;
                int8_t *** const **l_3613 = &l_3614;
                int32_t l_3625[10] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
                uint8_t * const *** const l_3678 = (void*)0;
                int i;
            }
        }
    }
    else
    { /* block id: 1616 */
        (*g_123) = l_28;
    }
    (*g_123) ^= l_3387[1][0][7];
    return l_3384[4][0];
}


/* ------------------------------------------ */
/* 
 * reads : g_703 g_29 g_81 g_178 g_168 g_1146 g_1062 g_1063 g_1145 g_150 g_1144 g_818 g_819 g_1094 g_1095 g_2422 g_1247 g_1248 g_1249 g_341 g_535 g_725 g_2289 g_1930 g_1614 g_33 g_1411 g_1085 g_1086 g_63 g_30 g_179 g_2511 g_2521 g_2407 g_2408 g_2409 g_2410 g_2540 g_268 g_784 g_585 g_2637 g_2646 g_1805 g_1645 g_62 g_1613 g_2700 g_1064 g_1065 g_348 g_2122 g_66 g_282 g_307 g_2768 g_2803 g_2906 g_2907 g_2987 g_2224 g_557 g_2846 g_68 g_1274 g_2918 g_3158 g_117 g_214 g_1093 g_3212 g_2335 g_79 g_3298 g_1884
 * writes: g_703 g_81 g_150 g_152 g_214 g_29 g_178 g_2406 g_535 g_341 g_327 g_63 g_33 g_79 g_179 g_1954 g_2540 g_123 g_2122 g_66 g_1884 g_585 g_78 g_684 g_95 g_2638 g_307 g_1646 g_1611 g_2511 g_1274 g_2700 g_68 g_1065 g_1433 g_2335 g_168 g_3158 g_3298 g_1457
 */
static const uint16_t  func_46(const uint64_t * p_47)
{ /* block id: 986 */
    const int32_t l_2350 = 0xFB70B172L;
    int8_t l_2364 = 0x31L;
    int32_t l_2369 = 0x7E5A2BCFL;
    int32_t l_2371 = 0xB8471FBBL;
    uint64_t ***l_2388 = &g_281;
    int64_t l_2393 = 0xDAE2C023DFF76065LL;
    int16_t ****l_2499 = &g_752;
    uint8_t l_2526 = 0x45L;
    int8_t l_2538 = 0x3BL;
    uint8_t l_2559 = 0UL;
    uint16_t l_2564 = 0xB82EL;
    int64_t ****l_2635 = &g_1042;
    int32_t l_2691 = 1L;
    int16_t l_2724 = 0x1267L;
    int16_t l_2776 = 0x00F0L;
    uint16_t ***l_2880 = &g_1145;
    uint16_t l_2947 = 1UL;
    int16_t l_2952 = 0L;
    uint32_t ***l_2960 = (void*)0;
    int64_t l_2963 = (-6L);
    int32_t *l_2992 = (void*)0;
    uint8_t l_3005[3];
    int32_t l_3021 = 1L;
    int8_t ****l_3117 = &g_1612;
    int8_t *****l_3116[4][1];
    uint32_t *l_3129 = &g_215;
    uint32_t **l_3128 = &l_3129;
    uint64_t l_3156 = 18446744073709551612UL;
    int32_t ***l_3181 = (void*)0;
    uint32_t l_3281 = 4294967295UL;
    int64_t l_3308 = (-4L);
    uint16_t l_3309 = 0x545EL;
    int32_t l_3317[7] = {0x733415B2L,1L,0x733415B2L,0x733415B2L,1L,0x733415B2L,0x733415B2L};
    uint32_t l_3324 = 4294967295UL;
    const int32_t l_3333[9][2][6] = {{{1L,1L,(-7L),0x20A0E107L,0xE69E45ABL,9L},{0xE69E45ABL,(-1L),0x24CC4CDDL,0x20A0E107L,(-1L),(-7L)}},{{1L,0xE69E45ABL,0x24CC4CDDL,0xE69E45ABL,1L,9L},{0xD024FE76L,0xE69E45ABL,(-7L),0xD024FE76L,(-1L),0x4C79A554L}},{{0xD024FE76L,(-1L),0x4C79A554L,0xE69E45ABL,0xE69E45ABL,0x4C79A554L},{1L,1L,(-7L),0x20A0E107L,0xE69E45ABL,9L}},{{0xE69E45ABL,(-1L),0x24CC4CDDL,0x20A0E107L,(-1L),(-7L)},{1L,0xE69E45ABL,0x24CC4CDDL,0xE69E45ABL,1L,9L}},{{0xD024FE76L,0xE69E45ABL,(-7L),0xD024FE76L,(-1L),0x4C79A554L},{0xD024FE76L,(-1L),0x4C79A554L,0xE69E45ABL,0xE69E45ABL,0x4C79A554L}},{{1L,1L,(-7L),0x20A0E107L,0xE69E45ABL,9L},{0xE69E45ABL,(-1L),0x24CC4CDDL,0x20A0E107L,(-1L),(-7L)}},{{1L,0xE69E45ABL,0x24CC4CDDL,0xE69E45ABL,1L,9L},{0xD024FE76L,0xE69E45ABL,(-7L),0xD024FE76L,(-1L),0x4C79A554L}},{{0xD024FE76L,(-1L),0x4C79A554L,0xE69E45ABL,0xE69E45ABL,0x4C79A554L},{1L,1L,(-7L),0x20A0E107L,0xE69E45ABL,9L}},{{0xE69E45ABL,(-1L),0x24CC4CDDL,0x20A0E107L,(-1L),(-7L)},{1L,0xE69E45ABL,0x24CC4CDDL,0xE69E45ABL,1L,9L}}};
    uint16_t l_3365 = 0x2943L;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_3005[i] = 0x99L;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_3116[i][j] = &l_3117;
    }
    for (g_703 = 20; (g_703 >= (-12)); g_703 = safe_sub_func_int32_t_s_s(g_703, 8))
    { /* block id: 989 */
        uint64_t l_2346 = 18446744073709551611UL;
        uint32_t *l_2349 = &g_81[7];
        int64_t *l_2352[3];
        int32_t l_2353 = 0x80F5AFD3L;
        uint32_t l_2359 = 3UL;
        uint16_t *l_2370 = &g_152;
        const uint8_t *l_2453 = (void*)0;
        uint8_t l_2508 = 0x17L;
        int32_t l_2524 = 8L;
        int16_t ****l_2529 = &g_752;
        int32_t l_2536 = 1L;
        int32_t l_2539[2][2];
        int64_t ***l_2573 = &g_818;
        int64_t **** const l_2572 = &l_2573;
        int64_t **** const *l_2571 = &l_2572;
        int i, j;
        for (i = 0; i < 3; i++)
            l_2352[i] = &g_95;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 2; j++)
                l_2539[i][j] = 1L;
        }
        l_2371 |= ((0x9FF8L | l_2346) > (safe_lshift_func_int16_t_s_s((((*l_2349) |= g_29[1][4][1]) | l_2350), (((((l_2353 = (!5L)) >= (safe_add_func_int64_t_s_s((safe_sub_func_int8_t_s_s((((((+(l_2359 = l_2346)) > ((*l_2370) = (safe_add_func_uint32_t_u_u((safe_div_func_int8_t_s_s(l_2364, ((((safe_div_func_uint16_t_u_u(((*g_1146) = (safe_div_func_int64_t_s_s(((l_2369 = l_2346) > l_2346), (*p_47)))), l_2346)) > l_2346) <= 0L) , l_2346))), l_2350)))) && l_2350) | l_2346) >= 0x62L), l_2350)), l_2364))) , 0x709BL) ^ l_2350) , l_2346))));
        for (g_152 = (-26); (g_152 < 41); ++g_152)
        { /* block id: 999 */
            uint32_t l_2385 = 0xD4D54530L;
            uint64_t l_2392 = 0x947CCC286839DCD7LL;
            uint64_t * const * const ***l_2405 = (void*)0;
            uint64_t l_2437 = 1UL;
            uint8_t **** const *l_2458[1][3][10] = {{{&g_1246,&g_1245,&g_1245,&g_1246,&g_1245,&g_1246,&g_1245,&g_1245,&g_1246,&g_1245},{&g_1246,&g_1245,&g_1245,&g_1246,(void*)0,&g_1245,&g_1245,&g_1245,&g_1245,&g_1245},{&g_1245,&g_1245,&g_1245,&g_1245,&g_1245,&g_1245,&g_1245,&g_1245,&g_1245,(void*)0}}};
            int16_t ****l_2498 = &g_752;
            int32_t l_2510[7] = {0L,0L,0L,0L,0L,0L,0L};
            int32_t **l_2512 = &g_123;
            int32_t **l_2513 = &g_123;
            int32_t **l_2514 = &g_123;
            int32_t **l_2515 = &g_123;
            int32_t **l_2516 = &g_123;
            int32_t *l_2517 = (void*)0;
            int16_t *l_2553 = (void*)0;
            int64_t **** const l_2570 = &g_1042;
            int64_t **** const *l_2569 = &l_2570;
            uint32_t l_2632[3];
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_2632[i] = 18446744073709551610UL;
            for (g_214 = 10; (g_214 != (-11)); g_214 = safe_sub_func_uint8_t_u_u(g_214, 1))
            { /* block id: 1002 */
                int32_t *l_2394 = &g_29[1][3][1];
                int32_t l_2404 = (-6L);
                int64_t *l_2419 = (void*)0;
                int32_t l_2420 = 0x3559A3BDL;
                uint64_t *****l_2446 = (void*)0;
                int32_t *l_2450 = &l_2353;
                uint8_t * const *l_2457 = &g_1249;
                uint8_t * const ** const l_2456 = &l_2457;
                uint8_t * const ** const *l_2455 = &l_2456;
                uint8_t * const ** const ** const l_2454 = &l_2455;
                l_2371 = ((safe_div_func_uint32_t_u_u((3L < (safe_lshift_func_uint16_t_u_u(((**g_1145) = (l_2364 , (((((*l_2394) ^= ((safe_rshift_func_int8_t_s_u((((!(((safe_sub_func_int32_t_s_s(l_2385, l_2371)) || ((l_2364 > (safe_rshift_func_uint16_t_u_u(((((*g_1062) == l_2388) && (~(l_2369 = 0xA122F168FF3D68D9LL))) == ((safe_rshift_func_int16_t_s_u(0x610FL, (**g_1145))) & (-2L))), 0))) || l_2392)) ^ l_2393)) <= l_2346) ^ 2UL), l_2353)) , 0xF6457C80L)) , (***g_1144)) | l_2346) && 0xB58E8656L))), 5))), 1UL)) , l_2353);
                for (g_178 = 0; (g_178 == 52); g_178 = safe_add_func_int8_t_s_s(g_178, 6))
                { /* block id: 1009 */
                    int32_t l_2403 = 0xFE3569C1L;
                    const uint32_t *l_2421 = &g_81[6];
                    int32_t l_2427[8][9][1] = {{{(-5L)},{9L},{0xC10B8B5BL},{0x04A6E0F1L},{0x04A6E0F1L},{(-4L)},{0x042DFD0DL},{0x7C6402E7L},{0x430C6EE4L}},{{0xC10B8B5BL},{0xE27C55D3L},{(-4L)},{(-4L)},{0xE27C55D3L},{0xC10B8B5BL},{0x430C6EE4L},{0x7C6402E7L},{0x042DFD0DL}},{{(-4L)},{0x04A6E0F1L},{(-1L)},{0x04A6E0F1L},{(-4L)},{0x042DFD0DL},{0x7C6402E7L},{0x430C6EE4L},{0xC10B8B5BL}},{{0xE27C55D3L},{(-4L)},{(-4L)},{0xE27C55D3L},{0xC10B8B5BL},{0x430C6EE4L},{0x7C6402E7L},{0x042DFD0DL},{(-4L)}},{{0x04A6E0F1L},{(-1L)},{0x04A6E0F1L},{(-4L)},{0x042DFD0DL},{0x7C6402E7L},{0x430C6EE4L},{0xC10B8B5BL},{0xE27C55D3L}},{{(-4L)},{(-4L)},{0xE27C55D3L},{0xC10B8B5BL},{0x430C6EE4L},{0x7C6402E7L},{0x042DFD0DL},{(-4L)},{0x04A6E0F1L}},{{(-1L)},{0x04A6E0F1L},{(-4L)},{0x042DFD0DL},{0x7C6402E7L},{0x430C6EE4L},{0xC10B8B5BL},{0xE27C55D3L},{(-4L)}},{{(-4L)},{0xE27C55D3L},{0xC10B8B5BL},{0x430C6EE4L},{0x7C6402E7L},{0x042DFD0DL},{(-4L)},{0x04A6E0F1L},{(-1L)}}};
                    uint16_t *l_2438 = &g_327;
                    int32_t *l_2439 = &g_535[0];
                    int i, j, k;
                    (*g_2422) = ((((safe_mul_func_uint8_t_u_u((safe_mod_func_int64_t_s_s((safe_lshift_func_int16_t_s_u((((l_2359 , &g_349) == (g_2406 = ((l_2404 = l_2403) , l_2405))) > (!((safe_div_func_int8_t_s_s(((0x1012L ^ l_2385) && (((((safe_lshift_func_int16_t_s_u((!(safe_lshift_func_int16_t_s_u((l_2353 , l_2364), ((l_2419 != (void*)0) <= 0UL)))), l_2420)) | (**g_818)) && l_2403) , l_2421) != l_2421)), 0xF6L)) , (*g_1094)))), 8)), (**g_818))), l_2385)) >= l_2364) & l_2403) < l_2420);
                    (*l_2439) ^= ((safe_lshift_func_uint8_t_u_u(((p_47 == l_2419) >= 0x5CL), 6)) && ((((***g_1247)++) , (!(safe_sub_func_uint32_t_u_u((((*g_1249) > 0x2BL) == (safe_lshift_func_uint16_t_u_s((!(~(***g_1144))), 10))), l_2364)))) >= (((*l_2438) = (((((l_2353 |= (*g_819)) ^ ((0x1DL != l_2427[5][7][0]) ^ 0x20FE3B47060A9B02LL)) && l_2427[0][5][0]) != 0x783487E90FEDD67ELL) || l_2437)) >= l_2346)));
                }
                if (l_2350)
                    continue;
                for (g_178 = 0; (g_178 > 7); g_178 = safe_add_func_int8_t_s_s(g_178, 3))
                { /* block id: 1021 */
                    uint16_t l_2507 = 1UL;
                    if ((l_2392 <= ((*p_47) != (((p_47 == p_47) < ((safe_add_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((void*)0 != &l_2364), (((0xAD00B6C39EAFD246LL > (l_2446 != l_2446)) != 1L) & (-2L)))), 18446744073709551612UL)) >= l_2392)) , 0xF9EB957AB5B4982ELL))))
                    { /* block id: 1022 */
                        if (l_2437)
                            break;
                    }
                    else
                    { /* block id: 1024 */
                        int8_t l_2449[3][1];
                        int i, j;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_2449[i][j] = 0x3CL;
                        }
                        l_2449[1][0] = (safe_add_func_int16_t_s_s((l_2369 ^ ((*l_2349) = l_2346)), 0x01FBL));
                        return l_2371;
                    }
                    l_2450 = &l_2420;
                    if (((((l_2364 , ((*g_1249) &= (safe_rshift_func_uint8_t_u_u((l_2453 == (void*)0), 7)))) , l_2350) , l_2454) == l_2458[0][0][5]))
                    { /* block id: 1031 */
                        (*l_2450) ^= (safe_div_func_int32_t_s_s((safe_rshift_func_int8_t_s_u(((*p_47) > (safe_mul_func_uint16_t_u_u((l_2353 > 0x8CL), (0x64518C668514E5AALL && (g_725 , (safe_rshift_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u((65535UL > (safe_add_func_int32_t_s_s((safe_sub_func_uint16_t_u_u((***g_1144), ((safe_mod_func_int64_t_s_s((((l_2359 && 0x06F8543DD3E11E62LL) || l_2437) | l_2393), 0x7AFA522978E774DDLL)) && l_2346))), 0UL))), (*p_47))) == (*g_2289)), (*g_1146)))))))), l_2359)), g_1930));
                        if (l_2393)
                            continue;
                    }
                    else
                    { /* block id: 1034 */
                        (*g_2289) |= (safe_rshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((*g_1614), (**g_1411))), 0));
                    }
                    for (g_63 = 0; (g_63 <= 1); g_63 += 1)
                    { /* block id: 1039 */
                        int32_t l_2497 = 1L;
                        uint8_t ** const *l_2504 = &g_1248;
                        uint8_t ** const **l_2503 = &l_2504;
                        uint8_t ** const ***l_2502 = &l_2503;
                        int32_t l_2505 = (-1L);
                        int8_t *l_2506 = &g_79[8];
                        uint16_t *l_2509 = &g_179;
                        int i, j, k;
                        l_2510[4] |= (safe_lshift_func_uint16_t_u_u(((*l_2509) ^= ((safe_mul_func_int8_t_s_s(((safe_add_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u((l_2369 = ((***g_1144) = (~((((safe_sub_func_uint64_t_u_u(0xB3EE37B53C0D5994LL, (((((g_81[(g_63 + 4)] == ((g_29[g_63][(g_63 + 2)][g_63] , (((safe_sub_func_uint32_t_u_u((((safe_rshift_func_uint8_t_u_u((safe_unary_minus_func_uint16_t_u(((g_29[g_63][(g_63 + 3)][g_63] , (l_2497 = 0xB1467857L)) <= (((l_2507 &= (((***l_2456) = ((((*l_2450) = (*g_1085)) & g_81[(g_63 + 4)]) ^ (((*l_2506) = ((*g_1614) = (l_2505 ^= (((l_2499 = l_2498) != ((safe_mul_func_uint16_t_u_u((((void*)0 == l_2502) >= 0xF427DD3AL), l_2437)) , (void*)0)) , l_2359)))) < (**g_1248)))) > l_2371)) , l_2364) == 8UL)))), g_29[g_63][(g_63 + 3)][g_63])) < 0UL) , g_30[4][2][1]), 4L)) , l_2507) < l_2508)) <= l_2392)) & 0L) >= (**g_1411)) != g_29[g_63][(g_63 + 3)][g_63]) > 0x55CB79CFFCAE45B1LL))) != l_2385) , 0L) < l_2393)))), g_29[g_63][(g_63 + 3)][g_63])) != l_2404), 0x3BL)) ^ l_2350), 251UL)) ^ 0L)), 0));
                        if (g_2511)
                            continue;
                    }
                }
            }
            if ((((l_2517 = &l_2353) == &l_2353) > (safe_unary_minus_func_uint16_t_u((**g_1145)))))
            { /* block id: 1057 */
                uint64_t *** const l_2519[7][1][8] = {{{(void*)0,(void*)0,(void*)0,&g_281,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_281,&g_281,&g_281,(void*)0,&g_281,(void*)0,&g_281}},{{(void*)0,&g_281,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_281}},{{(void*)0,(void*)0,(void*)0,&g_281,(void*)0,(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_281,&g_281,&g_281,(void*)0,&g_281,(void*)0,&g_281}},{{(void*)0,&g_281,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_281}},{{(void*)0,(void*)0,(void*)0,&g_281,(void*)0,(void*)0,(void*)0,(void*)0}}};
                uint64_t ****l_2520[1][6] = {{&g_1639,&g_1639,&l_2388,&g_1639,&g_1639,&l_2388}};
                int i, j, k;
                (*g_2521) = l_2519[0][0][4];
                if ((*l_2517))
                    break;
                return l_2393;
            }
            else
            { /* block id: 1061 */
                int16_t ****l_2530 = &g_752;
                int8_t *l_2531 = &g_79[6];
                int32_t l_2532 = 0x34B7333EL;
                int32_t l_2535 = 0x57F74490L;
                int32_t l_2537 = 0x08A35FD4L;
                if ((safe_mod_func_uint64_t_u_u(((p_47 == (l_2524 , (***g_2407))) > (4294967288UL | ((+l_2526) == (safe_add_func_uint64_t_u_u((l_2346 ^ (l_2529 != (l_2530 = l_2498))), ((((void*)0 != l_2531) , l_2346) < 255UL)))))), l_2353)))
                { /* block id: 1063 */
                    int64_t l_2533 = (-3L);
                    int32_t *l_2534[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2534[i] = &g_585[1][0];
                    ++g_2540;
                }
                else
                { /* block id: 1065 */
                    (*l_2515) = (void*)0;
                    for (g_178 = 0; (g_178 <= 4); g_178 += 1)
                    { /* block id: 1069 */
                        int i, j;
                        return g_268[(g_178 + 1)][g_178];
                    }
                    (*l_2516) = &l_2369;
                }
            }
            for (l_2369 = 0; (l_2369 != 26); l_2369++)
            { /* block id: 1077 */
                int64_t l_2545 = 0L;
                int32_t ***l_2600 = &l_2514;
                int32_t ****l_2599 = &l_2600;
                int64_t ** const l_2603[3] = {&l_2352[2],&l_2352[2],&l_2352[2]};
                int32_t l_2607 = 0x6CD55B52L;
                int i;
                (*l_2517) |= l_2545;
                if ((~((l_2369 || l_2538) || (((*l_2517) = 0L) , (((**g_1248) = ((l_2371 && 0x64L) || (!(((+0x23DC4FE4D7984728LL) >= (safe_rshift_func_int16_t_s_u((l_2553 == l_2553), ((*g_1146) ^= 65535UL)))) != l_2538)))) >= 0x2EL)))))
                { /* block id: 1082 */
                    int32_t l_2554[5][1][3];
                    int32_t *l_2555[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    uint16_t l_2556 = 0xE1BBL;
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_2554[i][j][k] = 0x1CE01D77L;
                        }
                    }
                    if (l_2554[4][0][0])
                        break;
                    --l_2556;
                }
                else
                { /* block id: 1085 */
                    uint16_t l_2588 = 65528UL;
                    int32_t *l_2608 = &g_585[1][0];
                    ++l_2559;
                    for (g_2122 = 0; (g_2122 != 26); g_2122 = safe_add_func_uint32_t_u_u(g_2122, 2))
                    { /* block id: 1089 */
                        int64_t ****l_2575 = &g_1042;
                        int64_t *****l_2574[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int32_t *l_2589 = &g_66;
                        int32_t l_2590 = 0x9AD83209L;
                        int i;
                        ++l_2564;
                        (*l_2517) |= ((((l_2571 = l_2569) == l_2574[1]) || (*p_47)) & ((((safe_mod_func_uint32_t_u_u(((((safe_lshift_func_int16_t_s_u((~(safe_rshift_func_int16_t_s_u(0x809DL, 5))), 9)) == ((((*l_2589) = (~(safe_rshift_func_int8_t_s_u((safe_div_func_uint32_t_u_u((l_2588 <= 0L), l_2545)), 6)))) , 0x1EF4L) , (((void*)0 == &g_1638) >= l_2545))) , 247UL) & l_2590), l_2590)) < l_2346) , 0x45L) > l_2590));
                    }
                    (*l_2608) = (l_2371 = ((*l_2517) = (safe_rshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u(0x9BD36923L, (safe_mod_func_int32_t_s_s((safe_rshift_func_int16_t_s_s((((&g_1644 != l_2599) && (((**g_1248) |= ((safe_add_func_int32_t_s_s((l_2603[2] == (l_2588 , (*l_2573))), l_2346)) >= (*p_47))) < (g_1884 = (~((safe_mod_func_uint16_t_u_u(((**g_1145) = (*g_1146)), l_2353)) > l_2607))))) && (***g_1247)), l_2369)), l_2371)))), 4))));
                }
            }
            for (g_66 = (-12); (g_66 != (-12)); g_66 = safe_add_func_uint64_t_u_u(g_66, 2))
            { /* block id: 1105 */
                int8_t l_2617[9] = {1L,0x8AL,1L,0x8AL,1L,0x8AL,1L,0x8AL,1L};
                int32_t l_2627 = (-6L);
                int i;
                for (g_78 = 0; (g_78 <= (-23)); g_78 = safe_sub_func_uint16_t_u_u(g_78, 3))
                { /* block id: 1108 */
                    const uint32_t l_2619 = 4294967293UL;
                    if (((safe_div_func_uint64_t_u_u((*p_47), (*p_47))) || (~g_341[5])))
                    { /* block id: 1109 */
                        const int64_t l_2616[2] = {(-6L),(-6L)};
                        int i;
                        return l_2616[0];
                    }
                    else
                    { /* block id: 1111 */
                        uint16_t l_2618 = 3UL;
                        l_2369 = (l_2618 = l_2617[6]);
                        (*g_784) ^= l_2539[1][1];
                        l_2369 = 0x33556474L;
                        return l_2619;
                    }
                }
                for (g_684 = 0; (g_684 <= 8); g_684 += 1)
                { /* block id: 1121 */
                    int64_t ****l_2621 = (void*)0;
                    const int32_t l_2622 = (-1L);
                    int32_t l_2623 = (-1L);
                    int32_t l_2630 = 0L;
                    int32_t l_2631 = 0xDC629D47L;
                    for (g_95 = 0; (g_95 <= 3); g_95 += 1)
                    { /* block id: 1124 */
                        int i;
                        (*l_2514) = ((safe_unary_minus_func_int64_t_s((l_2539[1][0] = 0L))) , &g_535[g_95]);
                    }
                    if (((-9L) | ((void*)0 == l_2621)))
                    { /* block id: 1128 */
                        return l_2622;
                    }
                    else
                    { /* block id: 1130 */
                        int32_t *l_2624 = &l_2510[4];
                        int32_t *l_2625 = &l_2536;
                        int32_t *l_2626 = &l_2353;
                        int32_t *l_2628 = (void*)0;
                        int32_t *l_2629[7][6][6] = {{{&g_535[3],&g_307,&g_585[1][0],&l_2536,&g_585[1][0],(void*)0},{&l_2536,&g_535[0],&l_2371,&g_585[1][0],&g_585[1][0],&l_2371},{&l_2536,&l_2536,&g_535[0],(void*)0,(void*)0,&g_535[0]},{&g_307,&l_2371,&l_2524,&l_2623,(void*)0,&g_535[0]},{(void*)0,&g_307,&l_2524,&l_2524,&l_2536,&g_535[0]},{&g_585[1][0],(void*)0,&g_585[1][0],&l_2371,&l_2524,&g_585[1][0]}},{{&l_2371,&l_2524,&g_585[1][0],(void*)0,&g_585[1][0],&l_2524},{&l_2353,&l_2536,&l_2536,&l_2623,(void*)0,&g_68},{(void*)0,(void*)0,&g_535[3],&g_307,&g_585[1][0],(void*)0},{(void*)0,(void*)0,&l_2623,(void*)0,(void*)0,(void*)0},{(void*)0,&l_2536,&g_307,(void*)0,&g_585[1][0],(void*)0},{&l_2627,&l_2524,(void*)0,(void*)0,&l_2524,&l_2627}},{{&g_535[3],(void*)0,(void*)0,&g_535[3],&g_68,&g_535[0]},{&g_585[1][0],&g_535[0],(void*)0,&l_2524,(void*)0,&l_2353},{&g_585[1][0],&g_585[1][0],&l_2524,&g_535[3],(void*)0,&l_2536},{&g_535[3],&g_68,&g_585[1][0],(void*)0,(void*)0,&l_2623},{&l_2627,(void*)0,&l_2524,(void*)0,&l_2627,&g_535[0]},{(void*)0,&g_307,&l_2627,(void*)0,&g_535[0],&g_535[3]}},{{(void*)0,&l_2627,&l_2536,&g_307,&l_2353,&g_535[3]},{(void*)0,(void*)0,&l_2627,&l_2623,&l_2536,&g_535[0]},{&l_2353,(void*)0,&l_2524,(void*)0,&l_2623,&l_2623},{&l_2371,&g_585[1][0],&g_585[1][0],&l_2371,&g_535[0],&l_2536},{&g_585[1][0],&g_307,&l_2524,(void*)0,&g_535[3],&l_2353},{(void*)0,&l_2536,(void*)0,&l_2536,&g_535[3],&g_535[0]}},{{&g_535[0],&g_307,(void*)0,(void*)0,&g_535[0],&l_2627},{&g_68,&g_585[1][0],(void*)0,(void*)0,&l_2623,(void*)0},{&g_307,(void*)0,&g_307,&g_68,&l_2536,(void*)0},{(void*)0,(void*)0,&l_2623,&g_585[1][0],&l_2353,(void*)0},{(void*)0,&l_2627,&g_535[3],&g_585[1][0],&g_535[0],&g_68},{(void*)0,&g_307,&l_2536,&g_68,&l_2627,&l_2524}},{{&g_307,(void*)0,&g_585[1][0],(void*)0,(void*)0,&g_585[1][0]},{&g_68,&g_68,&g_585[1][0],(void*)0,(void*)0,(void*)0},{&g_535[0],&g_585[1][0],&l_2371,&l_2536,(void*)0,&g_585[1][0]},{(void*)0,&g_535[0],&l_2371,(void*)0,&g_68,(void*)0},{&g_585[1][0],(void*)0,&g_585[1][0],&l_2371,&l_2524,&g_585[1][0]},{&l_2371,&l_2524,&g_585[1][0],(void*)0,&g_585[1][0],&l_2524}},{{&l_2353,&l_2536,&l_2536,&l_2623,(void*)0,&g_535[3]},{(void*)0,&l_2524,&g_535[0],&g_535[0],&l_2627,&g_535[3]},{(void*)0,&l_2524,&l_2536,&g_585[1][0],(void*)0,&l_2353},{&g_535[3],&g_307,&g_307,(void*)0,&l_2536,(void*)0},{(void*)0,(void*)0,&g_535[3],&g_535[3],(void*)0,(void*)0},{(void*)0,&l_2524,&g_535[3],&l_2623,&g_535[3],&g_585[1][0]}}};
                        int i, j, k;
                        if (l_2524)
                            break;
                        ++l_2632[2];
                    }
                    return (***g_1144);
                }
                return l_2539[0][1];
            }
        }
        (*g_2637) = l_2635;
    }
lbl_3036:
    for (g_66 = 8; (g_66 > (-3)); g_66 = safe_sub_func_int8_t_s_s(g_66, 2))
    { /* block id: 1143 */
        int32_t l_2641 = 0xD74C524FL;
        int32_t *l_2648[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int16_t **l_2661 = &g_62;
        int16_t ***l_2660[2][5][9] = {{{(void*)0,(void*)0,&l_2661,(void*)0,(void*)0,(void*)0,&l_2661,(void*)0,(void*)0},{&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661},{(void*)0,(void*)0,&l_2661,(void*)0,(void*)0,(void*)0,&l_2661,(void*)0,(void*)0}},{{&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661},{(void*)0,(void*)0,&l_2661,(void*)0,(void*)0,(void*)0,&l_2661,(void*)0,(void*)0},{&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661,&l_2661}}};
        int8_t ***l_2685 = &g_1613;
        uint8_t l_2690 = 255UL;
        int i, j, k;
        if (l_2641)
        { /* block id: 1144 */
            for (l_2526 = 0; (l_2526 == 33); l_2526 = safe_add_func_int16_t_s_s(l_2526, 3))
            { /* block id: 1147 */
                return (*g_1146);
            }
            (*g_2646) = (safe_sub_func_int16_t_s_s(0x6460L, (**g_1145)));
            if (l_2371)
            { /* block id: 1151 */
                int32_t *l_2647 = &g_585[1][0];
                l_2648[3] = l_2647;
                for (g_178 = 0; (g_178 <= 2); g_178 += 1)
                { /* block id: 1155 */
                    int i, j;
                    for (g_2540 = 0; (g_2540 <= 2); g_2540 += 1)
                    { /* block id: 1158 */
                        int i, j;
                        if (g_1805[g_178][g_2540])
                            break;
                        (*l_2647) |= g_1805[g_2540][g_2540];
                    }
                    if (g_1805[g_178][g_178])
                        continue;
                }
                return l_2538;
            }
            else
            { /* block id: 1165 */
                uint32_t l_2649[4];
                int i;
                for (i = 0; i < 4; i++)
                    l_2649[i] = 0x73C5FE0DL;
                l_2649[0]--;
            }
        }
        else
        { /* block id: 1168 */
            int16_t **l_2659 = &g_62;
            int16_t ***l_2658 = &l_2659;
            int32_t l_2666 = (-1L);
            int8_t ****l_2692[9][6] = {{(void*)0,(void*)0,&l_2685,&l_2685,(void*)0,(void*)0},{&l_2685,(void*)0,(void*)0,&g_1612,(void*)0,&l_2685},{&l_2685,&l_2685,&g_1612,&l_2685,&l_2685,(void*)0},{&l_2685,&l_2685,&l_2685,&g_1612,&g_1612,&g_1612},{&l_2685,(void*)0,(void*)0,&l_2685,&g_1612,&g_1612},{(void*)0,&g_1612,&l_2685,(void*)0,&g_1612,(void*)0},{&g_1612,&g_1612,&g_1612,(void*)0,&g_1612,&l_2685},{&l_2685,&g_1612,(void*)0,&g_1612,&g_1612,(void*)0},{(void*)0,(void*)0,&l_2685,&g_1612,&g_1612,(void*)0}};
            int i, j;
            for (g_703 = 24; (g_703 > (-22)); g_703 = safe_sub_func_int8_t_s_s(g_703, 8))
            { /* block id: 1171 */
                int32_t *l_2656 = &g_30[4][2][1];
                int32_t l_2667 = 0x592E75AAL;
                int8_t *****l_2693[8];
                int i;
                for (i = 0; i < 8; i++)
                    l_2693[i] = &l_2692[6][3];
                for (g_95 = 0; (g_95 != 3); g_95 = safe_add_func_uint32_t_u_u(g_95, 3))
                { /* block id: 1174 */
                    const uint16_t l_2663 = 0xFFBFL;
                    (*g_1645) = l_2656;
                    l_2369 |= ((((!(*g_819)) ^ ((*l_2656) || ((l_2658 == (l_2350 , l_2660[1][4][2])) >= ((!(l_2371 >= l_2663)) > (((safe_rshift_func_int16_t_s_s(((l_2666 < ((l_2666 > 18446744073709551615UL) != l_2663)) && l_2663), 3)) , l_2663) && l_2663))))) , (void*)0) != (void*)0);
                }
                l_2667 &= 9L;
                l_2691 = (safe_sub_func_uint8_t_u_u(((l_2371 = (((safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(l_2371, (safe_mod_func_int32_t_s_s((0x6352B671L < (((safe_sub_func_int64_t_s_s((safe_unary_minus_func_uint32_t_u(4294967292UL)), (*g_819))) && (safe_sub_func_uint64_t_u_u((0x57L ^ ((***l_2685) = ((((safe_lshift_func_uint8_t_u_u(((((safe_lshift_func_uint8_t_u_u(((l_2685 == (void*)0) > (((l_2666 == (((l_2369 = ((((safe_add_func_int16_t_s_s(((*g_62) |= (safe_mod_func_uint64_t_u_u(((4294967292UL != (-8L)) > 0xF8L), l_2666))), l_2350)) | (**g_1248)) , l_2666) | l_2690)) , (*l_2656)) , (-7L))) , l_2666) > (*l_2656))), 1)) == l_2666) & l_2666) != l_2666), l_2666)) != l_2538) , 1UL) | l_2666))), (*p_47)))) , (*l_2656))), l_2666)))) | (*p_47)), l_2666)) != (*l_2656)) != (***g_1144))) , (**g_1248)), l_2526));
                g_1611[1] = l_2692[6][3];
            }
        }
    }
lbl_3312:
    if (l_2369)
    { /* block id: 1188 */
        int16_t **l_2703 = &g_62;
        int32_t l_2704[5][6] = {{0L,0xC814998FL,0x9FD41C00L,1L,0x9FD41C00L,0xC814998FL},{0x9FD41C00L,0L,0xD5F0225AL,0xC814998FL,0xD5F0225AL,0L},{0x9FD41C00L,0L,0xD5F0225AL,0xC814998FL,0xD5F0225AL,0L},{0x9FD41C00L,0L,0xD5F0225AL,0xC814998FL,0xD5F0225AL,0L},{0x9FD41C00L,0L,0xD5F0225AL,0xC814998FL,0xD5F0225AL,0L}};
        int8_t ***l_2801 = &g_1613;
        const int16_t l_2824[9] = {6L,6L,6L,6L,6L,6L,6L,6L,6L};
        int32_t l_2826[2][5] = {{0L,0xD7A2F274L,0xD7A2F274L,0L,0xD7A2F274L},{0L,0L,(-9L),0L,0L}};
        uint32_t l_2834 = 0x0517E292L;
        int32_t ***l_2853 = (void*)0;
        int32_t **l_2856 = (void*)0;
        int32_t ***l_2855 = &l_2856;
        int64_t *l_2899 = (void*)0;
        int8_t l_2914 = 0x4EL;
        uint8_t ****l_2922 = &g_1247;
        int i, j;
        for (g_2511 = (-14); (g_2511 > 5); g_2511 = safe_add_func_uint16_t_u_u(g_2511, 2))
        { /* block id: 1191 */
            int16_t l_2722 = 0x7F90L;
            int32_t *l_2726 = (void*)0;
            int32_t l_2729 = 0x8DF0B291L;
            int8_t l_2747[5];
            int8_t ***l_2797 = &g_1613;
            int64_t **l_2802[9] = {&g_819,&g_819,&g_819,&g_819,&g_819,&g_819,&g_819,&g_819,&g_819};
            uint32_t l_2825[7];
            uint32_t l_2879 = 0UL;
            int i;
            for (i = 0; i < 5; i++)
                l_2747[i] = 0x21L;
            for (i = 0; i < 7; i++)
                l_2825[i] = 0x8EE92921L;
            for (g_1274 = 0; (g_1274 > (-9)); --g_1274)
            { /* block id: 1194 */
                int16_t **l_2702[3];
                const int32_t **l_2720 = (void*)0;
                int32_t l_2721 = 0xF4D23004L;
                int32_t l_2763 = 0x4F2925D3L;
                int8_t ****l_2798 = (void*)0;
                int8_t ****l_2799 = (void*)0;
                int8_t ****l_2800 = &l_2797;
                int32_t *l_2804 = (void*)0;
                int32_t *l_2805 = &g_535[2];
                uint32_t l_2850 = 1UL;
                int32_t ***l_2857 = &l_2856;
                int16_t * const *l_2903[10] = {&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62};
                uint8_t l_2915 = 1UL;
                uint8_t ****l_2920 = (void*)0;
                int i;
                for (i = 0; i < 3; i++)
                    l_2702[i] = &g_62;
                if (((safe_lshift_func_uint8_t_u_u(0xE5L, ((*g_1249) = ((*g_1249) & 0x47L)))) <= ((**g_1411) ^ ((*g_1614) = ((g_2700 = g_2700) != (l_2703 = l_2702[0]))))))
                { /* block id: 1199 */
                    uint64_t l_2709 = 0x8860A4EF2F728364LL;
                    int32_t *l_2717 = &g_29[1][3][1];
                    int32_t **l_2716 = &l_2717;
                    const int32_t *l_2719 = (void*)0;
                    const int32_t **l_2718 = &l_2719;
                    int32_t l_2725 = 0L;
                    int8_t l_2748 = 0x3EL;
                    if (l_2704[4][5])
                    { /* block id: 1200 */
                        uint64_t l_2705 = 0xA9CFEB89E98831C4LL;
                        int64_t ***l_2710 = &g_818;
                        uint32_t l_2723 = 1UL;
                        if (l_2705)
                            break;
                        (*g_1645) = l_2726;
                    }
                    else
                    { /* block id: 1209 */
                        int64_t l_2730 = 0x963A37E8DDB5E0FFLL;
                        int32_t l_2746 = 0L;
                        l_2725 = (-1L);
                        l_2369 = (((safe_mul_func_int16_t_s_s((l_2729 = l_2725), ((((l_2730 | (safe_sub_func_int32_t_s_s((*g_2422), l_2704[4][5]))) < ((safe_unary_minus_func_int32_t_s((l_2730 < (((safe_div_func_uint32_t_u_u(((safe_div_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((l_2725 | ((*g_1249) = 0x86L)) | (safe_div_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_s((safe_div_func_int64_t_s_s(l_2725, (****g_1062))), l_2746)) , 253UL) >= l_2709), (**g_1411)))), l_2721)), l_2722)) <= 0x2432L), g_2122)) | 0xF5CD7B71L) ^ (**g_1411))))) ^ l_2730)) <= 18446744073709551615UL) || l_2730))) == l_2747[4]) ^ l_2721);
                        if (l_2704[4][5])
                            break;
                    }
                    for (g_66 = 1; (g_66 <= 4); g_66 += 1)
                    { /* block id: 1218 */
                        int64_t **l_2761 = &g_819;
                        int32_t l_2762 = 0xB09F8D30L;
                        int i, j;
                        l_2763 &= (((((g_268[(g_66 + 3)][g_66] , g_268[(g_66 + 2)][g_66]) == l_2748) , (safe_div_func_uint8_t_u_u(l_2721, (safe_sub_func_int16_t_s_s(1L, (((*g_282) |= l_2704[4][5]) | ((safe_add_func_uint32_t_u_u((safe_div_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((((void*)0 != l_2761) ^ ((void*)0 == &l_2747[1])), g_268[(g_66 + 2)][g_66])), l_2762)), 0xD896L)), g_29[1][3][1])) > (-8L)))))))) | l_2369) , g_268[(g_66 + 3)][g_66]);
                        if ((*g_2646))
                            continue;
                        return l_2564;
                    }
                }
                else
                { /* block id: 1224 */
                    int32_t *l_2769 = &g_307;
                    for (g_78 = 0; (g_78 > (-17)); g_78--)
                    { /* block id: 1227 */
                        (*g_2768) = l_2369;
                        return l_2721;
                    }
                    (*l_2769) = 0x09D5741AL;
                }
                (*l_2805) ^= ((safe_lshift_func_uint16_t_u_s(((safe_lshift_func_uint8_t_u_s(((safe_mod_func_uint64_t_u_u(l_2776, (safe_rshift_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((((safe_sub_func_uint16_t_u_u((((safe_sub_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u((***g_1144), 13)), (safe_sub_func_uint8_t_u_u(((safe_div_func_int64_t_s_s(((safe_div_func_int16_t_s_s(((*g_62) &= (l_2721 |= ((0x787CL < (0x1B423416E0EA0470LL >= l_2704[4][5])) , ((safe_mod_func_uint32_t_u_u((((safe_sub_func_uint32_t_u_u(((((*l_2800) = l_2797) == l_2801) < 0xA0L), ((void*)0 == l_2802[3]))) , 1L) & l_2704[3][5]), 0xBD8E88D5L)) >= 0L)))), 0xDEADL)) >= l_2704[4][5]), (***g_1063))) , l_2721), 0x9EL)))) || l_2747[4]) > (***g_1144)), g_2803[5][0])) >= (**g_1613)) | 0x777CL), l_2704[4][5])), l_2763)))) >= l_2763), l_2704[4][5])) == l_2704[4][5]), l_2364)) == l_2364);
            }
        }
        return (*g_1146);
    }
    else
    { /* block id: 1297 */
        int16_t l_2925 = 0xA26FL;
        int64_t ****l_2943 = &g_1042;
        int8_t l_2946 = (-2L);
        int8_t l_2948 = 9L;
        uint16_t *l_2949 = (void*)0;
        uint16_t *l_2950 = (void*)0;
        int32_t l_2951 = 0x5B64287EL;
        int32_t *l_2953 = &g_307;
        int32_t **l_2962 = &l_2953;
        int32_t ***l_2961[1][4] = {{&l_2962,&l_2962,&l_2962,&l_2962}};
        uint16_t ***l_2998 = (void*)0;
        int32_t l_3022 = (-1L);
        const uint64_t *l_3029 = &g_1833;
        int32_t l_3046[9] = {0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L,0xF848AE01L};
        int8_t l_3064 = 6L;
        uint32_t l_3091[7] = {0x4F942F29L,0xF2E2D64FL,0xF2E2D64FL,0x4F942F29L,0xF2E2D64FL,0xF2E2D64FL,0x4F942F29L};
        int8_t **** const *l_3118 = &l_3117;
        uint8_t **l_3139 = &g_1249;
        int32_t l_3143[6][4] = {{0L,0x1EFDD115L,0L,0L},{0x1EFDD115L,0x1EFDD115L,0xE0B592A1L,0x1EFDD115L},{0x1EFDD115L,0L,0L,0x1EFDD115L},{0L,0x1EFDD115L,0L,0L},{0x1EFDD115L,0x1EFDD115L,0xE0B592A1L,0x1EFDD115L},{0x1EFDD115L,0L,0L,0x1EFDD115L}};
        uint32_t l_3157 = 1UL;
        uint32_t **l_3173 = &g_1433;
        int8_t *** const **l_3205 = (void*)0;
        uint64_t l_3280 = 7UL;
        int i, j;
        (*l_2953) = (safe_lshift_func_int16_t_s_s((l_2925 < (8L & ((void*)0 != (*g_2407)))), (safe_add_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(l_2925, l_2925)), (((((((**g_1613) |= (((safe_unary_minus_func_uint16_t_u((l_2951 = ((**g_1145) = (safe_unary_minus_func_int32_t_s(((safe_unary_minus_func_int16_t_s(((safe_mod_func_int64_t_s_s(((((safe_lshift_func_uint16_t_u_s((*g_1146), 6)) < ((safe_lshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u((((safe_add_func_uint64_t_u_u((((l_2943 = l_2943) == ((((*g_282) = ((safe_div_func_int8_t_s_s(((l_2946 = l_2925) , 0xEEL), (**g_1248))) != l_2776)) , l_2393) , l_2635)) || l_2946), 0x0F81C155F21AB420LL)) < l_2947) && l_2948), l_2925)), 5)) , 0x639FL)) < l_2393) > 0xC923CB5C8F2E947BLL), 0xAF378B9419109205LL)) || l_2946))) & l_2925))))))) || (*p_47)) ^ l_2952)) < 0xC7L) , 0x7BDCL) <= 0x62BDL) > l_2948) || l_2526)))));
        if ((safe_div_func_uint32_t_u_u(((((***g_1247) |= (((safe_rshift_func_int8_t_s_s(l_2526, (safe_rshift_func_int8_t_s_u(((void*)0 != l_2960), 2)))) , l_2961[0][2]) != &l_2962)) == l_2963) == ((l_2963 <= l_2691) ^ (safe_lshift_func_int8_t_s_u(((*g_1614) = (*l_2953)), 1)))), (*l_2953))))
        { /* block id: 1307 */
            uint64_t l_2978 = 0x8FA5AE838076D8C1LL;
            int32_t ****l_2983 = &l_2961[0][2];
            int64_t * const l_3031 = &g_1274;
            int32_t l_3035[3][4][4] = {{{(-5L),0x15886F7FL,0x2E974C65L,0x15886F7FL},{6L,0xDE159C3BL,0x1C71AF44L,0x2E974C65L},{0x15886F7FL,0xDE159C3BL,0xDE159C3BL,0x15886F7FL},{0xDE159C3BL,0x15886F7FL,6L,(-5L)}},{{0xDE159C3BL,6L,0xDE159C3BL,0x1C71AF44L},{0x15886F7FL,(-5L),0x1C71AF44L,0x1C71AF44L},{6L,6L,0x2E974C65L,(-5L)},{(-5L),0x15886F7FL,0x2E974C65L,0x15886F7FL}},{{6L,0xDE159C3BL,0x1C71AF44L,0x2E974C65L},{0x15886F7FL,0xDE159C3BL,0xDE159C3BL,0x15886F7FL},{0xDE159C3BL,0x15886F7FL,6L,(-5L)},{0xDE159C3BL,6L,0xDE159C3BL,0x1C71AF44L}}};
            int i, j, k;
            for (g_1884 = 25; (g_1884 != 11); --g_1884)
            { /* block id: 1310 */
                int32_t l_2968[7][3] = {{1L,1L,1L},{0xD0AFB911L,0xD0AFB911L,0xD0AFB911L},{1L,1L,1L},{0xD0AFB911L,0xD0AFB911L,0xD0AFB911L},{1L,1L,1L},{0xD0AFB911L,0xD0AFB911L,0xD0AFB911L},{1L,1L,1L}};
                int32_t *l_2969 = &g_585[1][0];
                int16_t *l_3033[4];
                int i, j;
                for (i = 0; i < 4; i++)
                    l_3033[i] = &g_63;
                (*g_1645) = ((*l_2962) = ((l_2968[6][2] , (*g_2906)) , l_2969));
                if ((l_2371 &= (*l_2969)))
                { /* block id: 1314 */
                    uint8_t l_2991 = 1UL;
                    g_68 |= (((safe_mul_func_int8_t_s_s((((safe_rshift_func_int16_t_s_u(((*l_2969) , ((safe_add_func_uint8_t_u_u((((***l_2880)++) & (l_2978 > ((safe_mod_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u(((((void*)0 != l_2983) , (l_2393 > (((~(safe_mod_func_int16_t_s_s(((((g_2987 != ((*g_2224) , l_2960)) , (((safe_rshift_func_int16_t_s_u((l_2991 , l_2991), 13)) | l_2991) , (*g_2846))) | 1L) , l_2991), l_2991))) , l_2991) >= (*p_47)))) < l_2963), l_2991)) != l_2526), 0x6119C95BL)) ^ (-1L)))), 0x2BL)) || 0xD5EEL)), 9)) < l_2991) & (*p_47)), l_2538)) , (**l_2962)) ^ 2UL);
                    l_2992 = &l_2369;
                }
                else
                { /* block id: 1318 */
                    uint16_t *l_3002 = &g_327;
                    uint16_t ** const l_3001 = &l_3002;
                    uint16_t ** const *l_3000 = &l_3001;
                    uint16_t ** const **l_2999 = &l_3000;
                    int32_t l_3020[3];
                    int32_t l_3023 = (-1L);
                    uint32_t l_3024 = 0x7D3E91CDL;
                    uint32_t l_3034 = 0UL;
                    int16_t ****l_3063 = &g_752;
                    uint8_t *l_3065 = &l_3005[0];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_3020[i] = 0xA590A0FFL;
                    for (l_2946 = (-21); (l_2946 != (-3)); l_2946 = safe_add_func_uint8_t_u_u(l_2946, 2))
                    { /* block id: 1321 */
                        const uint32_t l_2995[3] = {0x4B7682D3L,0x4B7682D3L,0x4B7682D3L};
                        int i;
                        (*g_1645) = (void*)0;
                        (*g_1645) = l_2969;
                        return l_2995[1];
                    }
                    if ((safe_mod_func_int64_t_s_s((((l_2998 != ((*l_2999) = (void*)0)) != 0x6AL) == ((safe_mod_func_int16_t_s_s((6L <= ((l_3023 &= (l_3005[1] != (safe_mod_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((0x8A1EL | (((safe_mod_func_int8_t_s_s((((**g_1411) , (((safe_add_func_uint32_t_u_u(((safe_div_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(((((*l_2969) <= (((*l_2969) | (-7L)) > (*l_2969))) || 6L) , l_3020[0]), 15)), (*l_2969))) | l_3021), (**l_2962))) > 1UL) != (**l_2962))) | 0x66E397D7L), l_3022)) ^ l_3020[0]) ^ (**g_1613))), l_3020[2])), (*l_2969))))) <= (*g_1146))), l_3020[0])) < l_3020[1])), l_3024)))
                    { /* block id: 1328 */
                        uint64_t l_3030 = 0x9209DC8019BFF7D9LL;
                        int64_t **l_3032 = &g_819;
                        l_3035[0][2][0] ^= ((safe_mod_func_int8_t_s_s(((safe_mod_func_uint16_t_u_u((l_3029 == ((*g_1064) = p_47)), (*l_2953))) > (***g_1247)), l_3030)) , (*l_2953));
                    }
                    else
                    { /* block id: 1333 */
                        int16_t l_3037 = 0xE732L;
                        if (g_1274)
                            goto lbl_3036;
                        if (l_3037)
                            break;
                    }
                    (*l_2969) = (((safe_add_func_uint8_t_u_u((0xB12CL | ((((safe_sub_func_uint32_t_u_u(4294967287UL, (((safe_rshift_func_uint8_t_u_s((*l_2969), 0)) && (safe_lshift_func_uint16_t_u_s(((**g_1145) = 65530UL), 14))) != l_3046[7]))) , (~((***g_1247) = 0xF6L))) < (!(((*l_3065) = (((safe_lshift_func_int8_t_s_u((safe_mod_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(((safe_mod_func_uint16_t_u_u((safe_div_func_int64_t_s_s(((safe_mod_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(l_3020[2], ((((l_3063 == (void*)0) , l_3024) == 0x84L) , l_3064))), (-1L))) <= 251UL), l_3023)), 0x6C20L)) == (-1L)), (**l_2962))), l_3020[0])), 4)) , 0xD410C83AL) == 1UL)) , (*p_47)))) == l_3024)), 255UL)) , &l_3033[2]) != &l_3033[1]);
                    (**l_2962) = ((**l_2962) , l_3020[0]);
                }
            }
        }
        else
        { /* block id: 1344 */
            uint8_t l_3080 = 255UL;
            uint64_t l_3081 = 0x433764D75CD6790ELL;
            int32_t l_3090 = 0x385F89CAL;
            uint32_t l_3109 = 1UL;
            uint8_t **l_3138 = &g_1249;
            int32_t l_3182 = 0x7F2A98F9L;
            int32_t l_3184 = 0x1578743EL;
            int64_t ** const *l_3213[10] = {(void*)0,&g_818,(void*)0,&g_818,(void*)0,&g_818,(void*)0,&g_818,(void*)0,&g_818};
            int16_t l_3229 = (-9L);
            uint32_t l_3253 = 8UL;
            int32_t *l_3272[2];
            const int64_t *l_3282[1];
            int i;
            for (i = 0; i < 2; i++)
                l_3272[i] = &g_585[1][1];
            for (i = 0; i < 1; i++)
                l_3282[i] = &g_3283;
            if (((((safe_div_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((safe_add_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s((-1L), ((*l_2953) , (safe_div_func_uint64_t_u_u((safe_sub_func_int16_t_s_s((safe_add_func_uint16_t_u_u(l_3080, l_3081)), ((safe_mul_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((((safe_rshift_func_int16_t_s_s(l_2350, 11)) , ((0xB4L && (((safe_mul_func_uint16_t_u_u((**g_1145), 0x9661L)) || 0x6E6C2D0AL) && l_2947)) <= (*p_47))) == (*l_2953)), 5)) == l_3081), (*l_2953))) , l_3090))), 1L))))) | (*l_2953)), 0x3BC8L)), l_3081)), l_2724)) == l_3091[5]) ^ l_3080) ^ l_3080))
            { /* block id: 1345 */
                int8_t l_3098 = 3L;
                uint32_t *l_3119 = (void*)0;
                uint32_t *l_3120[4] = {&g_81[6],&g_81[6],&g_81[6],&g_81[6]};
                int32_t l_3121 = (-3L);
                int64_t * const l_3145 = &g_1274;
                int32_t l_3185 = 0x4E4718FAL;
                int32_t l_3188 = 0L;
                int32_t l_3214 = (-7L);
                int i;
                if (((safe_add_func_uint64_t_u_u((safe_lshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((l_3121 = (((**g_1145) = l_3098) | ((safe_lshift_func_uint16_t_u_s((safe_rshift_func_int16_t_s_s((safe_rshift_func_int8_t_s_s((safe_rshift_func_int8_t_s_s((((safe_mul_func_int16_t_s_s(l_3109, (((**l_2962) = 1UL) != (safe_rshift_func_uint16_t_u_u(l_3098, l_3090))))) == ((((safe_rshift_func_uint8_t_u_u((**g_1248), 3)) && l_3005[1]) >= (l_3116[2][0] == l_3118)) == 18446744073709551615UL)) , 0x12L), l_3081)), 4)), 2)), l_3098)) == (-2L)))), 0xBC5FBF71L)), 7)), (*p_47))) & (*p_47)))
                { /* block id: 1349 */
                    uint8_t **l_3140 = (void*)0;
                    int32_t l_3142 = (-1L);
                    const int32_t *l_3146 = &l_2369;
                    int32_t l_3155[5] = {0xEFB86CF9L,0xEFB86CF9L,0xEFB86CF9L,0xEFB86CF9L,0xEFB86CF9L};
                    uint32_t ** const l_3172 = (void*)0;
                    uint16_t l_3189 = 0xDD21L;
                    uint64_t l_3215 = 18446744073709551606UL;
                    int i;
                    if ((safe_add_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((((safe_mod_func_uint64_t_u_u((l_3128 != (void*)0), ((**g_818) = ((safe_lshift_func_int16_t_s_u((safe_mul_func_uint8_t_u_u(((((((l_3081 & (safe_lshift_func_int16_t_s_u((*g_2906), 5))) , ((((safe_lshift_func_int8_t_s_s(l_3121, 0)) >= (-1L)) || (l_3138 != (l_3140 = l_3139))) > (l_3090 = (((*l_2953) = ((*g_1614) = (!(0xB329247BL <= l_3142)))) == l_3121)))) != 0x31C17ECCL) , (void*)0) == (void*)0) , l_3080), l_3109)), 3)) , l_3143[5][1])))) , l_3142) , 0UL), 1)), l_3109)))
                    { /* block id: 1355 */
                        int32_t l_3144 = 0xF6CE7D18L;
                        int32_t l_3159 = 0xD428CF32L;
                        (*l_2962) = ((l_3081 <= l_3144) , &l_3121);
                        (*g_1645) = l_3146;
                        (*g_2646) |= l_3090;
                        (**l_2962) = ((safe_mul_func_int16_t_s_s((((((((((*g_1249) = (((safe_rshift_func_int8_t_s_s(((safe_mul_func_int8_t_s_s((((((*g_1614) = ((l_3098 > (((*g_2918) = l_3119) != l_3119)) && (((**l_2962) | 18446744073709551615UL) & (safe_sub_func_int16_t_s_s(((l_3155[1] &= l_3109) , (((void*)0 == (*g_1613)) && ((0x04DE14B5EF07D939LL <= l_3156) >= l_2369))), l_3144))))) & l_3121) , l_3157) > (*g_2768)), 1L)) >= (-1L)), 4)) && (*l_3146)) , (**g_1248))) & l_3144) < (*p_47)) , g_3158) , l_3159) && l_3098) , l_3144) , 0x7294L), 0x2E60L)) > l_3121);
                    }
                    else
                    { /* block id: 1364 */
                        uint32_t l_3176[8] = {0x0610F8D8L,0x0610F8D8L,18446744073709551609UL,0x0610F8D8L,0x0610F8D8L,18446744073709551609UL,0x0610F8D8L,0x0610F8D8L};
                        int32_t l_3183 = (-3L);
                        int32_t l_3186 = 1L;
                        int32_t l_3187 = 0x25557FECL;
                        int i;
                        l_3182 &= ((((((((safe_mul_func_uint16_t_u_u(((((safe_mul_func_int8_t_s_s((*l_3146), (safe_rshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(((((((safe_sub_func_int16_t_s_s((((safe_mul_func_uint16_t_u_u((l_3172 == (l_3173 = (void*)0)), (((safe_div_func_int32_t_s_s(((*l_2953) |= (*g_117)), (g_214 , (-2L)))) | l_3176[3]) <= (((safe_mul_func_uint8_t_u_u((l_3090 = l_3176[3]), (safe_sub_func_int32_t_s_s(0L, l_3098)))) | (***g_1144)) > l_3080)))) == (*l_3146)) <= 0xB21FL), (*g_62))) || (*l_3146)) != l_3080) || (**l_2962)) <= 0x675521B965B4EFB3LL) || l_3081), (**g_1248))), 11)))) , l_3181) != (void*)0) < l_3080), l_3176[4])) <= 0x089B0D9149116C99LL) != 0x52L) < l_3109) <= (*g_2906)) >= l_3098) == l_3121) | 18446744073709551615UL);
                        ++l_3189;
                        (*l_2953) = ((void*)0 == &g_2638[3]);
                        l_3187 = ((!(safe_lshift_func_uint16_t_u_s(((~(((((safe_div_func_uint8_t_u_u(((***g_1247) = (0UL != (!((safe_mul_func_uint16_t_u_u(((***g_1144) = 65535UL), ((safe_sub_func_int8_t_s_s((safe_mul_func_int8_t_s_s((l_3205 == (void*)0), l_3098)), (**g_1093))) || (safe_add_func_int8_t_s_s((-1L), ((safe_mod_func_uint64_t_u_u(((((*l_3146) && (safe_div_func_uint32_t_u_u(((((*p_47) != (****g_1062)) , 0L) < 0x1B08B9E4FC76952ELL), l_3121))) , (*p_47)) && (-3L)), 1UL)) || 0xB0L)))))) , g_3212)))), l_3176[4])) , l_3185) && l_3185) , l_3213[6]) == l_3213[6])) , 0UL), 14))) && 18446744073709551612UL);
                    }
                    ++l_3215;
                }
                else
                { /* block id: 1376 */
                    int64_t l_3223 = 0x9392904FFEFC0593LL;
                    for (g_1274 = 16; (g_1274 <= 11); g_1274 = safe_sub_func_uint16_t_u_u(g_1274, 2))
                    { /* block id: 1379 */
                        int64_t l_3222 = 1L;
                        uint32_t l_3224 = 0x50616A76L;
                        (**l_2962) = (safe_rshift_func_uint8_t_u_u((0xFA64EF78L | (l_3222 = (*l_2953))), 5));
                        ++l_3224;
                    }
                }
            }
            else
            { /* block id: 1385 */
                for (l_2371 = 0; (l_2371 > 28); l_2371 = safe_add_func_uint16_t_u_u(l_2371, 8))
                { /* block id: 1388 */
                    int8_t l_3230 = (-5L);
                    uint64_t l_3231[7] = {18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL,18446744073709551615UL};
                    int i;
                    l_3231[0]--;
                }
                return l_3109;
            }
            if ((safe_mod_func_uint16_t_u_u((((((!(safe_mul_func_uint8_t_u_u(((((***g_1144) = ((safe_add_func_int32_t_s_s(l_2350, (l_3182 > (safe_mod_func_int64_t_s_s(l_3184, ((((0L & ((((**l_3138) = ((safe_mul_func_int8_t_s_s(((safe_add_func_int16_t_s_s((((7L | ((0x9EL < ((safe_div_func_uint64_t_u_u((l_3109 == ((l_3090 = ((l_3081 ^ (safe_rshift_func_int16_t_s_s(0xD2BCL, (*g_62)))) <= (*g_1146))) && 0x45L)), (*g_819))) && (*g_1085))) | (-1L))) & (***g_1144)) , l_3182), l_3182)) , l_3229), (**g_1248))) & (*g_819))) , l_3080) , l_3184)) && (*g_2906)) < (*g_1614)) , l_3229)))))) || 0UL)) , l_3021) | 0UL), l_3081))) & 0UL) == (*g_1094)) , 0L) ^ 0x1F30FCD2L), 65535UL)))
            { /* block id: 1396 */
                int16_t * const l_3251[4][3] = {{&g_175[0][7],&g_175[0][7],&g_175[0][7]},{&g_175[0][7],&g_175[0][7],&g_175[0][7]},{&g_175[0][7],&g_175[0][7],&g_175[0][7]},{&g_175[0][7],&g_175[0][7],&g_175[0][7]}};
                int32_t *l_3252 = &g_30[5][2][0];
                int i, j;
                (*l_2962) = ((l_3251[3][2] != ((0x9BL != ((***g_1247) = (**g_1093))) , (void*)0)) , l_3252);
                --l_3253;
            }
            else
            { /* block id: 1400 */
                const uint8_t l_3256 = 248UL;
                return l_3256;
            }
            l_2691 = (((safe_mod_func_uint32_t_u_u(0x4C9DD6CEL, (safe_rshift_func_int8_t_s_s(((~(safe_mul_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_int8_t_s((safe_add_func_int64_t_s_s((((safe_unary_minus_func_uint32_t_u((safe_lshift_func_uint8_t_u_u(((l_3253 || (*l_2953)) && ((((**l_2962) < (((*p_47) && (p_47 == (l_3282[0] = p_47))) ^ (**g_818))) , l_2393) == 0x955EL)), (*g_1249))))) > (***g_1144)) && (*g_2646)), 0x656AB7E80B55BA42LL)))), (*l_2953))) , (*g_62)), (**l_2962)))) < (*g_1085)), (**l_2962))))) != (*p_47)) ^ 3L);
        }
    }
    for (g_2335 = 0; (g_2335 <= 3); g_2335 += 1)
    { /* block id: 1411 */
        uint16_t l_3284 = 0xAB7EL;
        int32_t l_3285 = 1L;
        uint32_t l_3305 = 0UL;
        uint64_t ** const **l_3306 = &g_1894;
        int32_t l_3314 = 5L;
        int32_t l_3315 = (-1L);
        int32_t l_3316 = 0L;
        int32_t l_3319[1];
        int64_t l_3320 = 5L;
        int64_t l_3322 = 0x058127F0DB71505ELL;
        int32_t l_3323 = 0x500DCF0DL;
        uint8_t *****l_3334[7];
        int16_t *l_3356[5][9][2] = {{{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63}},{{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63}},{{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]}},{{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63}},{{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]},{&g_63,&g_63},{&g_63,&g_175[0][7]},{&g_2511,&g_63},{&g_175[0][7],&g_63},{&g_2511,&g_175[0][7]}}};
        int16_t *l_3357[6][1][9] = {{{&l_2724,&l_2776,&g_2511,&g_2907,&g_2907,&g_2511,&l_2776,&l_2724,&g_2335}},{{&g_2511,(void*)0,&l_2724,&g_2907,&l_2724,&g_2335,(void*)0,&g_2511,&g_2907}},{{&g_2335,(void*)0,&g_2907,&l_2952,&g_2511,&l_2952,&g_2907,(void*)0,&g_2335}},{{&g_2335,&l_2952,&l_2724,&l_2724,&g_2511,(void*)0,(void*)0,&g_2511,&g_2907}},{{&g_2511,&g_2511,&l_2724,&g_175[0][7],&l_2724,&l_2724,&g_175[0][7],&l_2724,&g_2511}},{{&g_2335,&g_2511,(void*)0,&l_2724,&g_2907,&l_2724,&g_2335,(void*)0,&g_2511}}};
        uint32_t l_3374 = 6UL;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_3319[i] = 1L;
        for (i = 0; i < 7; i++)
            l_3334[i] = &g_1245;
        for (g_168 = 0; (g_168 <= 3); g_168 += 1)
        { /* block id: 1414 */
            int i;
            return g_79[(g_2335 + 1)];
        }
        for (g_3158 = 0; (g_3158 <= 3); g_3158 += 1)
        { /* block id: 1419 */
            const int64_t l_3291 = 0x119757DB124D4ED7LL;
            uint32_t *l_3294[3];
            int32_t l_3295 = 0x2D733E02L;
            int32_t l_3296 = 0x83D6B168L;
            int8_t l_3297 = 0x65L;
            uint64_t ****l_3307 = &g_1639;
            int32_t *l_3311 = &l_2369;
            int32_t *l_3313[3][6][2] = {{{&g_68,&g_68},{&g_307,&g_68},{&g_68,&g_307},{&g_68,&g_68},{&g_307,&g_68},{&g_68,&g_307}},{{&g_68,&g_68},{&g_535[1],&g_307},{&g_307,&g_535[1]},{&g_307,&g_307},{&g_535[1],&g_307},{&g_307,&g_535[1]}},{{&g_307,&g_307},{&g_535[1],&g_307},{&g_307,&g_535[1]},{&g_307,&g_307},{&g_535[1],&g_307},{&g_307,&g_535[1]}}};
            int8_t l_3318 = 1L;
            uint16_t ****l_3341 = &g_2881[0];
            int64_t l_3366 = (-2L);
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_3294[i] = &g_81[8];
            (*l_3311) |= ((((l_3285 = l_3284) , 0L) , (safe_div_func_int16_t_s_s((0x535C494E4D8DEE34LL <= ((~(safe_lshift_func_int16_t_s_u((l_3291 | l_3291), 6))) ^ ((safe_div_func_uint32_t_u_u((--g_3298[7][4][3]), (((safe_rshift_func_uint8_t_u_s((((((((~(l_3285 , (((l_3296 ^ (!(0xAF197846L < (l_3295 |= (((*g_282) = (((*p_47) <= l_3284) && l_3284)) , (-1L)))))) < (**g_818)) & 255UL))) , l_3305) == 0xB4L) , l_3306) != l_3307) && 0x7593F11DC0F9C658LL) , 9UL), l_3305)) <= 0x22EB67A34E46E581LL) , l_3305))) , l_3308))), l_3309))) == (**g_818));
            if (g_1274)
                goto lbl_3312;
            ++l_3324;
            if ((((--(***l_2880)) <= (((((*g_62) = (*g_62)) != ((&l_3285 != (void*)0) != ((safe_add_func_int16_t_s_s((&l_3291 == p_47), (*l_3311))) < (safe_lshift_func_uint16_t_u_u((((((l_3319[0] |= (((l_3316 , (l_3285 , 0xE04FL)) & (*l_3311)) >= 0x69AABDAEEA8930ABLL)) , l_3333[8][1][3]) , (void*)0) != l_3334[5]) ^ 1L), 7))))) , (void*)0) == (void*)0)) != (*g_1614)))
            { /* block id: 1430 */
                int64_t *l_3343 = &l_2963;
                int32_t l_3344 = 0x5CDD52A3L;
                int16_t * const **l_3345[7][4][8] = {{{&g_2905[0][2],&g_2905[0][1],(void*)0,&g_2905[0][1],&g_2905[0][2],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0]},{&g_2905[1][0],(void*)0,&g_2905[0][2],(void*)0,&g_2905[1][0],&g_2905[1][1],&g_2905[1][0],&g_2905[0][1]},{(void*)0,&g_2905[0][2],&g_2905[0][2],&g_2905[2][2],&g_2905[2][2],&g_2905[1][0],&g_2905[1][0],&g_2905[2][2]},{&g_2905[1][0],(void*)0,(void*)0,&g_2905[1][0],&g_2905[1][0],(void*)0,(void*)0,&g_2905[1][0]}},{{&g_2905[2][2],&g_2905[0][2],&g_2905[0][2],(void*)0,(void*)0,&g_2905[1][0],&g_2905[1][0],(void*)0},{(void*)0,&g_2905[0][2],(void*)0,&g_2905[1][0],&g_2905[0][2],(void*)0,&g_2905[0][2],&g_2905[1][0]},{&g_2905[0][1],(void*)0,&g_2905[0][1],&g_2905[0][2],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[0][2]},{&g_2905[1][0],&g_2905[0][2],&g_2905[2][2],&g_2905[2][1],(void*)0,&g_2905[1][1],&g_2905[1][0],&g_2905[0][2]}},{{&g_2905[1][0],(void*)0,&g_2905[1][1],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][1]},{&g_2905[0][1],&g_2905[0][1],&g_2905[1][0],&g_2905[1][0],&g_2905[0][2],(void*)0,&g_2905[0][1],(void*)0},{(void*)0,&g_2905[2][2],&g_2905[1][0],(void*)0,(void*)0,&g_2905[0][2],(void*)0,(void*)0},{&g_2905[2][2],&g_2905[1][1],&g_2905[2][1],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[2][1],&g_2905[1][1]}},{{&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[2][2],&g_2905[0][2],&g_2905[1][1],&g_2905[0][2]},{(void*)0,&g_2905[1][0],(void*)0,&g_2905[2][1],&g_2905[1][0],&g_2905[1][0],&g_2905[1][1],&g_2905[0][2]},{&g_2905[1][0],&g_2905[2][1],&g_2905[1][0],&g_2905[0][2],&g_2905[0][2],&g_2905[1][0],&g_2905[2][1],&g_2905[1][0]},{&g_2905[0][2],&g_2905[1][0],&g_2905[2][1],&g_2905[1][0],&g_2905[0][1],&g_2905[1][0],(void*)0,(void*)0}},{{&g_2905[2][1],(void*)0,&g_2905[1][0],(void*)0,&g_2905[1][0],&g_2905[1][0],&g_2905[0][1],&g_2905[1][0]},{&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[1][0],&g_2905[2][2]},{&g_2905[1][0],&g_2905[2][1],&g_2905[1][1],&g_2905[2][2],&g_2905[0][1],&g_2905[1][0],&g_2905[1][0],&g_2905[0][1]},{(void*)0,&g_2905[1][0],&g_2905[2][2],(void*)0,&g_2905[0][1],&g_2905[0][2],&g_2905[1][0],&g_2905[1][0]}},{{&g_2905[1][0],&g_2905[1][0],&g_2905[0][1],&g_2905[0][1],&g_2905[1][0],&g_2905[1][0],&g_2905[0][2],(void*)0},{&g_2905[0][2],&g_2905[1][0],&g_2905[1][1],(void*)0,&g_2905[2][1],&g_2905[2][2],&g_2905[0][2],&g_2905[1][0]},{&g_2905[0][2],&g_2905[1][0],&g_2905[1][0],(void*)0,&g_2905[2][2],&g_2905[1][1],(void*)0,&g_2905[1][1]},{(void*)0,&g_2905[2][2],&g_2905[0][0],&g_2905[2][2],(void*)0,&g_2905[1][0],&g_2905[2][1],&g_2905[1][0]}},{{&g_2905[2][1],&g_2905[1][1],&g_2905[2][2],&g_2905[0][1],&g_2905[1][0],&g_2905[1][0],&g_2905[0][1],&g_2905[2][2]},{&g_2905[0][0],&g_2905[1][0],&g_2905[2][2],&g_2905[1][0],(void*)0,&g_2905[2][1],&g_2905[2][1],(void*)0},{&g_2905[1][0],&g_2905[0][0],&g_2905[0][0],&g_2905[1][0],(void*)0,&g_2905[1][0],(void*)0,&g_2905[0][1]},{&g_2905[1][0],&g_2905[2][2],&g_2905[1][0],&g_2905[0][0],&g_2905[1][0],(void*)0,&g_2905[0][2],&g_2905[0][1]}}};
                int i, j, k;
                for (l_2564 = 0; (l_2564 <= 8); l_2564 += 1)
                { /* block id: 1433 */
                    uint32_t l_3342 = 0xC8CA9B17L;
                    (*g_1645) = &l_3296;
                    if (l_3344)
                        continue;
                    return (**g_1145);
                }
                if ((l_3345[0][2][5] != (void*)0))
                { /* block id: 1438 */
                    return (**g_1145);
                }
                else
                { /* block id: 1440 */
                    return (***g_1144);
                }
            }
            else
            { /* block id: 1443 */
                int16_t *****l_3362 = &g_751;
                int32_t l_3363 = 0x86B0ABBDL;
                int32_t l_3364 = 0xB2C7A772L;
                int32_t l_3371 = (-1L);
                int32_t l_3373[9] = {5L,5L,5L,5L,5L,5L,5L,5L,5L};
                int i;
                l_3285 &= (((g_66 = 0xFAF45BF4L) , (safe_rshift_func_int8_t_s_u(1L, (safe_add_func_uint16_t_u_u(((***l_2880) = 0x90A6L), (((0x2AD7L == (safe_mul_func_int8_t_s_s(((((safe_lshift_func_uint16_t_u_s(((safe_rshift_func_uint16_t_u_u((l_3356[1][0][0] != l_3357[0][0][5]), 3)) <= (((*g_1249) , (((l_3319[0] , (safe_sub_func_uint16_t_u_u((l_3363 = ((((safe_mul_func_uint16_t_u_u(((g_1457[0] = l_3362) == &l_2499), 0x5EE3L)) , 0L) ^ l_3363) || (*p_47))), (-4L)))) & (*l_3311)) , l_3363)) < l_3364)), l_3364)) && l_3365) >= (-7L)) != l_3323), l_3305))) >= (**g_1613)) <= (*p_47))))))) || l_3366);
                for (l_3363 = 2; (l_3363 <= 8); l_3363 += 1)
                { /* block id: 1451 */
                    int8_t l_3367 = 0L;
                    int32_t l_3368 = 1L;
                    int32_t l_3369 = 1L;
                    int32_t l_3370 = 0x5E410BFDL;
                    int32_t l_3372[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_3372[i] = 0x006804A2L;
                    ++l_3374;
                }
            }
        }
    }
    return (***g_1144);
}


/* ------------------------------------------ */
/* 
 * reads : g_1144 g_1145 g_282 g_819 g_1645 g_1146 g_150 g_1248 g_1249 g_120 g_1646 g_818 g_703 g_95 g_2289 g_178 g_1613 g_1614 g_33 g_62 g_784 g_585 g_68 g_1247 g_341 g_1093 g_1094 g_1095 g_2335 g_179 g_81 g_2279 g_66 g_2122
 * writes: g_178 g_703 g_33 g_1646 g_95 g_341 g_68 g_123 g_2279 g_535 g_63 g_66 g_2122 g_179
 */
static uint64_t * func_48(int32_t * p_49, int16_t * p_50, int8_t  p_51, int8_t  p_52)
{ /* block id: 723 */
    int16_t l_1782 = 1L;
    uint8_t *l_1788 = &g_341[6];
    uint64_t *l_1789 = &g_168;
    int16_t **l_1810[4][8] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    int32_t l_1878[3][4][10] = {{{0x866BC27CL,(-1L),0x866BC27CL,0xD9D9D2BEL,(-1L),(-1L),0x0F715B4DL,0x0F715B4DL,(-1L),(-1L)},{0x0E8F5645L,0x11FE4B2CL,0x11FE4B2CL,0x0E8F5645L,0x866BC27CL,4L,0xD9D9D2BEL,0x0F715B4DL,0xD9D9D2BEL,4L},{(-1L),2L,0x866BC27CL,2L,(-1L),1L,0x11FE4B2CL,0xD9D9D2BEL,0xD9D9D2BEL,0x11FE4B2CL},{0x0F715B4DL,1L,0x0E8F5645L,0x0E8F5645L,1L,0x0F715B4DL,(-1L),0x11FE4B2CL,(-1L),0x11FE4B2CL}},{{2L,0x0E8F5645L,(-1L),0xD9D9D2BEL,(-1L),0x0E8F5645L,2L,(-1L),4L,4L},{2L,4L,0x0F715B4DL,0x866BC27CL,0x866BC27CL,0x0F715B4DL,4L,2L,1L,(-1L)},{0x0F715B4DL,4L,2L,1L,(-1L),1L,2L,4L,0x0F715B4DL,0x866BC27CL},{(-1L),0x0E8F5645L,2L,(-1L),4L,4L,(-1L),2L,0x0E8F5645L,(-1L)}},{{0x0E8F5645L,1L,0x0F715B4DL,(-1L),0x11FE4B2CL,(-1L),0x11FE4B2CL,(-1L),0x0F715B4DL,1L},{0x866BC27CL,2L,(-1L),1L,0xD9D9D2BEL,2L,2L,0xD9D9D2BEL,0x0E8F5645L,0x0F715B4DL},{0xD9D9D2BEL,0xD9D9D2BEL,0x11FE4B2CL,1L,(-1L),2L,0x866BC27CL,2L,(-1L),1L},{1L,(-1L),1L,2L,4L,0x0F715B4DL,0x866BC27CL,0x866BC27CL,0x0F715B4DL,4L}}};
    int16_t l_1879 = 0xC4FAL;
    uint32_t l_1924 = 1UL;
    int64_t l_1949 = 0x6DFDD175BA43A751LL;
    uint64_t ***l_1956 = &g_281;
    int64_t **l_1964 = (void*)0;
    uint32_t *l_1976 = &g_81[6];
    const int8_t ****l_2047 = (void*)0;
    int32_t l_2117[10] = {0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L,0xF5208CF1L};
    uint8_t ****l_2133 = (void*)0;
    uint8_t **l_2167 = &l_1788;
    const int32_t **l_2225 = (void*)0;
    int32_t **l_2278 = &g_123;
    int32_t ***l_2277 = &l_2278;
    int32_t ****l_2276 = &l_2277;
    uint16_t *** const l_2282 = &g_1145;
    int64_t ****l_2285 = &g_1042;
    const int8_t l_2286[2] = {1L,1L};
    int64_t *l_2287 = &g_95;
    int32_t *l_2288 = (void*)0;
    int64_t *** const l_2297 = (void*)0;
    int64_t *** const *l_2296[6][5][8] = {{{&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297}},{{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,(void*)0,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,(void*)0,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297}},{{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297}},{{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297},{&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297}},{{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,(void*)0},{&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,(void*)0,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297}},{{&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297},{&l_2297,&l_2297,&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297},{(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,(void*)0},{&l_2297,(void*)0,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297,&l_2297}}};
    int64_t *** const **l_2295[7];
    int64_t **l_2300[8][10] = {{&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819},{&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287},{&g_819,&g_819,&l_2287,&g_819,&g_819,&l_2287,&g_819,&g_819,&l_2287,&g_819},{&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819},{&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287},{&g_819,&g_819,&l_2287,&g_819,&g_819,&l_2287,&g_819,&g_819,&l_2287,&g_819},{&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819},{&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287,&g_819,&l_2287,&l_2287}};
    int64_t *** const l_2299 = &l_2300[7][9];
    int64_t *** const *l_2298 = &l_2299;
    int32_t *l_2301 = &g_68;
    uint16_t l_2302 = 65535UL;
    uint32_t l_2305[5];
    int8_t l_2306 = (-1L);
    int64_t l_2343 = 0xFDE11B9BB303BE43LL;
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_2295[i] = &l_2296[5][3][3];
    for (i = 0; i < 5; i++)
        l_2305[i] = 0xB0691E2CL;
lbl_2342:
    if (l_1782)
    { /* block id: 724 */
        int8_t l_1785 = 1L;
        uint32_t l_1786 = 4294967295UL;
        uint8_t *l_1787[4] = {&g_341[6],&g_341[6],&g_341[6],&g_341[6]};
        uint64_t *l_1790 = &g_168;
        int32_t l_1875 = 0xD2051628L;
        int32_t l_1876 = 0L;
        int32_t l_1880 = (-2L);
        int8_t ****l_2045 = &g_1612;
        int32_t **l_2082 = &g_123;
        int32_t ***l_2081[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint32_t l_2109 = 18446744073709551608UL;
        uint32_t l_2125 = 1UL;
        int32_t l_2147 = 0x0507F9CCL;
        int8_t l_2191 = 0x05L;
        uint8_t *****l_2226 = &g_1246;
        const int32_t *l_2228 = &g_4;
        int i;
        (*p_49) ^= (((p_52 && ((safe_sub_func_uint64_t_u_u(((void*)0 == &g_1247), ((void*)0 == (*g_1144)))) < ((((p_51 >= ((*g_282) = 0UL)) <= (l_1785 > (((*g_819) = p_52) || l_1785))) , l_1786) & 255UL))) , l_1787[1]) != l_1788);
        if ((l_1789 != l_1790))
        { /* block id: 728 */
            int64_t l_1800 = 5L;
            int16_t **l_1809[5] = {&g_62,&g_62,&g_62,&g_62,&g_62};
            int32_t l_1830 = 0xE4041525L;
            const uint8_t l_1869 = 0x2BL;
            int32_t l_1882 = 0L;
            int32_t l_1883 = 1L;
            int32_t *l_1918[10];
            uint32_t *l_2022 = &l_1786;
            uint64_t **l_2023 = &l_1789;
            uint64_t l_2024 = 0xA1A307BBAEB6A779LL;
            uint16_t l_2061[7][4] = {{65535UL,65535UL,65529UL,65535UL},{65535UL,65529UL,65529UL,9UL},{65529UL,9UL,65529UL,65529UL},{9UL,9UL,65535UL,9UL},{9UL,65529UL,65529UL,9UL},{65529UL,9UL,65529UL,65529UL},{9UL,9UL,65535UL,9UL}};
            const uint32_t l_2114 = 0UL;
            int32_t l_2116 = 6L;
            uint8_t l_2152 = 4UL;
            uint8_t ***l_2208[3][5] = {{&l_2167,&l_2167,&g_1248,(void*)0,(void*)0},{&l_2167,&l_2167,&l_2167,&g_1248,(void*)0},{&g_1248,&g_1248,(void*)0,&g_1248,&g_1248}};
            int16_t ****l_2217 = &g_752;
            int i, j;
            for (i = 0; i < 10; i++)
                l_1918[i] = (void*)0;
        }
        else
        { /* block id: 911 */
            uint64_t *l_2229 = &g_178;
            return l_2229;
        }
    }
    else
    { /* block id: 914 */
        uint64_t l_2240[10][6][3] = {{{0x6935E7B049BDD3DELL,0x8A5E38B96EC4AE7CLL,0x8A5E38B96EC4AE7CLL},{18446744073709551612UL,18446744073709551608UL,0x0E36C3AAFF43A563LL},{0x7387092E0EE4D501LL,0xA7CEE7E287B83529LL,0UL},{0UL,0x2FEC8B64E3C6AA55LL,0xAF1292777EF5E135LL},{0x01C69F0B4AB819B1LL,0x760DC054819E5EE4LL,0x5961B9AEE731193FLL},{18446744073709551611UL,0x2FEC8B64E3C6AA55LL,0xE9AC72693068B84FLL}},{{0x96B7A3D1CE2E0915LL,0xA7CEE7E287B83529LL,1UL},{0x49225D623911DF38LL,18446744073709551608UL,0xB8B7E04BE07DECC7LL},{1UL,0x8A5E38B96EC4AE7CLL,0xF6214041400369CALL},{0UL,0xFBD8D123FB1128C1LL,0x2FEC8B64E3C6AA55LL},{1UL,0x8A5E38B96EC4AE7CLL,0x5961B9AEE731193FLL},{0xD5381D8479822E7BLL,18446744073709551608UL,0x66DF6EF7D18C36E2LL}},{{0x6935E7B049BDD3DELL,0xA7CEE7E287B83529LL,1UL},{0x97EF0591FCF288C1LL,0x2FEC8B64E3C6AA55LL,0x0E36C3AAFF43A563LL},{1UL,0x760DC054819E5EE4LL,1UL},{0xFE17DD59E7100029LL,0x2FEC8B64E3C6AA55LL,0x2FEC8B64E3C6AA55LL},{8UL,0xA7CEE7E287B83529LL,1UL},{18446744073709551611UL,18446744073709551608UL,6UL}},{{1UL,0x8A5E38B96EC4AE7CLL,1UL},{0x97EF0591FCF288C1LL,0xFBD8D123FB1128C1LL,18446744073709551614UL},{0x7387092E0EE4D501LL,0x8A5E38B96EC4AE7CLL,1UL},{1UL,18446744073709551608UL,0xAF1292777EF5E135LL},{1UL,0xA7CEE7E287B83529LL,18446744073709551608UL},{18446744073709551611UL,0x2FEC8B64E3C6AA55LL,0x66DF6EF7D18C36E2LL}},{{1UL,0x760DC054819E5EE4LL,0x8A5E38B96EC4AE7CLL},{0x49225D623911DF38LL,0x2FEC8B64E3C6AA55LL,18446744073709551614UL},{1UL,0xA7CEE7E287B83529LL,0xF6214041400369CALL},{0xFE17DD59E7100029LL,18446744073709551608UL,0xF057967921D28FF5LL},{0x01C69F0B4AB819B1LL,0x8A5E38B96EC4AE7CLL,1UL},{18446744073709551611UL,0xFBD8D123FB1128C1LL,0xE9AC72693068B84FLL}},{{0x6935E7B049BDD3DELL,0x8A5E38B96EC4AE7CLL,0x8A5E38B96EC4AE7CLL},{18446744073709551612UL,18446744073709551608UL,0x0E36C3AAFF43A563LL},{0x7387092E0EE4D501LL,0xA7CEE7E287B83529LL,0UL},{0UL,0x2FEC8B64E3C6AA55LL,0xAF1292777EF5E135LL},{0x01C69F0B4AB819B1LL,0x760DC054819E5EE4LL,0x5961B9AEE731193FLL},{18446744073709551611UL,0x2FEC8B64E3C6AA55LL,0xE9AC72693068B84FLL}},{{0x96B7A3D1CE2E0915LL,0xA7CEE7E287B83529LL,1UL},{0x49225D623911DF38LL,18446744073709551608UL,0xB8B7E04BE07DECC7LL},{1UL,0x8A5E38B96EC4AE7CLL,0xF6214041400369CALL},{0UL,0xFBD8D123FB1128C1LL,0x2FEC8B64E3C6AA55LL},{1UL,0x8A5E38B96EC4AE7CLL,0x5961B9AEE731193FLL},{0xD5381D8479822E7BLL,18446744073709551608UL,0x66DF6EF7D18C36E2LL}},{{0x6935E7B049BDD3DELL,0xA7CEE7E287B83529LL,1UL},{0x97EF0591FCF288C1LL,0x2FEC8B64E3C6AA55LL,0x0E36C3AAFF43A563LL},{1UL,0x760DC054819E5EE4LL,1UL},{0xFE17DD59E7100029LL,0x2FEC8B64E3C6AA55LL,0x2FEC8B64E3C6AA55LL},{8UL,0xA7CEE7E287B83529LL,1UL},{18446744073709551611UL,18446744073709551608UL,6UL}},{{1UL,0x8A5E38B96EC4AE7CLL,1UL},{0x97EF0591FCF288C1LL,0xFBD8D123FB1128C1LL,18446744073709551614UL},{0x7387092E0EE4D501LL,0x8A5E38B96EC4AE7CLL,1UL},{0xF057967921D28FF5LL,0UL,0xCF9C76A8768DD0F0LL},{0xF6214041400369CALL,1UL,0xB91F40AC15C25834LL},{18446744073709551614UL,0xBC748E3606EC1612LL,18446744073709551615UL}},{{0x8A5E38B96EC4AE7CLL,0x0C2345427DA89762LL,0x921586CE7EF2A96ALL},{0x66DF6EF7D18C36E2LL,0xBC748E3606EC1612LL,0x35785F4F6E08938CLL},{18446744073709551608UL,1UL,18446744073709551615UL},{0xAF1292777EF5E135LL,0UL,18446744073709551607UL},{1UL,0x921586CE7EF2A96ALL,0UL},{18446744073709551614UL,0xB9571DA88441872ALL,18446744073709551606UL}}};
        int32_t *l_2265 = &g_535[0];
        int16_t ***l_2266 = &l_1810[0][0];
        int i, j, k;
        for (g_33 = 0; (g_33 <= 9); ++g_33)
        { /* block id: 917 */
            int32_t l_2239 = (-1L);
            int32_t **l_2264 = &g_123;
            (*g_1645) = p_49;
            for (g_95 = 0; (g_95 < (-3)); g_95 = safe_sub_func_uint32_t_u_u(g_95, 2))
            { /* block id: 921 */
                uint64_t l_2259 = 0x4595356471FAE99DLL;
                if ((*p_49))
                    break;
                for (p_51 = 0; (p_51 != 7); p_51 = safe_add_func_int8_t_s_s(p_51, 7))
                { /* block id: 925 */
                    int32_t *l_2247 = (void*)0;
                    int32_t *l_2248 = (void*)0;
                    int32_t *l_2249 = &g_585[0][1];
                    int32_t *l_2250 = &g_585[2][0];
                    int32_t *l_2251 = (void*)0;
                    int32_t *l_2252 = &g_535[3];
                    int32_t *l_2253 = &g_535[3];
                    int32_t *l_2254 = &g_307;
                    int32_t *l_2255 = &l_1878[2][2][0];
                    int32_t l_2256 = (-5L);
                    int32_t *l_2257 = &g_535[0];
                    int32_t *l_2258[2][2][8] = {{{&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0]},{&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0]}},{{&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0]},{&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0],&g_585[1][0]}}};
                    int i, j, k;
                    for (l_1949 = 0; (l_1949 < (-10)); --l_1949)
                    { /* block id: 928 */
                        int32_t *l_2238[6][6] = {{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]},{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]},{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]},{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]},{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]},{&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3],&g_535[3]}};
                        int i, j;
                        --l_2240[6][4][2];
                    }
                    (*g_120) = (safe_mul_func_int8_t_s_s((safe_add_func_uint16_t_u_u((***g_1144), (l_2239 <= ((void*)0 == &g_1644)))), ((**g_1248) = p_51)));
                    l_2259--;
                    (*g_1645) = ((safe_sub_func_uint8_t_u_u(p_51, l_2239)) , (*g_1645));
                }
            }
            l_2265 = ((*l_2264) = p_49);
        }
        (*l_2266) = &p_50;
    }
    (*g_2289) = ((safe_rshift_func_uint16_t_u_u(((!((*l_2287) |= (((safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_u(((g_2279 = l_2276) == (void*)0), (safe_lshift_func_int16_t_s_u(p_52, ((void*)0 != l_2282))))), 10)), (safe_rshift_func_int8_t_s_u(0x45L, p_52)))) >= 0x4A31001084B88B55LL) > ((((((((*p_49) = ((*g_1144) != (*g_1144))) | p_52) || (**g_818)) && p_52) , l_2285) != &g_1042) || l_2286[0])))) , 0xF7E3L), p_52)) , l_1949);
    (*l_2301) ^= (((*g_1146) <= (safe_mul_func_uint8_t_u_u(((**l_2167) = ((p_52 != p_52) && ((*g_62) = ((+(((safe_lshift_func_int8_t_s_u(((*p_49) ^ (((*g_282) , ((**g_1613) &= (p_51 ^= (&g_1042 == (l_2298 = (void*)0))))) , p_52)), ((void*)0 != l_2225))) , p_52) == p_52)) < 0UL)))), p_52))) , (*g_784));
    if (((((l_2302 | ((safe_mul_func_uint16_t_u_u(((l_2305[2] >= ((((0L & (*p_49)) > ((((**g_1613) = (-9L)) != p_52) , (p_51 != l_2306))) , ((safe_mul_func_uint8_t_u_u(((*g_1249) = (***g_1247)), p_52)) ^ (*l_2301))) , p_52)) , (*g_1146)), (*g_1146))) || 0xB64CFAA4L)) <= 255UL) >= 252UL) && p_51))
    { /* block id: 954 */
        uint8_t ***l_2322 = (void*)0;
        int32_t l_2323 = 7L;
        int32_t l_2337 = 0x6F592905L;
        uint64_t *l_2340 = &g_178;
        int32_t *l_2341 = (void*)0;
        for (g_66 = 0; (g_66 == (-19)); g_66 = safe_sub_func_int64_t_s_s(g_66, 5))
        { /* block id: 957 */
            int64_t l_2329 = 0xFB1DCAF3CC005B26LL;
            uint8_t **l_2336 = &l_1788;
            for (g_2122 = 0; (g_2122 != (-13)); g_2122 = safe_sub_func_int32_t_s_s(g_2122, 1))
            { /* block id: 960 */
                int64_t l_2316 = 0xF11E01BE6A33768ALL;
                (*p_49) = ((!(++(***g_1247))) , (l_2316 , (safe_lshift_func_int8_t_s_s((safe_div_func_uint64_t_u_u((+((*g_282) = ((l_2322 == (void*)0) , (((((l_2323 = (((l_2323 == (~(safe_mul_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(l_2329, ((safe_mul_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s((-1L), ((void*)0 != &l_2316))) & ((*g_819) &= (+p_52))), p_51)) >= 0xAAEBL))), (**g_1093))))) , g_2335) > 0x4C34L)) , l_2336) == (*g_1247)) >= (***g_1247)) | 0x48L)))), l_2337)), p_52))));
                if (l_2323)
                    break;
                for (g_179 = 0; (g_179 <= 9); g_179 += 1)
                { /* block id: 969 */
                    int i;
                    (*l_2301) = g_81[g_179];
                }
            }
        }
        for (l_1879 = (-11); (l_1879 < 27); ++l_1879)
        { /* block id: 976 */
            return l_2340;
        }
        (***g_2279) = l_2341;
        if (g_178)
            goto lbl_2342;
    }
    else
    { /* block id: 981 */
        (*l_2301) = (*p_49);
        (*p_49) |= l_2343;
    }
    return l_1789;
}


/* ------------------------------------------ */
/* 
 * reads : g_881 g_123 g_30 g_535 g_1064 g_1065 g_178 g_348 g_81 g_68 g_1085 g_1086 g_341 g_499 g_281 g_282 g_818 g_819 g_703 g_1219 g_62 g_63 g_214 g_1146 g_150 g_148 g_585 g_152 g_215 g_1252 g_1248 g_1249 g_268 g_1093 g_1094 g_1095 g_1247 g_1274 g_37 g_1145 g_307 g_751 g_752 g_95 g_175 g_1411 g_947 g_1133 g_122 g_1144 g_1246 g_745 g_1634 g_29 g_78 g_33 g_117 g_120 g_4 g_79 g_269 g_296 g_80 g_327 g_168 g_349 g_66 g_179 g_325 g_700 g_557 g_326 g_725 g_12 g_750 g_1638 g_684 g_1665 g_1666 g_1644 g_1645 g_853 g_1639 g_1612 g_1613 g_1614 g_1757
 * writes: g_535 g_123 g_81 g_341 g_499 g_214 g_148 g_585 g_152 g_29 g_1245 g_1246 g_215 g_68 g_63 g_1274 g_37 g_178 g_307 g_703 g_1410 g_1433 g_95 g_1455 g_1457 g_1463 g_150 g_33 g_1612 g_62 g_66 g_168 g_175 g_79 g_179 g_281 g_327 g_631 g_684 g_725 g_751 g_1638 g_1644 g_1646 g_1666 g_1248 g_1639 g_1757
 */
static int8_t  func_54(int32_t  p_55)
{ /* block id: 469 */
    const int32_t l_1176 = 0L;
    int32_t **l_1213 = (void*)0;
    int32_t *l_1216 = &g_68;
    int32_t **l_1215 = &l_1216;
    int8_t *l_1230 = &g_33;
    int16_t l_1293 = (-1L);
    int32_t l_1375 = 2L;
    int32_t l_1381 = 0L;
    int32_t l_1389[7][2] = {{(-1L),7L},{(-1L),7L},{(-1L),7L},{(-1L),7L},{(-1L),7L},{(-1L),7L},{(-1L),7L}};
    uint32_t l_1403[5][4];
    const int8_t **l_1408[7][8][4] = {{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,(void*)0}},{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,(void*)0,&g_1085,&g_1085}},{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085}},{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085}},{{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0}},{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085}},{{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,(void*)0,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,(void*)0},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085},{&g_1085,&g_1085,&g_1085,&g_1085}}};
    const int8_t ***l_1407[8][1][8] = {{{&l_1408[3][7][3],&l_1408[5][6][2],&l_1408[6][0][1],&l_1408[6][2][1],&l_1408[3][7][3],&l_1408[3][7][3],&l_1408[3][7][3],&l_1408[3][7][3]}},{{&l_1408[5][6][2],&l_1408[1][7][0],&l_1408[3][4][1],&l_1408[5][1][1],&l_1408[3][7][3],(void*)0,&l_1408[6][0][1],(void*)0}},{{(void*)0,(void*)0,&l_1408[3][7][3],&l_1408[3][4][1],&l_1408[3][7][3],(void*)0,(void*)0,&l_1408[3][7][3]}},{{&l_1408[3][4][1],&l_1408[3][7][3],(void*)0,&l_1408[5][2][3],&l_1408[5][6][2],&l_1408[2][3][2],(void*)0,&l_1408[6][0][1]}},{{&l_1408[3][7][3],(void*)0,&l_1408[2][5][2],&l_1408[3][7][3],&l_1408[5][6][2],&l_1408[3][7][3],&l_1408[2][3][2],&l_1408[3][4][1]}},{{&l_1408[3][4][1],(void*)0,&l_1408[1][7][0],&l_1408[6][0][1],&l_1408[3][7][3],(void*)0,(void*)0,&l_1408[3][7][3]}},{{&l_1408[3][7][3],(void*)0,(void*)0,&l_1408[3][7][3],&l_1408[6][0][1],&l_1408[1][7][0],(void*)0,&l_1408[3][4][1]}},{{&l_1408[3][7][3],&l_1408[3][7][3],&l_1408[3][7][3],&l_1408[1][7][0],&l_1408[4][0][3],(void*)0,&l_1408[5][6][2],&l_1408[3][7][3]}}};
    uint32_t l_1435 = 0xC87B74B3L;
    int16_t *****l_1456 = &g_751;
    uint64_t l_1524[5] = {0x7AB40CCAD6EE3501LL,0x7AB40CCAD6EE3501LL,0x7AB40CCAD6EE3501LL,0x7AB40CCAD6EE3501LL,0x7AB40CCAD6EE3501LL};
    uint8_t l_1593 = 2UL;
    uint8_t l_1606 = 0xD0L;
    int64_t l_1623 = 0x45FEE93406C2BC2ELL;
    uint64_t l_1660 = 0xE26F73E555DD2495LL;
    uint64_t ***l_1680 = &g_281;
    int64_t ** const **l_1759 = (void*)0;
    uint16_t *l_1767 = &g_150[0][2][0];
    uint32_t *l_1772[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint64_t l_1773 = 0x05DCDE81E4C889B8LL;
    int32_t *l_1774[10] = {&l_1389[3][0],&g_30[0][1][1],&g_68,&g_30[0][1][1],&l_1389[3][0],&l_1389[3][0],&g_30[0][1][1],&g_68,&g_30[0][1][1],&l_1389[3][0]};
    uint32_t l_1775[3][5] = {{0x59471310L,0xE919EE5FL,1UL,0xE919EE5FL,0x59471310L},{0x59471310L,0xE919EE5FL,1UL,0xE919EE5FL,0x59471310L},{0x59471310L,0xE919EE5FL,1UL,0xE919EE5FL,0x59471310L}};
    int64_t l_1776 = 0xE11DA78A197EB368LL;
    uint32_t l_1777[6][5][8] = {{{4294967286UL,0xE4B792E1L,1UL,0x8B16DA9CL,1UL,0x869A2696L,0x4306B0D4L,0x4DD0D45EL},{4294967286UL,4294967295UL,0x869A2696L,4294967294UL,0x4306B0D4L,0x4306B0D4L,4294967294UL,0x869A2696L},{1UL,1UL,4294967294UL,7UL,0xE4B792E1L,4294967295UL,0xD5C31716L,0x38A002D2L},{0x6F09AF9CL,1UL,0x4306B0D4L,4294967295UL,4UL,0x4DD0D45EL,1UL,0x38A002D2L},{1UL,0x869A2696L,0x8B16DA9CL,7UL,4294967286UL,7UL,0x8B16DA9CL,0x869A2696L}},{{0xCAD5B904L,4294967294UL,4294967286UL,4294967294UL,0x0B0532E8L,0x86B616B1L,0x869A2696L,0x4DD0D45EL},{1UL,0x4306B0D4L,0x38A002D2L,0x8B16DA9CL,0xCAD5B904L,0xFFD9DC48L,0x869A2696L,0xE4B792E1L},{4294967293UL,0x8B16DA9CL,4294967286UL,0x86B616B1L,0x86B616B1L,4294967286UL,0x8B16DA9CL,4294967293UL},{0x86B616B1L,4294967286UL,0x8B16DA9CL,4294967293UL,1UL,4294967294UL,1UL,0x6F09AF9CL},{0x8B16DA9CL,0x38A002D2L,0x4306B0D4L,1UL,4294967293UL,4294967294UL,0xD5C31716L,7UL}},{{4294967294UL,4294967286UL,4294967294UL,0xCAD5B904L,4294967294UL,4294967286UL,4294967294UL,0x0B0532E8L},{7UL,0x8B16DA9CL,0x869A2696L,1UL,0xD5C31716L,0xFFD9DC48L,0x4306B0D4L,1UL},{4294967295UL,0x4306B0D4L,1UL,0x6F09AF9CL,0xD5C31716L,0x86B616B1L,0xCAD5B904L,0xCAD5B904L},{7UL,4294967294UL,1UL,1UL,4294967294UL,7UL,0xE4B792E1L,4294967295UL},{4294967294UL,0x869A2696L,4294967295UL,4294967286UL,4294967293UL,0x4DD0D45EL,0xFFD9DC48L,4UL}},{{0x8B16DA9CL,1UL,0xE4B792E1L,4294967286UL,1UL,4294967295UL,0x38A002D2L,4294967295UL},{0x86B616B1L,1UL,1UL,1UL,0x86B616B1L,0x4306B0D4L,4294967293UL,0xCAD5B904L},{0x8B16DA9CL,0x869A2696L,1UL,0xD5C31716L,0xFFD9DC48L,0x4306B0D4L,1UL,0x0B0532E8L},{4294967295UL,7UL,1UL,4294967293UL,4UL,0x8B16DA9CL,0x8B16DA9CL,4UL},{0xFFD9DC48L,4294967295UL,4294967295UL,0xFFD9DC48L,1UL,4294967286UL,0x6F09AF9CL,1UL}},{{4294967293UL,1UL,7UL,4294967295UL,4294967286UL,0x38A002D2L,0xE4B792E1L,0xD5C31716L},{0xD5C31716L,1UL,0x869A2696L,0x8B16DA9CL,7UL,4294967286UL,7UL,0x8B16DA9CL},{0x0B0532E8L,4294967295UL,0x0B0532E8L,4294967295UL,4294967294UL,0x8B16DA9CL,0xFFD9DC48L,7UL},{1UL,7UL,4294967293UL,0x86B616B1L,4294967295UL,0x4306B0D4L,4294967294UL,1UL},{1UL,0x869A2696L,0x4306B0D4L,0x4DD0D45EL,4294967294UL,4294967294UL,0x4DD0D45EL,0x4306B0D4L}},{{0x0B0532E8L,0x0B0532E8L,0x38A002D2L,1UL,7UL,0x869A2696L,0xCAD5B904L,0x6F09AF9CL},{0xD5C31716L,4294967293UL,4294967294UL,0x869A2696L,4294967286UL,1UL,4294967295UL,0x6F09AF9CL},{4294967293UL,0x4306B0D4L,0x86B616B1L,1UL,1UL,1UL,0x86B616B1L,0x4306B0D4L},{0xFFD9DC48L,0x38A002D2L,1UL,0x4DD0D45EL,4UL,4294967295UL,0x4306B0D4L,1UL},{4294967295UL,4294967294UL,0x6F09AF9CL,0x86B616B1L,0xFFD9DC48L,0xE4B792E1L,0x4306B0D4L,7UL}}};
    uint16_t l_1780 = 1UL;
    int i, j, k;
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
            l_1403[i][j] = 3UL;
    }
    if ((**g_881))
    { /* block id: 470 */
        int32_t *l_1178 = &g_535[3];
        int32_t **l_1183 = &g_123;
        uint32_t *l_1192 = &g_81[6];
        int32_t ***l_1214 = &l_1213;
        int32_t l_1217 = 0xF5A7EF30L;
        uint8_t *l_1218[2];
        int8_t *l_1220 = &g_214;
        int64_t *l_1221[9] = {&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78,&g_78};
        int32_t *l_1222 = &g_585[2][1];
        uint8_t **l_1240 = &l_1218[0];
        uint8_t ***l_1239 = &l_1240;
        uint8_t ****l_1238[3][9][8] = {{{(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239,(void*)0,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,(void*)0,&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239},{&l_1239,(void*)0,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,(void*)0,&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,(void*)0},{&l_1239,&l_1239,(void*)0,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239}},{{(void*)0,&l_1239,&l_1239,(void*)0,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{(void*)0,(void*)0,&l_1239,(void*)0,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{(void*)0,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239}},{{&l_1239,&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,(void*)0,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,(void*)0,(void*)0,&l_1239,&l_1239,&l_1239},{&l_1239,(void*)0,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{(void*)0,&l_1239,(void*)0,&l_1239,&l_1239,&l_1239,&l_1239,&l_1239},{&l_1239,&l_1239,&l_1239,&l_1239,&l_1239,(void*)0,&l_1239,&l_1239}}};
        int32_t l_1374[2];
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1218[i] = &g_499;
        for (i = 0; i < 2; i++)
            l_1374[i] = 0x4EA51C7DL;
        (*l_1178) &= l_1176;
        (*l_1222) |= (((safe_add_func_int64_t_s_s(((**g_1064) < (g_148 &= ((*l_1178) >= (((safe_div_func_uint16_t_u_u(((((*l_1183) = l_1178) == (((*l_1220) ^= (safe_mul_func_uint16_t_u_u((safe_div_func_int64_t_s_s(((safe_sub_func_int16_t_s_s(2L, (safe_div_func_uint32_t_u_u(((*l_1192)++), 1UL)))) , (safe_add_func_int16_t_s_s((*l_1178), p_55))), ((safe_rshift_func_int8_t_s_s(((safe_rshift_func_int8_t_s_u((((safe_rshift_func_int8_t_s_u(((((safe_rshift_func_int16_t_s_s((safe_lshift_func_uint8_t_u_u((g_499 |= (g_341[6] &= (((safe_sub_func_int16_t_s_s((safe_sub_func_uint64_t_u_u((((0UL | (safe_div_func_uint64_t_u_u(((((*l_1214) = l_1213) != l_1215) , p_55), l_1217))) != (**l_1215)) && (**l_1215)), 0x4152D5EBF92F022DLL)), 0x7013L)) , (*g_1085)) , 0UL))), 4)), 3)) , (**g_281)) <= (**g_818)) || (-2L)), (*l_1216))) && p_55) || g_1219), (*l_1178))) < p_55), 4)) | (*g_62)))), (*l_1216)))) , (void*)0)) != 0x58L), (*g_1146))) | 1UL) | 2UL)))), (*l_1216))) && 0x580C4C41A22C693DLL) , p_55);
        for (g_152 = 0; (g_152 <= 4); g_152 += 1)
        { /* block id: 482 */
            uint32_t *l_1225 = &g_215;
            int32_t l_1227 = 0x86F1BD02L;
            int32_t *l_1235[7][4][9] = {{{&g_29[1][3][1],(void*)0,&g_29[1][3][1],&g_29[1][3][1],&g_725,&g_700[1],&g_29[1][3][1],&g_700[1],&g_29[1][3][1]},{&g_29[1][3][1],(void*)0,&g_700[1],&g_700[1],(void*)0,&g_29[1][3][1],&g_66,(void*)0,&g_29[1][3][1]},{&g_66,&g_700[1],&g_725,&g_29[1][3][1],&g_29[1][3][1],&g_29[1][3][1],&g_725,&g_700[1],&g_66},{&g_29[1][3][1],(void*)0,&g_700[1],&g_29[1][3][1],&g_700[1],&g_66,&g_66,&g_700[1],&g_29[1][3][1]}},{{&g_29[1][3][1],&g_700[1],&g_29[1][3][1],&g_700[1],&g_725,&g_29[1][3][1],&g_29[1][3][1],(void*)0,&g_29[1][3][1]},{&g_29[1][3][1],(void*)0,&g_66,&g_700[1],&g_700[1],&g_29[1][3][1],&g_700[1],&g_66,&g_725},{&g_700[3],&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_700[3]},{&g_66,&g_700[1],&g_66,&g_725,&g_29[1][3][1],&g_66,&g_700[4],&g_29[1][3][1],&g_66}},{{&l_1217,&g_700[1],&l_1217,(void*)0,&g_29[1][3][1],&g_700[1],&l_1217,&g_29[1][3][1],&l_1217},{&g_66,&g_29[1][3][1],&g_700[4],&g_700[4],&g_29[1][3][1],&g_66,&g_66,&g_66,&g_66},{&g_700[3],&g_29[1][3][1],&g_66,(void*)0,&g_66,(void*)0,&g_66,&g_29[1][3][1],&g_700[3]},{&g_725,&g_700[1],&g_700[4],&g_725,&g_29[1][3][1],&g_66,&g_66,&g_29[1][3][1],&g_725}},{{&l_1217,&g_29[1][3][1],&l_1217,&g_700[1],&g_29[1][3][1],(void*)0,&l_1217,&g_700[1],&l_1217},{&g_725,&g_29[1][3][1],&g_66,&g_700[4],&g_29[1][3][1],&g_66,&g_700[4],&g_66,&g_725},{&g_700[3],&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_700[3]},{&g_66,&g_700[1],&g_66,&g_725,&g_29[1][3][1],&g_66,&g_700[4],&g_29[1][3][1],&g_66}},{{&l_1217,&g_700[1],&l_1217,(void*)0,&g_29[1][3][1],&g_700[1],&l_1217,&g_29[1][3][1],&l_1217},{&g_66,&g_29[1][3][1],&g_700[4],&g_700[4],&g_29[1][3][1],&g_66,&g_66,&g_66,&g_66},{&g_700[3],&g_29[1][3][1],&g_66,(void*)0,&g_66,(void*)0,&g_66,&g_29[1][3][1],&g_700[3]},{&g_725,&g_700[1],&g_700[4],&g_725,&g_29[1][3][1],&g_66,&g_66,&g_29[1][3][1],&g_725}},{{&l_1217,&g_29[1][3][1],&l_1217,&g_700[1],&g_29[1][3][1],(void*)0,&l_1217,&g_700[1],&l_1217},{&g_725,&g_29[1][3][1],&g_66,&g_700[4],&g_29[1][3][1],&g_66,&g_700[4],&g_66,&g_725},{&g_700[3],&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_66,&g_700[1],&g_700[3]},{&g_66,&g_700[1],&g_66,&g_725,&g_29[1][3][1],&g_66,&g_700[4],&g_29[1][3][1],&g_66}},{{&l_1217,&g_700[1],&l_1217,(void*)0,&g_29[1][3][1],&g_700[1],&l_1217,&g_29[1][3][1],&l_1217},{&g_66,&g_29[1][3][1],&g_700[4],&g_700[4],&g_29[1][3][1],&g_66,&g_66,&g_66,&g_66},{&g_700[3],&g_29[1][3][1],&g_66,(void*)0,&g_66,(void*)0,&g_66,&g_29[1][3][1],&g_700[3]},{(void*)0,&g_700[4],(void*)0,(void*)0,&g_66,(void*)0,(void*)0,&g_66,(void*)0}}};
            uint8_t l_1236 = 1UL;
            int32_t l_1237 = 0x885A3521L;
            uint8_t *****l_1241 = (void*)0;
            uint8_t *****l_1242 = (void*)0;
            uint8_t *****l_1243 = (void*)0;
            uint8_t *****l_1244[10][8][2] = {{{(void*)0,&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][7][4],&l_1238[1][0][7]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][5][3],(void*)0},{&l_1238[1][0][7],&l_1238[1][0][7]},{&l_1238[0][6][3],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]}},{{&l_1238[0][7][3],&l_1238[0][4][5]},{(void*)0,&l_1238[0][7][3]},{(void*)0,&l_1238[0][5][3]},{(void*)0,&l_1238[0][7][3]},{(void*)0,&l_1238[0][4][5]},{&l_1238[0][7][3],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[1][0][7]}},{{&l_1238[1][0][7],(void*)0},{&l_1238[0][5][3],&l_1238[0][6][3]},{(void*)0,&l_1238[1][0][7]},{&l_1238[0][7][4],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{(void*)0,&l_1238[0][4][5]},{&l_1238[0][6][3],(void*)0},{(void*)0,(void*)0}},{{&l_1238[2][4][5],&l_1238[0][7][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][3],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][4],(void*)0},{&l_1238[1][0][7],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[1][0][7],(void*)0}},{{&l_1238[0][7][4],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][3],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][7][3]},{&l_1238[2][4][5],(void*)0},{(void*)0,(void*)0},{&l_1238[0][6][3],&l_1238[0][4][5]},{(void*)0,&l_1238[0][6][3]}},{{(void*)0,&l_1238[0][6][3]},{&l_1238[0][7][4],&l_1238[1][0][7]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][5][3],(void*)0},{&l_1238[1][0][7],&l_1238[1][0][7]},{&l_1238[0][6][3],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][7][3],&l_1238[0][4][5]}},{{(void*)0,&l_1238[0][7][3]},{(void*)0,&l_1238[0][5][3]},{(void*)0,&l_1238[0][7][3]},{(void*)0,&l_1238[0][4][5]},{&l_1238[0][7][3],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[1][0][7]},{&l_1238[1][0][7],(void*)0}},{{&l_1238[0][5][3],&l_1238[0][6][3]},{(void*)0,&l_1238[1][0][7]},{&l_1238[0][7][4],&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]},{(void*)0,&l_1238[0][4][5]},{&l_1238[0][6][3],(void*)0},{(void*)0,(void*)0},{&l_1238[2][4][5],&l_1238[0][7][3]}},{{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][3],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][4],(void*)0},{&l_1238[1][0][7],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[1][0][7],(void*)0},{&l_1238[0][7][4],&l_1238[0][6][3]}},{{&l_1238[0][6][3],&l_1238[0][6][3]},{&l_1238[0][7][3],&l_1238[0][6][3]},{&l_1238[0][6][3],&l_1238[0][7][3]},{&l_1238[2][4][5],(void*)0},{(void*)0,(void*)0},{&l_1238[0][6][3],&l_1238[0][4][5]},{(void*)0,&l_1238[0][6][3]},{(void*)0,&l_1238[0][6][3]}}};
            int32_t l_1275[1][5];
            int32_t *l_1342 = &g_700[0];
            int32_t l_1353[5][5] = {{0xE1F46F69L,0xE1F46F69L,0x8E4366F5L,0xE1F46F69L,0xE1F46F69L},{0L,0x81778A75L,0L,0L,0x81778A75L},{0xE1F46F69L,0xDC192365L,0xDC192365L,0xE1F46F69L,0xDC192365L},{0x81778A75L,0x81778A75L,(-1L),0x81778A75L,0x81778A75L},{0xDC192365L,0xDC192365L,0x8E4366F5L,0x8E4366F5L,0xDC192365L}};
            uint64_t l_1390 = 18446744073709551615UL;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 5; j++)
                    l_1275[i][j] = (-5L);
            }
            l_1237 &= ((0xD3EC8783L <= 0x63C037B6L) <= (safe_mul_func_uint16_t_u_u(((void*)0 == &g_1063), (((l_1225 = l_1222) == (((((+l_1227) || ((safe_rshift_func_uint8_t_u_u(((l_1230 != (l_1227 , ((g_29[1][4][1] = (safe_mul_func_int8_t_s_s((safe_mul_func_int8_t_s_s((*g_1085), 0xABL)), p_55))) , &g_1084))) ^ (*l_1216)), 3)) | p_55)) == (*l_1178)) | 0xA562L) , l_1235[3][1][1])) && l_1236))));
            g_1246 = (g_1245 = l_1238[0][6][3]);
            for (g_215 = 0; (g_215 <= 3); g_215 += 1)
            { /* block id: 490 */
                uint8_t ****l_1254 = &l_1239;
                int64_t l_1257 = 0L;
                int i, j;
                if ((((safe_sub_func_int16_t_s_s(((g_1252 != ((((*g_62) = (((((l_1254 != ((((***l_1254) == (g_535[g_215] , (*g_1248))) | (0UL != ((safe_mul_func_uint16_t_u_u(((**l_1215) |= 0x3A95L), g_268[(g_215 + 3)][g_152])) < ((((*g_282) == 18446744073709551612UL) , l_1227) >= (*g_819))))) , (void*)0)) <= g_150[0][7][6]) > l_1227) , (**g_1093)) , 0xA652L)) == p_55) , &l_1225)) , l_1257), p_55)) | 0UL) == 0x7E477209L))
                { /* block id: 493 */
                    const int16_t *l_1273[4];
                    const int16_t **l_1272 = &l_1273[0];
                    const int16_t ***l_1271 = &l_1272;
                    int i;
                    for (i = 0; i < 4; i++)
                        l_1273[i] = &g_175[1][0];
                    for (g_499 = 0; (g_499 <= 4); g_499 += 1)
                    { /* block id: 496 */
                        if (p_55)
                            break;
                        g_1274 &= ((safe_sub_func_int16_t_s_s(((((*l_1178) >= ((safe_div_func_uint16_t_u_u(1UL, ((safe_mod_func_uint8_t_u_u(((**g_1248) = (***g_1247)), (safe_mod_func_uint64_t_u_u((g_268[6][1] , ((safe_div_func_uint8_t_u_u(((((~0xB614L) && 0x18EDL) > ((safe_mul_func_int8_t_s_s((*g_1085), (((1UL | ((l_1271 == (void*)0) == p_55)) , p_55) == (*g_62)))) > p_55)) , p_55), (*g_1085))) | g_535[g_215])), 0x4F6B142474FE67FBLL)))) && 0xB1L))) , (*l_1216))) != 1L) <= l_1237), g_535[g_215])) <= (*g_1146));
                    }
                    for (g_37 = 0; (g_37 <= 3); g_37 += 1)
                    { /* block id: 503 */
                        int i, j, k;
                        (*l_1215) = l_1235[g_215][g_37][(g_152 + 3)];
                        return l_1275[0][2];
                    }
                }
                else
                { /* block id: 507 */
                    const uint8_t l_1294 = 250UL;
                    int32_t l_1295 = 0x9AD86708L;
                    (**l_1183) = (p_55 != (((safe_lshift_func_int16_t_s_u(0x47DCL, 10)) && ((safe_mod_func_int8_t_s_s((l_1295 = ((((++(*l_1192)) , ((*g_282) = l_1237)) != (safe_add_func_int64_t_s_s((**g_818), (safe_rshift_func_uint16_t_u_s((~(*l_1216)), (safe_add_func_int64_t_s_s((((((safe_mod_func_int8_t_s_s((**l_1215), ((safe_lshift_func_uint8_t_u_s(((**g_1145) || ((((l_1275[0][2] , 0x72L) & p_55) | 0xD1L) != l_1293)), 6)) & 0x337ED37CL))) ^ 65530UL) & p_55) != g_535[g_215]) | 65535UL), l_1294))))))) , p_55)), p_55)) && (**l_1215))) , 0xDFC780FEL));
                    for (p_55 = 0; (p_55 <= 4); p_55 += 1)
                    { /* block id: 514 */
                        g_307 |= (safe_rshift_func_int8_t_s_s(p_55, ((safe_add_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s(((**l_1183) || ((((((safe_rshift_func_int16_t_s_u(((*g_62) = 0xC3E0L), 4)) != 0xB2B4EF6DL) > (l_1294 >= (((*l_1216) || (p_55 <= p_55)) > ((safe_mod_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u((safe_unary_minus_func_uint8_t_u(((**g_1248) = (g_268[(g_215 + 3)][g_152] <= (**g_281))))), p_55)), p_55)) <= (-1L))))) , l_1295) , p_55) && 0xD000L)), 5)), l_1295)) == p_55)));
                        return (*g_1085);
                    }
                }
            }
            (**l_1183) = ((safe_mod_func_int8_t_s_s((((**g_281) = (**g_281)) >= ((safe_mul_func_int16_t_s_s((safe_rshift_func_int8_t_s_u((~(safe_lshift_func_int16_t_s_s(((*l_1216) = (*l_1222)), 0))), 7)), ((safe_div_func_uint64_t_u_u(p_55, (safe_div_func_int64_t_s_s(((**g_818) = ((p_55 < (p_55 <= (((safe_rshift_func_int8_t_s_s((g_1086 , (safe_rshift_func_uint8_t_u_s((safe_add_func_int32_t_s_s((**g_881), (safe_add_func_uint16_t_u_u(((!(((*g_751) != (void*)0) & p_55)) , p_55), p_55)))), p_55))), 0)) , (*l_1178)) && 1UL))) > (*g_1085))), p_55)))) < 0x8E715E90FD1ADBF8LL))) <= (*g_123))), l_1227)) , (**l_1215));
            for (g_1274 = 8; (g_1274 >= 0); g_1274 -= 1)
            { /* block id: 528 */
                int32_t ***l_1335 = &l_1215;
                int32_t ****l_1336 = &l_1335;
                uint64_t l_1347 = 0x17C8142A55A047E9LL;
                uint64_t l_1367 = 18446744073709551615UL;
                int32_t l_1372 = 0x81F6BD5EL;
                int32_t l_1373 = 1L;
                int32_t l_1376 = 0xF36B2198L;
                int32_t l_1377 = 0x5A188F86L;
                int32_t l_1379 = 0xB2740A84L;
                int32_t l_1380 = 1L;
                int32_t l_1382 = 0x804F51A0L;
                int32_t l_1383 = 5L;
                int32_t l_1384 = 0x331420F7L;
                int32_t l_1385 = 0xC01A410DL;
                int32_t l_1386 = 0x66C30EDFL;
                int32_t l_1387 = (-1L);
                int32_t l_1388 = 0L;
                int16_t **l_1393 = (void*)0;
            }
        }
    }
    else
    { /* block id: 566 */
        int64_t l_1406 = 0L;
        const int8_t ****l_1409[7];
        uint8_t * const *l_1414 = &g_1249;
        uint8_t * const * const *l_1413 = &l_1414;
        uint8_t * const * const **l_1412 = &l_1413;
        int32_t l_1427[9][3] = {{0xBE1D7BF1L,0x027DB32AL,0x027DB32AL},{9L,(-1L),(-1L)},{0xBE1D7BF1L,0x027DB32AL,0x027DB32AL},{9L,(-1L),(-1L)},{0xBE1D7BF1L,0x027DB32AL,0x027DB32AL},{9L,(-1L),(-1L)},{0xBE1D7BF1L,0x027DB32AL,0x027DB32AL},{9L,(-1L),(-1L)},{0xBE1D7BF1L,0x027DB32AL,0x027DB32AL}};
        int8_t l_1478 = 1L;
        uint16_t l_1500 = 0x1621L;
        int32_t l_1514 = 0L;
        int16_t l_1522 = 0x7036L;
        uint64_t ***l_1545[1];
        uint64_t ****l_1544 = &l_1545[0];
        int32_t l_1554 = 0x6F5966AFL;
        uint64_t ***l_1681 = &g_281;
        uint8_t l_1682 = 0x8BL;
        int i, j;
        for (i = 0; i < 7; i++)
            l_1409[i] = &l_1407[3][0][3];
        for (i = 0; i < 1; i++)
            l_1545[i] = (void*)0;
lbl_1760:
        l_1406 = ((**l_1215) ^= 1L);
        (**l_1215) = 0xE5D3F07FL;
        g_1410[4] = l_1407[0][0][1];
        if (((((void*)0 == l_1412) | (&g_117 == &l_1216)) <= ((**l_1215) = (safe_add_func_int16_t_s_s(p_55, p_55)))))
        { /* block id: 572 */
            uint64_t l_1430 = 1UL;
            int32_t *l_1434[3];
            int16_t **** const l_1442 = &g_752;
            int64_t **l_1496 = &g_819;
            int8_t **l_1610 = &l_1230;
            int8_t ***l_1609[6];
            const int32_t *l_1643 = &l_1381;
            const int32_t **l_1642 = &l_1643;
            const int32_t ** const *l_1641 = &l_1642;
            int32_t l_1750[1][7];
            int i, j;
            for (i = 0; i < 3; i++)
                l_1434[i] = &g_535[0];
            for (i = 0; i < 6; i++)
                l_1609[i] = &l_1610;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 7; j++)
                    l_1750[i][j] = 1L;
            }
            for (g_214 = 24; (g_214 <= 2); g_214 = safe_sub_func_uint32_t_u_u(g_214, 8))
            { /* block id: 575 */
                uint32_t *l_1432 = &g_81[6];
                uint32_t **l_1431[10][4][2] = {{{&l_1432,&l_1432},{(void*)0,(void*)0},{&l_1432,&l_1432},{&l_1432,&l_1432}},{{&l_1432,(void*)0},{&l_1432,&l_1432},{&l_1432,&l_1432},{&l_1432,&l_1432}},{{&l_1432,&l_1432},{(void*)0,&l_1432},{&l_1432,&l_1432},{(void*)0,&l_1432}},{{(void*)0,&l_1432},{(void*)0,&l_1432},{(void*)0,&l_1432},{&l_1432,&l_1432}},{{(void*)0,&l_1432},{&l_1432,&l_1432},{&l_1432,&l_1432},{&l_1432,&l_1432}},{{&l_1432,(void*)0},{&l_1432,&l_1432},{&l_1432,&l_1432},{&l_1432,(void*)0}},{{(void*)0,&l_1432},{&l_1432,&l_1432},{(void*)0,(void*)0},{&l_1432,&l_1432}},{{&l_1432,&l_1432},{&l_1432,(void*)0},{&l_1432,&l_1432},{&l_1432,&l_1432}},{{&l_1432,&l_1432},{&l_1432,&l_1432},{(void*)0,&l_1432},{&l_1432,&l_1432}},{{(void*)0,&l_1432},{(void*)0,&l_1432},{(void*)0,&l_1432},{(void*)0,&l_1432}}};
                int i, j, k;
                (*l_1216) |= (safe_div_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u(((**l_1414) |= (safe_lshift_func_int16_t_s_s((safe_mod_func_uint8_t_u_u(l_1406, 255UL)), 6))), (l_1427[5][1] &= (*g_1094)))) == (p_55 & ((l_1430 , (g_1433 = (void*)0)) == (void*)0))), p_55));
            }
            l_1435--;
            l_1434[2] = (void*)0;
            if (((**l_1215) |= p_55))
            { /* block id: 584 */
                uint64_t l_1449 = 0x61DBF9C3777489ADLL;
                uint32_t *l_1476 = (void*)0;
                uint32_t *l_1477 = &g_81[6];
                int8_t l_1501 = 1L;
                int32_t l_1502 = (-1L);
                int32_t l_1505 = 0xB4E9F031L;
                int32_t l_1507[5][10] = {{1L,0L,0L,1L,0xE1BD407FL,1L,6L,0x287B3704L,6L,1L},{0L,0L,0xE1BD407FL,0L,0L,(-1L),0L,6L,6L,0L},{0x287B3704L,(-1L),1L,1L,(-1L),0x287B3704L,0x61EA5DDEL,0L,0L,0L},{0L,1L,0L,6L,0L,1L,0L,0x61EA5DDEL,1L,1L},{0L,1L,0x287B3704L,0xE1BD407FL,0xE1BD407FL,0x287B3704L,1L,0L,(-1L),0x61EA5DDEL}};
                int32_t l_1513 = 1L;
                uint32_t l_1516[7] = {0xA7F105A6L,0xD03A80C7L,0xA7F105A6L,0xA7F105A6L,0xD03A80C7L,0xA7F105A6L,0xA7F105A6L};
                int16_t l_1521[7][8] = {{0L,0x6A7DL,0xCA54L,0x4799L,(-8L),0x8E17L,0x270BL,0x270BL},{0xCA54L,0L,0L,0L,0L,0xCA54L,0x270BL,0x5AF8L},{0xFB32L,0L,0xCA54L,0x8E17L,0x4799L,(-1L),0x4799L,0x6A7DL},{0L,0x270BL,0L,0x6A7DL,0L,0L,0x4799L,0xFB32L},{0x8E17L,0L,0x5284L,0L,0L,0x5284L,0L,0x8E17L},{0x8E17L,0x6A7DL,0x5AF8L,0L,0L,(-8L),0x5284L,(-8L)},{0L,(-1L),0xFB32L,(-1L),0L,(-8L),0x270BL,0L}};
                uint8_t l_1527[9] = {249UL,249UL,249UL,249UL,249UL,249UL,249UL,249UL,249UL};
                int32_t **l_1592 = &l_1216;
                int32_t l_1616 = 0L;
                uint32_t l_1661 = 1UL;
                int i, j;
lbl_1607:
                (*l_1215) = (*l_1215);
                for (g_95 = 0; (g_95 <= (-8)); g_95 = safe_sub_func_uint16_t_u_u(g_95, 1))
                { /* block id: 588 */
                    uint8_t l_1450 = 0x42L;
                    uint8_t *****l_1454 = &g_1245;
                    if ((safe_mul_func_int16_t_s_s((l_1442 == ((safe_mod_func_uint8_t_u_u((**g_1248), (*g_1085))) , (void*)0)), (safe_add_func_int16_t_s_s((*l_1216), (safe_div_func_int32_t_s_s((l_1449 == p_55), g_175[0][7])))))))
                    { /* block id: 589 */
                        l_1450--;
                    }
                    else
                    { /* block id: 591 */
                        uint32_t l_1462 = 4294967291UL;
                        (**l_1215) &= (~(((p_55 , l_1454) == &g_1246) > ((((((g_1455 = &g_751) != (g_1457[2] = l_1456)) , (((**g_1411) & (safe_mod_func_int32_t_s_s((((safe_mul_func_uint8_t_u_u(l_1450, (g_499 |= ((**g_1248) = (l_1462 , 0UL))))) & (**g_947)) , 0x927D74FFL), l_1449))) != 0xD6ED727509E7CA75LL)) , l_1462) ^ l_1450) >= 0xF2L)));
                    }
                }
                if ((l_1427[5][1] = ((0x7E92L & l_1449) | ((((g_1463 = (void*)0) == (void*)0) >= ((((*l_1477) = (p_55 > (safe_sub_func_int64_t_s_s(((safe_sub_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((**g_1145), (0xC0B218826AC86C45LL != (safe_sub_func_uint64_t_u_u(1UL, ((safe_div_func_int8_t_s_s((((void*)0 != &l_1216) <= g_30[4][1][2]), p_55)) != 3L)))))), p_55)) >= 0UL), (*l_1216))))) < (**g_1133)) , l_1478)) & l_1449))))
                { /* block id: 602 */
                    uint16_t l_1497[8];
                    int32_t l_1504 = 0L;
                    int32_t l_1508 = (-8L);
                    int32_t l_1509[10][5][5] = {{{0x9513DA38L,0xAF3FCD91L,(-1L),(-1L),(-1L)},{0xCAF46024L,0x82CEDD6AL,0xCAF46024L,0x5DB9BDD2L,(-1L)},{0x143DFC19L,0L,0x985AEF0FL,0x30AED1C2L,0x50B45720L},{0x54839676L,0x985AEF0FL,0L,0x9BE3C096L,0xE9CE054DL},{0x5DB9BDD2L,0xBFA200BBL,0x985AEF0FL,0x50B45720L,0x54839676L}},{{(-3L),0x77AF84ACL,0xCAF46024L,0x143DFC19L,0xD226ED7DL},{1L,0x032A9ACFL,(-1L),(-5L),0x5DB9BDD2L},{0xAF3FCD91L,0xE9CE054DL,1L,5L,(-8L)},{1L,0L,0x50B45720L,5L,0xBB8DEDA6L},{0xD5479996L,(-8L),0x54839676L,(-5L),(-5L)}},{{0x77AF84ACL,0x143DFC19L,(-1L),0x143DFC19L,0x77AF84ACL},{(-1L),0x30AED1C2L,0x7DF76D09L,0x50B45720L,(-1L)},{(-8L),(-1L),0x82CEDD6AL,0x9BE3C096L,0x143DFC19L},{0x82CEDD6AL,0x4D8E8D4CL,0xE9CE054DL,0x30AED1C2L,(-1L)},{(-3L),0x9BE3C096L,9L,0x5DB9BDD2L,0x77AF84ACL}},{{(-1L),(-6L),0x4D8E8D4CL,(-1L),(-5L)},{1L,1L,(-5L),0x9513DA38L,0xBB8DEDA6L},{1L,7L,0x5DB9BDD2L,(-1L),(-8L)},{1L,(-1L),0x032A9ACFL,(-3L),0x5DB9BDD2L},{1L,0x50B45720L,0xD226ED7DL,0xCAF46024L,0xD226ED7DL}},{{(-1L),(-1L),0xD3BFA4FEL,(-5L),0x54839676L},{(-3L),0x7DF76D09L,7L,0xD3BFA4FEL,0xE9CE054DL},{0x82CEDD6AL,1L,(-1L),0xBB8DEDA6L,0x50B45720L},{(-8L),0x7DF76D09L,0L,(-6L),(-1L)},{(-1L),(-1L),(-6L),0x4D8E8D4CL,(-1L)}},{{0x77AF84ACL,0x50B45720L,1L,0x032A9ACFL,0L},{0xD5479996L,(-1L),1L,(-3L),9L},{1L,7L,1L,0x7DF76D09L,(-1L)},{0xAF3FCD91L,1L,1L,1L,0L},{1L,(-6L),(-6L),1L,(-3L)}},{{0x985AEF0FL,1L,0x30AED1C2L,0xD226ED7DL,0x9BE3C096L},{9L,(-1L),0xCAF46024L,(-1L),0x77AF84ACL},{0x5DB9BDD2L,7L,1L,0xD226ED7DL,(-5L)},{0x9513DA38L,(-5L),(-3L),0L,(-1L)},{0x77AF84ACL,0x9513DA38L,0L,(-3L),1L}},{{1L,1L,(-1L),0x54839676L,0x4D8E8D4CL},{(-1L),0x30AED1C2L,9L,(-3L),0x4D8E8D4CL},{0x032A9ACFL,0x50B45720L,0L,(-1L),1L},{0xAF3FCD91L,(-1L),(-1L),(-1L),(-1L)},{0x50B45720L,7L,(-1L),0x032A9ACFL,(-5L)}},{{(-1L),0xAF3FCD91L,0x50B45720L,0xD3BFA4FEL,0x77AF84ACL},{0xD226ED7DL,(-1L),0xE9CE054DL,(-3L),0x9BE3C096L},{(-1L),1L,0x54839676L,0L,(-3L)},{0x50B45720L,0xE9CE054DL,0xD226ED7DL,0x77AF84ACL,1L},{0xAF3FCD91L,(-1L),0x5DB9BDD2L,0x985AEF0FL,(-5L)}},{{0x032A9ACFL,0L,(-8L),(-5L),(-1L)},{(-1L),0L,0xBB8DEDA6L,1L,0x143DFC19L},{1L,(-1L),(-5L),7L,7L},{0x77AF84ACL,0xE9CE054DL,0x77AF84ACL,9L,(-6L)},{0x9513DA38L,1L,(-1L),(-5L),(-8L)}}};
                    int64_t l_1515 = 0L;
                    uint64_t ****l_1543 = (void*)0;
                    int i, j, k;
                    for (i = 0; i < 8; i++)
                        l_1497[i] = 0xA54BL;
                    if (((((1L | (0x1B084CCD74BC0C2BLL != ((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(0xBBB7L, (safe_rshift_func_uint16_t_u_u((safe_mod_func_int32_t_s_s((l_1502 = ((safe_div_func_uint8_t_u_u((safe_unary_minus_func_int16_t_s((safe_mod_func_int32_t_s_s(((safe_sub_func_int64_t_s_s(((void*)0 != l_1496), ((**g_281) = l_1497[7]))) , ((((safe_add_func_uint8_t_u_u((1UL && ((&l_1427[7][0] == ((*l_1215) = &l_1427[5][1])) <= p_55)), l_1500)) , l_1501) ^ p_55) , (-1L))), (**g_122))))), l_1500)) , l_1502)), (-1L))), 2)))) , p_55), (*g_1085))), p_55)) == l_1497[7]))) | p_55) ^ p_55) | 2L))
                    { /* block id: 606 */
                        int64_t l_1503 = 0x3765F1C40446D21DLL;
                        int32_t l_1506 = 0x84BB639AL;
                        int32_t l_1510 = 9L;
                        int32_t l_1511 = 1L;
                        int32_t l_1512[1];
                        int16_t l_1520 = 6L;
                        uint64_t ****l_1546 = &l_1545[0];
                        uint8_t l_1553 = 0xB3L;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1512[i] = 0L;
                        --l_1516[2];
                        --l_1524[2];
                        ++l_1527[2];
                        l_1554 |= ((safe_lshift_func_uint16_t_u_s(((***g_1144)--), 1)) | ((!((safe_add_func_uint16_t_u_u((safe_rshift_func_int8_t_s_s((safe_add_func_int8_t_s_s((0x787D6DECL | ((safe_div_func_int8_t_s_s(((((*l_1230) = (l_1543 == (l_1546 = l_1544))) >= (safe_sub_func_int8_t_s_s(1L, (((((((p_55 >= (safe_add_func_int16_t_s_s(1L, (safe_mul_func_uint16_t_u_u(((-4L) ^ ((*l_1216) &= p_55)), (-6L)))))) >= 4294967289UL) , l_1427[5][1]) | p_55) == 0xFBL) | 1L) < l_1501)))) || p_55), (-1L))) < l_1553)), 0x15L)), 5)), p_55)) < (-8L))) ^ (**g_818)));
                    }
                    else
                    { /* block id: 615 */
                        int16_t l_1563 = 1L;
                        int16_t **l_1570[9] = {&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62};
                        int16_t ***l_1569[10][6] = {{(void*)0,&l_1570[5],&l_1570[0],(void*)0,&l_1570[5],(void*)0},{&l_1570[0],&l_1570[5],&l_1570[0],(void*)0,&l_1570[5],&l_1570[6]},{&l_1570[5],&l_1570[8],&l_1570[5],&l_1570[5],(void*)0,&l_1570[0]},{&l_1570[6],&l_1570[5],&l_1570[6],&l_1570[5],(void*)0,(void*)0},{&l_1570[5],&l_1570[1],(void*)0,(void*)0,&l_1570[5],&l_1570[6]},{&l_1570[0],&l_1570[4],&l_1570[5],(void*)0,(void*)0,&l_1570[5]},{(void*)0,(void*)0,&l_1570[5],&l_1570[8],&l_1570[6],&l_1570[4]},{(void*)0,&l_1570[5],&l_1570[8],&l_1570[5],&l_1570[0],&l_1570[5]},{&l_1570[3],(void*)0,&l_1570[8],&l_1570[2],(void*)0,&l_1570[4]},{&l_1570[5],&l_1570[2],&l_1570[5],&l_1570[8],&l_1570[6],&l_1570[5]}};
                        const int32_t l_1573 = 0x05E3ACE1L;
                        int i, j;
                        (**l_1215) = (0x41A1L || ((safe_sub_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_s((safe_add_func_uint64_t_u_u(((**g_281) = (l_1563 &= (safe_add_func_uint8_t_u_u(255UL, 252UL)))), (safe_mod_func_int16_t_s_s(((safe_sub_func_int8_t_s_s((((+(l_1569[6][2] == &l_1570[6])) == (4294967287UL < ((safe_div_func_int16_t_s_s(((*g_62) = p_55), l_1573)) != (-3L)))) , p_55), p_55)) , l_1527[2]), p_55)))), 8)), p_55)) || p_55));
                        return p_55;
                    }
                }
                else
                { /* block id: 622 */
                    uint32_t **l_1586 = (void*)0;
                    uint32_t **l_1587 = &l_1477;
                    int32_t l_1608 = (-8L);
                    int32_t l_1625 = 0xF2267839L;
                    int32_t l_1626[1][3];
                    uint64_t ****l_1637 = &l_1545[0];
                    uint64_t *****l_1640 = &g_1638;
                    int32_t ***l_1648 = &l_1213;
                    int32_t ****l_1647 = &l_1648;
                    int16_t l_1659 = 0x9316L;
                    uint16_t *l_1662 = &g_684;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 3; j++)
                            l_1626[i][j] = 0xA889E55DL;
                    }
                    if (((((safe_sub_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u(((safe_div_func_int32_t_s_s((safe_mul_func_int16_t_s_s(((*g_62) = l_1478), 65535UL)), p_55)) == ((((*g_1085) ^ ((safe_lshift_func_uint8_t_u_u((((*l_1587) = ((++(*l_1477)) , &g_81[6])) != ((safe_mul_func_uint8_t_u_u(0x68L, (safe_lshift_func_uint8_t_u_s((l_1592 != ((((***l_1413) = (--l_1593)) , (safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(((*g_1146) >= (((safe_sub_func_int32_t_s_s(((**l_1592) = (safe_add_func_int8_t_s_s((safe_add_func_uint16_t_u_u((0x2325L | 9L), (***g_1144))), p_55))), p_55)) >= p_55) && (****g_1246))), 18446744073709551612UL)), 0xB4L))) , (void*)0)), 0)))) , g_745[4][4][0])), 3)) & p_55)) || p_55) , p_55)), p_55)) ^ 0xC44EL), l_1606)) | p_55) > p_55) != 1L))
                    { /* block id: 629 */
                        int8_t ****l_1615 = &g_1612;
                        if (g_703)
                            goto lbl_1607;
                        l_1608 = (**l_1592);
                        (*l_1615) = l_1609[2];
                    }
                    else
                    { /* block id: 633 */
                        return l_1616;
                    }
                    if ((**l_1592))
                    { /* block id: 636 */
                        uint64_t l_1617 = 0x1B11A8CFDB56753ALL;
                        int32_t l_1620 = (-6L);
                        int32_t l_1621 = 0x865E888DL;
                        int32_t l_1622 = 1L;
                        int32_t l_1624[1][8][2] = {{{0xB344A35EL,0xB344A35EL},{(-5L),0xB344A35EL},{0xB344A35EL,(-5L)},{0xB344A35EL,0xB344A35EL},{(-5L),0xB344A35EL},{0xB344A35EL,(-5L)},{0xB344A35EL,0xB344A35EL},{(-5L),0xB344A35EL}}};
                        uint8_t l_1627 = 0x90L;
                        int i, j, k;
                        l_1617--;
                        l_1627++;
                    }
                    else
                    { /* block id: 639 */
                        int32_t * const l_1632 = &l_1505;
                        int32_t **l_1633[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1633[i] = &l_1434[1];
                        (*l_1216) |= (safe_mul_func_uint8_t_u_u(255UL, (*g_1085)));
                        (*g_1634) = l_1632;
                    }
                    (*l_1215) = func_90(l_1608);
                    if ((((***g_1144) = ((((*g_62) = (((*g_282)++) & (l_1637 != ((*l_1640) = g_1638)))) , (g_1644 = l_1641)) == ((*l_1647) = &l_1592))) >= ((~(((0xCE47L <= ((*l_1662) ^= ((l_1389[6][0] = (+(l_1661 = ((safe_mod_func_int64_t_s_s(((void*)0 == &l_1477), (safe_rshift_func_uint8_t_u_s((0xB7L != (((safe_mul_func_uint16_t_u_u(((safe_sub_func_int16_t_s_s((*l_1216), p_55)) && l_1659), l_1427[5][1])) , &g_1042) == &g_1042)), (**l_1592))))) >= l_1660)))) | (**l_1592)))) ^ 0x7B373650L) > p_55)) >= p_55)))
                    { /* block id: 653 */
                        int8_t l_1663 = 0x56L;
                        const int32_t * const l_1664 = &l_1375;
                        l_1663 = 0x7C12A34DL;
                        (*g_1665) = l_1664;
                        g_1666++;
                    }
                    else
                    { /* block id: 657 */
                        uint16_t ***l_1671 = &g_1145;
                        uint16_t ****l_1672 = &l_1671;
                        uint8_t **l_1683 = &g_1249;
                        int32_t l_1684 = (-1L);
                        g_535[0] ^= ((safe_rshift_func_int8_t_s_s(((&g_1145 == ((*l_1672) = l_1671)) != ((((*g_1146) & (0x60E6665675341566LL >= (p_55 != ((+((**g_818) <= (0x04FA7153L <= 0UL))) && (safe_mod_func_uint16_t_u_u((((safe_mul_func_uint16_t_u_u(((l_1554 &= ((((safe_mod_func_int16_t_s_s(((((*l_1637) = l_1680) == l_1681) != (**l_1592)), (**l_1215))) , (**l_1215)) > 0xC3L) | (*l_1216))) && p_55), l_1682)) && (*g_1085)) != p_55), 0x49B8L)))))) , g_296) , p_55)), l_1406)) ^ 0xAAA7L);
                        l_1683 = ((*g_1247) = (**g_1246));
                        l_1684 = p_55;
                    }
                }
                for (l_1514 = 15; (l_1514 > 21); l_1514 = safe_add_func_uint32_t_u_u(l_1514, 1))
                { /* block id: 669 */
                    const int32_t *l_1687 = &l_1507[3][6];
                    (**g_1644) = l_1687;
                }
            }
            else
            { /* block id: 672 */
                int8_t l_1709 = 1L;
                int8_t ***l_1715 = (void*)0;
                uint64_t ***l_1730 = &g_281;
                int16_t l_1741 = 0x6097L;
                uint32_t l_1753 = 0xF2654DECL;
                int32_t l_1754 = (-1L);
                (*l_1215) = (void*)0;
                for (g_327 = 0; (g_327 >= 56); g_327 = safe_add_func_uint8_t_u_u(g_327, 9))
                { /* block id: 676 */
                    int32_t l_1692 = 0xB70F0D31L;
                    int32_t l_1718 = 1L;
                    uint32_t l_1729 = 4294967294UL;
                    for (g_178 = (-30); (g_178 > 16); g_178++)
                    { /* block id: 679 */
                        (**l_1641) = (*g_853);
                        if ((*g_117))
                            continue;
                    }
                    if ((safe_rshift_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u(((**g_1145) &= 65535UL), (safe_rshift_func_uint16_t_u_u(p_55, 4)))), 10)))
                    { /* block id: 684 */
                        uint32_t *l_1710 = (void*)0;
                        uint32_t *l_1711 = (void*)0;
                        uint32_t *l_1712 = &g_81[4];
                        int8_t *** const l_1716 = &l_1610;
                        int32_t l_1717 = (-1L);
                        l_1718 |= (safe_add_func_uint16_t_u_u(((**g_1145) = (safe_sub_func_uint32_t_u_u((((safe_div_func_uint64_t_u_u(((safe_sub_func_int32_t_s_s((((p_55 >= ((*l_1712) = (((0xA447903CL >= g_12) , l_1680) != (l_1709 , (*g_1638))))) ^ ((safe_add_func_uint8_t_u_u((4294967295UL == ((*g_62) > (l_1715 == l_1716))), 255UL)) & (*l_1643))) || l_1717), l_1692)) || 0x26BFD410L), (*g_819))) > l_1709) < l_1709), p_55))), 65527UL));
                    }
                    else
                    { /* block id: 688 */
                        l_1375 ^= (safe_mul_func_uint16_t_u_u(((**g_1145) = ((void*)0 == &g_1042)), ((((*g_1614) = ((((*l_1544) = ((*g_1638) = l_1680)) == ((p_55 == (l_1729 = (safe_unary_minus_func_uint16_t_u((safe_div_func_int8_t_s_s(((*g_1133) != ((*l_1215) = l_1434[0])), (safe_unary_minus_func_uint16_t_u((0x41L | ((***l_1413) = ((safe_lshift_func_uint8_t_u_s((l_1554 |= (*l_1643)), 2)) , ((***g_1612) == (*g_1249))))))))))))) , l_1730)) & 2L)) , (*g_1249)) , (*l_1643))));
                        (**l_1641) = (*g_881);
                        l_1741 |= (safe_mul_func_uint8_t_u_u(2UL, (safe_rshift_func_int16_t_s_s(l_1729, (safe_add_func_uint8_t_u_u((p_55 == (safe_mod_func_uint64_t_u_u(l_1500, p_55))), (l_1478 , (safe_add_func_int32_t_s_s((*l_1643), (((**l_1642) && l_1514) != l_1709))))))))));
                    }
                    return p_55;
                }
                for (g_66 = (-17); (g_66 > (-25)); g_66--)
                { /* block id: 705 */
                    int64_t ** const ***l_1758 = &g_1757;
                    l_1754 &= (safe_lshift_func_uint16_t_u_u((l_1406 >= (1UL == ((safe_sub_func_int32_t_s_s(l_1750[0][4], ((safe_div_func_int8_t_s_s(l_1753, l_1406)) >= p_55))) , 0xD77CL))), 6));
                    l_1754 |= (safe_lshift_func_uint16_t_u_u((((*l_1758) = g_1757) == l_1759), p_55));
                }
                return p_55;
            }
        }
        else
        { /* block id: 712 */
            if (l_1606)
                goto lbl_1760;
        }
    }
    l_1773 &= (safe_rshift_func_int8_t_s_s(p_55, (safe_lshift_func_uint16_t_u_u(((l_1389[6][0] < p_55) , ((((*g_819) = (((g_81[4] = ((safe_mul_func_int8_t_s_s(((void*)0 == l_1767), ((safe_mod_func_uint16_t_u_u((***g_1144), (((safe_div_func_uint32_t_u_u(0x46B5A0D4L, p_55)) , p_55) , p_55))) & 0L))) < 0xE9L)) < 4294967291UL) >= p_55)) && p_55) == (*g_1146))), (*g_1146)))));
    l_1775[1][2] ^= p_55;
    ++l_1777[2][0][2];
    return l_1780;
}


/* ------------------------------------------ */
/* 
 * reads : g_81 g_78 g_1063 g_1064 g_1065 g_178 g_348 g_68 g_168
 * writes: g_81 g_78 g_37
 */
static int32_t  func_56(int16_t * p_57, uint32_t  p_58, int32_t * p_59, uint64_t * p_60, int32_t * p_61)
{ /* block id: 11 */
    int32_t *l_67 = &g_68;
    int32_t *l_69 = &g_68;
    int32_t *l_70 = &g_68;
    int32_t *l_71 = &g_68;
    int32_t *l_72 = &g_68;
    int32_t *l_73 = &g_68;
    int32_t l_74 = (-6L);
    int32_t l_75 = 0x8F7E2F80L;
    int32_t *l_76 = &l_75;
    int32_t *l_77[10] = {&g_68,&g_68,&g_68,&g_68,&g_68,&g_68,&g_68,&g_68,&g_68,&g_68};
    int16_t ** const *l_1054 = (void*)0;
    uint64_t ***l_1061 = &g_281;
    uint64_t ****l_1060 = &l_1061;
    int8_t *l_1170 = &g_33;
    uint32_t *l_1173 = &g_81[6];
    int i;
    (*p_61) = 0L;
    ++g_81[6];
    for (g_78 = 0; (g_78 <= (-16)); g_78 = safe_sub_func_uint64_t_u_u(g_78, 4))
    { /* block id: 16 */
        uint64_t l_1036 = 0x85E65374C3E02258LL;
        int32_t l_1056 = 4L;
        int32_t l_1111 = 1L;
        int16_t ***l_1159[1];
        int i;
        for (i = 0; i < 1; i++)
            l_1159[i] = (void*)0;
    }
    (*p_61) ^= (((*p_60) = ((***g_1063) || (*l_73))) > (safe_sub_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u(252UL, (safe_add_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u(((*l_73) == (4294967286UL && (l_1170 != l_1170))), 2)), ((-7L) >= (safe_div_func_int32_t_s_s((((((--(*l_1173)) , 0x37L) & (-1L)) < (*l_76)) ^ (-1L)), (*p_59)))))))), p_58)));
    return (*l_69);
}


/* ------------------------------------------ */
/* 
 * reads : g_81 g_62 g_63 g_585 g_4 g_725 g_120 g_68 g_168 g_784 g_307 g_30 g_95 g_282 g_178 g_175 g_117 g_591 g_818 g_79 g_535 g_37 g_215 g_700 g_819 g_703 g_214 g_150 g_533 g_33 g_148 g_853 g_152 g_269 g_881 g_29 g_947 g_66 g_499 g_268
 * writes: g_81 g_214 g_63 g_307 g_585 g_175 g_79 g_68 g_123 g_179 g_33 g_148 g_703
 */
static int32_t * func_86(int32_t * p_87, uint8_t  p_88, uint32_t  p_89)
{ /* block id: 288 */
    uint16_t l_768 = 65528UL;
    uint32_t *l_769 = (void*)0;
    uint32_t *l_770 = (void*)0;
    uint32_t *l_771[5] = {&g_81[6],&g_81[6],&g_81[6],&g_81[6],&g_81[6]};
    int32_t l_772 = 0x402602EDL;
    int32_t l_773 = 0x51D6B8B5L;
    int8_t *l_781 = &g_214;
    int32_t *l_782 = &g_307;
    int32_t *l_783 = (void*)0;
    int32_t *l_794 = (void*)0;
    int32_t *l_795 = &l_772;
    int64_t **l_822 = &g_819;
    int64_t **l_823 = &g_819;
    uint16_t *l_839 = (void*)0;
    uint16_t **l_838 = &l_839;
    int64_t l_840[7];
    uint64_t ***l_859 = &g_281;
    int16_t **l_889 = &g_62;
    int16_t **l_891 = &g_62;
    int32_t l_905 = 0xDBB425E6L;
    uint64_t *** const l_909[3] = {(void*)0,(void*)0,(void*)0};
    uint64_t *** const *l_908 = &l_909[2];
    uint64_t l_950 = 0xC74CD9D8F605FA03LL;
    const int16_t *l_980 = &g_175[0][7];
    const int16_t **l_979 = &l_980;
    int32_t l_994 = (-1L);
    int32_t l_1003 = 0L;
    int32_t l_1004[5];
    int8_t l_1027 = 9L;
    int i;
    for (i = 0; i < 7; i++)
        l_840[i] = 0xDB8F5B4DCEC71F4DLL;
    for (i = 0; i < 5; i++)
        l_1004[i] = 0L;
    (*g_784) = ((((((safe_unary_minus_func_uint16_t_u(0x0296L)) != ((*l_782) = (safe_rshift_func_int8_t_s_s(((0x6711L == ((*g_62) &= (((l_768 == (p_89 || ((-1L) > (g_81[6]++)))) | ((*l_781) = (safe_rshift_func_int16_t_s_u((((l_773 <= ((!(safe_rshift_func_int8_t_s_u(4L, (((((p_88 & p_89) | l_772) >= 1UL) > l_773) & l_773)))) < 0x29B4L)) , (-8L)) || p_88), 0)))) <= p_89))) && p_89), g_585[0][1])))) & g_4) == g_725) >= (*g_120)) > g_168);
    (*l_795) = (((safe_add_func_uint64_t_u_u((safe_rshift_func_int16_t_s_s(((-3L) == (~((*g_62) = ((*l_782) && (0xD9887730L | (((*l_782) = (*p_87)) < (0xB3L & (((((*p_87) | (p_89 > ((safe_sub_func_uint16_t_u_u(65535UL, (((7L || p_89) != 0x55L) , p_88))) >= (*p_87)))) , g_95) && 0xDFL) && p_88)))))))), p_89)), (*g_282))) < 7L) && p_88);
    for (g_63 = 17; (g_63 == (-7)); g_63 = safe_sub_func_uint16_t_u_u(g_63, 9))
    { /* block id: 299 */
        int16_t *****l_807 = &g_751;
        int32_t l_813 = (-1L);
        int64_t ***l_820 = (void*)0;
        int64_t ***l_821[10] = {(void*)0,&g_818,&g_818,&g_818,&g_818,(void*)0,&g_818,&g_818,&g_818,&g_818};
        int16_t *l_824 = &g_175[0][7];
        uint16_t *l_829[9][6] = {{&g_684,&g_684,&g_150[0][7][6],(void*)0,&g_684,(void*)0},{&g_684,&g_327,&g_684,(void*)0,&g_327,&g_150[0][7][6]},{&g_684,&g_150[0][7][6],(void*)0,(void*)0,&g_150[0][7][6],&g_684},{&g_684,&g_684,&g_150[0][7][6],(void*)0,&g_684,(void*)0},{&g_684,&g_327,&g_684,(void*)0,&g_327,&g_150[0][7][6]},{&g_684,&g_150[0][7][6],(void*)0,(void*)0,&g_150[0][7][6],&g_684},{&g_684,&g_684,&g_150[0][7][6],(void*)0,&g_684,(void*)0},{&g_684,&g_327,&g_684,(void*)0,&g_327,&g_150[0][7][6]},{&g_684,&g_150[0][7][6],(void*)0,(void*)0,&g_150[0][7][6],&g_684}};
        uint16_t **l_828 = &l_829[1][5];
        uint8_t l_841[6][3];
        uint32_t l_844 = 0x411BFF1DL;
        uint64_t * const *** const l_855 = (void*)0;
        uint64_t * const *** const *l_854 = &l_855;
        uint64_t l_942 = 0xE125283A4141749DLL;
        int i, j;
        for (i = 0; i < 6; i++)
        {
            for (j = 0; j < 3; j++)
                l_841[i][j] = 1UL;
        }
        (*l_795) = ((*l_782) = (((safe_rshift_func_int16_t_s_u(((3UL != p_88) && (g_63 & ((1UL > (((safe_div_func_int16_t_s_s((safe_mul_func_int8_t_s_s(0x64L, 0x7FL)), p_89)) , ((safe_div_func_int16_t_s_s((p_88 && (+((((&g_81[6] == (void*)0) >= g_175[0][3]) , p_88) , p_88))), (*g_62))) == p_89)) , (*g_117))) ^ p_89))), p_88)) , l_807) == &g_751));
        if (((l_813 = ((safe_rshift_func_uint16_t_u_s((~0x6D9C0819AC03D243LL), 3)) && (((safe_mod_func_uint16_t_u_u(l_813, (((safe_lshift_func_uint8_t_u_s((g_591 & ((*l_824) = (0x3DL && ((((*l_782) == 1UL) | (safe_lshift_func_int8_t_s_u(((((p_88 && (((*l_795) = (*l_782)) < (((l_823 = (l_822 = g_818)) != (void*)0) , (*p_87)))) , l_813) , 0xE5L) > g_79[2]), 2))) , g_81[9])))), g_535[3])) != g_37) , (*g_62)))) || l_813) < l_813))) >= 1L))
        { /* block id: 307 */
            int8_t l_827 = 0x8CL;
            uint16_t ***l_830 = &l_828;
            int32_t *l_852 = &l_813;
            (*g_117) = (((((((255UL && p_89) , (safe_add_func_int8_t_s_s((g_79[2] ^= (((((*l_830) = ((p_88 = l_827) , l_828)) == (((((((g_215 <= (safe_sub_func_uint16_t_u_u((safe_unary_minus_func_int64_t_s((safe_mod_func_uint16_t_u_u(((*g_117) && 8UL), ((safe_mod_func_int64_t_s_s(((p_89 <= ((((*l_782) = g_700[1]) > 4294967289UL) , p_89)) , (*g_819)), l_827)) & l_813))))), g_214))) <= g_214) <= 0xAA82L) && 0L) < p_89) >= (*p_87)) , l_838)) <= p_89) , (-1L))), g_150[0][7][6]))) < 18446744073709551615UL) ^ l_813) == l_840[6]) & p_89) , (*p_87));
            if ((l_841[5][2] >= (!(~(((l_844 != ((*l_824) = (safe_sub_func_uint32_t_u_u((g_81[7] = g_533), ((*l_782) = ((safe_div_func_uint16_t_u_u((((0xAEL | (safe_unary_minus_func_int64_t_s((safe_add_func_int64_t_s_s((**g_818), ((l_813 ^= (*g_819)) >= 1L)))))) < 1L) || (((*p_87) != (*p_87)) | g_33)), l_841[5][2])) , (*l_795))))))) && g_148) == 0UL)))))
            { /* block id: 317 */
                (*g_853) = l_852;
                l_854 = l_854;
            }
            else
            { /* block id: 320 */
                int64_t l_868 = 0x0EBBCC68B2BE2F46LL;
                for (l_813 = (-18); (l_813 < (-26)); l_813--)
                { /* block id: 323 */
                    uint64_t ***l_858 = &g_281;
                    l_859 = l_858;
                }
                for (g_179 = 1; (g_179 <= 4); g_179 += 1)
                { /* block id: 328 */
                    int64_t l_879 = (-1L);
                    (*l_852) = (((safe_mul_func_uint16_t_u_u(((*l_795) , p_88), 0xA1F8L)) , p_88) != (safe_mod_func_uint32_t_u_u((((safe_lshift_func_uint16_t_u_s((safe_add_func_uint8_t_u_u(l_868, (safe_div_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((safe_sub_func_uint32_t_u_u(p_89, (safe_div_func_int16_t_s_s(0x9B79L, (safe_sub_func_int16_t_s_s(l_879, (((((-1L) == p_89) & l_841[5][2]) && (*l_852)) || g_152))))))), g_81[6])) & 0xD34231EBL), (*g_62))))), l_879)) , (*l_852)) , l_868), g_30[4][2][1])));
                    for (g_33 = 3; (g_33 >= 0); g_33 -= 1)
                    { /* block id: 332 */
                        return p_87;
                    }
                    (*g_269) = p_87;
                }
            }
            (*g_881) = p_87;
        }
        else
        { /* block id: 339 */
            uint64_t *** const *l_906 = &l_859;
            int32_t l_924 = 0x17AFB3B7L;
            int32_t l_926 = 0L;
            int32_t l_938 = 0L;
            int32_t l_939 = (-2L);
            for (p_89 = 0; (p_89 != 40); p_89 = safe_add_func_uint64_t_u_u(p_89, 2))
            { /* block id: 342 */
                return p_87;
            }
            for (g_33 = 0; (g_33 != (-25)); g_33--)
            { /* block id: 347 */
                int32_t **l_886 = &l_794;
                int32_t l_940 = 0xA0B6B1E8L;
                int32_t l_941 = 9L;
                (*l_886) = p_87;
                for (g_148 = 28; (g_148 == (-25)); g_148--)
                { /* block id: 351 */
                    int16_t ***l_890 = &l_889;
                    int32_t l_901 = 0x3F21BF95L;
                    if (((((*l_890) = l_889) == (l_891 = &l_824)) , ((*l_795) < 1UL)))
                    { /* block id: 354 */
                        uint64_t *** const **l_907[3];
                        int32_t **l_912 = (void*)0;
                        int32_t **l_914 = &l_795;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_907[i] = &l_906;
                        (*l_782) &= (safe_mul_func_int8_t_s_s((~(g_29[1][3][1] <= 0x4AL)), ((safe_lshift_func_uint16_t_u_s((g_179 = (safe_rshift_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(l_901, ((**l_822) &= (safe_add_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u((l_905 = g_535[3]))), (&g_350 == (l_908 = l_906))))))), ((*l_781) ^= p_89)))), 8)) , (safe_mul_func_uint16_t_u_u((((**l_886) || l_841[5][2]) != p_88), 0L)))));
                        (*l_914) = ((*l_886) = &l_772);
                        return p_87;
                    }
                    else
                    { /* block id: 364 */
                        int32_t *l_915 = &l_773;
                        int32_t *l_916 = (void*)0;
                        int32_t *l_917 = (void*)0;
                        int32_t *l_918 = (void*)0;
                        int32_t *l_919 = &g_535[1];
                        int32_t *l_920 = &g_307;
                        int32_t *l_921 = &l_773;
                        int32_t *l_922 = &g_68;
                        int32_t *l_923 = &g_535[3];
                        int32_t *l_925 = &g_585[2][0];
                        int32_t *l_927 = &l_813;
                        int32_t *l_928 = &g_307;
                        int32_t *l_929 = &l_926;
                        int32_t *l_930 = &g_307;
                        int32_t *l_931 = (void*)0;
                        int32_t *l_932 = &l_813;
                        int32_t *l_933 = (void*)0;
                        int32_t *l_934 = (void*)0;
                        int32_t *l_935 = &l_924;
                        int32_t *l_936 = &g_307;
                        int32_t *l_937[9] = {&g_4,&g_535[3],&g_4,&g_4,&g_535[3],&g_4,&g_4,&g_535[3],&g_4};
                        int i;
                        ++l_942;
                    }
                    for (l_768 = 29; (l_768 < 1); l_768--)
                    { /* block id: 369 */
                        (*g_947) = ((*l_886) = (l_783 = p_87));
                        (*l_886) = p_87;
                    }
                }
                if (l_844)
                    continue;
                if ((*p_87))
                    continue;
            }
        }
    }
    if ((safe_sub_func_int8_t_s_s(l_950, (0xB2L < g_700[1]))))
    { /* block id: 381 */
        int32_t l_961[5] = {0xE206BDB1L,0xE206BDB1L,0xE206BDB1L,0xE206BDB1L,0xE206BDB1L};
        int16_t *****l_968 = &g_751;
        int32_t l_969[3][10];
        int32_t l_970 = 0x2CDB9BB8L;
        int32_t **l_981 = &l_782;
        uint64_t ****l_988 = &l_859;
        int32_t *l_989 = (void*)0;
        int32_t *l_990 = &g_68;
        int32_t *l_991 = &g_585[1][0];
        int32_t *l_992 = &g_585[0][0];
        int32_t *l_993 = (void*)0;
        int32_t *l_995 = &g_585[1][0];
        int32_t *l_996 = &g_307;
        int32_t *l_997 = &l_970;
        int32_t *l_998 = &l_773;
        int32_t *l_999 = &g_307;
        int32_t *l_1000 = &g_585[1][0];
        int32_t *l_1001 = (void*)0;
        int32_t *l_1002[6] = {&g_585[1][1],&l_772,&l_772,&g_585[1][1],&l_772,&l_772};
        uint32_t l_1005 = 4294967286UL;
        int8_t **l_1008 = &l_781;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 10; j++)
                l_969[i][j] = 5L;
        }
        (*l_795) = (safe_div_func_int64_t_s_s(((safe_add_func_int8_t_s_s((((g_178 || 0x51L) || (*l_795)) <= ((safe_mod_func_int8_t_s_s(((*l_781) = (safe_div_func_int64_t_s_s((((safe_mod_func_int64_t_s_s((l_961[2] <= ((*p_87) != ((l_970 = ((safe_add_func_int16_t_s_s((l_969[1][3] = ((*g_819) & (safe_mul_func_int16_t_s_s((((safe_lshift_func_uint8_t_u_s((((l_961[1] , &g_751) == (l_968 = (void*)0)) >= g_66), 5)) == (*p_87)) == g_499), g_268[6][1])))), p_89)) <= 0x1D2FA50FL)) < (*p_87)))), p_89)) , p_89) ^ (*g_819)), 0xEB89F81D18A3DBAFLL))), p_89)) , g_33)), p_89)) && 1UL), p_88));
        l_969[1][3] ^= ((safe_add_func_uint64_t_u_u(((safe_add_func_uint32_t_u_u(g_148, ((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(((*g_62) = ((l_979 != &l_980) != ((void*)0 == l_981))), 13)), ((safe_div_func_uint32_t_u_u((((safe_div_func_int8_t_s_s((((safe_sub_func_uint64_t_u_u((**l_981), ((l_988 = &l_859) != &l_909[2]))) == (**l_981)) != p_88), (*l_795))) != p_89) == (-1L)), p_89)) , 2L))) && 0UL))) >= 0xE4L), 0x5242C3A81E7589C5LL)) ^ p_89);
        ++l_1005;
        (*l_981) = ((&g_533 != ((*l_1008) = l_781)) , p_87);
    }
    else
    { /* block id: 393 */
        int32_t * const l_1009 = &g_585[1][0];
        int32_t *l_1011 = &g_585[1][0];
        int32_t *l_1012 = (void*)0;
        int32_t *l_1013 = (void*)0;
        int32_t l_1014 = 0x55A58625L;
        int32_t *l_1015 = &l_1004[3];
        int32_t *l_1016 = &l_994;
        int32_t *l_1017 = &l_1014;
        int32_t *l_1018 = &g_535[3];
        int32_t *l_1019 = &l_1004[3];
        int32_t *l_1020 = &l_1003;
        int32_t l_1021 = 9L;
        int32_t *l_1022 = &l_1004[3];
        int32_t l_1023 = (-1L);
        int32_t *l_1024 = &l_1021;
        int32_t *l_1025 = &l_772;
        int32_t *l_1026[9][6] = {{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773},{&l_772,&l_773,&l_773,&l_772,&l_773,&l_773}};
        uint16_t l_1028 = 0x28C2L;
        int i, j;
        (*g_853) = l_1009;
        ++l_1028;
    }
    return p_87;
}


/* ------------------------------------------ */
/* 
 * reads : g_29 g_78 g_81 g_33 g_117 g_120 g_68 g_122 g_30 g_123 g_148 g_4 g_79 g_150 g_62 g_63 g_37 g_175 g_152 g_214 g_215 g_268 g_178 g_269 g_296 g_80 g_327 g_168 g_348 g_349 g_307 g_341 g_282 g_66 g_499 g_179 g_325 g_700 g_557 g_585 g_703 g_535 g_326 g_725 g_12 g_750
 * writes: g_95 g_33 g_62 g_68 g_63 g_66 g_123 g_148 g_150 g_152 g_37 g_168 g_175 g_79 g_178 g_179 g_214 g_215 g_281 g_327 g_81 g_307 g_341 g_585 g_499 g_631 g_684 g_535 g_703 g_725 g_751
 */
static int32_t * func_90(int8_t  p_91)
{ /* block id: 17 */
    int64_t *l_94 = &g_95;
    int32_t l_101 = 0L;
    int32_t l_759[1][2][8] = {{{0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L},{0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L,0xBF67AFF6L}}};
    int64_t l_760[9][9][1] = {{{1L},{0xEE102653CF854FC1LL},{0x4A4CF66B113005E6LL},{0xFB7CB4ECD7B39A01LL},{(-1L)},{0x4A4CF66B113005E6LL},{0x54B36645CA077DF1LL},{0x4A4CF66B113005E6LL},{(-1L)}},{{0xFB7CB4ECD7B39A01LL},{0x4A4CF66B113005E6LL},{0xEE102653CF854FC1LL},{1L},{(-1L)},{(-1L)},{1L},{0xEE102653CF854FC1LL},{0x4A4CF66B113005E6LL}},{{0xFB7CB4ECD7B39A01LL},{(-1L)},{0x4A4CF66B113005E6LL},{0x54B36645CA077DF1LL},{0x4A4CF66B113005E6LL},{(-8L)},{0x3EACE44F7A02279BLL},{0x54B36645CA077DF1LL},{0xFB7CB4ECD7B39A01LL}},{{(-1L)},{(-8L)},{(-8L)},{(-1L)},{0xFB7CB4ECD7B39A01LL},{0x54B36645CA077DF1LL},{0x3EACE44F7A02279BLL},{(-8L)},{0x54B36645CA077DF1LL}},{{(-1L)},{0x54B36645CA077DF1LL},{(-8L)},{0x3EACE44F7A02279BLL},{0x54B36645CA077DF1LL},{0xFB7CB4ECD7B39A01LL},{(-1L)},{(-8L)},{(-8L)}},{{(-1L)},{0xFB7CB4ECD7B39A01LL},{0x54B36645CA077DF1LL},{0x3EACE44F7A02279BLL},{(-8L)},{0x54B36645CA077DF1LL},{(-1L)},{0x54B36645CA077DF1LL},{(-8L)}},{{0x3EACE44F7A02279BLL},{0x54B36645CA077DF1LL},{0xFB7CB4ECD7B39A01LL},{(-1L)},{(-8L)},{(-8L)},{(-1L)},{0xFB7CB4ECD7B39A01LL},{0x54B36645CA077DF1LL}},{{0x3EACE44F7A02279BLL},{(-8L)},{0x54B36645CA077DF1LL},{(-1L)},{0x54B36645CA077DF1LL},{(-8L)},{0x3EACE44F7A02279BLL},{0x54B36645CA077DF1LL},{0xFB7CB4ECD7B39A01LL}},{{(-1L)},{(-8L)},{(-8L)},{(-1L)},{0xFB7CB4ECD7B39A01LL},{0x54B36645CA077DF1LL},{0x3EACE44F7A02279BLL},{(-8L)},{0x54B36645CA077DF1LL}}};
    int32_t *l_764 = &g_30[4][2][1];
    int i, j, k;
    if ((safe_sub_func_int64_t_s_s(((*l_94) = g_29[1][3][1]), ((func_96(((p_91 < (safe_unary_minus_func_uint16_t_u((l_101 >= (safe_lshift_func_uint8_t_u_u((~((void*)0 != l_94)), 0)))))) , func_105(((safe_sub_func_int64_t_s_s(l_101, g_78)) , func_111((g_81[3] , &g_63))), g_29[1][1][0], l_101)), g_80, &g_78) <= g_29[1][2][0]) ^ g_29[1][3][1]))))
    { /* block id: 280 */
        const int32_t *l_753[9][6][3] = {{{(void*)0,&g_585[1][0],&g_30[4][2][1]},{(void*)0,&g_4,(void*)0},{&g_30[4][2][1],&g_585[1][0],&g_535[2]},{&g_4,&g_4,(void*)0},{&g_535[3],&g_585[1][0],&g_30[7][0][1]},{(void*)0,&l_101,(void*)0}},{{&g_30[4][2][1],(void*)0,&g_585[1][0]},{(void*)0,(void*)0,(void*)0},{&g_535[3],(void*)0,&g_30[7][0][1]},{&g_4,&g_30[4][2][1],(void*)0},{(void*)0,&g_535[3],&g_535[2]},{(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_68,&g_30[4][2][1]},{&g_4,(void*)0,&g_4},{&g_535[3],&g_30[4][2][1],(void*)0},{(void*)0,(void*)0,&g_30[4][2][1]},{&g_30[4][2][1],&g_30[4][2][1],&g_585[1][0]},{(void*)0,(void*)0,&g_68}},{{&g_535[3],&g_68,&g_30[4][2][1]},{&g_4,(void*)0,(void*)0},{&g_30[4][2][1],&g_535[3],&g_30[4][2][1]},{(void*)0,&g_30[4][2][1],&g_68},{(void*)0,(void*)0,&g_585[1][0]},{(void*)0,(void*)0,&g_30[4][2][1]}},{{(void*)0,(void*)0,(void*)0},{(void*)0,&l_101,&g_4},{(void*)0,&g_585[1][0],&g_30[4][2][1]},{(void*)0,&g_4,(void*)0},{&g_30[4][2][1],&g_585[1][0],&g_535[2]},{&g_4,&g_4,(void*)0}},{{&g_535[3],&g_585[1][0],&g_30[7][0][1]},{(void*)0,&l_101,(void*)0},{&g_30[4][2][1],(void*)0,&g_585[1][0]},{(void*)0,(void*)0,(void*)0},{&g_535[3],(void*)0,&g_30[7][0][1]},{&g_4,&g_30[4][2][1],(void*)0}},{{(void*)0,&g_535[3],&g_535[2]},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_68,&g_30[4][2][1]},{&g_4,(void*)0,&g_4},{&g_535[3],&g_30[4][2][1],(void*)0},{(void*)0,(void*)0,&g_30[4][2][1]}},{{&g_30[4][2][1],&g_30[4][2][1],&g_585[1][0]},{(void*)0,(void*)0,&g_68},{&g_535[3],&g_30[7][0][1],&g_585[1][0]},{(void*)0,(void*)0,(void*)0},{&g_585[1][0],&g_535[3],&g_585[1][0]},{&g_30[4][2][1],&l_101,&g_30[4][2][1]}},{{&g_30[4][2][1],&g_68,&g_535[3]},{(void*)0,(void*)0,&g_4},{&g_30[4][2][1],(void*)0,(void*)0},{(void*)0,&g_68,(void*)0},{&g_30[4][2][1],(void*)0,&g_585[1][0]},{&g_30[4][2][1],(void*)0,(void*)0}}};
        const int32_t **l_754 = &l_753[7][5][1];
        uint64_t ***l_756 = &g_281;
        uint64_t ****l_755 = &l_756;
        int64_t * const l_757 = &g_78;
        int i, j, k;
        (*l_754) = l_753[8][4][2];
        (*g_117) |= (-1L);
        (*l_754) = &l_101;
    }
    else
    { /* block id: 284 */
        int32_t *l_758[10][3] = {{&g_68,(void*)0,&g_535[3]},{&g_30[4][2][1],&g_585[0][0],(void*)0},{&g_30[4][2][1],&g_585[0][0],&g_4},{&g_68,(void*)0,&g_68},{&g_4,&g_585[0][0],&g_30[4][2][1]},{(void*)0,&g_585[0][0],&g_30[4][2][1]},{&g_535[3],(void*)0,&g_68},{&l_101,&l_101,&g_4},{&g_535[3],&g_4,(void*)0},{(void*)0,&g_4,&g_535[3]}};
        uint32_t l_761 = 4294967293UL;
        int i, j;
        ++l_761;
    }
    return l_764;
}


/* ------------------------------------------ */
/* 
 * reads : g_30 g_327 g_326 g_12 g_307 g_535 g_68 g_750 g_78 l_74 l_1505
 * writes: g_148 g_327 g_68 g_535 g_751
 */
static uint32_t  func_96(int32_t * p_97, uint8_t  p_98, const int64_t * p_99)
{ /* block id: 271 */
    int16_t l_730 = (-7L);
    int64_t *l_731 = &g_148;
    uint16_t *l_732 = &g_327;
    int32_t *l_737 = &g_68;
    int32_t l_744 = 0x80771774L;
    int32_t *l_746 = &g_535[1];
    int16_t **l_749[9] = {&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62,&g_62};
    int16_t ***l_748 = &l_749[7];
    int16_t **** const l_747 = &l_748;
    int i;
    (*l_746) = (((safe_div_func_uint16_t_u_u(((((*l_731) = (!l_730)) , ((g_30[4][3][0] >= 0xDDL) > ((*l_732)--))) <= ((((safe_lshift_func_uint16_t_u_u((((0x91F42424L && ((*l_737) = (l_730 && l_730))) == (safe_div_func_int8_t_s_s((l_744 = (p_98 != (safe_mod_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(0x71F0486AL, p_98)), g_326)))), 1UL))) , g_12), 14)) < g_307) , (void*)0) != (void*)0)), p_98)) & 18446744073709551615UL) | (*p_97));
    (*l_737) ^= (*p_97);
    (*g_750) = l_747;
    return g_78;
}


/* ------------------------------------------ */
/* 
 * reads : g_307 g_175 g_296 g_66 g_150 g_37 g_78 g_123 g_30 g_178 g_327 g_62 g_4 g_122 g_168 g_117 g_68 g_29 g_79 g_148 g_81 g_341 g_282 g_120 g_499 g_33 g_63 g_214 g_179 g_348 g_325 g_269 g_700 g_557 g_585 g_703 g_535 g_326 g_725 l_74 l_1505
 * writes: g_307 g_341 g_81 g_63 g_168 g_150 g_62 g_585 g_499 g_33 g_68 g_631 g_123 g_684 g_535 g_703 g_725
 */
static int32_t * func_105(int64_t * const  p_106, int8_t  p_107, int32_t  p_108)
{ /* block id: 181 */
    uint8_t *l_498 = &g_499;
    int32_t **l_516[9] = {&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123,&g_123};
    int32_t l_538[10] = {(-7L),0xCC06A530L,0x23D1EED1L,0x23D1EED1L,0xCC06A530L,(-7L),0xCC06A530L,0x23D1EED1L,0x23D1EED1L,0xCC06A530L};
    int16_t ** const l_721 = (void*)0;
    int32_t *l_726 = &g_535[3];
    int i;
    for (g_307 = 0; (g_307 >= (-16)); --g_307)
    { /* block id: 184 */
        uint8_t *l_497 = &g_341[3];
        uint32_t *l_508 = &g_81[6];
        int32_t * const *l_509 = &g_123;
        int32_t l_530 = 0xF93E09AFL;
        int32_t l_532[2][4][3] = {{{0xA6440902L,0x496ADD58L,0x46741BA7L},{0x6EF53BCCL,0x947F54BAL,0x6EF53BCCL},{0xC04BEA9EL,0xA6440902L,0x46741BA7L},{0x6CB4D984L,0x6CB4D984L,1L}},{{0xC034F3DCL,0xA6440902L,0xA6440902L},{1L,0x947F54BAL,9L},{0xC034F3DCL,0x496ADD58L,0xC034F3DCL},{0x6CB4D984L,1L,9L}}};
        int32_t l_564 = (-1L);
        uint32_t l_657 = 0x4F725412L;
        int16_t * const l_691 = &g_63;
        int16_t **l_720 = &g_62;
        int16_t ***l_719 = &l_720;
        int64_t *l_724[8] = {&g_148,&g_148,&g_148,&g_148,&g_148,&g_148,&g_148,&g_148};
        int i, j, k;
        if ((p_108 = (((safe_mul_func_int16_t_s_s(((*g_62) = (safe_rshift_func_int8_t_s_u((((((((&g_269 == ((safe_lshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u((((((*l_497) = (~0x49A304C630AE5615LL)) , p_108) | (l_497 == l_498)) != (safe_rshift_func_uint16_t_u_s(((safe_mod_func_int8_t_s_s((safe_mod_func_uint64_t_u_u(((g_175[0][7] >= (((*l_508) = 4UL) <= ((l_509 == (((((safe_add_func_int8_t_s_s(((safe_mod_func_int32_t_s_s((safe_sub_func_uint8_t_u_u(g_296, g_66)), p_108)) == 18446744073709551615UL), 0x56L)) == g_150[0][1][5]) != g_37) || p_108) , l_516[8])) <= 0x6B717424L))) , p_108), p_108)), 0x80L)) , g_78), 7))), (**l_509))), g_178)) , &l_509)) >= p_108) , 0UL) > p_108) && (**l_509)) , g_307) , 0x8CL), g_327))), p_108)) , p_108) >= g_4)))
        { /* block id: 189 */
            return (*g_122);
        }
        else
        { /* block id: 191 */
            int32_t l_521[3];
            int32_t l_537 = 0L;
            int16_t *l_548 = &g_63;
            int32_t l_565 = 0xC4616EACL;
            uint32_t *l_584 = (void*)0;
            int8_t l_595 = 0xD8L;
            uint64_t l_597[5][7][5] = {{{1UL,0x43905CD255ECB465LL,0x931BFE576B6817C7LL,0x17FACC498FE45646LL,18446744073709551613UL},{1UL,0x931BFE576B6817C7LL,0x239D3E02164ADB37LL,0x931BFE576B6817C7LL,1UL},{0x43905CD255ECB465LL,0x9E366C77FB518EE4LL,0xB447EC968731DD27LL,0x17FACC498FE45646LL,8UL},{0xB447EC968731DD27LL,0x9E366C77FB518EE4LL,0x43905CD255ECB465LL,0x43905CD255ECB465LL,0x9E366C77FB518EE4LL},{0x239D3E02164ADB37LL,0x931BFE576B6817C7LL,1UL,0x9E366C77FB518EE4LL,8UL},{0x931BFE576B6817C7LL,0x43905CD255ECB465LL,1UL,0xC556EC912E828931LL,1UL},{8UL,8UL,0x43905CD255ECB465LL,0x239D3E02164ADB37LL,18446744073709551613UL}},{{0x931BFE576B6817C7LL,18446744073709551613UL,0xB447EC968731DD27LL,0x239D3E02164ADB37LL,0x239D3E02164ADB37LL},{0x239D3E02164ADB37LL,0x70F9FF0D6FAD2C00LL,0x239D3E02164ADB37LL,0xC556EC912E828931LL,0x17FACC498FE45646LL},{0xB447EC968731DD27LL,18446744073709551613UL,0x931BFE576B6817C7LL,0x9E366C77FB518EE4LL,0x17FACC498FE45646LL},{0x43905CD255ECB465LL,8UL,8UL,0x43905CD255ECB465LL,0x239D3E02164ADB37LL},{1UL,0x43905CD255ECB465LL,0x931BFE576B6817C7LL,0x17FACC498FE45646LL,18446744073709551613UL},{1UL,0x931BFE576B6817C7LL,0x239D3E02164ADB37LL,0x931BFE576B6817C7LL,1UL},{0x43905CD255ECB465LL,0x9E366C77FB518EE4LL,0xB447EC968731DD27LL,0x17FACC498FE45646LL,8UL}},{{0xB447EC968731DD27LL,0x43905CD255ECB465LL,8UL,8UL,0x43905CD255ECB465LL},{0x9E366C77FB518EE4LL,0x70F9FF0D6FAD2C00LL,0xB447EC968731DD27LL,0x43905CD255ECB465LL,0xC556EC912E828931LL},{0x70F9FF0D6FAD2C00LL,8UL,0xB447EC968731DD27LL,0x931BFE576B6817C7LL,0xB447EC968731DD27LL},{0xC556EC912E828931LL,0xC556EC912E828931LL,8UL,0x9E366C77FB518EE4LL,1UL},{0x70F9FF0D6FAD2C00LL,1UL,0x239D3E02164ADB37LL,0x9E366C77FB518EE4LL,0x9E366C77FB518EE4LL},{0x9E366C77FB518EE4LL,0x17FACC498FE45646LL,0x9E366C77FB518EE4LL,0x931BFE576B6817C7LL,18446744073709551613UL},{0x239D3E02164ADB37LL,1UL,0x70F9FF0D6FAD2C00LL,0x43905CD255ECB465LL,18446744073709551613UL}},{{8UL,0xC556EC912E828931LL,0xC556EC912E828931LL,8UL,0x9E366C77FB518EE4LL},{0xB447EC968731DD27LL,8UL,0x70F9FF0D6FAD2C00LL,18446744073709551613UL,1UL},{0xB447EC968731DD27LL,0x70F9FF0D6FAD2C00LL,0x9E366C77FB518EE4LL,0x70F9FF0D6FAD2C00LL,0xB447EC968731DD27LL},{8UL,0x43905CD255ECB465LL,0x239D3E02164ADB37LL,18446744073709551613UL,0xC556EC912E828931LL},{0x239D3E02164ADB37LL,0x43905CD255ECB465LL,8UL,8UL,0x43905CD255ECB465LL},{0x9E366C77FB518EE4LL,0x70F9FF0D6FAD2C00LL,0xB447EC968731DD27LL,0x43905CD255ECB465LL,0xC556EC912E828931LL},{0x70F9FF0D6FAD2C00LL,8UL,0xB447EC968731DD27LL,0x931BFE576B6817C7LL,0xB447EC968731DD27LL}},{{0xC556EC912E828931LL,0xC556EC912E828931LL,8UL,0x9E366C77FB518EE4LL,1UL},{0x70F9FF0D6FAD2C00LL,1UL,0x239D3E02164ADB37LL,0x9E366C77FB518EE4LL,0x9E366C77FB518EE4LL},{0x9E366C77FB518EE4LL,0x17FACC498FE45646LL,0x9E366C77FB518EE4LL,0x931BFE576B6817C7LL,18446744073709551613UL},{0x239D3E02164ADB37LL,1UL,0x70F9FF0D6FAD2C00LL,0x43905CD255ECB465LL,18446744073709551613UL},{8UL,0xC556EC912E828931LL,0xC556EC912E828931LL,8UL,0x9E366C77FB518EE4LL},{0xB447EC968731DD27LL,8UL,0x70F9FF0D6FAD2C00LL,18446744073709551613UL,1UL},{0xB447EC968731DD27LL,0x70F9FF0D6FAD2C00LL,0x9E366C77FB518EE4LL,0x70F9FF0D6FAD2C00LL,0xB447EC968731DD27LL}}};
            uint16_t *l_602 = (void*)0;
            int32_t **l_648 = &g_123;
            int i, j, k;
            for (i = 0; i < 3; i++)
                l_521[i] = (-1L);
            for (g_168 = 0; (g_168 > 19); g_168 = safe_add_func_int32_t_s_s(g_168, 9))
            { /* block id: 194 */
                int32_t l_524[7][5][3] = {{{3L,0x18F93CDCL,0L},{7L,(-1L),0x3E01734BL},{0L,0x8D6A647EL,0xE853A63AL},{0xDC3D19C1L,0L,0x0C25DBC1L},{0L,3L,0x8D6A647EL}},{{7L,0L,0L},{3L,(-8L),(-8L)},{1L,0xE56FCFCFL,0L},{0L,0x2DA41385L,0x8D6A647EL},{0x3E01734BL,(-6L),0x0C25DBC1L}},{{0xE853A63AL,0x55EEF017L,0xE853A63AL},{0x0C25DBC1L,(-6L),0x3E01734BL},{0x8D6A647EL,0x2DA41385L,0L},{0L,0xE56FCFCFL,1L},{(-8L),(-8L),3L}},{{0L,0L,7L},{0x8D6A647EL,3L,0L},{0x0C25DBC1L,0L,0xDC3D19C1L},{0xE853A63AL,0x8D6A647EL,0L},{0x3E01734BL,(-1L),7L}},{{0L,0x18F93CDCL,3L},{1L,0L,1L},{3L,0x18F93CDCL,0L},{7L,(-1L),0x3E01734BL},{0L,0x8D6A647EL,0xE853A63AL}},{{0xDC3D19C1L,0L,0x0C25DBC1L},{0L,3L,0x8D6A647EL},{7L,0L,0L},{3L,(-8L),(-8L)},{0x46F48145L,0L,0x3E01734BL}},{{0xE853A63AL,0L,0x55EEF017L},{1L,0L,0xDC3D19C1L},{0x18F93CDCL,0x21714613L,0x18F93CDCL},{0xDC3D19C1L,0L,1L},{0x55EEF017L,0L,0xE853A63AL}}};
                int8_t *l_526[7] = {&g_33,&g_33,&g_33,&g_33,&g_33,&g_33,&g_33};
                int8_t **l_525 = &l_526[5];
                int32_t *l_529 = &l_524[0][4][0];
                int16_t l_539 = 0x7630L;
                uint64_t **l_553[8] = {&g_282,&g_282,&g_282,&g_282,&g_282,&g_282,&g_282,&g_282};
                int64_t *l_610 = (void*)0;
                uint64_t **l_621 = &g_282;
                const int8_t l_699 = 1L;
                uint32_t l_702[6];
                int i, j, k;
                for (i = 0; i < 6; i++)
                    l_702[i] = 0UL;
                if ((safe_div_func_uint64_t_u_u((((7L < l_521[1]) , ((safe_mul_func_uint8_t_u_u((((p_108 != 1UL) & (&g_268[5][0] == ((*l_525) = (l_524[6][4][1] , &g_79[8])))) < p_107), (safe_div_func_int32_t_s_s((*g_117), g_29[1][0][0])))) < g_79[2])) , p_108), (*p_106))))
                { /* block id: 196 */
                    int8_t l_531 = 0xE2L;
                    int32_t l_534[3][1][3];
                    int32_t l_536 = 0x347631EAL;
                    uint8_t l_540[8][1] = {{0x51L},{0x63L},{0x51L},{0x63L},{0x51L},{0x63L},{0x51L},{0x63L}};
                    int i, j, k;
                    for (i = 0; i < 3; i++)
                    {
                        for (j = 0; j < 1; j++)
                        {
                            for (k = 0; k < 3; k++)
                                l_534[i][j][k] = 0x4BDF6D5AL;
                        }
                    }
                    l_529 = (*g_122);
                    if (p_108)
                        break;
                    l_540[1][0]++;
                    if (p_107)
                    { /* block id: 200 */
                        uint16_t *l_545 = &g_150[0][5][2];
                        int16_t **l_549 = &g_62;
                        uint64_t **l_552 = &g_282;
                        const int32_t l_554 = 0xC7109426L;
                        int32_t l_555 = 0xF0E1A78AL;
                        l_555 |= (l_534[0][0][0] >= (l_536 == (safe_mul_func_int8_t_s_s(((g_78 || (g_66 , (((*l_545) = 9UL) | (((((safe_sub_func_int32_t_s_s((0x07L || (((*l_549) = l_548) != (void*)0)), ((safe_mul_func_uint8_t_u_u(((l_552 != l_553[1]) ^ g_81[1]), 255UL)) || l_521[2]))) < (-8L)) , 0xACF09D7FL) , l_521[1]) == l_554)))) , g_29[1][3][1]), g_30[4][2][1]))));
                    }
                    else
                    { /* block id: 204 */
                        int16_t l_556 = (-1L);
                        int32_t l_558 = (-8L);
                        int32_t l_559 = 1L;
                        int32_t l_560 = 0xDDD6C223L;
                        int32_t l_561 = 0x6AAAF8EAL;
                        int32_t l_562 = (-1L);
                        int32_t l_563[5][1] = {{0x339DA5B1L},{(-9L)},{0x339DA5B1L},{(-9L)},{0x339DA5B1L}};
                        uint64_t l_566 = 0xB988766C23CAF97ALL;
                        int i, j;
                        l_566++;
                    }
                }
                else
                { /* block id: 207 */
                    int32_t *l_569 = &l_521[1];
                    l_569 = &p_108;
                    if ((**g_122))
                        continue;
                }
                if ((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(((((safe_lshift_func_uint16_t_u_s((0xC2F45F5AL <= (((0xE33DA46DL || ((++(*l_508)) != (**g_122))) > ((*l_548) = (g_585[1][0] = (g_30[4][2][1] , (0x573DL <= (((safe_sub_func_uint8_t_u_u((((0L != (((safe_mul_func_uint8_t_u_u((g_341[6] , (g_30[4][2][1] <= ((safe_rshift_func_uint8_t_u_u((g_307 | (**l_509)), g_79[4])) <= 1L))), (**l_509))) || p_108) ^ (*g_282))) || 4294967292UL) , p_107), (*l_529))) , g_123) != l_584)))))) ^ p_108)), 4)) >= (*g_123)) , (*g_120)) | 0x3E5DF0C7L), 4)), 5)))
                { /* block id: 214 */
                    int32_t l_586[4][2];
                    int32_t l_588 = 0x9207542DL;
                    int32_t l_589 = 6L;
                    int32_t l_590 = (-10L);
                    int32_t l_593[9][10] = {{0xCFF68F35L,0x9A0AD324L,0x7BA560C4L,0x10B41CEAL,0xE1B1C28BL,(-4L),(-1L),(-1L),(-1L),(-1L)},{0x9D78D315L,0x97E8FBFDL,0L,0L,0x97E8FBFDL,0x9D78D315L,(-1L),1L,0x10B41CEAL,0x48ECBC20L},{(-1L),0x9A0AD324L,0L,0L,(-1L),0xF00010F0L,0x48ECBC20L,0L,(-1L),0x613AB49CL},{(-1L),0x8ECCEBF1L,(-1L),0x10B41CEAL,0x9A0AD324L,0x9D78D315L,0x613AB49CL,0L,1L,0x9A0AD324L},{0x9D78D315L,0x613AB49CL,0L,1L,0x9A0AD324L,(-4L),0x9A0AD324L,1L,0L,0x613AB49CL},{0xCFF68F35L,0x613AB49CL,0L,0x7BA560C4L,(-1L),0x90BA2D98L,0x613AB49CL,(-1L),0L,0x48ECBC20L},{(-4L),0x8ECCEBF1L,0x7BA560C4L,1L,0x97E8FBFDL,0x90BA2D98L,0x48ECBC20L,0x10B41CEAL,1L,(-1L)},{0xCFF68F35L,0x9A0AD324L,0x7BA560C4L,0x10B41CEAL,0xE1B1C28BL,(-4L),(-1L),(-1L),(-1L),(-1L)},{0x9D78D315L,0x97E8FBFDL,0L,0L,0x97E8FBFDL,0x9D78D315L,(-1L),1L,0x10B41CEAL,0x48ECBC20L}};
                    int32_t * const *l_629 = (void*)0;
                    int8_t l_649[3];
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_586[i][j] = 0x3C27B388L;
                    }
                    for (i = 0; i < 3; i++)
                        l_649[i] = (-10L);
                    for (g_499 = 0; (g_499 <= 0); g_499 += 1)
                    { /* block id: 217 */
                        int32_t l_587 = (-8L);
                        int32_t l_592 = 1L;
                        int32_t l_594 = 0x7FC86F41L;
                        int32_t l_596 = 0xA6522B5BL;
                        ++l_597[4][3][1];
                    }
                    for (g_33 = 0; (g_33 != 12); g_33 = safe_add_func_uint64_t_u_u(g_33, 1))
                    { /* block id: 222 */
                        uint16_t **l_603 = &l_602;
                        uint16_t *l_605[9][2][2] = {{{&g_179,&g_327},{&g_179,&g_179}},{{&g_327,&g_179},{&g_179,&g_327}},{{&g_179,&g_179},{&g_327,&g_179}},{{&g_179,&g_327},{&g_179,&g_179}},{{&g_327,&g_179},{&g_179,&g_327}},{{&g_179,&g_179},{&g_327,&g_179}},{{&g_179,&g_327},{&g_179,&g_179}},{{&g_327,&g_179},{&g_179,&g_327}},{{&g_179,&g_179},{&g_327,&g_179}}};
                        uint16_t **l_604 = &l_605[7][1][0];
                        int64_t **l_611 = &l_610;
                        uint64_t ***l_619 = &g_281;
                        uint64_t ***l_620[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int64_t *l_622[5][6] = {{&g_78,&g_78,(void*)0,&g_78,&g_78,(void*)0},{&g_78,&g_78,&g_78,&g_78,(void*)0,&g_78},{&g_78,&g_78,&g_148,&g_78,&g_78,&g_148},{&g_148,&g_148,&g_78,&g_78,&g_78,&g_78},{&g_78,&g_78,(void*)0,&g_78,&g_78,&g_78}};
                        int32_t * const **l_630[1][9] = {{&l_629,&l_629,&l_629,&l_629,&l_629,&l_629,&l_629,&l_629,&l_629}};
                        int16_t *l_635 = &l_539;
                        int i, j, k;
                        (*g_117) &= ((((*l_603) = l_602) != ((*l_604) = &g_152)) , (((0L && (safe_add_func_int64_t_s_s((l_537 ^= (safe_mod_func_uint64_t_u_u(((((((*l_611) = l_610) == p_106) > 1L) | 0x55E7007E44971329LL) & ((!(safe_mul_func_uint8_t_u_u((safe_add_func_int8_t_s_s(((safe_add_func_uint16_t_u_u((((l_621 = (l_553[1] = &g_282)) != ((*g_62) , (void*)0)) >= p_107), l_586[2][0])) || p_108), l_588)), g_30[2][0][2]))) == p_108)), (**l_509)))), l_588))) , (*g_282)) == 0xE9BA19536D14558FLL));
                        l_524[6][4][1] = (safe_div_func_int64_t_s_s((safe_mod_func_int8_t_s_s(((((((safe_mul_func_uint8_t_u_u((((g_631 = (g_214 , l_629)) == (((+((*l_635) = ((*g_62) &= (safe_add_func_int32_t_s_s(0x21E8C440L, p_107))))) | (0xE5FBL && ((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s(p_107, (((*p_106) != (&l_524[6][4][1] != ((safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(g_179, 248UL)), 0xE5C5L)), 0L)) , &l_524[2][1][1]))) < p_107))), p_108)) , l_565))) , l_648)) || 1L), l_649[0])) ^ 1UL) ^ 0L) || 251UL) > 0x754D5A0EL) != (*l_529)), p_107)), g_348));
                    }
                    if ((((((((safe_sub_func_int64_t_s_s((((p_108 >= (safe_lshift_func_uint16_t_u_u(1UL, 8))) > ((((g_29[0][4][0] ^ 0x3D3FA6D2BA109C88LL) <= ((((+(*p_106)) && g_325) < (safe_div_func_uint64_t_u_u(((l_657 , &l_539) == (void*)0), (*p_106)))) > p_108)) || 0UL) != (*p_106))) & p_108), p_107)) <= 0x2EE7F9BA14E146EELL) <= 0x7F73L) || 0x207FB083BF9E9DE2LL) < g_29[1][3][1]) || (-5L)) & g_66))
                    { /* block id: 235 */
                        return (*g_269);
                    }
                    else
                    { /* block id: 237 */
                        uint8_t l_658 = 5UL;
                        l_658++;
                    }
                    for (l_565 = 1; (l_565 > 8); ++l_565)
                    { /* block id: 242 */
                        (*g_122) = (*g_269);
                    }
                }
                else
                { /* block id: 245 */
                    int32_t l_663 = 1L;
                    int32_t l_664[1];
                    uint16_t l_665 = 0xE0B2L;
                    const uint8_t l_701 = 255UL;
                    int i;
                    for (i = 0; i < 1; i++)
                        l_664[i] = 1L;
                    l_665++;
                    g_535[3] ^= (((((safe_mul_func_uint16_t_u_u(p_107, (((safe_mod_func_int16_t_s_s(((p_108 = ((safe_sub_func_int64_t_s_s((((safe_lshift_func_int16_t_s_s((safe_sub_func_int32_t_s_s((safe_div_func_int64_t_s_s((*p_106), (((**l_648) , ((safe_mul_func_int16_t_s_s(((safe_div_func_int64_t_s_s((g_684 = 0L), ((safe_rshift_func_int16_t_s_u((-1L), 10)) , (safe_add_func_int32_t_s_s(((((safe_rshift_func_uint8_t_u_u(g_175[0][3], 1)) > ((void*)0 != l_691)) || (((safe_div_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(((safe_unary_minus_func_int64_t_s((safe_lshift_func_uint16_t_u_s((l_699 >= p_108), (*g_62))))) < (*g_123)), g_150[0][7][6])) , g_700[1]), 0x6FL)) , g_557) | p_108)) , 2L), 1UL))))) , p_108), g_700[1])) != 0xEDL)) , (**l_509)))), l_701)), p_107)) && l_702[5]) , (*p_106)), 0xA8AB41C7C9372D01LL)) && g_585[0][1])) < (*g_123)), 0x37ABL)) , (*l_529)) , 0x4233L))) | p_107) >= (*l_529)) <= g_703) && g_307);
                }
                if (p_108)
                    continue;
            }
            if ((**l_509))
                continue;
        }
        (*g_120) = ((safe_mod_func_uint32_t_u_u(4294967286UL, ((((((((*l_719) = ((safe_mod_func_uint32_t_u_u(((((*l_498) = 255UL) , 0x19L) , p_107), ((safe_mod_func_int32_t_s_s((-1L), g_29[1][3][0])) , (safe_sub_func_uint32_t_u_u(((*l_508) = (safe_add_func_int16_t_s_s((safe_mod_func_uint32_t_u_u(0x41298359L, 0x0C5B16FAL)), ((safe_div_func_uint64_t_u_u(((~(l_691 == (void*)0)) <= p_108), g_341[5])) == 0x5066D8E2L)))), 0x5D00F02FL))))) , (void*)0)) == l_721) && p_108) > g_326) | 1L) != 65535UL) ^ 0x71L))) && 0xE8L);
        for (l_564 = 4; (l_564 >= (-4)); l_564--)
        { /* block id: 261 */
            p_108 &= 0x5540070EL;
        }
        p_108 |= (((**l_509) == (g_725 &= (g_703 &= (*p_106)))) , (**l_509));
    }
    (*g_269) = &p_108;
    (*g_123) &= p_107;
    return l_726;
}


/* ------------------------------------------ */
/* 
 * reads : g_33 g_81 g_117 g_120 g_68 g_122 g_30 g_123 g_29 g_148 g_4 g_79 g_150 g_62 g_63 g_37 g_175 g_78 g_152 g_214 g_215 g_268 g_178 g_269 g_296 g_80 g_327 g_168 g_348 g_349 g_307 g_341 g_282 g_66 l_74 l_1505
 * writes: g_33 g_62 g_68 g_63 g_66 g_123 g_148 g_150 g_152 g_37 g_168 g_175 g_79 g_178 g_179 g_214 g_215 g_281 g_327 g_81
 */
static int64_t * const  func_111(int16_t * p_112)
{ /* block id: 19 */
    uint64_t *l_114 = (void*)0;
    int32_t l_144 = 0x0FC580C8L;
    int16_t *l_189 = &g_175[0][8];
    int32_t l_217 = 9L;
    int32_t l_220 = 0L;
    int32_t l_221 = 0x431681A3L;
    int32_t l_223 = 0xCD4DE32BL;
    int32_t l_228 = 0xAF5BE0A8L;
    uint64_t *l_235 = &g_37;
    int8_t l_263[7][7][5] = {{{0x79L,0x2FL,0x74L,5L,(-1L)},{0x64L,0xA1L,2L,0xA6L,0L},{0xDFL,0x8DL,(-6L),1L,1L},{0xE5L,0x3BL,0x4EL,0xC6L,1L},{0x34L,(-6L),1L,0L,0xF6L},{0xC2L,0L,9L,0x5AL,(-10L)},{5L,0xF2L,(-4L),0x78L,0L}},{{(-9L),0x2BL,0x2BL,(-9L),(-1L)},{(-4L),0L,0L,0xF0L,0xD2L},{(-8L),0xC6L,7L,0xD3L,0x16L},{1L,0x6CL,0L,0xF0L,0xCFL},{1L,0x45L,0xD2L,(-9L),0x3BL},{(-1L),1L,1L,0x78L,1L},{2L,0x0AL,(-9L),0x5AL,0xF7L}},{{1L,0x36L,0x6CL,0L,(-4L)},{9L,0x16L,(-1L),0xC6L,0x47L},{0L,0x76L,0x7CL,1L,0xF0L},{0x07L,1L,4L,0xA6L,0xD2L},{0xD2L,0x45L,0x8DL,5L,5L},{0x45L,0L,0x45L,0x43L,0x3BL},{1L,1L,0x1EL,(-1L),(-4L)}},{{0x00L,(-1L),(-10L),0x98L,0L},{9L,7L,0x1EL,(-4L),(-1L)},{0x02L,0L,0x45L,9L,0x00L},{0xD8L,(-1L),0x8DL,0x6CL,0L},{(-9L),0x29L,4L,0x16L,1L},{1L,0xA9L,0x7CL,7L,0x78L},{0xA6L,(-3L),(-1L),0xE5L,(-4L)}},{{(-1L),0L,0x6CL,(-8L),1L},{0x29L,0xADL,(-9L),0x6CL,4L},{0x7CL,0x1EL,1L,0xAAL,1L},{(-6L),(-6L),0xD2L,0xA1L,0xE5L},{0x74L,(-4L),0L,0x36L,0x45L},{(-8L),(-9L),2L,(-1L),0x47L},{7L,0L,5L,(-8L),0x91L}},{{0xEAL,0x98L,(-9L),(-10L),0x98L},{(-1L),0xCCL,1L,1L,0xF2L},{0xA1L,(-1L),9L,0xEAL,0L},{0xD2L,(-4L),0x7CL,5L,0x79L},{0xE6L,(-10L),0xD3L,0x6CL,9L},{1L,0xF2L,0x91L,0x6CL,0xCFL},{0x47L,(-3L),(-1L),0x07L,0xF7L}},{{0L,0x76L,1L,1L,0x76L},{1L,(-9L),0xC2L,0xADL,(-1L)},{0x8DL,0L,0xAAL,0x20L,(-4L)},{0xADL,0xEAL,0x5AL,0xE5L,0x4EL},{0x8DL,0xCEL,(-6L),0xF6L,(-8L)},{1L,0x43L,0x86L,0xD3L,0x02L},{0L,1L,(-4L),0x2FL,(-6L)}}};
    int16_t ** const l_266 = &l_189;
    int16_t ** const *l_265[6];
    int8_t l_267 = (-1L);
    uint32_t l_358 = 1UL;
    int32_t *l_418 = &g_68;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_265[i] = &l_266;
    for (g_33 = 7; (g_33 >= 0); g_33 -= 1)
    { /* block id: 22 */
        int32_t *l_121 = &g_30[0][2][2];
        int16_t **l_127 = &g_62;
        int32_t l_218 = 0x08923EF6L;
        int32_t l_219 = 1L;
        int32_t l_222[8] = {(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L),(-6L)};
        uint8_t l_224 = 0x07L;
        uint32_t l_229[9][5][5] = {{{0UL,0x8B976E15L,0x9D596026L,0x9910E70EL,0xF966EF24L},{18446744073709551611UL,0UL,0UL,0x529D454BL,18446744073709551615UL},{1UL,1UL,8UL,18446744073709551615UL,0x1E5CC7FCL},{2UL,18446744073709551615UL,0x60B9AC86L,18446744073709551606UL,1UL},{8UL,0x431B45E7L,18446744073709551615UL,0UL,0x54CFA01DL}},{{1UL,0xF67AC453L,18446744073709551615UL,0xD4462A76L,0xD6C52A64L},{0xAC7DA2A8L,0x67A93248L,18446744073709551606UL,1UL,0x0A8AD9A3L},{0xC8D9B6EFL,0x0D59963EL,0UL,0UL,0x0D59963EL},{0xAE2F335CL,0xC073804CL,7UL,0x1E5CC7FCL,18446744073709551615UL},{0x96433254L,1UL,0xC02BD18DL,0x4ED0FA43L,0xEFADBB90L}},{{0x300B8868L,0UL,0x843D4B94L,0x431B45E7L,0UL},{0x96433254L,0x397EF02EL,0x1C03A7F7L,0xC1983C54L,0x88007250L},{0xAE2F335CL,18446744073709551615UL,0x4186BEDBL,18446744073709551607UL,18446744073709551615UL},{0xC8D9B6EFL,18446744073709551613UL,0xB800E998L,18446744073709551615UL,18446744073709551611UL},{0xAC7DA2A8L,0x8B976E15L,0UL,7UL,0x74E90BC4L}},{{1UL,4UL,18446744073709551611UL,0x529D454BL,0x60B9AC86L},{8UL,0xAE2F335CL,0x67A93248L,0UL,18446744073709551609UL},{2UL,0xE52A0714L,1UL,0xE52A0714L,2UL},{1UL,0x1830327CL,18446744073709551615UL,0xF966EF24L,1UL},{18446744073709551611UL,0x88007250L,0xEFADBB90L,0x0D59963EL,0xD6C52A64L}},{{0UL,18446744073709551606UL,0xC073804CL,6UL,1UL},{0UL,0UL,0x529D454BL,18446744073709551615UL,6UL},{1UL,0x1BD20607L,18446744073709551609UL,0xB2B74988L,0x54CFA01DL},{0x0D59963EL,18446744073709551615UL,0xC1983C54L,0xEFADBB90L,18446744073709551611UL},{7UL,18446744073709551606UL,18446744073709551615UL,8UL,0x9D596026L}},{{2UL,0x96433254L,0xD16431FDL,18446744073709551611UL,18446744073709551615UL},{3UL,0x1A0B69C9L,0x6AE3E30AL,7UL,0xAC7DA2A8L},{18446744073709551613UL,1UL,1UL,18446744073709551613UL,1UL},{18446744073709551606UL,0UL,0x4186BEDBL,0x7921E530L,0x9910E70EL},{18446744073709551607UL,0xC1983C54L,0x60B9AC86L,0x88007250L,0xF67AC453L}},{{0UL,3UL,0x8B976E15L,0x7921E530L,18446744073709551615UL},{6UL,0UL,1UL,18446744073709551613UL,0UL},{0xF966EF24L,0xC073804CL,18446744073709551613UL,7UL,0x35330E0CL},{0xD16431FDL,0xAA828677L,2UL,18446744073709551611UL,0x397EF02EL},{0xC073804CL,0x8B976E15L,18446744073709551607UL,8UL,18446744073709551615UL}},{{0xC02BD18DL,0UL,18446744073709551615UL,0xEFADBB90L,18446744073709551611UL},{18446744073709551613UL,18446744073709551607UL,18446744073709551615UL,0xB2B74988L,0xB2B74988L},{0x6A8B0DAEL,0xD16431FDL,0x6A8B0DAEL,18446744073709551615UL,2UL},{7UL,8UL,0xB2B74988L,6UL,18446744073709551615UL},{0xD4462A76L,18446744073709551613UL,0xD16431FDL,0UL,0xAA828677L}},{{0x35330E0CL,18446744073709551615UL,0xB2B74988L,18446744073709551615UL,0xAC7DA2A8L},{0x96433254L,0xD4462A76L,0x6A8B0DAEL,0xC02BD18DL,0xD16431FDL},{1UL,0UL,18446744073709551615UL,0x4186BEDBL,0UL},{1UL,2UL,18446744073709551615UL,0x88007250L,1UL},{0x300B8868L,0x35330E0CL,18446744073709551607UL,0x1E5CC7FCL,0xAE2F335CL}}};
        uint64_t *l_233 = &g_168;
        int32_t l_295[7][1] = {{0L},{0xD262F6BAL},{0L},{0L},{0xD262F6BAL},{0L},{0L}};
        int32_t l_437 = 0xD546E271L;
        int32_t l_438 = 0xAD6F3C8CL;
        uint32_t l_439[3][6];
        int i, j, k;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 6; j++)
                l_439[i][j] = 0x4D186F23L;
        }
        if ((+g_81[(g_33 + 1)]))
        { /* block id: 23 */
            int16_t **l_115 = &g_62;
            int32_t *l_116 = (void*)0;
            int i;
            (*g_117) = (l_114 == ((((*l_115) = &g_63) != p_112) , &g_37));
            if (g_81[(g_33 + 1)])
                break;
        }
        else
        { /* block id: 27 */
            int32_t l_118 = 8L;
            int32_t *l_119 = (void*)0;
            (*g_120) ^= l_118;
        }
        for (g_63 = 1; (g_63 <= 9); g_63 += 1)
        { /* block id: 32 */
            int16_t l_153 = 0L;
            int32_t l_169 = 0xCB20B976L;
            int32_t *l_216[7] = {(void*)0,&g_4,(void*)0,(void*)0,&g_4,(void*)0,(void*)0};
            int64_t l_227 = (-1L);
            uint64_t **l_234 = &l_114;
            uint64_t **l_236 = &l_235;
            int8_t l_324 = 0xF4L;
            int16_t l_413[7][10][3] = {{{0x3EDDL,0x990EL,0x949BL},{0xC7C4L,0x51EBL,0x2BA5L},{0x5966L,0xB167L,8L},{(-4L),0x5966L,9L},{0x7419L,1L,(-4L)},{0x0725L,1L,0xC66AL},{0x0725L,9L,(-4L)},{0x7419L,1L,0xF9F1L},{(-4L),0x153BL,5L},{0x5966L,(-1L),(-1L)}},{{0xC7C4L,(-6L),0x0725L},{0x3EDDL,0x684BL,0x8E65L},{1L,0xDFAFL,0x51EBL},{0x51EBL,(-4L),1L},{0xF9F1L,0xDFAFL,0x8C80L},{0x7B96L,0x684BL,1L},{0x71BAL,(-6L),0x28F1L},{1L,(-1L),0x7B96L},{0x8C80L,1L,0L},{0xA147L,(-4L),8L}},{{0xB167L,(-1L),1L},{0x71BAL,0x990EL,1L},{0L,0x28F1L,8L},{0x2BA5L,1L,0L},{(-1L),8L,0xDFAFL},{(-6L),0xC7C4L,(-6L)},{9L,7L,0xF9F1L},{0L,0xF9F1L,0xCA7DL},{0x0725L,0xDFAFL,0x28F1L},{5L,1L,0xC7C4L}},{{0x0725L,(-1L),1L},{0L,0x5966L,0x8B35L},{9L,0x7419L,0xB167L},{(-6L),0x2F2DL,0x684BL},{(-1L),0x2BA5L,0xC66AL},{0x2BA5L,0x153BL,0xE270L},{0L,1L,0x0725L},{0x71BAL,1L,0L},{0xB167L,0x153BL,(-1L)},{0xA147L,0x2BA5L,9L}},{{0x8C80L,0x2F2DL,5L},{0x7419L,0x7419L,0x730CL},{0x8E65L,0x5966L,0x990EL},{0xDFAFL,(-1L),0x153BL},{0xC66AL,1L,0x3EDDL},{0xC7C4L,0xDFAFL,0x153BL},{(-4L),0xF9F1L,0x990EL},{0x2F2DL,7L,0x730CL},{0x153BL,0xC7C4L,5L},{1L,8L,9L}},{{0xE270L,1L,(-1L)},{(-3L),0x28F1L,0L},{0x8B35L,0x990EL,0x0725L},{0x8B35L,(-1L),0xE270L},{(-3L),(-4L),0xC66AL},{0xE270L,1L,0x684BL},{1L,0xB167L,0xB167L},{0x153BL,0x8C80L,0x8B35L},{0x2F2DL,(-4L),1L},{(-4L),0x92E2L,0xC7C4L}},{{0xC7C4L,0xE270L,0x28F1L},{0xC66AL,0x92E2L,0xCA7DL},{0xDFAFL,(-4L),0xF9F1L},{0x8E65L,0x8C80L,(-6L)},{0x7419L,0xB167L,0xDFAFL},{0x8C80L,1L,0L},{0xA147L,(-4L),8L},{0xB167L,(-1L),1L},{0x71BAL,0x990EL,1L},{0L,0x28F1L,8L}}};
            uint16_t *l_442 = &g_152;
            int i, j, k;
            for (g_66 = 0; (g_66 <= 9); g_66 += 1)
            { /* block id: 35 */
                int32_t *l_138[7];
                int32_t l_142 = 0L;
                int32_t l_145 = 0xD7F6879DL;
                int64_t * const l_183 = &g_78;
                int8_t *l_210 = (void*)0;
                int8_t *l_211 = &g_79[2];
                uint16_t *l_212 = &g_150[0][7][6];
                int8_t *l_213 = &g_214;
                int i;
                for (i = 0; i < 7; i++)
                    l_138[i] = &g_30[4][2][1];
                for (g_68 = 0; (g_68 <= 9); g_68 += 1)
                { /* block id: 38 */
                    int16_t ***l_124 = (void*)0;
                    int16_t **l_126 = &g_62;
                    int16_t ***l_125[10] = {&l_126,&l_126,&l_126,&l_126,&l_126,&l_126,&l_126,&l_126,&l_126,&l_126};
                    int32_t **l_139 = &l_138[2];
                    const int32_t l_146 = 0x69CA31E3L;
                    int64_t *l_147 = &g_148;
                    uint16_t *l_149 = &g_150[0][7][6];
                    uint16_t *l_151 = &g_152;
                    int i;
                    (*g_122) = l_121;
                    l_127 = &p_112;
                    l_144 = (((*l_151) = (safe_lshift_func_int8_t_s_u((((*l_149) |= ((safe_lshift_func_uint8_t_u_u((((*l_147) &= (safe_sub_func_int8_t_s_s(g_30[2][2][0], (safe_rshift_func_uint16_t_u_u((safe_mod_func_int8_t_s_s(((((((*l_139) = l_138[2]) == l_121) >= (0xA4L == (0x4DL && (safe_rshift_func_int16_t_s_u(((l_142 | (safe_unary_minus_func_uint64_t_u(((((void*)0 != &g_62) == ((((((((*l_121) , (*l_121)) , &l_142) != (*g_122)) == 0x843D7D15L) && l_144) >= l_142) & l_145)) || (-4L))))) && l_146), 4))))) , (*l_121)) > l_144), g_29[1][3][0])), 15))))) != g_30[4][2][1]), g_4)) < g_79[2])) ^ 0x19ABL), 0))) <= (*g_62));
                }
                if (((*g_120) = (*g_123)))
                { /* block id: 48 */
                    uint32_t l_158 = 0x056C786BL;
                    int64_t * const l_180 = &g_148;
                    for (g_152 = 0; (g_152 <= 9); g_152 += 1)
                    { /* block id: 51 */
                        uint64_t *l_157 = &g_37;
                        int32_t l_161 = 0L;
                        uint16_t *l_174[5][4][1] = {{{&g_150[0][6][1]},{&g_150[0][7][6]},{&g_152},{&g_152}},{{&g_150[0][7][6]},{&g_150[0][6][1]},{&g_150[0][2][3]},{&g_150[0][7][6]}},{{&g_150[0][2][3]},{&g_150[0][6][1]},{&g_150[0][7][6]},{&g_152}},{{&g_152},{&g_150[0][7][6]},{&g_150[0][6][1]},{&g_150[0][2][3]}},{{&g_150[0][7][6]},{&g_150[0][2][3]},{&g_150[0][6][1]},{&g_150[0][7][6]}}};
                        int8_t *l_176 = (void*)0;
                        uint64_t *l_177 = &g_178;
                        int i, j, k;
                        if (l_153)
                            break;
                        l_144 |= ((+((*l_157) |= 18446744073709551615UL)) < (((((((g_179 = (l_158 && ((((*l_177) = ((safe_div_func_uint32_t_u_u(((l_161 && (g_79[4] = ((-1L) <= ((g_81[6] == (g_175[0][7] &= (safe_div_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s(l_158, 4)) & (((l_169 = (g_168 = l_161)) && ((safe_mul_func_int8_t_s_s((l_158 || ((g_150[0][7][6] = ((safe_rshift_func_uint8_t_u_u(((((65532UL | 0x6A5DL) == l_158) , (*l_121)) != l_169), 3)) || 4294967288UL)) ^ 0x822EL)), 0x8DL)) <= 1L)) <= 0L)), 0x9B80L)) , l_169), 65535UL)))) ^ 0x9C52L)))) > 0x0776F44EL), g_68)) && 0xDE83L)) , g_81[6]) < 1UL))) , 0x5100A8E0L) , 0x51DF6473L) & l_158) , 1L) != g_148) > g_78));
                        return l_180;
                    }
                }
                else
                { /* block id: 64 */
                    int32_t *l_181 = &l_144;
                    int32_t **l_182 = &l_138[2];
                    (*l_182) = l_181;
                    return l_183;
                }
                (*g_120) = (l_144 = l_153);
                g_215 ^= ((((((((safe_mod_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((~(l_189 == l_189)), (safe_sub_func_int32_t_s_s((safe_lshift_func_int8_t_s_s(g_68, 2)), (((safe_lshift_func_int16_t_s_s((g_152 | ((*l_121) , (safe_add_func_uint32_t_u_u((((*l_213) ^= (((g_29[1][0][0] | ((safe_div_func_uint16_t_u_u(((*l_121) == ((*l_212) |= (safe_mul_func_int8_t_s_s(((*l_211) = ((safe_lshift_func_uint8_t_u_u((safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(1L, (((safe_add_func_int32_t_s_s((0x0439L > (*p_112)), (*l_121))) || (*g_120)) , (-1L)))), l_153)), l_153)) || l_169)), (-4L))))), l_169)) , l_144)) > 0x09E0763305BF0C42LL) , (*l_121))) >= g_30[4][2][1]), (*g_123))))), 5)) == 0x212CL) > 1L))))), g_175[0][7])) , l_169) & (-8L)) <= g_29[0][5][0]) , 0x3FL) && (*l_121)) & 1L) || l_153);
            }
            l_224++;
            l_229[5][4][4]++;
            if ((l_223 == ((!((((*l_234) = l_233) != ((*l_236) = l_235)) ^ (*p_112))) && (safe_add_func_uint16_t_u_u(65528UL, (*l_121))))))
            { /* block id: 79 */
                int8_t l_243 = (-9L);
                int32_t l_318 = 5L;
                int32_t l_321[8][7][4] = {{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}},{{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)},{(-3L),(-10L),(-3L),(-10L)}}};
                volatile uint64_t ** volatile * volatile *l_351 = &g_350;
                int32_t *l_378 = &l_144;
                int i, j, k;
                (*g_120) ^= (safe_rshift_func_uint16_t_u_u((*l_121), 15));
                for (g_148 = 8; (g_148 >= 0); g_148 -= 1)
                { /* block id: 83 */
                    int16_t l_244 = 0x75B5L;
                    int8_t *l_262 = &g_214;
                    int8_t l_264 = (-10L);
                    int32_t l_317 = (-1L);
                    int32_t l_323[2][4][7] = {{{7L,7L,0xC2740834L,0x87A738FAL,0L,0x9247DC38L,0L},{0x87A738FAL,7L,0xC400501EL,0x9247DC38L,0x9247DC38L,0xC400501EL,7L},{0xC400501EL,0x0D5BCDC4L,7L,0xA25DFF6FL,0L,(-1L),0x87A738FAL},{0xC400501EL,0L,0xB7573974L,7L,0xB7573974L,0L,0xC400501EL}},{{0x87A738FAL,(-1L),0L,0xA25DFF6FL,7L,0x0D5BCDC4L,0xC400501EL},{7L,0xC400501EL,0x9247DC38L,0x9247DC38L,0xC400501EL,7L,0x87A738FAL},{0L,0x9247DC38L,0L,0x87A738FAL,0xC2740834L,7L,7L},{0xA25DFF6FL,0xC2740834L,0xB7573974L,0xC2740834L,0xA25DFF6FL,0x0D5BCDC4L,0L}}};
                    uint8_t *l_338 = &l_224;
                    uint8_t *l_340[10][10] = {{&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0},{&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6]},{&g_341[8],(void*)0,&g_341[5],(void*)0,&g_341[8],&g_341[6],&g_341[8],(void*)0,&g_341[5],(void*)0},{&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0},{&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6]},{&g_341[8],(void*)0,&g_341[5],(void*)0,&g_341[8],&g_341[6],&g_341[8],(void*)0,&g_341[5],(void*)0},{&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0},{&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6]},{&g_341[8],(void*)0,&g_341[5],(void*)0,&g_341[8],&g_341[6],&g_341[8],(void*)0,&g_341[5],(void*)0},{&g_341[8],&g_341[6],&g_341[6],(void*)0,&g_341[6],&g_341[6],&g_341[8],&g_341[6],&g_341[6],(void*)0}};
                    uint8_t **l_342 = &l_340[5][2];
                    int32_t **l_363 = &l_216[5];
                    int i, j, k;
                    if (((safe_lshift_func_uint8_t_u_s(((((l_243 || (0xBD92C1B5L < (l_244 | ((l_243 > g_37) , ((safe_mod_func_int8_t_s_s((0L || ((safe_mod_func_int8_t_s_s(((((safe_mul_func_uint8_t_u_u((247UL != (g_79[6] &= (~((safe_rshift_func_int8_t_s_u(((*l_121) & (safe_div_func_int16_t_s_s((safe_mod_func_int32_t_s_s((((safe_sub_func_uint64_t_u_u((((safe_mod_func_uint8_t_u_u((((*l_262) = (((g_63 ^ l_244) != l_244) , 0x2CL)) != l_263[1][2][3]), 0xCAL)) && 0xEC19663BL) && l_244), 7UL)) | l_264) >= l_264), g_33)), (*p_112)))), 3)) ^ (-1L))))), 0L)) < (**g_122)) , l_265[0]) == (void*)0), l_267)) , g_268[6][1])), g_178)) && l_243))))) || 4294967295UL) , g_150[0][2][6]) <= (*l_121)), 0)) != 18446744073709551608UL))
                    { /* block id: 86 */
                        int8_t *l_276[9] = {(void*)0,&l_243,(void*)0,&l_243,(void*)0,&l_243,(void*)0,&l_243,(void*)0};
                        uint64_t **l_279 = &l_114;
                        uint64_t ***l_280[1];
                        uint32_t *l_283 = (void*)0;
                        uint32_t *l_284 = &l_229[5][4][4];
                        int32_t l_292 = 0x1322474CL;
                        int64_t *l_299 = &l_227;
                        uint8_t *l_308 = &l_224;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_280[i] = &l_279;
                        (*g_269) = (*g_122);
                        if (l_243)
                            break;
                        l_222[6] |= ((safe_sub_func_uint64_t_u_u(((safe_mul_func_uint16_t_u_u((l_220 = ((l_223 , (((((+(l_243 , ((~(((g_79[7] = ((*l_262) |= 1L)) | ((((g_281 = l_279) == (void*)0) || ((g_215 ^= (--(*l_284))) , (safe_mul_func_int8_t_s_s((~(((safe_add_func_uint64_t_u_u(((*l_121) != l_292), ((((((*g_62) ^ (safe_div_func_int16_t_s_s(((l_295[2][0] | (*g_62)) < g_296), (*p_112)))) < 8L) > g_215) & 65535UL) != l_144))) || 0x5BL) & 1L)), 0L)))) > 2UL)) != g_37)) | l_243))) <= g_80) == (-4L)) == (*g_62)) >= 1UL)) != (-1L))), g_150[0][7][6])) ^ l_228), l_244)) != g_178);
                        l_220 = ((l_318 |= (safe_mod_func_int8_t_s_s((((*l_299) = g_175[0][7]) , ((safe_lshift_func_int16_t_s_u((l_243 || 0xFBF086C2L), (((void*)0 != l_114) | (safe_unary_minus_func_uint64_t_u((((safe_mod_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(0UL, (++(*l_308)))), (l_317 = (safe_sub_func_uint16_t_u_u(0x171CL, ((safe_rshift_func_int16_t_s_s(0xB631L, 10)) & (safe_mul_func_int8_t_s_s((-1L), l_264)))))))) >= l_244) <= 0x56L)))))) <= l_263[1][2][3])), 0xFEL))) <= 1UL);
                    }
                    else
                    { /* block id: 101 */
                        int32_t l_322 = 1L;
                        (*g_117) = (safe_add_func_int8_t_s_s(l_318, 6UL));
                        g_327--;
                        if ((**g_122))
                            break;
                        return l_233;
                    }
                    l_351 = (((0xE6L >= (safe_add_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(g_37, ((safe_div_func_uint32_t_u_u(((safe_lshift_func_int16_t_s_s((((*l_338) &= (&l_169 == (void*)0)) || ((*l_262) = g_168)), ((**l_266) ^= (+((*g_62) != (((*l_342) = l_340[6][1]) == &g_341[6])))))) == (safe_mul_func_int8_t_s_s((+(((g_81[g_63] ^= (safe_add_func_int64_t_s_s((((g_29[1][3][1] && 0UL) | g_348) != l_323[1][0][3]), (*l_121)))) | 0x8CFFB619L) ^ 0x12354786L)), 0x07L))), 4294967288UL)) && g_79[2]))), (-5L)))) | 0x601CL) , g_349);
                    for (l_219 = 8; (l_219 <= 10); l_219 = safe_add_func_uint16_t_u_u(l_219, 9))
                    { /* block id: 115 */
                        return &g_148;
                    }
                    (*l_363) = ((safe_div_func_uint64_t_u_u(((*l_121) && ((((l_358 && (((((&g_120 == (((safe_sub_func_int16_t_s_s(((**l_266) = (((*l_121) != (0L ^ (g_175[0][1] , l_243))) <= (safe_mul_func_uint8_t_u_u(255UL, ((0xB3L != 0xCCL) && g_81[g_63]))))), 0xBEE5L)) > (*l_121)) , &g_117)) , (*l_121)) > 251UL) ^ 0x0B9CB557L) && (*p_112))) , 0UL) && l_267) >= 0xF1L)), l_223)) , (*g_122));
                }
                for (l_144 = 1; (l_144 <= 9); l_144 += 1)
                { /* block id: 123 */
                    return &g_148;
                }
                for (l_318 = 1; (l_318 <= 9); l_318 += 1)
                { /* block id: 128 */
                    int64_t l_364 = (-2L);
                    int32_t **l_377[9] = {&l_216[1],&l_216[1],&l_216[1],&l_216[1],&l_216[1],&l_216[1],&l_216[1],&l_216[1],&l_216[1]};
                    int32_t ***l_376 = &l_377[8];
                    const int16_t *l_396 = &g_175[1][6];
                    uint8_t l_423 = 0xC1L;
                    int i;
                }
            }
            else
            { /* block id: 163 */
                uint16_t *l_441 = &g_152;
                uint16_t **l_440[1][5] = {{&l_441,&l_441,&l_441,&l_441,&l_441}};
                uint64_t *l_443 = &g_178;
                uint8_t *l_444 = &l_224;
                int32_t l_476 = 0x3F936594L;
                int i, j;
                (*l_418) = ((l_442 = &g_179) == (void*)0);
                if ((((l_443 == ((*l_121) , (void*)0)) & (((void*)0 == &g_79[1]) , ((*l_444) = g_307))) || (safe_lshift_func_uint16_t_u_s(g_268[6][1], (safe_lshift_func_uint8_t_u_s((g_341[6] || (safe_lshift_func_int8_t_s_u(((*g_282) ^ 1L), (*l_121)))), g_63))))))
                { /* block id: 167 */
                    int64_t l_482 = 0xCD18730762A4A2C8LL;
                    int32_t *l_483 = &l_222[6];
                    int i;
                    (*l_483) = ((safe_lshift_func_int8_t_s_s(0x35L, (((((safe_mul_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((g_66 , (safe_mul_func_uint16_t_u_u(((safe_sub_func_int8_t_s_s(((((~(g_81[g_63] = (*l_418))) <= (((safe_add_func_int8_t_s_s(((safe_lshift_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(((((((**g_122) ^ (((safe_mul_func_int8_t_s_s(((8UL > ((safe_rshift_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u((safe_sub_func_int32_t_s_s((l_217 ^= l_476), 0UL)), 0)), ((~(safe_mul_func_int8_t_s_s((safe_mod_func_uint8_t_u_u((((*l_444) = ((void*)0 == &p_112)) != l_476), g_37)), 0x4FL))) , g_79[2]))) > (*l_418))) , 0L), g_348)) | 1L) , g_341[6])) , l_482) > (*g_62)) , (*g_122)) == l_483), (*l_121))), 14)) & (*g_62)), (*l_483))) ^ g_4) < (*l_121))) != (*l_483)) , (*l_121)), (*l_483))) > g_307), (*l_483)))), 250UL)), (*l_483))) <= (*g_123)) == 1UL) <= 18446744073709551615UL) ^ 0xC1L))) != 0xB6B1L);
                    return &g_78;
                }
                else
                { /* block id: 173 */
                    l_437 ^= ((*l_418) = (safe_mod_func_int32_t_s_s((*g_117), g_29[1][3][1])));
                }
            }
        }
    }
    return l_235;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_12, "g_12", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_20[i][j][k], "g_20[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_23[i][j], "g_23[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_29[i][j][k], "g_29[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_30[i][j][k], "g_30[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_33, "g_33", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_34[i], "g_34[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_36, "g_36", print_hash_value);
    transparent_crc(g_37, "g_37", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_68, "g_68", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_79[i], "g_79[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_80, "g_80", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_81[i], "g_81[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_95, "g_95", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_150[i][j][k], "g_150[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_175[i][j], "g_175[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_178, "g_178", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_214, "g_214", print_hash_value);
    transparent_crc(g_215, "g_215", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_268[i][j], "g_268[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_296, "g_296", print_hash_value);
    transparent_crc(g_307, "g_307", print_hash_value);
    transparent_crc(g_325, "g_325", print_hash_value);
    transparent_crc(g_326, "g_326", print_hash_value);
    transparent_crc(g_327, "g_327", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_341[i], "g_341[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_348, "g_348", print_hash_value);
    transparent_crc(g_499, "g_499", print_hash_value);
    transparent_crc(g_533, "g_533", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_535[i], "g_535[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_557, "g_557", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_585[i][j], "g_585[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_591, "g_591", print_hash_value);
    transparent_crc(g_684, "g_684", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_700[i], "g_700[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_703, "g_703", print_hash_value);
    transparent_crc(g_725, "g_725", print_hash_value);
    transparent_crc(g_1084, "g_1084", print_hash_value);
    transparent_crc(g_1086, "g_1086", print_hash_value);
    transparent_crc(g_1095, "g_1095", print_hash_value);
    transparent_crc(g_1219, "g_1219", print_hash_value);
    transparent_crc(g_1274, "g_1274", print_hash_value);
    transparent_crc(g_1519, "g_1519", print_hash_value);
    transparent_crc(g_1523, "g_1523", print_hash_value);
    transparent_crc(g_1666, "g_1666", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_1805[i][j], "g_1805[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1833, "g_1833", print_hash_value);
    transparent_crc(g_1884, "g_1884", print_hash_value);
    transparent_crc(g_1930, "g_1930", print_hash_value);
    transparent_crc(g_2122, "g_2122", print_hash_value);
    transparent_crc(g_2192, "g_2192", print_hash_value);
    transparent_crc(g_2335, "g_2335", print_hash_value);
    transparent_crc(g_2511, "g_2511", print_hash_value);
    transparent_crc(g_2540, "g_2540", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_2803[i][j], "g_2803[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2907, "g_2907", print_hash_value);
    transparent_crc(g_3158, "g_3158", print_hash_value);
    transparent_crc(g_3212, "g_3212", print_hash_value);
    transparent_crc(g_3283, "g_3283", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_3298[i][j][k], "g_3298[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3321, "g_3321", print_hash_value);
    transparent_crc(g_3378, "g_3378", print_hash_value);
    transparent_crc(g_3394, "g_3394", print_hash_value);
    transparent_crc(g_3494, "g_3494", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 940
XXX total union variables: 0

XXX max expression depth: 50
breakdown:
   depth: 1, occurrence: 447
   depth: 2, occurrence: 109
   depth: 3, occurrence: 12
   depth: 4, occurrence: 6
   depth: 5, occurrence: 3
   depth: 6, occurrence: 4
   depth: 7, occurrence: 2
   depth: 8, occurrence: 4
   depth: 10, occurrence: 2
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 5
   depth: 16, occurrence: 1
   depth: 17, occurrence: 4
   depth: 18, occurrence: 2
   depth: 19, occurrence: 4
   depth: 20, occurrence: 6
   depth: 21, occurrence: 5
   depth: 22, occurrence: 9
   depth: 23, occurrence: 4
   depth: 24, occurrence: 3
   depth: 25, occurrence: 5
   depth: 26, occurrence: 4
   depth: 27, occurrence: 4
   depth: 28, occurrence: 3
   depth: 29, occurrence: 7
   depth: 30, occurrence: 2
   depth: 31, occurrence: 3
   depth: 32, occurrence: 2
   depth: 33, occurrence: 5
   depth: 35, occurrence: 1
   depth: 36, occurrence: 1
   depth: 38, occurrence: 5
   depth: 40, occurrence: 2
   depth: 41, occurrence: 2
   depth: 43, occurrence: 1
   depth: 44, occurrence: 1
   depth: 45, occurrence: 1
   depth: 47, occurrence: 1
   depth: 50, occurrence: 1

XXX total number of pointers: 794

XXX times a variable address is taken: 1515
XXX times a pointer is dereferenced on RHS: 683
breakdown:
   depth: 1, occurrence: 480
   depth: 2, occurrence: 152
   depth: 3, occurrence: 42
   depth: 4, occurrence: 9
XXX times a pointer is dereferenced on LHS: 498
breakdown:
   depth: 1, occurrence: 389
   depth: 2, occurrence: 72
   depth: 3, occurrence: 35
   depth: 4, occurrence: 2
XXX times a pointer is compared with null: 71
XXX times a pointer is compared with address of another variable: 15
XXX times a pointer is compared with another pointer: 23
XXX times a pointer is qualified to be dereferenced: 12571

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 3764
   level: 2, occurrence: 847
   level: 3, occurrence: 296
   level: 4, occurrence: 129
   level: 5, occurrence: 61
XXX number of pointers point to pointers: 408
XXX number of pointers point to scalars: 386
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28
XXX average alias set size: 1.42

XXX times a non-volatile is read: 3396
XXX times a non-volatile is write: 1531
XXX times a volatile is read: 141
XXX    times read thru a pointer: 44
XXX times a volatile is write: 62
XXX    times written thru a pointer: 8
XXX times a volatile is available for access: 3.19e+03
XXX percentage of non-volatile access: 96

XXX forward jumps: 1
XXX backward jumps: 13

XXX stmts: 459
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 40
   depth: 1, occurrence: 50
   depth: 2, occurrence: 56
   depth: 3, occurrence: 82
   depth: 4, occurrence: 109
   depth: 5, occurrence: 122

XXX percentage a fresh-made variable is used: 15.2
XXX percentage an existing variable is used: 84.8
********************* end of statistics **********************/

