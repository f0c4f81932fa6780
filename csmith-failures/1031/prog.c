/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1031 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1031
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
struct S0 {
   const int64_t  f0;
};

/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_3 = 1L;/* VOLATILE GLOBAL g_3 */
static int32_t g_4 = (-1L);
static int32_t g_7[9][9] = {{0x69BE5411L,(-1L),(-1L),0x69BE5411L,0xD3860A42L,0xF21C9B6CL,0xD3860A42L,0x69BE5411L,(-1L)},{0L,0xBF35DD75L,0xD562B994L,(-1L),0L,(-1L),0xD562B994L,0xBF35DD75L,0L},{(-1L),0x69BE5411L,0xD3860A42L,0xF21C9B6CL,0xD3860A42L,0x69BE5411L,(-1L),(-1L),0x69BE5411L},{0L,0L,0xD562B994L,0L,0L,0xF0CF8651L,0x8D7D2A7EL,(-1L),0L},{(-1L),0xD3860A42L,(-1L),0x748ABB75L,0x359B504DL,0x359B504DL,0x748ABB75L,(-1L),0xD3860A42L},{0L,(-1L),0xD562B994L,0xBF35DD75L,0L,0xC0351A93L,0L,1L,0L},{(-1L),0x748ABB75L,0x359B504DL,0x359B504DL,0x748ABB75L,(-1L),0xD3860A42L,(-1L),0x748ABB75L},{1L,(-1L),0L,0x04CD021AL,0L,0xF0CF8651L,0L,0x04CD021AL,0L},{0x59495E0EL,0x59495E0EL,0xD3860A42L,0x748ABB75L,0x69BE5411L,0x748ABB75L,0xD3860A42L,0x59495E0EL,0x59495E0EL}};
static const struct S0 g_13 = {-1L};
static int32_t g_14 = 0xE57B6A69L;
static int32_t g_16 = 0x685E9D07L;
static int32_t * volatile g_15 = &g_16;/* VOLATILE GLOBAL g_15 */
static int32_t g_19 = 0xCC027682L;
static uint32_t g_33 = 18446744073709551613UL;
static int32_t *g_64 = &g_7[2][3];
static int16_t g_70 = 0xD625L;
static const struct S0 *g_81 = &g_13;
static const struct S0 ** volatile g_80 = &g_81;/* VOLATILE GLOBAL g_80 */
static int32_t g_85 = 0x2D643A31L;
static uint32_t g_98 = 18446744073709551615UL;
static uint8_t g_114 = 0xCCL;
static int16_t g_118 = (-9L);
static volatile int16_t g_127[8][5][6] = {{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x9961L,0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L},{0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL,0x9961L},{0L,0L,0xC1EBL,0x603AL,0xC1EBL,0L},{0xC1EBL,0xC91EL,0x603AL,0x603AL,0xC91EL,0xC1EBL}},{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x9961L,0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L},{0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL,0x9961L},{0L,0L,0xC1EBL,0x603AL,0xC1EBL,0L},{0xC1EBL,0xC91EL,0x603AL,0x603AL,0xC91EL,0xC1EBL}},{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x9961L,0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L},{0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL,0x9961L},{0L,0L,0xC1EBL,0x603AL,0xC1EBL,0L},{0xC1EBL,0xC91EL,0x603AL,0x603AL,0xC91EL,0xC1EBL}},{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x9961L,0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L},{0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL,0x9961L},{0L,0L,0xC1EBL,0x603AL,0xC1EBL,0L},{0xC1EBL,0xC91EL,0x603AL,0x603AL,0xC91EL,0xC1EBL}},{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x9961L,0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L},{0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL,0x9961L},{0L,0L,0xC1EBL,0x603AL,0xC1EBL,0L},{0xC1EBL,0xC91EL,0x603AL,0x603AL,0xC91EL,0xC1EBL}},{{0L,0xC1EBL,0x603AL,0xC1EBL,0L,0L},{0x603AL,0x9961L,0x9961L,0x603AL,0L,0x603AL},{0x603AL,0L,0x603AL,0x9961L,0x9961L,0x603AL},{0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L,0xC1EBL},{0x9961L,0L,0xC91EL,0xC91EL,0L,0x9961L}},{{0xC1EBL,0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL},{0x603AL,0x9961L,0x9961L,0x603AL,0L,0x603AL},{0x603AL,0L,0x603AL,0x9961L,0x9961L,0x603AL},{0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L,0xC1EBL},{0x9961L,0L,0xC91EL,0xC91EL,0L,0x9961L}},{{0xC1EBL,0x9961L,0xC91EL,0x9961L,0xC1EBL,0xC1EBL},{0x603AL,0x9961L,0x9961L,0x603AL,0L,0x603AL},{0x603AL,0L,0x603AL,0x9961L,0x9961L,0x603AL},{0xC1EBL,0xC1EBL,0x9961L,0xC91EL,0x9961L,0xC1EBL},{0x9961L,0L,0xC91EL,0xC91EL,0L,0x9961L}}};
static uint64_t g_128 = 0UL;
static struct S0 g_135 = {1L};
static int32_t g_146 = 0xC13F3823L;
static int64_t g_148[1] = {0L};
static uint32_t g_151 = 0xE1E26954L;
static volatile struct S0 * volatile ** const g_160[2] = {(void*)0,(void*)0};
static volatile struct S0 * volatile ** const *g_159 = &g_160[0];
static int8_t g_177 = 0x73L;
static volatile uint8_t g_182 = 0x3CL;/* VOLATILE GLOBAL g_182 */
static volatile int16_t g_220 = 4L;/* VOLATILE GLOBAL g_220 */
static volatile uint32_t g_221 = 0xD828DAF4L;/* VOLATILE GLOBAL g_221 */
static uint16_t g_229 = 65530UL;
static int16_t g_243 = 5L;
static int64_t g_245 = 0x7C9FCB6D48FF13D0LL;
static volatile uint32_t g_246[1] = {4294967295UL};
static int32_t *g_274 = (void*)0;
static int32_t ** volatile g_273 = &g_274;/* VOLATILE GLOBAL g_273 */
static int32_t g_311[8] = {0xDFD95483L,0xDFD95483L,(-1L),0xDFD95483L,0xDFD95483L,(-1L),0xDFD95483L,0xDFD95483L};
static uint16_t g_312 = 65526UL;
static uint32_t g_358 = 5UL;
static int32_t *g_406[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static volatile int32_t g_421[3] = {5L,5L,5L};
static int32_t ** const  volatile g_441 = (void*)0;/* VOLATILE GLOBAL g_441 */
static int32_t ** volatile g_442 = &g_274;/* VOLATILE GLOBAL g_442 */
static int64_t g_471 = 4L;
static int32_t * volatile g_504 = &g_7[2][3];/* VOLATILE GLOBAL g_504 */
static int32_t ** volatile g_538 = &g_274;/* VOLATILE GLOBAL g_538 */
static const uint64_t g_597 = 18446744073709551615UL;
static uint64_t g_602 = 18446744073709551615UL;
static uint64_t g_615 = 0x280C0D01EB2A392CLL;
static int32_t **** volatile g_629 = (void*)0;/* VOLATILE GLOBAL g_629 */
static int8_t g_635 = 1L;
static uint16_t g_648 = 0UL;
static uint64_t *g_731[2] = {&g_128,&g_128};
static uint64_t **g_730 = &g_731[1];
static uint8_t g_770 = 0x4EL;
static uint32_t g_771 = 0xB39842A0L;
static struct S0 *g_773 = &g_135;
static struct S0 ** volatile g_772 = &g_773;/* VOLATILE GLOBAL g_772 */
static struct S0 * const *g_805 = &g_773;
static struct S0 * const * const *g_804 = &g_805;
static int32_t g_885[7] = {0xB65968F6L,0xB65968F6L,0xB65968F6L,0xB65968F6L,0xB65968F6L,0xB65968F6L,0xB65968F6L};
static uint64_t g_891[8] = {0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL,0xDD98502569676271LL};
static struct S0 **g_900[5][7][2] = {{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}},{{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0}}};
static struct S0 ***g_899 = &g_900[2][5][1];
static struct S0 ****g_898 = &g_899;
static volatile uint64_t ** volatile * const g_928 = (void*)0;
static volatile uint64_t ** volatile * const * volatile g_927 = &g_928;/* VOLATILE GLOBAL g_927 */
static int32_t * volatile * volatile ** volatile g_984 = (void*)0;/* VOLATILE GLOBAL g_984 */
static int32_t **g_1019 = (void*)0;
static int8_t *g_1050[9] = {&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635};
static volatile uint64_t g_1060 = 0x4A947DEC0202B9D5LL;/* VOLATILE GLOBAL g_1060 */
static volatile uint64_t *g_1059 = &g_1060;
static volatile uint64_t ** volatile g_1058[8][1][7] = {{{&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059}},{{&g_1059,&g_1059,(void*)0,&g_1059,&g_1059,&g_1059,(void*)0}},{{&g_1059,&g_1059,(void*)0,&g_1059,&g_1059,(void*)0,&g_1059}},{{(void*)0,(void*)0,(void*)0,(void*)0,&g_1059,&g_1059,(void*)0}},{{&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059}},{{&g_1059,(void*)0,&g_1059,&g_1059,&g_1059,&g_1059,(void*)0}},{{&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059,&g_1059}},{{&g_1059,(void*)0,&g_1059,&g_1059,(void*)0,(void*)0,(void*)0}}};
static uint32_t g_1134 = 18446744073709551615UL;
static uint32_t *g_1140 = (void*)0;
static int64_t ***g_1168 = (void*)0;
static volatile int64_t g_1172 = 0x28034B90DF9D635ELL;/* VOLATILE GLOBAL g_1172 */
static const volatile int64_t * volatile g_1171 = &g_1172;/* VOLATILE GLOBAL g_1171 */
static const volatile int64_t * volatile *g_1170 = &g_1171;
static const volatile int64_t * volatile **g_1169 = &g_1170;
static int32_t * volatile g_1200[2][6] = {{&g_7[4][8],&g_16,&g_7[4][8],&g_16,&g_16,&g_7[4][8]},{&g_14,&g_14,&g_16,&g_7[2][3],&g_16,&g_14}};
static uint8_t g_1208 = 255UL;
static const volatile int64_t *g_1213 = &g_1172;
static const volatile int64_t ** volatile g_1212[4] = {&g_1213,&g_1213,&g_1213,&g_1213};
static const volatile int64_t ** volatile * volatile g_1211 = &g_1212[3];/* VOLATILE GLOBAL g_1211 */
static int32_t g_1275 = (-10L);
static int32_t ** volatile g_1326[8][9] = {{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64},{&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64,&g_64}};
static int32_t ** const  volatile g_1327 = &g_274;/* VOLATILE GLOBAL g_1327 */
static int8_t *** const  volatile g_1397 = (void*)0;/* VOLATILE GLOBAL g_1397 */
static int8_t **g_1399 = &g_1050[1];
static int8_t *** volatile g_1398[3][5][9] = {{{&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,(void*)0,&g_1399,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399},{&g_1399,(void*)0,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,&g_1399},{&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,(void*)0,&g_1399,(void*)0,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399}},{{&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{(void*)0,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399}},{{&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{(void*)0,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399},{&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,(void*)0,&g_1399,&g_1399}}};
static int8_t *** volatile g_1400 = &g_1399;/* VOLATILE GLOBAL g_1400 */
static int32_t ** volatile g_1401 = &g_274;/* VOLATILE GLOBAL g_1401 */
static int32_t g_1416[1][9][1] = {{{0x7AF8929FL},{(-1L)},{0x7AF8929FL},{(-1L)},{0x7AF8929FL},{(-1L)},{0x7AF8929FL},{(-1L)},{0x7AF8929FL}}};
static volatile int32_t g_1452[1] = {0x28685CC8L};
static uint32_t g_1453 = 4294967293UL;
static int32_t ** volatile g_1505 = &g_274;/* VOLATILE GLOBAL g_1505 */
static uint32_t g_1531 = 5UL;
static uint16_t g_1543 = 0x0B5EL;
static const uint32_t g_1584 = 0UL;
static const int32_t ***g_1716 = (void*)0;
static const int32_t ****g_1715 = &g_1716;
static const int32_t ***** volatile g_1714 = &g_1715;/* VOLATILE GLOBAL g_1714 */
static int64_t g_1804[2] = {8L,8L};
static int16_t g_1827 = 3L;
static int64_t g_1848 = 0x47B22DE19AE087BBLL;
static volatile int16_t g_2014 = 0x9976L;/* VOLATILE GLOBAL g_2014 */
static int8_t g_2032 = 0x2EL;
static int32_t ***g_2067 = &g_1019;
static uint16_t g_2137 = 65532UL;
static int32_t g_2144[7][2][2] = {{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}},{{0xDA1C5009L,0xDA1C5009L},{0xDA1C5009L,0xDA1C5009L}}};
static int32_t ** volatile g_2177 = (void*)0;/* VOLATILE GLOBAL g_2177 */
static volatile uint32_t * volatile * volatile g_2197 = (void*)0;/* VOLATILE GLOBAL g_2197 */
static struct S0 ** volatile g_2242 = &g_773;/* VOLATILE GLOBAL g_2242 */
static volatile int32_t * volatile g_2264 = (void*)0;/* VOLATILE GLOBAL g_2264 */
static struct S0 ***** volatile g_2333 = &g_898;/* VOLATILE GLOBAL g_2333 */
static uint64_t g_2380 = 0xC921AD4FB7EC94E6LL;
static uint64_t g_2414 = 0x5ED9A924C0001115LL;
static uint64_t g_2415 = 18446744073709551615UL;
static uint16_t g_2416 = 0xDC53L;
static volatile uint16_t g_2426[3][9][3] = {{{0x61DAL,0xFECAL,0xFECAL},{0UL,1UL,0x3306L},{65528UL,0x4BF0L,0xFECAL},{0xA011L,1UL,0xA011L},{0xB503L,2UL,1UL},{0UL,1UL,0UL},{0x4BF0L,0x4BF0L,0x2420L},{9UL,1UL,0xA011L},{0x4BF0L,0xFECAL,2UL}},{{0UL,0x4E0DL,0x3306L},{0xB503L,0x4BF0L,2UL},{0xA011L,0x6CD4L,0xA011L},{65528UL,2UL,0x2420L},{0UL,0x6CD4L,0UL},{0x61DAL,0x4BF0L,1UL},{9UL,0x4E0DL,0xA011L},{0x61DAL,0xFECAL,0xFECAL},{0UL,1UL,0x3306L}},{{65528UL,0x4BF0L,0xFECAL},{0xA011L,1UL,0xA011L},{0xB503L,2UL,1UL},{0UL,1UL,0UL},{0x4BF0L,0x4BF0L,0x2420L},{9UL,1UL,0xA011L},{0x4BF0L,0xFECAL,2UL},{0UL,0x4E0DL,0x3306L},{0xB503L,0x4BF0L,2UL}}};
static uint16_t *g_2457[2][8][10] = {{{&g_648,&g_2137,&g_229,(void*)0,&g_648,&g_648,&g_648,&g_648,&g_1543,&g_1543},{&g_2137,&g_312,&g_648,&g_648,&g_648,&g_648,&g_312,&g_2137,(void*)0,&g_648},{&g_648,&g_229,&g_1543,&g_2137,&g_312,&g_648,&g_312,&g_648,&g_312,&g_648},{(void*)0,&g_312,&g_1543,&g_312,(void*)0,&g_648,(void*)0,&g_2137,&g_312,&g_648},{(void*)0,&g_648,&g_648,&g_648,&g_648,&g_1543,&g_1543,&g_648,&g_648,&g_648},{&g_648,&g_648,&g_229,&g_648,(void*)0,&g_2416,&g_648,&g_1543,&g_312,&g_648},{&g_1543,&g_312,&g_648,&g_312,&g_312,&g_312,&g_648,&g_312,&g_1543,&g_648},{&g_648,&g_648,&g_312,(void*)0,&g_648,&g_648,&g_1543,&g_312,&g_312,&g_1543}},{{&g_312,&g_648,(void*)0,(void*)0,&g_648,&g_312,(void*)0,&g_648,&g_1543,&g_2416},{&g_2416,&g_312,&g_648,&g_312,&g_312,&g_229,&g_312,&g_229,&g_312,&g_312},{&g_2416,&g_229,&g_2416,&g_648,&g_1543,&g_312,&g_312,&g_648,&g_648,&g_648},{&g_312,&g_312,&g_648,&g_648,&g_648,&g_648,&g_648,&g_648,&g_312,&g_312},{&g_648,&g_2137,&g_2416,&g_312,&g_648,&g_312,&g_312,&g_229,&g_312,&g_229},{&g_1543,&g_2416,&g_648,&g_2137,&g_648,&g_2416,&g_1543,&g_648,(void*)0,&g_312},{&g_648,&g_312,(void*)0,&g_648,&g_648,&g_1543,&g_312,&g_312,&g_1543,&g_648},{(void*)0,&g_312,&g_312,(void*)0,&g_1543,&g_648,&g_1543,&g_312,&g_648,&g_312}}};
static uint16_t **g_2456 = &g_2457[1][5][7];
static uint16_t *** volatile g_2455 = &g_2456;/* VOLATILE GLOBAL g_2455 */
static const uint8_t g_2507 = 0x22L;
static uint32_t g_2614[10] = {5UL,5UL,5UL,5UL,5UL,5UL,5UL,5UL,5UL,5UL};
static int32_t ****g_2638 = &g_2067;
static int32_t *****g_2637 = &g_2638;
static int32_t ** volatile g_2657 = &g_274;/* VOLATILE GLOBAL g_2657 */
static volatile uint8_t g_2686[6][10] = {{0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0UL,0UL,1UL,0UL,0UL,1UL,0UL,0UL,1UL,0UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL},{0UL,0UL,1UL,0UL,0UL,1UL,0UL,0UL,1UL,0UL}};
static uint32_t **g_2698 = &g_1140;
static int32_t ** volatile g_2707[8] = {&g_274,&g_274,&g_274,&g_274,&g_274,&g_274,&g_274,&g_274};
static volatile uint64_t g_2733 = 9UL;/* VOLATILE GLOBAL g_2733 */
static volatile uint16_t g_2739[3] = {65532UL,65532UL,65532UL};
static const struct S0 ** volatile g_2744[7][6][6] = {{{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,(void*)0,(void*)0,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,(void*)0}},{{(void*)0,(void*)0,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,(void*)0,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,(void*)0},{&g_81,&g_81,&g_81,(void*)0,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,(void*)0,&g_81},{&g_81,(void*)0,&g_81,(void*)0,&g_81,&g_81}},{{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,(void*)0,(void*)0,&g_81,(void*)0,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{(void*)0,&g_81,(void*)0,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81}},{{&g_81,(void*)0,&g_81,&g_81,(void*)0,(void*)0},{(void*)0,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,(void*)0,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,(void*)0,&g_81}},{{&g_81,(void*)0,&g_81,&g_81,&g_81,(void*)0},{&g_81,(void*)0,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,(void*)0,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,(void*)0,(void*)0,&g_81,&g_81,&g_81},{(void*)0,(void*)0,&g_81,&g_81,(void*)0,(void*)0}},{{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,(void*)0},{&g_81,&g_81,&g_81,&g_81,&g_81,&g_81},{(void*)0,&g_81,(void*)0,&g_81,(void*)0,&g_81},{&g_81,&g_81,(void*)0,&g_81,&g_81,&g_81}},{{&g_81,(void*)0,(void*)0,&g_81,&g_81,&g_81},{&g_81,&g_81,(void*)0,&g_81,(void*)0,&g_81},{&g_81,&g_81,(void*)0,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,&g_81,&g_81,(void*)0},{&g_81,(void*)0,&g_81,&g_81,&g_81,&g_81},{&g_81,&g_81,&g_81,(void*)0,&g_81,&g_81}}};
static const volatile uint8_t g_2767 = 0x48L;/* VOLATILE GLOBAL g_2767 */
static const volatile uint8_t *g_2766 = &g_2767;
static const volatile uint8_t * volatile *g_2765 = &g_2766;
static const volatile int64_t g_2837 = 8L;/* VOLATILE GLOBAL g_2837 */
static uint32_t g_2927 = 0UL;
static uint32_t g_2930[1] = {4294967295UL};
static uint16_t g_2960 = 0xAE4AL;
static uint16_t *** volatile g_3026 = &g_2456;/* VOLATILE GLOBAL g_3026 */
static int32_t * volatile g_3032 = (void*)0;/* VOLATILE GLOBAL g_3032 */
static int32_t * volatile * volatile g_3033 = &g_15;/* VOLATILE GLOBAL g_3033 */
static int32_t g_3065 = 0xC1CE7485L;


/* --- FORWARD DECLARATIONS --- */
static uint16_t  func_1(void);
static int16_t  func_10(const int16_t  p_11, const struct S0  p_12);
static int32_t * func_20(uint8_t  p_21, struct S0  p_22, uint64_t  p_23, int32_t  p_24, uint16_t  p_25);
static uint64_t  func_26(uint16_t  p_27, uint32_t  p_28, uint16_t  p_29, int32_t * p_30, int64_t  p_31);
static int64_t  func_37(uint32_t  p_38, uint64_t  p_39, uint32_t * p_40);
static uint64_t  func_41(int32_t  p_42);
static int32_t * func_51(int32_t * p_52, int32_t * p_53, int32_t * const  p_54, uint16_t  p_55, uint32_t * p_56);
static int32_t * func_57(int32_t * p_58, int32_t * p_59, int16_t  p_60, int32_t * p_61, uint32_t  p_62);
static uint32_t  func_73(struct S0  p_74, int64_t  p_75, int32_t * const  p_76, int32_t  p_77);
static struct S0  func_78(int32_t * p_79);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_4 g_7 g_13 g_14 g_15 g_16 g_33 g_19 g_80 g_148 g_229 g_85 g_3 g_159 g_160 g_246 g_358 g_81 g_311 g_118 g_146 g_135.f0 g_177 g_312 g_421 g_98 g_245 g_273 g_182 g_442 g_471 g_220 g_151 g_114 g_221 g_504 g_128 g_538 g_274 g_602 g_615 g_64 g_635 g_770 g_772 g_927 g_127 g_891 g_629 g_730 g_731 g_1169 g_898 g_899 g_1170 g_1171 g_1172 g_648 g_1208 g_1211 g_1275 g_1327 g_1400 g_1401 g_885 g_1416 g_1452 g_243 g_1453 g_1059 g_1060 g_1134 g_1213 g_1399 g_1050 g_1505 g_771 g_1531 g_1543 g_1212 g_1584 g_2197 g_70 g_597 g_805 g_773 g_2242 g_2264 g_135 g_2333 g_2067 g_1019 g_2380 g_1804 g_2416 g_1715 g_2426 g_2032 g_2455 g_2507 g_2637 g_2657 g_1827 g_2686 g_2733 g_2739 g_2765 g_2766 g_2767 g_2837 g_2144 g_2137 g_2927 g_2930 g_2960 g_3026 g_3032 g_3033 g_3065
 * writes: g_4 g_7 g_14 g_16 g_19 g_33 g_64 g_70 g_81 g_229 g_85 g_246 g_151 g_243 g_148 g_358 g_177 g_406 g_312 g_274 g_98 g_114 g_146 g_471 g_245 g_128 g_602 g_615 g_648 g_771 g_773 g_118 g_770 g_891 g_1168 g_899 g_1208 g_1211 g_1399 g_1275 g_635 g_1543 g_2264 g_898 g_1804 g_1716 g_2426 g_2456 g_2637 g_2032 g_1827 g_2686 g_2698 g_311 g_1453 g_2380 g_2144 g_2927 g_15
 */
static uint16_t  func_1(void)
{ /* block id: 0 */
    int8_t l_2[6][10][4] = {{{(-9L),0xD4L,8L,0x58L},{(-6L),0xE1L,0L,0x58L},{(-6L),0xD4L,0x4CL,0xF2L},{0L,(-6L),0L,0x00L},{0L,0x93L,0x43L,0xD4L},{0x58L,0L,0xF2L,0x93L},{0xE7L,0L,0xF2L,0xE1L},{0x58L,0x59L,0x43L,0x43L},{0L,0L,0L,0xE7L},{0L,0xE7L,0x4CL,(-6L)}},{{(-6L),(-9L),0L,0x4CL},{(-6L),(-9L),8L,(-6L)},{(-9L),0xE7L,0L,0x93L},{0xD4L,(-6L),0L,0x00L},{0L,0xE1L,0x58L,8L},{0x00L,0x58L,0xE7L,0L},{0x00L,0x61L,0x58L,0x4CL},{0L,0L,0L,0L},{0xD4L,0L,0L,0x43L},{0xE7L,0x4CL,(-6L),0xF2L}},{{(-8L),8L,(-6L),0xF2L},{0L,0x4CL,(-9L),0x43L},{0x61L,0L,0x61L,0L},{(-6L),0L,0x00L,0x4CL},{0xF2L,0x61L,0x43L,0L},{0x93L,0x58L,0x43L,8L},{0xF2L,0xE1L,0x00L,0x00L},{(-6L),(-6L),0x61L,0x93L},{0x61L,0x93L,(-9L),0L},{0L,0xE7L,(-6L),(-9L)}},{{(-8L),0xE7L,(-6L),0L},{0xE7L,0x93L,0L,0x93L},{0xD4L,(-6L),0L,0x00L},{0L,0xE1L,0x58L,8L},{0x00L,0x58L,0xE7L,0L},{0x00L,0x61L,0x58L,0x4CL},{0L,0L,0L,0L},{0xD4L,0L,0L,0x43L},{0xE7L,0x4CL,(-6L),0xF2L},{(-8L),8L,(-6L),0xF2L}},{{0L,0x4CL,(-9L),0x43L},{0x61L,0L,0x61L,0L},{(-6L),0L,0x00L,0x4CL},{0xF2L,0x61L,0x43L,0L},{0x93L,0x58L,0x43L,8L},{0xF2L,0xE1L,0x00L,0x00L},{(-6L),(-6L),0x61L,0x93L},{0x61L,0x93L,(-9L),0L},{0L,0xE7L,(-6L),(-9L)},{(-8L),0xE7L,(-6L),0L}},{{0xE7L,0x93L,0L,0x93L},{0xD4L,(-6L),0L,0x00L},{0L,0xE1L,0x58L,8L},{0x00L,0x58L,0xE7L,0L},{0x00L,0x61L,0x58L,0x4CL},{0L,0L,0L,0L},{0xD4L,0L,0L,0x43L},{0xE7L,0x4CL,(-6L),0xF2L},{(-8L),8L,(-6L),0xF2L},{0L,0x4CL,(-9L),0x43L}}};
    int8_t **l_2608 = &g_1050[1];
    uint32_t * const l_2613 = &g_2614[0];
    uint32_t * const *l_2612 = &l_2613;
    uint32_t * const **l_2611 = &l_2612;
    uint64_t *l_2629 = (void*)0;
    uint32_t l_2631 = 0UL;
    int32_t l_2644 = 5L;
    struct S0 **** const l_2645 = &g_899;
    int32_t *l_2658[7][6] = {{(void*)0,(void*)0,&g_4,(void*)0,&g_85,&l_2644},{(void*)0,&g_85,&l_2644,&g_2144[0][0][1],&g_2144[0][0][1],&g_14},{&g_7[5][2],&l_2644,&g_7[2][3],&g_2144[0][0][1],(void*)0,(void*)0},{(void*)0,&g_16,&g_16,(void*)0,&g_2144[0][0][1],&g_4},{&g_4,&g_7[5][2],&g_14,(void*)0,&g_7[2][3],&g_1275},{&g_2144[3][1][0],&g_2144[0][0][1],&g_2144[0][0][1],&g_7[2][3],&g_7[2][3],&g_85},{&g_2144[0][0][1],&g_7[5][2],(void*)0,&g_7[5][2],&g_2144[0][0][1],&g_7[2][3]}};
    int32_t * const l_2717[2] = {&g_4,&g_4};
    uint32_t l_2725 = 0x9EAB94F4L;
    int64_t *l_2774[3][5] = {{&g_245,&g_471,&g_245,&g_471,&g_245},{&g_1804[0],&g_1804[0],&g_1804[0],&g_1804[0],&g_1804[0]},{&g_245,&g_471,&g_245,&g_471,&g_245}};
    int64_t **l_2773 = &l_2774[2][0];
    int32_t *l_2800[3];
    int32_t l_2836 = 0x993426BBL;
    const int32_t *l_2851 = &g_7[2][3];
    const int32_t **l_2850 = &l_2851;
    uint64_t l_2879[10];
    int32_t l_2921[9] = {0L,0L,0L,0L,0L,0L,0L,0L,0L};
    int32_t l_2942[5];
    int64_t l_2943 = (-1L);
    uint32_t l_2967 = 0UL;
    int32_t l_3001 = 0xEFD01C7CL;
    uint64_t l_3007 = 6UL;
    uint8_t *l_3015 = &g_1208;
    uint64_t l_3050 = 6UL;
    int8_t l_3053[10] = {8L,8L,(-2L),0x60L,(-2L),8L,8L,(-2L),0x60L,(-2L)};
    uint8_t l_3055 = 0x14L;
    uint64_t l_3058 = 0xDCAE02B672D4EBC3LL;
    int16_t l_3061 = (-1L);
    uint16_t l_3062[8] = {0xB822L,0xB822L,0xB822L,0xB822L,0xB822L,0xB822L,0xB822L,0xB822L};
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_2800[i] = &g_2144[0][1][1];
    for (i = 0; i < 10; i++)
        l_2879[i] = 18446744073709551615UL;
    for (i = 0; i < 5; i++)
        l_2942[i] = 0x3FD91271L;
    for (g_4 = 3; (g_4 >= 0); g_4 -= 1)
    { /* block id: 3 */
        return l_2[5][5][0];
    }
    for (g_4 = 0; (g_4 <= 24); g_4 = safe_add_func_int8_t_s_s(g_4, 1))
    { /* block id: 8 */
        for (g_7[2][3] = 0; (g_7[2][3] <= 3); g_7[2][3] += 1)
        { /* block id: 11 */
            return g_4;
        }
    }
    if ((g_7[8][0] , (safe_rshift_func_int16_t_s_s(func_10(l_2[2][7][1], g_13), (l_2608 == ((safe_sub_func_int64_t_s_s((((*l_2611) = &g_1140) != (g_2507 , &g_1140)), l_2[3][2][3])) , (void*)0))))))
    { /* block id: 1157 */
        uint8_t l_2620[10] = {2UL,0x65L,2UL,0x65L,2UL,0x65L,2UL,0x65L,2UL,0x65L};
        uint32_t l_2621 = 0xC2285C87L;
        int32_t *l_2622[1];
        int64_t *l_2623 = (void*)0;
        int64_t *l_2624 = &g_1804[0];
        int64_t l_2627 = 0x1B23E048BF0802A1LL;
        int32_t * const *l_2642 = &g_64;
        int32_t * const **l_2641 = &l_2642;
        int32_t * const ***l_2640 = &l_2641;
        int32_t * const ****l_2639 = &l_2640;
        uint16_t l_2643 = 0UL;
        int64_t l_2659 = 0xD68C539D9E66D174LL;
        int32_t l_2690 = 0x385824E1L;
        int32_t **l_2854 = &l_2622[0];
        int8_t ***l_2855 = (void*)0;
        int32_t l_2905 = 0x578807EDL;
        int8_t l_2918[2][6][1];
        const int64_t l_2958 = 0x5D86125F1100BE67LL;
        int64_t l_2988 = 0x45203FAD2507D538LL;
        int64_t l_2995 = 0xCAF380603CE2A6DDLL;
        uint32_t l_3012 = 1UL;
        int32_t l_3047 = (-1L);
        int16_t l_3054 = 0x8437L;
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_2622[i] = &g_7[0][3];
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 6; j++)
            {
                for (k = 0; k < 1; k++)
                    l_2918[i][j][k] = 0x41L;
            }
        }
        g_85 |= ((*g_1171) ^ ((!g_885[0]) && (((4294967292UL & ((safe_div_func_int64_t_s_s(((((*l_2624) = (safe_mul_func_int8_t_s_s((l_2620[0] || ((g_7[0][8] &= l_2621) & l_2[1][6][0])), g_1543))) >= (safe_mul_func_uint16_t_u_u((0UL & ((((l_2627 > l_2[5][1][3]) >= l_2[1][5][0]) == l_2[0][4][1]) , g_151)), g_1208))) > 5L), 0x80D3211B9BFE0178LL)) < l_2[1][8][3])) <= l_2[5][7][2]) , g_1543)));
        if ((((+(((l_2[1][5][2] , l_2629) != ((!l_2631) , (void*)0)) != l_2[4][9][0])) , (*g_2333)) == (l_2631 , ((!((**l_2608) = (((safe_div_func_int16_t_s_s((((safe_sub_func_uint32_t_u_u((g_358 ^= (0x1DE0L | (((((g_2637 = g_2637) == &g_2638) , &g_1715) != l_2639) ^ g_770))), 0x87CF5D1FL)) , l_2643) , l_2[0][0][2]), l_2644)) && 0x93FC86E067EDE7A5LL) , 0x4AL))) , l_2645))))
        { /* block id: 1164 */
            int16_t l_2680[10][5] = {{(-1L),0xCA1FL,0xCA1FL,(-1L),0xCFE6L},{(-1L),0x7291L,0x098BL,(-1L),0x42CBL},{0x3FD4L,0x7291L,0xCA1FL,0x3FD4L,0x42CBL},{(-1L),0xCA1FL,0xCA1FL,(-1L),0xCFE6L},{(-1L),0x7291L,0x098BL,(-1L),0x42CBL},{0x3FD4L,0x7291L,0xCA1FL,0x3FD4L,0x42CBL},{(-1L),0xCA1FL,0xCA1FL,(-1L),0xCFE6L},{(-1L),0x7291L,0x098BL,(-1L),0x42CBL},{0x3FD4L,0x7291L,0xCA1FL,0x3FD4L,0x42CBL},{(-1L),0xCA1FL,0xCA1FL,(-1L),0xCFE6L}};
            int32_t l_2684 = 0x251CAB27L;
            int16_t l_2702[2][10];
            struct S0 l_2703 = {6L};
            uint32_t l_2706 = 18446744073709551607UL;
            int32_t *l_2708 = &l_2644;
            uint32_t l_2711 = 0xC32161CEL;
            int16_t l_2734 = 0x600FL;
            uint8_t **l_2764 = (void*)0;
            uint32_t l_2787 = 1UL;
            uint8_t l_2792 = 0x4CL;
            uint16_t l_2796 = 1UL;
            int32_t l_2804[6][7] = {{1L,0L,1L,0L,1L,0L,1L},{5L,5L,5L,5L,5L,5L,5L},{1L,0L,1L,0L,1L,0L,1L},{5L,5L,5L,5L,5L,5L,5L},{1L,0L,1L,0L,1L,0L,1L},{5L,5L,5L,5L,5L,5L,5L}};
            uint32_t l_2888 = 0xEB2E0E60L;
            int64_t **l_2904[10] = {&l_2774[2][0],&l_2774[1][3],&l_2774[2][0],&l_2774[1][3],&l_2774[2][0],&l_2774[1][3],&l_2774[2][0],&l_2774[1][3],&l_2774[2][0],&l_2774[1][3]};
            int16_t l_2925 = 0x18D3L;
            int8_t l_2934 = 0x9DL;
            int64_t l_2994 = 0xF3824917C87F0EE8LL;
            int32_t l_3000 = (-10L);
            int32_t l_3018 = 0x5A5ABCDEL;
            int32_t *l_3034 = (void*)0;
            int i, j;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 10; j++)
                    l_2702[i][j] = (-8L);
            }
            for (g_1275 = 0; (g_1275 <= 3); g_1275 += 1)
            { /* block id: 1167 */
                int32_t **l_2646 = &l_2622[0];
                int32_t l_2683[7][9][4] = {{{4L,5L,1L,9L},{(-10L),1L,1L,3L},{4L,(-1L),0x74CCCD61L,0x74CCCD61L},{0L,0L,5L,(-10L)},{5L,(-10L),(-6L),0x40730CD2L},{0x40730CD2L,0x0D0315C2L,0L,(-6L)},{1L,0x0D0315C2L,0x6AC00929L,0x40730CD2L},{0x0D0315C2L,(-10L),0xAD7E1A42L,(-10L)},{(-1L),0L,9L,0x74CCCD61L}},{{0xAD7E1A42L,(-1L),1L,3L},{0x74CCCD61L,1L,0x0D0315C2L,9L},{0x74CCCD61L,5L,1L,1L},{0xAD7E1A42L,9L,9L,0xAD7E1A42L},{(-1L),0x40730CD2L,0xAD7E1A42L,1L},{0x0D0315C2L,1L,0x6AC00929L,4L},{1L,3L,0L,4L},{0x40730CD2L,1L,(-6L),1L},{5L,0x40730CD2L,5L,0xAD7E1A42L}},{{0L,9L,0x74CCCD61L,1L},{4L,5L,1L,9L},{(-10L),1L,1L,3L},{4L,(-1L),0x74CCCD61L,0x74CCCD61L},{0L,0L,5L,(-10L)},{5L,(-10L),(-6L),0x40730CD2L},{0x40730CD2L,0x0D0315C2L,0L,(-6L)},{1L,0x0D0315C2L,0x6AC00929L,0x40730CD2L},{0x0D0315C2L,(-10L),0xAD7E1A42L,(-10L)}},{{(-1L),0L,9L,0x74CCCD61L},{0xAD7E1A42L,(-1L),1L,3L},{0x74CCCD61L,1L,0x0D0315C2L,9L},{0x74CCCD61L,5L,1L,1L},{0xAD7E1A42L,9L,9L,0xAD7E1A42L},{(-1L),0x40730CD2L,0xAD7E1A42L,1L},{0x0D0315C2L,1L,0x6AC00929L,4L},{1L,3L,0L,4L},{0x40730CD2L,1L,(-6L),1L}},{{5L,0x40730CD2L,5L,0xAD7E1A42L},{0L,9L,0x74CCCD61L,1L},{4L,5L,1L,9L},{(-10L),1L,1L,3L},{4L,(-1L),0x74CCCD61L,0x74CCCD61L},{0L,0L,5L,(-10L)},{5L,(-10L),(-6L),0x40730CD2L},{0x40730CD2L,0x0D0315C2L,0L,(-6L)},{1L,0x0D0315C2L,0x6AC00929L,0x40730CD2L}},{{0x0D0315C2L,(-10L),0xAD7E1A42L,(-10L)},{1L,1L,0L,0xAD7E1A42L},{5L,3L,4L,0x6AC00929L},{0xAD7E1A42L,4L,(-10L),0L},{0xAD7E1A42L,(-1L),4L,(-6L)},{5L,0L,0L,5L},{1L,1L,5L,0x74CCCD61L},{(-10L),(-6L),0x40730CD2L,1L},{0x8AE73E58L,0x6AC00929L,1L,1L}},{{1L,(-6L),0x0D0315C2L,0x74CCCD61L},{(-1L),1L,(-1L),5L},{1L,0L,0xAD7E1A42L,(-6L)},{1L,(-1L),0x74CCCD61L,0L},{9L,4L,0x74CCCD61L,0x6AC00929L},{1L,3L,0xAD7E1A42L,0xAD7E1A42L},{1L,1L,(-1L),9L},{(-1L),9L,0x0D0315C2L,1L},{1L,(-10L),1L,0x0D0315C2L}}};
                int i, j, k;
                (*l_2646) = (void*)0;
                for (g_70 = 3; (g_70 >= 0); g_70 -= 1)
                { /* block id: 1171 */
                    uint32_t l_2653 = 1UL;
                    int32_t l_2660 = 0x1FA4E184L;
                    uint16_t l_2682 = 6UL;
                    uint16_t l_2694 = 0x9273L;
                    for (g_2032 = 3; (g_2032 >= 0); g_2032 -= 1)
                    { /* block id: 1174 */
                        uint32_t l_2647 = 0xDC259E94L;
                        const int32_t *l_2651 = &g_1275;
                        const int32_t **l_2650 = &l_2651;
                        int32_t **l_2654 = (void*)0;
                        int32_t **l_2655[1];
                        int32_t **l_2656[7][1][10] = {{{(void*)0,&g_274,&g_64,&l_2622[0],&g_64,&g_64,&g_64,&g_64,&g_64,&l_2622[0]}},{{&l_2622[0],(void*)0,&l_2622[0],&l_2622[0],&g_64,&l_2622[0],&g_64,&l_2622[0],&g_64,&l_2622[0]}},{{&l_2622[0],&g_64,&g_64,&g_274,&g_64,&g_64,&l_2622[0],&l_2622[0],(void*)0,(void*)0}},{{(void*)0,&l_2622[0],&l_2622[0],&g_64,&g_64,&g_274,&g_64,&g_64,&l_2622[0],&l_2622[0]}},{{&g_64,&l_2622[0],&g_64,&l_2622[0],&g_64,&l_2622[0],&l_2622[0],(void*)0,&l_2622[0],&l_2622[0]}},{{&g_64,&g_64,&g_64,&g_64,&g_64,&l_2622[0],&g_64,&g_274,(void*)0,&l_2622[0]}},{{&g_64,(void*)0,&g_64,&g_274,&l_2622[0],&g_274,&g_64,(void*)0,&g_64,&l_2622[0]}}};
                        int i, j, k;
                        for (i = 0; i < 1; i++)
                            l_2655[i] = &l_2622[0];
                        ++l_2647;
                        l_2653 ^= (l_2650 == ((!0xA94A4F0EC56878A8LL) , l_2646));
                        (*g_2657) = (**l_2641);
                    }
                    l_2658[1][5] = (*l_2646);
                    for (l_2627 = 3; (l_2627 >= 0); l_2627 -= 1)
                    { /* block id: 1182 */
                        int8_t l_2661 = 0x11L;
                        int16_t *l_2681 = &g_1827;
                        int i;
                        l_2660 &= l_2659;
                        l_2661 ^= l_2660;
                        g_14 &= (l_2683[2][3][3] = ((safe_mod_func_uint64_t_u_u(1UL, (safe_sub_func_uint64_t_u_u((~l_2661), (*g_1171))))) | ((safe_mul_func_uint8_t_u_u((((((safe_lshift_func_uint8_t_u_u(g_118, 3)) ^ 65535UL) , l_2661) , (safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u(248UL, (safe_sub_func_int8_t_s_s(((**l_2608) |= ((l_2660 < (safe_mul_func_uint8_t_u_u((((*l_2681) ^= ((!(((((void*)0 != (****l_2639)) ^ l_2680[8][3]) , l_2680[1][0]) < 18446744073709551615UL)) != l_2653)) < 0L), l_2680[9][0]))) , l_2661)), 0x59L)))), l_2682))) <= 1UL), l_2660)) != g_7[7][8])));
                    }
                    if (l_2683[2][3][3])
                    { /* block id: 1190 */
                        int8_t l_2685 = 9L;
                        int32_t *l_2689 = &g_7[6][6];
                        --g_2686[0][0];
                        (*l_2646) = l_2689;
                        if (l_2680[8][3])
                            break;
                    }
                    else
                    { /* block id: 1194 */
                        uint32_t l_2691 = 0xDB340037L;
                        l_2691--;
                        if (l_2694)
                            break;
                    }
                }
            }
            if ((*g_15))
            { /* block id: 1200 */
                int32_t *l_2701 = &g_311[7];
                int32_t l_2704 = 0xBFB2496EL;
                uint32_t *l_2705 = &g_1453;
                int32_t l_2737 = (-1L);
                uint64_t l_2769 = 18446744073709551615UL;
                int32_t l_2874 = (-1L);
                int32_t l_2924 = 0xBD69F730L;
                int64_t l_2931 = 0x43FB3ECAF2348328LL;
                int32_t l_2944 = 0xF3DC22ABL;
                int32_t l_2945 = 0x286EF44FL;
                int32_t l_2946[6];
                int32_t l_2968 = 0x5F6C4138L;
                uint16_t l_2980 = 0x6939L;
                int8_t l_2993 = (-8L);
                const int16_t l_2998 = 0xFD02L;
                uint16_t **l_3025 = &g_2457[0][6][3];
                int i;
                for (i = 0; i < 6; i++)
                    l_2946[i] = 0L;
lbl_2799:
                if ((((*l_2705) ^= ((l_2624 == l_2624) , (!(g_2426[0][8][0] == ((**l_2608) &= (safe_div_func_uint64_t_u_u((&g_1140 != (g_2698 = &g_1140)), (safe_mod_func_int8_t_s_s((((*l_2701) = (5L == l_2680[8][3])) , l_2702[0][8]), ((l_2703 , (**g_730)) , l_2704)))))))))) , l_2706))
                { /* block id: 1205 */
                    uint16_t l_2714 = 65534UL;
                    l_2708 = &l_2644;
                    for (g_2380 = 0; (g_2380 >= 44); g_2380 = safe_add_func_int32_t_s_s(g_2380, 6))
                    { /* block id: 1209 */
                        l_2711++;
                        return l_2714;
                    }
                    for (g_177 = 0; (g_177 < 11); ++g_177)
                    { /* block id: 1215 */
                        return l_2704;
                    }
                }
                else
                { /* block id: 1218 */
                    int32_t **l_2718 = &l_2708;
                    uint16_t *l_2729[4][1];
                    int16_t l_2738 = (-1L);
                    int i, j;
                    for (i = 0; i < 4; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_2729[i][j] = &g_312;
                    }
                    (*l_2718) = l_2717[0];
                    for (l_2643 = 24; (l_2643 < 5); --l_2643)
                    { /* block id: 1222 */
                        uint16_t *l_2728 = &g_2416;
                        int32_t l_2735 = (-1L);
                        uint64_t l_2736 = 1UL;
                        l_2737 ^= (l_2736 |= (((((*l_2708) & ((safe_sub_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(l_2725, 1)), l_2704)) <= (safe_lshift_func_uint8_t_u_s(((l_2728 == l_2729[2][0]) || (*l_2708)), ((safe_unary_minus_func_int32_t_s(l_2704)) || (((((safe_rshift_func_int8_t_s_s((g_311[7] && ((g_2733 , (*l_2708)) | g_1275)), (*l_2708))) & 18446744073709551613UL) , l_2717[0]) != (void*)0) | l_2734)))))) , (**g_1170)) <= l_2735) <= g_885[2]));
                        return l_2738;
                    }
                    (*l_2708) = 0x37826F0AL;
                    (*l_2708) = l_2737;
                }
                if ((g_2739[1] == (safe_rshift_func_uint8_t_u_s(g_85, 6))))
                { /* block id: 1230 */
                    int16_t l_2752 = 0xABEDL;
                    int32_t l_2753 = (-1L);
                    uint16_t l_2768 = 65526UL;
                    uint32_t l_2791 = 0UL;
                    int32_t l_2802 = 0x2445D952L;
                    int32_t l_2803 = 0L;
                    int32_t l_2807[8] = {0L,2L,0L,2L,0L,2L,0L,2L};
                    uint8_t l_2809 = 0x39L;
                    int i;
                    for (g_85 = (-5); (g_85 < 24); g_85++)
                    { /* block id: 1233 */
                        const struct S0 **l_2745 = &g_81;
                        (*l_2745) = (*g_80);
                    }
                    if ((((*l_2708) = (safe_sub_func_int16_t_s_s((((((safe_div_func_uint16_t_u_u(((*g_504) | (((safe_rshift_func_int16_t_s_s((((l_2753 = l_2752) <= (**g_730)) >= (safe_div_func_int8_t_s_s(((((*l_2705) = (((0xD89CF8096CDF6C1BLL & ((safe_add_func_uint64_t_u_u(((*l_2708) || (safe_lshift_func_int16_t_s_s((((l_2704 && (&g_2457[0][0][2] == ((l_2704 = (safe_add_func_uint32_t_u_u((safe_add_func_int8_t_s_s(0x8EL, (l_2764 != g_2765))), l_2704))) , (void*)0))) , l_2752) <= l_2752), 1))), 0x25237769C58AD98ELL)) | 8L)) >= 0UL) | (*l_2708))) || l_2752) != l_2768), (*l_2708)))), l_2752)) < g_635) != 0x9A1335ADL)), l_2737)) != l_2752) < g_4) && l_2769) & l_2752), g_128))) <= (-1L)))
                    { /* block id: 1240 */
                        uint8_t l_2770 = 248UL;
                        l_2770++;
                        (*l_2708) = l_2770;
                    }
                    else
                    { /* block id: 1243 */
                        const int8_t l_2788 = 2L;
                        uint16_t *l_2789[10][7][3] = {{{&g_312,&l_2643,&g_229},{&g_312,(void*)0,&g_2137},{&g_2137,(void*)0,&g_229},{(void*)0,(void*)0,&g_2137},{&g_1543,&l_2643,&g_2137},{&g_2137,&g_229,&g_229},{&g_2416,&g_2137,&g_2137}},{{&g_2137,&g_2137,&g_229},{&g_1543,&g_2137,&l_2768},{(void*)0,&g_2137,&g_2137},{&g_2137,&g_229,&l_2768},{&g_312,&l_2643,&g_229},{&g_312,(void*)0,&g_2137},{&g_2137,(void*)0,&g_229}},{{(void*)0,(void*)0,&g_2137},{(void*)0,&g_2416,&g_229},{&g_2137,&l_2768,&g_1543},{&g_312,&g_312,(void*)0},{&g_2137,(void*)0,&l_2768},{(void*)0,(void*)0,&g_2416},{&g_2137,&g_312,&g_312}},{{(void*)0,&l_2768,&g_2416},{&g_229,&g_2416,&l_2768},{&g_229,&g_648,(void*)0},{(void*)0,&l_2768,&g_1543},{&g_2137,&g_648,&g_229},{(void*)0,&g_2416,&g_229},{&g_2137,&l_2768,&g_1543}},{{&g_312,&g_312,(void*)0},{&g_2137,(void*)0,&l_2768},{(void*)0,(void*)0,&g_2416},{&g_2137,&g_312,&g_312},{(void*)0,&l_2768,&g_2416},{&g_229,&g_2416,&l_2768},{&g_229,&g_648,(void*)0}},{{(void*)0,&l_2768,&g_1543},{&g_2137,&g_648,&g_229},{(void*)0,&g_2416,&g_229},{&g_2137,&l_2768,&g_1543},{&g_312,&g_312,(void*)0},{&g_2137,(void*)0,&l_2768},{(void*)0,(void*)0,&g_2416}},{{&g_2137,&g_312,&g_312},{(void*)0,&l_2768,&g_2416},{&g_229,&g_2416,&l_2768},{&g_229,&g_648,(void*)0},{(void*)0,&l_2768,&g_1543},{&g_2137,&g_648,&g_229},{(void*)0,&g_2416,&g_229}},{{&g_2137,&l_2768,&g_1543},{&g_312,&g_312,(void*)0},{&g_2137,(void*)0,&l_2768},{(void*)0,(void*)0,&g_2416},{&g_2137,&g_312,&g_312},{(void*)0,&l_2768,&g_2416},{&g_229,&g_2416,&l_2768}},{{&g_229,&g_648,(void*)0},{(void*)0,&l_2768,&g_1543},{&g_2137,&g_648,&g_229},{(void*)0,&g_2416,&g_229},{&g_2137,&l_2768,&g_1543},{&g_312,&g_312,(void*)0},{&g_2137,(void*)0,&l_2768}},{{(void*)0,(void*)0,&g_2416},{&g_2137,&g_312,&g_312},{(void*)0,&l_2768,&g_2416},{&g_229,&g_2416,&l_2768},{&g_229,&g_648,(void*)0},{(void*)0,&l_2768,&g_1543},{&g_2137,&g_648,&g_229}}};
                        int32_t l_2790 = 1L;
                        int i, j, k;
                        (*l_2708) |= ((void*)0 == l_2773);
                        (*l_2708) = ((safe_mod_func_uint16_t_u_u((g_85 , ((((**l_2608) = (((safe_sub_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s((l_2790 = ((((safe_rshift_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((**g_2765), 0)), 1)) || ((*l_2708) > (l_2753 = (((*g_2766) , (((0xB081L && (0xEA13C919L < 0x841A13F6L)) | ((safe_rshift_func_uint8_t_u_s((**g_2765), (((l_2787 < 0xDBB1B406C6EFE492LL) && l_2753) && (-1L)))) <= l_2769)) , l_2788)) , 0x37516A47L)))) & 4UL) ^ g_148[0])), 6)), l_2769)) , l_2753) , 0x49L)) | l_2737) >= l_2788)), (-1L))) ^ l_2791);
                        return l_2792;
                    }
                    for (l_2690 = (-19); (l_2690 == (-3)); ++l_2690)
                    { /* block id: 1253 */
                        int32_t l_2795 = 1L;
                        ++l_2796;
                        if (g_1531)
                            goto lbl_2799;
                        if (l_2768)
                            continue;
                    }
                    if ((*g_504))
                    { /* block id: 1258 */
                        int32_t **l_2801[7] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                        int i;
                        (*g_1401) = (l_2737 , ((l_2752 , (*l_2708)) , func_57((((*l_2708) , ((&g_927 != (void*)0) | (l_2753 = l_2753))) , &l_2753), &l_2704, l_2768, l_2800[1], l_2704)));
                        return l_2704;
                    }
                    else
                    { /* block id: 1262 */
                        int64_t l_2805 = 0L;
                        int32_t l_2806 = 0xC5B45047L;
                        int32_t l_2808 = 0x3046D1B9L;
                        uint32_t **l_2816 = &g_1140;
                        struct S0 l_2825[10] = {{0xCFC5964F49C9483DLL},{0L},{-1L},{0L},{0xCFC5964F49C9483DLL},{0xCFC5964F49C9483DLL},{0L},{-1L},{0L},{0xCFC5964F49C9483DLL}};
                        struct S0 *****l_2838 = &g_898;
                        int i;
                        --l_2809;
                        l_2807[0] ^= ((safe_sub_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((((*l_2705) = ((void*)0 == l_2816)) > (safe_rshift_func_int8_t_s_u(((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s(l_2808, (0x06L && ((2L < ((safe_rshift_func_uint8_t_u_s(((l_2825[7] , ((**l_2608) = l_2809)) , (safe_add_func_uint64_t_u_u(((**g_1170) || (safe_add_func_int64_t_s_s((((safe_add_func_uint8_t_u_u(((((((((safe_mod_func_int32_t_s_s(((((**l_2608) = (safe_add_func_uint8_t_u_u(0xE6L, 0x65L))) != 0x88L) > 0x83B941B7L), l_2803)) <= 0UL) , l_2836) , 255UL) >= g_2837) && 0xCB79L) != 0x7876L) > g_312), 1L)) | l_2737) | 0x63L), 18446744073709551614UL))), 0x5A5EF8C594E2C58FLL))), 0)) == (*l_2708))) == l_2803)))), 2)) == l_2768), l_2769))), 4)) , g_2507), 0x113FL)) == l_2752);
                        (*l_2838) = (void*)0;
                        return l_2808;
                    }
                }
                else
                { /* block id: 1271 */
                    for (g_471 = 4; (g_471 >= (-25)); g_471 = safe_sub_func_uint8_t_u_u(g_471, 5))
                    { /* block id: 1274 */
                        uint32_t l_2841 = 1UL;
                        l_2841++;
                    }
                }
                for (g_312 = 0; (g_312 > 47); ++g_312)
                { /* block id: 1280 */
                    const int32_t l_2867 = (-1L);
                    int32_t * const l_2868 = &g_2144[4][0][1];
                    int32_t l_2872 = 0L;
                    int32_t l_2873[3];
                    uint8_t l_2901 = 0x4DL;
                    int64_t l_2923[9] = {0L,0L,0L,0L,0L,0L,0L,0L,0L};
                    int8_t l_2926 = 0xCDL;
                    uint32_t l_2938 = 0x1F84047CL;
                    uint16_t l_2959 = 0x807AL;
                    struct S0 *l_2969[4];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_2873[i] = 0L;
                    for (i = 0; i < 4; i++)
                        l_2969[i] = &l_2703;
                    for (l_2734 = 0; (l_2734 >= 24); ++l_2734)
                    { /* block id: 1283 */
                        const int32_t ***l_2852 = (void*)0;
                        const int32_t ***l_2853 = &l_2850;
                        uint8_t *l_2866 = &g_770;
                        int32_t **l_2869 = &l_2658[4][5];
                        int32_t l_2870 = 1L;
                        int32_t l_2871 = 1L;
                        int32_t l_2875 = 0L;
                        int32_t l_2876 = 0L;
                        int32_t l_2877 = 0x9A368282L;
                        int64_t l_2878[8] = {0x6CFCD0D71DE4F4FFLL,(-3L),0x6CFCD0D71DE4F4FFLL,(-3L),0x6CFCD0D71DE4F4FFLL,(-3L),0x6CFCD0D71DE4F4FFLL,(-3L)};
                        int i;
                        (*g_15) = ((safe_mul_func_int8_t_s_s((((((((*l_2853) = l_2850) == (l_2854 = &g_274)) | l_2737) , l_2855) == (void*)0) < ((((***g_1169) >= (((*l_2705) &= (safe_mod_func_uint16_t_u_u((l_2704 |= (0xEFD51FC5L && ((safe_add_func_uint32_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_s((safe_add_func_int16_t_s_s(((((((((*l_2866) = g_2380) == (((&g_2698 == &g_2698) ^ 0UL) && 0x118CL)) & (-1L)) | 18446744073709551612UL) >= g_114) | l_2867) <= (**g_730)), g_229)), g_148[0])), l_2737)) , 4294967289UL), (*l_2851))) > 4294967295UL))), g_118))) | l_2737)) , (*g_2766)) == (*l_2708))), g_1543)) & 4294967294UL);
                        (*l_2869) = (l_2703 , l_2868);
                        l_2879[9]--;
                    }
                    if (((safe_lshift_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u(((g_1827 &= (safe_div_func_uint32_t_u_u((((l_2888 <= (((safe_mul_func_uint8_t_u_u((*g_2766), (safe_lshift_func_uint8_t_u_s((((((g_597 < (safe_sub_func_int16_t_s_s((((**l_2608) |= (((safe_add_func_uint32_t_u_u((safe_sub_func_int32_t_s_s(((void*)0 != &l_2608), ((*l_2705) |= ((((((safe_add_func_int16_t_s_s(l_2901, (safe_div_func_uint32_t_u_u(g_615, (*l_2708))))) ^ (*l_2868)) , (*l_2645)) != (void*)0) , 0x8A716FECL) <= (**l_2850))))), (*l_2708))) <= (*l_2868)) , (*l_2851))) >= l_2874), g_16))) , l_2904[8]) != (*g_1169)) | l_2874) > g_2137), 2)))) , 1L) && l_2905)) & l_2874) > l_2737), 7L))) , 65535UL), g_1531)) & 1L), 2)) || 0xB3L))
                    { /* block id: 1296 */
                        uint16_t l_2906 = 0UL;
                        uint8_t *l_2913[6][3] = {{&l_2620[0],&g_770,&l_2620[0]},{&l_2620[0],&g_770,&l_2620[0]},{&l_2620[0],&g_770,&l_2620[0]},{&l_2620[0],&g_770,&l_2620[0]},{&l_2620[0],&g_770,&l_2620[0]},{&l_2620[0],&g_770,&l_2620[0]}};
                        int32_t l_2919 = (-1L);
                        int i, j;
                        l_2919 &= (l_2906 || (safe_sub_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u(((*l_2868) &= (((**g_730)++) & 0x2D75D8DEB3D21A16LL)), (**g_2765))), (((*l_2708) && ((g_151 && (safe_add_func_uint16_t_u_u((0L | ((void*)0 != &g_928)), (((**l_2608) = ((&g_2456 != (void*)0) > l_2918[1][4][0])) , g_85)))) < l_2906)) != 0x9709L))));
                    }
                    else
                    { /* block id: 1301 */
                        int32_t l_2920 = 0xF7BFB543L;
                        int32_t l_2922 = 6L;
                        --g_2927;
                    }
                    if (l_2874)
                    { /* block id: 1304 */
                        l_2931 = ((*l_2868) = (func_78(&l_2737) , g_2930[0]));
                    }
                    else
                    { /* block id: 1307 */
                        uint32_t l_2932[3];
                        int32_t l_2933 = (-1L);
                        uint64_t l_2935 = 0x5DB2B474F36D4D60LL;
                        int32_t l_2941[9][6][4] = {{{1L,0xAB369CB4L,(-8L),0x4E0E0C02L},{0x572C254DL,0xB760A466L,0x71B1C4D0L,0xB760A466L},{0x6A526538L,1L,1L,0x2A0CB637L},{0x34DDC1EBL,0xC7C3635BL,0L,0x4E0E0C02L},{0x6C448E3CL,1L,0xF206D5C8L,(-10L)},{0x6C448E3CL,0x31F07C1FL,0L,0xAB369CB4L}},{{0x34DDC1EBL,(-10L),1L,0xB5CD4281L},{0x6A526538L,0L,0x71B1C4D0L,1L},{0x572C254DL,0x31F07C1FL,(-8L),0L},{1L,1L,0L,0x4E0E0C02L},{0xC2FD2C99L,0x2A0CB637L,0x71B1C4D0L,0xC7C3635BL},{1L,1L,(-1L),0xC7C3635BL}},{{0x34DDC1EBL,0x2A0CB637L,0x87A60671L,0x4E0E0C02L},{0x4F71744DL,1L,0xF206D5C8L,0L},{0x7C1EE325L,0x31F07C1FL,(-1L),1L},{0x34DDC1EBL,0L,0x34DDC1EBL,0xB5CD4281L},{(-1L),(-10L),0x71B1C4D0L,0xAB369CB4L},{0x6A2832E1L,0x31F07C1FL,0L,(-10L)}},{{1L,1L,0L,0x4E0E0C02L},{0x6A2832E1L,0xC7C3635BL,0x71B1C4D0L,0x2A0CB637L},{(-1L),1L,0x34DDC1EBL,0xB760A466L},{0x34DDC1EBL,0xB760A466L,(-1L),0x4E0E0C02L},{0x7C1EE325L,0xAB369CB4L,0xF206D5C8L,(-6L)},{0x4F71744DL,0x31F07C1FL,0x87A60671L,1L}},{{0x34DDC1EBL,(-6L),(-1L),0xB5CD4281L},{1L,(-6L),0x71B1C4D0L,1L},{0xC2FD2C99L,0x31F07C1FL,0L,(-6L)},{1L,0xAB369CB4L,(-8L),0x4E0E0C02L},{0x572C254DL,0xB760A466L,0x71B1C4D0L,0xB760A466L},{0x6A526538L,1L,1L,0x2A0CB637L}},{{0x34DDC1EBL,0xC7C3635BL,0L,0x4E0E0C02L},{0x6C448E3CL,1L,0xF206D5C8L,(-10L)},{0x6C448E3CL,0x31F07C1FL,0L,0xAB369CB4L},{0x34DDC1EBL,(-10L),1L,0xB5CD4281L},{0x6A526538L,0L,0x71B1C4D0L,1L},{0x572C254DL,0x31F07C1FL,(-8L),0L}},{{1L,1L,0L,0x4E0E0C02L},{0xC2FD2C99L,0x2A0CB637L,0x71B1C4D0L,0xC7C3635BL},{1L,1L,(-1L),0xC7C3635BL},{0x34DDC1EBL,0x2A0CB637L,0x87A60671L,0x4E0E0C02L},{0x4F71744DL,1L,0xF206D5C8L,0L},{(-1L),0x73A673F0L,0xAFC6F627L,(-1L)}},{{0x8443866EL,0x38C7DEC6L,0x8443866EL,0x3BF4F1A9L},{0x87A60671L,1L,0x6C448E3CL,7L},{0L,0x73A673F0L,0x71B1C4D0L,1L},{0xB8825812L,(-1L),0x71B1C4D0L,0L},{0L,0x4E0E0C02L,0x6C448E3CL,0xB5CD4281L},{0x87A60671L,0xAE732C27L,0x8443866EL,(-1L)}},{{0x8443866EL,(-1L),0xAFC6F627L,0L},{(-1L),7L,0x4F71744DL,0x31F07C1FL},{1L,0x73A673F0L,1L,0x96728D3CL},{0x8443866EL,0x31F07C1FL,0xBAD3A7BAL,0x3BF4F1A9L},{0L,0x31F07C1FL,0x6C448E3CL,0x96728D3CL},{(-8L),0x73A673F0L,0xF206D5C8L,0x31F07C1FL}}};
                        uint32_t l_2947 = 4294967290UL;
                        int i, j, k;
                        for (i = 0; i < 3; i++)
                            l_2932[i] = 18446744073709551606UL;
                        l_2933 ^= ((*l_2868) = l_2932[1]);
                        --l_2935;
                        l_2938--;
                        l_2947--;
                    }
                    if ((safe_div_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u((l_2945 <= (g_148[0] &= (l_2959 |= (safe_lshift_func_int16_t_s_s((((*l_2708) , g_2767) || (*l_2851)), ((safe_lshift_func_int16_t_s_s(l_2769, 4)) , (l_2958 > g_770))))))), g_85)), g_2960)))
                    { /* block id: 1316 */
                        uint64_t l_2961[8][4] = {{1UL,18446744073709551615UL,1UL,0x1EF1857EC8869B23LL},{1UL,0x1EF1857EC8869B23LL,1UL,18446744073709551615UL},{1UL,18446744073709551615UL,1UL,0x1EF1857EC8869B23LL},{1UL,0x1EF1857EC8869B23LL,1UL,18446744073709551615UL},{1UL,18446744073709551615UL,1UL,0x1EF1857EC8869B23LL},{1UL,0x1EF1857EC8869B23LL,1UL,18446744073709551615UL},{1UL,18446744073709551615UL,1UL,0x1EF1857EC8869B23LL},{1UL,0x1EF1857EC8869B23LL,1UL,18446744073709551615UL}};
                        int i, j;
                        return l_2961[2][2];
                    }
                    else
                    { /* block id: 1318 */
                        const int32_t l_2964[1] = {(-8L)};
                        struct S0 *l_2970[3][2];
                        int i, j;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_2970[i][j] = (void*)0;
                        }
                        l_2968 = ((0x8CL <= l_2874) , (((*l_2868) = (((0xBAC3DE46L < ((*l_2708) &= (g_118 <= (*l_2868)))) | (((safe_add_func_uint64_t_u_u((l_2964[0] , (safe_add_func_int8_t_s_s(l_2944, ((((**l_2608) = 0L) ^ (((*l_2624) ^= (**g_1170)) >= g_1543)) | (*l_2868))))), l_2967)) ^ g_7[0][7]) && (*l_2868))) != l_2946[3])) , (*l_2708)));
                        l_2970[2][1] = l_2969[1];
                    }
                }
                if ((((*l_2708) = (*l_2708)) <= ((((safe_div_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(((safe_div_func_int32_t_s_s(((+l_2980) || (safe_sub_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s(((1L | (safe_div_func_uint8_t_u_u((~(l_2994 = (l_2804[1][4] = (((g_148[0] &= ((**g_80) , (((**l_2850) != (l_2988 & l_2931)) , ((safe_rshift_func_uint8_t_u_u((safe_sub_func_uint16_t_u_u(((***g_1211) ^ l_2946[3]), l_2945)), g_1453)) , l_2993)))) != 0x973FD4C2DA85E009LL) , l_2944)))), l_2680[8][3]))) , 0UL), g_771)), 65535UL))), g_312)) && l_2995), 0x87A6728881D6683ELL)), 0x4DL)) == l_2931) < g_1543) != l_2946[2])))
                { /* block id: 1331 */
                    for (g_151 = 0; (g_151 < 13); ++g_151)
                    { /* block id: 1334 */
                        uint32_t l_2999 = 0x7920823AL;
                        l_2999 = l_2998;
                    }
                }
                else
                { /* block id: 1337 */
                    int64_t l_3002 = 0L;
                    int32_t l_3003 = (-1L);
                    int32_t l_3004 = (-1L);
                    int64_t l_3005[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                    int32_t l_3006 = 0x90B030CBL;
                    int i;
                    l_3007--;
                    if (((((safe_mul_func_int8_t_s_s(l_3012, (l_3003 = ((((*l_2708) = (-1L)) < g_1134) >= (+(l_3006 < (safe_unary_minus_func_int64_t_s((l_3015 == ((9L || (safe_lshift_func_uint16_t_u_u((l_3018 | 0xADC0F027L), ((safe_lshift_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((safe_sub_func_int32_t_s_s((l_2946[5] >= g_2032), 0x8DF700D2L)) | 4294967295UL), g_311[7])), g_135.f0)) && l_2703.f0)))) , (void*)0)))))))))) != 0xD7D423EFD5784D40LL) , 0x083F3DB9D156B162LL) > l_3005[0]))
                    { /* block id: 1341 */
                        uint8_t l_3027 = 1UL;
                        l_3018 = ((*l_2708) = 0x1D496FFBL);
                        (*g_3026) = l_3025;
                        l_3027++;
                    }
                    else
                    { /* block id: 1346 */
                        uint16_t l_3030 = 6UL;
                        int32_t l_3031[9] = {1L,0xDC2BE742L,1L,0xDC2BE742L,1L,0xDC2BE742L,1L,0xDC2BE742L,1L};
                        int i;
                        l_3031[4] = l_3030;
                        (*g_3033) = g_3032;
                        (*l_2708) &= l_2931;
                    }
                }
            }
            else
            { /* block id: 1352 */
                l_3034 = (***l_2640);
                (*l_2708) = 0x51C094D6L;
            }
            (*l_2850) = ((*l_2854) = (void*)0);
        }
        else
        { /* block id: 1358 */
            int32_t *l_3035 = &g_19;
            struct S0 l_3040 = {-1L};
            int8_t *l_3041 = &l_2[5][7][3];
            uint16_t l_3044[8] = {0xE065L,0xE065L,0xE065L,0xE065L,0xE065L,0xE065L,0xE065L,0xE065L};
            int32_t l_3048 = (-3L);
            int32_t l_3049[3];
            int i;
            for (i = 0; i < 3; i++)
                l_3049[i] = (-1L);
            l_3035 = func_57(&l_2644, l_3035, (((safe_sub_func_uint64_t_u_u(((0x0EEB9E4AL & ((l_3040 , (*l_2608)) != l_3041)) == ((**g_2765) == (safe_sub_func_uint16_t_u_u(l_3044[3], (safe_rshift_func_int16_t_s_s(((*l_3035) ^= 0L), 12)))))), g_648)) , 0UL) < l_3040.f0), &g_2144[1][1][1], l_3047);
            l_3050++;
            (*l_2854) = &l_3048;
            return (**l_2850);
        }
        l_3055++;
    }
    else
    { /* block id: 1366 */
        ++l_3058;
        (*l_2850) = (*l_2850);
    }
    l_3062[7]++;
    return g_3065;
}


