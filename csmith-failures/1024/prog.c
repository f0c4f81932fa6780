/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1024 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1024
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int8_t g_2[7][9] = {{1L,0x4BL,0L,0L,0x4BL,1L,0x4BL,0L,0L},{(-1L),0xE1L,(-3L),1L,(-3L),0xE1L,(-1L),1L,0x7DL},{0L,0x4BL,0L,1L,1L,0L,0x4BL,0L,1L},{0xB3L,1L,(-3L),1L,0L,1L,(-3L),1L,0xB3L},{0x43L,1L,0L,1L,0x43L,0x43L,1L,0L,1L},{(-3L),0xE1L,0L,0L,(-1L),1L,(-1L),0L,0L},{1L,1L,0L,0x4BL,0L,1L,1L,0L,0x4BL}};
static volatile int32_t g_3 = 0xED680444L;/* VOLATILE GLOBAL g_3 */
static volatile int32_t g_4 = 0L;/* VOLATILE GLOBAL g_4 */
static volatile int32_t g_5 = 0x7DFE4D9EL;/* VOLATILE GLOBAL g_5 */
static int32_t g_6 = 0xA7FE64FDL;
static int32_t g_7 = 0x80C3414BL;
static int32_t g_34 = 0xFFBE6269L;
static int32_t g_63 = 0x3686A8E7L;
static int32_t g_85 = (-4L);
static int16_t g_107 = 0L;
static int32_t g_109 = (-5L);
static uint8_t g_115[5][3] = {{0x08L,0xEBL,0x08L},{0UL,2UL,0UL},{0x08L,0xEBL,0x08L},{0UL,2UL,0UL},{0x08L,0xEBL,0x08L}};
static uint8_t * const g_114 = &g_115[1][2];
static volatile int32_t g_154 = 0L;/* VOLATILE GLOBAL g_154 */
static volatile int32_t g_155 = 1L;/* VOLATILE GLOBAL g_155 */
static volatile int32_t g_156[7][9][4] = {{{0L,0x71A791DEL,(-1L),0x832032B9L},{(-1L),0x4C9D4284L,5L,1L},{0xBDD0B693L,0x60EB54A4L,0x14D98EA3L,0x036ACEBEL},{0x0C9BFB87L,1L,0x1C05FA5AL,0xD1FD5F48L},{4L,0xEAE813F2L,0L,0xD5CE2574L},{0xF16DAB53L,0x91CC097DL,4L,6L},{1L,9L,0xE2B33A36L,0x99DD4A88L},{(-1L),0x78ACAA54L,0xDDD0EBFAL,0x1F742CEBL},{0x57C61DA5L,0xD1FD5F48L,0x75416565L,0xE2B33A36L}},{{0L,5L,1L,1L},{0x91CC097DL,(-1L),0x74EB91FBL,7L},{0xA54E7653L,0x71BA02A5L,0x9DCED91EL,0L},{0L,(-2L),(-1L),0x60EB54A4L},{0x74EB91FBL,3L,0x1248EFB7L,0x83CC42B5L},{1L,1L,0xEB662F6DL,0x78ACAA54L},{0L,0x8A606355L,0x60EB54A4L,0xEE9290BCL},{4L,0xDDD0EBFAL,0x4C0AFD82L,0xDDD0EBFAL},{0x83CC42B5L,(-1L),0L,0L}},{{4L,0L,0x58AA24F5L,4L},{0xB2946C84L,0x4C0AFD82L,0xF16DAB53L,0L},{0xB2946C84L,4L,0x58AA24F5L,1L},{4L,0L,0L,1L},{0x83CC42B5L,1L,0x4C0AFD82L,0x9DCED91EL},{4L,(-4L),0x60EB54A4L,4L},{0L,0x832032B9L,0xEB662F6DL,0x74EB91FBL},{1L,0x98DCA0F1L,0x1248EFB7L,4L},{0x74EB91FBL,0xBDD0B693L,(-1L),(-4L)}},{{0L,1L,0x9DCED91EL,0xB2D93A86L},{0xA54E7653L,0x2EDDAFFDL,0x74EB91FBL,0x86B46617L},{0x91CC097DL,0L,1L,0xEAE813F2L},{0L,0xF16DAB53L,0x75416565L,(-1L)},{0x57C61DA5L,0x9DCED91EL,0xDDD0EBFAL,0x28E2A20AL},{(-1L),7L,0xE2B33A36L,0x9DE98D40L},{1L,(-1L),4L,(-1L)},{0xF16DAB53L,5L,0L,0x10A9C07CL},{4L,0x50B285FAL,0x1C05FA5AL,0x8A606355L}},{{0x0C9BFB87L,(-6L),0x14D98EA3L,5L},{0xBDD0B693L,5L,5L,0xBDD0B693L},{(-1L),9L,(-1L),0x4C0AFD82L},{0L,0x1F742CEBL,0x1A2D7867L,0xB2D93A86L},{0xEAE813F2L,0x86B46617L,0x60EB54A4L,0xB2D93A86L},{0x78ACAA54L,0x05BB3E85L,0L,(-6L)},{0x10A9C07CL,9L,0L,0xE2B33A36L},{0xF16DAB53L,0x844EF14FL,0x1A2D7867L,0x4C0AFD82L},{3L,0L,0xEAE813F2L,1L}},{{0L,0x74EB91FBL,0x036ACEBEL,0x8A606355L},{0x1F742CEBL,0x4C0AFD82L,1L,0xB2946C84L},{0x75416565L,0xD5CE2574L,0x8A606355L,(-1L)},{0xD1FD5F48L,0x10A9C07CL,0x58AA24F5L,1L},{1L,4L,9L,0L},{0x91CC097DL,0x832032B9L,0x75416565L,1L},{0xEB662F6DL,0xD1FD5F48L,0x3DE15252L,0x91CC097DL},{0x71A791DEL,0xEAE813F2L,0xF16DAB53L,9L},{0L,0L,0x1F742CEBL,0xBDD0B693L}},{{0x05BB3E85L,0xE2B33A36L,(-1L),4L},{0x2EDDAFFDL,(-1L),4L,0x19DF0255L},{0x936FBAC3L,0x9DE98D40L,5L,(-2L)},{1L,0xBDD0B693L,(-4L),4L},{1L,3L,1L,0x1C05FA5AL},{0L,0x036ACEBEL,0xBDD0B693L,0x83CC42B5L},{0x4C0AFD82L,4L,0xD1FD5F48L,0x036ACEBEL},{0x50B285FAL,(-6L),0xD1FD5F48L,0x2EDDAFFDL},{0x4C0AFD82L,0x98DCA0F1L,0xBDD0B693L,0x57C61DA5L}}};
static volatile int32_t g_157 = 1L;/* VOLATILE GLOBAL g_157 */
static volatile int32_t g_158 = 0x6160A43FL;/* VOLATILE GLOBAL g_158 */
static volatile int32_t g_159 = 5L;/* VOLATILE GLOBAL g_159 */
static volatile int32_t g_160 = 8L;/* VOLATILE GLOBAL g_160 */
static volatile int32_t g_161 = (-1L);/* VOLATILE GLOBAL g_161 */
static volatile int32_t g_162[1][9][5] = {{{9L,0x55790580L,9L,9L,0x55790580L},{0xF7827581L,(-7L),(-7L),0xF7827581L,(-7L)},{0x55790580L,0x55790580L,0x2D68B998L,0x55790580L,0x55790580L},{(-7L),0xF7827581L,(-7L),(-7L),0xF7827581L},{0x55790580L,9L,9L,0x55790580L,9L},{0xF7827581L,0xF7827581L,0x1A0E2963L,0xF7827581L,0xF7827581L},{9L,0x55790580L,9L,9L,0x55790580L},{0xF7827581L,(-7L),(-7L),0xF7827581L,(-7L)},{0x55790580L,0x55790580L,0x2D68B998L,0x55790580L,0x55790580L}}};
static volatile int32_t g_163 = 0xEF8C87ACL;/* VOLATILE GLOBAL g_163 */
static volatile int32_t g_164[6][4][7] = {{{1L,0x01D58953L,1L,1L,0x01D58953L,1L,1L},{0x01D58953L,0x01D58953L,0x0F15932AL,0x01D58953L,0x01D58953L,0x0F15932AL,0x01D58953L},{0x01D58953L,1L,1L,0x01D58953L,1L,1L,0x01D58953L},{1L,0x01D58953L,1L,1L,0x01D58953L,1L,1L}},{{0x01D58953L,0x01D58953L,0x0F15932AL,0x01D58953L,0x01D58953L,0x0F15932AL,0x01D58953L},{0x01D58953L,1L,1L,0x01D58953L,1L,1L,0x01D58953L},{1L,0x01D58953L,1L,1L,0x01D58953L,1L,1L},{0x01D58953L,0x01D58953L,0x0F15932AL,1L,1L,0x01D58953L,1L}},{{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L},{0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL},{1L,1L,0x01D58953L,1L,1L,0x01D58953L,1L},{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L}},{{0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL},{1L,1L,0x01D58953L,1L,1L,0x01D58953L,1L},{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L},{0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL}},{{1L,1L,0x01D58953L,1L,1L,0x01D58953L,1L},{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L},{0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL},{1L,1L,0x01D58953L,1L,1L,0x01D58953L,1L}},{{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L},{0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL},{1L,1L,0x01D58953L,1L,1L,0x01D58953L,1L},{1L,0x0F15932AL,0x0F15932AL,1L,0x0F15932AL,0x0F15932AL,1L}}};
static volatile int32_t g_165 = 5L;/* VOLATILE GLOBAL g_165 */
static volatile int32_t g_166 = 0xA76FC585L;/* VOLATILE GLOBAL g_166 */
static volatile int32_t g_167 = 0x62A5DBB9L;/* VOLATILE GLOBAL g_167 */
static volatile int32_t g_168 = 0xC65EB622L;/* VOLATILE GLOBAL g_168 */
static volatile int32_t g_169 = 1L;/* VOLATILE GLOBAL g_169 */
static volatile int32_t g_170 = 0x652DBFB6L;/* VOLATILE GLOBAL g_170 */
static volatile int32_t g_171 = 6L;/* VOLATILE GLOBAL g_171 */
static volatile int32_t *g_153[7][8] = {{(void*)0,&g_161,&g_171,&g_163,&g_167,&g_167,&g_163,&g_171},{&g_159,&g_159,&g_171,&g_165,(void*)0,&g_169,(void*)0,(void*)0},{&g_167,(void*)0,(void*)0,&g_159,(void*)0,(void*)0,&g_167,(void*)0},{(void*)0,&g_169,(void*)0,&g_165,&g_171,&g_159,&g_159,&g_171},{&g_163,&g_167,&g_167,&g_163,&g_171,&g_161,(void*)0,&g_159},{(void*)0,&g_155,&g_157,&g_171,(void*)0,&g_171,&g_157,&g_155},{&g_167,&g_155,&g_159,&g_157,(void*)0,&g_161,&g_165,&g_165}};
static volatile int32_t ** volatile g_152 = &g_153[2][7];/* VOLATILE GLOBAL g_152 */
static volatile int32_t ** volatile *g_151 = &g_152;
static int8_t g_189 = 1L;
static int32_t *g_222 = (void*)0;
static uint64_t g_244 = 0UL;
static uint64_t g_249[2] = {0x8347ABF410F041E9LL,0x8347ABF410F041E9LL};
static volatile int32_t * volatile *g_253 = (void*)0;
static volatile int32_t * volatile **g_252 = &g_253;
static volatile int32_t * volatile ***g_251 = &g_252;
static volatile int32_t * volatile *** volatile *g_250 = &g_251;
static int32_t g_254 = 0x1DFB01F2L;
static uint16_t g_257 = 0x4937L;
static int8_t g_297[1][10] = {{0L,(-4L),(-1L),(-4L),0L,0L,(-4L),(-1L),(-4L),0L}};
static int32_t g_301 = (-2L);
static uint64_t g_323 = 0xB97F08B360709DD3LL;
static const uint8_t g_429 = 0xECL;
static const uint8_t *g_428 = &g_429;
static volatile uint32_t g_500 = 2UL;/* VOLATILE GLOBAL g_500 */
static volatile uint16_t * volatile g_560[8][1] = {{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}};
static volatile uint16_t * volatile * const  volatile g_559 = &g_560[2][0];/* VOLATILE GLOBAL g_559 */
static volatile uint16_t * volatile * volatile g_561 = (void*)0;/* VOLATILE GLOBAL g_561 */
static int64_t g_621 = 1L;
static uint32_t g_699 = 0xA13F3750L;
static uint16_t g_717 = 7UL;
static int16_t g_820 = (-9L);
static int32_t g_843 = 0L;
static volatile int64_t g_924 = (-7L);/* VOLATILE GLOBAL g_924 */
static uint32_t g_955 = 0xE9E51BD4L;
static int16_t g_1015 = 1L;
static const int32_t **g_1145 = (void*)0;
static uint16_t **g_1162 = (void*)0;
static int32_t g_1195 = 0xD32EEDF0L;
static uint32_t *g_1205 = (void*)0;
static uint32_t **g_1204 = &g_1205;
static uint8_t *g_1209[4][7] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2]},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2],&g_115[1][2]}};
static uint8_t **g_1208 = &g_1209[2][0];
static uint8_t ***g_1207 = &g_1208;
static uint8_t ****g_1206 = &g_1207;
static int32_t ****g_1226 = (void*)0;
static int32_t *****g_1225[8][3][2] = {{{&g_1226,(void*)0},{&g_1226,&g_1226},{&g_1226,(void*)0}},{{&g_1226,(void*)0},{&g_1226,(void*)0},{&g_1226,(void*)0}},{{&g_1226,&g_1226},{&g_1226,(void*)0},{&g_1226,(void*)0}},{{&g_1226,(void*)0},{&g_1226,(void*)0},{&g_1226,&g_1226}},{{&g_1226,(void*)0},{&g_1226,(void*)0},{&g_1226,(void*)0}},{{&g_1226,(void*)0},{&g_1226,&g_1226},{&g_1226,(void*)0}},{{&g_1226,(void*)0},{&g_1226,(void*)0},{&g_1226,(void*)0}},{{&g_1226,&g_1226},{&g_1226,(void*)0},{&g_1226,(void*)0}}};
static uint32_t g_1254 = 0x6B555639L;
static const uint32_t g_1326 = 0xFFC4DFCCL;
static const uint32_t g_1328 = 4294967295UL;
static int32_t *** const g_1349 = (void*)0;
static int32_t *** const *g_1348 = &g_1349;
static int32_t *** const **g_1347 = &g_1348;
static uint32_t g_1417 = 18446744073709551615UL;
static uint8_t g_1439 = 250UL;
static volatile int8_t g_1457 = 0x97L;/* VOLATILE GLOBAL g_1457 */
static int32_t g_1479 = 0xD5DF5C60L;
static volatile int64_t g_1480[5][4] = {{0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL,0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL},{0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL,0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL},{0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL,0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL},{0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL,0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL},{0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL,0x4F5014677ABA49ABLL,0xA20A4ED214AFCE5CLL}};
static int64_t g_1501 = 0x01BACA473A874F9BLL;
static int32_t *g_1518 = &g_34;
static const int8_t *g_1624 = &g_189;
static const int8_t **g_1623 = &g_1624;
static int32_t ** const g_1649 = &g_222;
static int32_t ** const *g_1648 = &g_1649;
static int32_t ** const **g_1647 = &g_1648;
static const volatile uint32_t g_1697 = 9UL;/* VOLATILE GLOBAL g_1697 */
static int64_t *g_1748 = (void*)0;
static int64_t **g_1747 = &g_1748;
static int64_t *** volatile g_1746 = &g_1747;/* VOLATILE GLOBAL g_1746 */
static const int32_t g_1770 = (-1L);
static const int32_t * const g_1769[9] = {&g_1770,&g_1770,&g_1770,&g_1770,&g_1770,&g_1770,&g_1770,&g_1770,&g_1770};
static const int32_t * const *g_1768 = &g_1769[4];
static const int32_t * const **g_1767 = &g_1768;
static const int32_t * const ***g_1766 = &g_1767;
static const int32_t * const ****g_1765 = &g_1766;
static volatile int32_t g_1779[6] = {0xCE4C63FEL,0xCE4C63FEL,0x37D950FCL,0xCE4C63FEL,0xCE4C63FEL,0x37D950FCL};
static uint64_t g_1785 = 1UL;
static int32_t ** volatile g_1795 = &g_1518;/* VOLATILE GLOBAL g_1795 */
static uint32_t g_1822 = 0xF09E76CFL;
static volatile uint32_t g_1938 = 4294967286UL;/* VOLATILE GLOBAL g_1938 */
static volatile uint32_t * const g_1937 = &g_1938;
static volatile uint32_t * const *g_1936[7][7] = {{&g_1937,&g_1937,(void*)0,&g_1937,&g_1937,(void*)0,&g_1937},{&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937},{&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937},{&g_1937,&g_1937,(void*)0,&g_1937,&g_1937,(void*)0,&g_1937},{&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937},{&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937,&g_1937},{&g_1937,&g_1937,(void*)0,&g_1937,&g_1937,(void*)0,&g_1937}};
static volatile uint32_t * const * volatile *g_1935[2] = {&g_1936[2][1],&g_1936[2][1]};
static volatile uint32_t * const * volatile * volatile * const g_1934 = &g_1935[0];
static uint16_t g_1987[2] = {65532UL,65532UL};
static volatile int8_t g_2053 = (-1L);/* VOLATILE GLOBAL g_2053 */
static int32_t ** const  volatile g_2071 = (void*)0;/* VOLATILE GLOBAL g_2071 */
static volatile int64_t g_2090 = 0x0CCB0868ECCAC473LL;/* VOLATILE GLOBAL g_2090 */
static volatile int64_t *g_2089 = &g_2090;
static const int32_t *g_2095 = &g_63;
static const int32_t ** volatile g_2094 = &g_2095;/* VOLATILE GLOBAL g_2094 */
static int32_t ** volatile g_2113 = (void*)0;/* VOLATILE GLOBAL g_2113 */
static int32_t ** volatile g_2114 = &g_222;/* VOLATILE GLOBAL g_2114 */
static uint8_t g_2138 = 0UL;
static int16_t * volatile *g_2207 = (void*)0;
static int16_t g_2247 = 0L;
static const int32_t ****g_2269 = (void*)0;
static volatile int32_t g_2291[2][3] = {{0L,(-1L),0L},{0L,(-1L),0L}};
static const uint16_t g_2326 = 0xF5DEL;
static const int32_t ** volatile g_2433[4] = {&g_2095,&g_2095,&g_2095,&g_2095};
static uint8_t *** const *g_2465 = &g_1207;
static uint8_t *** const **g_2464 = &g_2465;
static const uint8_t **g_2471 = (void*)0;
static const uint8_t ***g_2470 = &g_2471;
static const uint8_t ****g_2469 = &g_2470;
static const uint8_t *****g_2468 = &g_2469;
static volatile uint16_t g_2502 = 65530UL;/* VOLATILE GLOBAL g_2502 */
static volatile uint16_t *g_2501 = &g_2502;
static volatile uint16_t * volatile *g_2500 = &g_2501;
static uint64_t g_2515 = 0x67BB31E2465239E5LL;
static const uint32_t g_2654 = 0x063DF275L;
static const int32_t ** volatile g_2663[9][2] = {{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095},{(void*)0,&g_2095}};
static const int32_t ** volatile g_2664[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static const int32_t ** volatile g_2668[7][7][5] = {{{&g_2095,(void*)0,&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,&g_2095,&g_2095,(void*)0},{(void*)0,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0,(void*)0,&g_2095}},{{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,(void*)0,&g_2095},{&g_2095,(void*)0,&g_2095,&g_2095,&g_2095}},{{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,(void*)0,&g_2095,(void*)0,&g_2095},{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095}},{{&g_2095,&g_2095,&g_2095,(void*)0,&g_2095},{&g_2095,(void*)0,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095}},{{&g_2095,(void*)0,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,(void*)0}},{{&g_2095,(void*)0,&g_2095,&g_2095,(void*)0},{(void*)0,(void*)0,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,&g_2095,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095}},{{(void*)0,(void*)0,&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,&g_2095,(void*)0,(void*)0},{(void*)0,&g_2095,&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,(void*)0,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095,(void*)0,&g_2095}}};
static const int32_t ** volatile g_2669 = (void*)0;/* VOLATILE GLOBAL g_2669 */
static const int32_t ** volatile g_2670 = &g_2095;/* VOLATILE GLOBAL g_2670 */
static const int32_t ** volatile g_2671 = &g_2095;/* VOLATILE GLOBAL g_2671 */
static int64_t ***g_2709 = &g_1747;
static int64_t ***g_2710 = &g_1747;
static volatile uint16_t * const  volatile *g_2760 = (void*)0;
static volatile uint16_t * const  volatile * volatile *g_2759 = &g_2760;
static volatile uint16_t * const  volatile * volatile **g_2758 = &g_2759;
static volatile uint16_t * const  volatile * volatile *** volatile g_2757 = &g_2758;/* VOLATILE GLOBAL g_2757 */
static int32_t g_2844[9][6][1] = {{{(-1L)},{0x7B277065L},{0x45D703CDL},{(-3L)},{1L},{0x138562FDL}},{{0x871269DCL},{1L},{0x871269DCL},{0x138562FDL},{1L},{(-3L)}},{{0x45D703CDL},{0x7B277065L},{(-1L)},{(-1L)},{0x1A99DDD5L},{2L}},{{0xEF570DCFL},{2L},{0x1A99DDD5L},{(-1L)},{(-1L)},{0x7B277065L}},{{0x45D703CDL},{(-3L)},{1L},{0x138562FDL},{0x871269DCL},{1L}},{{0x871269DCL},{0x138562FDL},{1L},{(-3L)},{0x45D703CDL},{0x7B277065L}},{{(-1L)},{(-1L)},{0x1A99DDD5L},{2L},{0xEF570DCFL},{2L}},{{0x1A99DDD5L},{(-1L)},{(-1L)},{0x7B277065L},{0x45D703CDL},{(-3L)}},{{1L},{0x138562FDL},{0x871269DCL},{1L},{0x871269DCL},{0x138562FDL}}};
static const int32_t ** volatile g_2870 = &g_2095;/* VOLATILE GLOBAL g_2870 */
static int32_t *g_3008 = &g_34;
static int32_t ** volatile g_3007 = &g_3008;/* VOLATILE GLOBAL g_3007 */
static uint32_t *g_3096 = (void*)0;
static uint32_t ** volatile g_3095 = &g_3096;/* VOLATILE GLOBAL g_3095 */
static uint8_t *****g_3492 = &g_1206;
static volatile uint64_t g_3516[7][4] = {{0x1DF9394BFD3308C9LL,0x13C5FDF23B0D5BB7LL,0x1DF9394BFD3308C9LL,0x1DF9394BFD3308C9LL},{0x13C5FDF23B0D5BB7LL,0x13C5FDF23B0D5BB7LL,6UL,0x13C5FDF23B0D5BB7LL},{0x13C5FDF23B0D5BB7LL,0x1DF9394BFD3308C9LL,0x1DF9394BFD3308C9LL,0x13C5FDF23B0D5BB7LL},{0x1DF9394BFD3308C9LL,0x13C5FDF23B0D5BB7LL,0x1DF9394BFD3308C9LL,0x1DF9394BFD3308C9LL},{0x13C5FDF23B0D5BB7LL,0x13C5FDF23B0D5BB7LL,6UL,0x13C5FDF23B0D5BB7LL},{0x13C5FDF23B0D5BB7LL,0x1DF9394BFD3308C9LL,0x1DF9394BFD3308C9LL,0x13C5FDF23B0D5BB7LL},{0x1DF9394BFD3308C9LL,0x13C5FDF23B0D5BB7LL,0x1DF9394BFD3308C9LL,0x1DF9394BFD3308C9LL}};
static const int16_t g_3524 = 0L;
static int64_t g_3576 = (-6L);
static int32_t g_3597 = 0x34FDDAF1L;
static int64_t **g_3616 = (void*)0;
static int64_t *** const  volatile g_3615 = &g_3616;/* VOLATILE GLOBAL g_3615 */
static const uint8_t *****g_3625 = &g_2469;


/* --- FORWARD DECLARATIONS --- */
static int16_t  func_1(void);
static int64_t  func_13(const uint8_t  p_14, int32_t * const  p_15, int32_t * p_16, uint16_t  p_17);
static int32_t * func_18(uint64_t  p_19, int64_t  p_20, int32_t * p_21);
static int32_t * func_23(int32_t  p_24);
static int32_t  func_43(int32_t * p_44, uint8_t  p_45, uint32_t  p_46);
static int32_t * func_47(int32_t * p_48, int32_t * p_49, const uint32_t  p_50);
static int32_t * func_51(int32_t * const  p_52, uint16_t  p_53, uint16_t  p_54, int32_t * p_55, uint64_t  p_56);
static uint16_t  func_58(int32_t  p_59, int8_t  p_60, int32_t * p_61, int32_t * p_62);
static uint8_t  func_66(uint16_t  p_67, int8_t  p_68, int32_t  p_69, uint8_t  p_70, int32_t * p_71);
static uint16_t  func_75(uint32_t  p_76, int16_t  p_77, int32_t  p_78, const int16_t  p_79);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_6 g_1649 g_2 g_114 g_115 g_222
 * writes: g_6 g_7 g_222
 */
static int16_t  func_1(void)
{ /* block id: 0 */
    int64_t l_22 = 0xA814B11F3813BF58LL;
    int32_t l_3657 = 9L;
    int32_t l_3658 = 1L;
    int32_t l_3666 = 1L;
    int32_t l_3667 = (-3L);
    int32_t l_3671 = 0xB31778ACL;
    int32_t l_3673 = 9L;
    uint64_t l_3674 = 0xA107C06AC09312BALL;
    for (g_6 = 6; (g_6 >= 0); g_6 -= 1)
    { /* block id: 3 */
        int64_t l_2802 = (-7L);
        int32_t l_3652[6][5] = {{2L,0xD2A81406L,0x34BDFCE9L,0xA78C6044L,0xA78C6044L},{0L,0xD2A81406L,0L,(-1L),0xD2A81406L},{0xA78C6044L,(-8L),(-1L),0xA78C6044L,(-1L)},{0xA78C6044L,0xA78C6044L,0x34BDFCE9L,0xD2A81406L,2L},{0L,2L,(-1L),(-1L),2L},{2L,(-8L),0L,2L,(-1L)}};
        int i, j;
        for (g_7 = 6; (g_7 >= 0); g_7 -= 1)
        { /* block id: 6 */
            int32_t l_12 = (-1L);
            int32_t *l_3645 = &g_254;
            int32_t l_3659 = 0x108D3DE0L;
            int32_t l_3662 = 8L;
            int32_t l_3663 = 0xD4776FE7L;
            int32_t l_3665 = 0x6F379B0BL;
            int32_t l_3669 = 0x6AEE2CB3L;
            int32_t l_3670 = (-10L);
            int32_t l_3672[9];
            int i, j;
            for (i = 0; i < 9; i++)
                l_3672[i] = 0L;
        }
        for (l_3671 = 0; (l_3671 <= 6); l_3671 += 1)
        { /* block id: 1675 */
            int i, j;
            (*g_1649) = &l_3658;
            (*g_222) = (safe_lshift_func_int16_t_s_u((((g_2[l_3671][(l_3671 + 1)] < 0x29L) < (*g_114)) , l_22), 14));
        }
    }
    return l_3671;
}


/* ------------------------------------------ */
/* 
 * reads : g_249 g_1785 g_6 g_3008 g_1624 g_189 g_3007 g_114 g_115 g_2501 g_2502 g_429 g_1987 g_717 g_1623 g_107 g_820 g_3095 g_301 g_244 g_1822 g_2089 g_2090 g_63 g_1647 g_1648 g_1649 g_85 g_34 g_1937 g_1938 g_109 g_2138 g_297 g_156 g_955 g_1457 g_1766 g_1767 g_257 g_1479 g_2844
 * writes: g_2 g_955 g_1785 g_34 g_115 g_820 g_1987 g_717 g_1822 g_301 g_244 g_222 g_85 g_189 g_2138 g_1204 g_297 g_1501 g_257 g_1479 g_3625 g_2247
 */
static int64_t  func_13(const uint8_t  p_14, int32_t * const  p_15, int32_t * p_16, uint16_t  p_17)
{ /* block id: 1275 */
    int8_t l_2805[7] = {0L,0L,(-1L),0L,0L,(-1L),0L};
    int8_t *l_2810 = &g_2[3][0];
    uint64_t *l_2815 = &g_1785;
    const uint16_t *l_2818 = &g_717;
    const uint16_t **l_2817 = &l_2818;
    const uint16_t ***l_2816 = &l_2817;
    const uint16_t ****l_2819 = (void*)0;
    const uint16_t ****l_2820 = &l_2816;
    uint32_t l_2821 = 1UL;
    uint32_t l_2822[2];
    uint8_t ****l_2840 = &g_1207;
    uint64_t l_2895 = 0x45471C95C365D5F3LL;
    int32_t l_2896 = 0x585A901AL;
    uint32_t l_2916 = 1UL;
    int32_t l_2923 = 1L;
    uint16_t l_2958 = 0xF2CCL;
    int32_t **l_2987 = &g_1518;
    int32_t ***l_2986 = &l_2987;
    int16_t *l_3068 = &g_820;
    uint16_t *l_3069 = &g_1987[1];
    uint16_t *l_3070 = &g_717;
    uint16_t l_3071[4];
    uint32_t l_3072 = 0UL;
    int32_t l_3076 = 0x2BF052A6L;
    uint64_t l_3077[7] = {0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL,0x723DA3A9355D0FD4LL};
    uint32_t l_3080 = 2UL;
    int16_t l_3092 = 0x0773L;
    int64_t *** const l_3097 = &g_1747;
    uint64_t l_3101 = 18446744073709551615UL;
    int32_t l_3170 = 0xB490FDA8L;
    int32_t l_3172 = 0xC4B68FC9L;
    int32_t l_3173 = 1L;
    int32_t l_3175 = 0x87F2667DL;
    int32_t l_3176 = (-3L);
    int32_t l_3180 = 0x34CB7487L;
    int32_t l_3181 = 5L;
    int32_t l_3182 = 0x6E6B857DL;
    int32_t l_3183 = 0L;
    int32_t l_3184 = 0x34B82D24L;
    int32_t l_3186 = 0x73AFB11DL;
    int32_t l_3187 = 1L;
    int32_t l_3188 = (-8L);
    int32_t l_3189 = (-1L);
    int32_t l_3190 = 0xC3DE6174L;
    int32_t l_3191[3][10] = {{0x211E31A3L,0x4154F766L,0x211E31A3L,0x211E31A3L,0x4154F766L,0x211E31A3L,0x211E31A3L,0x4154F766L,0x211E31A3L,0x211E31A3L},{0x4154F766L,0x4154F766L,0L,0x4154F766L,0x4154F766L,0L,0x4154F766L,0x4154F766L,0L,0x4154F766L},{0x4154F766L,0x211E31A3L,0x211E31A3L,0x4154F766L,0x211E31A3L,0x211E31A3L,0x4154F766L,0x211E31A3L,0x211E31A3L,0x4154F766L}};
    const int64_t l_3209 = 0x107E0900B235F727LL;
    uint8_t l_3237 = 0x2EL;
    uint32_t * const *l_3267[4] = {&g_1205,&g_1205,&g_1205,&g_1205};
    uint16_t l_3271[2];
    int32_t ***** const l_3292[7][2] = {{&g_1226,&g_1226},{&g_1226,&g_1226},{&g_1226,&g_1226},{&g_1226,&g_1226},{&g_1226,&g_1226},{&g_1226,&g_1226},{&g_1226,&g_1226}};
    int64_t *l_3316 = &g_1501;
    uint64_t l_3416[4][4] = {{1UL,0xEBD12A2DD2967879LL,0xEBD12A2DD2967879LL,1UL},{0xEBD12A2DD2967879LL,1UL,0x2FE2DA8A648073F2LL,1UL},{0xEBD12A2DD2967879LL,0x2FE2DA8A648073F2LL,0xEBD12A2DD2967879LL,18446744073709551615UL},{1UL,1UL,18446744073709551615UL,18446744073709551615UL}};
    uint16_t ***l_3463[9] = {&g_1162,&g_1162,(void*)0,&g_1162,&g_1162,(void*)0,&g_1162,&g_1162,(void*)0};
    uint64_t l_3467 = 0UL;
    const int16_t *l_3523[1];
    uint64_t l_3551[3][9][5] = {{{1UL,0x91AE317A22E7DE7ELL,0x6F92DD9855417D1ALL,1UL,1UL},{0xEDEB387DBAF47EA8LL,0xDEFAE2FD7C16D466LL,0xEDEB387DBAF47EA8LL,1UL,0x11182F64FD121315LL},{1UL,18446744073709551615UL,0x86AD1CA0DE17DA73LL,0x91AE317A22E7DE7ELL,18446744073709551615UL},{0x53B8B3D42D7F5F9ELL,0xDEFAE2FD7C16D466LL,18446744073709551615UL,0xDEFAE2FD7C16D466LL,0x53B8B3D42D7F5F9ELL},{18446744073709551615UL,0x91AE317A22E7DE7ELL,0x86AD1CA0DE17DA73LL,18446744073709551615UL,1UL},{0x11182F64FD121315LL,1UL,0xEDEB387DBAF47EA8LL,0xDEFAE2FD7C16D466LL,0xEDEB387DBAF47EA8LL},{1UL,1UL,0x6F92DD9855417D1ALL,0x91AE317A22E7DE7ELL,1UL},{0xBEA7FBE6953A1FE0LL,0xDEFAE2FD7C16D466LL,0xBEA7FBE6953A1FE0LL,1UL,0x53B8B3D42D7F5F9ELL},{1UL,0x86AD1CA0DE17DA73LL,0x86AD1CA0DE17DA73LL,1UL,18446744073709551615UL}},{{0x11182F64FD121315LL,0xDEFAE2FD7C16D466LL,0x6C9804C00A32757ALL,0xDEFAE2FD7C16D466LL,0x11182F64FD121315LL},{18446744073709551615UL,1UL,0x86AD1CA0DE17DA73LL,0x86AD1CA0DE17DA73LL,1UL},{0x53B8B3D42D7F5F9ELL,1UL,0xBEA7FBE6953A1FE0LL,0xDEFAE2FD7C16D466LL,0xBEA7FBE6953A1FE0LL},{1UL,0x91AE317A22E7DE7ELL,0x6F92DD9855417D1ALL,1UL,1UL},{0xEDEB387DBAF47EA8LL,0xDEFAE2FD7C16D466LL,0xEDEB387DBAF47EA8LL,1UL,0x11182F64FD121315LL},{1UL,18446744073709551615UL,0x86AD1CA0DE17DA73LL,0x91AE317A22E7DE7ELL,18446744073709551615UL},{0x53B8B3D42D7F5F9ELL,0xDEFAE2FD7C16D466LL,18446744073709551615UL,0xDEFAE2FD7C16D466LL,0x53B8B3D42D7F5F9ELL},{18446744073709551615UL,0x91AE317A22E7DE7ELL,0x86AD1CA0DE17DA73LL,18446744073709551615UL,1UL},{0x11182F64FD121315LL,1UL,0xEDEB387DBAF47EA8LL,0xDEFAE2FD7C16D466LL,0xEDEB387DBAF47EA8LL}},{{1UL,1UL,0x6F92DD9855417D1ALL,0x91AE317A22E7DE7ELL,1UL},{0xBEA7FBE6953A1FE0LL,0xDEFAE2FD7C16D466LL,0xBEA7FBE6953A1FE0LL,1UL,0x53B8B3D42D7F5F9ELL},{1UL,0x86AD1CA0DE17DA73LL,0x86AD1CA0DE17DA73LL,1UL,18446744073709551615UL},{0x11182F64FD121315LL,0xDEFAE2FD7C16D466LL,0x6C9804C00A32757ALL,0xDEFAE2FD7C16D466LL,0x11182F64FD121315LL},{18446744073709551615UL,1UL,0x86AD1CA0DE17DA73LL,0x86AD1CA0DE17DA73LL,1UL},{0x53B8B3D42D7F5F9ELL,1UL,18446744073709551615UL,1UL,18446744073709551615UL},{18446744073709551615UL,0x86AD1CA0DE17DA73LL,0x91AE317A22E7DE7ELL,18446744073709551615UL,18446744073709551615UL},{0x6C9804C00A32757ALL,1UL,0x6C9804C00A32757ALL,0UL,0xEDEB387DBAF47EA8LL},{18446744073709551615UL,18446744073709551614UL,0x6F92DD9855417D1ALL,0x86AD1CA0DE17DA73LL,18446744073709551614UL}}};
    uint8_t *****l_3623 = &l_2840;
    const uint8_t *****l_3624 = &g_2469;
    uint64_t l_3642 = 1UL;
    int32_t l_3643 = 0x478AC7A3L;
    int16_t *l_3644 = &g_2247;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_2822[i] = 3UL;
    for (i = 0; i < 4; i++)
        l_3071[i] = 0xB665L;
    for (i = 0; i < 2; i++)
        l_3271[i] = 0xF9B5L;
    for (i = 0; i < 1; i++)
        l_3523[i] = &g_3524;
    if ((safe_rshift_func_int16_t_s_s(l_2805[6], ((safe_lshift_func_int8_t_s_u(((safe_mul_func_int8_t_s_s(((*l_2810) = 0x15L), (((*l_2820) = ((((((((safe_div_func_int32_t_s_s((((g_955 = (0x422E2AB10FA54A4DLL | g_249[0])) || (safe_div_func_uint64_t_u_u(((*l_2815) &= p_14), (p_14 , l_2805[2])))) | (p_14 == 0L)), l_2805[3])) | 4294967295UL) , p_14) > l_2805[5]) <= l_2805[3]) <= l_2805[6]) > p_17) , l_2816)) != &l_2817))) != l_2805[6]), l_2821)) || l_2822[0]))))
    { /* block id: 1280 */
        uint16_t l_2842 = 6UL;
        uint16_t ** const *l_2854 = (void*)0;
        uint16_t ** const **l_2853 = &l_2854;
        int32_t l_2905 = 0xF40FE6D9L;
        uint8_t *l_2914 = &g_1439;
        int32_t l_2965[2];
        int i;
        for (i = 0; i < 2; i++)
            l_2965[i] = 0xE4732835L;
    }
    else
    { /* block id: 1370 */
        uint32_t *l_3032 = (void*)0;
        int64_t l_3039 = 4L;
        int32_t l_3042 = 1L;
        int8_t l_3043 = 0xF0L;
        uint64_t l_3044 = 0xC159C08E5199EB82LL;
        int32_t l_3045 = 0xF8F2BD54L;
        l_3045 &= (safe_lshift_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_s((safe_mul_func_uint16_t_u_u(((((((safe_rshift_func_int16_t_s_s(0xFF95L, ((safe_mod_func_uint32_t_u_u(0xBC3D3D44L, (safe_mul_func_uint8_t_u_u((safe_mul_func_int16_t_s_s(((((*p_16) <= ((*g_3008) = (l_3032 == l_3032))) , 0x60L) & p_14), ((safe_rshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u(l_3039, ((safe_mod_func_uint16_t_u_u(l_3039, 4L)) , p_17))) != p_17), l_3042)), 1)) , p_14))), p_17)))) & l_3043))) || (*g_1624)) , l_3039) , p_14) < l_3043) | (*g_1624)), l_3044)), 1)), p_14)), 2));
        l_3045 = ((**g_3007) = ((safe_mod_func_uint8_t_u_u(l_3039, l_3044)) || l_3043));
        l_3045 ^= (1L != l_3039);
    }
    if ((((((((*l_3070) ^= (safe_sub_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_u(((p_17 || ((*l_3069) |= ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_uint8_t_u_u(((*g_114) &= 1UL), 2)), ((*l_3068) = ((safe_add_func_uint64_t_u_u(((((&g_2269 != &g_1226) == ((*l_2810) = (p_17 , ((~(p_17 ^ (((~((p_14 == ((safe_lshift_func_int8_t_s_u((((safe_mul_func_uint16_t_u_u((*g_2501), (((safe_rshift_func_int8_t_s_s(l_2822[0], 2)) , (void*)0) != (void*)0))) ^ 0L) , 0x0AL), 2)) <= p_14)) || p_17)) , 0UL) ^ p_17))) || (*g_1624))))) ^ (*g_1624)) < 0x97L), p_17)) >= 65535UL)))) >= g_429))) <= (*g_1624)), p_17)), 0x81BDDF68L))) == l_3071[0]) != (**g_1623)) < p_14) == l_3072) , (*p_16)))
    { /* block id: 1382 */
        int64_t l_3073 = 0L;
        int32_t *l_3074 = (void*)0;
        int32_t *l_3075[6] = {&g_301,&g_301,&l_2896,&g_301,&g_301,&l_2896};
        int i;
        --l_3077[1];
        return l_3080;
    }
    else
    { /* block id: 1385 */
        uint16_t ***l_3081 = &g_1162;
        uint16_t ****l_3082 = &l_3081;
        uint16_t ***l_3084 = &g_1162;
        uint16_t ****l_3083 = &l_3084;
        int32_t *l_3085 = (void*)0;
        int32_t l_3088 = 0x1B3F2859L;
        int32_t l_3089 = 0x08DAE5F5L;
        uint32_t *l_3094 = &g_699;
        uint32_t **l_3093[6] = {&l_3094,&l_3094,&l_3094,&l_3094,&l_3094,&l_3094};
        int64_t ** const *l_3098[5][3][8] = {{{&g_1747,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747,(void*)0},{(void*)0,&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747},{&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,(void*)0,&g_1747,&g_1747}},{{&g_1747,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,(void*)0,&g_1747},{&g_1747,&g_1747,&g_1747,(void*)0,(void*)0,&g_1747,(void*)0,&g_1747},{&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,&g_1747}},{{(void*)0,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747,&g_1747,&g_1747},{&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,&g_1747},{&g_1747,(void*)0,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,(void*)0}},{{&g_1747,(void*)0,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747},{&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747,&g_1747,&g_1747},{&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747}},{{&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,&g_1747},{(void*)0,&g_1747,&g_1747,(void*)0,&g_1747,&g_1747,&g_1747,&g_1747},{&g_1747,&g_1747,&g_1747,&g_1747,&g_1747,(void*)0,(void*)0,&g_1747}}};
        int32_t l_3160 = (-6L);
        int32_t l_3163 = 0L;
        int32_t l_3174 = 0x628990EDL;
        int32_t l_3177 = 0x08F8616DL;
        int32_t l_3178[5][4][6] = {{{2L,2L,0L,2L,2L,0L},{2L,2L,0L,2L,2L,0L},{2L,2L,0L,2L,2L,0L},{2L,2L,0L,2L,2L,0L}},{{2L,2L,0L,2L,2L,0L},{2L,2L,0L,2L,2L,0L},{2L,2L,0L,2L,2L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L}},{{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L}},{{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L}},{{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L},{0x1ACECD17L,0x1ACECD17L,2L,0x1ACECD17L,0x1ACECD17L,2L}}};
        int32_t l_3185 = 0L;
        uint32_t l_3192 = 0xCB20A158L;
        int64_t l_3236 = 0xCE933F9990E508BDLL;
        uint16_t l_3256 = 0x035BL;
        const uint32_t *l_3330 = &g_955;
        const uint32_t **l_3329 = &l_3330;
        const int32_t ***l_3338[2];
        int64_t l_3340 = 0x9709214D98C4751ELL;
        int i, j, k;
        for (i = 0; i < 2; i++)
            l_3338[i] = (void*)0;
        (*g_3008) = ((((((*l_2820) != ((*l_3083) = ((*l_3082) = l_3081))) , (g_107 == ((*l_2815) = 18446744073709551609UL))) <= 0x874CEDE4L) <= (*p_15)) , 0xD4170FFAL);
        l_3089 ^= (((void*)0 == l_3085) == (safe_rshift_func_int16_t_s_s(l_3088, ((*l_3068) ^= (-1L)))));
        if ((safe_sub_func_uint64_t_u_u((((((((p_17 & ((((l_3092 | (2L || (((((((l_3093[2] != g_3095) , l_3097) == (l_3088 , l_3098[4][2][5])) > (((safe_rshift_func_uint8_t_u_s(((*g_114) = ((((g_1822 = 4294967295UL) , p_17) != p_14) || (-2L))), p_17)) == l_3088) == l_3088)) < 0x7EF7BA47L) < p_14) & l_3089))) , p_17) | l_3101) || 0xE22D6CCDL)) , p_17) | l_3088) & (**g_1623)) != 0UL) | l_3088) , p_17), 0x4C680D3EDEA99743LL)))
        { /* block id: 1394 */
            uint16_t **** const l_3132 = &l_3081;
            int32_t l_3151[7];
            int32_t l_3152 = 1L;
            uint8_t l_3154 = 1UL;
            int32_t *l_3157 = &g_301;
            int32_t *l_3158 = &l_2923;
            int32_t *l_3159 = &g_109;
            int32_t *l_3161 = &l_3160;
            int32_t *l_3162 = &g_1195;
            int32_t *l_3164 = (void*)0;
            int32_t *l_3165 = (void*)0;
            int32_t *l_3166 = &g_301;
            int32_t *l_3167 = &g_301;
            int32_t *l_3168 = &l_3076;
            int32_t *l_3169[8][8][4] = {{{(void*)0,(void*)0,&g_85,&g_34},{(void*)0,(void*)0,&g_1195,&l_3163},{&g_85,&g_301,&g_85,&l_3076},{&g_34,&g_301,&g_109,(void*)0},{&g_34,(void*)0,&g_85,(void*)0},{&g_85,&g_7,&g_1195,&g_7},{(void*)0,&l_3076,&g_85,&g_301},{(void*)0,&g_1479,&g_109,&g_109}},{{(void*)0,&g_34,&g_85,(void*)0},{(void*)0,&g_109,&g_1195,&g_1479},{&g_85,(void*)0,&g_85,(void*)0},{&g_34,&g_7,&g_109,&g_7},{&g_34,&g_1195,&g_85,&g_1195},{&g_85,(void*)0,&g_1195,&g_301},{(void*)0,(void*)0,&g_85,(void*)0},{(void*)0,&l_3163,&g_109,(void*)0}},{{(void*)0,(void*)0,&g_85,&g_34},{(void*)0,(void*)0,&g_1195,&l_3163},{&g_85,&g_301,&g_85,&l_3076},{&g_34,&g_301,&g_109,(void*)0},{&g_34,(void*)0,&g_85,(void*)0},{&g_85,&g_7,&g_1195,&g_7},{(void*)0,&l_3076,&g_85,&g_301},{(void*)0,&g_1479,&g_109,&g_109}},{{(void*)0,&g_34,&g_85,(void*)0},{(void*)0,&g_109,&g_1195,&g_1479},{&g_85,(void*)0,&g_85,(void*)0},{&g_34,&g_7,&g_109,&g_7},{&g_34,&g_1195,&g_85,&g_1195},{&g_85,(void*)0,&g_1195,&g_301},{(void*)0,(void*)0,&g_85,(void*)0},{(void*)0,&l_3163,&g_109,(void*)0}},{{(void*)0,(void*)0,&g_85,&g_34},{(void*)0,(void*)0,&g_1195,&l_3163},{&g_85,&g_301,&g_85,&l_3076},{&g_34,&g_301,&g_109,(void*)0},{&g_34,(void*)0,&g_85,(void*)0},{&g_85,&g_7,&g_1195,&g_7},{(void*)0,&l_3076,&g_85,&g_301},{(void*)0,&g_1479,&g_109,&g_109}},{{(void*)0,&g_34,&g_85,(void*)0},{(void*)0,&g_109,&g_1195,&g_1479},{&g_85,(void*)0,&g_85,(void*)0},{&g_34,&g_7,&g_109,&g_7},{&g_34,&g_1195,&g_85,&g_1195},{&g_85,(void*)0,&g_1195,&g_301},{(void*)0,(void*)0,&g_85,(void*)0},{(void*)0,&l_3163,&g_109,(void*)0}},{{(void*)0,(void*)0,&g_85,&g_34},{(void*)0,(void*)0,&g_1195,&l_3163},{&g_85,&g_301,&g_85,&l_3076},{&g_34,&g_301,&g_109,(void*)0},{&g_34,(void*)0,&g_85,(void*)0},{&g_85,&g_7,&g_1195,&g_7},{(void*)0,&l_3076,&g_85,&g_301},{(void*)0,&g_1479,&g_109,&g_109}},{{(void*)0,&g_34,&g_85,(void*)0},{(void*)0,&g_109,&g_1195,&g_1479},{&g_85,(void*)0,&g_85,(void*)0},{&g_34,&g_7,&g_109,&g_7},{&g_34,&g_1195,&g_85,&g_1195},{&g_85,(void*)0,&g_1195,&g_301},{(void*)0,(void*)0,&g_85,(void*)0},{(void*)0,&l_3163,&g_109,(void*)0}}};
            int32_t l_3171 = 0x4990F80AL;
            int16_t l_3179 = (-3L);
            int i, j, k;
            for (i = 0; i < 7; i++)
                l_3151[i] = 0xB6412F7DL;
            for (g_717 = 0; (g_717 >= 34); ++g_717)
            { /* block id: 1397 */
                uint32_t l_3112[7][10] = {{1UL,0x67DCC4B4L,0x67DCC4B4L,1UL,0x505931FDL,18446744073709551610UL,0x62AE8565L,18446744073709551615UL,0x30E49DDBL,1UL},{18446744073709551615UL,18446744073709551606UL,0xB5F858FCL,0x505931FDL,0x62AE8565L,18446744073709551615UL,0x67DCC4B4L,0x62AE8565L,0x30E49DDBL,18446744073709551610UL},{0x7D8AFCADL,0xAEC546C2L,0x8F2BDDEDL,1UL,1UL,8UL,1UL,1UL,0x8F2BDDEDL,0xAEC546C2L},{0xA18EA574L,18446744073709551615UL,18446744073709551610UL,0UL,0UL,0x505931FDL,0UL,18446744073709551615UL,6UL,0xA18EA574L},{18446744073709551610UL,0x7D8AFCADL,18446744073709551615UL,0UL,0xAEC546C2L,0x505931FDL,18446744073709551615UL,18446744073709551610UL,0xF4EFCCD4L,0xF4EFCCD4L},{0UL,6UL,0xAEC546C2L,18446744073709551610UL,18446744073709551610UL,0xAEC546C2L,6UL,0UL,0xB8166E08L,0x30E49DDBL},{18446744073709551610UL,18446744073709551615UL,0UL,18446744073709551615UL,0x493665C1L,8UL,18446744073709551610UL,0UL,0x013CA331L,18446744073709551610UL}};
                uint32_t * const l_3120 = &l_2821;
                int i, j;
                for (g_301 = 2; (g_301 >= 0); g_301 -= 1)
                { /* block id: 1400 */
                    int32_t ****l_3109 = &l_2986;
                    int32_t l_3121 = 0xEC8E3D84L;
                    for (g_244 = 3; (g_244 <= 8); g_244 += 1)
                    { /* block id: 1403 */
                        int32_t l_3122 = 8L;
                        int32_t l_3123 = 0xB62FEEC2L;
                        int64_t *l_3126[9][1] = {{&g_1501},{&g_1501},{&g_1501},{&g_1501},{&g_1501},{&g_1501},{&g_1501},{&g_1501},{&g_1501}};
                        int i, j;
                        l_3123 ^= ((l_3122 = ((~(((safe_rshift_func_uint8_t_u_u((((*l_3068) &= 0x5AB4L) || g_115[(g_301 + 1)][g_301]), 6)) , ((l_3112[5][4] ^= (safe_add_func_int32_t_s_s(((void*)0 != l_3109), ((g_115[(g_301 + 2)][g_301] , (--g_1822)) == (-4L))))) < (safe_add_func_uint32_t_u_u((((((safe_mod_func_uint16_t_u_u(((*l_3069) = ((l_3088 == (!0x33765AAF8B456242LL)) , (((((safe_add_func_uint64_t_u_u((1L >= 65526UL), (*g_2089))) | 4294967292UL) , (void*)0) == l_3120) & 1L))), 1L)) >= 0xA761L) || p_14) , 1UL) || l_3088), l_3121)))) > g_63)) , 0x0E77BC34L)) && p_14);
                        (***g_1647) = p_16;
                        (*g_3008) = (safe_lshift_func_uint16_t_u_s(((l_3088 > (((*g_1623) == (*g_1623)) || (((void*)0 == l_3126[5][0]) , (((((safe_mod_func_uint64_t_u_u(((**g_1623) <= (safe_add_func_int8_t_s_s(p_17, (l_3112[2][4] || (!0x05L))))), 18446744073709551607UL)) , (-1L)) , (void*)0) != l_3132) , l_3088)))) , p_14), p_17));
                    }
                }
                for (g_85 = 3; (g_85 >= 0); g_85 -= 1)
                { /* block id: 1416 */
                    uint32_t l_3150 = 0UL;
                    int32_t *l_3153[1][8][4] = {{{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1479,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1479,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_1479,(void*)0}}};
                    int i, j, k;
                    for (g_34 = 3; (g_34 >= 0); g_34 -= 1)
                    { /* block id: 1419 */
                        int32_t *l_3133 = &l_3088;
                        int i, j;
                        (*l_3133) &= 0xB095D7AAL;
                        l_3152 &= (safe_lshift_func_uint16_t_u_u(p_17, (safe_mod_func_int16_t_s_s(((safe_div_func_int8_t_s_s(((safe_add_func_int32_t_s_s(4L, 0L)) == (p_17 == l_3112[5][4])), (safe_mul_func_uint8_t_u_u((l_3151[1] &= (safe_add_func_uint32_t_u_u((l_3112[5][4] || (((p_14 & ((p_17 , (((*l_3133) = ((((safe_lshift_func_int16_t_s_s((safe_mul_func_uint16_t_u_u(p_17, l_3112[5][8])), 14)) | (**g_1623)) > 0L) , p_17)) > p_17)) , p_14)) == l_3112[5][4]) < (-1L))), l_3150))), 9L)))) ^ 4294967295UL), p_17))));
                        return p_14;
                    }
                    ++l_3154;
                    for (g_189 = 0; (g_189 >= 0); g_189 -= 1)
                    { /* block id: 1429 */
                        (***g_1647) = func_23(((**g_3007) ^= (*p_15)));
                        return l_3088;
                    }
                }
            }
            --l_3192;
            if ((((0xD9B84F99L <= ((*p_15) || ((*l_3168) = (((safe_mod_func_uint8_t_u_u(((*g_1937) == (0UL | ((safe_lshift_func_int8_t_s_u((((safe_rshift_func_int16_t_s_u((((0x94L >= (safe_rshift_func_uint8_t_u_s(((safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u((*l_3166), (((255UL >= p_17) , (p_16 != (void*)0)) == 253UL))), 0x35L)) , l_3089), 3))) && l_3209) , p_17), 8)) , &l_3154) != &p_14), 1)) ^ 0xA7L))), (*l_3159))) || p_17) != (-1L))))) , p_14) <= p_14))
            { /* block id: 1438 */
                int32_t l_3239 = 0xBC163297L;
                int32_t l_3241 = 0xB2D167D4L;
                int32_t l_3244 = 0x9FA92314L;
                uint16_t l_3245[3][3][9] = {{{65529UL,0x1B11L,0x3151L,1UL,0x90F4L,0x3151L,0x877DL,0x3151L,0x90F4L},{65529UL,0x90F4L,0x90F4L,65529UL,0x1B11L,0x3151L,1UL,0x90F4L,0x3151L},{0x8D4DL,0x90F4L,0x7D2DL,1UL,3UL,3UL,1UL,0x7D2DL,0x90F4L}},{{1UL,0x1B11L,0x7D2DL,1UL,0x1B11L,0x90F4L,0x877DL,0x7D2DL,0x7D2DL},{0x8D4DL,3UL,0x90F4L,1UL,0x90F4L,3UL,0x8D4DL,0x90F4L,0x7D2DL},{65529UL,0x1B11L,0x3151L,1UL,0x90F4L,0x3151L,0x877DL,0x3151L,0x90F4L}},{{65529UL,0x90F4L,0x90F4L,65529UL,0x1B11L,0x3151L,1UL,0x90F4L,0x3151L},{0x8D4DL,0x90F4L,0x7D2DL,1UL,3UL,3UL,1UL,0x7D2DL,0x90F4L},{1UL,0x1B11L,0x7D2DL,1UL,0x1B11L,0x90F4L,0x877DL,0x7D2DL,0x7D2DL}}};
                int i, j, k;
                for (g_2138 = 0; (g_2138 >= 17); ++g_2138)
                { /* block id: 1441 */
                    int32_t l_3234 = 0L;
                    int32_t l_3240 = 4L;
                    int32_t l_3242 = 0x3D38361BL;
                    int32_t l_3243[5][6] = {{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}};
                    int i, j;
                    for (g_955 = 0; (g_955 < 58); ++g_955)
                    { /* block id: 1444 */
                        int16_t *l_3214 = &g_107;
                        int16_t l_3235[6][10][2] = {{{1L,8L},{4L,1L},{0x30B4L,4L},{0L,0xF45EL},{0L,4L},{0x30B4L,1L},{4L,8L},{1L,0x30B4L},{(-1L),0x196CL},{0x196CL,0x4F6EL}},{{0x4E06L,0x3F43L},{0x0791L,0x4E06L},{0xCD12L,(-1L)},{0x67DCL,0xF45EL},{0x0791L,0xCD12L},{0xF45EL,0x4F6EL},{0x30B4L,0x3299L},{(-1L),0x3299L},{0x30B4L,0x4F6EL},{0xF45EL,0xCD12L}},{{0x0791L,0xF45EL},{0x67DCL,(-1L)},{0xCD12L,0x4E06L},{0x0791L,0x3F43L},{0x4E06L,0x4F6EL},{0x196CL,0x196CL},{(-1L),0x30B4L},{0x3299L,0x4F6EL},{8L,0x67DCL},{0x0791L,8L}},{{0x3F43L,(-1L)},{0x3F43L,8L},{0x0791L,0x67DCL},{8L,0x4F6EL},{0x3299L,0x30B4L},{(-1L),0x196CL},{0x196CL,0x4F6EL},{0x4E06L,0x3F43L},{0x0791L,0x4E06L},{0xCD12L,(-1L)}},{{0x67DCL,0xF45EL},{0x0791L,0xCD12L},{0xF45EL,0x4F6EL},{0x30B4L,0x3299L},{(-1L),0x3299L},{0x30B4L,0x4F6EL},{0xF45EL,0xCD12L},{0x0791L,0xF45EL},{0x67DCL,(-1L)},{0xCD12L,0x4E06L}},{{0x0791L,0x3F43L},{0x4E06L,0x4F6EL},{0x196CL,0x196CL},{(-1L),0x30B4L},{0x3299L,0x4F6EL},{8L,0x67DCL},{0x0791L,8L},{0x3F43L,(-1L)},{0x3F43L,8L},{0x0791L,0x67DCL}}};
                        int16_t **l_3238 = &l_3068;
                        int i, j, k;
                        (*l_3167) &= (l_3214 != ((*l_3238) = ((((safe_add_func_uint8_t_u_u((safe_mul_func_uint8_t_u_u(((*g_114)++), (3UL || ((*l_2815) |= (+0x118CL))))), ((safe_rshift_func_uint16_t_u_s((((((safe_lshift_func_int8_t_s_u(p_17, 0)) || (*g_1624)) && p_14) && (safe_div_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((l_3088 |= ((safe_div_func_int16_t_s_s((l_3234 < l_3235[2][2][1]), l_3163)) <= p_17)) , p_14), 3)), 2)) >= l_3160), p_17))) , p_14), 0)) == l_3236))) == l_3237) | p_14) , (void*)0)));
                    }
                    (*l_3158) = l_3239;
                    l_3245[1][0][8]--;
                    if ((*l_3168))
                        continue;
                }
            }
            else
            { /* block id: 1455 */
                return p_17;
            }
        }
        else
        { /* block id: 1458 */
            uint16_t ***l_3263 = &g_1162;
            uint16_t ***l_3264 = &g_1162;
            uint16_t **l_3265 = (void*)0;
            uint32_t ***l_3266 = &g_1204;
            int8_t *l_3268 = (void*)0;
            int8_t *l_3269 = &g_297[0][8];
            int8_t *l_3270 = &l_2805[6];
            int32_t l_3278 = (-1L);
            int32_t l_3279 = 0xC66F1B97L;
            int8_t l_3337 = 0L;
            (*g_3008) = (((safe_lshift_func_int16_t_s_u((safe_add_func_int64_t_s_s(((((safe_mod_func_uint8_t_u_u(p_14, ((((*g_1624) < ((((*l_3270) = (((l_3256 & ((void*)0 != &p_14)) <= (safe_lshift_func_int8_t_s_u(((*l_3269) = ((*l_2810) = (((void*)0 != &l_2987) , (safe_mod_func_uint16_t_u_u((safe_div_func_uint8_t_u_u(((l_3265 = &l_3070) != ((((*l_3266) = (void*)0) != l_3267[2]) , (**l_2820))), p_17)), p_17))))), p_14))) != 0xC0L)) < 255UL) == p_17)) , 9UL) , l_3271[1]))) , 0xEE1DL) >= p_14) & 1L), 0L)), 15)) ^ p_14) , (*p_15));
            for (l_3183 = 16; (l_3183 >= 0); --l_3183)
            { /* block id: 1467 */
                int32_t *****l_3291 = (void*)0;
                int32_t l_3341 = 2L;
                for (l_3190 = 0; (l_3190 <= 0); l_3190 += 1)
                { /* block id: 1470 */
                    const uint32_t l_3286 = 0xCCC8A338L;
                    int64_t *l_3315[6];
                    int64_t *l_3317 = &g_621;
                    uint32_t ***l_3323 = &g_1204;
                    uint32_t l_3324 = 4294967295UL;
                    int32_t l_3336 = 0x9CD46AC1L;
                    uint32_t l_3339 = 9UL;
                    int i, j;
                    for (i = 0; i < 6; i++)
                        l_3315[i] = &g_621;
                    (*g_3008) = (g_297[l_3190][(l_3190 + 8)] || ((l_3278 = ((*g_114) ^= (((p_14 == 0xE763C205C40B1DA0LL) || (safe_add_func_int64_t_s_s((l_3279 = ((*p_15) ^ (((18446744073709551606UL != p_14) , ((safe_sub_func_uint64_t_u_u(p_14, p_14)) <= (p_14 ^ p_14))) || l_3278))), 0UL))) > 0x9AB7BB704E920058LL))) ^ (**g_1623)));
                    (**g_1648) = ((safe_add_func_int64_t_s_s(((safe_div_func_int8_t_s_s(p_14, (-7L))) , (p_14 ^ (l_3286 == (safe_mod_func_int16_t_s_s(((l_3291 != l_3292[0][0]) >= (((-1L) && ((*g_1624) | (p_16 != (void*)0))) < p_14)), 0xD124L))))), g_156[5][1][3])) , (void*)0);
                    (*g_1649) = func_23((safe_rshift_func_uint8_t_u_u((((*g_114) = (!(l_3174 = (safe_add_func_int8_t_s_s((safe_rshift_func_int16_t_s_s(0xEC2BL, ((safe_lshift_func_int16_t_s_s(((g_955 ^= p_14) , ((safe_lshift_func_int8_t_s_s(((safe_add_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(p_17, (safe_mul_func_uint8_t_u_u((l_3178[2][2][3] , p_17), (safe_unary_minus_func_int8_t_s(((l_3315[4] == (l_3317 = l_3316)) <= ((0x26BDCC4461DC5335LL >= (safe_add_func_int64_t_s_s(0x06BAD1F459012317LL, 3L))) > p_14)))))))) & g_297[l_3190][(l_3190 + 8)]), (**g_1623))) > 3UL), 4)) || 8L)), 14)) , g_297[l_3190][(l_3190 + 8)]))), l_3286))))) > p_17), 2)));
                    l_3177 = (safe_rshift_func_uint8_t_u_u((!((((((*l_3316) = (l_3324 = (g_1457 <= ((void*)0 == l_3323)))) > (safe_mul_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((((l_3329 == ((((l_3336 ^= ((l_3279 , &p_17) != (((!(&g_2501 != (void*)0)) || (safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(0x29DEL, p_17)), 0))) , &p_17))) & p_17) ^ l_3337) , &l_3330)) , (*g_1766)) == l_3338[1]), 0UL)), p_17))) , 0x48L) <= (*g_1624)) != 0x255DF8BAL)), l_3339));
                }
                if (l_3340)
                    continue;
                for (g_34 = 1; (g_34 >= 0); g_34 -= 1)
                { /* block id: 1489 */
                    int32_t l_3342 = 0xD8615AF0L;
                    l_3341 &= (*p_15);
                    return l_3342;
                }
            }
        }
    }
    for (g_257 = 0; (g_257 == 19); g_257++)
    { /* block id: 1498 */
        int32_t *l_3356 = &l_3182;
        int32_t l_3405[2];
        uint8_t ** const *l_3506 = &g_1208;
        uint8_t ** const **l_3505 = &l_3506;
        uint8_t ** const ***l_3504 = &l_3505;
        int32_t l_3548 = 0x6D71ADC9L;
        const int32_t *****l_3571 = &g_2269;
        int i;
        for (i = 0; i < 2; i++)
            l_3405[i] = 0L;
        for (g_1479 = (-3); (g_1479 == 0); g_1479 = safe_add_func_int32_t_s_s(g_1479, 5))
        { /* block id: 1501 */
            uint32_t l_3353 = 0x7E285DA2L;
            int32_t l_3365[5];
            int16_t **l_3386 = (void*)0;
            int32_t l_3392 = (-6L);
            int64_t l_3450 = 8L;
            int32_t *****l_3458 = &g_1226;
            uint16_t l_3469 = 0x21A2L;
            uint16_t *l_3485 = &l_2958;
            uint8_t l_3507 = 255UL;
            int8_t l_3573 = (-9L);
            int i;
            for (i = 0; i < 5; i++)
                l_3365[i] = (-8L);
        }
    }
    (*g_3008) ^= (safe_lshift_func_int16_t_s_s((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((*l_3644) = ((((l_3623 = &l_2840) == (g_3625 = l_3624)) ^ ((safe_unary_minus_func_int8_t_s((safe_sub_func_int64_t_s_s(((p_14 ^ (safe_lshift_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(p_14, (p_17 || (safe_add_func_uint32_t_u_u(4294967295UL, ((safe_unary_minus_func_uint16_t_u((p_17 ^ ((safe_rshift_func_uint8_t_u_s(((safe_mul_func_uint16_t_u_u((p_14 != p_17), p_17)) & (*p_15)), 0)) != 2L)))) & l_3642)))))), p_17))) >= (*p_15)), 0L)))) ^ p_14)) < l_3643)), p_14)), (**g_1623))), g_2844[8][2][0]));
    return p_14;
}