/* ------------------------------------------ */
/* 
 * reads : g_4 g_14 g_7 g_15 g_16 g_33 g_19 g_13 g_80 g_148 g_229 g_85 g_3 g_159 g_160 g_246 g_358 g_81 g_311 g_118 g_146 g_135.f0 g_177 g_312 g_421 g_98 g_245 g_273 g_182 g_442 g_471 g_220 g_151 g_114 g_221 g_504 g_128 g_538 g_274 g_602 g_615 g_64 g_635 g_770 g_772 g_927 g_127 g_891 g_629 g_730 g_731 g_1169 g_898 g_899 g_1170 g_1171 g_1172 g_648 g_1208 g_1211 g_1275 g_1327 g_1400 g_1401 g_885 g_1416 g_1452 g_243 g_1453 g_1059 g_1060 g_1134 g_1213 g_1399 g_1050 g_1505 g_771 g_1531 g_1543 g_1212 g_1584 g_2197 g_70 g_597 g_805 g_773 g_2242 g_2264 g_135 g_2333 g_2067 g_1019 g_2380 g_1804 g_2416 g_1715 g_2426 g_2032 g_2455
 * writes: g_4 g_14 g_16 g_19 g_33 g_64 g_70 g_81 g_229 g_85 g_246 g_151 g_243 g_148 g_358 g_177 g_406 g_312 g_274 g_98 g_114 g_146 g_471 g_245 g_7 g_128 g_602 g_615 g_648 g_771 g_773 g_118 g_770 g_891 g_1168 g_899 g_1208 g_1211 g_1399 g_1275 g_635 g_1543 g_2264 g_898 g_1804 g_1716 g_2426 g_2456
 */
static int16_t  func_10(const int16_t  p_11, const struct S0  p_12)
{ /* block id: 15 */
    uint64_t l_43 = 0x5525C537F45EA776LL;
    int32_t l_1222 = 0x46355E11L;
    struct S0 **l_1231[2][2];
    int32_t l_1233 = 1L;
    uint32_t *l_1338 = (void*)0;
    uint32_t *l_1339 = (void*)0;
    uint32_t *l_1340 = (void*)0;
    uint32_t *l_1341 = &g_771;
    uint16_t *l_1346 = (void*)0;
    uint16_t *l_1347 = &g_648;
    int8_t *l_1348[9] = {&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635,&g_635};
    const int32_t ***l_1354 = (void*)0;
    int32_t l_1359[2];
    uint32_t l_1360[6][8] = {{0UL,0x7D0FF164L,0x3F190171L,0x7D0FF164L,0UL,18446744073709551609UL,18446744073709551609UL,0UL},{0x7D0FF164L,0x6090F03FL,0x6090F03FL,0x7D0FF164L,0x585B4C4BL,0UL,0x585B4C4BL,0x7D0FF164L},{0x6090F03FL,0x585B4C4BL,0x6090F03FL,18446744073709551609UL,0x3F190171L,0x3F190171L,18446744073709551609UL,0x6090F03FL},{0x585B4C4BL,0x585B4C4BL,0x3F190171L,0UL,18446744073709551607UL,0UL,0x3F190171L,0x585B4C4BL},{0x585B4C4BL,0x6090F03FL,18446744073709551609UL,0x3F190171L,0x3F190171L,18446744073709551609UL,0x6090F03FL,0x585B4C4BL},{0x6090F03FL,0x7D0FF164L,0x585B4C4BL,0UL,0x585B4C4BL,0x7D0FF164L,0x6090F03FL,0x6090F03FL}};
    int64_t *l_1391 = (void*)0;
    int64_t **l_1390[7][8] = {{&l_1391,(void*)0,&l_1391,&l_1391,(void*)0,&l_1391,(void*)0,&l_1391},{(void*)0,&l_1391,(void*)0,&l_1391,(void*)0,&l_1391,&l_1391,(void*)0},{&l_1391,&l_1391,&l_1391,&l_1391,&l_1391,(void*)0,&l_1391,&l_1391},{(void*)0,&l_1391,(void*)0,(void*)0,&l_1391,&l_1391,(void*)0,(void*)0},{&l_1391,&l_1391,&l_1391,&l_1391,&l_1391,&l_1391,&l_1391,&l_1391},{&l_1391,(void*)0,(void*)0,&l_1391,&l_1391,(void*)0,(void*)0,&l_1391},{(void*)0,&l_1391,&l_1391,&l_1391,&l_1391,&l_1391,(void*)0,(void*)0}};
    int64_t * const *l_1434 = &l_1391;
    int64_t * const **l_1433 = &l_1434;
    int64_t * const ** const *l_1432 = &l_1433;
    int64_t l_1435 = (-5L);
    int32_t l_1465 = 0xC0C6370FL;
    int32_t ***l_1481 = (void*)0;
    uint8_t l_1503 = 0xC6L;
    uint64_t l_1539[3][6][3] = {{{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL},{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL}},{{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL},{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL}},{{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL},{1UL,18446744073709551615UL,0x1AC4B6E73BEF5AFBLL},{18446744073709551615UL,1UL,0x1AC4B6E73BEF5AFBLL},{0x729859DF1493A165LL,0x729859DF1493A165LL,0x1AC4B6E73BEF5AFBLL}}};
    uint16_t l_1553 = 0x066BL;
    int32_t ****l_1635[10] = {(void*)0,&l_1481,(void*)0,&l_1481,(void*)0,&l_1481,(void*)0,&l_1481,(void*)0,&l_1481};
    int32_t **** const * const l_1634 = &l_1635[0];
    int32_t *l_1644 = &g_14;
    uint8_t l_1872[6][4] = {{0x25L,249UL,249UL,0x25L},{249UL,0x25L,249UL,249UL},{0x25L,0x25L,253UL,0x25L},{0x25L,249UL,249UL,0x25L},{249UL,0x25L,249UL,249UL},{0x25L,0x25L,253UL,0x25L}};
    int8_t l_1873[3];
    uint32_t l_1912[1];
    uint32_t l_2033[9];
    int8_t l_2143 = (-4L);
    int64_t l_2145 = 6L;
    int64_t l_2146 = 0xC6789EE2912C0470LL;
    int32_t *l_2179 = &l_1233;
    const uint32_t l_2202[7] = {0x83390CA4L,0x83390CA4L,0x83390CA4L,0x83390CA4L,0x83390CA4L,0x83390CA4L,0x83390CA4L};
    int64_t l_2203 = 0x4C3ED36CCBB1A24FLL;
    uint8_t *l_2204 = &l_1872[1][3];
    uint32_t *l_2206 = &l_1912[0];
    uint32_t **l_2205 = &l_2206;
    uint8_t *l_2207 = &g_770;
    int32_t **l_2212 = &g_274;
    int32_t ***l_2211 = &l_2212;
    int8_t l_2256 = 0x95L;
    int32_t *l_2263 = &g_85;
    int32_t l_2308 = (-10L);
    uint64_t ***l_2344 = &g_730;
    uint16_t l_2433 = 1UL;
    uint32_t l_2460 = 18446744073709551615UL;
    int32_t l_2576 = 0xA918C557L;
    int32_t l_2602[3][7] = {{1L,1L,0x86C695DFL,(-4L),0x86C695DFL,1L,1L},{1L,0x86C695DFL,(-4L),0x86C695DFL,1L,1L,0x86C695DFL},{(-1L),7L,(-1L),0x86C695DFL,0x86C695DFL,(-1L),7L}};
    int8_t l_2603 = 0x96L;
    uint64_t l_2605 = 0x7C3A35A31E5B9472LL;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_1231[i][j] = &g_773;
    }
    for (i = 0; i < 2; i++)
        l_1359[i] = 1L;
    for (i = 0; i < 3; i++)
        l_1873[i] = 0xF8L;
    for (i = 0; i < 1; i++)
        l_1912[i] = 1UL;
    for (i = 0; i < 9; i++)
        l_2033[i] = 0UL;
    for (g_4 = 8; (g_4 >= 0); g_4 -= 1)
    { /* block id: 18 */
        uint64_t l_1225 = 0x7D4DF41497713406LL;
        int32_t l_1237 = 0x8790D037L;
        int64_t ****l_1310 = &g_1168;
        uint32_t l_1315 = 2UL;
        for (g_14 = 0; (g_14 <= 8); g_14 += 1)
        { /* block id: 21 */
            uint64_t l_17 = 0x760FC5C2F0027394LL;
            int i, j;
            (*g_15) |= g_7[g_14][g_4];
            if (l_17)
                break;
        }
        for (g_14 = 2; (g_14 <= 8); g_14 += 1)
        { /* block id: 27 */
            int32_t l_1209 = 1L;
            struct S0 **l_1230 = &g_773;
            uint32_t *l_1284 = &g_1134;
            uint8_t l_1303 = 7UL;
            int i, j;
            if ((~g_7[g_14][g_14]))
            { /* block id: 28 */
                uint32_t l_1210 = 18446744073709551615UL;
                int32_t l_1244 = 0L;
                int32_t ***l_1271 = &g_1019;
                int32_t ****l_1270 = &l_1271;
                int32_t *****l_1269 = &l_1270;
                int32_t l_1277 = 1L;
                for (g_16 = 8; (g_16 >= 0); g_16 -= 1)
                { /* block id: 31 */
                    uint64_t l_36[4][6][6] = {{{2UL,0xAA2DF500C330E0E3LL,0UL,0x84F583EF4C8A73D9LL,0x408CDC70526E61A6LL,18446744073709551615UL},{0xDB237E2CA82E93B6LL,1UL,0UL,0xE3FC80C5262C0850LL,0xAA2DF500C330E0E3LL,0x5CCAEA4CC78B9398LL},{0x27CDBA00669673C8LL,18446744073709551610UL,1UL,0x45A15B627429123ELL,1UL,18446744073709551614UL},{0xE3FC80C5262C0850LL,0x1CC0D6813F8C547FLL,1UL,0xD2E7865D4863FCCFLL,8UL,0x5E720F54F738DB22LL},{0x22A6657A919E5419LL,0x27CDBA00669673C8LL,8UL,0x7A4C6684E8D7FF0BLL,0x7A4C6684E8D7FF0BLL,8UL},{18446744073709551615UL,18446744073709551615UL,1UL,0UL,1UL,18446744073709551615UL}},{{0x43C00EEBEB99C015LL,0x0CC19AB5AA9D242ELL,18446744073709551610UL,0x5E720F54F738DB22LL,0xDB237E2CA82E93B6LL,1UL},{18446744073709551610UL,0x7A4C6684E8D7FF0BLL,18446744073709551615UL,18446744073709551614UL,0UL,0x43C00EEBEB99C015LL},{0x22A6657A919E5419LL,18446744073709551614UL,2UL,1UL,8UL,0UL},{1UL,8UL,0UL,0x47684A5798870B37LL,0UL,1UL},{0x0CC19AB5AA9D242ELL,0xDB237E2CA82E93B6LL,18446744073709551615UL,1UL,0x72090F9CF50E4B46LL,0x47684A5798870B37LL},{0x72090F9CF50E4B46LL,0x45221BA827CF5738LL,0x5E720F54F738DB22LL,0xE3FC80C5262C0850LL,1UL,18446744073709551614UL}},{{0x5E720F54F738DB22LL,1UL,18446744073709551615UL,0x408CDC70526E61A6LL,18446744073709551615UL,1UL},{18446744073709551615UL,0x59A115EA95504247LL,0x72090F9CF50E4B46LL,18446744073709551615UL,18446744073709551614UL,0UL},{1UL,0x1CC0D6813F8C547FLL,18446744073709551610UL,0x37D67F3E8E036B6ALL,0x22A6657A919E5419LL,0x0CC19AB5AA9D242ELL},{0x84F583EF4C8A73D9LL,0x1CC0D6813F8C547FLL,0xE3BADF38E70E9EE1LL,0UL,18446744073709551614UL,0x5CCAEA4CC78B9398LL},{4UL,0x59A115EA95504247LL,0x408CDC70526E61A6LL,0x22A6657A919E5419LL,18446744073709551615UL,18446744073709551607UL},{0x59A115EA95504247LL,1UL,0xAA2DF500C330E0E3LL,8UL,1UL,1UL}},{{18446744073709551615UL,0x45221BA827CF5738LL,1UL,0UL,0x72090F9CF50E4B46LL,0xDB237E2CA82E93B6LL},{0xAA2DF500C330E0E3LL,0xDB237E2CA82E93B6LL,8UL,4UL,0UL,18446744073709551615UL},{0x27CDBA00669673C8LL,8UL,0x7A4C6684E8D7FF0BLL,0x7A4C6684E8D7FF0BLL,8UL,0x27CDBA00669673C8LL},{0UL,18446744073709551614UL,1UL,1UL,0UL,0UL},{0UL,0x7A4C6684E8D7FF0BLL,0xDB237E2CA82E93B6LL,18446744073709551615UL,0x408CDC70526E61A6LL,0x45A15B627429123ELL},{0UL,0x27CDBA00669673C8LL,18446744073709551615UL,1UL,0x84F583EF4C8A73D9LL,18446744073709551610UL}}};
                    uint16_t *l_1221[4][4] = {{&g_229,&g_229,&g_312,&g_229},{(void*)0,&g_648,(void*)0,&g_312},{(void*)0,&g_312,&g_312,(void*)0},{&g_229,&g_312,&g_229,&g_312}};
                    int32_t l_1232 = 0x8D9E38A0L;
                    int32_t ** const **l_1273 = (void*)0;
                    int32_t ** const ***l_1272 = &l_1273;
                    int i, j, k;
                    for (g_19 = 6; (g_19 >= 3); g_19 -= 1)
                    { /* block id: 34 */
                        uint32_t *l_32[2][2][5] = {{{&g_33,&g_33,&g_33,&g_33,&g_33},{(void*)0,&g_33,(void*)0,(void*)0,&g_33}},{{&g_33,(void*)0,(void*)0,&g_33,(void*)0},{&g_33,&g_33,&g_33,&g_33,&g_33}}};
                        int32_t *l_1163 = &g_16;
                        int32_t **l_1162 = &l_1163;
                        uint8_t *l_1206 = (void*)0;
                        uint8_t *l_1207 = &g_1208;
                        int i, j, k;
                        (*l_1162) = func_20(((*l_1207) &= ((func_26(p_11, (g_33++), l_36[1][3][0], l_32[0][1][2], func_37(g_19, ((func_41(l_43) , (void*)0) == ((*l_1162) = (p_12 , &g_19))), &g_1134)) ^ p_11) , 0x16L)), p_12, l_36[2][2][0], l_1209, l_1210);
                        return p_12.f0;
                    }
                    if ((g_7[g_4][g_16] |= (safe_rshift_func_uint8_t_u_s((safe_sub_func_uint32_t_u_u((safe_rshift_func_uint16_t_u_u((g_312--), 8)), (l_1225 || (safe_div_func_int32_t_s_s(l_36[1][2][3], (safe_mul_func_uint8_t_u_u((0UL <= (((l_1232 = (l_1230 != l_1231[0][1])) ^ l_1233) , l_1209)), (safe_lshift_func_uint8_t_u_s(((!(l_1237 = 0x561BL)) || (p_12.f0 == g_358)), 5))))))))), 6))))
                    { /* block id: 603 */
                        int8_t *l_1243[1];
                        int16_t *l_1274 = &g_243;
                        int64_t l_1276 = 1L;
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1243[i] = (void*)0;
                        l_1237 = (safe_rshift_func_int8_t_s_u(p_11, (safe_mul_func_int8_t_s_s((l_1244 = (safe_unary_minus_func_uint16_t_u((l_43 , l_1237)))), ((l_1276 &= (safe_mod_func_int32_t_s_s(((safe_rshift_func_uint8_t_u_u(((((**g_730) = ((p_12.f0 != (safe_add_func_uint8_t_u_u(p_12.f0, (safe_mul_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(((((*g_15) & (safe_sub_func_int64_t_s_s((safe_rshift_func_uint8_t_u_s((safe_div_func_uint64_t_u_u((safe_mod_func_uint32_t_u_u((safe_add_func_uint8_t_u_u(((((safe_lshift_func_int16_t_s_s(((*l_1274) = (safe_add_func_uint64_t_u_u((**g_730), ((((((((g_602 == 0x78D2L) == l_36[0][2][1]) == l_1225) , 18446744073709551607UL) >= p_12.f0) , l_1269) != l_1272) , p_11)))), g_16)) ^ p_11) < g_148[0]) <= g_615), p_11)), 8UL)), p_11)), l_1209)), p_11))) & g_311[7]) != g_1275), 0L)) <= l_1210), g_7[g_14][g_14]))))) & p_12.f0)) || l_1210) , l_1222), 5)) < p_11), l_43))) < l_1277)))));
                    }
                    else
                    { /* block id: 609 */
                        uint32_t l_1278[1];
                        int i;
                        for (i = 0; i < 1; i++)
                            l_1278[i] = 0UL;
                        return l_1278[0];
                    }
                }
                for (g_358 = 0; (g_358 == 51); ++g_358)
                { /* block id: 615 */
                    uint64_t l_1297 = 0x4EC6BE8CCE67CEF4LL;
                    uint32_t *l_1302 = (void*)0;
                    int8_t *l_1304[5];
                    uint32_t *l_1305 = &g_151;
                    int32_t l_1306 = 0L;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1304[i] = (void*)0;
                    l_1306 |= (safe_mul_func_uint16_t_u_u(((((((safe_unary_minus_func_int16_t_s(((l_1284 == (void*)0) < (((safe_mod_func_uint16_t_u_u(0xFDCBL, (safe_unary_minus_func_int64_t_s((+(((*l_1305) ^= ((((~0x9FL) | (p_11 > ((safe_add_func_int32_t_s_s((safe_add_func_int8_t_s_s(((safe_rshift_func_int8_t_s_s((l_1209 = (~((((((l_1297 <= (g_7[g_14][g_14] = (safe_mul_func_uint8_t_u_u(g_358, ((p_12 , (l_1237 = (safe_lshift_func_int16_t_s_s((l_1297 >= 250UL), p_12.f0)))) , 250UL))))) , l_1237) || l_1303) , p_12.f0) > p_11) , l_1237))), l_1297)) || (-2L)), 249UL)), p_12.f0)) <= 0L))) ^ g_98) && p_11)) == 0xC08BB7B2L)))))) , g_182) , 4294967290UL)))) && 0UL) , 1L) >= 0x50L) , p_11) == 0xCC2BA004L), g_14));
                }
            }
            else
            { /* block id: 622 */
                int32_t *l_1307 = &l_1237;
                (*g_64) |= p_11;
                l_1307 = &l_1209;
                (*g_64) = (((((((void*)0 == l_1310) > 1UL) <= ((*l_1307) = (safe_rshift_func_int8_t_s_s((((safe_lshift_func_uint16_t_u_u(l_1315, p_12.f0)) , (safe_div_func_uint16_t_u_u((((safe_sub_func_uint16_t_u_u(((((**g_730) = (safe_mul_func_uint16_t_u_u(0UL, (safe_add_func_int64_t_s_s(0x6BFA44D14B97321BLL, l_1303))))) ^ (&g_927 != &g_927)) && 0x1AC1L), g_891[2])) || p_11) , 65535UL), (*l_1307)))) , 1L), p_11)))) ^ 0L) , g_13.f0) , p_12.f0);
                (*g_1327) = func_51(&g_7[g_14][g_14], &l_1237, &l_1237, (safe_sub_func_uint16_t_u_u(65528UL, (p_12.f0 >= (*l_1307)))), l_1284);
            }
        }
    }
    if (((safe_sub_func_uint8_t_u_u(p_12.f0, ((safe_sub_func_uint16_t_u_u(((void*)0 == (*g_1327)), (((safe_mul_func_int16_t_s_s((safe_mod_func_int8_t_s_s((l_1222 = (safe_sub_func_uint32_t_u_u((((*l_1341) = l_43) , (g_358 = (safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s((l_1233 = (((*l_1347) = g_128) ^ g_602)), ((~((((p_11 ^ ((safe_mod_func_uint32_t_u_u(((p_12 , l_1354) == l_1354), p_11)) >= 0xC4BCCA59E8593B52LL)) , p_11) > (**g_730)) == l_1222)) ^ g_114))), g_245)))), p_11))), g_245)), g_7[0][1])) > p_12.f0) | p_11))) || l_1233))) | 6L))
    { /* block id: 637 */
        int32_t *l_1355 = &g_7[2][3];
        int32_t *l_1356 = &g_1275;
        int32_t *l_1357 = &l_1233;
        int32_t *l_1358[8][4] = {{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0},{&g_85,(void*)0,&g_85,(void*)0}};
        int8_t l_1377 = 1L;
        int64_t **l_1389 = (void*)0;
        uint8_t *l_1392 = (void*)0;
        uint8_t *l_1393 = &g_770;
        uint32_t *l_1394 = &g_358;
        uint8_t *l_1395[6][8] = {{&g_114,&g_1208,&g_114,&g_114,&g_1208,&g_114,(void*)0,(void*)0},{&g_114,&g_1208,&g_114,&g_1208,(void*)0,(void*)0,&g_1208,&g_114},{(void*)0,(void*)0,&g_114,&g_114,&g_114,&g_114,&g_1208,&g_1208},{&g_114,(void*)0,&g_114,&g_114,&g_114,&g_114,(void*)0,&g_1208},{(void*)0,(void*)0,(void*)0,(void*)0,&g_1208,(void*)0,(void*)0,(void*)0},{&g_1208,&g_114,&g_1208,(void*)0,&g_114,&g_1208,(void*)0,&g_114}};
        int32_t ***l_1480 = &g_1019;
        uint32_t l_1567 = 0x2048350FL;
        int i, j;
        ++l_1360[3][1];
        if ((safe_mul_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((l_1359[0] &= (+(((safe_mul_func_uint8_t_u_u((safe_sub_func_int32_t_s_s((safe_lshift_func_uint8_t_u_s((safe_div_func_int64_t_s_s(5L, (+((*l_1394) = (l_1377 && ((safe_mod_func_uint32_t_u_u(((((*l_1357) == (*l_1357)) & g_635) != (((((*l_1355) = (safe_div_func_int32_t_s_s(((~((safe_sub_func_int8_t_s_s((safe_mod_func_int8_t_s_s(0L, (p_11 | g_221))), ((*l_1393) = ((safe_mod_func_int64_t_s_s(((((l_43 != 0x58L) >= l_1233) , l_1389) == l_1390[1][3]), 0xFBC7C1E3D6BBF0E3LL)) >= (*l_1355))))) != g_229)) , (*l_1356)), p_11))) != 0x82623400F1E4E8E0LL) || 1L) , 0xFAL)), (*l_1356))) >= g_14)))))), 0)), g_148[0])), (-6L))) > 0x7498F8D494912A33LL) , g_312))), 255UL)) == p_12.f0), (-1L))))
        { /* block id: 643 */
            int8_t **l_1396 = (void*)0;
            int32_t l_1405 = 3L;
            (*g_1400) = l_1396;
            (*g_1401) = (*g_442);
            for (g_358 = 0; (g_358 <= 1); g_358 += 1)
            { /* block id: 648 */
                struct S0 l_1418 = {1L};
                int i;
                (*l_1356) |= (((safe_lshift_func_int16_t_s_u(g_885[(g_358 + 4)], 6)) , (~g_85)) == l_1405);
                for (g_98 = 0; (g_98 <= 1); g_98 += 1)
                { /* block id: 652 */
                    int32_t *l_1417 = &g_85;
                    int i, j;
                    (*l_1357) |= (!(((*l_1393) &= (safe_add_func_int8_t_s_s((!(safe_sub_func_uint16_t_u_u(p_11, (((safe_mod_func_int16_t_s_s(p_12.f0, ((safe_lshift_func_uint8_t_u_s(g_1416[0][3][0], (func_78(func_51(l_1417, (*g_538), &l_1359[1], p_11, (l_1418 , &g_98))) , 0x4FL))) ^ (-1L)))) != l_1405) <= g_135.f0)))), 0xA5L))) > 1L));
                }
            }
        }
        else
        { /* block id: 657 */
            int8_t l_1419 = 0x1BL;
            uint64_t ***l_1451 = &g_730;
            uint64_t ****l_1450 = &l_1451;
            int32_t l_1482 = 0xF624658CL;
            const int64_t * const l_1494 = &g_471;
            const int64_t * const *l_1493[7];
            const int64_t * const **l_1492 = &l_1493[1];
            uint8_t l_1510 = 0x97L;
            int32_t l_1537 = 4L;
            int32_t l_1542 = 0x384BA807L;
            int32_t l_1552 = 0x2963597FL;
            int32_t l_1563 = 0xE1C0883EL;
            int32_t **l_1586 = &l_1356;
            int i;
            for (i = 0; i < 7; i++)
                l_1493[i] = &l_1494;
            if ((((void*)0 != &p_11) , l_1419))
            { /* block id: 658 */
                uint16_t l_1420 = 0UL;
                int32_t * const l_1426 = &g_7[2][3];
                ++l_1420;
                for (g_4 = 3; (g_4 >= 1); g_4 -= 1)
                { /* block id: 662 */
                    int8_t l_1423[5] = {0xFEL,0xFEL,0xFEL,0xFEL,0xFEL};
                    uint32_t **l_1427 = &l_1394;
                    int i;
                    if (l_1423[0])
                        break;
                    if ((safe_sub_func_uint64_t_u_u(((l_1340 == ((*l_1427) = func_51(l_1394, (*g_442), l_1426, g_358, &l_1360[3][1]))) , (safe_sub_func_int32_t_s_s((((0x6EB804C6L < ((*l_1394)--)) <= ((void*)0 != l_1432)) && 0x2E06908FL), 0x95B0CA09L))), (*l_1356))))
                    { /* block id: 666 */
                        (*g_64) ^= (0xF79EDBA4E2CBB563LL < (l_1435 = (-6L)));
                    }
                    else
                    { /* block id: 669 */
                        return g_135.f0;
                    }
                    return (*l_1426);
                }
                for (g_14 = (-12); (g_14 == 20); ++g_14)
                { /* block id: 676 */
                    (*l_1426) = p_12.f0;
                }
                (*l_1426) ^= p_11;
            }
            else
            { /* block id: 680 */
                int64_t ***l_1444 = &l_1390[3][0];
                int64_t ***l_1445 = &l_1389;
                const int32_t l_1464 = 0xC827ABD3L;
                uint64_t l_1466 = 6UL;
                uint32_t *l_1475 = &g_1453;
                int32_t **l_1486 = &l_1358[4][2];
                int32_t *** const l_1485 = &l_1486;
                (*l_1356) = (((((safe_mod_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((p_11 | ((safe_mul_func_uint16_t_u_u((((*l_1445) = ((*l_1444) = l_1389)) == (*l_1433)), 1UL)) >= (safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((*l_1357) ^ (l_1450 == &g_928)), g_1452[0])), g_14)))), p_11)) < (*l_1357)), g_243)) , 0xB715L) <= g_891[7]) , 3UL) & 0L);
                (*l_1356) = ((p_11 , g_1453) < (safe_mul_func_int16_t_s_s((((*g_1059) < p_11) || (safe_lshift_func_int8_t_s_u((p_12 , (*l_1357)), 4))), (((safe_mod_func_int64_t_s_s((safe_mod_func_int16_t_s_s((l_1359[1] == (safe_rshift_func_uint8_t_u_u((l_1464 > ((*l_1347) = ((-1L) & g_635))), p_11))), p_12.f0)), l_1465)) == l_1466) > l_1464))));
                g_16 &= (((0x326FF30EB6724206LL ^ ((safe_lshift_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((((-1L) == (((safe_div_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((l_1475 != (void*)0), (((**g_1399) = (safe_sub_func_int8_t_s_s((l_1482 = (safe_lshift_func_uint16_t_u_u((l_1480 == l_1481), 10))), ((safe_sub_func_int32_t_s_s(((g_1134 == (((***g_1169) || (*g_1213)) < p_12.f0)) > 0x70L), g_885[0])) & 0xE36B5AEA587F6FDFLL)))) == 1L))) , l_1464), (*l_1355))) , l_1419) || g_1452[0])) , g_229), g_151)), 2)) , 0L)) , l_1485) != (void*)0);
            }
            for (g_770 = 22; (g_770 >= 19); --g_770)
            { /* block id: 692 */
                int64_t ***l_1489[8][9][3] = {{{(void*)0,&l_1390[1][3],&l_1389},{&l_1390[1][4],(void*)0,&l_1390[2][0]},{&l_1390[1][3],&l_1390[6][2],&l_1389},{&l_1389,&l_1389,&l_1389},{&l_1390[1][3],&l_1389,&l_1390[1][3]},{&l_1389,(void*)0,(void*)0},{&l_1390[6][7],&l_1389,&l_1390[6][7]},{&l_1390[1][3],&l_1390[1][3],&l_1390[4][7]},{&l_1390[0][1],(void*)0,(void*)0}},{{(void*)0,&l_1389,(void*)0},{&l_1390[1][3],(void*)0,&l_1390[1][3]},{(void*)0,&l_1389,&l_1389},{&l_1390[0][1],(void*)0,&l_1389},{&l_1390[1][3],&l_1390[1][3],(void*)0},{&l_1390[6][7],&l_1390[1][3],&l_1389},{&l_1389,&l_1390[3][0],&l_1390[1][3]},{&l_1390[1][3],&l_1390[2][1],&l_1390[1][4]},{&l_1389,&l_1390[5][4],&l_1389}},{{&l_1390[1][3],&l_1390[6][4],&l_1390[1][3]},{&l_1390[1][4],(void*)0,&l_1390[5][4]},{(void*)0,(void*)0,(void*)0},{&l_1390[1][3],&l_1389,&l_1390[6][6]},{&l_1389,(void*)0,&l_1389},{(void*)0,&l_1390[1][3],&l_1390[1][3]},{(void*)0,&l_1390[0][0],&l_1390[1][3]},{&l_1390[5][4],&l_1389,&l_1389},{&l_1390[1][3],&l_1389,&l_1390[0][6]}},{{&l_1390[0][1],&l_1390[0][0],&l_1389},{&l_1390[1][3],&l_1390[1][3],(void*)0},{&l_1389,(void*)0,&l_1390[6][6]},{&l_1390[1][3],&l_1389,(void*)0},{&l_1390[0][6],(void*)0,&l_1390[1][3]},{&l_1390[1][3],(void*)0,&l_1389},{(void*)0,&l_1390[6][4],&l_1389},{(void*)0,&l_1390[5][4],&l_1390[6][6]},{(void*)0,&l_1390[2][1],(void*)0}},{{&l_1390[2][0],&l_1390[3][0],&l_1389},{&l_1390[1][3],&l_1390[1][3],&l_1390[4][7]},{&l_1390[1][3],&l_1390[1][3],&l_1390[5][4]},{&l_1390[1][4],(void*)0,&l_1390[1][3]},{&l_1389,&l_1389,&l_1389},{&l_1390[2][0],(void*)0,&l_1390[1][3]},{(void*)0,&l_1389,&l_1389},{&l_1390[1][3],(void*)0,&l_1390[1][3]},{&l_1390[6][7],&l_1390[1][3],&l_1390[5][4]}},{{&l_1390[1][3],&l_1389,&l_1390[4][7]},{&l_1390[0][6],(void*)0,&l_1389},{&l_1390[1][3],&l_1389,(void*)0},{&l_1390[6][4],&l_1389,&l_1390[6][6]},{(void*)0,&l_1390[6][2],&l_1389},{&l_1390[1][3],(void*)0,&l_1389},{&l_1390[1][3],&l_1390[1][3],&l_1390[1][3]},{(void*)0,&l_1390[1][3],&l_1390[1][3]},{&l_1390[6][6],&l_1390[1][3],&l_1390[2][0]}},{{&l_1390[1][3],&l_1390[6][6],&l_1390[1][3]},{&l_1390[0][6],&l_1390[1][3],&l_1390[3][3]},{&l_1390[1][7],&l_1389,&l_1389},{(void*)0,&l_1390[1][3],&l_1389},{(void*)0,(void*)0,&l_1390[0][6]},{&l_1390[1][7],&l_1389,(void*)0},{&l_1390[0][6],&l_1390[1][3],&l_1389},{&l_1390[1][3],&l_1390[6][4],&l_1389},{&l_1390[6][6],&l_1390[1][3],(void*)0}},{{&l_1390[1][3],(void*)0,&l_1390[1][3]},{(void*)0,&l_1389,&l_1390[6][7]},{&l_1390[6][7],&l_1390[1][3],&l_1390[3][3]},{&l_1389,&l_1390[6][4],&l_1390[1][3]},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_1389,&l_1390[1][3]},{&l_1389,&l_1390[1][4],&l_1390[1][4]},{&l_1390[3][6],(void*)0,&l_1390[1][3]},{&l_1389,&l_1389,&l_1389}}};
                int64_t ****l_1490 = (void*)0;
                int64_t ****l_1491 = &l_1489[2][1][2];
                int32_t l_1504 = 0xC0FE0C67L;
                int32_t l_1556[1][2][9] = {{{(-9L),0x04906452L,0x04906452L,(-9L),1L,0x764864EFL,1L,(-9L),0x04906452L},{1L,1L,0x0D36DB13L,0x764864EFL,0x508F5101L,0x764864EFL,0x0D36DB13L,1L,1L}}};
                int i, j, k;
                (*l_1357) |= ((((((*l_1491) = l_1489[2][1][2]) != l_1492) == (safe_add_func_uint32_t_u_u(((safe_lshift_func_int8_t_s_s(((**g_1399) = ((g_885[4] || 0x68L) >= (l_1419 , (safe_mul_func_int16_t_s_s(0x7BECL, (p_11 <= (**g_1399))))))), 7)) && ((safe_lshift_func_uint8_t_u_u((((void*)0 == &g_1212[0]) , g_16), l_1503)) >= p_11)), g_118))) , l_1504) , (-4L));
                (*g_1505) = &l_1482;
                for (g_118 = 5; (g_118 >= 2); g_118 -= 1)
                { /* block id: 699 */
                    int32_t *l_1511 = (void*)0;
                    int32_t l_1534 = (-1L);
                    int32_t l_1535 = 0xD5143BBDL;
                    int32_t l_1538 = 1L;
                    int32_t l_1557 = (-1L);
                    int32_t l_1559 = 0x0EC06FA8L;
                    int32_t l_1560[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_1560[i] = (-9L);
                    l_1511 = func_57(l_1394, &l_1482, (safe_add_func_int32_t_s_s(g_885[g_118], ((((void*)0 != &g_1211) & (l_1482 ^ (safe_mod_func_uint16_t_u_u(0UL, l_1510)))) == (((g_771 < 0L) | 0x35L) || g_358)))), l_1511, p_11);
                    if ((safe_div_func_uint16_t_u_u((p_11 < ((*l_1347) = ((((safe_add_func_int32_t_s_s(p_12.f0, g_148[0])) && ((((safe_lshift_func_int8_t_s_u(((safe_rshift_func_uint16_t_u_u(((void*)0 != &g_114), 13)) == ((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u(((((void*)0 == l_1511) , ((*l_1355) |= (((safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((!(((**g_1399) ^= 1L) , p_11)), p_11)), g_135.f0)) > g_1531) | p_11))) & g_182), p_11)), 0x818BL)) < 1UL)), 5)) | p_11) <= l_1504) , 8UL)) ^ g_19) & p_11))), p_11)))
                    { /* block id: 704 */
                        int16_t l_1532 = 0x4EF1L;
                        int32_t l_1533 = 0x37DA5518L;
                        int32_t l_1536[2];
                        int64_t **l_1550 = &l_1391;
                        struct S0 ****l_1551 = &g_899;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_1536[i] = 0xFC7F589EL;
                        ++l_1539[0][3][1];
                        g_1543++;
                        (*g_274) ^= (((safe_mod_func_int64_t_s_s(l_1419, (safe_rshift_func_int8_t_s_s((l_1550 != (*g_1211)), 5)))) , (-10L)) != (l_1551 != (void*)0));
                        ++l_1553;
                    }
                    else
                    { /* block id: 709 */
                        int32_t l_1558 = 0xF9322D9EL;
                        int32_t l_1561 = 4L;
                        int32_t l_1562 = 0x5E0BC537L;
                        int32_t l_1564 = 0x3426BDFEL;
                        int32_t l_1565 = 0xBC5DD840L;
                        int32_t l_1566[10] = {(-8L),(-8L),0xBCF797A0L,(-8L),(-8L),0xBCF797A0L,(-8L),(-8L),0xBCF797A0L,(-8L)};
                        int i;
                        l_1567++;
                    }
                }
            }
            if (((0x5899L > ((*l_1347) = ((void*)0 != l_1354))) , ((l_1563 != ((l_1537 &= ((safe_mod_func_uint32_t_u_u(g_98, ((safe_rshift_func_uint8_t_u_u((((~(~l_1482)) < 0L) == (safe_mod_func_uint64_t_u_u((safe_div_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(p_12.f0, ((**g_730) , g_1060))), g_358)), l_1542))), 7)) || p_12.f0))) != g_1584)) > g_98)) < (*l_1355))))
            { /* block id: 716 */
                int32_t * const *l_1585 = &g_274;
                (*l_1586) = ((l_1585 != (((*l_1393) = l_1542) , l_1586)) , (*g_1327));
            }
            else
            { /* block id: 719 */
                return g_118;
            }
        }
        l_1359[0] &= ((*l_1357) && 0x71L);
    }
    else
    { /* block id: 724 */
        int64_t l_1611 = 1L;
        struct S0 l_1625 = {1L};
        int32_t l_1638 = 0L;
        int64_t **l_1647 = (void*)0;
        struct S0 ** const l_1651 = &g_773;
        uint64_t **l_1652 = &g_731[1];
        int32_t **l_1658 = &l_1644;
        uint64_t l_1664 = 1UL;
        uint16_t *l_1692 = (void*)0;
        int8_t l_1747 = 6L;
        int32_t l_1777 = 0x4DA51802L;
        int32_t l_1780 = 7L;
        int32_t l_1782 = 1L;
        int32_t l_1783 = 7L;
        int32_t l_1789 = 1L;
        int32_t l_1790 = 1L;
        int32_t l_1791 = 5L;
        int32_t l_1792[9][10] = {{0x26639699L,0xD5799588L,0L,1L,0L,0xD5799588L,0x26639699L,0x76875451L,0xC53C2D43L,1L},{0L,1L,0xD5799588L,7L,3L,0x4A860FA2L,0x657F6679L,0L,0x24A162BCL,0x76875451L},{7L,1L,0xB7071940L,5L,0L,0x9643B89CL,0x26639699L,1L,0x75DCEBD1L,0x75DCEBD1L},{0xDF43DB92L,0xD5799588L,1L,1L,1L,1L,0xD5799588L,0xDF43DB92L,(-8L),1L},{0xB7071940L,(-8L),3L,0L,0x7C35F4A1L,0L,0x4A860FA2L,(-4L),0x26639699L,1L},{0xC53C2D43L,0xE44607E6L,3L,0x7C35F4A1L,1L,(-4L),0x9643B89CL,0xDF43DB92L,0L,0x4A860FA2L},{0xC69754A7L,1L,1L,1L,(-1L),1L,1L,1L,0xC69754A7L,0x657F6679L},{0x4A860FA2L,0x26639699L,0xB7071940L,0x657F6679L,0x362081BBL,0xDF43DB92L,0L,0L,3L,0xC69754A7L},{0L,0xE23F78A0L,0xD5799588L,0x657F6679L,0x26639699L,0x362081BBL,(-4L),0x76875451L,0xC69754A7L,0xDF43DB92L}};
        uint8_t *l_1828 = &g_1208;
        int32_t ***l_1845 = &l_1658;
        int32_t ****l_1844 = &l_1845;
        int8_t **l_1880[2];
        uint64_t ***l_1888 = (void*)0;
        uint64_t *** const *l_1887 = &l_1888;
        uint64_t *** const **l_1886 = &l_1887;
        uint16_t l_1917 = 0x912AL;
        int32_t ** const *l_1954 = &g_1019;
        int32_t l_2021 = 0x9E6E5526L;
        int32_t **l_2109 = (void*)0;
        uint32_t l_2140[5][4][7] = {{{0x1CB53CDBL,0UL,4294967295UL,0x61F67F98L,0xD5D81345L,4294967295UL,0x38C7AB33L},{0x0BC79B1AL,0UL,0xD5D81345L,0x623C6A06L,4294967293UL,4294967295UL,2UL},{2UL,4294967295UL,0x2ED696B5L,0xA589FC02L,0xF1D1F102L,2UL,4294967288UL},{0UL,0UL,4294967292UL,0x4E11937BL,0xDAB9A5FEL,4294967295UL,0x623C6A06L}},{{0x97EFDCFEL,0x623C6A06L,0x5FC5E8F9L,0xD1F686A3L,0UL,4294967295UL,1UL},{0UL,0x8B7BFFDFL,0x02DBA2D3L,2UL,0x38C7AB33L,2UL,0x02DBA2D3L},{4294967295UL,4294967295UL,0x1CB53CDBL,0UL,4294967292UL,0UL,1UL},{0x34B23463L,0x27FEF690L,0xD5D81345L,4294967288UL,0xA589FC02L,6UL,0x3482C16FL}},{{0x5FC5E8F9L,0UL,4294967293UL,9UL,4294967292UL,0xD5D81345L,0xA589FC02L},{1UL,0xD5D81345L,1UL,0x2ED696B5L,0x38C7AB33L,0xC9EBC214L,0xD1F686A3L},{0x576E045EL,0x34B23463L,0xBA7BBA31L,0x0714AF4BL,0UL,4294967295UL,4294967295UL},{2UL,0x6FA967CCL,4294967295UL,0x0714AF4BL,0xDAB9A5FEL,0x61F67F98L,4294967293UL}},{{0xC9EBC214L,9UL,0xF1D1F102L,0x2ED696B5L,0xF1D1F102L,9UL,0xC9EBC214L},{0xDAB9A5FEL,4294967295UL,0x0714AF4BL,9UL,4294967295UL,1UL,0xE55E592AL},{4294967292UL,4294967293UL,0UL,4294967288UL,1UL,1UL,0x1CB53CDBL},{0xDF012F6DL,0x38C7AB33L,0x0714AF4BL,0UL,0xD1F686A3L,0UL,0UL}},{{0x2ED696B5L,0xA589FC02L,0xF1D1F102L,2UL,4294967288UL,4294967295UL,0x38C7AB33L},{6UL,4294967295UL,4294967295UL,0xD1F686A3L,0x97EFDCFEL,0x0BC79B1AL,0xBA7BBA31L},{0x02DBA2D3L,4294967295UL,0xBA7BBA31L,0x4E11937BL,0x5FC5E8F9L,0xF1D1F102L,0xF1D1F102L},{4294967295UL,0xA589FC02L,1UL,0xA589FC02L,4294967295UL,0x02DBA2D3L,6UL}}};
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_1880[i] = &g_1050[1];
        for (g_98 = 0; (g_98 <= 4); g_98 += 1)
        { /* block id: 727 */
            uint16_t l_1610 = 65535UL;
            int32_t l_1620 = 0x1BA9A73FL;
            uint8_t *l_1636 = &g_1208;
            int64_t **l_1649 = &l_1391;
            struct S0 **l_1650 = &g_773;
            int32_t l_1665 = 0x60E323A7L;
            uint64_t l_1696 = 0x7E043155189A1DFDLL;
            int32_t l_1751 = 0x8E88528CL;
            int32_t l_1775 = (-7L);
            int32_t l_1778 = 0xECE97AF6L;
            int32_t l_1784 = (-5L);
            int32_t l_1788[8][3] = {{(-2L),(-2L),(-2L)},{0x0E42DEEAL,0x0E42DEEAL,0x0E42DEEAL},{(-2L),(-2L),(-2L)},{0x0E42DEEAL,0x0E42DEEAL,0x0E42DEEAL},{(-2L),(-2L),(-2L)},{0x0E42DEEAL,0x0E42DEEAL,0x0E42DEEAL},{(-2L),(-2L),(-2L)},{0x0E42DEEAL,0x0E42DEEAL,0x0E42DEEAL}};
            uint64_t l_1793 = 0xD20737FBB5FE61A7LL;
            int32_t **l_1834 = &g_406[4];
            int8_t ***l_1879[1][9];
            uint64_t * const *l_1892 = &g_731[1];
            uint64_t * const **l_1891 = &l_1892;
            uint64_t * const ***l_1890 = &l_1891;
            uint64_t * const ****l_1889 = &l_1890;
            uint32_t l_1989 = 0xC11F34C0L;
            const uint32_t * const l_2135 = &g_771;
            int32_t l_2147 = 1L;
            int i, j;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 9; j++)
                    l_1879[i][j] = (void*)0;
            }
            if (l_1360[3][1])
                break;
        }
    }
    if ((safe_mod_func_uint16_t_u_u((8UL ^ (safe_lshift_func_uint8_t_u_u(((*l_2207) = (safe_rshift_func_int8_t_s_s((-10L), (((safe_unary_minus_func_int32_t_s((p_11 & (*l_1644)))) >= (&g_770 != &l_1872[0][0])) > (g_2197 == ((safe_add_func_int64_t_s_s(((safe_add_func_uint8_t_u_u(((*l_2204) &= ((((*l_2179) = (((*g_64) = (p_12.f0 | ((((l_2202[3] , &g_1170) == (*l_1432)) , l_2203) != (*l_2179)))) ^ (*l_2179))) | (*l_1644)) , g_1584)), p_12.f0)) ^ p_11), 0x561360C3C4B92F06LL)) , l_2205)))))), p_11))), g_13.f0)))
    { /* block id: 1006 */
        int32_t **l_2210 = (void*)0;
        int32_t ***l_2209 = &l_2210;
        int32_t l_2249[1][1][9] = {{{1L,1L,1L,1L,1L,1L,1L,1L,1L}}};
        struct S0 l_2275[6] = {{1L},{1L},{1L},{1L},{1L},{1L}};
        uint8_t l_2286[3];
        struct S0 ****l_2332 = &g_899;
        uint8_t l_2371 = 0xD1L;
        uint32_t l_2378 = 18446744073709551615UL;
        uint32_t **l_2379[1][7] = {{&l_2206,&l_2206,&l_2206,&l_2206,&l_2206,&l_2206,&l_2206}};
        int32_t l_2422 = 9L;
        int32_t * const l_2454 = &g_1275;
        uint64_t ***l_2503 = (void*)0;
        const uint8_t *l_2506 = &g_2507;
        uint64_t * const ** const *l_2548 = (void*)0;
        uint64_t * const ** const **l_2547 = &l_2548;
        uint64_t l_2585 = 18446744073709551612UL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2286[i] = 9UL;
        if (((~((*g_1171) >= (*l_2179))) ^ ((l_2211 = l_2209) != (void*)0)))
        { /* block id: 1008 */
            const uint64_t l_2219 = 18446744073709551614UL;
            int32_t l_2240 = (-6L);
            int32_t l_2241 = 2L;
            int32_t l_2252 = 0L;
            int32_t l_2253 = 0x4C557CC6L;
            int32_t l_2254 = (-1L);
            int32_t l_2257[5][10][5] = {{{0x1B6EF510L,0xDDAA2AC9L,0xD7E39646L,0x2F149E76L,0xF341B968L},{0x490CDE64L,(-1L),0L,0x0664ACCAL,0x393B2832L},{1L,(-4L),0x183B2716L,0L,0x5E5D7D65L},{0x5C25089CL,0x544E3C7EL,0x195D3335L,0L,(-1L)},{0x61968282L,(-1L),2L,(-2L),(-10L)},{0x544E3C7EL,0x6382630CL,0x3F10A985L,0x61968282L,0x7CE4DA87L},{8L,0xD33764B1L,1L,0xB32E3FD2L,(-2L)},{0x183B2716L,0xD33764B1L,0x0CD52EEEL,0xA456F91AL,1L},{(-4L),0x6382630CL,0x7CE4DA87L,0L,(-2L)},{0x0664ACCAL,(-1L),7L,3L,0x5C25089CL}},{{(-4L),(-5L),0L,0xD7E39646L,(-1L)},{0xF341B968L,0x25E1BFB2L,0L,0xA8900F89L,(-1L)},{0x5BE82CC4L,3L,0x393B2832L,0x393B2832L,3L},{0x15F81A5DL,0xF3DA4F25L,0x5C25089CL,0x1A9F5FE6L,0xB40329BEL},{0x5C25089CL,0x61968282L,0x79466E29L,0L,0L},{0x2C79ECC9L,0xA0EC4C75L,0xD33764B1L,(-1L),0xC127F319L},{0x5C25089CL,0x17950B61L,0x544E3C7EL,0x25E1BFB2L,0x056AC05CL},{0x15F81A5DL,0x5BE82CC4L,0xA0EC4C75L,1L,0x4F811304L},{0x5BE82CC4L,(-1L),(-1L),(-2L),0x402E9FC2L},{0xF341B968L,0x393B2832L,0x1816AA11L,0x15F81A5DL,3L}},{{(-4L),8L,0xA8900F89L,0x183B2716L,0x3F10A985L},{0x0664ACCAL,1L,1L,1L,0xB32E3FD2L},{(-4L),1L,0x4DE10DF1L,0xF3DA4F25L,1L},{0x183B2716L,0x402E9FC2L,0x48D333F5L,0L,1L},{8L,4L,0L,0xB40329BEL,0xB32E3FD2L},{0x544E3C7EL,0xB40329BEL,0L,5L,0x3F10A985L},{0x61968282L,0x59BA67BCL,5L,0x1816AA11L,3L},{2L,0xB32E3FD2L,0x0664ACCAL,0x7CE4DA87L,0x402E9FC2L},{0L,(-2L),3L,(-1L),0x4F811304L},{0x59BA67BCL,0x195D3335L,0x195D3335L,0x59BA67BCL,0x056AC05CL}},{{1L,0x0664ACCAL,0x490CDE64L,0x056AC05CL,0xC127F319L},{0L,0x5C25089CL,(-1L),1L,0L},{(-1L),0x1816AA11L,5L,0x056AC05CL,0xB40329BEL},{0xB40329BEL,0x4DE10DF1L,0x402E9FC2L,0x59BA67BCL,3L},{(-2L),0x3F10A985L,(-5L),(-1L),(-1L)},{1L,0xDDAA2AC9L,0L,0x7CE4DA87L,(-1L)},{1L,0x4E691E1FL,(-1L),0x1816AA11L,0x5C25089CL},{0x48D333F5L,0x1B6EF510L,0xD7E39646L,5L,(-2L)},{(-1L),2L,3L,0xB40329BEL,1L},{(-10L),0x7CE4DA87L,(-9L),0L,(-2L)}},{{5L,(-4L),(-9L),0xF3DA4F25L,0x7CE4DA87L},{3L,(-1L),3L,1L,(-10L)},{0x7CE4DA87L,0L,(-2L),0xC127F319L,(-1L)},{0x2F149E76L,(-9L),(-1L),0x183B2716L,0x91C66BF6L},{(-1L),0L,1L,1L,0x5BE82CC4L},{0xDDAA2AC9L,0x59BA67BCL,0x490CDE64L,(-1L),0x490CDE64L},{(-4L),(-4L),0xD33764B1L,5L,0xF341B968L},{0x402E9FC2L,0x4E691E1FL,2L,(-1L),0x183B2716L},{0xB32E3FD2L,0xA456F91AL,3L,1L,(-1L)},{0xA0EC4C75L,0x4E691E1FL,0x59BA67BCL,(-10L),0x2C79ECC9L}}};
            int32_t **** const l_2261[2][1][6] = {{{&l_2211,&l_2209,&l_2209,&l_2209,&l_2209,&l_2211}},{{(void*)0,&l_2211,&l_2209,&l_2211,(void*)0,(void*)0}}};
            int i, j, k;
            for (l_1435 = 0; (l_1435 <= (-15)); l_1435--)
            { /* block id: 1011 */
                int32_t *l_2215 = &g_85;
                const int32_t **l_2238 = (void*)0;
                const int32_t ***l_2237 = &l_2238;
                int16_t *l_2239[10][3] = {{(void*)0,&g_70,&g_70},{(void*)0,&g_1827,&g_243},{(void*)0,&g_1827,(void*)0},{&g_70,(void*)0,&g_243},{(void*)0,(void*)0,&g_70},{&g_1827,(void*)0,(void*)0},{&g_70,&g_1827,(void*)0},{&g_1827,&g_1827,&g_1827},{(void*)0,&g_70,(void*)0},{&g_70,&g_70,(void*)0}};
                int32_t l_2250 = 0x5B0F867BL;
                int32_t l_2251[2];
                int64_t l_2255 = 0L;
                int i, j;
                for (i = 0; i < 2; i++)
                    l_2251[i] = (-1L);
                l_2215 = l_2215;
                if ((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_int8_t_s(l_2219)), (safe_rshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((((safe_div_func_uint32_t_u_u((((safe_sub_func_int64_t_s_s(8L, (l_2241 = ((0xC46D6E6FC587A0F0LL <= ((+(((((l_2240 &= (safe_sub_func_uint16_t_u_u((((((safe_add_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((((void*)0 == (*l_1634)) <= (*l_2215)) , (safe_add_func_int16_t_s_s(g_245, (g_70 ^= (0x62L >= ((void*)0 != l_2237)))))), g_421[1])), (*l_2215))) != p_12.f0) || l_2219) , p_12.f0) , g_648), g_885[0]))) < 65535UL) && p_12.f0) ^ g_358) ^ p_11)) >= g_7[2][3])) >= 1L)))) , g_597) && p_12.f0), p_12.f0)) ^ 0x30L) >= g_245), p_11)), 14)))))
                { /* block id: 1016 */
                    int32_t l_2243 = 0x6FCD7B91L;
                    int32_t *l_2244 = &g_4;
                    int32_t *l_2245 = &l_1359[1];
                    int32_t *l_2246 = &l_1359[0];
                    int32_t *l_2247 = &l_2240;
                    int32_t *l_2248[3][7][9] = {{{&g_19,&g_2144[0][0][1],&g_7[2][0],&g_19,&g_14,&g_19,&g_4,&g_2144[0][0][1],&l_1359[0]},{&g_7[2][3],&l_2241,&l_2243,&g_4,&g_2144[0][0][1],&g_14,&l_1359[0],&l_1233,(void*)0},{&l_2243,&l_2241,&g_4,&g_4,&g_14,&g_4,&g_4,&l_2241,&l_2243},{(void*)0,&g_14,&g_4,&l_1233,&g_85,(void*)0,&g_7[2][0],&l_1233,&g_4},{(void*)0,&l_1359[1],&l_2243,(void*)0,&g_7[2][3],(void*)0,&g_19,&l_1233,(void*)0},{(void*)0,&g_85,&g_7[2][0],(void*)0,&g_14,&l_1359[0],&l_1233,&l_1233,&g_19},{&l_2243,&l_1233,&g_19,&g_7[2][0],&g_1275,(void*)0,&l_1359[0],&l_1233,(void*)0}},{{&g_7[2][3],&g_85,&g_14,(void*)0,&l_1359[1],&l_1359[0],(void*)0,&l_2241,(void*)0},{&g_19,&g_19,&g_7[2][3],(void*)0,&g_4,(void*)0,&g_14,&l_1233,&g_4},{&g_4,&g_2144[0][0][1],&l_1359[0],&g_7[2][0],&g_19,(void*)0,&l_1359[1],&g_2144[0][0][1],&l_1359[1]},{&g_4,&g_19,(void*)0,(void*)0,&g_19,&g_4,&g_19,&g_85,&l_1359[1]},{&l_1233,&g_85,(void*)0,(void*)0,&l_1233,&g_14,&g_4,&g_85,&g_4},{(void*)0,&l_2243,&l_1359[0],&l_2241,&g_4,&l_1222,&g_16,&g_4,&l_1359[0]},{&l_1359[0],(void*)0,&l_1222,&l_2240,&g_4,&l_1359[0],&g_1275,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,&g_7[0][1],&l_1359[0],(void*)0,&l_2243,&g_4,&g_16},{(void*)0,&g_7[2][0],&l_1222,&l_1359[0],&g_4,&l_2243,(void*)0,&g_19,&l_2241},{(void*)0,&l_1359[0],&l_1359[0],&l_2243,&g_4,&g_1275,(void*)0,&g_7[2][3],&l_2240},{(void*)0,&g_4,&g_1275,(void*)0,&g_19,&l_2241,&l_2241,&g_19,(void*)0},{&l_1359[0],&l_1222,&l_1359[0],&l_2241,(void*)0,&l_2241,&l_1359[0],&g_4,&l_1222},{&g_2144[4][1][1],&l_1233,&l_2243,&l_1359[0],&g_7[2][3],&g_1275,(void*)0,(void*)0,(void*)0},{&l_2241,(void*)0,&l_2243,&l_2241,(void*)0,&l_2243,&g_7[0][1],&g_4,&l_1359[0]}}};
                    uint16_t l_2258[2];
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_2258[i] = 3UL;
                    (*g_2242) = (*g_805);
                    ++l_2258[1];
                    return p_12.f0;
                }
                else
                { /* block id: 1020 */
                    int32_t *l_2262 = &l_2251[1];
                    int32_t l_2280 = (-4L);
                    int32_t l_2281 = 5L;
                    (*l_1644) = (l_2261[0][0][5] == &l_2237);
                    if ((*g_64))
                    { /* block id: 1022 */
                        volatile int32_t * volatile *l_2265 = &g_2264;
                        l_2263 = ((*l_2212) = l_2262);
                        (*g_442) = l_2262;
                        (*l_2265) = g_2264;
                        (*l_2215) = (~(safe_mul_func_uint8_t_u_u(((safe_mod_func_int16_t_s_s(p_12.f0, (safe_lshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u(p_12.f0, (1L == ((*g_1171) , (l_2275[5] , ((safe_rshift_func_uint8_t_u_s(g_243, 3)) , p_12.f0)))))), 11)))) > ((((+p_12.f0) , (*g_773)) , p_11) , (-2L))), p_11)));
                    }
                    else
                    { /* block id: 1028 */
                        int32_t l_2279 = (-1L);
                        int32_t l_2282 = 0xE2EE5669L;
                        int32_t l_2283 = 0x8D92F933L;
                        int32_t l_2284 = 0x43323AF2L;
                        int32_t l_2285 = 0x87BE945EL;
                        if (l_2279)
                            break;
                        --l_2286[2];
                        if ((*l_2262))
                            break;
                    }
                    if (p_11)
                        break;
                }
            }
        }
        else
        { /* block id: 1036 */
            int32_t l_2304 = 0x9EBE28CCL;
            uint16_t l_2329 = 1UL;
            int32_t l_2377 = (-1L);
            int32_t l_2382 = 0xB253CE82L;
            struct S0 *l_2407 = &l_2275[3];
            int32_t l_2423 = (-7L);
            int32_t l_2424 = 0L;
            int32_t l_2425 = (-10L);
            int32_t l_2429 = (-1L);
            int64_t l_2430 = (-4L);
            int32_t l_2431 = (-1L);
            int32_t l_2432 = 0x6D052D8DL;
            int32_t *l_2588 = &g_2144[2][1][0];
            int32_t *l_2589 = &l_1359[0];
            int32_t *l_2590 = &l_2249[0][0][8];
            int32_t *l_2591[2];
            uint32_t l_2592[5] = {0x57A78FE8L,0x57A78FE8L,0x57A78FE8L,0x57A78FE8L,0x57A78FE8L};
            struct S0 l_2595 = {0x56E569AF53ABEA12LL};
            int i;
            for (i = 0; i < 2; i++)
                l_2591[i] = &l_1233;
            for (g_14 = 11; (g_14 <= (-23)); --g_14)
            { /* block id: 1039 */
                int32_t **l_2363 = &g_406[2];
                int32_t l_2381 = (-4L);
                int32_t l_2421[9][2] = {{0xC821F997L,1L},{(-1L),(-1L)},{(-6L),(-1L)},{(-1L),1L},{(-1L),(-1L)},{(-6L),(-1L)},{(-1L),1L},{0xC821F997L,0xC821F997L},{(-6L),0xC821F997L}};
                uint16_t *l_2478[3][8][1] = {{{(void*)0},{&l_2433},{(void*)0},{&g_1543},{&l_2433},{&g_2137},{&g_2416},{&g_2137}},{{&l_2433},{&g_1543},{(void*)0},{&l_2433},{(void*)0},{&g_1543},{&l_2433},{&g_2137}},{{&g_2416},{&g_2137},{&l_2433},{&g_1543},{(void*)0},{&l_2433},{(void*)0},{&g_1543}}};
                int16_t *l_2479 = &g_70;
                uint64_t l_2489 = 0xB5C86E0DFFA39066LL;
                int8_t ***l_2517[9] = {&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399,&g_1399};
                int64_t **l_2532 = &l_1391;
                int i, j, k;
                if (p_11)
                { /* block id: 1040 */
                    uint32_t l_2301 = 0xB737B946L;
                    uint32_t l_2327[8] = {0xF316C588L,0xF90F5E88L,0xF316C588L,0xF90F5E88L,0xF316C588L,0xF90F5E88L,0xF316C588L,0xF90F5E88L};
                    int32_t l_2328 = 0x99BEB1C5L;
                    uint32_t *l_2331 = &l_1912[0];
                    uint32_t **l_2330 = &l_2331;
                    int32_t *l_2418 = (void*)0;
                    int32_t *l_2419 = &l_2308;
                    int32_t *l_2420[2];
                    int i;
                    for (i = 0; i < 2; i++)
                        l_2420[i] = (void*)0;
                    if ((((safe_mul_func_int16_t_s_s(((safe_add_func_uint8_t_u_u((safe_div_func_uint32_t_u_u(((safe_sub_func_int16_t_s_s(0x14B2L, ((((*l_2205) = (*l_2205)) != ((*l_2330) = &g_358)) != (***g_1169)))) == 0x01C2L), 0x390B3936L)), p_12.f0)) == 0x2237L), p_11)) <= (*l_2179)) , (*g_64)))
                    { /* block id: 1048 */
                        uint32_t l_2364 = 8UL;
                        int32_t l_2372 = 0x9F7D9BCDL;
                        uint64_t *l_2373 = &l_1539[0][3][1];
                        int16_t *l_2376 = (void*)0;
                        (*g_2333) = l_2332;
                        l_2382 = (safe_lshift_func_int8_t_s_u(((safe_sub_func_int64_t_s_s((safe_add_func_int32_t_s_s((safe_sub_func_uint32_t_u_u(((((safe_sub_func_int8_t_s_s((l_2344 != (((***g_1169) > (safe_mul_func_uint16_t_u_u(65535UL, (((safe_add_func_int64_t_s_s((safe_div_func_uint16_t_u_u(((safe_mod_func_int64_t_s_s((safe_sub_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(4L, ((((safe_mul_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((*g_2067) != l_2363), (((***l_2344) &= l_2364) != ((((safe_rshift_func_uint8_t_u_s((safe_mod_func_int32_t_s_s((safe_add_func_uint16_t_u_u(l_2371, (((*l_2373)--) , ((((((l_2377 = l_2364) >= g_148[0]) | 3L) || p_12.f0) , p_12.f0) && (-5L))))), p_12.f0)), 5)) < (*g_64)) || l_2378) , 0xE058B21F7839AD1ELL)))) , p_12.f0), p_12.f0)) , l_2379[0][6]) == (void*)0) > 4294967295UL))), 255UL)), 0UL)), 18446744073709551615UL)) ^ g_2380), g_891[7])), p_11)) , l_2381) ^ 0x4886L)))) , (void*)0)), p_11)) , (void*)0) == (void*)0) , g_220), 0xDA564F45L)), p_12.f0)), (-1L))) , p_12.f0), (*l_2263)));
                        (*l_2263) &= (safe_add_func_int64_t_s_s(((p_12.f0 == (l_2381 || (safe_add_func_uint8_t_u_u(g_243, p_11)))) & p_11), p_12.f0));
                        (*l_2212) = &l_2382;
                    }
                    else
                    { /* block id: 1056 */
                        int16_t *l_2408[9][8][1] = {{{&g_118},{(void*)0},{&g_118},{&g_243},{(void*)0},{&g_118},{&g_243},{&g_70}},{{&g_118},{&g_70},{&g_243},{(void*)0},{&g_70},{(void*)0},{&g_243},{&g_70}},{{&g_118},{&g_70},{&g_243},{&g_118},{(void*)0},{&g_243},{&g_118},{(void*)0}},{{&g_118},{&g_243},{(void*)0},{&g_118},{&g_243},{&g_70},{&g_118},{&g_70}},{{&g_243},{(void*)0},{&g_70},{(void*)0},{&g_243},{&g_70},{&g_118},{&g_70}},{{&g_243},{&g_118},{(void*)0},{&g_243},{&g_118},{(void*)0},{&g_1827},{(void*)0}},{{&g_118},{(void*)0},{&g_243},{&g_243},{&g_118},{&g_118},{&g_70},{&g_118}},{{&g_1827},{&g_118},{&g_70},{&g_118},{&g_118},{&g_243},{&g_243},{(void*)0}},{{&g_118},{(void*)0},{&g_1827},{&g_243},{&g_1827},{(void*)0},{&g_118},{(void*)0}}};
                        uint64_t * const ***l_2409 = (void*)0;
                        uint64_t * const l_2413[7] = {&g_2415,&g_2415,&g_2415,&g_2415,&g_2415,&g_2415,&g_2415};
                        uint64_t * const *l_2412[2][5];
                        uint64_t * const **l_2411 = &l_2412[1][0];
                        uint64_t * const ***l_2410 = &l_2411;
                        int32_t l_2417 = (-5L);
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                        {
                            for (j = 0; j < 5; j++)
                                l_2412[i][j] = &l_2413[0];
                        }
                        l_2417 = (0xB0A6L < (safe_mul_func_uint8_t_u_u((((safe_rshift_func_uint16_t_u_u(((~0x8CL) | (safe_lshift_func_uint16_t_u_s(((&g_898 == (void*)0) ^ 0x9031L), (((safe_div_func_int16_t_s_s((g_243 |= (((((safe_rshift_func_int8_t_s_s(((safe_div_func_int64_t_s_s((l_2301 < (safe_rshift_func_uint16_t_u_s((((*l_2410) = ((safe_div_func_int8_t_s_s((l_2382 &= (p_12.f0 ^ g_311[2])), (((safe_mul_func_int16_t_s_s(((*l_2263) &= ((((***l_2344) = (+((g_1804[0] &= (g_471 = ((l_2407 == (void*)0) , p_11))) && l_2327[6]))) , p_11) | p_11)), p_11)) , g_311[7]) || p_12.f0))) , (void*)0)) != (void*)0), 0))), p_11)) , p_11), 1)) , p_11) < g_2416) | g_2416) == g_1275)), (-1L))) <= p_12.f0) != p_12.f0)))), l_2417)) <= 0xE4L) , 255UL), l_2417)));
                    }
                    (*g_1715) = (void*)0;
                    ++g_2426[0][8][0];
                    l_2433--;
                }
                else
                { /* block id: 1069 */
                    int32_t *l_2441 = &l_2423;
                    for (g_177 = 0; (g_177 != (-6)); g_177 = safe_sub_func_int32_t_s_s(g_177, 6))
                    { /* block id: 1072 */
                        return g_2032;
                    }
                    for (g_635 = 25; (g_635 >= (-10)); --g_635)
                    { /* block id: 1077 */
                        int32_t *l_2440 = (void*)0;
                        int32_t **l_2451[10][7][3] = {{{(void*)0,&g_406[4],(void*)0},{&g_406[1],&g_406[4],&g_406[2]},{&g_406[2],&g_406[0],&g_406[4]},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],(void*)0},{&g_406[4],(void*)0,&g_406[2]},{(void*)0,&g_406[2],&g_406[0]}},{{(void*)0,&g_406[4],&g_406[4]},{(void*)0,&g_406[0],(void*)0},{&g_406[4],&g_406[4],&g_406[1]},{&g_406[4],&g_406[4],(void*)0},{&g_406[4],&g_406[2],(void*)0},{&g_406[2],&g_406[4],&g_406[4]},{&g_406[1],&g_406[0],&g_406[4]}},{{(void*)0,(void*)0,&g_406[1]},{&g_406[4],(void*)0,&g_406[2]},{(void*)0,&g_406[4],&g_406[2]},{(void*)0,&g_406[4],&g_406[1]},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],(void*)0}},{{&g_406[4],(void*)0,(void*)0},{&g_406[0],&g_406[4],&g_406[1]},{&g_406[1],&g_406[4],(void*)0},{&g_406[3],&g_406[4],&g_406[4]},{(void*)0,&g_406[0],&g_406[0]},{&g_406[4],&g_406[4],&g_406[2]},{&g_406[2],&g_406[4],(void*)0}},{{(void*)0,&g_406[4],&g_406[4]},{&g_406[4],(void*)0,&g_406[4]},{&g_406[4],&g_406[4],&g_406[2]},{(void*)0,&g_406[4],(void*)0},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],(void*)0},{&g_406[3],&g_406[4],&g_406[4]}},{{&g_406[3],(void*)0,&g_406[4]},{&g_406[4],(void*)0,&g_406[0]},{&g_406[4],&g_406[0],(void*)0},{(void*)0,&g_406[4],&g_406[1]},{&g_406[4],&g_406[2],&g_406[1]},{&g_406[4],&g_406[4],&g_406[4]},{(void*)0,&g_406[4],&g_406[2]}},{{&g_406[2],&g_406[0],&g_406[1]},{&g_406[4],&g_406[4],&g_406[4]},{(void*)0,&g_406[2],&g_406[1]},{&g_406[3],(void*)0,&g_406[2]},{&g_406[1],&g_406[4],&g_406[4]},{&g_406[0],&g_406[4],&g_406[1]},{&g_406[4],&g_406[0],&g_406[1]}},{{&g_406[4],&g_406[4],(void*)0},{&g_406[4],&g_406[4],&g_406[0]},{&g_406[4],(void*)0,&g_406[4]},{(void*)0,&g_406[0],&g_406[4]},{&g_406[3],&g_406[4],(void*)0},{(void*)0,(void*)0,&g_406[4]},{&g_406[4],(void*)0,&g_406[1]}},{{&g_406[1],(void*)0,(void*)0},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],&g_406[4]},{(void*)0,&g_406[4],&g_406[4]},{(void*)0,(void*)0,&g_406[4]},{(void*)0,(void*)0,&g_406[4]},{(void*)0,&g_406[4],&g_406[4]}},{{(void*)0,&g_406[4],&g_406[3]},{(void*)0,&g_406[4],&g_406[3]},{(void*)0,&g_406[4],(void*)0},{&g_406[4],(void*)0,&g_406[1]},{&g_406[4],&g_406[4],&g_406[4]},{&g_406[1],&g_406[4],&g_406[4]},{&g_406[4],&g_406[4],&g_406[0]}}};
                        int i, j, k;
                        (*l_2212) = func_51(l_2440, func_51(l_2441, ((safe_lshift_func_uint16_t_u_u((((safe_add_func_uint64_t_u_u(((!(safe_add_func_uint64_t_u_u(p_11, (255UL | ((void*)0 == l_2451[4][0][2]))))) >= l_2430), (l_2421[4][0] = (p_12.f0 , (safe_mod_func_int16_t_s_s((*l_2263), g_4)))))) < g_148[0]) != p_12.f0), g_311[7])) , (void*)0), l_2440, p_12.f0, l_2441), l_2454, l_2377, &g_98);
                        if ((*g_504))
                            break;
                        (*g_2455) = &l_1347;
                    }
                    for (g_243 = (-12); (g_243 == 18); ++g_243)
                    { /* block id: 1085 */
                        l_2460 = ((*l_2179) = (l_2421[7][1] > g_771));
                    }
                }
                if (((((void*)0 == (*l_2344)) == ((*l_1432) == (void*)0)) , (safe_unary_minus_func_uint8_t_u(((*l_2207) = (p_12.f0 , ((((safe_lshift_func_uint16_t_u_s((((***g_1211) >= (((*l_2479) = ((safe_sub_func_int32_t_s_s(((safe_rshift_func_uint8_t_u_u((safe_add_func_uint16_t_u_u((l_2425 ^= (safe_div_func_uint16_t_u_u(((*l_1347) = 0xF389L), ((safe_div_func_uint16_t_u_u(((safe_mul_func_uint8_t_u_u((0x2F54D7D783D8B824LL ^ ((safe_add_func_int64_t_s_s((g_245 & 1L), 0xFF4ED39A44DA636DLL)) && 0x59E74493L)), p_12.f0)) , p_12.f0), p_11)) && 18446744073709551609UL)))), 0x7838L)), 5)) || 0x86FBL), 0xDD99D97BL)) && 0x11ED2F5AL)) == (*l_2454))) , (*l_2263)), l_2429)) , 0x1E8A32C819DA8299LL) < (**g_730)) && p_11)))))))
                { /* block id: 1094 */
                    int32_t *l_2480 = &g_7[2][3];
                    int32_t *l_2481 = &l_1359[0];
                    int32_t *l_2482 = &l_2421[6][0];
                    int32_t *l_2483 = &l_1222;
                    int32_t *l_2484 = &g_2144[4][0][1];
                    int32_t *l_2485 = &l_2249[0][0][0];
                    int32_t *l_2486 = (void*)0;
                    int32_t *l_2487 = &g_2144[0][0][1];
                    int32_t *l_2488[7][8] = {{&l_1233,(void*)0,&g_2144[3][0][0],(void*)0,&g_2144[3][0][0],(void*)0,&l_1233,&g_7[2][3]},{&l_2429,&g_7[2][3],&l_2423,&l_2249[0][0][0],&g_85,&l_1233,(void*)0,&g_2144[3][0][0]},{&g_4,(void*)0,&l_2425,&l_2425,&g_85,&g_4,&l_2431,(void*)0},{&l_2429,&l_1359[1],&l_2249[0][0][0],&g_2144[3][0][0],&g_2144[3][0][0],&l_2249[0][0][0],&l_1359[1],&l_2429},{&l_1233,(void*)0,&g_85,&l_2423,(void*)0,&g_4,&g_2144[3][0][0],&g_85},{&g_2144[3][0][1],(void*)0,&g_7[2][3],&l_2425,&l_2423,&g_4,&l_1233,&g_4},{&l_2377,(void*)0,&g_4,&l_2249[0][0][0],&l_2431,&l_2249[0][0][0],&g_4,(void*)0}};
                    int i, j;
                    ++l_2489;
                }
                else
                { /* block id: 1096 */
                    int8_t **l_2492 = &g_1050[1];
                    (*l_2263) = l_2489;
                    for (l_2460 = 0; (l_2460 <= 1); l_2460 += 1)
                    { /* block id: 1100 */
                        int8_t ***l_2493 = &g_1399;
                        int i, j;
                        g_7[(l_2460 + 1)][(l_2460 + 6)] |= (l_2492 == ((*l_2493) = (void*)0));
                        return g_7[(l_2460 + 5)][(l_2460 + 5)];
                    }
                    (*g_64) = l_2381;
                }
                (*g_64) ^= (p_11 , p_11);
                for (l_1435 = 0; (l_1435 <= 0); l_1435 += 1)
                { /* block id: 1110 */
                    const uint8_t *l_2505 = (void*)0;
                    const uint8_t **l_2504[8] = {&l_2505,&l_2505,&l_2505,&l_2505,&l_2505,&l_2505,&l_2505,&l_2505};
                    int16_t *l_2516 = &g_118;
                    int32_t *l_2543 = &g_85;
                    uint64_t * const **l_2546 = (void*)0;
                    uint64_t * const ** const *l_2545[6][4] = {{&l_2546,&l_2546,&l_2546,&l_2546},{&l_2546,&l_2546,&l_2546,&l_2546},{&l_2546,&l_2546,&l_2546,&l_2546},{&l_2546,&l_2546,&l_2546,&l_2546},{&l_2546,&l_2546,&l_2546,&l_2546},{&l_2546,&l_2546,&l_2546,&l_2546}};
                    uint64_t * const ** const **l_2544[9];
                    int32_t l_2584[4];
                    int i, j;
                    for (i = 0; i < 9; i++)
                        l_2544[i] = &l_2545[0][1];
                    for (i = 0; i < 4; i++)
                        l_2584[i] = 0x0D0EAF78L;
                }
            }
            l_2592[2]++;
            l_2590 = &l_2432;
        }
        (*l_2212) = &l_2249[0][0][1];
    }
    else
    { /* block id: 1151 */
        int32_t *l_2597 = &g_2144[0][0][1];
        int32_t *l_2598 = &g_2144[0][0][1];
        int32_t *l_2599 = &g_1275;
        int32_t *l_2600[6][4][4] = {{{&l_1359[0],&l_1359[0],&l_1359[0],&l_2576},{&g_1275,&g_4,&l_2576,&l_2576},{&l_1359[0],&l_1359[0],&g_14,&g_4},{&g_4,&g_1275,&g_14,&g_1275}},{{&l_1359[0],&l_1359[0],&l_2576,&g_14},{&g_1275,&l_1359[0],&l_1359[0],&g_1275},{&l_1359[0],&g_1275,&l_1359[0],&g_4},{&l_1359[0],&l_1359[0],&l_1359[0],&l_2576}},{{&g_1275,&g_4,&l_2576,&l_2576},{&l_1359[0],&l_1359[0],&g_14,&g_4},{&g_4,&g_1275,&g_14,&g_1275},{&l_1359[0],&l_1359[0],&l_2576,&g_14}},{{&g_1275,&l_1359[0],&l_1359[0],&l_1359[0]},{&g_4,&l_1359[0],&l_1359[1],&l_2576},{&g_4,&l_1359[1],&g_4,&g_14},{&l_1359[0],&l_2576,&g_14,&g_14}},{{&l_1359[1],&l_1359[1],&l_1359[0],&l_2576},{&l_2576,&l_1359[0],&l_1359[0],&l_1359[0]},{&l_1359[1],&g_4,&g_14,&l_1359[0]},{&l_1359[0],&g_4,&g_4,&l_1359[0]}},{{&g_4,&l_1359[0],&l_1359[1],&l_2576},{&g_4,&l_1359[1],&g_4,&g_14},{&l_1359[0],&l_2576,&g_14,&g_14},{&l_1359[1],&l_1359[1],&l_1359[0],&l_2576}}};
        int32_t l_2601 = 0L;
        int32_t l_2604 = (-10L);
        int i, j, k;
        l_2605--;
        return p_11;
    }
    return g_33;
}