/* ------------------------------------------ */
/* 
 * reads : g_34 g_5 g_7 g_63 g_2 g_107 g_114 g_6 g_115 g_85 g_151 g_189 g_109 g_244 g_257 g_249 g_297 g_254 g_323 g_3 g_171 g_160 g_165 g_251 g_252 g_301 g_161 g_428 g_169 g_222 g_167 g_500 g_429 g_559 g_156 g_164 g_4 g_157 g_699 g_717 g_843 g_955 g_621 g_1206 g_1207 g_1417 g_1439 g_1326 g_1328 g_166 g_1501 g_162 g_1195 g_1623 g_1015 g_1647 g_1648 g_1649 g_1746 g_1208 g_1209 g_1937 g_1938 g_2247 g_2094 g_2095 g_1624 g_1785 g_2326 g_1987 g_820 g_2089 g_2090 g_1479 g_1766 g_1767 g_1768 g_1769 g_2464 g_1162 g_2500 g_2515 g_155 g_2465 g_924 g_1457 g_170 g_2470 g_2670 g_2671 g_154 g_2501 g_2502 g_1254 g_1204 g_1205 g_2114 g_1934 g_1935 g_2758 g_2759 g_2760 g_2654 g_560
 * writes: g_63 g_85 g_107 g_109 g_189 g_222 g_244 g_249 g_250 g_257 g_254 g_301 g_297 g_323 g_428 g_34 g_500 g_561 g_699 g_115 g_621 g_1347 g_1479 g_1480 g_1501 g_1518 g_1439 g_1623 g_717 g_1015 g_1747 g_1195 g_1785 g_2269 g_171 g_1987 g_955 g_1417 g_2247 g_820 g_2095 g_2464 g_2468 g_1162 g_1207 g_1208 g_2471 g_2709 g_2710 g_1254 g_1205
 */