/* ------------------------------------------ */
/* 
 * reads : g_1211 g_538 g_274
 * writes: g_1211
 */
static int32_t * func_20(uint8_t  p_21, struct S0  p_22, uint64_t  p_23, int32_t  p_24, uint16_t  p_25)
{ /* block id: 593 */
    const volatile int64_t ** volatile * volatile *l_1214 = &g_1211;
    (*l_1214) = g_1211;
    return (*g_538);
}


/* ------------------------------------------ */
/* 
 * reads : g_1169 g_4 g_898 g_899 g_246 g_80 g_538 g_274 g_442 g_16 g_114 g_471 g_13.f0 g_221 g_245 g_504 g_128 g_7 g_85 g_148 g_1170 g_1171 g_1172 g_118 g_648
 * writes: g_1168 g_899 g_114 g_81 g_146 g_274 g_471 g_245 g_7 g_64 g_358 g_85 g_70 g_229
 */
static uint64_t  func_26(uint16_t  p_27, uint32_t  p_28, uint16_t  p_29, int32_t * p_30, int64_t  p_31)
{ /* block id: 573 */
    int32_t l_1166 = (-7L);
    int64_t ****l_1167 = (void*)0;
    struct S0 ** const *l_1177[8] = {(void*)0,&g_900[2][5][1],(void*)0,(void*)0,&g_900[2][5][1],(void*)0,(void*)0,&g_900[2][5][1]};
    uint8_t *l_1178 = &g_114;
    int32_t l_1179 = 1L;
    uint64_t l_1180 = 18446744073709551611UL;
    int32_t **l_1181 = &g_274;
    struct S0 l_1184 = {0x0838CEA9B61CEF2FLL};
    uint32_t *l_1193 = &g_771;
    int32_t *l_1201[2][5] = {{&g_4,&g_85,&g_85,&g_85,&g_4},{&g_4,&g_85,&g_85,&g_85,&g_4}};
    int8_t l_1202 = 0x6FL;
    int64_t *l_1204 = &g_148[0];
    int64_t **l_1203 = &l_1204;
    int64_t **l_1205[3];
    int i, j;
    for (i = 0; i < 3; i++)
        l_1205[i] = &l_1204;
    if ((safe_mod_func_uint8_t_u_u(((((l_1166 = (&g_312 == &p_27)) == (((g_1168 = (void*)0) == g_1169) | g_4)) , ((*l_1181) = func_57(p_30, &l_1166, (func_78((func_78(((safe_div_func_int64_t_s_s((l_1166 |= (safe_add_func_uint8_t_u_u(((*l_1178) = ((((*g_898) = (*g_898)) == (l_1177[2] = l_1177[4])) < 0x4ADF382936DBF92ALL)), g_246[0]))), l_1179)) , (void*)0)) , (*g_538))) , p_27), &g_85, l_1180))) == &g_19), p_27)))
    { /* block id: 581 */
        int32_t ***l_1191 = (void*)0;
        int32_t ****l_1190 = &l_1191;
        uint16_t *l_1192 = &g_229;
        struct S0 *l_1194 = &g_135;
        l_1194 = (((l_1184 , ((!65535UL) || 9UL)) | (((safe_sub_func_uint32_t_u_u((p_29 != (safe_mod_func_int64_t_s_s((0xECA8L & (((***g_1169) || ((((*l_1192) = (&l_1181 != ((*l_1190) = &l_1181))) != g_118) , p_31)) <= p_31)), 1L))), g_128)) , l_1193) == (void*)0)) , l_1194);
    }
    else
    { /* block id: 585 */
        uint16_t l_1195 = 0x166DL;
        return l_1195;
    }
    l_1202 &= ((safe_rshift_func_uint16_t_u_s(g_648, 14)) < (&g_151 == (((void*)0 != l_1193) , p_30)));
    (*g_504) &= (l_1203 == (l_1205[1] = (void*)0));
    return p_31;
}