static int32_t * func_18(uint64_t  p_19, int64_t  p_20, int32_t * p_21)
{ /* block id: 15 */
    uint16_t l_42 = 0xEC8FL;
    int32_t l_74 = 0L;
    int16_t l_81[1][3];
    uint16_t l_326 = 1UL;
    int32_t l_2800 = 0xD59D6448L;
    int32_t *l_2801 = &g_63;
    int i, j;
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 3; j++)
            l_81[i][j] = 0xAD94L;
    }
    l_2800 = ((l_42 != ((func_43(func_47(func_51(func_23(((((~func_58((((g_34 <= g_5) ^ g_7) | ((g_63 |= (&g_34 == &g_7)) ^ (safe_sub_func_int16_t_s_s((func_66(g_34, (((safe_add_func_uint16_t_u_u(l_74, func_75((+(p_21 == (void*)0)), l_42, l_81[0][1], p_19))) && g_107) ^ 0xBDL), l_326, p_19, &g_7) & l_81[0][1]), 65527UL)))), l_42, p_21, &g_34)) == l_42) | p_20) ^ 0x00CDC108L)), l_81[0][2], p_19, p_21, p_20), &l_74, l_81[0][0]), l_81[0][1], p_20) , p_20) <= p_20)) | g_1326);
    l_2801 = (void*)0;
    return p_21;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t * func_23(int32_t  p_24)
{ /* block id: 8 */
    uint32_t l_37 = 1UL;
    for (p_24 = 0; (p_24 == (-14)); p_24--)
    { /* block id: 11 */
        int32_t *l_33 = &g_34;
        int32_t *l_35 = &g_34;
        int32_t *l_36[4] = {&g_34,&g_34,&g_34,&g_34};
        int i;
        l_37++;
    }
    return &g_6;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int32_t  func_43(int32_t * p_44, uint8_t  p_45, uint32_t  p_46)
{ /* block id: 1270 */
    uint32_t l_2799 = 0x42FD8443L;
    return l_2799;
}


/* ------------------------------------------ */
/* 
 * reads : g_114 g_115 g_1479 g_6 g_154 g_2326 g_820 g_1649 g_1254 g_1648 g_1204 g_1205 g_2114 g_2094 g_301 g_189 g_156 g_1934 g_1935 g_1195 g_1623 g_1624 g_2758 g_2759 g_2760 g_2654 g_34 g_254 g_559 g_560
 * writes: g_297 g_115 g_189 g_2709 g_2710 g_1015 g_107 g_621 g_222 g_1254 g_34 g_955 g_323 g_63 g_1518 g_1205 g_2095 g_301 g_1195 g_254
 */
static int32_t * func_47(int32_t * p_48, int32_t * p_49, const uint32_t  p_50)
{ /* block id: 1197 */
    int32_t l_2683[2][1][2];
    int32_t l_2686 = 1L;
    int32_t **l_2691 = &g_1518;
    uint64_t *l_2701[9][5] = {{&g_1785,&g_323,&g_244,&g_323,&g_1785},{(void*)0,&g_323,&g_249[0],&g_1785,&g_249[0]},{&g_249[0],&g_249[0],&g_244,&g_1785,&g_323},{&g_323,(void*)0,(void*)0,&g_323,&g_249[0]},{&g_323,&g_1785,&g_2515,&g_2515,&g_1785},{&g_249[0],(void*)0,&g_2515,&g_244,&g_244},{(void*)0,&g_249[0],(void*)0,&g_2515,&g_244},{&g_1785,&g_323,&g_244,&g_323,&g_1785},{(void*)0,&g_323,&g_249[0],&g_1785,&g_249[0]}};
    uint64_t **l_2702 = &l_2701[7][2];
    uint64_t *l_2703 = (void*)0;
    int8_t *l_2704 = &g_189;
    uint32_t **l_2719[2];
    int16_t *l_2720 = &g_1015;
    int16_t *l_2721 = &g_107;
    int64_t *l_2722 = &g_621;
    int8_t l_2723 = 0xD8L;
    int32_t l_2724[2];
    int8_t *l_2725[1][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
    int64_t l_2735 = 0x967C9AA5389CC38CLL;
    int32_t *l_2788 = &g_254;
    int i, j, k;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
                l_2683[i][j][k] = (-1L);
        }
    }
    for (i = 0; i < 2; i++)
        l_2719[i] = &g_1205;
    for (i = 0; i < 2; i++)
        l_2724[i] = 7L;
    (*p_49) = ((((safe_mod_func_int8_t_s_s(l_2683[1][0][0], (((g_297[0][4] = ((safe_mod_func_uint16_t_u_u((l_2686 |= p_50), p_50)) >= p_50)) > ((*l_2704) = (safe_rshift_func_int16_t_s_u((safe_div_func_uint32_t_u_u((((void*)0 != l_2691) || (safe_div_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u((--(*g_114)), 1)), (+((safe_rshift_func_uint16_t_u_s((((*l_2702) = l_2701[7][2]) == l_2703), 8)) & (p_50 , p_50)))))), (*p_48))), l_2683[1][0][0])))) ^ g_154))) , p_50) <= 4294967293UL) || p_50);
    if ((g_2326 == (safe_add_func_uint16_t_u_u(((-1L) || (((((safe_div_func_int8_t_s_s(((g_297[0][6] = ((*l_2704) = ((&g_1747 != (g_2710 = (g_2709 = &g_1747))) ^ ((l_2724[0] = (safe_add_func_int16_t_s_s((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((((*l_2722) = (safe_mul_func_uint16_t_u_u(((void*)0 != l_2719[1]), (((*l_2721) = ((*l_2720) = p_50)) >= (l_2683[1][0][0] , p_50))))) != 5L), l_2683[1][0][0])), l_2723)), g_820))) < 3L)))) >= (-10L)), p_50)) > p_50) , p_50) ^ l_2686) , p_50)), p_50))))
    { /* block id: 1212 */
        (*g_1649) = p_48;
        (*g_1649) = p_49;
    }
    else
    { /* block id: 1215 */
        int32_t * const l_2744 = &g_301;
        uint16_t l_2785 = 0x3020L;
        for (g_1254 = 0; (g_1254 < 5); g_1254++)
        { /* block id: 1218 */
            uint8_t l_2736 = 0xCCL;
            int32_t l_2739[2];
            uint32_t *l_2743[4];
            uint32_t *** const l_2784 = &g_1204;
            int i;
            for (i = 0; i < 2; i++)
                l_2739[i] = 0xFB9CB134L;
            for (i = 0; i < 4; i++)
                l_2743[i] = &g_1822;
            for (g_34 = 0; (g_34 <= 4); g_34 += 1)
            { /* block id: 1221 */
                int64_t l_2732[8][5][6] = {{{(-2L),0x4E57C8A53785187ALL,1L,0xF251A1A0C45EED89LL,0x8624CAD220798AA0LL,0x4E57C8A53785187ALL},{0x8624CAD220798AA0LL,0x77A58C0154020458LL,0x30E9824380E9ED25LL,0x30E9824380E9ED25LL,0x77A58C0154020458LL,0x8624CAD220798AA0LL},{(-2L),1L,0x30E9824380E9ED25LL,0x8624CAD220798AA0LL,(-2L),0x4E57C8A53785187ALL},{0L,0x8624CAD220798AA0LL,1L,(-5L),0x77A58C0154020458LL,0L},{0L,9L,(-5L),0x8624CAD220798AA0LL,0x8624CAD220798AA0LL,(-5L)}},{{0x8624CAD220798AA0LL,0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL},{0L,0x4E57C8A53785187ALL,9L,0x77A58C0154020458LL,(-2L),(-5L)},{0x8624CAD220798AA0LL,0L,9L,(-5L),0x8624CAD220798AA0LL,0x8624CAD220798AA0LL},{0xF251A1A0C45EED89LL,(-5L),(-5L),0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL},{0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL,(-5L),0L,0xF251A1A0C45EED89LL}},{{0x8624CAD220798AA0LL,1L,(-5L),0x77A58C0154020458LL,0L,1L},{0L,(-2L),9L,9L,(-2L),0L},{0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL,1L},{0xF251A1A0C45EED89LL,0L,(-5L),0x30E9824380E9ED25LL,(-2L),0xF251A1A0C45EED89LL},{0xF251A1A0C45EED89LL,0x4E57C8A53785187ALL,0x30E9824380E9ED25LL,0L,0L,0x30E9824380E9ED25LL}},{{0x8624CAD220798AA0LL,0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL},{0L,0x4E57C8A53785187ALL,9L,0x77A58C0154020458LL,(-2L),(-5L)},{0x8624CAD220798AA0LL,0L,9L,(-5L),0x8624CAD220798AA0LL,0x8624CAD220798AA0LL},{0xF251A1A0C45EED89LL,(-5L),(-5L),0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL},{0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL,(-5L),0L,0xF251A1A0C45EED89LL}},{{0x8624CAD220798AA0LL,1L,(-5L),0x77A58C0154020458LL,0L,1L},{0L,(-2L),9L,9L,(-2L),0L},{0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL,1L},{0xF251A1A0C45EED89LL,0L,(-5L),0x30E9824380E9ED25LL,(-2L),0xF251A1A0C45EED89LL},{0xF251A1A0C45EED89LL,0x4E57C8A53785187ALL,0x30E9824380E9ED25LL,0L,0L,0x30E9824380E9ED25LL}},{{0x8624CAD220798AA0LL,0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL},{0L,0x4E57C8A53785187ALL,9L,0x77A58C0154020458LL,(-2L),(-5L)},{0x8624CAD220798AA0LL,0L,9L,(-5L),0x8624CAD220798AA0LL,0x8624CAD220798AA0LL},{0xF251A1A0C45EED89LL,(-5L),(-5L),0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL},{0xF251A1A0C45EED89LL,(-2L),0x30E9824380E9ED25LL,(-5L),0L,0xF251A1A0C45EED89LL}},{{0x8624CAD220798AA0LL,1L,(-5L),0x77A58C0154020458LL,0L,1L},{0L,(-2L),9L,9L,(-2L),0L},{0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL,1L},{0xF251A1A0C45EED89LL,0L,(-5L),0x30E9824380E9ED25LL,(-2L),0xF251A1A0C45EED89LL},{0xF251A1A0C45EED89LL,0x4E57C8A53785187ALL,0x30E9824380E9ED25LL,0L,0L,0x30E9824380E9ED25LL}},{{0x8624CAD220798AA0LL,0x8624CAD220798AA0LL,(-5L),9L,0L,0x8624CAD220798AA0LL},{0L,0x4E57C8A53785187ALL,9L,0x77A58C0154020458LL,(-2L),0x30E9824380E9ED25LL},{0L,0xF251A1A0C45EED89LL,0x4E57C8A53785187ALL,0x30E9824380E9ED25LL,0L,0L},{0x77A58C0154020458LL,0x30E9824380E9ED25LL,0x30E9824380E9ED25LL,0x77A58C0154020458LL,0x8624CAD220798AA0LL,9L},{0x77A58C0154020458LL,0x8624CAD220798AA0LL,9L,0x30E9824380E9ED25LL,0xF251A1A0C45EED89LL,0x77A58C0154020458LL}}};
                int32_t l_2733 = 0xB769804AL;
                int32_t l_2734[8][2][8] = {{{0x43892A78L,(-1L),0xCDEE307FL,0L,1L,0x10028191L,3L,0L},{0x943CA985L,1L,0x68D3E98FL,0x895343C7L,0xA818010CL,3L,0xA818010CL,0x895343C7L}},{{2L,0xB49AC222L,2L,1L,0xFDE54377L,0xABECAB85L,(-1L),(-1L)},{0x10028191L,0x43892A78L,2L,0x9122E523L,7L,0x895343C7L,0xFDE54377L,0xCDEE307FL}},{{0x10028191L,0L,(-9L),3L,0xFDE54377L,6L,0xCDEE307FL,0x68D3E98FL},{2L,0x10028191L,0xBF44C31CL,0xA818010CL,0xA818010CL,0xBF44C31CL,0x10028191L,2L}},{{0x943CA985L,0L,0L,(-1L),1L,(-1L),0x68D3E98FL,2L},{0x43892A78L,0L,0x10028191L,0xFDE54377L,(-1L),(-1L),0x3198625CL,(-9L)}},{{0x68D3E98FL,0L,7L,0xCDEE307FL,4L,0xBF44C31CL,0L,0xBF44C31CL},{(-9L),0x10028191L,4L,0x10028191L,(-9L),6L,0L,0L}},{{0x3198625CL,0L,3L,0x68D3E98FL,0L,0x895343C7L,(-1L),0x10028191L},{0xA818010CL,0x43892A78L,3L,0x3198625CL,0x10028191L,0xABECAB85L,0L,7L}},{{0L,0xB49AC222L,4L,0L,3L,3L,0L,4L},{1L,1L,7L,0L,0xABECAB85L,0x10028191L,0x3198625CL,3L}},{{7L,(-1L),0x10028191L,(-1L),0x895343C7L,0L,0x68D3E98FL,3L},{(-1L),2L,0L,0L,6L,(-9L),0x10028191L,4L}}};
                int i, j, k;
                (*p_49) = ((safe_lshift_func_int16_t_s_s(0x4655L, 10)) , (l_2733 = (safe_lshift_func_uint8_t_u_s(l_2732[4][4][3], 6))));
                l_2735 = l_2734[3][1][2];
                for (g_955 = 0; (g_955 <= 1); g_955 += 1)
                { /* block id: 1227 */
                    uint32_t l_2740 = 0UL;
                    l_2736++;
                    for (l_2723 = 0; l_2723 < 1; l_2723 += 1)
                    {
                        for (g_323 = 0; g_323 < 10; g_323 += 1)
                        {
                            g_297[l_2723][g_323] = 0x36L;
                        }
                    }
                    ++l_2740;
                    for (g_63 = 3; (g_63 >= 0); g_63 -= 1)
                    { /* block id: 1233 */
                        (**g_1648) = ((*l_2691) = (void*)0);
                    }
                }
            }
            (**g_1648) = (void*)0;
            (*p_49) = (l_2743[0] == ((*g_1204) = (*g_1204)));
            if ((p_50 ^ 0xD037L))
            { /* block id: 1242 */
                int8_t *l_2747 = &g_189;
                const uint16_t *l_2756 = &g_717;
                const uint16_t **l_2755 = &l_2756;
                const uint16_t ***l_2754 = &l_2755;
                const uint16_t ****l_2753 = &l_2754;
                const uint16_t *****l_2752 = &l_2753;
                int32_t l_2761 = 0x2500AAFEL;
                (*g_2114) = p_49;
                (*g_2094) = p_49;
            }
            else
            { /* block id: 1247 */
                int32_t l_2764 = 0xF9EE7AF9L;
                (*l_2744) = (safe_mul_func_int16_t_s_s(p_50, l_2764));
                (*p_49) |= (safe_rshift_func_uint16_t_u_u(((p_50 & ((((safe_lshift_func_int8_t_s_u((safe_rshift_func_int8_t_s_s((0xE1L ^ l_2739[0]), ((*l_2704) |= (*l_2744)))), 5)) > (safe_sub_func_int8_t_s_s((safe_add_func_int8_t_s_s((safe_rshift_func_int8_t_s_u((((p_50 > (g_156[6][8][0] || (safe_add_func_int64_t_s_s((!((safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u(1L, ((l_2785 |= ((*g_1934) == l_2784)) , 3UL))), p_50)) & 0x09C8L)), 0x7B6F4D52317DCCCELL)))) , p_50) == p_50), p_50)), (*l_2744))), 0x8BL))) | 18446744073709551615UL) ^ p_50)) ^ l_2736), p_50));
            }
        }
        for (g_1195 = 5; (g_1195 > 23); g_1195 = safe_add_func_int64_t_s_s(g_1195, 1))
        { /* block id: 1256 */
            uint16_t *l_2792 = &g_1987[1];
            uint16_t **l_2791[1];
            int32_t l_2796 = 0L;
            int i;
            for (i = 0; i < 1; i++)
                l_2791[i] = &l_2792;
            (**g_1648) = l_2788;
            (*l_2744) = ((**g_1623) && ((((l_2796 = (safe_mod_func_int8_t_s_s(((((**g_2758) == l_2791[0]) , (safe_unary_minus_func_uint64_t_u(g_2654))) , p_50), ((((safe_add_func_uint8_t_u_u(((*l_2788) |= (g_34 , 0x9BL)), ((*l_2744) || ((void*)0 == (*g_559))))) , 0xACL) < 251UL) ^ 1UL)))) , (*g_559)) != &l_2785) | (*l_2744)));
            if ((*l_2744))
                continue;
        }
        for (g_254 = 6; (g_254 <= 20); g_254 = safe_add_func_int16_t_s_s(g_254, 7))
        { /* block id: 1265 */
            return p_49;
        }
    }
    return p_48;
}


/* ------------------------------------------ */
/* 
 * reads : g_107 g_1623 g_323 g_717 g_6 g_1015 g_955 g_257 g_114 g_1439 g_297 g_1647 g_1648 g_1649 g_115 g_1746 g_85 g_1207 g_1208 g_1209 g_34 g_843 g_1937 g_1938 g_254 g_156 g_1195 g_2247 g_2094 g_2095 g_63 g_1624 g_189 g_171 g_1785 g_1326 g_2326 g_1987 g_621 g_820 g_2089 g_2090 g_165 g_1479 g_1206 g_1766 g_1767 g_1768 g_1769 g_166 g_2464 g_1501 g_1162 g_2500 g_2515 g_155 g_2465 g_924 g_1457 g_170 g_2470 g_2670 g_2671 g_154 g_2501 g_2502
 * writes: g_107 g_189 g_1439 g_1623 g_244 g_254 g_323 g_717 g_1015 g_257 g_115 g_297 g_222 g_1747 g_85 g_34 g_1195 g_1785 g_2269 g_171 g_1518 g_1987 g_955 g_621 g_1417 g_2247 g_249 g_820 g_1479 g_2095 g_2464 g_2468 g_1162 g_1207 g_1501 g_1208 g_2471
 */