/* ------------------------------------------ */
/* 
 * reads : g_229
 * writes:
 */
static int64_t  func_37(uint32_t  p_38, uint64_t  p_39, uint32_t * p_40)
{ /* block id: 571 */
    return g_229;
}


/* ------------------------------------------ */
/* 
 * reads : g_7 g_13 g_80 g_148 g_229 g_15 g_16 g_85 g_3 g_159 g_160 g_246 g_19 g_358 g_81 g_311 g_118 g_146 g_135.f0 g_177 g_312 g_421 g_98 g_4 g_245 g_273 g_182 g_442 g_471 g_220 g_151 g_114 g_221 g_504 g_128 g_14 g_538 g_274 g_602 g_615 g_64 g_635 g_770 g_772 g_70 g_927 g_127 g_891 g_629 g_730 g_731
 * writes: g_64 g_70 g_81 g_229 g_85 g_246 g_151 g_243 g_148 g_358 g_177 g_406 g_312 g_274 g_98 g_114 g_146 g_471 g_245 g_7 g_128 g_602 g_615 g_648 g_771 g_773 g_118 g_770 g_891
 */
static uint64_t  func_41(int32_t  p_42)
{ /* block id: 36 */
    int32_t *l_44 = &g_7[2][3];
    int32_t *l_45[5][10] = {{(void*)0,&g_19,&g_19,(void*)0,&g_4,(void*)0,&g_7[7][7],&g_19,&g_7[5][8],&g_7[2][6]},{&g_16,&g_4,&g_14,&g_14,&g_7[5][8],&g_7[7][7],&g_19,&g_7[7][7],&g_7[5][8],&g_14},{&g_7[2][6],&g_16,&g_7[2][6],(void*)0,&g_4,&g_7[1][2],&g_7[5][8],(void*)0,&g_14,&g_14},{&g_14,&g_7[1][2],&g_4,&g_19,(void*)0,(void*)0,(void*)0,(void*)0,&g_19,&g_4},{&g_14,&g_14,&g_7[2][6],&g_4,&g_14,&g_16,&g_19,&g_7[7][7],(void*)0,(void*)0}};
    uint8_t l_46[7] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL};
    struct S0 l_758[7][7][5] = {{{{0L},{0x58748BE37D2EC7A0LL},{-2L},{0L},{-8L}},{{-9L},{0xCF4F7CB32CFCB150LL},{0xCF4F7CB32CFCB150LL},{-9L},{0x431AD5A757251111LL}},{{0x07FA5F0389B85CD1LL},{0x5E477391EC21AA97LL},{0x0A01EF594F852C58LL},{0x730C61CA9B4B1697LL},{0x380B2E0FDB5C2EE5LL}},{{0xD458C813BA26E4ABLL},{1L},{0xBCFF50843E1A043BLL},{1L},{-7L}},{{0x5A0C9A96D5ED112CLL},{0L},{0xFECC5331B20DD10ELL},{0x730C61CA9B4B1697LL},{0x997BD732563B8E7DLL}},{{-1L},{0xC4C7FDF33184897CLL},{4L},{-9L},{0xD458C813BA26E4ABLL}},{{-1L},{0L},{0x506CBC6B8435B771LL},{0L},{-1L}}},{{{0x18D4341BE32370B4LL},{-1L},{-7L},{-10L},{1L}},{{-5L},{0L},{-8L},{0x5E477391EC21AA97LL},{1L}},{{-6L},{0x7E97BFADCD5D7807LL},{-10L},{-1L},{1L}},{{0x1B9D64F81FCAA83BLL},{0x5E477391EC21AA97LL},{-6L},{0x18E62DF6B9FBA111LL},{-1L}},{{1L},{0xD458C813BA26E4ABLL},{9L},{9L},{0xD458C813BA26E4ABLL}},{{-8L},{0x58748BE37D2EC7A0LL},{0x5A0C9A96D5ED112CLL},{1L},{0x997BD732563B8E7DLL}},{{1L},{-8L},{-10L},{0x431AD5A757251111LL},{-7L}}},{{{-6L},{0x2EAF13FCF9695ADBLL},{6L},{0L},{0x07FA5F0389B85CD1LL}},{{0x18D4341BE32370B4LL},{0xD458C813BA26E4ABLL},{0xBCFF50843E1A043BLL},{0xC4C7FDF33184897CLL},{1L}},{{1L},{0x730C61CA9B4B1697LL},{0L},{0L},{0L}},{{0x431AD5A757251111LL},{4L},{0x7E97BFADCD5D7807LL},{-1L},{-7L}},{{-1L},{0x58748BE37D2EC7A0LL},{0x07FA5F0389B85CD1LL},{0L},{6L}},{{-5L},{1L},{0xECD70ED988F56A75LL},{0x7E97BFADCD5D7807LL},{-5L}},{{0x4839C18A09179CCELL},{0x58748BE37D2EC7A0LL},{-8L},{0x5E477391EC21AA97LL},{0xFECC5331B20DD10ELL}}},{{{-1L},{4L},{4L},{0xD458C813BA26E4ABLL},{0xD458C813BA26E4ABLL}},{{1L},{0x730C61CA9B4B1697LL},{1L},{0x58748BE37D2EC7A0LL},{0x380B2E0FDB5C2EE5LL}},{{-6L},{0xD458C813BA26E4ABLL},{4L},{-8L},{-5L}},{{0xFECC5331B20DD10ELL},{0x2EAF13FCF9695ADBLL},{-8L},{0L},{1L}},{{-9L},{-7L},{4L},{-5L},{-7L}},{{0x284FD399D9A152C6LL},{0x781F161E9A5B8100LL},{1L},{0x20034D2861823E21LL},{0x1B9D64F81FCAA83BLL}},{{1L},{-9L},{4L},{1L},{1L}}},{{{-5L},{0L},{-8L},{0x18E62DF6B9FBA111LL},{0L}},{{-9L},{0xA1F8F66EA76C295ELL},{0xECD70ED988F56A75LL},{0x431AD5A757251111LL},{-1L}},{{0x380B2E0FDB5C2EE5LL},{0L},{0x07FA5F0389B85CD1LL},{0x18E62DF6B9FBA111LL},{0x506CBC6B8435B771LL}},{{-6L},{2L},{0x7E97BFADCD5D7807LL},{1L},{-9L}},{{1L},{0x20034D2861823E21LL},{0L},{0x20034D2861823E21LL},{1L}},{{-1L},{-8L},{0xBCFF50843E1A043BLL},{-5L},{0x431AD5A757251111LL}},{{0xD169A830EA8C7B98LL},{0L},{6L},{0L},{6L}}},{{{-5L},{0x18D4341BE32370B4LL},{9L},{-8L},{0x431AD5A757251111LL}},{{-2L},{0L},{0xFECC5331B20DD10ELL},{0x58748BE37D2EC7A0LL},{1L}},{{0x431AD5A757251111LL},{4L},{0xCF4F7CB32CFCB150LL},{0xD458C813BA26E4ABLL},{-9L}},{{6L},{0x781F161E9A5B8100LL},{0x380B2E0FDB5C2EE5LL},{0x5E477391EC21AA97LL},{0x506CBC6B8435B771LL}},{{0x18D4341BE32370B4LL},{1L},{9L},{0x7E97BFADCD5D7807LL},{-1L}},{{0x5A0C9A96D5ED112CLL},{0x2EAF13FCF9695ADBLL},{1L},{0L},{0L}},{{0x18D4341BE32370B4LL},{0xCF4F7CB32CFCB150LL},{0xBCFF50843E1A043BLL},{-1L},{1L}}},{{{6L},{0x730C61CA9B4B1697LL},{0x1B9D64F81FCAA83BLL},{0L},{0x1B9D64F81FCAA83BLL}},{{0x431AD5A757251111LL},{0x431AD5A757251111LL},{0x7E97BFADCD5D7807LL},{0xC4C7FDF33184897CLL},{-7L}},{{-2L},{0x58748BE37D2EC7A0LL},{0L},{0L},{1L}},{{-5L},{0x7E97BFADCD5D7807LL},{0xECD70ED988F56A75LL},{1L},{-5L}},{{0xD169A830EA8C7B98LL},{0x58748BE37D2EC7A0LL},{0x506CBC6B8435B771LL},{0x5E477391EC21AA97LL},{0x380B2E0FDB5C2EE5LL}},{{-1L},{0x431AD5A757251111LL},{4L},{0xCF4F7CB32CFCB150LL},{0xD458C813BA26E4ABLL}},{{1L},{0x730C61CA9B4B1697LL},{1L},{0x58748BE37D2EC7A0LL},{0xFECC5331B20DD10ELL}}}};
    struct S0 **l_832 = (void*)0;
    uint32_t l_852 = 1UL;
    int32_t l_856 = 5L;
    int32_t * const l_887 = (void*)0;
    int32_t * const *l_886 = &l_887;
    uint32_t l_889 = 0xE9B4BBE1L;
    uint64_t ** const *l_925 = (void*)0;
    uint64_t ** const **l_924 = &l_925;
    uint32_t l_952 = 1UL;
    int32_t ***l_1073 = &g_1019;
    int32_t ****l_1072 = &l_1073;
    int32_t *****l_1071[6][8][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0,(void*)0,&l_1072},{&l_1072,(void*)0,&l_1072,&l_1072,&l_1072},{(void*)0,(void*)0,&l_1072,(void*)0,&l_1072},{(void*)0,&l_1072,&l_1072,&l_1072,(void*)0},{&l_1072,(void*)0,&l_1072,(void*)0,(void*)0},{&l_1072,&l_1072,&l_1072,(void*)0,&l_1072},{&l_1072,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1072,(void*)0,(void*)0}}};
    int16_t l_1093[1];
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1093[i] = 0x622EL;
    l_46[1]++;