static int32_t * func_51(int32_t * const  p_52, uint16_t  p_53, uint16_t  p_54, int32_t * p_55, uint64_t  p_56)
{ /* block id: 633 */
    uint8_t l_1629[7] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL};
    int8_t l_1652 = 0x1BL;
    uint32_t l_1673 = 4294967295UL;
    int32_t l_1676 = 0xB98E54B0L;
    uint64_t l_1721 = 5UL;
    int32_t l_1722 = 0xD1D40904L;
    int32_t l_1732 = (-1L);
    uint16_t ***l_1734 = &g_1162;
    uint16_t ****l_1735 = &l_1734;
    uint32_t l_1736[10];
    int32_t **l_1741 = &g_1518;
    int32_t *****l_1742[1];
    uint32_t *l_1743 = &l_1673;
    int64_t *l_1745[3][6][9] = {{{&g_621,&g_1501,&g_621,&g_1501,&g_621,&g_621,(void*)0,(void*)0,&g_621},{&g_1501,(void*)0,&g_1501,&g_1501,&g_621,(void*)0,(void*)0,&g_621,&g_1501},{(void*)0,(void*)0,&g_621,(void*)0,&g_621,&g_621,(void*)0,&g_621,(void*)0},{(void*)0,(void*)0,&g_621,(void*)0,(void*)0,&g_1501,&g_621,&g_1501,(void*)0},{(void*)0,&g_1501,&g_621,&g_621,&g_621,(void*)0,&g_621,&g_1501,(void*)0},{&g_1501,&g_621,&g_621,&g_1501,&g_1501,(void*)0,(void*)0,&g_1501,&g_621}},{{&g_1501,(void*)0,(void*)0,&g_1501,(void*)0,&g_621,&g_621,&g_621,(void*)0},{&g_1501,(void*)0,&g_621,&g_621,&g_621,&g_1501,&g_621,&g_621,&g_621},{&g_1501,&g_621,&g_1501,&g_621,&g_621,&g_1501,&g_1501,(void*)0,&g_621},{&g_1501,&g_621,&g_621,&g_1501,(void*)0,&g_621,&g_621,&g_1501,&g_1501},{(void*)0,&g_621,(void*)0,(void*)0,&g_1501,(void*)0,(void*)0,&g_621,(void*)0},{(void*)0,&g_621,&g_621,&g_621,(void*)0,(void*)0,&g_621,&g_1501,&g_1501}},{{&g_621,&g_621,&g_1501,&g_1501,&g_621,&g_1501,(void*)0,&g_1501,(void*)0},{(void*)0,(void*)0,&g_621,&g_621,&g_1501,&g_1501,&g_621,&g_1501,(void*)0},{(void*)0,&g_1501,&g_1501,&g_1501,&g_1501,(void*)0,&g_621,(void*)0,&g_1501},{&g_1501,(void*)0,(void*)0,&g_621,&g_621,&g_1501,(void*)0,(void*)0,&g_621},{&g_1501,&g_621,(void*)0,&g_621,&g_621,&g_621,&g_1501,(void*)0,&g_621},{&g_1501,&g_1501,&g_1501,&g_621,&g_1501,&g_1501,&g_1501,(void*)0,&g_1501}}};
    int64_t **l_1744 = &l_1745[1][3][0];
    const int32_t * const *l_1764 = (void*)0;
    const int32_t * const **l_1763 = &l_1764;
    const int32_t * const ***l_1762 = &l_1763;
    const int32_t * const ****l_1761 = &l_1762;
    int8_t l_1788 = 1L;
    uint16_t l_1800 = 5UL;
    int8_t l_1944 = (-5L);
    const int8_t l_2063 = 0L;
    int64_t l_2072 = 0x93A780915D2BB399LL;
    volatile int32_t *l_2081 = &g_171;
    int16_t * const *l_2178 = (void*)0;
    int16_t * const **l_2177 = &l_2178;
    uint32_t l_2208 = 0UL;
    int8_t l_2251 = 1L;
    int64_t *l_2281 = (void*)0;
    uint8_t l_2298 = 0UL;
    uint64_t l_2325 = 18446744073709551608UL;
    int32_t l_2353[8][3][2] = {{{0L,(-1L)},{(-1L),0xA5CFFB90L},{0xA5CFFB90L,(-1L)}},{{(-1L),0L},{(-1L),(-1L)},{0xA5CFFB90L,0xA5CFFB90L}},{{(-1L),(-1L)},{0L,(-1L)},{(-1L),0xA5CFFB90L}},{{0xA5CFFB90L,(-1L)},{(-1L),0L},{(-1L),(-1L)}},{{0xA5CFFB90L,0xA5CFFB90L},{(-1L),(-1L)},{0L,(-1L)}},{{(-1L),0xA5CFFB90L},{0xA5CFFB90L,(-1L)},{(-1L),0L}},{{(-1L),(-1L)},{0xA5CFFB90L,0xA5CFFB90L},{(-1L),(-1L)}},{{0L,(-1L)},{(-1L),0xA5CFFB90L},{0xA5CFFB90L,(-1L)}}};
    int64_t l_2388 = 0L;
    uint32_t l_2409 = 0x49BE81ABL;
    int8_t *l_2506 = &l_1944;
    int8_t **l_2505 = &l_2506;
    int32_t *l_2533 = &g_1479;
    uint8_t l_2571 = 0xAAL;
    uint8_t ***l_2584 = (void*)0;
    int16_t *l_2591 = (void*)0;
    int16_t *l_2592[3][7] = {{&g_1015,&g_2247,&g_1015,&g_1015,&g_2247,&g_1015,&g_1015},{&g_2247,&g_2247,&g_107,&g_2247,&g_2247,&g_107,&g_2247},{&g_2247,&g_1015,&g_1015,&g_2247,(void*)0,(void*)0,&g_1015}};
    int16_t l_2593 = (-9L);
    uint32_t *l_2601 = (void*)0;
    uint32_t **l_2600 = &l_2601;
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_1736[i] = 0UL;
    for (i = 0; i < 1; i++)
        l_1742[i] = (void*)0;
    for (p_56 = 0; (p_56 < 12); ++p_56)
    { /* block id: 636 */
        uint16_t l_1617 = 65535UL;
        int32_t *l_1628[1][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
        uint16_t *l_1718 = &g_257;
        uint8_t *l_1723 = &g_1439;
        uint32_t l_1726[8][2][10] = {{{0xC0701D0CL,0x5BC3A3DBL,2UL,0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL},{0x643942FAL,0x643942FAL,18446744073709551613UL,0x5BC3A3DBL,0x643942FAL,18446744073709551614UL,0x5BC3A3DBL,0x5BC3A3DBL,18446744073709551614UL,0x643942FAL}},{{0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL,0x5BC3A3DBL},{0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL}},{{0x643942FAL,0x5BC3A3DBL,18446744073709551613UL,0x643942FAL,0x643942FAL,18446744073709551613UL,0x5BC3A3DBL,0x643942FAL,18446744073709551614UL,0x5BC3A3DBL},{0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL,0x5BC3A3DBL,2UL,0xC0701D0CL,0x643942FAL}},{{0xC0701D0CL,0x5BC3A3DBL,2UL,0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL},{0x643942FAL,0x643942FAL,18446744073709551613UL,0x5BC3A3DBL,0x643942FAL,18446744073709551614UL,0x5BC3A3DBL,0x5BC3A3DBL,18446744073709551614UL,0x643942FAL}},{{0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL,0x5BC3A3DBL},{0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL}},{{0x643942FAL,0x5BC3A3DBL,18446744073709551613UL,0x643942FAL,0x643942FAL,18446744073709551613UL,0x5BC3A3DBL,0x643942FAL,18446744073709551614UL,0x5BC3A3DBL},{0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL,0x5BC3A3DBL,2UL,0xC0701D0CL,0x643942FAL}},{{0xC0701D0CL,0x5BC3A3DBL,2UL,0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL},{0x643942FAL,0x643942FAL,18446744073709551613UL,0x5BC3A3DBL,0x643942FAL,18446744073709551614UL,0x5BC3A3DBL,0x5BC3A3DBL,18446744073709551614UL,0x643942FAL}},{{0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL,0x5BC3A3DBL},{0xC0701D0CL,0x643942FAL,2UL,2UL,0x643942FAL,0xC0701D0CL,2UL,0x5BC3A3DBL,0xC0701D0CL,0xC0701D0CL}}};
        int8_t *l_1733 = &g_297[0][5];
        int i, j, k;
        for (g_107 = 0; (g_107 < 17); g_107 = safe_add_func_uint32_t_u_u(g_107, 6))
        { /* block id: 639 */
            int8_t l_1643[9][5][5] = {{{1L,0xC8L,0x01L,(-10L),0x0BL},{4L,(-1L),1L,0x77L,0x18L},{0x01L,0x16L,0L,(-10L),(-10L)},{0x16L,4L,0x16L,0x0BL,0xD2L},{0x16L,0xC8L,(-1L),0L,0x01L}},{{0x0BL,0x3DL,(-6L),1L,(-10L)},{0L,0x77L,(-1L),0x01L,(-1L)},{0L,0L,0xB4L,0xC8L,(-1L)},{0x16L,0x18L,0x3DL,0x10L,(-10L)},{0x50L,0x10L,0L,0x21L,0x01L}},{{0x21L,0x18L,0x0BL,0x0BL,0x18L},{(-10L),0L,1L,0x0BL,0x77L},{(-6L),0x77L,4L,0x21L,0x10L},{0xC8L,0x3DL,0x01L,0x10L,0x16L},{(-6L),0xC8L,0x16L,0xC8L,(-6L)}},{{(-10L),0L,0x16L,0x01L,0L},{0x21L,0xB4L,0x01L,1L,0x50L},{0x50L,(-6L),4L,0L,0L},{0x16L,1L,1L,0x16L,(-6L)},{0L,1L,0x0BL,0x77L,0x16L}},{{0L,(-6L),0L,(-1L),0x10L},{0x0BL,0xB4L,0x3DL,0x77L,0x77L},{0xB4L,0L,0xB4L,0x16L,0x18L},{0xB4L,0xC8L,(-1L),0L,0x01L},{0x0BL,0x3DL,(-6L),1L,(-10L)}},{{0L,0x77L,(-1L),0x01L,(-1L)},{0L,0L,0xB4L,0xC8L,(-1L)},{0x16L,0x18L,0x3DL,0x10L,(-10L)},{0x50L,0x10L,0L,0x21L,0x01L},{0x21L,0x18L,0x0BL,0x0BL,0x18L}},{{(-10L),0L,1L,0x0BL,0x77L},{(-6L),0x77L,4L,0x21L,0x10L},{0xC8L,0x3DL,0x01L,0x10L,0x16L},{(-6L),0xC8L,0x16L,0xC8L,(-6L)},{(-10L),0L,0x16L,0x01L,0L}},{{0x21L,0xB4L,0x01L,1L,0x50L},{0x50L,(-6L),4L,0L,0L},{0x16L,1L,1L,0x16L,(-6L)},{0L,1L,0x0BL,0x77L,0x16L},{0L,(-6L),0L,(-1L),0x10L}},{{0x0BL,0xB4L,0x3DL,0x77L,0x77L},{0xB4L,0L,0xB4L,0x16L,0x18L},{0xB4L,0xC8L,(-6L),0x3DL,0x0BL},{0x16L,0x21L,0xC8L,0L,0x77L},{0x3DL,(-1L),(-6L),0x0BL,(-6L)}}};
            int32_t ** const **l_1651[2][3];
            int i, j, k;
            for (i = 0; i < 2; i++)
            {
                for (j = 0; j < 3; j++)
                    l_1651[i][j] = &g_1648;
            }
            if (l_1617)
                break;
            for (g_189 = 21; (g_189 <= (-8)); --g_189)
            { /* block id: 643 */
                int8_t l_1625 = 0x93L;
                uint16_t *l_1638 = (void*)0;
                uint16_t *l_1639[7];
                int32_t ** const ***l_1650 = &g_1647;
                int64_t *l_1653 = &g_1501;
                int8_t l_1675 = 1L;
                int32_t l_1678 = 1L;
                int32_t l_1681 = (-5L);
                int32_t l_1682[7];
                int i;
                for (i = 0; i < 7; i++)
                    l_1639[i] = (void*)0;
                for (i = 0; i < 7; i++)
                    l_1682[i] = 0x13B9779FL;
                for (g_1439 = 4; (g_1439 <= 2); g_1439--)
                { /* block id: 646 */
                    uint64_t *l_1626 = &g_244;
                    int32_t *l_1627 = &g_254;
                    l_1628[0][4] = func_23(((*l_1627) = (~((g_1623 = g_1623) != (((*l_1626) = l_1625) , &g_1624)))));
                    if (l_1629[1])
                        break;
                }
            }
        }
        for (g_323 = 0; (g_323 >= 22); g_323 = safe_add_func_uint64_t_u_u(g_323, 1))
        { /* block id: 705 */
            int32_t *l_1712[2];
            int i;
            for (i = 0; i < 2; i++)
                l_1712[i] = &g_109;
            for (g_717 = 22; (g_717 <= 8); g_717 = safe_sub_func_uint8_t_u_u(g_717, 2))
            { /* block id: 708 */
                uint32_t l_1709 = 4294967293UL;
                for (g_1015 = 0; (g_1015 <= 1); g_1015 += 1)
                { /* block id: 711 */
                    int32_t **l_1713 = &l_1628[0][4];
                    int i, j, k;
                    --l_1709;
                    for (g_189 = 1; (g_189 >= 0); g_189 -= 1)
                    { /* block id: 715 */
                        int i, j, k;
                        l_1712[0] = l_1628[0][4];
                    }
                    if ((*p_55))
                        break;
                    (*l_1713) = p_52;
                }
            }
        }
        (***g_1647) = func_23(((1UL > (safe_lshift_func_uint8_t_u_u(((((*g_114) = (((g_955 , (safe_rshift_func_uint16_t_u_u(0xBDF4L, ((*l_1718)--)))) | (l_1676 = 0x7E79260B658D3143LL)) ^ l_1721)) < (--(*l_1723))) <= l_1726[2][1][9]), (((*l_1733) ^= (+(safe_add_func_uint32_t_u_u(0UL, (((safe_sub_func_uint16_t_u_u((l_1652 >= 5L), 3L)) == 1L) > l_1732))))) | l_1722)))) , 0L));
        if (l_1652)
            continue;
    }
    if (((*p_52) | ((*l_1743) |= ((l_1722 & (((((*l_1735) = l_1734) != &g_1162) , p_56) , ((&g_1226 == (((((((l_1736[8]++) >= l_1732) , (++(*g_114))) && (l_1741 != (void*)0)) <= p_53) , 0x23B9B5653B954EFELL) , l_1742[0])) , 0xBF597A0DL))) <= p_53))))
    { /* block id: 735 */
        uint64_t l_1749 = 0x569CE322992E27EBLL;
        int32_t *l_1792 = &g_34;
        uint8_t **l_1811[6][4][4] = {{{&g_1209[1][5],&g_1209[2][5],&g_1209[2][0],&g_1209[1][6]},{&g_1209[3][0],&g_1209[2][0],&g_1209[2][0],&g_1209[3][0]},{&g_1209[1][5],&g_1209[2][0],&g_1209[1][2],&g_1209[3][0]},{&g_1209[2][0],&g_1209[2][0],&g_1209[3][0],&g_1209[0][4]}},{{&g_1209[3][0],&g_1209[0][4],&g_1209[2][0],&g_1209[0][4]},{&g_1209[2][0],&g_1209[2][0],&g_1209[2][5],&g_1209[3][0]},{&g_1209[2][0],&g_1209[2][0],&g_1209[0][4],&g_1209[3][0]},{&g_1209[2][5],&g_1209[2][0],&g_1209[1][6],&g_1209[1][6]}},{{&g_1209[2][5],&g_1209[2][5],&g_1209[0][4],&g_1209[1][5]},{&g_1209[2][0],&g_1209[1][6],&g_1209[2][5],&g_1209[2][0]},{&g_1209[2][0],&g_1209[2][0],&g_1209[2][0],&g_1209[2][5]},{&g_1209[3][0],&g_1209[2][0],&g_1209[3][0],&g_1209[2][0]}},{{&g_1209[2][0],&g_1209[1][6],&g_1209[1][2],&g_1209[1][5]},{&g_1209[1][5],&g_1209[2][5],&g_1209[2][0],&g_1209[1][6]},{&g_1209[3][0],&g_1209[2][0],&g_1209[2][0],&g_1209[3][0]},{&g_1209[1][5],&g_1209[2][0],&g_1209[1][2],&g_1209[3][0]}},{{&g_1209[2][0],&g_1209[2][0],&g_1209[3][0],&g_1209[0][4]},{&g_1209[3][0],&g_1209[0][4],&g_1209[2][0],&g_1209[0][4]},{&g_1209[2][0],&g_1209[2][0],&g_1209[2][5],&g_1209[3][0]},{&g_1209[2][0],&g_1209[2][0],&g_1209[0][4],&g_1209[3][0]}},{{&g_1209[2][5],&g_1209[2][0],&g_1209[1][6],&g_1209[1][6]},{&g_1209[2][5],&g_1209[2][5],&g_1209[0][4],&g_1209[1][5]},{&g_1209[2][0],&g_1209[1][6],&g_1209[2][5],&g_1209[2][0]},{&g_1209[2][0],&g_1209[2][0],&g_1209[2][0],&g_1209[2][5]}}};
        uint8_t **l_1823 = &g_1209[2][0];
        int16_t l_1824 = (-1L);
        int32_t l_1853 = 3L;
        int32_t l_1857 = 0x1756BE61L;
        int32_t l_1858 = 0xA0EFA321L;
        int32_t l_1865 = 1L;
        int32_t l_1866 = 0xF3ABACF6L;
        int32_t l_1868 = 0x749A217CL;
        int32_t l_1869 = 0xC684A3CCL;
        int32_t l_1870[8] = {0x45FA1870L,0x45FA1870L,0x45FA1870L,0x45FA1870L,0x45FA1870L,0x45FA1870L,0x45FA1870L,0x45FA1870L};
        uint16_t l_1872 = 0xD37EL;
        uint32_t * const *l_1915[3][9] = {{(void*)0,(void*)0,&l_1743,(void*)0,(void*)0,(void*)0,&l_1743,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1743,(void*)0,(void*)0,(void*)0,&l_1743,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1743,(void*)0,(void*)0,(void*)0,&l_1743,(void*)0,(void*)0}};
        uint32_t * const **l_1914 = &l_1915[1][6];
        int8_t l_2074 = (-9L);
        int16_t l_2076 = 0x6458L;
        const int16_t l_2156 = 0x9B8EL;
        int8_t *l_2181[3];
        int8_t ** const l_2180 = &l_2181[2];
        const int32_t ***l_2266 = &g_1145;
        const int32_t ****l_2265 = &l_2266;
        int64_t *l_2278 = &l_2072;
        uint8_t l_2290 = 0x1DL;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_2181[i] = &g_297[0][1];
        if ((*p_55))
        { /* block id: 736 */
            int32_t *l_1750 = (void*)0;
            int32_t *****l_1760 = (void*)0;
            const uint8_t l_1799 = 0x71L;
            (*g_1746) = l_1744;
            l_1750 = func_23(l_1749);
            for (g_85 = 0; (g_85 <= 1); g_85 += 1)
            { /* block id: 741 */
                int16_t l_1751 = 0x9179L;
                int8_t *l_1759[5][2][1] = {{{(void*)0},{(void*)0}},{{&g_297[0][4]},{&g_297[0][4]}},{{&g_297[0][4]},{(void*)0}},{{(void*)0},{&g_297[0][4]}},{{&g_297[0][4]},{&g_297[0][4]}}};
                int16_t *l_1777[2][10][4] = {{{&g_820,&l_1751,&g_1015,&g_1015},{&l_1751,&l_1751,&g_107,&l_1751},{(void*)0,&l_1751,&l_1751,&g_1015},{&l_1751,&l_1751,&g_1015,&l_1751},{&g_820,&l_1751,&g_1015,&g_1015},{&l_1751,&l_1751,&g_107,&l_1751},{(void*)0,&l_1751,&l_1751,&g_1015},{&l_1751,&l_1751,&g_1015,&l_1751},{&g_820,&l_1751,&g_1015,&g_1015},{&l_1751,&l_1751,&g_107,&l_1751}},{{(void*)0,&l_1751,&l_1751,&g_1015},{&l_1751,&l_1751,&g_1015,&l_1751},{&g_820,&l_1751,&g_1015,&g_1015},{&l_1751,&l_1751,&g_107,&l_1751},{(void*)0,&l_1751,&l_1751,&g_1015},{&l_1751,&l_1751,&g_1015,&l_1751},{&g_820,&l_1751,&g_1015,&g_1015},{&l_1751,&l_1751,&g_107,&l_1751},{(void*)0,&l_1751,&l_1751,&g_1015},{&l_1751,&l_1751,&g_1015,&l_1751}}};
                int32_t l_1778[5][6] = {{9L,0x44D56227L,0x44D56227L,9L,0x36747CE0L,9L},{9L,0x36747CE0L,9L,0x44D56227L,0x44D56227L,9L},{0x5F7D4AC5L,0x5F7D4AC5L,0x44D56227L,1L,0x44D56227L,0x5F7D4AC5L},{0x44D56227L,0x36747CE0L,1L,1L,0x36747CE0L,0x44D56227L},{0x5F7D4AC5L,0x44D56227L,1L,0x44D56227L,0x5F7D4AC5L,0x5F7D4AC5L}};
                int32_t l_1780 = 1L;
                uint64_t l_1782 = 0xAD555E5424F3432CLL;
                volatile int32_t *l_1796[9][2][9] = {{{&g_166,&g_3,&g_166,(void*)0,&g_154,(void*)0,&g_164[1][2][1],&g_157,&g_164[1][2][1]},{&g_158,&g_154,&g_156[3][6][1],&g_156[3][6][1],&g_154,&g_158,&g_156[2][7][1],&g_162[0][1][0],&g_162[0][1][0]}},{{&g_162[0][1][0],&g_164[1][2][1],(void*)0,&g_164[1][1][1],&g_167,&g_3,&g_166,&g_164[0][1][6],(void*)0},{&g_159,&g_159,&g_167,&g_168,(void*)0,&g_167,&g_156[2][7][1],(void*)0,&g_164[0][1][6]}},{{&g_156[2][7][1],&g_164[0][1][6],&g_3,&g_164[1][2][1],(void*)0,(void*)0,&g_164[1][2][1],&g_3,&g_164[0][1][6]},{&g_167,&g_159,&g_164[1][2][1],&g_162[0][1][0],&g_158,&g_161,&g_156[2][2][0],&g_168,(void*)0}},{{&g_166,(void*)0,(void*)0,(void*)0,&g_168,&g_156[2][2][0],&g_161,&g_158,&g_162[0][1][0]},{&g_3,&g_159,&g_156[2][7][1],&g_164[0][1][6],&g_3,&g_164[1][2][1],(void*)0,(void*)0,&g_164[1][2][1]}},{{(void*)0,&g_164[0][1][6],&g_3,&g_164[0][1][6],(void*)0,&g_156[2][7][1],&g_167,(void*)0,&g_168},{&g_162[0][1][0],&g_159,&g_160,(void*)0,&g_164[0][1][6],&g_166,&g_3,&g_167,&g_164[1][1][1]}},{{&g_164[1][1][1],&g_164[1][2][1],&g_166,&g_162[0][1][0],&g_162[0][1][0],&g_156[2][7][1],&g_158,&g_154,&g_156[3][6][1]},{(void*)0,&g_154,(void*)0,&g_164[1][2][1],&g_157,&g_164[1][2][1],(void*)0,&g_154,(void*)0}},{{&g_168,&g_3,&g_154,&g_168,&g_158,&g_156[2][2][0],(void*)0,&g_167,&g_158},{&g_156[3][6][1],&g_166,&g_157,&g_168,&g_164[1][2][1],&g_160,&g_3,&g_156[2][2][0],&g_162[0][1][0]}},{{&g_164[1][2][1],&g_154,&g_159,&g_3,&g_157,&g_167,&g_162[0][1][0],&g_167,&g_157},{(void*)0,&g_159,&g_159,(void*)0,&g_166,&g_155,&g_164[1][2][1],&g_164[0][1][6],&g_158}},{{&g_168,&g_161,&g_157,&g_164[0][1][6],&g_155,(void*)0,&g_166,&g_158,&g_168},{(void*)0,&g_160,&g_156[3][6][1],&g_162[0][1][0],&g_166,&g_164[0][1][6],&g_162[0][1][0],&g_168,&g_156[2][2][0]}}};
                int32_t *l_1801 = (void*)0;
                int i, j, k;
                l_1751 = 0xEE50DA61L;
            }
        }
        else
        { /* block id: 794 */
            uint16_t l_1803 = 0x01D4L;
            int32_t l_1804 = 0x9C9D10B2L;
            int32_t l_1836 = 0x676C4D7AL;
            uint32_t **l_1850[6][4] = {{&l_1743,&l_1743,&l_1743,&l_1743},{&l_1743,&l_1743,&l_1743,&l_1743},{&l_1743,&l_1743,&l_1743,&l_1743},{&l_1743,&l_1743,&l_1743,&l_1743},{&l_1743,&l_1743,&l_1743,&l_1743},{&l_1743,&l_1743,&l_1743,&l_1743}};
            int64_t l_1854 = (-5L);
            int32_t l_1856 = 1L;
            int32_t l_1860[1][4][1];
            int32_t l_1862 = 0x07FF468DL;
            int32_t l_1864[9] = {7L,1L,7L,7L,1L,7L,7L,1L,7L};
            int32_t l_1871[10][10][2] = {{{0x03156BB4L,0x7FB88645L},{0x8B0B7729L,0x8B0B7729L},{0L,0xE78D399EL},{(-1L),0L},{(-1L),(-8L)},{0x7FB88645L,(-1L)},{2L,1L},{2L,(-1L)},{0x7FB88645L,(-8L)},{(-1L),0L}},{{(-1L),0xE78D399EL},{0L,0x8B0B7729L},{0x8B0B7729L,0x7FB88645L},{0x03156BB4L,0x7FB88645L},{0x8B0B7729L,0x8B0B7729L},{0L,0xE78D399EL},{(-1L),0L},{(-1L),(-8L)},{0x7FB88645L,(-1L)},{2L,1L}},{{2L,(-1L)},{0x7FB88645L,(-8L)},{(-1L),0L},{(-1L),0xE78D399EL},{0L,0x8B0B7729L},{0x8B0B7729L,0x7FB88645L},{0x03156BB4L,0x7FB88645L},{0x8B0B7729L,0x8B0B7729L},{0L,0xE78D399EL},{(-1L),0L}},{{(-1L),(-8L)},{0x7FB88645L,(-1L)},{2L,1L},{2L,(-1L)},{0x7FB88645L,(-8L)},{(-1L),0L},{(-1L),0xE78D399EL},{0L,0x8B0B7729L},{0x8B0B7729L,0x7FB88645L},{0x03156BB4L,0x7FB88645L}},{{0x8B0B7729L,0x8B0B7729L},{0L,0xE78D399EL},{(-1L),0L},{(-1L),(-8L)},{0x7FB88645L,(-1L)},{2L,1L},{2L,(-1L)},{0x7FB88645L,(-8L)},{(-1L),0L},{(-1L),0xE78D399EL}},{{0L,0x8B0B7729L},{0x8B0B7729L,0x7FB88645L},{0x03156BB4L,0x7FB88645L},{0x8B0B7729L,0x8B0B7729L},{0L,0xE78D399EL},{(-1L),0L},{(-1L),0x31698E7DL},{0x03156BB4L,0L},{0L,(-1L)},{0L,0L}},{{0x03156BB4L,0x31698E7DL},{0L,0x7FB88645L},{2L,(-8L)},{0xE78D399EL,1L},{1L,0x03156BB4L},{0x8B0B7729L,0x03156BB4L},{1L,1L},{0xE78D399EL,(-8L)},{2L,0x7FB88645L},{0L,0x31698E7DL}},{{0x03156BB4L,0L},{0L,(-1L)},{0L,0L},{0x03156BB4L,0x31698E7DL},{0L,0x7FB88645L},{2L,(-8L)},{0xE78D399EL,1L},{1L,0x03156BB4L},{0x8B0B7729L,0x03156BB4L},{1L,1L}},{{0xE78D399EL,(-8L)},{2L,0x7FB88645L},{0L,0x31698E7DL},{0x03156BB4L,0L},{0L,(-1L)},{0L,0L},{0x03156BB4L,0x31698E7DL},{0L,0x7FB88645L},{2L,(-8L)},{0xE78D399EL,1L}},{{1L,0x03156BB4L},{0x8B0B7729L,0x03156BB4L},{1L,1L},{0xE78D399EL,(-8L)},{2L,0x7FB88645L},{0L,0x31698E7DL},{0x03156BB4L,0L},{0L,(-1L)},{0L,0L},{0x03156BB4L,0x31698E7DL}}};
            const int8_t l_1888[10] = {0x11L,(-10L),(-10L),0x11L,0xD3L,0x11L,(-10L),(-10L),0x11L,0xD3L};
            uint64_t *l_1966 = &l_1749;
            uint8_t * const *l_1967 = &g_1209[3][4];
            int16_t l_2047 = 4L;
            int8_t l_2048[1];
            int64_t * const *l_2085 = &l_1745[1][3][0];
            int64_t * const **l_2084[4][4];
            int16_t l_2108 = (-5L);
            int64_t l_2109[10][4][5] = {{{0x2BCF3F1ECA23E10ELL,6L,1L,1L,(-6L)},{0x28BEF3D604849EAALL,0x13701F4E4257D9C2LL,0xBC00A24D0A3929C8LL,0x13701F4E4257D9C2LL,0x28BEF3D604849EAALL},{(-1L),(-2L),(-1L),1L,9L},{0x09C4FFD0F064999BLL,0x45DD45CAFE66B6A1LL,1L,1L,0x45DD45CAFE66B6A1LL}},{{(-1L),0L,0x2BCF3F1ECA23E10ELL,(-2L),9L},{0x13701F4E4257D9C2LL,1L,0x28BEF3D604849EAALL,0x881D41956CB911F2LL,0x28BEF3D604849EAALL},{9L,8L,(-1L),0x17659CEB6A9A75A9LL,(-6L)},{0x13701F4E4257D9C2LL,0xC849BC54FA017C95LL,0x09C4FFD0F064999BLL,0xBC00A24D0A3929C8LL,0xBC00A24D0A3929C8LL}},{{(-1L),0xBCA128892B40E8EELL,(-1L),1L,0xBDF95B3893834719LL},{0x09C4FFD0F064999BLL,0xC849BC54FA017C95LL,0x13701F4E4257D9C2LL,0x45DD45CAFE66B6A1LL,(-1L)},{(-1L),8L,9L,6L,(-1L)},{0x28BEF3D604849EAALL,1L,0x13701F4E4257D9C2LL,(-1L),0xC849BC54FA017C95LL}},{{0x2BCF3F1ECA23E10ELL,0L,(-1L),0L,0x2BCF3F1ECA23E10ELL},{1L,0x45DD45CAFE66B6A1LL,0x09C4FFD0F064999BLL,(-1L),0xFD70E6FC0668297ELL},{(-1L),(-2L),(-1L),6L,(-1L)},{0xBC00A24D0A3929C8LL,0x13701F4E4257D9C2LL,0x28BEF3D604849EAALL,0x45DD45CAFE66B6A1LL,0xFD70E6FC0668297ELL}},{{1L,6L,0x2BCF3F1ECA23E10ELL,1L,0x2BCF3F1ECA23E10ELL},{0xFD70E6FC0668297ELL,0xFD70E6FC0668297ELL,1L,0xBC00A24D0A3929C8LL,0xC849BC54FA017C95LL},{1L,0x53FB5FCD5A05CCE5LL,(-1L),0x17659CEB6A9A75A9LL,(-1L)},{0x45DD45CAFE66B6A1LL,(-1L),0x45DD45CAFE66B6A1LL,0x13701F4E4257D9C2LL,0xC849BC54FA017C95LL}},{{(-1L),(-1L),9L,6L,(-6L)},{0xFD70E6FC0668297ELL,0x881D41956CB911F2LL,0x881D41956CB911F2LL,0xFD70E6FC0668297ELL,0x45DD45CAFE66B6A1LL},{(-1L),8L,9L,0x53FB5FCD5A05CCE5LL,0x2BCF3F1ECA23E10ELL},{0x09C4FFD0F064999BLL,0L,0x45DD45CAFE66B6A1LL,0L,0x09C4FFD0F064999BLL}},{{9L,6L,(-1L),0x53FB5FCD5A05CCE5LL,3L},{0xBC00A24D0A3929C8LL,1L,0xFD70E6FC0668297ELL,0xFD70E6FC0668297ELL,1L},{(-1L),0xBCA128892B40E8EELL,(-1L),6L,3L},{0L,0xFD70E6FC0668297ELL,0x09C4FFD0F064999BLL,0x13701F4E4257D9C2LL,0x09C4FFD0F064999BLL}},{{3L,1L,9L,(-2L),0x2BCF3F1ECA23E10ELL},{0L,0x28BEF3D604849EAALL,0xBC00A24D0A3929C8LL,0x45DD45CAFE66B6A1LL,0x45DD45CAFE66B6A1LL},{(-1L),1L,(-1L),0L,(-6L)},{0xBC00A24D0A3929C8LL,0x28BEF3D604849EAALL,0L,1L,0xC849BC54FA017C95LL}},{{9L,1L,3L,8L,(-1L)},{0x09C4FFD0F064999BLL,0xFD70E6FC0668297ELL,0L,0xC849BC54FA017C95LL,0x28BEF3D604849EAALL},{(-1L),0xBCA128892B40E8EELL,(-1L),0xBCA128892B40E8EELL,(-1L)},{0xFD70E6FC0668297ELL,1L,0xBC00A24D0A3929C8LL,0xC849BC54FA017C95LL,0x881D41956CB911F2LL}},{{(-1L),6L,9L,8L,(-1L)},{0x45DD45CAFE66B6A1LL,0L,0x09C4FFD0F064999BLL,1L,0x881D41956CB911F2LL},{9L,8L,(-1L),0L,(-1L)},{0x881D41956CB911F2LL,0x881D41956CB911F2LL,0xFD70E6FC0668297ELL,0x45DD45CAFE66B6A1LL,0x28BEF3D604849EAALL}}};
            int8_t l_2120 = 0x34L;
            uint64_t l_2151 = 0x66CF567C8C73F052LL;
            int32_t ***l_2167 = &l_1741;
            uint32_t l_2179[2][10] = {{0x533D21A5L,0UL,0UL,0x533D21A5L,0xAE59B509L,0x3AE82E7FL,0x533D21A5L,0x3AE82E7FL,0xAE59B509L,0x533D21A5L},{0x3AE82E7FL,0x533D21A5L,0x3AE82E7FL,0xAE59B509L,0x533D21A5L,0UL,0UL,0x533D21A5L,0xAE59B509L,0x3AE82E7FL}};
            int32_t l_2210[1];
            uint32_t l_2211 = 9UL;
            uint16_t *l_2216 = &g_257;
            uint16_t **l_2215 = &l_2216;
            int i, j, k;
            for (i = 0; i < 1; i++)
            {
                for (j = 0; j < 4; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_1860[i][j][k] = 0xB35717FBL;
                }
            }
            for (i = 0; i < 1; i++)
                l_2048[i] = (-1L);
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 4; j++)
                    l_2084[i][j] = &l_2085;
            }
            for (i = 0; i < 1; i++)
                l_2210[i] = 0xD4B9C1E0L;
            l_1804 = (p_53 ^ l_1803);
        }
        (*l_1792) = (((0x38F7L | (0xCC50L | ((safe_mod_func_uint16_t_u_u((((void*)0 != (**g_1207)) < (((251UL && (1L || (safe_mul_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s(0x3FL, 2)) ^ (*l_1792)), (safe_sub_func_uint64_t_u_u((safe_lshift_func_int16_t_s_u((0xA190B2B2L != p_53), p_54)), g_843)))))) && (*g_1937)) > 1L)), (*l_1792))) || p_53))) <= p_53) && 0x4E1413FFB475F570LL);
        for (g_1439 = 0; (g_1439 <= 2); g_1439 += 1)
        { /* block id: 958 */
            uint32_t * const ***l_2242 = &l_1914;
            int32_t l_2248 = 0x32C4BFCAL;
            int16_t l_2249[4] = {0xB41EL,0xB41EL,0xB41EL,0xB41EL};
            int32_t l_2258 = 0L;
            int32_t l_2259 = (-8L);
            int32_t l_2260[7][10] = {{(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L)},{0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L)},{0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L,(-1L),0x130C0541L,0x130C0541L},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{0x130C0541L,(-1L),(-1L),0x130C0541L,(-1L),(-1L),0x130C0541L,(-1L),(-1L),0x130C0541L}};
            int16_t l_2261 = 0L;
            uint32_t l_2262[5][2][7] = {{{0xF48D6C81L,0xD3423256L,0UL,0xD3423256L,0xF48D6C81L,0xF48D6C81L,0xD3423256L},{0x770F7D34L,0x048F3B0BL,0x770F7D34L,0xD3423256L,0xD3423256L,0x770F7D34L,0x048F3B0BL}},{{0xD3423256L,0x048F3B0BL,0UL,0UL,0x048F3B0BL,0xD3423256L,0x048F3B0BL},{0x770F7D34L,0xD3423256L,0xD3423256L,0x770F7D34L,0x048F3B0BL,0x770F7D34L,0xD3423256L}},{{0xF48D6C81L,0xF48D6C81L,0xD3423256L,0UL,0xD3423256L,0xF48D6C81L,0xF48D6C81L},{0xF48D6C81L,0xD3423256L,0UL,0xD3423256L,0xF48D6C81L,0xF48D6C81L,0xD3423256L}},{{0x770F7D34L,0x048F3B0BL,0x770F7D34L,0xD3423256L,0xD3423256L,0x770F7D34L,0x048F3B0BL},{0xD3423256L,0x048F3B0BL,0UL,0UL,0x048F3B0BL,0xD3423256L,0x048F3B0BL}},{{0x770F7D34L,0xD3423256L,0xD3423256L,0x770F7D34L,0x048F3B0BL,0x770F7D34L,0xD3423256L},{0xF48D6C81L,0xF48D6C81L,0xD3423256L,0UL,0xD3423256L,0xF48D6C81L,0xF48D6C81L}}};
            uint8_t **l_2288 = &g_1209[3][4];
            int i, j, k;
            for (g_1195 = 3; (g_1195 >= 0); g_1195 -= 1)
            { /* block id: 961 */
                uint8_t l_2252 = 1UL;
                for (g_254 = 3; (g_254 >= 0); g_254 -= 1)
                { /* block id: 964 */
                    uint16_t *l_2236 = &l_1800;
                    int i, j, k;
                    if ((safe_mul_func_int16_t_s_s((!(safe_mod_func_uint8_t_u_u((((((((((g_156[(g_254 + 1)][g_254][g_254] == (safe_sub_func_int32_t_s_s(g_115[g_1439][g_1439], (safe_div_func_uint8_t_u_u(((--(*l_2236)) , (((safe_add_func_int16_t_s_s((~g_115[g_1195][g_1439]), ((l_2242 == (void*)0) & (g_115[g_1195][g_1439] | (safe_rshift_func_uint8_t_u_s((*g_114), 1)))))) & (((&g_249[1] != (((safe_sub_func_uint64_t_u_u(p_54, p_56)) == (*l_1792)) , (void*)0)) && 0x8F22753FL) , 0x8EL)) == (*l_1792))), 0xB8L))))) == p_54) & g_2247) != p_54) , 0x5CE82039L) , l_1811[3][3][2]) != (*g_1207)) , 0x85A5F5D36CBC2DCALL) , 0x72L), 0xCCL))), p_56)))
                    { /* block id: 966 */
                        int32_t l_2250 = 0x223293A4L;
                        int i, j, k;
                        if ((**g_2094))
                            break;
                        --l_2252;
                    }
                    else
                    { /* block id: 969 */
                        (*l_1792) |= (*p_55);
                        (*l_1792) = (*g_2095);
                    }
                }
                for (g_1785 = 0; (g_1785 <= 2); g_1785 += 1)
                { /* block id: 976 */
                    (*l_1792) = 0x930764D2L;
                    for (p_56 = 0; (p_56 <= 2); p_56 += 1)
                    { /* block id: 980 */
                        uint64_t l_2255 = 1UL;
                        ++l_2255;
                        if ((*p_52))
                            continue;
                    }
                }
            }
            l_2262[4][1][4]++;
            for (l_1673 = 0; (l_1673 <= 2); l_1673 += 1)
            { /* block id: 989 */
                const int32_t ****l_2268 = &l_2266;
                uint32_t l_2276 = 0x8726DD10L;
                int64_t *l_2279 = &g_621;
                for (l_1865 = 0; (l_1865 <= 2); l_1865 += 1)
                { /* block id: 992 */
                    const int32_t *****l_2267[6][8] = {{&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265},{&l_2265,(void*)0,&l_2265,&l_2265,&l_2265,&l_2265,(void*)0,&l_2265},{(void*)0,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,(void*)0,(void*)0},{&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265},{&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265},{&l_2265,(void*)0,(void*)0,&l_2265,&l_2265,&l_2265,&l_2265,&l_2265}};
                    uint16_t *l_2277 = &l_1800;
                    int64_t **l_2280[10] = {&l_2279,&l_2279,&l_2278,(void*)0,&l_2278,&l_2279,&l_2279,&l_2278,(void*)0,&l_2278};
                    uint64_t *l_2282 = (void*)0;
                    int32_t l_2283 = 1L;
                    uint64_t *l_2284 = &g_1785;
                    uint16_t *l_2287 = &g_717;
                    int8_t l_2289 = 0xCDL;
                    int i, j;
                    g_2269 = (l_2265 = (l_2268 = l_2265));
                    (*l_2081) |= ((safe_mod_func_uint32_t_u_u((((((((safe_mod_func_int16_t_s_s((g_1015 = (((l_2259 >= p_53) & (safe_mul_func_uint8_t_u_u(p_54, 0x4AL))) | ((l_2276 == ((*l_2277) = p_56)) >= (((*l_2284) = (l_2283 &= (((*l_1744) = l_2278) != (l_2281 = l_2279)))) & (safe_rshift_func_uint16_t_u_u(((*l_2287) = 0xC3AFL), 9)))))), 65535UL)) || (*l_1792)) ^ 0UL) , l_2288) == (void*)0) | (**g_1623)) , p_54), (*p_55))) > l_2289);
                    (*g_1649) = func_23((l_2283 = l_2290));
                }
            }
        }
    }
    else
    { /* block id: 1009 */
        int32_t l_2292[5][5] = {{(-1L),(-1L),0x06459D83L,0xAB5F15D3L,0x06459D83L},{(-1L),(-1L),0x06459D83L,0xAB5F15D3L,0x06459D83L},{(-1L),(-1L),0x06459D83L,0xAB5F15D3L,0x06459D83L},{(-1L),(-1L),0x06459D83L,0xAB5F15D3L,0x06459D83L},{(-1L),(-1L),0x06459D83L,0xAB5F15D3L,0x06459D83L}};
        int32_t l_2293 = 0xD6FDEC3DL;
        int32_t l_2294[4] = {0x3CCAE71DL,0x3CCAE71DL,0x3CCAE71DL,0x3CCAE71DL};
        int32_t l_2295[7][5] = {{1L,0x8101201CL,0L,0x23D68194L,(-5L)},{1L,0L,0xA79E289FL,0L,1L},{0x8101201CL,1L,0x6F9413B3L,0x23D68194L,(-5L)},{0x6F9413B3L,1L,0x8101201CL,0x8101201CL,1L},{0xA79E289FL,0L,1L,1L,0x4FA1B566L},{(-1L),(-5L),0x6F9413B3L,0L,0x6F9413B3L},{0x4FA1B566L,0x4FA1B566L,(-5L),1L,1L}};
        int32_t l_2296 = 0x865F1791L;
        int32_t l_2297 = 0L;
        int8_t * const l_2336 = &g_297[0][9];
        int8_t * const * const l_2335[4][10] = {{&l_2336,&l_2336,&l_2336,&l_2336,(void*)0,(void*)0,&l_2336,&l_2336,&l_2336,&l_2336},{&l_2336,&l_2336,(void*)0,&l_2336,&l_2336,&l_2336,(void*)0,&l_2336,&l_2336,&l_2336},{&l_2336,(void*)0,&l_2336,&l_2336,&l_2336,(void*)0,&l_2336,&l_2336,&l_2336,&l_2336},{&l_2336,(void*)0,(void*)0,(void*)0,(void*)0,&l_2336,&l_2336,&l_2336,&l_2336,&l_2336}};
        int64_t *l_2385[7][9][4] = {{{&g_1501,&l_2072,(void*)0,&g_621},{&g_621,&l_2072,&l_2072,&g_621},{&g_1501,&g_1501,&g_621,&l_2072},{(void*)0,(void*)0,&l_2072,&g_1501},{&l_2072,&g_621,(void*)0,&g_1501},{&l_2072,(void*)0,&g_621,&l_2072},{&g_1501,&g_1501,&g_621,&g_621},{&l_2072,&l_2072,&g_1501,&g_621},{&g_1501,&l_2072,&l_2072,&g_1501}},{{&g_1501,&g_1501,&l_2072,&l_2072},{&l_2072,&g_621,&g_621,&g_1501},{(void*)0,&g_1501,&g_1501,&g_621},{&l_2072,(void*)0,&g_1501,&g_1501},{&g_1501,&g_1501,&g_1501,&g_621},{&g_621,&l_2072,&g_1501,&l_2072},{&g_621,(void*)0,&g_621,&l_2072},{&g_1501,&g_1501,(void*)0,&g_621},{&l_2072,&g_1501,(void*)0,&l_2072}},{{(void*)0,&l_2072,&l_2072,&g_1501},{&l_2072,&l_2072,&g_621,&g_1501},{&g_621,&g_1501,(void*)0,&l_2072},{&g_621,&l_2072,&g_1501,&g_621},{&g_1501,&l_2072,(void*)0,(void*)0},{&g_621,(void*)0,(void*)0,&g_621},{&g_1501,&g_1501,&l_2072,&l_2072},{(void*)0,&l_2072,(void*)0,&l_2072},{&g_621,&g_621,&l_2072,&g_621}},{{&l_2072,&l_2072,&g_621,&g_1501},{(void*)0,&l_2072,&g_621,&l_2072},{&g_1501,&g_621,&g_1501,(void*)0},{&l_2072,&l_2072,&g_621,&g_1501},{&g_1501,&l_2072,&l_2072,&g_621},{&g_1501,&g_1501,&g_1501,&g_1501},{&g_1501,&g_621,&g_1501,&g_621},{&g_621,&g_1501,&l_2072,&g_621},{&l_2072,&l_2072,(void*)0,&g_621}},{{&l_2072,&l_2072,(void*)0,&l_2072},{(void*)0,&g_621,&g_1501,(void*)0},{&g_621,&g_1501,&g_621,&g_1501},{(void*)0,&g_1501,&g_621,&g_1501},{&g_621,&l_2072,&g_1501,&g_1501},{&g_1501,&g_621,&g_1501,&g_1501},{&g_1501,&g_1501,&l_2072,&g_621},{(void*)0,&g_621,&l_2072,&l_2072},{&l_2072,&g_1501,&g_621,&g_621}},{{&g_1501,&l_2072,(void*)0,&g_1501},{&g_621,&g_1501,&g_621,&l_2072},{(void*)0,&g_621,&g_621,&g_1501},{&g_1501,(void*)0,&l_2072,(void*)0},{&g_1501,&g_621,&l_2072,&l_2072},{&g_621,&g_1501,(void*)0,&l_2072},{&l_2072,&g_621,&g_621,(void*)0},{&l_2072,&g_1501,&l_2072,&g_621},{(void*)0,&g_1501,&l_2072,&g_621}},{{&g_1501,&g_1501,&g_621,&l_2072},{&g_1501,&g_1501,&g_1501,&g_1501},{&l_2072,&g_621,&g_621,(void*)0},{&g_1501,&g_621,&g_1501,&g_621},{&g_621,&g_1501,&l_2072,(void*)0},{&l_2072,&g_621,&g_1501,&l_2072},{&g_1501,&l_2072,(void*)0,&g_621},{&g_1501,&g_1501,&l_2072,&l_2072},{&g_1501,&g_1501,(void*)0,&l_2072}}};
        uint8_t l_2405 = 3UL;
        int16_t l_2424[3][5][6] = {{{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL}},{{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL}},{{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL},{0L,0x949FL,0L,0x949FL,0L,0x949FL},{0xBCF5L,0x949FL,0xBCF5L,0x949FL,0xBCF5L,0x949FL}}};
        const uint8_t *****l_2472 = (void*)0;
        int i, j, k;
        --l_2298;
        (*l_2081) ^= 0x7FBBD44AL;
        if ((l_2294[1] = (-6L)))
        { /* block id: 1013 */
            int16_t l_2330 = 1L;
            uint16_t *l_2337 = &g_1987[1];
            uint32_t *l_2340 = &g_955;
            int32_t l_2384 = 0x6B508783L;
            int32_t l_2386 = 0x1C6D48E0L;
            int32_t l_2389 = 0xACC40884L;
            int32_t ***l_2400[8] = {&l_1741,&l_1741,&l_1741,&l_1741,&l_1741,&l_1741,&l_1741,&l_1741};
            int32_t ****l_2399 = &l_2400[2];
            uint16_t ***l_2417 = &g_1162;
            int8_t *l_2453 = &g_189;
            uint8_t * const *l_2458[7] = {&g_114,&g_1209[2][0],&g_114,&g_114,&g_1209[2][0],&g_114,&g_114};
            uint8_t * const ** const l_2457 = &l_2458[2];
            uint8_t * const ** const *l_2456 = &l_2457;
            int8_t l_2527 = (-1L);
            int32_t l_2537 = 0x8FE62EA5L;
            int i;
lbl_2436:
            for (g_107 = 12; (g_107 != 4); g_107--)
            { /* block id: 1016 */
                uint32_t ***l_2314 = &g_1204;
                uint32_t ****l_2313 = &l_2314;
                uint32_t *****l_2312 = &l_2313;
                int16_t *l_2315 = &g_1015;
                uint16_t *l_2327 = (void*)0;
                uint16_t *l_2328 = &g_717;
                int32_t l_2329[6] = {1L,1L,(-7L),1L,1L,(-7L)};
                int i;
                (**g_1648) = ((*l_1741) = func_23((l_2294[1] = (safe_mod_func_int64_t_s_s((((safe_mul_func_uint8_t_u_u(6UL, (((p_53 || (safe_rshift_func_uint8_t_u_u((+(safe_rshift_func_int16_t_s_u(((*l_2315) &= ((p_54 & ((*l_1743) &= 0UL)) ^ ((void*)0 != l_2312))), (((*l_2328) = ((safe_add_func_int64_t_s_s((((safe_div_func_int8_t_s_s((((+(safe_sub_func_int64_t_s_s(((safe_div_func_uint32_t_u_u((l_2325 , (*g_1937)), ((0x7AB530AFL >= l_2296) , (*p_55)))) , p_53), g_1785))) ^ g_1326) != (*p_55)), l_2294[1])) < p_53) || 0xF74E0E85L), 0xAD2F0A55C2508DE0LL)) == g_2326)) == (-8L))))), l_2329[4]))) != p_53) | (*p_55)))) & l_2329[1]) , p_54), l_2330)))));
            }
            if ((safe_sub_func_int16_t_s_s(((((*l_2340) ^= (safe_sub_func_int64_t_s_s((((*l_1743) = ((void*)0 != l_2335[3][5])) ^ l_2330), ((((*l_2337)--) == ((*p_52) , l_2293)) <= l_2330)))) , ((l_2294[1] = (*p_52)) < (!((((safe_mul_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(p_54, 7)), (((p_54 >= (*g_1937)) | p_53) >= l_2295[6][4]))) && l_2330) == p_56) < 7UL)))) & (*p_55)), p_54)))
            { /* block id: 1028 */
                int32_t ** const ** const l_2356 = &g_1648;
                uint16_t ** const *l_2358 = &g_1162;
                uint16_t ** const **l_2357 = &l_2358;
                uint64_t l_2366 = 0xE64523FC24E9BD2CLL;
                for (g_621 = 3; (g_621 >= 0); g_621 -= 1)
                { /* block id: 1031 */
                    int64_t **l_2349[8] = {&l_2281,&l_2281,&l_2281,&l_2281,&l_2281,&l_2281,&l_2281,&l_2281};
                    int32_t l_2350 = 0L;
                    int32_t ** const **l_2401[10] = {&g_1648,&g_1648,&g_1648,&g_1648,&g_1648,&g_1648,&g_1648,&g_1648,&g_1648,&g_1648};
                    int16_t *l_2404 = &g_2247;
                    uint32_t * const l_2425 = &l_1736[8];
                    int i;
                    if (((((void*)0 == &l_2178) >= (safe_lshift_func_int8_t_s_s((g_189 ^= p_56), 0))) == (-1L)))
                    { /* block id: 1033 */
                        int64_t **l_2348 = &g_1748;
                        uint16_t ** const ***l_2359 = &l_2357;
                        int i;
                        l_2294[g_621] ^= (((*l_2081) , l_2348) != l_2349[4]);
                        (*l_2359) = ((l_2294[g_621] = (((*l_1743) = l_2350) & (((safe_rshift_func_int16_t_s_u(0xFE71L, ((l_2353[1][2][1] < ((safe_add_func_int64_t_s_s((l_2356 == (l_2294[g_621] , l_2356)), (l_2294[g_621] > ((p_52 == &g_843) , l_2294[g_621])))) && (**g_1623))) , p_56))) <= 0x0F02L) , 4UL))) , l_2357);
                    }
                    else
                    { /* block id: 1038 */
                        uint16_t l_2371[10];
                        uint32_t *l_2387 = &g_1417;
                        int32_t l_2390 = 0x6FA6537BL;
                        int32_t *l_2392[1];
                        uint64_t *l_2406[4][5][10] = {{{&g_244,&l_2366,&g_249[0],&g_249[0],&g_249[0],&g_249[0],&l_2366,&g_244,&l_1721,&l_1721},{&g_249[0],&g_249[1],&l_2366,&g_249[0],&g_249[0],&g_249[1],&g_249[0],(void*)0,&l_2366,&g_249[0]},{&l_2366,&l_1721,&l_2366,&g_249[0],&g_244,(void*)0,&g_323,&g_244,&g_249[1],(void*)0},{&l_2366,&g_244,&g_249[0],&l_1721,&l_2366,&l_1721,&g_249[0],&g_249[0],&l_1721,&l_2366},{&l_2366,&g_323,&g_323,&l_2366,&g_249[0],(void*)0,&l_2366,&l_2366,&g_249[0],&l_2366}},{{&l_2366,&l_2366,(void*)0,&l_2366,&l_2366,&g_249[1],&g_323,&l_2366,&g_249[0],&l_2366},{&g_249[0],&g_249[0],&g_249[0],&l_2366,&g_244,&g_249[0],&l_1721,&l_2366,&l_1721,&g_249[0]},{&g_244,&g_249[1],(void*)0,&l_1721,&g_249[0],&g_249[0],&l_1721,(void*)0,&g_249[1],&g_244},{&l_2366,&g_249[0],&g_323,&g_249[0],&g_249[0],&l_2366,&g_323,&g_249[0],&l_2366,(void*)0},{&g_244,&l_2366,&g_249[0],&g_249[0],&g_249[0],&l_1721,&l_2366,&l_1721,&l_1721,&g_244}},{{&g_249[0],&g_323,&l_2366,&g_249[0],&g_249[0],&g_323,&g_249[0],&l_2366,&l_2366,&g_249[0]},{&l_2366,&g_244,&l_2366,&l_2366,&g_244,&l_2366,&g_323,&l_1721,&g_249[1],&l_2366},{&l_2366,&l_1721,&g_249[0],&g_244,&l_2366,&g_249[0],&g_249[0],&g_249[0],&l_1721,&l_2366},{&l_2366,&g_249[1],&g_323,&l_2366,&g_249[0],&l_2366,&l_2366,(void*)0,&g_249[0],&l_2366},{&g_1785,&g_323,&l_2325,(void*)0,&g_249[1],&g_249[0],&g_249[0],&g_249[1],(void*)0,&l_2325}},{{&l_2366,&l_2366,&g_249[0],&g_323,&g_249[0],&g_249[0],&l_2366,&g_323,&g_249[0],&l_2366},{&g_249[0],&g_249[0],&l_2325,&g_249[0],(void*)0,&g_323,&l_2366,&g_1785,&l_1721,&l_2366},{&g_1785,&l_2366,&g_249[0],&g_323,&l_2366,(void*)0,&g_249[0],(void*)0,&g_1785,&g_1785},{&g_249[0],&g_323,&g_249[0],&l_2366,&l_2366,&g_249[0],&g_323,&g_249[0],&g_249[0],&l_2366},{&l_2366,&l_1721,&g_323,(void*)0,(void*)0,&l_1721,(void*)0,&l_2325,&g_1785,&l_2366}}};
                        int16_t *l_2407 = (void*)0;
                        int16_t *l_2408 = &g_820;
                        int i, j, k;
                        for (i = 0; i < 10; i++)
                            l_2371[i] = 0x5B04L;
                        for (i = 0; i < 1; i++)
                            l_2392[i] = &l_2353[7][2][0];
                        l_2390 = ((l_2389 = (safe_mod_func_int64_t_s_s((l_2388 = (((safe_div_func_int64_t_s_s(p_53, ((((*l_2387) = (((l_2386 = (((safe_lshift_func_uint8_t_u_s(l_2366, 2)) && (safe_add_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(((((l_2350 , (0x3BD8586B16BF65CALL <= (l_2371[7] | ((safe_sub_func_int64_t_s_s(l_2330, p_53)) > (safe_div_func_uint16_t_u_u((l_2384 = (safe_rshift_func_uint8_t_u_u((l_2350 >= ((!(safe_sub_func_int8_t_s_s((safe_div_func_uint8_t_u_u((safe_unary_minus_func_int16_t_s((0xBFB1783EBF67186DLL || p_56))), (*g_1624))), l_2350))) || 4294967295UL)), l_2292[4][4]))), l_2330)))))) , (void*)0) != l_2385[1][1][1]) | l_2371[9]), p_56)), p_53))) > l_2297)) != g_107) || 0x30BFL)) , (*g_1624)) & 0x55L))) & 0x9A730BA151212F89LL) , 0xAC16843CFB3AD647LL)), p_56))) && (*g_1624));
                        l_2409 = (+((l_2389 = ((l_2366 | (*g_114)) >= l_2384)) , ((p_53 | (((l_2390 , ((*l_2408) ^= (l_2390 && (g_249[1] = (safe_sub_func_int32_t_s_s((((*l_2404) = ((safe_lshift_func_int16_t_s_s((l_2405 = ((l_2399 != l_2401[1]) != (safe_mod_func_uint16_t_u_u(((void*)0 != l_2404), 1L)))), 12)) == p_53)) == 0x6F5AL), p_54)))))) <= 1L) || (*g_2089))) , (**g_1623))));
                    }
                    (*l_2081) = (safe_add_func_int64_t_s_s(p_56, (safe_mod_func_int16_t_s_s((0x1369024CL ^ ((*l_2340) = l_2292[1][1])), (safe_unary_minus_func_uint8_t_u((safe_rshift_func_int16_t_s_s(g_165, ((((void*)0 != l_2417) , ((-1L) >= ((l_2294[0] = (safe_add_func_uint64_t_u_u(p_56, (((((*g_114) = ((((g_189 = (safe_lshift_func_int16_t_s_u(((safe_rshift_func_int16_t_s_u(p_53, 1)) > 255UL), 7))) > l_2424[2][1][2]) , l_2425) == l_2425)) , g_2326) , (void*)0) == &g_1254)))) || (*p_52)))) , p_54)))))))));
                    return p_55;
                }
                return p_55;
            }
            else
            { /* block id: 1060 */
                int16_t *l_2454 = &g_2247;
                const int32_t l_2455[9][4] = {{0xB054E2E7L,0x16A9C379L,0x062FA164L,0x47EBBBDEL},{(-3L),0x97D9FBF3L,0x47EBBBDEL,0x87998112L},{0x47EBBBDEL,0x87998112L,(-1L),0x87998112L},{0x9D50DF8BL,0x97D9FBF3L,0xD272B9F3L,0x47EBBBDEL},{9L,0x16A9C379L,0x87998112L,(-10L)},{0xD272B9F3L,0x9D50DF8BL,2L,2L},{0xD272B9F3L,0xD272B9F3L,0x87998112L,0xB054E2E7L},{9L,2L,0xD272B9F3L,0x16A9C379L},{0x9D50DF8BL,(-3L),(-1L),0xD272B9F3L}};
                const uint8_t ****l_2467 = (void*)0;
                const uint8_t *****l_2466 = &l_2467;
                int32_t l_2494 = 0x5CC4D655L;
                uint16_t **l_2499 = &l_2337;
                int32_t l_2525 = 0L;
                int32_t l_2529 = 4L;
                uint16_t l_2530 = 0xBA80L;
                int i, j;
                for (l_1732 = 0; (l_1732 != (-6)); --l_1732)
                { /* block id: 1063 */
                    for (g_1479 = 0; (g_1479 >= 3); g_1479++)
                    { /* block id: 1066 */
                        int32_t l_2432 = (-3L);
                        const int32_t **l_2434[3];
                        const int32_t **l_2435 = &g_2095;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_2434[i] = &g_2095;
                        (*l_2081) |= (252UL || ((0UL <= (safe_sub_func_int32_t_s_s((g_107 != ((*g_1206) == (*g_1206))), (p_56 != ((l_2432 , p_53) || ((248UL > p_53) , p_56)))))) <= l_2405));
                        (*l_2435) = (***g_1766);
                        return p_55;
                    }
                    if (g_1015)
                        goto lbl_2436;
                    for (l_2296 = 0; (l_2296 <= 0); l_2296 += 1)
                    { /* block id: 1074 */
                        uint8_t l_2443 = 251UL;
                        int32_t l_2459 = 0x2A76D5D3L;
                        l_2459 |= (safe_sub_func_int16_t_s_s(((safe_div_func_uint16_t_u_u(((((safe_add_func_int16_t_s_s(l_2443, (safe_mul_func_uint8_t_u_u(((p_53 != ((*l_2337) ^= ((((((l_2443 ^ p_53) >= (~(-1L))) , ((p_56 <= (safe_lshift_func_uint8_t_u_s((safe_mul_func_int64_t_s_s((safe_rshift_func_int8_t_s_u(((*g_1623) != (l_2453 = &g_189)), ((((((l_2454 == (void*)0) && l_2455[2][0]) > l_2443) && p_54) && (*p_52)) || 0x4540L))), 0UL)), 4))) && (**g_1623))) != 0UL) > 251UL) & p_56))) && p_53), 8UL)))) < p_53) , l_2456) == (void*)0), p_56)) , g_166), p_53));
                    }
                }
                l_2294[1] = 0xC3560679L;
                if (((void*)0 != (**l_2457)))
                { /* block id: 1081 */
                    int32_t l_2477 = 0x73BEA6F1L;
                    int64_t ***l_2495 = &l_1744;
                    uint32_t ***l_2518 = &g_1204;
                    int64_t l_2520 = (-7L);
                    int32_t l_2523 = 0xFA6B7EC7L;
                    int32_t l_2526 = 0L;
                    int32_t l_2528 = 0L;
                    for (l_2208 = 0; (l_2208 < 19); ++l_2208)
                    { /* block id: 1084 */
                        uint32_t l_2488 = 1UL;
                        uint64_t *l_2489 = (void*)0;
                        uint64_t *l_2490 = (void*)0;
                        uint64_t *l_2491 = &g_323;
                        l_2294[2] = (((safe_sub_func_uint64_t_u_u(((g_2464 = g_2464) == (l_2472 = (g_2468 = l_2466))), (((*g_114) = 0UL) >= ((p_54 ^ (-3L)) >= (safe_sub_func_int64_t_s_s((safe_lshift_func_uint8_t_u_s((l_2477 |= 0x40L), l_2455[4][0])), (*g_2089))))))) && (safe_rshift_func_uint8_t_u_u((((*l_2491) |= (safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s((safe_mod_func_int64_t_s_s((safe_rshift_func_int16_t_s_u(0xE1E9L, l_2488)), p_53)), p_53)), 0x1EL))) < g_1501), l_2455[2][0]))) || p_54);
                    }
                    for (l_1721 = 0; (l_1721 <= 0); l_1721 += 1)
                    { /* block id: 1095 */
                        uint32_t l_2492 = 6UL;
                        uint16_t **l_2493 = &l_2337;
                        (**g_1648) = func_23((((*l_2337) = ((l_2492 < p_53) , (l_2493 == (*l_2417)))) , (((l_2494 = l_2424[1][2][1]) > 0xE898E9E7L) >= ((void*)0 == l_2495))));
                    }
                    l_2294[2] ^= (((safe_mod_func_uint8_t_u_u((((*g_2089) , g_1326) != (~(((*l_2417) = l_2499) != g_2500))), ((*g_114) ^= (safe_add_func_uint16_t_u_u(((l_2293 = (&g_1624 == ((*g_1624) , l_2505))) & 65535UL), (-1L)))))) >= p_56) <= g_1015);
                    for (g_955 = (-28); (g_955 == 42); g_955 = safe_add_func_int8_t_s_s(g_955, 1))
                    { /* block id: 1106 */
                        int32_t l_2519[2][7][1];
                        int32_t l_2521 = 0xFCEEAC6FL;
                        int32_t l_2522 = (-3L);
                        int32_t l_2524 = (-1L);
                        int i, j, k;
                        for (i = 0; i < 2; i++)
                        {
                            for (j = 0; j < 7; j++)
                            {
                                for (k = 0; k < 1; k++)
                                    l_2519[i][j][k] = 1L;
                            }
                        }
                        l_2519[1][3][0] = ((safe_add_func_int8_t_s_s((g_297[0][7] |= (safe_rshift_func_int16_t_s_s(p_53, (safe_mul_func_uint16_t_u_u(l_2477, (((*g_2089) , (*g_1623)) == ((((**l_2505) &= ((*l_2453) ^= g_2515)) || (safe_sub_func_uint8_t_u_u(8UL, (((l_2294[3] && l_2477) , &g_1204) == l_2518)))) , (void*)0))))))), 1UL)) >= p_56);
                        l_2530++;
                        return l_2533;
                    }
                }
                else
                { /* block id: 1114 */
                    uint64_t *l_2536 = &l_2325;
                    int32_t l_2544 = 0xA671909EL;
                    int32_t l_2563 = (-1L);
                    if ((safe_mul_func_int16_t_s_s((((*l_2536) ^= p_56) & p_56), l_2537)))
                    { /* block id: 1116 */
                        uint32_t l_2538 = 0UL;
                        ++l_2538;
                    }
                    else
                    { /* block id: 1118 */
                        int64_t l_2570[3];
                        int i;
                        for (i = 0; i < 3; i++)
                            l_2570[i] = 5L;
                        p_55 = func_23(l_2455[7][3]);
                        (*l_2533) |= (!((safe_sub_func_uint8_t_u_u(l_2544, ((0xF9L && ((safe_add_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((*g_1937) || (((safe_sub_func_uint64_t_u_u((p_54 < (safe_mul_func_int8_t_s_s((safe_mod_func_int32_t_s_s((((safe_rshift_func_uint8_t_u_s(l_2297, p_56)) || ((safe_add_func_int8_t_s_s((safe_mul_func_int16_t_s_s((l_2563 ^= (-5L)), ((((safe_sub_func_int32_t_s_s((safe_rshift_func_uint8_t_u_u(((safe_add_func_uint64_t_u_u(p_53, (*g_2089))) != p_53), 4)), p_54)) , p_56) , 0x504FL) || p_53))), 0x59L)) , l_2570[2])) , (*p_55)), 0xE586C775L)), 0xFFL))), 0xD72058ABA4CD9581LL)) < 0x34L) < 0UL)), l_2525)), l_2571)) != p_56)) | 3UL))) && l_2563));
                        return p_55;
                    }
                    if (((safe_sub_func_uint16_t_u_u((safe_sub_func_int32_t_s_s(l_2455[2][0], (safe_div_func_uint8_t_u_u((((void*)0 != &g_249[0]) != ((p_53 , ((((*l_2536) = (0xC042L || (((l_2563 &= (safe_sub_func_uint32_t_u_u(((p_54 >= ((((safe_add_func_uint32_t_u_u(p_54, ((safe_unary_minus_func_int32_t_s(0L)) < l_2455[2][0]))) , p_53) >= p_53) <= g_155)) | 0xE8A06992AC3E7E53LL), (*p_52)))) == (*g_2095)) != p_53))) <= 0L) <= 0x6D289530L)) ^ (-1L))), 6L)))), p_53)) ^ (*g_1624)))
                    { /* block id: 1126 */
                        int16_t *l_2583 = &l_2424[1][4][4];
                        (*l_2533) = ((void*)0 == l_2583);
                        (*g_1206) = l_2584;
                    }
                    else
                    { /* block id: 1129 */
                        return p_55;
                    }
                }
            }
        }
        else
        { /* block id: 1134 */
            return p_55;
        }
    }
    if ((safe_add_func_uint16_t_u_u((((safe_mod_func_int64_t_s_s((l_2593 = (g_621 = (safe_lshift_func_int16_t_s_s(((*l_2533) = ((void*)0 == &l_2584)), 7)))), ((safe_mul_func_uint8_t_u_u(((p_56 != ((g_1501 = (safe_lshift_func_int8_t_s_u(((&l_2584 != (*g_2464)) || ((safe_mod_func_int16_t_s_s(((((*l_2600) = &g_699) == p_55) >= p_54), (g_924 , p_54))) <= p_53)), 7))) | p_56)) == p_56), 0x88L)) & g_6))) && (*g_1624)) ^ 1UL), p_53)))
    { /* block id: 1143 */
        uint16_t l_2620 = 0x6756L;
        for (g_257 = 7; (g_257 < 1); g_257 = safe_sub_func_int8_t_s_s(g_257, 8))
        { /* block id: 1146 */
            int32_t l_2621 = 1L;
            const uint32_t *l_2653 = &g_2654;
            int32_t l_2655 = 0xCDE6542AL;
            for (g_254 = 0; (g_254 < (-9)); g_254 = safe_sub_func_uint16_t_u_u(g_254, 7))
            { /* block id: 1149 */
                int8_t **l_2616 = &l_2506;
                uint64_t *l_2619 = &g_244;
                int32_t l_2625[8] = {0x61592D03L,0xE0B3D4D3L,0x61592D03L,0x61592D03L,0xE0B3D4D3L,0x61592D03L,0x61592D03L,0xE0B3D4D3L};
                uint8_t **l_2658 = &g_1209[2][0];
                int i;
                if ((0xF8BD45B8L || (safe_div_func_uint32_t_u_u(0x2C987DF4L, (0x0A99L && ((0L || (((*l_1743) = ((safe_mul_func_uint8_t_u_u((safe_add_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((((0x623CL == ((void*)0 != l_2616)) <= ((*g_114) = (1UL & (safe_mod_func_uint64_t_u_u(((*l_2619) = 18446744073709551609UL), l_2620))))) ^ p_53), p_56)), 0xFE37D99EB6806602LL)), p_54)) <= 0x38C35325BB1074C3LL)) >= l_2621)) != p_54))))))
                { /* block id: 1153 */
                    int32_t l_2626 = 0xEEE0DE7AL;
                    int32_t l_2627[6][1];
                    int i, j;
                    for (i = 0; i < 6; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_2627[i][j] = 1L;
                    }
                    if ((*p_52))
                    { /* block id: 1154 */
                        uint8_t l_2622 = 0x09L;
                        --l_2622;
                    }
                    else
                    { /* block id: 1156 */
                        uint8_t l_2628 = 0x54L;
                        l_2628--;
                    }
                    for (g_189 = (-4); (g_189 >= (-10)); g_189 = safe_sub_func_int64_t_s_s(g_189, 6))
                    { /* block id: 1161 */
                        uint32_t l_2642 = 1UL;
                        uint16_t *l_2649 = &g_1987[0];
                        uint16_t ***l_2652 = &g_1162;
                        if ((*p_55))
                            break;
                        if ((*p_52))
                            continue;
                        (*l_2533) &= (safe_mod_func_uint32_t_u_u(l_2621, (safe_add_func_uint32_t_u_u(2UL, (safe_unary_minus_func_int32_t_s(((safe_add_func_uint64_t_u_u(18446744073709551613UL, p_54)) >= (((safe_lshift_func_int16_t_s_u(((((((p_54 & (0L | ((((**g_1623) & (l_2642 == (0xB5E79F3B8B2C9AB1LL >= p_54))) | l_2620) | p_56))) , l_2627[2][0]) & 0x58432C98A0E0F179LL) >= l_2620) < l_2620) & l_2625[5]), l_2642)) != g_1457) == (-9L)))))))));
                        l_2625[5] = (safe_add_func_uint32_t_u_u(((((l_2655 = (safe_add_func_uint8_t_u_u((safe_rshift_func_int16_t_s_u(l_2642, (--(*l_2649)))), ((0x2D174DCEL < l_2625[3]) , (g_170 < (((0x5DL <= (l_2652 == (void*)0)) , ((l_2653 = func_23(l_2621)) == (void*)0)) < l_2621)))))) >= g_1479) ^ p_53) | p_53), g_85));
                    }
                }
                else
                { /* block id: 1170 */
                    for (l_1800 = 14; (l_1800 == 15); ++l_1800)
                    { /* block id: 1173 */
                        uint8_t ***l_2659[2][3] = {{&l_2658,&l_2658,&l_2658},{&g_1208,&g_1208,&g_1208}};
                        const uint8_t **l_2660[3][6][10] = {{{&g_428,&g_428,(void*)0,&g_428,&g_428,(void*)0,&g_428,&g_428,(void*)0,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428},{&g_428,(void*)0,&g_428,&g_428,(void*)0,&g_428,(void*)0,&g_428,(void*)0,&g_428},{(void*)0,&g_428,&g_428,&g_428,&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428},{&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428}},{{&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,(void*)0,&g_428},{&g_428,&g_428,(void*)0,(void*)0,&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428},{&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,(void*)0},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,(void*)0,&g_428,(void*)0,&g_428,&g_428,&g_428}},{{&g_428,(void*)0,&g_428,(void*)0,&g_428,&g_428,(void*)0,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,(void*)0,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,(void*)0,&g_428,&g_428,(void*)0,&g_428,&g_428,&g_428,&g_428,&g_428},{&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428,&g_428}}};
                        int i, j, k;
                        (*l_2081) &= ((*l_2533) = ((g_1208 = l_2658) != ((*g_2470) = l_2660[0][0][2])));
                        if ((*p_55))
                            continue;
                        (*l_1741) = func_23((*p_55));
                    }
                }
            }
        }
        for (g_2247 = 0; (g_2247 != (-29)); g_2247 = safe_sub_func_uint64_t_u_u(g_2247, 1))
        { /* block id: 1186 */
            const int32_t **l_2665[3][5] = {{&g_2095,(void*)0,(void*)0,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,(void*)0,(void*)0,&g_2095}};
            const int32_t **l_2666 = (void*)0;
            const int32_t **l_2667[8][9][3] = {{{&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095}},{{&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0}},{{&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095}},{{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,(void*)0}},{{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095}},{{(void*)0,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,&g_2095}},{{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,(void*)0},{&g_2095,&g_2095,&g_2095}},{{(void*)0,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,&g_2095,(void*)0},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,&g_2095},{&g_2095,&g_2095,&g_2095},{(void*)0,(void*)0,(void*)0}}};
            int i, j, k;
            (*g_2670) = (**g_1767);
            (*g_2671) = (*g_1768);
        }
    }
    else
    { /* block id: 1190 */
        uint8_t l_2678 = 0xB8L;
        int32_t l_2679 = 1L;
        const int8_t **l_2680 = &g_1624;
        (*l_2533) &= ((safe_mul_func_int8_t_s_s(p_54, (safe_rshift_func_uint16_t_u_u((p_53 = (safe_mul_func_int8_t_s_s(((((-3L) | 0x29L) , 0UL) >= 0xCCBBL), p_56))), ((l_2679 &= ((*g_114) = l_2678)) , (g_154 , (((p_54 , l_2680) == (void*)0) , (**g_2500)))))))) , (-1L));
    }
    return p_55;
}