lbl_774:
    for (p_42 = 0; (p_42 > 26); ++p_42)
    { /* block id: 40 */
        int32_t *l_63[3][8] = {{&g_19,&g_14,&g_14,&g_19,&g_14,&g_14,&g_19,&g_14},{&g_19,&g_19,&g_16,&g_19,&g_19,&g_16,&g_19,&g_19},{&g_14,&g_19,&g_14,&g_14,&g_19,&g_14,&g_14,&g_19}};
        uint64_t l_68 = 0x5D61FA6E79906C81LL;
        int16_t *l_69 = &g_70;
        int32_t **l_539 = &g_64;
        int i, j;
        (*g_538) = func_51(func_57(l_45[2][3], l_63[1][6], p_42, (g_64 = (void*)0), ((safe_unary_minus_func_uint8_t_u((g_114 = (((*l_69) = (l_68 = g_7[2][3])) || (((255UL <= (safe_mod_func_uint32_t_u_u(func_73((g_13 , func_78(&g_4)), g_7[2][3], &g_19, p_42), p_42))) & g_471) > p_42))))) < p_42)), l_44, &g_4, p_42, l_63[2][0]);
        (*l_539) = (void*)0;
    }
    for (g_128 = (-8); (g_128 < 44); g_128 = safe_add_func_uint8_t_u_u(g_128, 8))
    { /* block id: 294 */
        int32_t l_552 = (-2L);
        int32_t **l_567 = &l_45[0][5];
        int32_t **l_568 = &g_64;
        int16_t *l_569 = &g_243;
        int16_t *l_570[6][2];
        struct S0 l_578 = {4L};
        uint8_t l_695 = 252UL;
        int32_t l_838 = 0x7B25E418L;
        struct S0 * const * const l_854 = &g_773;
        const uint64_t **l_874 = (void*)0;
        const uint64_t ***l_873 = &l_874;
        int32_t **l_888 = &g_406[0];
        int32_t * const l_914[3][4][9] = {{{&g_16,(void*)0,(void*)0,&g_16,(void*)0,&l_552,&g_7[6][4],(void*)0,&l_552},{&g_16,&g_14,&g_16,&g_7[4][3],&g_14,&g_14,&g_7[4][3],&g_16,&g_14},{&g_7[6][4],(void*)0,&g_7[2][3],&l_552,(void*)0,(void*)0,&l_838,&g_7[2][3],&g_7[2][3]},{&g_16,&g_14,&g_14,&g_4,&g_14,&g_14,&g_16,&g_14,&g_16}},{{&g_16,(void*)0,&l_552,&g_7[6][4],(void*)0,&l_552,&l_838,&l_552,(void*)0},{&g_19,&g_14,&g_14,&g_19,(void*)0,&g_4,&g_7[4][3],&g_14,&g_4},{(void*)0,(void*)0,&g_7[2][3],&g_7[6][4],&g_19,&g_19,&g_7[6][4],&g_7[2][3],(void*)0},{&g_7[4][3],(void*)0,&g_16,&g_4,(void*)0,&g_14,&g_7[2][7],&g_16,&g_16}},{{(void*)0,&g_19,(void*)0,&l_552,(void*)0,&g_19,(void*)0,(void*)0,&g_7[2][3]},{&g_19,(void*)0,&g_4,&g_7[4][3],&g_14,&g_4,&g_7[2][7],&g_4,&g_14},{&g_16,(void*)0,(void*)0,&g_16,(void*)0,&l_552,&g_7[6][4],(void*)0,&l_552},{&g_16,&g_14,&g_16,&g_7[4][3],&g_14,&g_14,&g_7[4][3],&g_16,&g_14}}};
        uint32_t *l_923 = (void*)0;
        uint16_t l_972 = 0x57F4L;
        int32_t ** const *l_976 = &l_888;
        int32_t ** const **l_975 = &l_976;
        int32_t l_1014 = 0L;
        struct S0 ** const *l_1041 = &g_900[2][5][1];
        struct S0 ** const **l_1040 = &l_1041;
        int64_t *l_1083 = (void*)0;
        uint64_t l_1094[2];
        int64_t l_1104[5];
        uint8_t l_1121 = 0xDFL;
        int64_t l_1127[3][5][3];
        uint64_t *l_1156 = &g_602;
        int32_t l_1157 = 0x73A17A30L;
        int i, j, k;
        for (i = 0; i < 6; i++)
        {
            for (j = 0; j < 2; j++)
                l_570[i][j] = &g_118;
        }
        for (i = 0; i < 2; i++)
            l_1094[i] = 0UL;
        for (i = 0; i < 5; i++)
            l_1104[i] = 0L;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 5; j++)
            {
                for (k = 0; k < 3; k++)
                    l_1127[i][j][k] = (-5L);
            }
        }
        (*l_44) = 0x07E076A8L;
        if ((safe_sub_func_uint32_t_u_u(((safe_div_func_int64_t_s_s(((safe_rshift_func_int16_t_s_u(((*l_44) = ((safe_mod_func_uint8_t_u_u((((safe_unary_minus_func_int16_t_s(((*l_569) = (safe_unary_minus_func_int8_t_s((((l_552 ^ p_42) != (safe_sub_func_int64_t_s_s((l_552 < (safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((g_7[2][3] & (*l_44)), (safe_mul_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u(l_552, (((safe_mul_func_uint16_t_u_u((safe_add_func_uint8_t_u_u((0xC1C2F48704D29A4FLL > ((((*l_567) = (*g_273)) == ((*l_568) = l_44)) ^ g_114)), (*l_44))), 5UL)) > g_358) ^ 0x0B909EE2L))), 6L)))), 65527UL))), g_128))) <= 0UL)))))) >= 0xB4355D31L) >= (*l_44)), 0x08L)) | g_146)), 3)) > 0xA2BA30FDL), g_16)) != g_98), g_148[0])))
        { /* block id: 300 */
            uint32_t l_573 = 0xCFD87D1DL;
            uint8_t *l_592 = (void*)0;
            uint8_t *l_593 = (void*)0;
            uint8_t *l_594[7] = {&l_46[1],&l_46[1],&l_46[1],&l_46[1],&l_46[1],&l_46[1],&l_46[1]};
            int32_t l_622 = 1L;
            int32_t l_623 = 0xC10E5D80L;
            uint64_t *l_624 = &g_602;
            int16_t *l_728 = &g_70;
            const int64_t l_763 = 0L;
            uint32_t *l_822 = &g_151;
            struct S0 * const *l_831 = &g_773;
            uint64_t ***l_869 = (void*)0;
            int16_t l_903 = (-1L);
            int i;
            if ((safe_sub_func_uint16_t_u_u((l_573 && (safe_mul_func_uint8_t_u_u((((*l_44) && g_177) <= (l_578 , (((safe_div_func_int32_t_s_s((l_573 , (l_552 = (~(safe_mod_func_uint64_t_u_u(((safe_mod_func_uint64_t_u_u(((safe_add_func_int8_t_s_s(1L, ((g_114 ^= (((safe_rshift_func_int16_t_s_u(((*l_569) = p_42), (~(!l_573)))) < g_118) , g_221)) > l_573))) || (*g_15)), 0x9CFBAF210208F466LL)) , 9UL), p_42))))), 0xA2F2D957L)) , 1L) > 0x76L))), 0x0AL))), g_7[2][3])))
            { /* block id: 304 */
                const uint64_t *l_596 = &g_597;
                const uint64_t **l_595 = &l_596;
                uint64_t *l_601 = &g_602;
                int32_t l_613 = (-1L);
                uint64_t *l_614 = &g_615;
                int32_t ***l_628 = &l_568;
                if ((((*l_595) = &g_128) != (((~(l_623 ^= ((safe_sub_func_uint64_t_u_u(((*l_601)--), (safe_rshift_func_uint8_t_u_s((safe_add_func_uint16_t_u_u(4UL, ((safe_div_func_uint32_t_u_u((safe_mod_func_uint32_t_u_u((((++(*l_614)) || p_42) , (((void*)0 == &g_597) && ((safe_mod_func_int32_t_s_s(((((l_622 = ((*g_64) = (((safe_mod_func_uint16_t_u_u(g_311[7], 0x839FL)) >= (1UL >= g_245)) , l_573))) , (void*)0) != (void*)0) || g_421[1]), p_42)) == 0x3E40BD80L))), g_471)), l_573)) ^ p_42))), 1)))) > p_42))) != (-3L)) , l_624)))
                { /* block id: 311 */
                    int32_t ****l_630 = &l_628;
                    for (g_229 = 0; (g_229 >= 40); g_229 = safe_add_func_int32_t_s_s(g_229, 7))
                    { /* block id: 314 */
                        int64_t l_627 = (-2L);
                        if (l_627)
                            break;
                    }
                    (*l_630) = l_628;
                }
                else
                { /* block id: 318 */
                    uint16_t *l_646 = &g_229;
                    uint16_t *l_647 = &g_312;
                    int32_t l_649 = (-1L);
                    if ((**l_568))
                        break;
                    if (p_42)
                        continue;
                    l_649 = (g_246[0] >= (safe_add_func_uint8_t_u_u((safe_add_func_int32_t_s_s(g_635, (safe_div_func_uint16_t_u_u(((((*l_569) = (*l_44)) < (g_648 = ((((p_42 | p_42) ^ (((safe_lshift_func_uint8_t_u_s((g_114++), 2)) ^ 0xCD515E7FL) == g_615)) | (g_602++)) <= (safe_mul_func_int16_t_s_s((((*l_647) |= ((*l_646) = ((((-5L) & ((void*)0 == &g_177)) , &p_42) != &g_311[6]))) , p_42), p_42))))) ^ 5L), 0x9D96L)))), 0UL)));
                    if (l_649)
                        break;
                }
            }
            else
            { /* block id: 330 */
                int32_t l_673 = 0x381A9682L;
                int32_t l_699 = 9L;
                int32_t l_702 = 0x270315ABL;
                struct S0 l_725 = {-3L};
                int8_t l_739 = (-1L);
                for (g_243 = 26; (g_243 == 12); g_243 = safe_sub_func_uint32_t_u_u(g_243, 5))
                { /* block id: 333 */
                    const int8_t l_652[10][9][1] = {{{(-1L)},{(-1L)},{(-1L)},{1L},{(-1L)},{(-1L)},{(-1L)},{(-1L)},{1L}},{{(-1L)},{(-1L)},{(-1L)},{(-1L)},{1L},{(-1L)},{(-1L)},{(-1L)},{(-1L)}},{{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L},{0L},{0L}},{{1L},{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L},{0L}},{{0L},{1L},{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L}},{{0L},{0L},{1L},{(-1L)},{1L},{0L},{0L},{1L},{(-1L)}},{{1L},{0L},{0L},{1L},{(-1L)},{1L},{0L},{0L},{1L}},{{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L},{0L},{0L}},{{1L},{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L},{0L}},{{0L},{1L},{(-1L)},{1L},{0L},{0L},{1L},{(-1L)},{1L}}};
                    int32_t l_701[10] = {(-1L),0xB77DF27BL,(-1L),(-1L),0xB77DF27BL,(-1L),(-1L),0xB77DF27BL,(-1L),(-1L)};
                    uint64_t *l_726 = &g_602;
                    int i, j, k;
                }
                for (l_673 = 0; (l_673 >= 0); l_673 -= 1)
                { /* block id: 358 */
                    int64_t *l_742 = &g_245;
                    int64_t *l_743 = &g_471;
                    int32_t l_754 = 0L;
                    int32_t l_755[2][3][4] = {{{0x0FAB8363L,0xE20901C5L,2L,0xB30EAFC0L},{0xE20901C5L,(-4L),(-4L),0xE20901C5L},{0xB0E0FCBEL,0xB30EAFC0L,(-4L),0x64A3E023L}},{{0xE20901C5L,0x0FAB8363L,2L,0x0FAB8363L},{0x0FAB8363L,(-4L),0xB0E0FCBEL,0x0FAB8363L},{0xB0E0FCBEL,0x0FAB8363L,0x64A3E023L,0x64A3E023L}}};
                    int8_t *l_764[8];
                    uint64_t l_769 = 18446744073709551615UL;
                    int i, j, k;
                    for (i = 0; i < 8; i++)
                        l_764[i] = &g_177;
                    (*l_44) = 0x8216E74DL;
                    l_755[1][1][1] = (safe_div_func_int64_t_s_s(((*l_743) = ((*l_742) = g_148[l_673])), (l_754 = (l_622 && (g_221 == (safe_mul_func_uint16_t_u_u(((((g_177 , ((((safe_mod_func_uint16_t_u_u(l_623, (safe_mod_func_uint8_t_u_u(((0xE5L | (safe_sub_func_int16_t_s_s((safe_add_func_int16_t_s_s(0xB0E3L, (g_13.f0 & l_673))), p_42))) < g_114), g_114)))) , p_42) & (-1L)) ^ l_739)) && (*l_44)) == 3UL) , p_42), l_673)))))));
                    g_771 = ((**l_568) ^= (p_42 , (safe_div_func_uint8_t_u_u((l_758[4][1][0] , ((safe_lshift_func_int8_t_s_u((func_78(((safe_add_func_uint16_t_u_u((((((p_42 >= (p_42 && (-1L))) | l_763) <= ((((l_702 = p_42) ^ (safe_rshift_func_uint16_t_u_s((((safe_add_func_uint8_t_u_u(l_622, 0x14L)) == p_42) != 0xA7B4L), l_573))) != p_42) , l_769)) , 0xDB1BL) & (-1L)), g_128)) , &l_755[1][1][2])) , g_85), p_42)) , g_770)), p_42))));
                }
                (*g_772) = &l_758[4][1][0];
            }
            if (g_85)
                goto lbl_774;
            for (g_85 = 10; (g_85 < (-7)); g_85 = safe_sub_func_uint32_t_u_u(g_85, 8))
            { /* block id: 373 */
                uint16_t l_782 = 1UL;
                struct S0 **l_814 = &g_773;
                struct S0 ***l_813 = &l_814;
                uint8_t l_816 = 0xBBL;
                int64_t *l_835 = &g_245;
                int32_t l_836 = (-10L);
                uint64_t l_839 = 1UL;
                const uint64_t *l_872 = &g_602;
                const uint64_t **l_871 = &l_872;
                const uint64_t ***l_870[8] = {&l_871,&l_871,&l_871,&l_871,&l_871,&l_871,&l_871,&l_871};
                int i;
            }
            (**l_568) &= l_623;
        }
        else
        { /* block id: 429 */
            int32_t l_906[8];
            int32_t **l_911 = &g_274;
            int i;
            for (i = 0; i < 8; i++)
                l_906[i] = 0x290EC511L;
            l_906[0] ^= 0L;
            (**l_568) = ((((-1L) >= (safe_lshift_func_uint16_t_u_u(g_615, (safe_mod_func_uint16_t_u_u((func_78((*l_568)) , (g_471 , p_42)), 3UL))))) , (func_78((*g_538)) , l_911)) == &g_64);
        }
        for (g_70 = 0; (g_70 == (-5)); --g_70)
        { /* block id: 435 */
            int32_t l_929 = 0L;
            int32_t **l_949 = &l_45[2][8];
            int32_t l_954[6] = {0xD096D150L,0xF5541379L,0xD096D150L,0xD096D150L,0xF5541379L,0xD096D150L};
            int32_t ***l_989 = &l_888;
            uint64_t *** const l_1047[8] = {&g_730,&g_730,&g_730,&g_730,&g_730,&g_730,&g_730,&g_730};
            uint64_t *** const *l_1046 = &l_1047[1];
            uint64_t *** const **l_1045 = &l_1046;
            uint16_t l_1053[6] = {65535UL,0x0628L,0x0628L,65535UL,0x0628L,0x0628L};
            uint64_t l_1064 = 1UL;
            int32_t *****l_1074 = &l_1072;
            struct S0 l_1082 = {0x53B3D2DD24D4C403LL};
            int64_t *l_1085 = (void*)0;
            uint8_t l_1097 = 4UL;
            uint32_t *l_1113 = &l_952;
            uint32_t *l_1115 = &l_952;
            int8_t *l_1160 = &g_177;
            int i;
            for (g_118 = 0; (g_118 >= 0); g_118 -= 1)
            { /* block id: 438 */
                uint16_t l_931 = 0UL;
                int32_t **l_948 = &l_45[2][3];
                int32_t l_953 = 0xD4F3B11BL;
                const int16_t l_977[7] = {0x2C7BL,0x2C7BL,0x2C7BL,0x2C7BL,0x2C7BL,0x2C7BL,0x2C7BL};
                int i;
                for (g_770 = 0; (g_770 <= 0); g_770 += 1)
                { /* block id: 441 */
                    uint64_t ** const ***l_926 = &l_924;
                    int16_t l_930 = 1L;
                    int32_t ***l_950 = &l_949;
                    int32_t ***l_951 = &l_567;
                    int32_t l_958 = 0x72F4E394L;
                    int32_t ***l_974[8][8][4] = {{{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,(void*)0},{&l_888,&l_888,&l_888,&l_888}},{{&l_888,&l_888,(void*)0,&l_888},{&l_888,&l_888,&l_888,(void*)0},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,(void*)0},{&l_888,&l_888,&l_888,(void*)0},{&l_888,(void*)0,&l_888,(void*)0},{&l_888,(void*)0,(void*)0,&l_888},{&l_888,(void*)0,&l_888,&l_888}},{{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,&l_888,&l_888},{&l_888,&l_888,(void*)0,(void*)0},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,&l_888,(void*)0},{(void*)0,&l_888,&l_888,&l_888}},{{&l_888,&l_888,&l_888,(void*)0},{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,&l_888,&l_888},{&l_888,&l_888,(void*)0,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,(void*)0,&l_888},{&l_888,&l_888,(void*)0,(void*)0},{&l_888,&l_888,&l_888,&l_888}},{{(void*)0,&l_888,(void*)0,&l_888},{&l_888,&l_888,&l_888,(void*)0},{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,(void*)0,&l_888},{&l_888,&l_888,&l_888,&l_888},{(void*)0,&l_888,&l_888,&l_888},{&l_888,(void*)0,(void*)0,&l_888},{&l_888,&l_888,&l_888,(void*)0}},{{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,(void*)0,(void*)0},{&l_888,(void*)0,(void*)0,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,(void*)0},{(void*)0,&l_888,&l_888,&l_888},{&l_888,(void*)0,&l_888,&l_888}},{{&l_888,&l_888,&l_888,&l_888},{&l_888,(void*)0,&l_888,&l_888},{(void*)0,(void*)0,&l_888,(void*)0},{&l_888,(void*)0,&l_888,(void*)0},{&l_888,&l_888,&l_888,&l_888},{&l_888,&l_888,(void*)0,&l_888},{&l_888,&l_888,(void*)0,(void*)0},{&l_888,&l_888,&l_888,&l_888}},{{&l_888,(void*)0,&l_888,&l_888},{&l_888,&l_888,(void*)0,&l_888},{&l_888,(void*)0,&l_888,&l_888},{(void*)0,(void*)0,&l_888,&l_888},{&l_888,(void*)0,&l_888,&l_888},{(void*)0,(void*)0,&l_888,&l_888},{(void*)0,&l_888,&l_888,&l_888},{&l_888,&l_888,&l_888,&l_888}}};
                    int32_t ****l_973 = &l_974[4][0][0];
                    int i, j, k;
                    (*g_273) = func_51((*g_442), &g_16, l_914[2][1][7], ((((safe_rshift_func_int16_t_s_u((safe_mod_func_int16_t_s_s(((*l_569) = (248UL != ((safe_rshift_func_int8_t_s_u((-8L), 0)) <= (p_42 <= (0x0DL < (safe_add_func_uint32_t_u_u(0xB8303272L, (1L == p_42)))))))), 8L)), 0)) , p_42) , 0x6717L) , 0x5EECL), l_923);
                    l_931 |= ((((*l_926) = l_924) != g_927) , (l_930 = (((*l_44) ^= g_311[1]) , (l_929 | g_421[1]))));
                    if ((safe_sub_func_int16_t_s_s((**l_568), (safe_add_func_int64_t_s_s(((l_954[4] = (g_471 | ((safe_mul_func_uint16_t_u_u(((0x7FD48FE92F5DC49FLL == ((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u(l_930, (safe_mul_func_uint16_t_u_u(((((((p_42 | l_931) || (l_953 = (((safe_mul_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((g_127[6][1][1] ^ (g_243 = (l_948 != ((*l_951) = ((*l_950) = l_949))))), (*l_44))), (-7L))) & l_952) , g_245))) | p_42) , 9L) , p_42) != l_929), p_42)))), g_14)) <= (-5L))) , g_312), l_929)) | 0xD32DAC3B09029716LL))) || 0xEFEAA6A4L), l_929)))))
                    { /* block id: 453 */
                        int32_t ***l_956[6];
                        int32_t ****l_955 = &l_956[1];
                        int32_t *****l_957 = &l_955;
                        int i;
                        for (i = 0; i < 6; i++)
                            l_956[i] = &l_888;
                        (*l_957) = l_955;
                        l_954[1] ^= ((**l_568) = p_42);
                    }
                    else
                    { /* block id: 457 */
                        uint8_t l_959 = 0x03L;
                        uint64_t *l_964 = &g_891[7];
                        uint8_t *l_969 = &l_46[1];
                        ++l_959;
                        g_85 |= (safe_add_func_uint16_t_u_u((0x28A8DFB0E68A5B2DLL && ((((((*l_964) = 0x35C59B6CF5934829LL) , ((++(*l_964)) > (safe_rshift_func_uint8_t_u_u(((*l_969) ^= 0xC4L), 4)))) > (g_221 < ((safe_mul_func_uint16_t_u_u(l_972, (l_973 == l_975))) || ((**l_568) = 0xE2166CF4L)))) && ((void*)0 != g_629)) == 0x0D5A9B4AL)), l_959));
                    }
                }
                (*g_64) = l_977[1];
                for (g_312 = 0; (g_312 <= 4); g_312 += 1)
                { /* block id: 469 */
                    for (g_151 = 0; (g_151 <= 4); g_151 += 1)
                    { /* block id: 472 */
                        int i, j;
                        (**l_568) = p_42;
                    }
                }
            }
            if ((*g_504))
                continue;
            for (p_42 = 7; (p_42 >= 0); p_42 -= 1)
            { /* block id: 480 */
                int64_t *l_985 = &g_148[0];
                const uint64_t *l_997 = &g_615;
                const uint64_t **l_996 = &l_997;
                int32_t **l_1020 = (void*)0;
                int32_t *l_1021 = &g_7[2][3];
                int32_t l_1061 = 4L;
                int32_t l_1063[5][8][6] = {{{(-1L),0xBE47CC2DL,(-1L),0x66868F0EL,2L,0L},{0L,0x671B54EDL,6L,1L,0xF8AE1244L,1L},{6L,(-1L),(-2L),(-1L),6L,0L},{2L,(-1L),0xE6D019FEL,0xF8AE1244L,0xBA7B17BFL,(-9L)},{0L,0xF5212BA8L,0xBE47CC2DL,(-1L),1L,(-9L)},{(-2L),4L,0xE6D019FEL,0x2D981BE5L,(-1L),0L},{1L,0L,(-2L),0x61F2BCF2L,0L,1L},{0x2D0176E5L,0x4991D8CFL,6L,(-1L),0x61F2BCF2L,0L}},{{7L,0L,(-1L),1L,0x2D0176E5L,0xE6D019FEL},{2L,(-4L),0x2D0176E5L,0x2D0176E5L,(-4L),2L},{0x671B54EDL,1L,0L,0xC3FEA7FFL,0x1D404B89L,(-3L)},{0x4991D8CFL,2L,(-4L),0xBA7B17BFL,7L,(-1L)},{0x4991D8CFL,0xE6D019FEL,0xBA7B17BFL,0xC3FEA7FFL,(-2L),0xD5F436F3L},{0x671B54EDL,0x1D404B89L,0x21E150CFL,0x2D0176E5L,0L,0L},{2L,0xC3FEA7FFL,0x2D981BE5L,1L,(-1L),0x4991D8CFL},{7L,0x2D981BE5L,1L,(-1L),6L,(-1L)}},{{0x2D0176E5L,(-1L),2L,0x61F2BCF2L,2L,(-1L)},{1L,(-2L),0xF5212BA8L,0x2D981BE5L,4L,2L},{(-2L),0xE195F9CAL,(-9L),(-1L),2L,0x58E6CC30L},{0L,0xE195F9CAL,0xD5F436F3L,0xF8AE1244L,4L,(-4L)},{2L,(-2L),0xB8F261EAL,(-1L),2L,0x21E150CFL},{6L,(-1L),1L,1L,6L,0L},{0L,0x2D981BE5L,(-3L),0x66868F0EL,(-1L),0xC3FEA7FFL},{(-1L),0xC3FEA7FFL,7L,0L,0L,7L}},{{0x1D404B89L,0x1D404B89L,0x66868F0EL,0L,(-2L),0x2D981BE5L},{2L,0xE6D019FEL,2L,0xE195F9CAL,7L,0x66868F0EL},{0xBE47CC2DL,2L,2L,1L,0x1D404B89L,0x2D981BE5L},{1L,1L,0x66868F0EL,0x58E6CC30L,(-4L),7L},{0x58E6CC30L,(-4L),7L,6L,0x2D0176E5L,0xC3FEA7FFL},{0xD5F436F3L,(-1L),0x66868F0EL,2L,0L,0x58E6CC30L},{0L,0x21E150CFL,0xBA7B17BFL,0L,(-1L),0L},{1L,0x58E6CC30L,1L,(-9L),0xB8F261EAL,1L}},{{0L,0xE195F9CAL,0xBE47CC2DL,0xC3FEA7FFL,0x2D0176E5L,6L},{(-1L),1L,0x2D981BE5L,0xC3FEA7FFL,2L,(-9L)},{0L,7L,1L,(-9L),0xF8AE1244L,0xB8F261EAL},{1L,(-4L),0x4991D8CFL,0L,0x1D404B89L,7L},{0L,0xF5212BA8L,0x2D0176E5L,2L,(-9L),0x21E150CFL},{0xBE47CC2DL,0xFD787691L,(-2L),0xF8AE1244L,0L,0L},{6L,0L,0L,6L,0x2D981BE5L,0xBE47CC2DL},{6L,0x2D0176E5L,2L,0xBA7B17BFL,4L,(-1L)}}};
                uint8_t *l_1081 = (void*)0;
                int i, j, k;
            }
            for (g_358 = 0; (g_358 >= 45); g_358 = safe_add_func_uint8_t_u_u(g_358, 5))
            { /* block id: 562 */
                int64_t **l_1154 = &l_1085;
                int64_t ***l_1155 = &l_1154;
                int32_t l_1159 = 0x6CDD95CFL;
                int32_t *l_1161 = (void*)0;
                (*g_504) = (((safe_mul_func_uint8_t_u_u((((*l_1155) = l_1154) == (((&g_146 != (((((((****l_1045) != (l_1156 = (***l_1046))) , l_1157) < (p_42 ^ ((((!(l_1159 , ((void*)0 != l_1160))) || g_220) || (**l_568)) && l_1159))) || 0xA6FCDEC373786F84LL) >= p_42) , l_1161)) , p_42) , (void*)0)), p_42)) == p_42) > g_245);
            }
        }
    }
    return (*l_44);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_51(int32_t * p_52, int32_t * p_53, int32_t * const  p_54, uint16_t  p_55, uint32_t * p_56)
{ /* block id: 285 */
    const int32_t *l_537 = &g_7[7][1];
    const int32_t **l_536 = &l_537;
    (*l_536) = (void*)0;
    (*l_536) = (*l_536);
    return p_52;
}


/* ------------------------------------------ */
/* 
 * reads : g_146 g_442 g_16 g_114 g_471 g_13.f0 g_221 g_245 g_504 g_128 g_7 g_4 g_14 g_19 g_85 g_70 g_148
 * writes: g_146 g_274 g_114 g_471 g_245 g_7 g_64 g_358 g_85 g_70
 */
static int32_t * func_57(int32_t * p_58, int32_t * p_59, int16_t  p_60, int32_t * p_61, uint32_t  p_62)
{ /* block id: 226 */
    int32_t *l_481 = &g_16;
    uint64_t l_483 = 18446744073709551615UL;
    const int64_t *l_488 = &g_13.f0;
    uint32_t l_514[4] = {4294967295UL,4294967295UL,4294967295UL,4294967295UL};
    int8_t *l_517[9][10] = {{(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0},{&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177},{(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0},{(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0},{&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177},{(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0},{(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0},{&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177},{(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0,(void*)0,&g_177,(void*)0}};
    int32_t l_524[2][4][4] = {{{0x4B23AEB3L,0x4A21B062L,0x4A21B062L,0x4B23AEB3L},{0x4A21B062L,0x4B23AEB3L,0x4A21B062L,0x4A21B062L},{0x4B23AEB3L,0x4B23AEB3L,0xC0940A9DL,0x4B23AEB3L},{0x4B23AEB3L,0x4A21B062L,0x4A21B062L,0x4B23AEB3L}},{{0x4A21B062L,0x4B23AEB3L,0x4A21B062L,0x4A21B062L},{0x4B23AEB3L,0x4B23AEB3L,0xC0940A9DL,0x4B23AEB3L},{0x4B23AEB3L,0x4A21B062L,0x4A21B062L,0x4B23AEB3L},{0x4A21B062L,0x4B23AEB3L,0x4A21B062L,0x4A21B062L}}};
    int i, j, k;
    for (g_146 = 0; (g_146 >= 7); g_146 = safe_add_func_uint8_t_u_u(g_146, 1))
    { /* block id: 229 */
        int32_t **l_482[9] = {&l_481,&l_481,&g_64,&l_481,&l_481,&g_64,&l_481,&l_481,&g_64};
        int i;
        (*g_442) = l_481;
        l_483 = (-1L);
    }
    if ((safe_sub_func_uint8_t_u_u((g_114 = ((*l_481) == (l_488 == (void*)0))), 0x90L)))
    { /* block id: 240 */
        int32_t *l_489 = &g_4;
        return l_489;
    }
    else
    { /* block id: 242 */
        uint8_t l_492 = 0xDAL;
        int64_t *l_495 = &g_471;
        int32_t l_502 = 6L;
        int64_t *l_503 = &g_245;
        int32_t **l_505 = &g_64;
        struct S0 *l_509 = &g_135;
        struct S0 **l_508 = &l_509;
        uint32_t *l_518 = &g_358;
        int32_t *l_519 = (void*)0;
        int32_t *l_520 = &g_85;
        (*g_504) = (((safe_add_func_int64_t_s_s(g_114, ((*l_503) ^= ((l_492 & (8UL ^ (p_60 | (((*l_495) ^= (safe_lshift_func_int16_t_s_u((p_58 == p_61), 5))) || (safe_mul_func_uint16_t_u_u(p_62, ((safe_mul_func_int8_t_s_s(p_60, (safe_div_func_int32_t_s_s((l_502 |= (*l_481)), g_13.f0)))) && 65534UL))))))) > g_221)))) , &p_60) == &p_60);
        (*l_505) = l_481;
        (*l_520) &= (safe_mul_func_int16_t_s_s((l_508 == (g_128 , &l_509)), ((*l_481) >= ((((*l_518) = (safe_sub_func_int64_t_s_s(((*l_495) = (g_245 = (0xE7AEL || (safe_mod_func_uint64_t_u_u(((((l_514[2] == (safe_rshift_func_uint8_t_u_u(((*l_481) >= 3L), 1))) , &g_177) == l_517[5][3]) ^ 6UL), 1L))))), g_7[2][1]))) <= (*p_59)) & (*g_504)))));
        for (g_85 = 0; (g_85 <= 0); g_85 += 1)
        { /* block id: 254 */
            uint32_t l_527 = 0x2D2B3BCAL;
            uint64_t *l_530 = &l_483;
            int32_t l_533 = 1L;
            for (g_471 = 0; (g_471 <= 0); g_471 += 1)
            { /* block id: 257 */
                int16_t l_521[9] = {0xDC9EL,0xDC9EL,5L,0xDC9EL,0xDC9EL,5L,0xDC9EL,0xDC9EL,5L};
                int32_t l_522 = 0x273181E3L;
                int32_t l_525 = 0xC4534D0BL;
                int32_t l_526 = 1L;
                uint64_t l_532 = 1UL;
                int i;
                for (g_70 = 0; (g_70 <= 8); g_70 += 1)
                { /* block id: 260 */
                    int32_t *l_523[1][8][7] = {{{&l_522,&g_7[2][3],&g_4,&g_7[2][3],&l_522,&g_85,&g_85},{&l_502,&g_7[2][3],&g_7[2][3],&g_7[2][3],&l_502,(void*)0,(void*)0},{&l_522,&g_7[2][3],&g_4,&g_7[2][3],&l_522,&g_85,&g_85},{&l_502,&g_7[2][3],&g_7[2][3],&g_7[2][3],&l_502,(void*)0,(void*)0},{&l_522,&g_7[2][3],&g_4,&g_7[2][3],&l_522,&g_85,&g_85},{&l_502,&g_7[2][3],&g_7[2][3],&g_7[2][3],&l_502,(void*)0,(void*)0},{&l_522,&g_7[2][3],&g_4,&g_7[2][3],&l_522,&g_85,&g_85},{&l_502,&g_7[2][3],&g_7[2][3],&g_7[2][3],&l_502,(void*)0,(void*)0}}};
                    uint64_t **l_531 = &l_530;
                    int i, j, k;
                    ++l_527;
                    for (p_60 = 0; (p_60 <= 8); p_60 += 1)
                    { /* block id: 264 */
                        return p_58;
                    }
                    l_533 &= (g_148[g_85] != ((((*l_531) = l_530) == (void*)0) <= (l_514[(g_85 + 2)] , l_532)));
                }
                l_524[1][1][2] = g_148[g_471];
                for (g_70 = 8; (g_70 >= 0); g_70 -= 1)
                { /* block id: 273 */
                    uint16_t l_534 = 1UL;
                    l_534 = (*l_520);
                }
            }
            for (g_471 = 8; (g_471 >= 0); g_471 -= 1)
            { /* block id: 279 */
                int32_t *l_535[6];
                int i;
                for (i = 0; i < 6; i++)
                    l_535[i] = &g_14;
                return l_535[1];
            }
        }
    }
    return p_61;
}


/* ------------------------------------------ */
/* 
 * reads : g_148 g_229 g_15 g_16 g_85 g_3 g_159 g_160 g_246 g_19 g_7 g_358 g_80 g_81 g_13 g_311 g_118 g_146 g_135.f0 g_177 g_312 g_421 g_98 g_4 g_245 g_273 g_182 g_442 g_471 g_220 g_151 g_243
 * writes: g_229 g_85 g_246 g_151 g_243 g_148 g_358 g_177 g_406 g_312 g_274 g_81 g_98
 */
static uint32_t  func_73(struct S0  p_74, int64_t  p_75, int32_t * const  p_76, int32_t  p_77)
{ /* block id: 48 */
    int32_t *l_84 = &g_85;
    int32_t *l_86 = &g_85;
    int32_t *l_87 = &g_85;
    int32_t *l_88 = &g_85;
    int32_t *l_89 = (void*)0;
    int32_t l_90[7] = {0xD43CED54L,(-5L),0xD43CED54L,0xD43CED54L,(-5L),0xD43CED54L,0xD43CED54L};
    int32_t *l_91[9][8] = {{&g_7[8][6],&g_7[8][6],(void*)0,(void*)0,(void*)0,&g_7[8][6],&g_7[8][6],(void*)0},{&g_19,(void*)0,(void*)0,&g_19,&g_7[2][3],&g_19,(void*)0,(void*)0},{(void*)0,&g_7[2][3],(void*)0,(void*)0,&g_7[2][3],(void*)0,&g_7[2][3],(void*)0},{&g_19,&g_7[2][3],&g_19,(void*)0,(void*)0,&g_19,&g_7[2][3],&g_19},{&g_7[8][6],(void*)0,(void*)0,(void*)0,&g_7[8][6],&g_7[8][6],(void*)0,(void*)0},{&g_7[8][6],&g_7[8][6],(void*)0,(void*)0,(void*)0,&g_7[8][6],&g_7[8][6],(void*)0},{&g_19,(void*)0,(void*)0,&g_19,&g_7[2][3],&g_19,(void*)0,(void*)0},{(void*)0,&g_7[2][3],(void*)0,(void*)0,&g_7[2][3],(void*)0,&g_7[2][3],(void*)0},{&g_19,&g_7[2][3],&g_19,(void*)0,(void*)0,&g_19,&g_7[2][3],&g_19}};
    uint64_t l_92 = 1UL;
    int16_t * const l_117[2][1][10] = {{{&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118}},{{&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118,&g_118}}};
    struct S0 *l_134 = &g_135;
    struct S0 * const *l_133[3];
    struct S0 **l_167 = &l_134;
    struct S0 ***l_166[5] = {&l_167,&l_167,&l_167,&l_167,&l_167};
    struct S0 ****l_165 = &l_166[3];
    int32_t l_208 = 0x40931955L;
    const int32_t *l_227 = &l_208;
    const int32_t **l_226 = &l_227;
    uint16_t *l_228 = (void*)0;
    uint16_t *l_237[1];
    uint64_t l_346[1][5];
    int16_t l_359 = (-7L);
    const int32_t l_436 = 0x8497870DL;
    uint32_t l_460 = 0x40A9A22EL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_133[i] = &l_134;
    for (i = 0; i < 1; i++)
        l_237[i] = &g_229;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 5; j++)
            l_346[i][j] = 1UL;
    }
    l_92++;
lbl_428:
    for (p_75 = 23; (p_75 > 16); p_75--)
    { /* block id: 52 */
        uint16_t *l_97 = (void*)0;
        int32_t l_112 = (-1L);
        uint8_t *l_113[8][9][1] = {{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}},{{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114},{&g_114}}};
        struct S0 l_119 = {0xD31FF7597347B2A0LL};
        int32_t l_126[6][5] = {{(-1L),(-1L),(-1L),(-1L),(-1L)},{(-5L),(-5L),(-5L),(-5L),(-5L)},{(-1L),(-1L),(-1L),(-1L),(-1L)},{(-5L),(-5L),(-5L),(-5L),(-5L)},{(-1L),(-1L),(-1L),(-1L),(-1L)},{(-5L),(-5L),(-5L),(-5L),(-5L)}};
        struct S0 **l_144 = (void*)0;
        struct S0 ***l_143[2][10][10] = {{{&l_144,&l_144,&l_144,(void*)0,&l_144,&l_144,(void*)0,&l_144,&l_144,&l_144},{(void*)0,&l_144,&l_144,&l_144,(void*)0,&l_144,&l_144,&l_144,(void*)0,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144,&l_144},{&l_144,&l_144,&l_144,(void*)0,&l_144,(void*)0,&l_144,&l_144,&l_144,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144},{(void*)0,(void*)0,&l_144,&l_144,(void*)0,&l_144,&l_144,(void*)0,&l_144,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144},{&l_144,&l_144,&l_144,&l_144,(void*)0,(void*)0,&l_144,(void*)0,(void*)0,&l_144},{&l_144,&l_144,(void*)0,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144}},{{(void*)0,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,(void*)0,&l_144,&l_144},{(void*)0,(void*)0,&l_144,&l_144,(void*)0,&l_144,(void*)0,&l_144,&l_144,(void*)0},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144},{&l_144,&l_144,&l_144,&l_144,(void*)0,&l_144,&l_144,&l_144,(void*)0,&l_144},{(void*)0,&l_144,(void*)0,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,&l_144},{(void*)0,&l_144,(void*)0,&l_144,(void*)0,(void*)0,&l_144,(void*)0,&l_144,(void*)0},{(void*)0,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,(void*)0,&l_144,&l_144},{&l_144,&l_144,&l_144,&l_144,&l_144,&l_144,(void*)0,(void*)0,&l_144,(void*)0},{&l_144,(void*)0,&l_144,&l_144,(void*)0,(void*)0,&l_144,&l_144,(void*)0,&l_144}}};
        uint16_t l_175[3];
        int32_t *l_200 = (void*)0;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_175[i] = 4UL;
    }
lbl_478:
    if ((safe_lshift_func_uint16_t_u_u((p_77 , ((g_148[0] , l_226) != (void*)0)), (g_229--))))
    { /* block id: 115 */
        uint16_t l_238[3][10][4] = {{{0xDE2BL,65530UL,0xAA25L,0x7BD7L},{65530UL,65534UL,65534UL,65530UL},{65535UL,0x7BD7L,65534UL,0xD478L},{65530UL,0xDE2BL,0xAA25L,0xDE2BL},{0xDE2BL,65534UL,65535UL,0xDE2BL},{65535UL,0xDE2BL,0xD478L,0xD478L},{0x7BD7L,0x7BD7L,0xAA25L,65530UL},{0x7BD7L,65534UL,0xD478L,0x7BD7L},{65535UL,65530UL,65535UL,0xD478L},{0xDE2BL,65530UL,0xAA25L,0x7BD7L}},{{65530UL,65534UL,65534UL,65530UL},{65535UL,0x7BD7L,65534UL,0xD478L},{65530UL,0xDE2BL,0xAA25L,0xDE2BL},{0xDE2BL,65534UL,65535UL,0xDE2BL},{65535UL,0xDE2BL,0xD478L,0xD478L},{0x7BD7L,0x7BD7L,0xAA25L,65530UL},{0x7BD7L,65534UL,0xD478L,0x7BD7L},{65535UL,65530UL,65535UL,0xD478L},{0xDE2BL,65530UL,0xAA25L,0x7BD7L},{65530UL,65534UL,65534UL,65530UL}},{{65535UL,0x7BD7L,65534UL,0xD478L},{65530UL,0xDE2BL,0xAA25L,0xDE2BL},{0xDE2BL,65534UL,65535UL,0xD478L},{0x1930L,0xD478L,3UL,3UL},{65535UL,65535UL,0x7BD7L,65534UL},{65535UL,0xAA25L,3UL,65535UL},{0x1930L,65534UL,0x1930L,3UL},{0xD478L,65534UL,0x7BD7L,65535UL},{65534UL,0xAA25L,0xAA25L,65534UL},{0x1930L,65535UL,0xAA25L,3UL}}};
        int32_t l_239 = (-1L);
        int32_t l_241 = (-1L);
        int32_t l_242[2][8] = {{0xA15E0229L,0x6BC85DF8L,0x6BC85DF8L,0xA15E0229L,0xA15E0229L,0x6BC85DF8L,0x6BC85DF8L,0xA15E0229L},{0xA15E0229L,0x6BC85DF8L,0x6BC85DF8L,0xA15E0229L,0xA15E0229L,0x6BC85DF8L,0x6BC85DF8L,0xA15E0229L}};
        uint64_t *l_285 = &g_128;
        int16_t l_310 = 0x223AL;
        int32_t l_389 = (-7L);
        int8_t *l_438 = &g_177;
        int i, j, k;
        (*l_87) ^= (*g_15);
        for (g_229 = (-8); (g_229 == 51); g_229++)
        { /* block id: 119 */
            return p_77;
        }
        if ((g_3 != (~0x51C1F9FFL)))
        { /* block id: 122 */
            int32_t l_240 = 0x2D72D981L;
            int32_t l_244 = 4L;
            int32_t *l_301 = &g_146;
            int32_t **l_300 = &l_301;
            int32_t l_309 = (-5L);
            int32_t **l_322 = &l_84;
            if ((safe_add_func_uint64_t_u_u(((void*)0 != (*g_159)), (l_237[0] != (l_238[1][0][2] , &g_229)))))
            { /* block id: 123 */
                return p_74.f0;
            }
            else
            { /* block id: 125 */
                (*l_87) = (*g_15);
            }
            g_246[0]--;
            for (g_229 = (-26); (g_229 <= 54); g_229 = safe_add_func_uint8_t_u_u(g_229, 1))
            { /* block id: 131 */
                int64_t *l_265 = &g_245;
                int32_t l_272 = 0x995512F6L;
                for (p_77 = 0; (p_77 <= 0); p_77 += 1)
                { /* block id: 134 */
                    int32_t l_268[3];
                    uint64_t *l_287 = &g_128;
                    int i, j;
                    for (i = 0; i < 3; i++)
                        l_268[i] = 0L;
                }
                if ((*p_76))
                    continue;
            }
            (*l_322) = &l_244;
        }
        else
        { /* block id: 174 */
            int32_t l_354 = 0x6799D871L;
            uint8_t *l_357 = &g_114;
            int32_t *l_405 = &g_311[7];
            int8_t *l_437[3][6][10] = {{{&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{&g_177,(void*)0,(void*)0,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{(void*)0,&g_177,&g_177,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,(void*)0},{&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,(void*)0},{&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177}},{{&g_177,&g_177,&g_177,&g_177,&g_177,(void*)0,(void*)0,&g_177,(void*)0,&g_177},{&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,(void*)0,&g_177,&g_177},{&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177,(void*)0,&g_177},{&g_177,(void*)0,(void*)0,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177}},{{(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177},{(void*)0,(void*)0,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,&g_177,(void*)0},{(void*)0,(void*)0,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177},{&g_177,(void*)0,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,&g_177,&g_177},{&g_177,&g_177,&g_177,&g_177,(void*)0,(void*)0,&g_177,&g_177,(void*)0,&g_177},{&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177,&g_177,(void*)0,&g_177}}};
            int i, j, k;
            for (g_151 = (-20); (g_151 == 49); g_151 = safe_add_func_uint64_t_u_u(g_151, 1))
            { /* block id: 177 */
                int16_t l_337[5] = {0x3119L,0x3119L,0x3119L,0x3119L,0x3119L};
                uint16_t *l_352 = (void*)0;
                int64_t *l_353 = &g_148[0];
                int8_t *l_390 = (void*)0;
                int8_t *l_391 = (void*)0;
                int8_t *l_392 = &g_177;
                int i;
                (*l_86) = (safe_div_func_uint16_t_u_u(((safe_div_func_int16_t_s_s((((l_238[1][8][2] > (((safe_mod_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((!((safe_sub_func_int8_t_s_s(g_7[6][4], 1UL)) == (safe_unary_minus_func_uint8_t_u((l_337[2] <= (safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((g_243 = p_77), 2)), p_74.f0))))))) & ((*l_353) ^= (safe_lshift_func_uint8_t_u_u(((safe_add_func_uint8_t_u_u((l_346[0][3] && (safe_mod_func_int8_t_s_s((((safe_unary_minus_func_uint16_t_u((((&g_148[0] != (void*)0) || p_74.f0) && 0UL))) , l_352) != (void*)0), 0xD4L))), g_85)) > 0xD8C8BE80L), 7)))), p_75)), l_239)) | l_354) <= g_85)) && 0UL) , g_19), 0x77D8L)) != (-5L)), p_77));
                (*l_86) = (safe_mul_func_uint16_t_u_u((((g_358 ^= ((l_357 != &g_114) , p_74.f0)) <= l_359) , (safe_mul_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(l_337[2], (p_74 , ((safe_unary_minus_func_int8_t_s(((*l_392) ^= (safe_div_func_int64_t_s_s((safe_sub_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((((*l_353) = ((**g_80) , (safe_div_func_int8_t_s_s((safe_add_func_int32_t_s_s((~(g_3 == ((((((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_mod_func_int32_t_s_s(((safe_div_func_uint32_t_u_u(((((safe_mul_func_int8_t_s_s((!(((safe_mod_func_uint16_t_u_u(((void*)0 != &g_13), p_74.f0)) & g_311[5]) | p_74.f0)), p_75)) <= 0x0CL) == l_354) , g_118), (*p_76))) , 1L), p_74.f0)), 0xA342L)), l_242[0][7])) < p_75) ^ 0x7EL) , g_146) , 0x8CL) , g_135.f0))), p_75)), l_238[1][2][3])))) && 0xA495DBE789DB6284LL), l_389)), 0x7DL)), 0x20C45AA4533AE2E0LL))))) || g_312)))) == g_7[3][1]), (*l_88)))), 0UL));
                for (l_354 = 0; (l_354 >= 18); l_354 = safe_add_func_int8_t_s_s(l_354, 2))
                { /* block id: 187 */
                    if (((safe_rshift_func_int16_t_s_s((safe_sub_func_uint16_t_u_u((l_337[2] == 0L), p_75)), 7)) && (safe_add_func_uint16_t_u_u(((((*l_86) = (safe_sub_func_int32_t_s_s(((((((g_406[4] = l_405) != (void*)0) >= (safe_rshift_func_uint16_t_u_s((safe_mod_func_uint8_t_u_u(((safe_lshift_func_int8_t_s_s((((safe_rshift_func_int16_t_s_s(((safe_div_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_s((safe_div_func_int64_t_s_s(((*l_353) = ((((l_354 || ((((((g_421[1] >= (((safe_div_func_int16_t_s_s(g_13.f0, (safe_lshift_func_uint16_t_u_s((g_312 = (safe_lshift_func_uint8_t_u_u(p_75, 1))), g_135.f0)))) & l_354) | p_77)) && p_75) ^ 253UL) , &g_311[2]) == &g_311[4]) <= 0xDA77L)) , (void*)0) == (void*)0) | g_311[0])), 1UL)), l_310)) , g_118), p_77)) , l_310), 2)) & l_238[1][1][2]) || 1UL), p_77)) , 0x65L), p_74.f0)), 1))) , 1UL) != 65529UL) != 254UL), 4294967295UL))) & g_98) && 0xD070L), g_4))))
                    { /* block id: 192 */
                        (*l_87) |= (*p_76);
                        if (g_118)
                            goto lbl_428;
                        return g_229;
                    }
                    else
                    { /* block id: 196 */
                        (*l_86) |= (*p_76);
                        return g_245;
                    }
                }
                for (g_243 = 0; (g_243 > 13); ++g_243)
                { /* block id: 203 */
                    int32_t *l_431 = &l_354;
                    (*g_273) = l_431;
                    if (g_245)
                        goto lbl_478;
                }
            }
            (*l_87) &= ((l_242[1][2] && (safe_add_func_int8_t_s_s((l_354 = (safe_div_func_uint8_t_u_u((g_182 <= l_436), p_77))), ((void*)0 == l_438)))) && (safe_mul_func_int16_t_s_s(g_246[0], ((((0xDBL != (((p_75 , p_77) , g_311[7]) == l_310)) <= (-10L)) || l_354) , g_19))));
            (*g_442) = &l_90[3];
        }
    }
    else
    { /* block id: 211 */
        uint64_t l_445[6][2][8] = {{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}},{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}},{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}},{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}},{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}},{{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL},{0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL,0x9FE6252C2B45EA37LL,0xBE94A060D9B4F41DLL,0x9FE6252C2B45EA37LL,1UL}}};
        int64_t *l_446 = &g_148[0];
        uint16_t l_449 = 0x6287L;
        int64_t l_456 = 0L;
        uint32_t *l_457 = &g_98;
        int32_t l_458 = 0x0819EDC0L;
        int32_t l_459 = 7L;
        int8_t *l_476 = &g_177;
        int32_t l_477 = 0L;
        int i, j, k;
        l_458 |= (safe_div_func_uint16_t_u_u(l_445[3][1][4], (((*l_88) = g_311[7]) && ((l_446 == (((*l_457) = ((safe_lshift_func_uint16_t_u_u((g_229 = (p_75 , (l_449 > (p_74.f0 , (*l_86))))), 10)) && (safe_sub_func_uint8_t_u_u((((g_177 != (safe_add_func_int16_t_s_s(((((safe_mul_func_uint16_t_u_u((func_78(&l_90[5]) , l_456), 65535UL)) ^ (*l_84)) , 0L) >= p_77), g_177))) || g_246[0]) >= p_77), p_74.f0)))) , &l_456)) & p_75))));
        --l_460;
        l_477 ^= ((*p_76) < ((safe_mul_func_int8_t_s_s(((*l_476) |= (safe_mul_func_int16_t_s_s((l_459 = (safe_rshift_func_int8_t_s_s((*l_86), 0))), (safe_sub_func_uint8_t_u_u(p_77, (g_471 == ((p_75 != (safe_lshift_func_int8_t_s_u(((safe_mod_func_int16_t_s_s((l_458 |= 9L), g_220)) && ((void*)0 == &g_229)), 5))) ^ l_445[3][1][4]))))))), g_151)) == (*p_76)));
    }
    l_91[2][4] = &l_90[4];
    return (*l_87);
}