/* ------------------------------------------ */
/* 
 * reads : g_114 g_115 g_3 g_171 g_107 g_160 g_34 g_6 g_165 g_323 g_251 g_252 g_301 g_63 g_254 g_161 g_2 g_428 g_257 g_169 g_109 g_222 g_167 g_500 g_189 g_429 g_297 g_5 g_85 g_244 g_559 g_156 g_7 g_249 g_164 g_4 g_157 g_699 g_717 g_843 g_955 g_621 g_1206 g_1207 g_1417 g_1439 g_1326 g_1328 g_166 g_1501 g_162 g_1195
 * writes: g_254 g_257 g_323 g_428 g_107 g_222 g_85 g_249 g_34 g_500 g_189 g_297 g_561 g_301 g_63 g_699 g_244 g_115 g_621 g_250 g_1347 g_1479 g_1480 g_1501 g_1518
 */
static uint16_t  func_58(int32_t  p_59, int8_t  p_60, int32_t * p_61, int32_t * p_62)
{ /* block id: 100 */
    int16_t l_329[4] = {(-7L),(-7L),(-7L),(-7L)};
    int16_t *l_330 = &l_329[2];
    int32_t l_331 = (-1L);
    uint16_t l_339 = 0x3924L;
    uint8_t l_362 = 0UL;
    int32_t l_421 = (-1L);
    int32_t l_422 = 0x30FED956L;
    const int32_t **l_444 = (void*)0;
    const int32_t ** const *l_443 = &l_444;
    const int32_t ** const **l_442 = &l_443;
    const int32_t ** const ***l_441 = &l_442;
    uint32_t l_490[9] = {0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L,0xD85F6724L};
    int32_t **l_496 = (void*)0;
    int32_t ***l_495 = &l_496;
    int32_t ****l_494 = &l_495;
    int32_t *****l_493 = &l_494;
    int32_t ****l_569 = &l_495;
    uint8_t *l_624 = (void*)0;
    uint8_t **l_623 = &l_624;
    int32_t l_690[5];
    int64_t l_702 = (-8L);
    int32_t l_710 = (-1L);
    int64_t l_712 = 0x21D2142A84690300LL;
    int32_t l_713 = 0xE1640A17L;
    uint16_t l_845 = 0xCBC0L;
    int8_t l_922[7] = {(-1L),0xEDL,(-1L),(-1L),0xEDL,(-1L),(-1L)};
    int32_t l_942 = 1L;
    uint16_t *l_1008[3];
    uint16_t **l_1007 = &l_1008[2];
    uint64_t l_1032 = 0UL;
    uint32_t l_1073[9][6] = {{0xCA351644L,0xCA351644L,0x4D200789L,0xCA351644L,0xCA351644L,0x4D200789L},{0xCA351644L,0xCA351644L,0x4D200789L,0xCA351644L,0xCA351644L,0x4D200789L},{0xCA351644L,0xCA351644L,0x4D200789L,0xCA351644L,0xCA351644L,0x4D200789L},{0xCA351644L,0xCA351644L,0x4D200789L,0xCA351644L,0xCA351644L,0x4D200789L},{0xCA351644L,0xCA351644L,0x4D200789L,0xCA351644L,0xCA351644L,0x4D200789L},{0xCA351644L,0x9BF0A17AL,0xCA351644L,0x9BF0A17AL,0x9BF0A17AL,0xCA351644L},{0x9BF0A17AL,0x9BF0A17AL,0xCA351644L,0x9BF0A17AL,0x9BF0A17AL,0xCA351644L},{0x9BF0A17AL,0x9BF0A17AL,0xCA351644L,0x9BF0A17AL,0x9BF0A17AL,0xCA351644L},{0x9BF0A17AL,0x9BF0A17AL,0xCA351644L,0x9BF0A17AL,0x9BF0A17AL,0xCA351644L}};
    int32_t l_1092 = 0xABDC2267L;
    uint8_t l_1093 = 9UL;
    int64_t l_1181 = 0xEA1B1A00AACC5979LL;
    uint32_t l_1213 = 0xCFCD93B9L;
    uint16_t l_1279[7];
    const uint32_t *l_1327 = &g_1328;
    const int8_t l_1418 = 0x59L;
    int16_t l_1443 = 6L;
    uint8_t *****l_1454 = &g_1206;
    int16_t l_1456[6] = {1L,1L,0xAFF7L,1L,1L,0xAFF7L};
    int64_t l_1466 = 0x1725E5186B975991LL;
    uint32_t l_1476[3][9] = {{0x5ACAA930L,0xBB908578L,18446744073709551607UL,0xBB908578L,0x5ACAA930L,18446744073709551607UL,0x6264CB28L,0x6264CB28L,18446744073709551607UL},{0x5ACAA930L,0xBB908578L,18446744073709551607UL,0xBB908578L,0x5ACAA930L,18446744073709551607UL,0x6264CB28L,0x6264CB28L,18446744073709551607UL},{0x5ACAA930L,0xBB908578L,18446744073709551607UL,0xBB908578L,0x5ACAA930L,18446744073709551607UL,0x6264CB28L,0x6264CB28L,18446744073709551607UL}};
    int32_t ****l_1572 = &l_495;
    int i, j;
    for (i = 0; i < 5; i++)
        l_690[i] = (-1L);
    for (i = 0; i < 3; i++)
        l_1008[i] = (void*)0;
    for (i = 0; i < 7; i++)
        l_1279[i] = 0xCB77L;
    if ((p_60 , (((*g_114) == (((safe_mod_func_int16_t_s_s(((*l_330) = l_329[2]), p_59)) > (l_331 && (safe_mul_func_int8_t_s_s(p_60, ((l_330 != (((!(g_3 , g_171)) != g_107) , (void*)0)) | l_331))))) > (*g_114))) || 0xF2C9B0C5L)))
    { /* block id: 102 */
        return g_160;
    }
    else
    { /* block id: 104 */
        int32_t *l_335 = &g_254;
        int32_t *l_336 = &g_63;
        int32_t *l_337[4] = {&g_34,&g_34,&g_34,&g_34};
        int16_t l_338 = 0x35E0L;
        int32_t **l_361 = &g_222;
        int32_t ***l_360 = &l_361;
        uint8_t *l_430[4];
        uint32_t l_463 = 0xD24F352CL;
        uint32_t l_497 = 4294967288UL;
        uint64_t l_587 = 0xD654FB5CBB0CC247LL;
        int64_t *l_684 = &g_621;
        int8_t l_691[2];
        int32_t l_695 = 1L;
        uint32_t l_696 = 0UL;
        int i;
        for (i = 0; i < 4; i++)
            l_430[i] = &l_362;
        for (i = 0; i < 2; i++)
            l_691[i] = 0x84L;
lbl_342:
        ++l_339;
        if ((*p_62))
        { /* block id: 106 */
            uint8_t l_345 = 0xD5L;
            int32_t l_346 = (-7L);
            uint16_t *l_359 = &l_339;
            int32_t **l_374 = &l_337[0];
            int32_t **l_375 = &l_335;
            int32_t **l_376 = &l_335;
            int32_t **l_377 = (void*)0;
            int32_t **l_378 = &l_336;
            int32_t **l_379 = &l_336;
            int32_t **l_380 = &l_337[2];
            int32_t **l_381 = (void*)0;
            int32_t **l_382 = &l_335;
            int32_t **l_383 = (void*)0;
            int32_t **l_384 = &l_335;
            int32_t **l_385 = &l_337[2];
            int32_t **l_386 = &g_222;
            int32_t **l_387[5][3] = {{&l_336,&l_336,&l_336},{&l_336,&l_335,&l_336},{&l_336,&l_336,&l_336},{&l_336,&l_335,&l_336},{&l_336,&l_336,&l_336}};
            int32_t **l_388[2];
            int32_t **l_389 = (void*)0;
            int32_t **l_390 = &l_335;
            int32_t **l_391[10][4] = {{(void*)0,&g_222,(void*)0,&g_222},{&l_337[1],(void*)0,(void*)0,&l_337[0]},{(void*)0,(void*)0,&l_337[1],&l_337[0]},{&l_336,(void*)0,&l_336,&g_222},{&l_336,&g_222,&l_337[1],&l_336},{(void*)0,&g_222,(void*)0,&g_222},{&l_337[1],(void*)0,(void*)0,&l_337[0]},{(void*)0,(void*)0,&l_337[1],&l_337[0]},{&l_336,(void*)0,&l_336,&g_222},{&l_336,&g_222,&l_337[1],&l_336}};
            int32_t **l_392 = &g_222;
            int32_t **l_393 = &g_222;
            int32_t **l_394[2][5][4] = {{{(void*)0,&l_335,&l_335,(void*)0},{&l_335,(void*)0,(void*)0,&l_337[2]},{&l_335,(void*)0,&l_335,&l_337[0]},{(void*)0,&l_337[2],&l_337[0],&l_337[0]},{(void*)0,(void*)0,&g_222,&l_337[2]}},{{&l_337[2],(void*)0,&g_222,(void*)0},{(void*)0,&l_335,&l_337[0],&g_222},{(void*)0,&l_335,&l_335,(void*)0},{&l_335,(void*)0,(void*)0,&l_337[2]},{&l_335,(void*)0,&l_335,&l_337[0]}}};
            int32_t **l_395 = &l_335;
            int32_t **l_396[10][6] = {{&g_222,&l_336,&l_336,&g_222,&l_336,&l_337[3]},{&l_337[2],&l_337[2],&l_335,&l_335,&l_336,(void*)0},{&l_335,&l_337[2],&l_336,&l_335,&l_336,&l_337[3]},{&l_336,&l_337[2],&g_222,&l_337[2],&l_336,&l_335},{&l_336,&l_336,&l_337[3],&l_337[3],&g_222,&l_335},{&l_337[3],(void*)0,&l_336,&l_336,&g_222,&l_337[2]},{&l_336,&l_337[2],&g_222,&g_222,&l_337[2],&l_336},{&l_337[3],(void*)0,&l_337[2],&l_337[3],&l_335,&l_337[2]},{(void*)0,&l_337[2],&l_335,&l_336,(void*)0,&l_335},{(void*)0,&l_335,&l_336,&l_337[3],&l_336,&l_335}};
            int32_t **l_397 = &l_335;
            int32_t **l_398 = &l_336;
            int32_t **l_399 = &l_335;
            int32_t **l_400 = (void*)0;
            int32_t **l_401 = &l_337[2];
            int32_t **l_402[6] = {&l_337[2],&l_337[2],&l_336,&l_337[2],&l_337[2],&l_336};
            int32_t **l_403 = (void*)0;
            int32_t **l_404[8][6][1] = {{{&l_337[2]},{&l_337[1]},{&l_336},{(void*)0},{&l_336},{&l_335}},{{&l_336},{(void*)0},{&l_336},{&l_337[1]},{&l_337[2]},{&l_335}},{{&l_335},{&g_222},{&l_336},{&l_336},{(void*)0},{&l_336}},{{&l_336},{&g_222},{&l_335},{&l_335},{&l_337[2]},{&l_337[1]}},{{&l_336},{(void*)0},{&l_336},{&l_335},{&l_336},{(void*)0}},{{&l_336},{&l_337[1]},{&l_337[2]},{&l_335},{&l_335},{&g_222}},{{&l_336},{&l_336},{(void*)0},{&l_336},{&l_336},{&g_222}},{{&l_335},{&l_335},{&l_337[2]},{&l_337[1]},{&l_336},{(void*)0}}};
            int32_t *** const l_373[9][4][2] = {{{&l_386,&l_399},{&l_402[4],&l_384},{&l_385,&l_400},{&l_374,&l_386}},{{&l_392,&l_378},{&l_384,&l_399},{&l_376,&l_391[2][1]},{&l_400,&l_385}},{{&l_395,&l_384},{&l_392,&l_382},{&l_391[2][1],&l_382},{&l_392,&l_384}},{{&l_395,&l_385},{&l_400,&l_391[2][1]},{&l_376,&l_399},{&l_384,&l_378}},{{&l_392,&l_386},{&l_374,&l_400},{&l_385,&l_384},{&l_402[4],&l_399}},{{&l_386,(void*)0},{&l_376,&l_375},{&l_395,&l_395},{&l_385,&l_386}},{{&l_380,&l_382},{&l_375,&l_378},{&l_402[4],&l_375},{&l_400,&l_374}},{{&l_400,&l_375},{&l_402[4],&l_378},{&l_375,&l_382},{&l_380,&l_386}},{{&l_385,&l_395},{&l_395,&l_375},{&l_376,(void*)0},{&l_386,&l_399}}};
            int32_t *** const *l_372 = &l_373[8][2][0];
            int32_t *** const **l_371 = &l_372;
            int64_t l_417 = 0xC8482E40A9836527LL;
            uint8_t l_423 = 1UL;
            int32_t l_498 = 0L;
            int64_t l_537 = 0x2951620E0C538D2CLL;
            uint16_t l_589 = 1UL;
            uint32_t l_597 = 4294967289UL;
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_388[i] = &l_337[0];
            if (g_34)
                goto lbl_342;
            if ((safe_add_func_uint16_t_u_u((l_345 , ((l_346 &= (*g_114)) | ((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint32_t_u_u((!(*p_62)), ((*l_335) = (safe_add_func_int64_t_s_s(((safe_mod_func_uint8_t_u_u((+(safe_rshift_func_int8_t_s_u(((*p_61) != ((l_331 != p_59) > (l_331 || ((((*l_359) ^= (0x1B1AC4B7L && (g_165 & g_323))) , l_360) != (*g_251))))), p_60))), p_60)) | (-4L)), 18446744073709551615UL))))) && l_362), (-1L))) ^ 0x7CA8DE84L))), g_301)))
            { /* block id: 111 */
                uint16_t *l_411[2];
                uint64_t *l_412 = &g_323;
                int32_t l_416[6][3][7] = {{{6L,2L,4L,(-1L),(-2L),0x3C419842L,0x8A99B2E1L},{(-1L),0x8DFCECC1L,0x4C4999E4L,0x3E55AA21L,(-5L),0xDE7CE8A9L,0x86705CAAL},{0x36453E78L,2L,(-1L),0x90A15924L,0x0A1D04AFL,0x0A1D04AFL,0x90A15924L}},{{1L,0x978A3B0EL,1L,5L,4L,0x738B2017L,0x978A3B0EL},{0x90A15924L,(-2L),(-1L),(-6L),1L,0x90A15924L,(-9L)},{(-6L),(-5L),4L,1L,1L,0x253022FDL,0x738B2017L}},{{0x8A99B2E1L,0x90A15924L,(-1L),0x53AB809CL,(-1L),0x90A15924L,0x8A99B2E1L},{4L,3L,(-7L),7L,5L,0x4C4999E4L,1L},{(-1L),0xDFFA1354L,(-6L),(-1L),0x67FBF128L,8L,0xDFFA1354L}},{{(-6L),1L,(-7L),1L,0x86705CAAL,(-6L),0x86705CAAL},{(-6L),(-1L),(-1L),(-6L),(-9L),0xDD9766D7L,0x3C419842L},{4L,5L,3L,1L,(-6L),(-5L),4L}},{{4L,0x67FBF128L,(-9L),6L,0x90A15924L,1L,0x3C419842L},{0xEA8EFB1DL,0x86705CAAL,0x3E55AA21L,1L,1L,0x3E55AA21L,0x86705CAAL},{0x67FBF128L,(-9L),(-2L),1L,0x36453E78L,0x67FBF128L,0xDFFA1354L}},{{0L,(-6L),0x738B2017L,0x3E55AA21L,(-1L),(-1L),1L},{2L,0x90A15924L,0x3C419842L,1L,6L,0x8A99B2E1L,0x8A99B2E1L},{5L,1L,0x978A3B0EL,1L,5L,4L,0x738B2017L}}};
                const uint8_t *l_426[7] = {&l_345,&l_345,&l_345,&l_345,&l_345,&l_345,&l_345};
                int32_t ****l_492 = &l_360;
                int32_t *****l_491 = &l_492;
                int32_t l_499 = 1L;
                int i, j, k;
                for (i = 0; i < 2; i++)
                    l_411[i] = &g_257;
                (**l_397) &= ((((p_59 ^ ((((*l_412) = ((safe_rshift_func_uint16_t_u_s(((*l_359) = g_160), 4)) & (safe_div_func_uint16_t_u_u((safe_mod_func_int16_t_s_s(((p_59 & ((safe_add_func_uint8_t_u_u(((l_371 = (void*)0) != (void*)0), p_59)) , g_63)) | (safe_mod_func_uint64_t_u_u((safe_lshift_func_uint8_t_u_s((((g_257 = ((safe_add_func_uint64_t_u_u(g_63, 0xE17AFCBD41997E4CLL)) < 0x01FBL)) >= 0UL) != p_59), p_60)), p_60))), 0xB47BL)), p_60)))) != 0x348B5250FE5F7D3ALL) > (*p_61))) != (*p_62)) ^ 0x3CL) <= p_60);
                for (g_254 = 0; (g_254 != 4); ++g_254)
                { /* block id: 119 */
                    int32_t l_415 = 0x14C40C3BL;
                    int32_t l_418 = 0L;
                    int32_t l_419 = 0xD5A6EB08L;
                    int32_t l_420 = 0x95130F8FL;
                    const uint8_t **l_427[5][4][6] = {{{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],(void*)0,&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0}},{{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],(void*)0,&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,&l_426[3]}},{{&l_426[3],&l_426[3],(void*)0,&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],(void*)0,&l_426[3],(void*)0,&l_426[3]}},{{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],(void*)0,&l_426[3],(void*)0,&l_426[3]},{&l_426[3],&l_426[3],&l_426[3],&l_426[3],(void*)0,(void*)0}},{{&l_426[3],&l_426[3],&l_426[5],&l_426[3],&l_426[3],&l_426[3]},{&l_426[3],&l_426[5],&l_426[3],&l_426[3],&l_426[3],&l_426[5]},{(void*)0,&l_426[5],&l_426[3],(void*)0,&l_426[3],&l_426[3]},{&l_426[3],&l_426[5],&l_426[5],&l_426[3],&l_426[3],&l_426[3]}}};
                    int16_t *l_464[5];
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                        l_464[i] = &l_338;
                    l_423++;
                    if ((2L && (((g_428 = l_426[3]) == l_430[2]) && (((safe_add_func_int32_t_s_s(((g_257 ^= (((safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u((((l_441 != ((safe_lshift_func_uint8_t_u_u(((!(g_3 > (*p_62))) , (~(g_107 = (safe_mul_func_uint8_t_u_u(p_59, (safe_rshift_func_uint16_t_u_s((++(*l_359)), ((*l_330) ^= (safe_mod_func_uint32_t_u_u((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u((safe_div_func_uint16_t_u_u(g_161, l_420)), l_463)), g_2[1][4])), 0xECD9DEFCL)))))))))), 5)) , (void*)0)) | l_416[1][0][2]) && (*p_61)), (*l_336))) ^ g_115[2][2]), p_59)), 5)), (*g_428))) || 254UL) | 3UL)) , l_418), 0xD729A2F1L)) || 0xE9L) != l_416[1][2][4]))))
                    { /* block id: 126 */
                        (*l_375) = (g_222 = &l_419);
                        return g_6;
                    }
                    else
                    { /* block id: 130 */
                        (**l_360) = p_61;
                    }
                    for (g_85 = 3; (g_85 >= 0); g_85 -= 1)
                    { /* block id: 135 */
                        int8_t l_479[9] = {0xE5L,0xE5L,0xE5L,0xE5L,0xE5L,0xE5L,0xE5L,0xE5L,0xE5L};
                        int i;
                        l_331 ^= (safe_mod_func_uint64_t_u_u(g_169, ((safe_add_func_uint64_t_u_u(((((((safe_sub_func_uint64_t_u_u((g_249[0] = l_415), (safe_mul_func_uint8_t_u_u((*g_114), ((((((0x00D4L > p_59) <= ((&l_339 == &g_257) <= (safe_mod_func_uint32_t_u_u((safe_sub_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u(((void*)0 != (*l_372)), g_115[4][2])), 0x1CL)), 0x17DCD406L)))) | p_60) || g_109) ^ p_60) || (*g_222)))))) <= p_60) , (*p_61)) == (**l_395)) , (**l_361)) <= l_479[6]), l_479[6])) , 9L)));
                        (*p_62) = (l_415 == 0xCA63DC5FL);
                        if (l_416[1][0][2])
                            continue;
                    }
                    (*p_62) = (safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint32_t_u(p_60)) | (((&g_297[0][2] == &g_297[0][4]) , (safe_unary_minus_func_uint64_t_u((safe_add_func_uint8_t_u_u((((l_411[1] != &g_107) >= (0xCFL || 247UL)) <= (safe_sub_func_uint16_t_u_u((&g_251 != (l_493 = (((safe_mod_func_uint16_t_u_u((p_59 == l_490[0]), (**l_361))) > g_167) , l_491))), p_60))), p_60))))) && l_497)), 0xD0L));
                }
                ++g_500;
            }
            else
            { /* block id: 145 */
                int32_t l_533 = 0x4E8433C7L;
                int32_t l_535 = (-1L);
                int32_t l_536 = 0x440F5263L;
                uint8_t l_539 = 255UL;
                for (g_189 = 0; (g_189 > (-2)); --g_189)
                { /* block id: 148 */
                    int8_t l_508 = 0L;
                    int8_t *l_531 = &g_297[0][5];
                    int32_t l_538 = 2L;
                    int16_t *l_552 = &l_329[1];
                    if ((((+(safe_sub_func_uint8_t_u_u(p_59, (l_508 , (((~(safe_div_func_int32_t_s_s((((safe_lshift_func_int16_t_s_s(p_60, ((p_60 && (g_3 == (safe_rshift_func_uint8_t_u_u((g_189 == (safe_lshift_func_uint8_t_u_s((((safe_div_func_int8_t_s_s(p_60, ((*l_531) = ((safe_sub_func_int16_t_s_s(((*l_330) ^= (safe_unary_minus_func_int64_t_s(((*g_428) ^ (safe_mul_func_uint16_t_u_u(((safe_mod_func_uint8_t_u_u((((safe_mod_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(p_59, 0)), g_6)) | g_301) > 0xDA6642A4L), p_60)) ^ g_297[0][6]), 9L)))))), g_297[0][4])) , g_6)))) || 0UL) | (**l_376)), 4))), p_59)))) , 0xF1C5L))) , &g_114) != (void*)0), g_109))) , g_5) > (*p_61)))))) || g_297[0][9]) & p_60))
                    { /* block id: 151 */
                        int64_t l_532 = 0x2C887AEE3B0AB75DLL;
                        int32_t l_534 = 0L;
                        --l_539;
                        if ((*p_61))
                            break;
                    }
                    else
                    { /* block id: 154 */
                        if ((*p_62))
                            break;
                        (**l_397) &= (safe_sub_func_int64_t_s_s((safe_div_func_uint64_t_u_u((safe_add_func_int16_t_s_s((g_107 |= p_60), (safe_lshift_func_uint8_t_u_u((((void*)0 != &p_61) & (safe_mod_func_uint64_t_u_u((((((((void*)0 != l_552) >= (*p_61)) == (g_85 , ((*l_359) &= ((((safe_div_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(0xF2L, (safe_sub_func_int8_t_s_s(p_60, 7UL)))), l_538)) != (*p_62)) , (void*)0) != &l_372)))) , g_297[0][4]) , (void*)0) != (void*)0), g_115[2][0]))), 3)))), p_60)), g_244));
                    }
                }
                g_561 = g_559;
            }
            for (g_301 = (-25); (g_301 >= 2); g_301 = safe_add_func_int64_t_s_s(g_301, 2))
            { /* block id: 165 */
                int8_t l_566 = 1L;
                uint16_t l_576 = 0x1098L;
                if ((*p_61))
                    break;
                for (p_59 = 0; (p_59 <= 5); p_59 += 1)
                { /* block id: 169 */
                    int8_t *l_583 = (void*)0;
                    int8_t *l_584 = (void*)0;
                    int8_t *l_585 = (void*)0;
                    int8_t *l_586 = &g_297[0][4];
                    uint8_t **l_588 = &l_430[2];
                    int32_t l_598 = 1L;
                    (**l_382) = ((((((0xC01EA2476F20157CLL != (safe_mod_func_int64_t_s_s((l_566 | (g_156[3][6][1] > (((safe_lshift_func_int16_t_s_s(((void*)0 != l_569), (safe_rshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((l_576 < (safe_sub_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((0x901FL > (g_254 & (((*l_586) &= (safe_mod_func_int16_t_s_s(p_59, g_189))) >= 0x15L))), p_59)), g_7))), g_107)), 14)), p_59)))) || l_587) > 0x9EL))), g_254))) > g_115[3][2]) , &l_430[2]) == l_588) ^ l_589) || p_60);
                    for (l_362 = 0; (l_362 <= 5); l_362 += 1)
                    { /* block id: 174 */
                        int i;
                        (**l_398) |= (-1L);
                        if ((*p_62))
                            continue;
                        if ((*p_61))
                            continue;
                    }
                    for (l_566 = 1; (l_566 >= 0); l_566 -= 1)
                    { /* block id: 181 */
                        g_222 = p_61;
                        if ((*p_61))
                            break;
                    }
                    for (g_34 = 0; (g_34 <= 1); g_34 += 1)
                    { /* block id: 187 */
                        uint32_t *l_594 = &l_490[1];
                        int64_t *l_595 = &l_417;
                        int64_t *l_596 = &l_537;
                        int i, j, k;
                        l_597 = ((safe_mul_func_uint16_t_u_u(p_59, (((*l_594) ^= (safe_mod_func_int16_t_s_s(0x4098L, 0x7DD2L))) | ((**l_399) ^= (*p_61))))) || ((*l_596) = ((*l_595) = (-1L))));
                        if ((*p_61))
                            break;
                        l_598 ^= 0xB8121A04L;
                    }
                }
                for (l_331 = 0; (l_331 <= 1); l_331 += 1)
                { /* block id: 199 */
                    int i;
                    return g_249[l_331];
                }
            }
        }
        else
        { /* block id: 203 */
            int32_t l_607[4] = {0x03B61F78L,0x03B61F78L,0x03B61F78L,0x03B61F78L};
            int32_t l_622[8][5][2] = {{{1L,1L},{0x36AC42B4L,0xE3489EDAL},{0x5E5447EEL,0xE3489EDAL},{0x36AC42B4L,1L},{1L,0x36AC42B4L}},{{0xE3489EDAL,0x5E5447EEL},{0xE3489EDAL,0x36AC42B4L},{1L,1L},{0x36AC42B4L,0xE3489EDAL},{0x5E5447EEL,0xE3489EDAL}},{{0x36AC42B4L,1L},{1L,0x36AC42B4L},{0xE3489EDAL,0x5E5447EEL},{0xE3489EDAL,0x36AC42B4L},{1L,1L}},{{0x36AC42B4L,0xE3489EDAL},{0x5E5447EEL,0xE3489EDAL},{0x36AC42B4L,1L},{1L,0x36AC42B4L},{0xE3489EDAL,0x5E5447EEL}},{{0xE3489EDAL,0x36AC42B4L},{1L,1L},{0x36AC42B4L,0xE3489EDAL},{0x5E5447EEL,0xE3489EDAL},{0x36AC42B4L,1L}},{{1L,0x36AC42B4L},{0xE3489EDAL,0x5E5447EEL},{0xE3489EDAL,0x36AC42B4L},{1L,1L},{0x36AC42B4L,0xE3489EDAL}},{{0x5E5447EEL,0xE3489EDAL},{0x36AC42B4L,1L},{1L,0x36AC42B4L},{0xE3489EDAL,0x5E5447EEL},{0xE3489EDAL,0x36AC42B4L}},{{1L,1L},{0x36AC42B4L,0xE3489EDAL},{0x5E5447EEL,0xE3489EDAL},{0x36AC42B4L,1L},{1L,0x36AC42B4L}}};
            uint8_t l_626[4][5] = {{9UL,0UL,0xD1L,0xD1L,0UL},{0xBFL,0xACL,0xD1L,255UL,255UL},{0xACL,0xBFL,0xACL,0xD1L,255UL},{0UL,9UL,255UL,9UL,0UL}};
            uint32_t *l_635 = &l_497;
            uint8_t **l_672[2][9][10] = {{{&l_430[2],&l_430[2],&l_430[2],&l_430[2],(void*)0,&l_430[2],&l_624,&l_430[2],&l_430[3],(void*)0},{&l_624,&l_430[2],&l_430[2],&l_430[2],&l_430[2],(void*)0,(void*)0,&l_430[2],&l_624,&l_430[2]},{&l_624,&l_430[2],&l_430[2],(void*)0,&l_624,&l_624,&l_430[3],&l_430[3],&l_430[2],(void*)0},{&l_430[2],&l_430[2],&l_430[2],&l_430[2],&l_624,&l_430[0],(void*)0,(void*)0,&l_430[3],&l_430[3]},{&l_624,&l_430[2],(void*)0,&l_430[1],&l_430[1],(void*)0,&l_430[2],&l_624,&l_430[2],&l_624},{&l_430[3],&l_624,&l_430[2],&l_624,&l_624,&l_624,&l_624,&l_624,&l_430[0],&l_430[1]},{&l_624,(void*)0,&l_430[2],&l_430[1],&l_430[3],&l_624,&l_624,&l_430[2],&l_430[2],&l_430[2]},{&l_430[2],&l_624,&l_430[2],(void*)0,&l_430[3],&l_430[2],&l_430[2],&l_624,&l_624,&l_430[2]},{&l_430[2],(void*)0,&l_430[2],&l_430[2],&l_430[2],&l_430[1],&l_624,(void*)0,(void*)0,&l_624}},{{(void*)0,&l_430[1],&l_430[2],&l_430[2],&l_430[2],&l_430[2],&l_430[2],&l_430[2],&l_430[2],&l_430[3]},{(void*)0,&l_430[2],&l_624,&l_430[2],(void*)0,(void*)0,&l_430[3],&l_624,&l_430[3],(void*)0},{&l_624,&l_430[0],&l_624,&l_430[0],&l_624,&l_430[2],(void*)0,(void*)0,&l_624,&l_624},{&l_624,&l_430[1],&l_430[2],&l_430[2],&l_430[2],&l_624,&l_430[2],&l_430[1],&l_430[0],&l_624},{&l_624,&l_430[2],&l_430[2],&l_624,&l_624,&l_430[3],&l_430[2],&l_624,&l_624,(void*)0},{&l_624,&l_430[2],&l_624,&l_430[2],(void*)0,&l_430[1],(void*)0,&l_430[2],&l_430[2],&l_430[3]},{(void*)0,&l_430[2],&l_430[0],&l_430[0],&l_430[2],&l_430[2],&l_430[2],&l_430[2],(void*)0,&l_624},{&l_624,&l_430[3],&l_430[2],&l_430[1],&l_430[2],&l_430[1],(void*)0,&l_430[2],&l_624,&l_430[2]},{&l_430[0],(void*)0,&l_430[2],&l_430[2],&l_430[3],(void*)0,(void*)0,&l_430[3],&l_430[2],&l_430[2]}}};
            int i, j, k;
            if ((*l_335))
            { /* block id: 204 */
                int64_t *l_619 = (void*)0;
                int64_t *l_620[8][1];
                int32_t l_625 = 0x567B505FL;
                int i, j;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 1; j++)
                        l_620[i][j] = &g_621;
                }
                (*l_361) = func_23(((safe_add_func_int32_t_s_s(1L, (safe_lshift_func_int16_t_s_u(((safe_div_func_int8_t_s_s((((l_607[3] == (((safe_add_func_int8_t_s_s((!(safe_mod_func_uint8_t_u_u(p_59, (safe_rshift_func_int16_t_s_s(g_249[1], (safe_mul_func_uint16_t_u_u(0xADEFL, (0x765A502A4A8CEA9DLL <= ((1UL <= (safe_add_func_int64_t_s_s((l_622[2][1][0] = g_164[2][2][0]), ((void*)0 == l_623)))) && 255UL))))))))), l_625)) | 1UL) >= 0x5CD2EFD8L)) >= g_6) == (*p_61)), 0xCCL)) , g_109), g_109)))) , l_607[0]));
            }
            else
            { /* block id: 207 */
                const uint8_t **l_628 = (void*)0;
                const uint8_t ***l_627 = &l_628;
                uint64_t *l_629 = &g_249[1];
                int32_t l_647[5][1][8] = {{{(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L,(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L}},{{(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L,(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L}},{{(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L,(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L}},{{(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L,(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L}},{{(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L,(-7L),0xA1CE9808L,0xAF6CE8CAL,0xA1CE9808L}}};
                int8_t *l_648 = &g_189;
                int8_t *l_649[6][4][9] = {{{&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_2[6][5],(void*)0,&g_2[6][5],&g_297[0][4],&g_297[0][4]},{&g_297[0][4],&g_297[0][4],&g_2[2][5],&g_297[0][4],&g_2[2][3],&g_297[0][4],&g_2[6][5],&g_297[0][4],&g_297[0][1]},{&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][7],&g_297[0][1],&g_297[0][4],&g_297[0][4],&g_297[0][1],&g_297[0][4]},{&g_297[0][1],&g_297[0][4],&g_297[0][1],&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0,&g_297[0][4]}},{{&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4]},{&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_2[2][5],&g_297[0][4],&g_2[2][3],&g_297[0][4],&g_2[6][5],&g_297[0][4]},{&g_2[6][5],&g_297[0][1],&g_297[0][4],&g_297[0][4],&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4]},{&g_297[0][4],&g_297[0][7],&g_2[2][5],&g_297[0][7],&g_297[0][4],&g_2[6][5],&g_297[0][1],&g_297[0][4],&g_297[0][4]}},{{&g_297[0][4],&g_2[2][3],&g_297[0][4],&g_2[6][5],&g_297[0][4],&g_297[0][1],(void*)0,&g_297[0][4],(void*)0},{&g_2[6][5],&g_297[0][4],(void*)0,(void*)0,&g_297[0][4],&g_2[6][5],&g_297[0][4],&g_297[0][4],&g_297[0][4]},{&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0,&g_297[0][4],(void*)0,&g_297[0][7],&g_297[0][7]},{&g_297[0][4],&g_2[2][3],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_2[2][3],&g_297[0][4],(void*)0,&g_297[0][4]}},{{&g_297[0][1],&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0,&g_2[2][3],&g_2[6][5]},{(void*)0,&g_297[0][1],&g_297[0][4],&g_2[2][3],&g_2[2][3],&g_297[0][4],&g_297[0][1],(void*)0,&g_297[0][7]},{&g_297[0][4],&g_297[0][4],(void*)0,&g_2[2][3],&g_2[2][5],&g_297[0][7],&g_297[0][4],&g_297[0][7],&g_297[0][4]},{&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][7]}},{{(void*)0,&g_297[0][4],&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_2[6][5]},{&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_2[2][5],&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_297[0][4]},{(void*)0,&g_297[0][4],&g_297[0][4],(void*)0,&g_2[2][3],&g_2[2][5],&g_297[0][7],&g_297[0][4],&g_297[0][7]},{&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_2[6][5],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_2[6][5],&g_297[0][4]}},{{&g_297[0][4],&g_297[0][4],&g_297[0][1],&g_297[0][7],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0},{(void*)0,&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0,&g_297[0][7],&g_297[0][7],(void*)0,&g_297[0][4]},{&g_297[0][1],&g_297[0][4],&g_297[0][1],&g_2[2][5],&g_297[0][4],&g_297[0][4],&g_297[0][4],(void*)0,&g_297[0][4]},{&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4],&g_297[0][4]}}};
                int64_t l_650 = 0xDF7B1679EA7DE556LL;
                uint8_t l_692 = 0UL;
                int i, j, k;
                (*l_361) = func_23(l_607[3]);
                l_626[0][1] ^= (*p_62);
                (*l_627) = &g_428;
                if (((0x8E457CF4CA57ED38LL | ((*l_629) &= p_60)) , (!(safe_mul_func_int8_t_s_s((((p_59 != (((safe_mod_func_uint16_t_u_u(0UL, ((l_635 == p_62) && (g_297[0][8] = ((g_297[0][2] || ((safe_sub_func_int16_t_s_s(g_244, (safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s(((~(safe_lshift_func_int8_t_s_s(((*l_648) = (safe_sub_func_uint16_t_u_u((p_59 == l_647[2][0][0]), (*l_335)))), 7))) || l_647[2][0][0]), l_622[4][2][0])), 6)))) ^ g_115[3][1])) , p_60))))) & p_59) > 0xF229DFF9L)) >= g_6) ^ (**l_361)), p_60)))))
                { /* block id: 214 */
                    uint16_t l_651[1][2];
                    const uint32_t l_683 = 0x9CB0DBDDL;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 2; j++)
                            l_651[i][j] = 0x464AL;
                    }
                    --l_651[0][0];
                    (**l_360) = p_61;
                    for (g_301 = 0; (g_301 < 26); g_301 = safe_add_func_int64_t_s_s(g_301, 3))
                    { /* block id: 219 */
                        int32_t l_671 = 5L;
                        (*l_336) = ((safe_mod_func_int8_t_s_s((safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(((*l_648) = ((~(-5L)) > (safe_add_func_uint16_t_u_u((safe_mod_func_uint8_t_u_u((l_622[2][1][0] > (g_4 && (((safe_add_func_int16_t_s_s(((6L ^ (safe_mul_func_uint16_t_u_u(((l_671 & (((void*)0 == l_672[1][4][3]) <= (safe_sub_func_uint8_t_u_u((((*l_635) ^= (safe_div_func_int32_t_s_s((safe_mul_func_int16_t_s_s((((l_607[1] && ((*l_335) = (safe_add_func_int8_t_s_s((safe_mod_func_uint32_t_u_u(((l_647[2][0][0] | l_626[1][2]) & 8L), 0xDD6BAD00L)), (-5L))))) || p_59) ^ 3UL), p_60)), l_651[0][0]))) ^ 0xE1C7512CL), p_59)))) < 18446744073709551615UL), 65526UL))) == g_157), l_683)) , (void*)0) == l_684))), 0xA6L)), 65535UL)))), p_59)), l_650)), 0xA8L)) > (*p_61));
                    }
                }
                else
                { /* block id: 225 */
                    int32_t l_685[4][9][7] = {{{0xC87F6EF5L,(-1L),0xC22D52E3L,0x0763C434L,0x0763C434L,0xC22D52E3L,(-1L)},{0x94C3E1F6L,(-1L),(-1L),0x14756DD3L,0xBBFCA88EL,0x2EA4169EL,(-1L)},{1L,(-7L),(-6L),0x28D64A8CL,1L,5L,0x7C09C2AFL},{1L,1L,0xB434D943L,0x14756DD3L,(-1L),0x41D07B77L,0x80C4BB04L},{0L,0x7C09C2AFL,(-9L),0x0763C434L,(-10L),0x98A99315L,5L},{0x91AD8954L,0x9AFC8EF0L,0x5EC14DC0L,5L,0x7CAE0C86L,0xB844DC42L,0x94C3E1F6L},{0x48EC6800L,0x98A99315L,1L,0L,0x8B41FE53L,(-1L),0x45B62A28L},{9L,0x6BB67052L,0x3F3ACA32L,0L,0x5EC14DC0L,0x48EC6800L,1L},{1L,(-1L),0x9AFC8EF0L,1L,0x5EC14DC0L,0x7C09C2AFL,0x41D07B77L}},{{1L,1L,0L,0x94C3E1F6L,0x8B41FE53L,(-1L),1L},{0L,(-1L),0xD106A38EL,(-6L),0x7CAE0C86L,0x01DCAB14L,(-5L)},{(-6L),(-1L),0xEF916B20L,1L,(-10L),(-10L),1L},{0x98A99315L,0L,0x98A99315L,0x2EA4169EL,(-1L),1L,2L},{(-7L),(-9L),0xBBFCA88EL,0xB6069987L,1L,1L,0L},{0x6BB67052L,0L,0L,0x3F3ACA32L,0xBBFCA88EL,1L,1L},{(-1L),0L,0x7C09C2AFL,(-9L),0x0763C434L,(-10L),0x98A99315L},{0x80C4BB04L,0xB6069987L,0xC87F6EF5L,0x2F2942D5L,0xB844DC42L,0x01DCAB14L,0x91AD8954L},{(-9L),0L,(-9L),2L,0x2F2942D5L,(-1L),0x5EC14DC0L}},{{1L,2L,(-1L),0xC87F6EF5L,0xD106A38EL,0x7C09C2AFL,0L},{(-10L),0x90DBB37DL,0x943B098DL,0x1FF5F84AL,0x14756DD3L,0x48EC6800L,0L},{(-1L),0x2EA4169EL,0x7CAE0C86L,0x9AFC8EF0L,0L,(-1L),0x5EC14DC0L},{0xB6069987L,0x14756DD3L,1L,1L,(-1L),0xB844DC42L,0x91AD8954L},{1L,(-10L),0x1FF5F84AL,(-1L),0x28D64A8CL,0x98A99315L,0x98A99315L},{0xCAAF8E1DL,0xC22D52E3L,0L,0xC22D52E3L,0xCAAF8E1DL,0x41D07B77L,1L},{0x5EC14DC0L,0L,0x28D64A8CL,0x42B34D47L,(-10L),5L,0L},{(-8L),0xB844DC42L,0x41D07B77L,0L,0x9D1906F7L,0x2EA4169EL,2L},{0x5EC14DC0L,0x42B34D47L,1L,0x45B62A28L,0xA78DE21FL,0xC22D52E3L,1L}},{{0xCAAF8E1DL,1L,0x01DCAB14L,0x2EA4169EL,0x37541984L,(-1L),0xC22D52E3L},{0xF3FABB4CL,0L,0x5EC14DC0L,0L,0x14756DD3L,(-1L),(-6L)},{(-1L),0xB844DC42L,(-7L),0xC22D52E3L,0x90DBB37DL,0xACF50A80L,(-1L)},{0x28D64A8CL,(-5L),1L,(-1L),0x9AFC8EF0L,1L,0x5EC14DC0L},{(-9L),(-5L),2L,0x28D64A8CL,(-1L),0x48EC6800L,(-1L)},{0L,0xB844DC42L,0xD106A38EL,(-9L),0x45B62A28L,0x8B41FE53L,5L},{(-10L),0L,(-1L),0x04A80856L,0x038F67D7L,0x6BB67052L,(-8L)},{0x41D07B77L,0xCAAF8E1DL,0xC22D52E3L,0L,0xC22D52E3L,0xCAAF8E1DL,0x41D07B77L},{1L,0x2F2942D5L,0x90DBB37DL,(-9L),0x2EA4169EL,0x038F67D7L,5L}}};
                    int32_t l_686 = (-6L);
                    int32_t l_687 = (-8L);
                    int32_t l_688 = 0xD9E407C2L;
                    int32_t l_689[10];
                    int i, j, k;
                    for (i = 0; i < 10; i++)
                        l_689[i] = 0x891D96FAL;
                    ++l_692;
                }
            }
            --l_696;
        }
    }
lbl_919:
    (*p_62) &= (g_699 ^= 0xE8D2751DL);
    if ((*p_62))
    { /* block id: 234 */
        uint64_t l_703 = 0UL;
        int32_t *l_706[2];
        uint64_t l_714 = 0UL;
        int i;
        for (i = 0; i < 2; i++)
            l_706[i] = &l_690[0];
        for (g_244 = (-8); (g_244 <= 6); g_244++)
        { /* block id: 237 */
            int16_t l_707[9][10] = {{0xDCF8L,0L,0xF6E1L,(-2L),0x1E55L,0xEA33L,(-3L),(-1L),0x548AL,0x548AL},{0xF6E1L,1L,0xE30BL,(-2L),(-2L),0xE30BL,1L,0xF6E1L,0xEA33L,(-6L)},{1L,(-1L),4L,1L,0xB82BL,0x548AL,0xC744L,(-2L),(-8L),(-2L)},{1L,(-2L),4L,0xB82BL,4L,(-2L),1L,0xF6E1L,0xE30BL,0x7C13L},{0x1E55L,(-3L),0xE30BL,(-6L),0xC744L,4L,0xF6E1L,(-1L),(-1L),0xF6E1L},{(-8L),(-3L),0xF6E1L,0xF6E1L,(-3L),(-8L),1L,0x7C13L,0xDCF8L,4L},{0x7C13L,(-2L),0x548AL,(-8L),(-6L),1L,0xC744L,0xE30BL,0xC744L,1L},{0x7C13L,(-1L),0x1E55L,(-1L),0x7C13L,(-8L),1L,0xB82BL,0L,0xEA33L},{(-8L),1L,0xB82BL,0L,0xEA33L,4L,(-3L),(-3L),4L,0xEA33L}};
            int32_t l_708 = 0x94055AF3L;
            int32_t l_709 = 0L;
            int32_t l_711[4] = {6L,6L,6L,6L};
            int i, j;
            l_703++;
            p_62 = l_706[0];
            l_714--;
            if ((*p_62))
                break;
        }
        (*p_62) &= ((p_60 , &g_2[5][5]) == &g_189);
        (*p_62) = g_717;
        for (l_703 = 23; (l_703 > 42); l_703++)
        { /* block id: 247 */
            int64_t *l_720 = (void*)0;
            int64_t *l_721 = &l_702;
            (*p_62) = (p_59 <= ((*l_721) &= (-1L)));
        }
    }
    else
    { /* block id: 251 */
        int32_t l_738 = 0xBD069C04L;
        uint8_t **l_754 = &l_624;
        int32_t l_795 = 2L;
        int32_t l_797[9] = {9L,(-3L),9L,(-3L),9L,(-3L),9L,(-3L),9L};
        int32_t l_807 = 0x09CE8AF9L;
        int8_t *l_877 = &g_297[0][4];
        uint16_t *l_914 = &l_845;
        uint16_t **l_913[10] = {&l_914,&l_914,&l_914,&l_914,&l_914,&l_914,&l_914,&l_914,&l_914,&l_914};
        int32_t l_926 = 2L;
        const uint8_t **l_933 = &g_428;
        const uint8_t ***l_934 = &l_933;
        uint8_t ***l_935 = &l_623;
        uint32_t *l_947 = &l_490[1];
        uint64_t l_948 = 7UL;
        int32_t l_1054[10] = {0x2D76A74DL,0x2D76A74DL,0x58EA1827L,0x2D76A74DL,0x2D76A74DL,0x58EA1827L,0x2D76A74DL,0x2D76A74DL,0x58EA1827L,0x2D76A74DL};
        uint16_t l_1070 = 0x6A3BL;
        int32_t l_1089 = 0xEAD3E4E7L;
        const int32_t *l_1139 = &l_795;
        const int32_t **l_1138 = &l_1139;
        uint64_t l_1169 = 0x5CF36A94FF91BFADLL;
        uint64_t l_1217 = 0x02A9711D519CD71ELL;
        int32_t *****l_1271 = &l_494;
        int32_t l_1323 = 0x849D3EF3L;
        uint64_t l_1331[10] = {0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL,0UL};
        uint8_t *****l_1432 = &g_1206;
        int16_t l_1458 = (-1L);
        uint64_t l_1459 = 0UL;
        int16_t **l_1542 = &l_330;
        int16_t **l_1544 = &l_330;
        uint32_t l_1554 = 0x63F717A4L;
        int64_t *l_1586 = &l_712;
        uint64_t *l_1601 = (void*)0;
        uint8_t l_1610 = 0xB6L;
        uint64_t *l_1611 = &l_1459;
        int32_t *l_1612 = &g_85;
        int i;
        for (g_254 = 0; (g_254 != 14); g_254 = safe_add_func_uint64_t_u_u(g_254, 7))
        { /* block id: 254 */
            int32_t l_737[10][2][5] = {{{(-1L),4L,7L,3L,0xBAC75620L},{0x8668E99BL,1L,1L,0x8668E99BL,1L}},{{(-1L),0x8668E99BL,7L,0xBAC75620L,4L},{(-1L),7L,1L,7L,(-1L)}},{{0x8668E99BL,3L,(-1L),0xBAC75620L,1L},{(-1L),3L,0x8668E99BL,0x8668E99BL,3L}},{{1L,7L,(-1L),3L,1L},{7L,0x8668E99BL,(-1L),(-1L),(-1L)}},{{1L,1L,0x8668E99BL,1L,4L},{7L,4L,(-1L),1L,1L}},{{1L,0x60604CCAL,1L,(-1L),0xBAC75620L},{(-1L),4L,7L,3L,0xBAC75620L}},{{0x8668E99BL,1L,1L,0x8668E99BL,1L},{(-1L),0x8668E99BL,7L,0xBAC75620L,4L}},{{(-1L),7L,1L,7L,(-1L)},{0x8668E99BL,3L,(-1L),0xBAC75620L,1L}},{{(-1L),3L,0x8668E99BL,0x8668E99BL,3L},{1L,7L,(-1L),3L,1L}},{{7L,0x8668E99BL,(-1L),(-1L),(-1L)},{1L,1L,0x8668E99BL,1L,4L}}};
            int16_t l_757 = 0x9988L;
            int32_t l_758 = (-1L);
            int32_t *l_764 = &l_690[1];
            int32_t l_796 = 0x57ACFD54L;
            uint64_t l_819 = 0xB7A3E00B2B2B6C44LL;
            int8_t l_831 = 0L;
            int32_t *****l_836 = &l_494;
            uint32_t l_859[9][4] = {{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL},{0x3056855EL,18446744073709551615UL,18446744073709551615UL,0x3056855EL}};
            uint32_t l_875 = 0xB5604585L;
            uint16_t l_892 = 0x03C1L;
            int32_t *** const *l_898 = &l_495;
            int32_t *** const **l_897 = &l_898;
            int32_t l_923[6][7][6] = {{{0xC5F961E3L,0L,0xB348378DL,0x6F303F35L,0xEDE2EF1AL,0xB48D391EL},{0xB48D391EL,(-1L),(-1L),1L,0x620A4A28L,(-2L)},{0xA01BA2D5L,(-1L),0xF90804CFL,0x937AB5CDL,(-1L),0xD5CB378DL},{1L,0L,0xC0F3E9C2L,1L,(-1L),(-1L)},{(-1L),0x7B04E512L,0x7B04E512L,(-1L),0x937AB5CDL,0L},{(-2L),0xEDE2EF1AL,0x0684FE8EL,(-1L),0x857C0080L,(-1L)},{0L,0xB48D391EL,(-1L),0x620A4A28L,0x857C0080L,0xB348378DL}},{{(-1L),0xEDE2EF1AL,(-8L),(-1L),0x937AB5CDL,(-4L)},{0x179DA892L,0x7B04E512L,(-1L),(-1L),0x3845CFE9L,0xEDE2EF1AL},{8L,0xB48D391EL,0x67B60BBDL,0xC0F3E9C2L,(-1L),0x6F303F35L},{0x926A1CE4L,(-1L),0L,(-1L),0xE4292E7DL,0xB48D391EL},{0xB348378DL,(-1L),1L,0x926A1CE4L,0x23B77F3AL,0x926A1CE4L},{0xD5CB378DL,0xC5F961E3L,0xD5CB378DL,0xA01BA2D5L,0x7B04E512L,(-1L)},{(-1L),0xC0F3E9C2L,9L,0x937AB5CDL,0x857C0080L,(-4L)}},{{0xFB2F4349L,0x179DA892L,0xC5F961E3L,0x937AB5CDL,1L,0xA01BA2D5L},{(-1L),(-1L),0x0F039CBAL,0xA01BA2D5L,0x7007C97BL,0L},{0xD5CB378DL,1L,0xEDE2EF1AL,0x926A1CE4L,(-1L),1L},{0xB348378DL,0x857C0080L,0x620A4A28L,(-1L),0xB48D391EL,0L},{0x926A1CE4L,0x0B2F9A3EL,(-1L),0xC0F3E9C2L,(-1L),0xE4292E7DL},{8L,0xB348378DL,(-1L),(-1L),(-1L),(-1L)},{1L,1L,0x937AB5CDL,0x3845CFE9L,0xF90804CFL,(-1L)}},{{0x4899931BL,9L,0x857C0080L,0xE4292E7DL,0xD5CB378DL,0x937AB5CDL},{0xC5F961E3L,0x4899931BL,0x857C0080L,1L,1L,(-1L)},{1L,1L,0x937AB5CDL,(-1L),0x67B60BBDL,(-1L)},{(-1L),0x67B60BBDL,(-1L),0L,0xA01BA2D5L,0xE4292E7DL},{(-4L),0x6F303F35L,(-1L),(-1L),0x0F039CBAL,0L},{0x0F039CBAL,0x3845CFE9L,0x620A4A28L,8L,(-2L),1L},{0x620A4A28L,0L,0xEDE2EF1AL,0xD5CB378DL,0xEDE2EF1AL,0L}},{{0x857C0080L,0x7007C97BL,0x0F039CBAL,(-8L),1L,0xA01BA2D5L},{0xB48D391EL,(-1L),0xC5F961E3L,(-1L),1L,(-4L)},{0xF90804CFL,(-1L),9L,0xFB2F4349L,1L,(-1L)},{0x0684FE8EL,0x7007C97BL,0xD5CB378DL,1L,0xEDE2EF1AL,0x926A1CE4L},{0x7007C97BL,0L,1L,0x67B60BBDL,(-2L),0xB48D391EL},{(-8L),0x3845CFE9L,0L,(-1L),0x0F039CBAL,0x6F303F35L},{1L,0x6F303F35L,0x67B60BBDL,0x0684FE8EL,0xA01BA2D5L,0xEDE2EF1AL}},{{9L,0x67B60BBDL,0x4899931BL,0x4899931BL,0x67B60BBDL,9L},{(-1L),1L,0xC0F3E9C2L,0L,1L,0xFB2F4349L},{0xA01BA2D5L,0x4899931BL,0x6F303F35L,0x179DA892L,0xD5CB378DL,0x0B2F9A3EL},{0xA01BA2D5L,9L,0x179DA892L,0L,0xF90804CFL,0xC5F961E3L},{(-1L),1L,(-8L),0x4899931BL,(-1L),0x3845CFE9L},{9L,0xB348378DL,0xA01BA2D5L,0x179DA892L,0x3845CFE9L,9L},{(-1L),(-1L),0x0F039CBAL,0x3845CFE9L,0x620A4A28L,8L}}};
            int16_t l_925 = 0xB8FCL;
            int i, j, k;
        }
        if ((+((*p_61) == ((&p_62 == (void*)0) >= ((((*l_934) = l_933) != ((*l_935) = l_754)) == (safe_div_func_uint64_t_u_u(((((safe_mod_func_int8_t_s_s(((*l_877) = ((safe_mod_func_uint32_t_u_u((((*l_947) = ((l_942 , (safe_lshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((g_171 == g_6), 1UL)), 0))) ^ g_2[5][0])) == (*p_62)), g_843)) != l_807)), p_60)) > g_115[1][2]) == g_6) & 0x4608B9E9088B49FCLL), p_59)))))))
        { /* block id: 323 */
            uint16_t **l_949[4][1] = {{&l_914},{&l_914},{&l_914},{&l_914}};
            int32_t ****l_952 = (void*)0;
            int32_t l_1014 = 0L;
            int32_t l_1018 = 0x291E2566L;
            int32_t l_1019 = 0xE0841AACL;
            int32_t l_1020 = 0x9CF6ECA5L;
            int32_t l_1021 = 1L;
            int32_t l_1022 = 0L;
            int32_t l_1026 = 0x40C1A113L;
            int32_t l_1028 = (-8L);
            int32_t l_1029[10];
            uint8_t l_1114 = 0xD6L;
            const int32_t **l_1149 = (void*)0;
            int32_t l_1151 = 0x82D32DF5L;
            int8_t **l_1282[10] = {&l_877,&l_877,&l_877,&l_877,&l_877,&l_877,&l_877,&l_877,&l_877,&l_877};
            uint8_t *****l_1296 = &g_1206;
            int i, j;
            for (i = 0; i < 10; i++)
                l_1029[i] = (-1L);
            if ((l_948 = 0L))
            { /* block id: 325 */
                int32_t ****l_953[6][10] = {{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495},{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495},{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495},{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495},{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495},{&l_495,(void*)0,&l_495,(void*)0,&l_495,&l_495,(void*)0,&l_495,(void*)0,&l_495}};
                uint8_t *l_954 = &l_362;
                int i, j;
                p_61 = func_23((*p_61));
                (*p_62) = ((((void*)0 == l_949[0][0]) || ((*l_954) = ((safe_rshift_func_uint8_t_u_s(((*g_114) = (*g_114)), 3)) < ((((l_952 == (((void*)0 != &l_702) , l_953[4][8])) < l_738) ^ p_60) ^ 8UL)))) == g_955);
            }
            else
            { /* block id: 330 */
                uint16_t l_960 = 0UL;
                int32_t l_968 = 0x85996813L;
                uint8_t l_1002 = 0xC9L;
                int32_t l_1013 = (-1L);
                int32_t l_1016 = 8L;
                int32_t l_1017 = 0x047393B1L;
                int32_t l_1023 = 0L;
                int32_t l_1024 = 0xA0795602L;
                int32_t l_1025 = (-1L);
                int32_t l_1027 = 0x279BFAC4L;
                int32_t l_1030 = (-3L);
                int32_t l_1031 = 0xD317854DL;
                uint16_t l_1063 = 65535UL;
                int32_t l_1075 = (-7L);
                int32_t l_1087 = 0xC3E563B8L;
                int32_t l_1088 = (-3L);
                int32_t l_1091[8][10] = {{1L,(-2L),0x800134CAL,(-2L),1L,6L,6L,1L,(-2L),0x800134CAL},{0xC0E091F3L,0xC0E091F3L,0x800134CAL,1L,0x5A565429L,1L,0x800134CAL,0xC0E091F3L,0xC0E091F3L,0x800134CAL},{(-2L),1L,6L,6L,1L,(-2L),0x800134CAL,(-2L),1L,6L},{4L,0xC0E091F3L,4L,6L,0x800134CAL,0x800134CAL,6L,4L,0xC0E091F3L,4L},{4L,(-2L),0xC0E091F3L,1L,0xC0E091F3L,(-2L),4L,4L,(-2L),0xC0E091F3L},{(-2L),4L,4L,(-2L),0xC0E091F3L,1L,0xC0E091F3L,(-2L),4L,4L},{0xC0E091F3L,4L,6L,0x800134CAL,0x800134CAL,6L,4L,0xC0E091F3L,4L,6L},{1L,(-2L),0x800134CAL,(-2L),1L,6L,6L,1L,(-2L),0x800134CAL}};
                int i, j;
                for (g_621 = (-28); (g_621 >= (-30)); g_621 = safe_sub_func_uint64_t_u_u(g_621, 6))
                { /* block id: 333 */
                    uint64_t l_990 = 0x2454912AA581CE7ALL;
                    int32_t l_991 = 1L;
                    int32_t l_993 = 0x7935184CL;
                    int16_t l_1009 = 6L;
                    int32_t *l_1010 = &l_807;
                    int32_t *l_1011 = &g_63;
                    int32_t *l_1012[7][8] = {{(void*)0,&g_85,&l_968,&g_85,(void*)0,(void*)0,&g_85,&l_968},{(void*)0,(void*)0,&g_85,&l_968,&g_85,(void*)0,(void*)0,&g_85},{&g_7,&g_85,&g_85,&g_7,&l_331,&g_7,&g_85,&g_85},{&g_85,&l_331,&l_968,&l_331,(void*)0,&g_7,(void*)0,&l_331},{&l_968,(void*)0,&l_968,&g_7,&g_7,&l_968,(void*)0,&l_968},{&g_85,&g_7,&l_331,&g_7,&g_85,&g_85,&g_7,&l_331},{&g_85,&g_85,&g_7,&l_331,&g_7,&g_85,&g_85,&g_7}};
                    int i, j;
                    for (l_702 = 0; (l_702 > (-11)); l_702--)
                    { /* block id: 336 */
                        uint32_t l_963 = 0x6BD3DDF0L;
                        uint64_t *l_969 = &l_948;
                        uint8_t *l_989 = &l_362;
                        int32_t *l_992[8] = {&l_690[0],&l_690[0],&l_690[0],&l_690[0],&l_690[0],&l_690[0],&l_690[0],&l_690[0]};
                        int i;
                        --l_960;
                        (*p_62) = (((((*g_114) = l_963) ^ ((p_59 >= p_60) , (safe_sub_func_uint16_t_u_u((p_60 , p_60), p_60)))) != ((*l_330) ^= (safe_add_func_uint64_t_u_u(0x887AEFA623C8E4D0LL, ((*l_969)--))))) < (&g_114 == (((((--(*l_947)) > p_60) , &l_623) != (void*)0) , &g_114)));
                        l_993 = (p_59 || (((*l_877) = p_60) > (safe_mod_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_u((safe_sub_func_int8_t_s_s(p_59, ((l_807 = ((*p_62) = (((safe_mul_func_uint16_t_u_u(p_60, p_59)) > (l_991 = (safe_sub_func_uint16_t_u_u((((*l_623) != (void*)0) | 0x113D2427L), (safe_mod_func_int32_t_s_s((((safe_lshift_func_uint8_t_u_s((safe_unary_minus_func_uint8_t_u(((*l_989) ^= (*g_114)))), l_990)) <= l_797[2]) <= p_59), 0xB5967F12L)))))) >= 65527UL))) < 0UL))), 0)) != 0L) , 0L), l_960))));
                        (*p_62) ^= ((((*l_914) = 65532UL) & 0xFD05L) , (safe_sub_func_int16_t_s_s(((l_993 = (safe_mul_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s((p_60 < (((((0xC4L <= l_1002) >= (g_500 , (p_60 , ((safe_lshift_func_uint16_t_u_s(p_60, 0)) , ((safe_rshift_func_uint16_t_u_u((l_1007 == (void*)0), 9)) <= l_1009))))) , (-7L)) | (*g_114)) & p_60)), g_621)), p_59)), 1UL))) > 0x50808D87L), l_960)));
                    }
                    l_1032++;
                    for (g_244 = (-4); (g_244 >= 43); ++g_244)
                    { /* block id: 356 */
                        g_250 = &g_251;
                        g_222 = &l_1025;
                        g_222 = p_62;
                    }
                    l_1017 |= ((safe_lshift_func_uint16_t_u_s(((*g_114) == (g_297[0][4] >= (((safe_sub_func_int32_t_s_s((p_59 || g_6), (*p_62))) || l_807) ^ p_59))), ((*l_1011) && 0x3A22D6A360AA4A9ALL))) && p_59);
                }
                for (l_1024 = 3; (l_1024 >= 0); l_1024 -= 1)
                { /* block id: 365 */
                    int16_t l_1041 = 0xDFC4L;
                    int32_t l_1042 = 1L;
                    int32_t *l_1043 = &l_738;
                    int32_t *l_1044 = (void*)0;
                    int32_t *l_1045 = &l_1022;
                    int32_t *l_1046 = (void*)0;
                    int32_t *l_1047 = &l_1014;
                    int32_t *l_1048 = (void*)0;
                    int32_t *l_1049 = &l_1014;
                    int32_t *l_1050 = &l_1031;
                    int32_t *l_1051 = &l_1027;
                    int32_t *l_1052 = &l_807;
                    int32_t *l_1053[1][3][7] = {{{(void*)0,&l_1020,&l_1030,&l_1030,&l_1020,(void*)0,&l_1020},{&l_1017,(void*)0,(void*)0,&l_1017,&l_1020,&l_1017,(void*)0},{&l_690[4],&l_690[4],(void*)0,&l_1030,(void*)0,&l_690[4],&l_690[4]}}};
                    uint32_t l_1055 = 0x4B66D735L;
                    uint64_t l_1076[7] = {0xE79361B0D8C649DALL,0xE79361B0D8C649DALL,0xE79361B0D8C649DALL,0xE79361B0D8C649DALL,0xE79361B0D8C649DALL,0xE79361B0D8C649DALL,0xE79361B0D8C649DALL};
                    int8_t l_1090 = 0x09L;
                    int i, j, k;
                    for (l_1018 = 0; (l_1018 <= 3); l_1018 += 1)
                    { /* block id: 368 */
                        p_62 = func_23((*p_62));
                        return p_60;
                    }
                    l_1055--;
                    (*p_62) &= (*l_1043);
                    for (l_1014 = 0; (l_1014 <= 3); l_1014 += 1)
                    { /* block id: 376 */
                        int32_t l_1074 = 0xA2C920ACL;
                        (*l_1045) = ((p_60 && (safe_add_func_int16_t_s_s((((((l_797[0] = (+((safe_mod_func_int16_t_s_s(l_1063, g_429)) <= ((safe_div_func_uint8_t_u_u(((((safe_sub_func_int16_t_s_s((safe_div_func_uint16_t_u_u(l_1070, (((safe_add_func_uint16_t_u_u(p_59, (((*p_61) | 0UL) ^ (((0x720FFFD3L && 1L) & p_60) , l_1073[4][2])))) <= g_160) , 1UL))), 0x971AL)) & p_59) != 0x21A9FFAD3B8E5897LL) || p_59), (-1L))) == 0x78655F32L)))) == p_60) ^ 0x90L) >= (*p_61)) && 0x57535902L), 0x7A3BL))) & (*g_114));
                        l_1076[1]++;
                        return p_59;
                    }
                    for (l_968 = 0; (l_968 <= 3); l_968 += 1)
                    { /* block id: 384 */
                        int8_t l_1079 = 0x25L;
                        int32_t l_1080 = 1L;
                        int32_t l_1081 = 1L;
                        int32_t l_1082 = 0x6923930DL;
                        int32_t l_1083 = 0x3F1B98A8L;
                        int32_t l_1084 = 0x8DD8FDC1L;
                        int32_t l_1085 = 0xD8A0B007L;
                        int32_t l_1086[9] = {0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L,0x1485CB75L};
                        int i;
                        l_1093++;
                        (*l_1043) &= 0x6D6D6755L;
                        if ((*p_62))
                            break;
                    }
                }
            }
        }
        else
        { /* block id: 502 */
            int32_t *** const *l_1346 = (void*)0;
            int32_t *** const **l_1345 = &l_1346;
            uint32_t l_1353 = 0UL;
            int32_t l_1389[5];
            uint16_t l_1515 = 0x867FL;
            uint8_t l_1519 = 1UL;
            uint32_t l_1557 = 0xEAA2A7E2L;
            const int64_t *l_1565 = &g_621;
            const int64_t **l_1564 = &l_1565;
            int i;
            for (i = 0; i < 5; i++)
                l_1389[i] = (-10L);
            for (l_1217 = 0; (l_1217 == 27); l_1217 = safe_add_func_int64_t_s_s(l_1217, 3))
            { /* block id: 505 */
                int32_t l_1352 = 1L;
                int8_t *l_1354 = &l_922[0];
                uint32_t ***l_1355 = &g_1204;
                int32_t l_1356 = 0L;
                uint16_t *l_1365[8][2][1];
                uint8_t ***l_1408 = &l_623;
                uint8_t **** const l_1407 = &l_1408;
                uint8_t **** const *l_1406[10] = {(void*)0,(void*)0,&l_1407,(void*)0,(void*)0,&l_1407,(void*)0,(void*)0,&l_1407,(void*)0};
                int64_t l_1416 = 0L;
                int32_t l_1444 = 0L;
                int32_t l_1445 = 0x11DA5148L;
                int32_t l_1446[4];
                uint64_t l_1447 = 18446744073709551613UL;
                int32_t l_1477 = 0x183E5839L;
                int32_t l_1504[6][10][1] = {{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}},{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}},{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}},{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}},{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}},{{0x7C798D8DL},{(-5L)},{0xE8D93472L},{(-1L)},{0xE8D93472L},{(-5L)},{0x7C798D8DL},{0x5F17763DL},{0L},{0x5F17763DL}}};
                int32_t l_1514 = 0xC0D96A1CL;
                int i, j, k;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 2; j++)
                    {
                        for (k = 0; k < 1; k++)
                            l_1365[i][j][k] = &l_1070;
                    }
                }
                for (i = 0; i < 4; i++)
                    l_1446[i] = (-1L);
                l_1356 &= (((((safe_add_func_uint16_t_u_u(1UL, 65530UL)) , ((*l_1354) = (((safe_sub_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((*l_877) = ((((safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(0xDC61L, ((((((g_1347 = l_1345) != (g_189 , &l_442)) & (safe_mod_func_int32_t_s_s((*p_61), (p_59 && l_1352)))) , (*g_1206)) != (void*)0) , 0x0AA8L))), p_60)) || (-10L)) == l_1353) <= 0x7044236DL)), 0xDCL)), p_60)) && p_59) & p_59))) , (void*)0) != l_1355) != p_60);
                if ((safe_add_func_int64_t_s_s((safe_div_func_int8_t_s_s((safe_div_func_uint8_t_u_u(p_60, p_59)), ((*l_877) |= ((*l_1354) = p_60)))), (0xF9L | ((safe_add_func_uint32_t_u_u(((void*)0 == l_1365[3][0][0]), (&l_1354 == (void*)0))) && ((((1L >= (-1L)) | 65535UL) & (*p_61)) | 65534UL))))))
                { /* block id: 512 */
                    uint64_t *l_1378 = (void*)0;
                    uint64_t *l_1379 = &g_244;
                    int32_t l_1388 = 8L;
                    int32_t ***l_1398 = &l_496;
                    int64_t *l_1440 = &l_1416;
                    int32_t *l_1441 = &l_710;
                    int32_t *l_1442[9] = {&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109};
                    int i;
                    if ((((((*g_114) = ((safe_div_func_uint8_t_u_u(((((safe_lshift_func_uint8_t_u_s((((safe_mod_func_uint8_t_u_u((safe_div_func_int8_t_s_s((safe_mod_func_int8_t_s_s((((*l_877) ^= g_157) | (((safe_mul_func_int16_t_s_s(g_429, (((++(*l_1379)) ^ (((void*)0 != (**l_1271)) , ((l_1389[4] |= (safe_sub_func_uint8_t_u_u(254UL, ((safe_mul_func_int8_t_s_s(((((*p_62) = (((safe_mul_func_uint16_t_u_u(65535UL, (l_1388 <= p_59))) && p_60) <= l_1356)) < 0x1A900B8AL) , (*l_1139)), (**l_1138))) <= 0xD1L)))) , g_189))) >= l_1356))) , p_60) , g_244)), g_843)), (*g_114))), 0x68L)) , (void*)0) == (void*)0), g_85)) , (**l_1138)) == 0x8AL) & l_1352), p_59)) & 0xB4L)) != l_1388) == p_60) & p_60))
                    { /* block id: 518 */
                        int32_t ***l_1396[1];
                        int32_t ****l_1397[10][4] = {{&l_495,&l_1396[0],&l_1396[0],&l_495},{(void*)0,&l_1396[0],(void*)0,&l_1396[0]},{&l_495,&l_1396[0],(void*)0,&l_495},{&l_1396[0],&l_1396[0],&l_1396[0],&l_1396[0]},{(void*)0,&l_495,&l_1396[0],&l_1396[0]},{&l_1396[0],&l_495,(void*)0,&l_495},{&l_495,&l_1396[0],(void*)0,&l_495},{(void*)0,&l_495,&l_1396[0],&l_1396[0]},{&l_495,&l_495,(void*)0,&l_1396[0]},{&l_495,(void*)0,&l_495,(void*)0}};
                        uint8_t **** const *l_1405 = &g_1206;
                        int32_t *l_1409 = &l_926;
                        int i, j;
                        for (i = 0; i < 1; i++)
                            l_1396[i] = &l_496;
                        (*p_62) = ((p_60 && (safe_div_func_uint32_t_u_u((*l_1139), (safe_add_func_int32_t_s_s((safe_mod_func_int8_t_s_s(((((**l_1271) != (l_1398 = l_1396[0])) < (safe_mod_func_int8_t_s_s(((*l_1354) ^= (safe_mul_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_s(0xA660L, 8)) , (((*l_1409) = (&g_1206 == (l_1406[7] = l_1405))) , (safe_div_func_int64_t_s_s((safe_sub_func_int32_t_s_s(((safe_mod_func_int16_t_s_s((((*l_947) = ((((((*l_914) = ((0x8ED1618BEC4A6D69LL || (p_60 , l_1356)) ^ l_1416)) , (-1L)) < p_59) == p_59) > 0L)) , p_59), (**l_1138))) < p_60), l_1388)), g_1417)))), l_1352))), (**l_1138)))) & l_1352), 0xB4L)), 0xEEF2B5BAL))))) < (-1L));
                        if ((*p_62))
                            continue;
                        if (l_1418)
                            break;
                        if (g_85)
                            goto lbl_919;
                    }
                    else
                    { /* block id: 529 */
                        uint32_t l_1419[7][3] = {{0x924131B8L,0x924131B8L,0x924131B8L},{0xAB14E5F1L,0xAB14E5F1L,0xAB14E5F1L},{0x924131B8L,0x924131B8L,0x924131B8L},{0xAB14E5F1L,0xAB14E5F1L,0xAB14E5F1L},{0x924131B8L,0x924131B8L,0x924131B8L},{0xAB14E5F1L,0xAB14E5F1L,0xAB14E5F1L},{0x924131B8L,0x924131B8L,0x924131B8L}};
                        int i, j;
                        l_1419[6][0]--;
                        if ((*p_61))
                            continue;
                    }
                    if (((p_59 && p_59) ^ (safe_lshift_func_uint16_t_u_s(l_1356, ((safe_sub_func_uint64_t_u_u(0x9E30E5F4AC077808LL, ((*l_1440) = (((((*l_330) = (safe_div_func_uint16_t_u_u((((safe_unary_minus_func_uint8_t_u((((!(((safe_lshift_func_uint16_t_u_s(65535UL, 4)) > ((l_1432 != &g_1206) == l_1416)) != (((*l_947)++) <= (safe_mod_func_int32_t_s_s(((safe_add_func_int8_t_s_s((((((*l_1379) ^= g_189) <= 0xB5ECAEBEA64EB55FLL) != l_1352) <= g_955), 0L)) <= 0x60C4L), 0xEC9DC4C7L))))) <= 0x3CL) ^ g_7))) & g_1439) > 3L), l_1416))) < g_164[2][0][5]) || (**l_1138)) >= l_1356)))) & g_1326)))))
                    { /* block id: 537 */
                        (*p_62) = (((*l_1379) = g_107) , (*p_62));
                        if ((*p_62))
                            break;
                        if ((*p_62))
                            continue;
                    }
                    else
                    { /* block id: 542 */
                        l_1356 = (*p_61);
                        if ((**l_1138))
                            break;
                    }
                    l_1447--;
                }
                else
                { /* block id: 547 */
                    (*p_62) = (*p_62);
                }
                if ((safe_lshift_func_uint16_t_u_s((((safe_div_func_uint32_t_u_u((l_877 != l_877), l_1447)) | 0xA5852E460905188FLL) & ((void*)0 != l_1454)), 6)))
                { /* block id: 550 */
                    int32_t *l_1455[7] = {&l_1089,&l_1089,&l_1089,&l_1089,&l_1089,&l_1089,&l_1089};
                    int i;
                    l_1459--;
                    for (l_1443 = 0; (l_1443 >= 0); l_1443 -= 1)
                    { /* block id: 554 */
                        return p_60;
                    }
                    (*p_62) ^= (p_59 <= (g_621 = (&g_1205 != &l_947)));
                }
                else
                { /* block id: 559 */
                    int32_t l_1495 = 9L;
                    for (l_1356 = 18; (l_1356 >= 1); l_1356--)
                    { /* block id: 562 */
                        uint64_t l_1478 = 0x1E7A8AA2D6FC8520LL;
                        l_1466 = (*p_61);
                        if ((*p_62))
                            continue;
                        g_1479 = ((safe_mod_func_int16_t_s_s((safe_mul_func_int16_t_s_s(((*l_330) = 0x9019L), (((*l_914) &= ((l_1478 = ((*l_947) |= (((g_1328 || (safe_sub_func_int16_t_s_s((((*p_62) = (g_109 , 0x3CCE9396L)) != g_169), (*l_1139)))) == (((+(0L | (((((l_1389[4] = (*p_61)) , ((safe_sub_func_int32_t_s_s((l_1476[2][0] = l_1446[2]), 0xE18DA834L)) , p_59)) , p_59) == 2L) || l_1477))) ^ 65533UL) , p_59)) != 0xE4L))) < (*p_61))) < 0x9FF7L))), 0x1279L)) , (*p_62));
                    }
                    g_1480[2][3] = 0xFD355B2CL;
                    if ((*p_62))
                    { /* block id: 575 */
                        int64_t *l_1492 = &g_621;
                        int32_t l_1496[3];
                        int64_t *l_1502 = &l_1416;
                        int32_t l_1503 = 0x4D894ED5L;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_1496[i] = 0x31F82DE4L;
                        (*p_62) |= (safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_u((l_1504[4][9][0] = ((0xB42AL == p_59) , ((safe_mod_func_uint64_t_u_u((((((safe_add_func_int16_t_s_s(((safe_sub_func_uint32_t_u_u((((p_59 == p_60) , ((*l_1502) = ((+((((g_1501 ^= (((*l_1492) = 0x64CE93EA286805F0LL) != (((safe_rshift_func_uint16_t_u_u(l_1495, (((l_1496[2] &= p_59) >= ((p_59 || ((safe_div_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(((**l_1138) || 0x99L), 0x8856L)), p_60)) , 5L)) == g_166)) < 1L))) , l_1352) ^ (**l_1138)))) || g_162[0][1][0]) || 246UL) && (*p_61))) <= p_59))) <= 18446744073709551615UL), p_59)) >= l_1503), p_59)) < (*p_61)) <= l_1495) , 9L) , p_59), 0x86E3104E35C33860LL)) >= l_1495))), l_1477)), p_59));
                    }
                    else
                    { /* block id: 582 */
                        int32_t *l_1505 = &l_797[0];
                        int32_t *l_1506 = &l_1389[3];
                        int32_t *l_1507 = (void*)0;
                        int32_t *l_1508 = (void*)0;
                        int32_t *l_1509 = &l_797[3];
                        int32_t *l_1510 = (void*)0;
                        int32_t *l_1511 = &l_331;
                        int32_t *l_1512 = (void*)0;
                        int32_t *l_1513[5] = {&l_1092,&l_1092,&l_1092,&l_1092,&l_1092};
                        int i;
                        l_1515++;
                        l_1432 = l_1454;
                        return p_59;
                    }
                    g_1518 = &l_1495;
                }
                ++l_1519;
            }
            if ((*p_62))
            { /* block id: 591 */
                int32_t l_1524 = 0L;
                int32_t l_1527 = 0x31DC7F8AL;
                int8_t *l_1539 = &g_189;
                int64_t *l_1541 = (void*)0;
                for (l_331 = (-9); (l_331 <= (-12)); l_331 = safe_sub_func_uint16_t_u_u(l_331, 4))
                { /* block id: 594 */
                    int32_t *l_1525 = &g_254;
                    int32_t *l_1526 = &l_797[4];
                    int32_t *l_1528 = (void*)0;
                    int32_t *l_1529 = (void*)0;
                    int32_t *l_1530 = &l_1524;
                    int32_t *l_1531 = &l_797[2];
                    int32_t *l_1532 = &l_1524;
                    int32_t *l_1533 = &l_1089;
                    int32_t *l_1534 = &g_254;
                    int32_t *l_1535 = &g_85;
                    uint32_t l_1536 = 18446744073709551615UL;
                    int64_t **l_1540 = (void*)0;
                    int16_t ***l_1543 = &l_1542;
                    if (g_323)
                        goto lbl_919;
                    l_1536--;
                    l_1544 = ((l_1539 != l_1539) , (p_59 , ((*l_1543) = (((g_621 , (l_1541 = &l_702)) != (void*)0) , l_1542))));
                }
                for (g_34 = 5; (g_34 != 5); g_34 = safe_add_func_uint32_t_u_u(g_34, 5))
                { /* block id: 603 */
                    if ((*p_62))
                        break;
                    if ((*l_1139))
                        break;
                }
                p_62 = (p_61 = p_62);
                return p_59;
            }
            else
            { /* block id: 610 */
                int32_t l_1547 = 0x1CBCC08DL;
                int32_t *l_1548 = &l_1092;
                int32_t *l_1549 = &g_109;
                int32_t *l_1550 = &l_797[2];
                int32_t *l_1551 = &l_797[2];
                int32_t *l_1552 = &l_807;
                int32_t *l_1553[6][4] = {{&g_63,&g_63,&l_1389[2],&g_6},{&l_807,&g_63,&l_807,&l_1389[2]},{&l_807,&l_1389[2],&l_1389[2],&l_807},{&g_63,&l_1389[2],&g_6,&l_1389[2]},{&l_1389[2],&g_63,&g_6,&g_6},{&g_63,&g_63,&l_1389[2],&g_6}};
                int i, j;
                l_1554++;
                l_1557--;
                for (l_1547 = 0; (l_1547 > (-25)); l_1547 = safe_sub_func_uint64_t_u_u(l_1547, 1))
                { /* block id: 615 */
                    int64_t l_1570 = (-9L);
                    for (g_323 = 0; (g_323 >= 7); g_323++)
                    { /* block id: 618 */
                        int32_t ****l_1571 = &l_495;
                        (*p_62) = ((p_60 && ((void*)0 == l_1564)) , ((p_59 > ((safe_mul_func_uint16_t_u_u(((safe_rshift_func_int8_t_s_s(0xE4L, 1)) ^ l_1570), 3UL)) >= (l_1571 != (l_1572 = (void*)0)))) , (*p_62)));
                    }
                }
                (*l_1551) |= (safe_mul_func_int8_t_s_s((safe_add_func_uint8_t_u_u(((safe_add_func_int32_t_s_s((safe_add_func_int8_t_s_s(((safe_mul_func_uint16_t_u_u(((p_59 , (safe_sub_func_int16_t_s_s(0xCB84L, (+(((((*g_114) , l_1586) == (void*)0) | ((safe_mul_func_int16_t_s_s(0xB4C3L, (((*p_62) , p_60) || (((((*l_877) ^= (g_1195 & 0xDF88L)) && (*l_1549)) | (*l_1552)) , 0x8AL)))) | g_189)) , p_60))))) != p_60), 0xD12BL)) <= p_60), 5L)), 8UL)) & g_109), 249UL)), p_60));
            }
        }
        (*l_1612) &= (((2L & ((((*l_1611) &= (((((((((safe_mod_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s((safe_mul_func_int16_t_s_s((((g_162[0][4][0] & (1L >= (((++g_244) | (-1L)) >= (safe_sub_func_uint32_t_u_u(g_189, (safe_div_func_int16_t_s_s((**l_1138), (**l_1138)))))))) && (*g_114)) & (safe_lshift_func_int8_t_s_u(((((*p_62) || (*p_61)) >= p_59) <= p_60), p_59))), p_60)), 1)), (**l_1138))), l_1610)) && p_60) ^ 0xE2L) < 0UL) , 6UL) || p_60) != g_34) | p_60) <= 0x379EC798888C1225LL)) >= 1L) > 0x63EF54CE120906ABLL)) <= 0x0E85AC54A002A8D4LL) <= 0x2E677870A1B0D3F6LL);
    }
    (*l_442) = (*l_442);
    return p_60;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint8_t  func_66(uint16_t  p_67, int8_t  p_68, int32_t  p_69, uint8_t  p_70, int32_t * p_71)
{ /* block id: 98 */
    return p_69;
}