/* ------------------------------------------ */
/* 
 * reads : g_80
 * writes: g_81
 */
static struct S0  func_78(int32_t * p_79)
{ /* block id: 44 */
    int32_t *l_82 = (void*)0;
    struct S0 l_83 = {-8L};
    (*g_80) = &g_13;
    l_82 = &g_14;
    return l_83;
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
    transparent_crc(g_4, "g_4", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_7[i][j], "g_7[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_13.f0, "g_13.f0", print_hash_value);
    transparent_crc(g_14, "g_14", print_hash_value);
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_19, "g_19", print_hash_value);
    transparent_crc(g_33, "g_33", print_hash_value);
    transparent_crc(g_70, "g_70", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_98, "g_98", print_hash_value);
    transparent_crc(g_114, "g_114", print_hash_value);
    transparent_crc(g_118, "g_118", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 5; j++)
        {
            for (k = 0; k < 6; k++)
            {
                transparent_crc(g_127[i][j][k], "g_127[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_128, "g_128", print_hash_value);
    transparent_crc(g_135.f0, "g_135.f0", print_hash_value);
    transparent_crc(g_146, "g_146", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_148[i], "g_148[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_151, "g_151", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_220, "g_220", print_hash_value);
    transparent_crc(g_221, "g_221", print_hash_value);
    transparent_crc(g_229, "g_229", print_hash_value);
    transparent_crc(g_243, "g_243", print_hash_value);
    transparent_crc(g_245, "g_245", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_246[i], "g_246[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_311[i], "g_311[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_358, "g_358", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_421[i], "g_421[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_471, "g_471", print_hash_value);
    transparent_crc(g_597, "g_597", print_hash_value);
    transparent_crc(g_602, "g_602", print_hash_value);
    transparent_crc(g_615, "g_615", print_hash_value);
    transparent_crc(g_635, "g_635", print_hash_value);
    transparent_crc(g_648, "g_648", print_hash_value);
    transparent_crc(g_770, "g_770", print_hash_value);
    transparent_crc(g_771, "g_771", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_885[i], "g_885[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_891[i], "g_891[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1060, "g_1060", print_hash_value);
    transparent_crc(g_1134, "g_1134", print_hash_value);
    transparent_crc(g_1172, "g_1172", print_hash_value);
    transparent_crc(g_1208, "g_1208", print_hash_value);
    transparent_crc(g_1275, "g_1275", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_1416[i][j][k], "g_1416[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_1452[i], "g_1452[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1453, "g_1453", print_hash_value);
    transparent_crc(g_1531, "g_1531", print_hash_value);
    transparent_crc(g_1543, "g_1543", print_hash_value);
    transparent_crc(g_1584, "g_1584", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1804[i], "g_1804[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1827, "g_1827", print_hash_value);
    transparent_crc(g_1848, "g_1848", print_hash_value);
    transparent_crc(g_2014, "g_2014", print_hash_value);
    transparent_crc(g_2032, "g_2032", print_hash_value);
    transparent_crc(g_2137, "g_2137", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_2144[i][j][k], "g_2144[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2380, "g_2380", print_hash_value);
    transparent_crc(g_2414, "g_2414", print_hash_value);
    transparent_crc(g_2415, "g_2415", print_hash_value);
    transparent_crc(g_2416, "g_2416", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_2426[i][j][k], "g_2426[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2507, "g_2507", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_2614[i], "g_2614[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_2686[i][j], "g_2686[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2733, "g_2733", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2739[i], "g_2739[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2767, "g_2767", print_hash_value);
    transparent_crc(g_2837, "g_2837", print_hash_value);
    transparent_crc(g_2927, "g_2927", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_2930[i], "g_2930[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2960, "g_2960", print_hash_value);
    transparent_crc(g_3065, "g_3065", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 1
breakdown:
   depth: 0, occurrence: 761
   depth: 1, occurrence: 18
XXX total union variables: 0

XXX max expression depth: 46
breakdown:
   depth: 1, occurrence: 346
   depth: 2, occurrence: 74
   depth: 3, occurrence: 7
   depth: 4, occurrence: 2
   depth: 5, occurrence: 4
   depth: 6, occurrence: 4
   depth: 7, occurrence: 1
   depth: 8, occurrence: 2
   depth: 11, occurrence: 2
   depth: 12, occurrence: 1
   depth: 13, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 1
   depth: 16, occurrence: 3
   depth: 17, occurrence: 3
   depth: 18, occurrence: 7
   depth: 19, occurrence: 4
   depth: 20, occurrence: 1
   depth: 21, occurrence: 3
   depth: 22, occurrence: 3
   depth: 23, occurrence: 4
   depth: 25, occurrence: 2
   depth: 26, occurrence: 3
   depth: 27, occurrence: 2
   depth: 28, occurrence: 1
   depth: 29, occurrence: 4
   depth: 30, occurrence: 3
   depth: 31, occurrence: 2
   depth: 33, occurrence: 1
   depth: 34, occurrence: 1
   depth: 35, occurrence: 1
   depth: 36, occurrence: 2
   depth: 37, occurrence: 1
   depth: 38, occurrence: 1
   depth: 40, occurrence: 1
   depth: 41, occurrence: 2
   depth: 45, occurrence: 1
   depth: 46, occurrence: 1

XXX total number of pointers: 620

XXX times a variable address is taken: 1545
XXX times a pointer is dereferenced on RHS: 298
breakdown:
   depth: 1, occurrence: 229
   depth: 2, occurrence: 49
   depth: 3, occurrence: 16
   depth: 4, occurrence: 4
XXX times a pointer is dereferenced on LHS: 394
breakdown:
   depth: 1, occurrence: 341
   depth: 2, occurrence: 39
   depth: 3, occurrence: 10
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
XXX times a pointer is compared with null: 71
XXX times a pointer is compared with address of another variable: 12
XXX times a pointer is compared with another pointer: 20
XXX times a pointer is qualified to be dereferenced: 10208

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2112
   level: 2, occurrence: 424
   level: 3, occurrence: 167
   level: 4, occurrence: 83
   level: 5, occurrence: 29
XXX number of pointers point to pointers: 289
XXX number of pointers point to scalars: 319
XXX number of pointers point to structs: 12
XXX percent of pointers has null in alias set: 33.4
XXX average alias set size: 1.65

XXX times a non-volatile is read: 2348
XXX times a non-volatile is write: 1241
XXX times a volatile is read: 184
XXX    times read thru a pointer: 60
XXX times a volatile is write: 36
XXX    times written thru a pointer: 3
XXX times a volatile is available for access: 1.81e+03
XXX percentage of non-volatile access: 94.2

XXX forward jumps: 1
XXX backward jumps: 7

XXX stmts: 331
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 34
   depth: 1, occurrence: 37
   depth: 2, occurrence: 42
   depth: 3, occurrence: 54
   depth: 4, occurrence: 70
   depth: 5, occurrence: 94

XXX percentage a fresh-made variable is used: 16.3
XXX percentage an existing variable is used: 83.7
********************* end of statistics **********************/