/* ------------------------------------------ */
/* 
 * reads : g_2 g_34 g_107 g_114 g_6 g_7 g_115 g_85 g_151 g_189 g_109 g_244 g_257 g_249 g_297 g_254 g_323
 * writes: g_85 g_107 g_109 g_189 g_222 g_244 g_249 g_250 g_257 g_254 g_301 g_297 g_323
 */
static uint16_t  func_75(uint32_t  p_76, int16_t  p_77, int32_t  p_78, const int16_t  p_79)
{ /* block id: 17 */
    uint8_t l_84[10][10][2] = {{{1UL,249UL},{0UL,255UL},{1UL,0UL},{0x29L,0x6AL},{0x6AL,1UL},{1UL,249UL},{1UL,249UL},{1UL,1UL},{0x6AL,0x6AL},{0x29L,0UL}},{{1UL,255UL},{0UL,249UL},{1UL,0UL},{0x6AL,0x29L},{0x6AL,0UL},{1UL,249UL},{0UL,255UL},{1UL,0UL},{0x29L,0x6AL},{0x6AL,1UL}},{{1UL,249UL},{1UL,249UL},{1UL,1UL},{0x6AL,0x6AL},{0x29L,0UL},{1UL,255UL},{0UL,249UL},{1UL,0UL},{0x6AL,0x29L},{0x6AL,0UL}},{{1UL,249UL},{0UL,255UL},{1UL,0UL},{0x29L,0x6AL},{0x6AL,1UL},{1UL,249UL},{1UL,249UL},{1UL,1UL},{0x6AL,0x6AL},{0x29L,0UL}},{{1UL,255UL},{0UL,249UL},{1UL,0UL},{0x6AL,0x29L},{0x6AL,0UL},{1UL,249UL},{0UL,255UL},{1UL,0UL},{0x29L,0x6AL},{0x6AL,1UL}},{{1UL,249UL},{1UL,249UL},{1UL,1UL},{0x6AL,0x6AL},{0x29L,0UL},{1UL,255UL},{0UL,249UL},{1UL,0UL},{0x6AL,0x29L},{0x6AL,0UL}},{{1UL,249UL},{0UL,255UL},{1UL,0UL},{0x29L,0x6AL},{0x6AL,1UL},{1UL,0x29L},{4UL,0x29L},{0UL,4UL},{1UL,1UL},{1UL,1UL}},{{0UL,0x01L},{1UL,0x29L},{249UL,1UL},{1UL,1UL},{1UL,1UL},{249UL,0x29L},{1UL,0x01L},{0UL,1UL},{1UL,1UL},{1UL,4UL}},{{0UL,0x29L},{4UL,0x29L},{0UL,4UL},{1UL,1UL},{1UL,1UL},{0UL,0x01L},{1UL,0x29L},{249UL,1UL},{1UL,1UL},{1UL,1UL}},{{249UL,0x29L},{1UL,0x01L},{0UL,1UL},{1UL,1UL},{1UL,4UL},{0UL,0x29L},{4UL,0x29L},{0UL,4UL},{1UL,1UL},{1UL,1UL}}};
    int32_t * const l_102 = &g_6;
    int32_t *l_108[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint16_t l_247[5];
    int32_t l_320 = 0x95E9E3D2L;
    int32_t * const *l_322[2][2];
    int32_t * const **l_321 = &l_322[1][1];
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_247[i] = 0x6303L;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 2; j++)
            l_322[i][j] = &l_108[6];
    }
    for (p_77 = 0; (p_77 != (-8)); p_77--)
    { /* block id: 20 */
        uint32_t l_106 = 1UL;
        int32_t l_126 = (-1L);
        int32_t **l_145[2];
        const int32_t *l_198 = &l_126;
        const int32_t **l_197 = &l_198;
        const int32_t **l_200 = &l_198;
        int64_t l_245 = 0x5945407581B478E8LL;
        int32_t ***l_283 = (void*)0;
        int32_t ****l_307 = &l_283;
        int32_t *****l_306 = &l_307;
        int i;
        for (i = 0; i < 2; i++)
            l_145[i] = &l_108[6];
        for (p_78 = 0; p_78 < 10; p_78 += 1)
        {
            for (p_76 = 0; p_76 < 10; p_76 += 1)
            {
                for (g_85 = 0; g_85 < 2; g_85 += 1)
                {
                    l_84[p_78][p_76][g_85] = 0x41L;
                }
            }
        }
        for (g_85 = 16; (g_85 >= 5); g_85 = safe_sub_func_int8_t_s_s(g_85, 6))
        { /* block id: 24 */
            int32_t *l_103 = &g_7;
            uint8_t *l_104 = (void*)0;
            uint8_t *l_105 = &l_84[3][0][1];
            const int32_t * const *l_229 = &l_198;
            const int32_t * const **l_228 = &l_229;
            int32_t l_255 = 0xD0E2EEFEL;
            uint8_t l_284 = 255UL;
            int64_t l_295 = 0xEB511B20A924ABB9LL;
            uint64_t *l_319 = &g_249[0];
            g_107 &= ((l_84[2][6][1] ^ g_2[4][3]) , (l_106 = (safe_sub_func_uint8_t_u_u(((*l_105) = (((((safe_lshift_func_int8_t_s_u((((safe_div_func_int64_t_s_s((&p_78 == (void*)0), (safe_mul_func_int8_t_s_s(((void*)0 != &p_78), (safe_mul_func_uint16_t_u_u((safe_div_func_int8_t_s_s(l_84[9][2][0], (safe_div_func_int8_t_s_s((g_34 ^ g_34), 0xFCL)))), 4UL)))))) > g_34) != p_79), p_78)) , l_102) == l_103) , 0UL) >= g_34)), p_77))));
            l_108[6] = func_23(g_34);
            for (g_109 = 0; (g_109 < 9); g_109++)
            { /* block id: 31 */
                uint8_t *l_144[7][9][3] = {{{&g_115[3][0],&g_115[2][2],&l_84[8][3][0]},{&g_115[4][0],(void*)0,(void*)0},{(void*)0,&g_115[1][2],&g_115[4][0]},{(void*)0,(void*)0,&l_84[3][9][1]},{&g_115[1][1],&g_115[2][2],&g_115[0][2]},{&g_115[0][2],&g_115[1][2],&g_115[2][2]},{&g_115[1][2],&g_115[3][0],&l_84[2][7][0]},{(void*)0,&g_115[1][2],&l_84[2][7][0]},{&g_115[2][2],(void*)0,&g_115[2][2]}},{{&l_84[9][2][1],(void*)0,&g_115[0][2]},{&g_115[1][2],&g_115[1][1],&l_84[3][9][1]},{&g_115[2][1],&g_115[1][1],&g_115[4][0]},{&g_115[1][1],(void*)0,(void*)0},{&g_115[2][1],&l_84[0][7][1],&l_84[8][3][0]},{&g_115[1][2],&g_115[3][0],&g_115[1][2]},{&l_84[9][2][1],&g_115[1][2],&g_115[3][0]},{&g_115[2][2],&g_115[4][0],&l_84[0][7][1]},{(void*)0,&g_115[4][0],&g_115[1][2]}},{{&g_115[1][2],&g_115[1][2],&g_115[2][1]},{&g_115[0][2],&g_115[3][0],(void*)0},{&g_115[1][1],&l_84[0][7][1],&l_84[1][2][1]},{(void*)0,(void*)0,&g_115[1][2]},{(void*)0,&g_115[1][1],&l_84[1][2][1]},{&g_115[4][0],&g_115[1][1],(void*)0},{&g_115[3][0],(void*)0,&g_115[2][1]},{&l_84[7][6][0],(void*)0,&g_115[1][2]},{&l_84[1][2][1],&g_115[1][2],&l_84[0][7][1]}},{{&l_84[1][2][1],&g_115[3][0],&g_115[3][0]},{&l_84[7][6][0],&g_115[1][2],&g_115[1][2]},{&g_115[3][0],&g_115[2][2],&l_84[8][3][0]},{&g_115[4][0],(void*)0,(void*)0},{(void*)0,&g_115[1][2],&g_115[4][0]},{(void*)0,(void*)0,&l_84[3][9][1]},{&g_115[1][1],&g_115[2][2],&g_115[0][2]},{&g_115[0][2],&g_115[1][2],&g_115[2][2]},{&g_115[1][2],&g_115[3][0],&l_84[2][7][0]}},{{(void*)0,&g_115[1][2],&l_84[2][7][0]},{&g_115[3][0],&l_84[2][7][0],&g_115[3][0]},{&g_115[1][2],&l_84[8][3][0],(void*)0},{&g_115[3][0],(void*)0,&g_115[1][2]},{(void*)0,&g_115[2][1],&g_115[1][1]},{&l_84[7][6][0],&g_115[0][2],&g_115[1][2]},{(void*)0,&g_115[1][2],&l_84[1][2][1]},{&g_115[3][0],&g_115[1][1],&g_115[1][2]},{&g_115[1][2],(void*)0,(void*)0}},{{&g_115[3][0],&g_115[1][1],&g_115[1][2]},{&g_115[0][2],&g_115[1][1],(void*)0},{(void*)0,(void*)0,(void*)0},{(void*)0,&g_115[1][1],&g_115[0][2]},{&g_115[2][1],&g_115[1][2],&l_84[0][7][1]},{&g_115[1][1],&g_115[0][2],&g_115[2][2]},{&g_115[1][2],&g_115[2][1],&l_84[0][7][1]},{&g_115[1][1],(void*)0,&g_115[0][2]},{(void*)0,&l_84[8][3][0],(void*)0}},{{(void*)0,&l_84[2][7][0],(void*)0},{&l_84[0][7][1],(void*)0,&g_115[1][2]},{&l_84[0][7][1],(void*)0,(void*)0},{(void*)0,&g_115[2][2],&g_115[1][2]},{(void*)0,&g_115[3][0],&l_84[1][2][1]},{&g_115[1][1],&g_115[1][2],&g_115[1][2]},{&g_115[1][2],&g_115[1][2],&g_115[1][1]},{&g_115[1][1],&g_115[1][2],&g_115[1][2]},{&g_115[2][1],&g_115[3][0],(void*)0}}};
                int32_t ***l_148 = (void*)0;
                int32_t ***l_149 = &l_145[1];
                int32_t **l_150 = &l_103;
                uint8_t l_235 = 0x40L;
                int16_t l_279 = 0x4661L;
                uint16_t *l_296 = &l_247[3];
                int i, j, k;
                if ((safe_div_func_int8_t_s_s(((((&l_84[7][8][0] != g_114) , ((safe_mul_func_uint16_t_u_u((safe_add_func_int8_t_s_s(p_77, p_77)), g_6)) || (g_34 != 4294967292UL))) < 0xB79BA4D2L) < (safe_sub_func_int64_t_s_s(p_76, 0L))), (*l_103))))
                { /* block id: 32 */
                    int32_t **l_122 = &l_108[5];
                    (*l_122) = &p_78;
                }
                else
                { /* block id: 34 */
                    int32_t l_146 = 0x3CABD61FL;
                    int32_t *l_147 = &l_146;
                    l_146 &= ((((safe_add_func_uint32_t_u_u(((void*)0 == &p_78), (safe_unary_minus_func_int16_t_s((l_126 = (p_76 , g_115[1][1])))))) , (((safe_add_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((*g_114), (safe_unary_minus_func_uint8_t_u((safe_lshift_func_int16_t_s_s(0x7DF3L, 14)))))), (safe_mod_func_uint8_t_u_u(((((safe_lshift_func_int16_t_s_s(((safe_lshift_func_uint16_t_u_s(g_34, (((safe_rshift_func_int8_t_s_u((((safe_mul_func_uint8_t_u_u(((l_144[4][2][1] == ((p_76 | p_79) , (void*)0)) , (*g_114)), (*g_114))) | g_115[1][2]) == 0x5FF26AE3508C96F5LL), p_78)) >= 0x99L) , p_78))) || g_85), 6)) || p_79) , l_145[1]) != (void*)0), p_79)))) , p_79) ^ p_78)) != p_79) == p_76);
                    p_78 = ((l_147 = &p_78) == &p_78);
                }
                if ((&l_103 == (l_150 = ((*l_149) = (g_115[1][2] , l_145[1])))))
                { /* block id: 42 */
                    return g_115[1][2];
                }
                else
                { /* block id: 44 */
                    uint32_t l_190 = 1UL;
                    const int32_t ***l_199[2];
                    int32_t l_216 = (-9L);
                    int16_t *l_217[6];
                    int32_t *l_280 = &g_7;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_199[i] = &l_197;
                    for (i = 0; i < 6; i++)
                        l_217[i] = (void*)0;
                    (**l_149) = ((g_151 != ((0xC051F803L <= (((*l_103) <= ((safe_sub_func_uint16_t_u_u((safe_sub_func_int16_t_s_s(0x15C4L, ((p_76 < (!((0xC95CL || ((((p_78 |= (((safe_mod_func_int16_t_s_s((l_190 = (g_6 && (safe_add_func_uint64_t_u_u((safe_mod_func_int16_t_s_s(g_115[4][1], (((safe_mul_func_int16_t_s_s(((g_189 &= (safe_rshift_func_uint8_t_u_s((*g_114), (*l_103)))) && p_79), (-10L))) < g_34) | p_77))), 0x04D00042A17331CCLL)))), (-3L))) , (void*)0) == l_103)) , (void*)0) == (void*)0) || 0x07L)) < g_115[4][2]))) <= g_34))), g_6)) <= g_109)) , 1UL)) , (void*)0)) , &g_109);
                    if ((((((g_107 = ((safe_add_func_int32_t_s_s((-1L), (safe_rshift_func_int8_t_s_u(((safe_div_func_uint8_t_u_u((&g_153[2][7] != (l_200 = l_197)), (safe_mod_func_uint32_t_u_u((safe_lshift_func_uint16_t_u_s(((g_107 || (safe_add_func_uint64_t_u_u((((((((safe_sub_func_int16_t_s_s(((safe_sub_func_uint64_t_u_u((l_104 != (((&l_84[6][6][0] != &g_115[1][2]) == (+((safe_mod_func_int64_t_s_s(g_6, (safe_rshift_func_uint8_t_u_u(((*l_105) |= 0xC6L), (*g_114))))) || p_77))) , &l_84[2][8][0])), 1UL)) && p_78), g_85)) & l_216) | g_115[0][0]) == (**l_197)) != g_109) >= g_85) ^ 0x4F9AL), g_115[3][2]))) | p_79), 10)), g_34)))) && p_76), p_77)))) && 0L)) , g_34) <= p_79) >= p_79) != (*l_102)))
                    { /* block id: 52 */
                        const int32_t * const ***l_230 = &l_228;
                        if (p_79)
                            break;
                        (*l_200) = func_23(((safe_div_func_int16_t_s_s((((safe_mul_func_int8_t_s_s((&p_78 == (g_222 = func_23(g_107))), ((+3L) & (((safe_lshift_func_int16_t_s_s(((safe_mod_func_uint16_t_u_u(((((*l_230) = l_228) == (void*)0) , ((&l_150 != g_151) > p_77)), (-1L))) && p_77), g_115[0][2])) && (*l_198)) , g_115[1][2])))) , (*g_114)) & p_78), (*l_102))) > p_77));
                    }
                    else
                    { /* block id: 57 */
                        uint64_t *l_243 = &g_244;
                        int32_t l_246 = 0x292E266AL;
                        uint64_t *l_248 = &g_249[0];
                        (*l_197) = func_23((safe_mod_func_int16_t_s_s((((*l_248) = (((((((*l_150) = func_23((safe_rshift_func_int16_t_s_s(l_235, p_77)))) == (void*)0) || ((l_247[3] = (safe_sub_func_uint16_t_u_u(0UL, ((safe_mul_func_int16_t_s_s((0UL ^ ((safe_add_func_int64_t_s_s(0L, ((*l_102) , ((((((*l_243) = (safe_unary_minus_func_uint8_t_u(p_77))) <= l_245) > 0x3201CB5AL) || (*l_198)) || l_246)))) <= 0x86L)), 0x6932L)) , g_7)))) || 1UL)) || g_244) > 0xE53FBDC8L) , 18446744073709551612UL)) >= (*l_102)), 1UL)));
                    }
                    for (l_235 = 0; (l_235 <= 2); l_235 += 1)
                    { /* block id: 66 */
                        int16_t l_256 = (-1L);
                        int i, j;
                        g_250 = (void*)0;
                        g_257++;
                        p_78 = ((safe_rshift_func_uint16_t_u_s(0xE52EL, 8)) < (0L < (((safe_rshift_func_uint8_t_u_s((g_115[(l_235 + 2)][l_235] | (safe_sub_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u(g_249[0], (safe_mod_func_uint64_t_u_u(p_76, ((((safe_unary_minus_func_int8_t_s((safe_mul_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(0x2AFD5019L, ((g_257 ^ p_77) != (safe_mul_func_uint8_t_u_u(((0UL != l_279) >= 0L), 0xDEL))))), (*g_114))))) , (void*)0) != l_280) || p_77))))) < 0x467EL), g_249[0]))), g_107)) < (*g_114)) >= (*l_103))));
                        p_78 = (((safe_mod_func_uint64_t_u_u((l_283 == (void*)0), l_284)) , (0xD9042488L != (g_249[0] ^ ((p_77 <= (((safe_add_func_int32_t_s_s((1UL | g_34), ((-7L) ^ 1UL))) >= (-2L)) ^ 0xCBE04423L)) || (*l_102))))) & 0x81AEL);
                    }
                    (**l_149) = (void*)0;
                }
                (*l_150) = &p_78;
                if ((p_76 ^ ((*g_114) | ((safe_mul_func_int16_t_s_s((((*l_296) = ((safe_sub_func_int8_t_s_s(0xCCL, ((((0UL >= (((((p_76 != ((g_7 | (safe_rshift_func_uint16_t_u_u((((*l_105) = (safe_div_func_int8_t_s_s((p_76 & ((*g_114) && 0xC4L)), (*g_114)))) , 0x0960L), 11))) && g_2[3][8])) & g_249[0]) <= 0xDCL) > l_295) & 0x1C458B7C6787789ELL)) || g_7) ^ g_107) >= p_79))) == p_79)) & g_34), p_79)) , p_79))))
                { /* block id: 77 */
                    uint32_t l_298 = 0x23694114L;
                    l_298--;
                    g_301 = (g_254 = p_79);
                }
                else
                { /* block id: 81 */
                    int8_t *l_308 = &g_297[0][3];
                    (*l_197) = func_23(p_77);
                    l_103 = func_23((p_78 |= (safe_add_func_int64_t_s_s(((((**l_149) == &g_301) >= 0xC7L) > ((-1L) | (*l_102))), (safe_lshift_func_int8_t_s_u(((*l_308) ^= ((void*)0 != l_306)), 0))))));
                }
            }
            l_255 ^= (safe_sub_func_int16_t_s_s((safe_div_func_int16_t_s_s((g_254 ^ (--g_244)), (((((*l_319) = (g_189 || (0x39DCL | (safe_mod_func_uint64_t_u_u((safe_sub_func_int64_t_s_s((((void*)0 != &l_108[1]) , 0x6F4DC4D7926888C0LL), ((*l_103) , ((0xA4L && g_107) < p_76)))), g_34))))) <= g_257) , p_76) & p_77))), l_320));
        }
        (*l_197) = &p_78;
        if (p_77)
            break;
    }
    (*l_321) = &l_102;
    --g_323;
    return p_77;
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
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 9; j++)
        {
            transparent_crc(g_2[i][j], "g_2[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_7, "g_7", print_hash_value);
    transparent_crc(g_34, "g_34", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_107, "g_107", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_115[i][j], "g_115[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_154, "g_154", print_hash_value);
    transparent_crc(g_155, "g_155", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_156[i][j][k], "g_156[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_157, "g_157", print_hash_value);
    transparent_crc(g_158, "g_158", print_hash_value);
    transparent_crc(g_159, "g_159", print_hash_value);
    transparent_crc(g_160, "g_160", print_hash_value);
    transparent_crc(g_161, "g_161", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_162[i][j][k], "g_162[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_163, "g_163", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_164[i][j][k], "g_164[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_165, "g_165", print_hash_value);
    transparent_crc(g_166, "g_166", print_hash_value);
    transparent_crc(g_167, "g_167", print_hash_value);
    transparent_crc(g_168, "g_168", print_hash_value);
    transparent_crc(g_169, "g_169", print_hash_value);
    transparent_crc(g_170, "g_170", print_hash_value);
    transparent_crc(g_171, "g_171", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_244, "g_244", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_249[i], "g_249[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_254, "g_254", print_hash_value);
    transparent_crc(g_257, "g_257", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_297[i][j], "g_297[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_301, "g_301", print_hash_value);
    transparent_crc(g_323, "g_323", print_hash_value);
    transparent_crc(g_429, "g_429", print_hash_value);
    transparent_crc(g_500, "g_500", print_hash_value);
    transparent_crc(g_621, "g_621", print_hash_value);
    transparent_crc(g_699, "g_699", print_hash_value);
    transparent_crc(g_717, "g_717", print_hash_value);
    transparent_crc(g_820, "g_820", print_hash_value);
    transparent_crc(g_843, "g_843", print_hash_value);
    transparent_crc(g_924, "g_924", print_hash_value);
    transparent_crc(g_955, "g_955", print_hash_value);
    transparent_crc(g_1015, "g_1015", print_hash_value);
    transparent_crc(g_1195, "g_1195", print_hash_value);
    transparent_crc(g_1254, "g_1254", print_hash_value);
    transparent_crc(g_1326, "g_1326", print_hash_value);
    transparent_crc(g_1328, "g_1328", print_hash_value);
    transparent_crc(g_1417, "g_1417", print_hash_value);
    transparent_crc(g_1439, "g_1439", print_hash_value);
    transparent_crc(g_1457, "g_1457", print_hash_value);
    transparent_crc(g_1479, "g_1479", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_1480[i][j], "g_1480[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1501, "g_1501", print_hash_value);
    transparent_crc(g_1697, "g_1697", print_hash_value);
    transparent_crc(g_1770, "g_1770", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1779[i], "g_1779[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1785, "g_1785", print_hash_value);
    transparent_crc(g_1822, "g_1822", print_hash_value);
    transparent_crc(g_1938, "g_1938", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_1987[i], "g_1987[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2053, "g_2053", print_hash_value);
    transparent_crc(g_2090, "g_2090", print_hash_value);
    transparent_crc(g_2138, "g_2138", print_hash_value);
    transparent_crc(g_2247, "g_2247", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 3; j++)
        {
            transparent_crc(g_2291[i][j], "g_2291[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2326, "g_2326", print_hash_value);
    transparent_crc(g_2502, "g_2502", print_hash_value);
    transparent_crc(g_2515, "g_2515", print_hash_value);
    transparent_crc(g_2654, "g_2654", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_2844[i][j][k], "g_2844[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_3516[i][j], "g_3516[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_3524, "g_3524", print_hash_value);
    transparent_crc(g_3576, "g_3576", print_hash_value);
    transparent_crc(g_3597, "g_3597", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 912
XXX total union variables: 0

XXX max expression depth: 45
breakdown:
   depth: 1, occurrence: 367
   depth: 2, occurrence: 105
   depth: 3, occurrence: 9
   depth: 4, occurrence: 3
   depth: 5, occurrence: 5
   depth: 6, occurrence: 1
   depth: 7, occurrence: 2
   depth: 9, occurrence: 2
   depth: 10, occurrence: 2
   depth: 11, occurrence: 3
   depth: 12, occurrence: 2
   depth: 14, occurrence: 4
   depth: 15, occurrence: 2
   depth: 16, occurrence: 3
   depth: 17, occurrence: 2
   depth: 18, occurrence: 4
   depth: 19, occurrence: 2
   depth: 20, occurrence: 3
   depth: 21, occurrence: 2
   depth: 22, occurrence: 4
   depth: 23, occurrence: 6
   depth: 24, occurrence: 7
   depth: 25, occurrence: 6
   depth: 26, occurrence: 7
   depth: 27, occurrence: 4
   depth: 28, occurrence: 1
   depth: 29, occurrence: 3
   depth: 30, occurrence: 3
   depth: 31, occurrence: 4
   depth: 32, occurrence: 2
   depth: 33, occurrence: 3
   depth: 34, occurrence: 1
   depth: 35, occurrence: 2
   depth: 38, occurrence: 2
   depth: 39, occurrence: 1
   depth: 45, occurrence: 1

XXX total number of pointers: 691

XXX times a variable address is taken: 1760
XXX times a pointer is dereferenced on RHS: 461
breakdown:
   depth: 1, occurrence: 383
   depth: 2, occurrence: 73
   depth: 3, occurrence: 4
   depth: 4, occurrence: 0
   depth: 5, occurrence: 1
XXX times a pointer is dereferenced on LHS: 432
breakdown:
   depth: 1, occurrence: 392
   depth: 2, occurrence: 32
   depth: 3, occurrence: 8
XXX times a pointer is compared with null: 85
XXX times a pointer is compared with address of another variable: 16
XXX times a pointer is compared with another pointer: 20
XXX times a pointer is qualified to be dereferenced: 15208

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2205
   level: 2, occurrence: 575
   level: 3, occurrence: 443
   level: 4, occurrence: 363
   level: 5, occurrence: 110
XXX number of pointers point to pointers: 350
XXX number of pointers point to scalars: 341
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 28.1
XXX average alias set size: 1.52

XXX times a non-volatile is read: 3011
XXX times a non-volatile is write: 1408
XXX times a volatile is read: 118
XXX    times read thru a pointer: 32
XXX times a volatile is write: 30
XXX    times written thru a pointer: 11
XXX times a volatile is available for access: 2.23e+03
XXX percentage of non-volatile access: 96.8

XXX forward jumps: 0
XXX backward jumps: 12

XXX stmts: 386
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 30
   depth: 1, occurrence: 44
   depth: 2, occurrence: 48
   depth: 3, occurrence: 60
   depth: 4, occurrence: 97
   depth: 5, occurrence: 107

XXX percentage a fresh-made variable is used: 14.9
XXX percentage an existing variable is used: 85.1
********************* end of statistics **********************/

