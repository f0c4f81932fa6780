/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1023 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1023
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int16_t g_2[4][4][2] = {{{0x8329L,(-6L)},{0x2E31L,0L},{0x2E31L,(-6L)},{0x8329L,0x394AL}},{{(-6L),0x490CL},{0xC3D7L,(-1L)},{0x0A35L,0x7A3AL},{0x7A3AL,0x8329L}},{{0xD8E5L,0x8329L},{0x7A3AL,0x7A3AL},{0x0A35L,(-1L)},{0xC3D7L,0x490CL}},{{(-6L),0x394AL},{0x8329L,(-6L)},{0x2E31L,0L},{0x2E31L,(-6L)}}};
static int32_t g_3 = 0x4AD72D76L;
static uint16_t g_73 = 65531UL;
static int32_t g_81[10][7][3] = {{{0x3AE4B2FCL,0L,0xEB859678L},{0x8F68CB34L,4L,0xEF11EAE5L},{0L,0xC22523F8L,0xB1E1499BL},{0xDEFA766EL,0xCAF8A8FFL,(-1L)},{0L,0xEB859678L,0x8B70E9AFL},{0xEF11EAE5L,0L,1L},{8L,0xF331764CL,(-5L)}},{{0x9F2EA6DAL,0xEA5F7267L,0x69DD8B1DL},{0xC22523F8L,(-5L),(-5L)},{0xC7CBFABEL,0xF78F0145L,1L},{0xB1E1499BL,0xB1CC8FFCL,0x8B70E9AFL},{0xC7CBFABEL,0x3923BFA4L,0L},{0xC22523F8L,0x0E960871L,1L},{0x9F2EA6DAL,0x3923BFA4L,0L}},{{8L,0xB1CC8FFCL,0xF331764CL},{0xEF11EAE5L,0xF78F0145L,0L},{(-1L),(-5L),1L},{0xDF97EF3AL,0xEA5F7267L,0L},{(-1L),0xF331764CL,0x8B70E9AFL},{0xEF11EAE5L,0L,1L},{8L,0xF331764CL,(-5L)}},{{0x9F2EA6DAL,0xEA5F7267L,0x69DD8B1DL},{0xC22523F8L,(-5L),(-5L)},{0xC7CBFABEL,0xF78F0145L,1L},{0xB1E1499BL,0xB1CC8FFCL,0x8B70E9AFL},{0xC7CBFABEL,0x3923BFA4L,0L},{0xC22523F8L,0x0E960871L,1L},{0x9F2EA6DAL,0x3923BFA4L,0L}},{{8L,0xB1CC8FFCL,0xF331764CL},{0xEF11EAE5L,0xF78F0145L,0L},{(-1L),(-5L),1L},{0xDF97EF3AL,0xEA5F7267L,0L},{(-1L),0xF331764CL,0x8B70E9AFL},{0xEF11EAE5L,0L,1L},{8L,0xF331764CL,(-5L)}},{{0x9F2EA6DAL,0xEA5F7267L,0x69DD8B1DL},{0xC22523F8L,(-5L),(-5L)},{0xC7CBFABEL,0xF78F0145L,1L},{0xB1E1499BL,0xB1CC8FFCL,0x8B70E9AFL},{0xC7CBFABEL,0x3923BFA4L,0L},{0xC22523F8L,0x0E960871L,1L},{0x9F2EA6DAL,0x3923BFA4L,0L}},{{8L,0xB1CC8FFCL,0xF331764CL},{0xEF11EAE5L,0xF78F0145L,0L},{(-1L),(-5L),1L},{0xDF97EF3AL,0xEA5F7267L,0L},{(-1L),0xF331764CL,0x8B70E9AFL},{0xEF11EAE5L,0L,1L},{8L,0xF331764CL,(-5L)}},{{0x9F2EA6DAL,0xEA5F7267L,0x69DD8B1DL},{0xC22523F8L,(-5L),(-5L)},{0xC7CBFABEL,0xF78F0145L,1L},{0xB1E1499BL,0xB1CC8FFCL,0x8B70E9AFL},{0xC7CBFABEL,0x3923BFA4L,0L},{0xC22523F8L,0x0E960871L,1L},{0x9F2EA6DAL,0x3923BFA4L,0L}},{{8L,0xB1CC8FFCL,0xF331764CL},{0xEF11EAE5L,0xF78F0145L,0L},{(-1L),(-5L),1L},{0xDF97EF3AL,0xEA5F7267L,0L},{(-1L),0xF331764CL,0x8B70E9AFL},{0xEF11EAE5L,0L,1L},{8L,0xF331764CL,(-5L)}},{{0x9F2EA6DAL,0xEA5F7267L,0x69DD8B1DL},{0xC22523F8L,(-5L),(-5L)},{0xC7CBFABEL,0xF78F0145L,1L},{0xB1E1499BL,0xB1CC8FFCL,0x8B70E9AFL},{0xC7CBFABEL,0x3923BFA4L,0L},{0xC22523F8L,(-9L),0L},{(-1L),0xE0F8CCAAL,0xF497EEE4L}}};
static uint32_t g_111 = 0x5ADA2C71L;
static uint8_t g_112 = 8UL;
static uint8_t g_123 = 250UL;
static volatile int32_t g_126 = 0x1D75C66FL;/* VOLATILE GLOBAL g_126 */
static volatile int32_t * volatile g_125 = &g_126;/* VOLATILE GLOBAL g_125 */
static volatile int32_t * volatile * volatile g_124 = &g_125;/* VOLATILE GLOBAL g_124 */
static int32_t **g_127 = (void*)0;
static uint8_t g_129 = 251UL;
static uint16_t g_179 = 0x47CFL;
static int32_t g_183 = (-6L);
static int8_t g_187 = 0xD1L;
static int16_t g_189 = 0x474BL;
static uint8_t *g_193 = &g_129;
static uint8_t **g_192 = &g_193;
static uint8_t *** volatile g_195 = &g_192;/* VOLATILE GLOBAL g_195 */
static int32_t *g_214[6] = {&g_3,&g_3,&g_3,&g_3,&g_3,&g_3};
static int32_t ** volatile g_213 = &g_214[3];/* VOLATILE GLOBAL g_213 */
static const uint32_t **g_229 = (void*)0;
static uint64_t g_241 = 0x5E61FED368114C93LL;
static uint8_t g_283 = 0x89L;
static int32_t g_308 = 0x4AF6C563L;
static int8_t g_351[1] = {0xA7L};
static int64_t g_354 = (-9L);
static int32_t ***g_408 = &g_127;
static int32_t ****g_407 = &g_408;
static int64_t g_417 = 9L;
static volatile uint32_t g_474[6][2][4] = {{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}},{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}},{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}},{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}},{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}},{{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L},{0x1146E6E1L,0x4BC9DE00L,0x1146E6E1L,0x4BC9DE00L}}};
static volatile uint32_t *g_473 = &g_474[4][1][1];
static volatile uint32_t **g_472[9][1] = {{&g_473},{&g_473},{&g_473},{&g_473},{&g_473},{&g_473},{&g_473},{&g_473},{&g_473}};
static uint8_t ***g_528 = &g_192;
static uint8_t **** const  volatile g_527 = &g_528;/* VOLATILE GLOBAL g_527 */
static uint16_t *g_611[4][1][6] = {{{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}},{{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}},{{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}},{{&g_73,&g_73,&g_73,&g_73,&g_73,&g_73}}};
static uint16_t * volatile *g_610 = &g_611[0][0][2];
static uint32_t g_628 = 0UL;
static uint16_t g_659 = 0xB87DL;
static volatile int32_t * volatile * volatile g_664 = (void*)0;/* VOLATILE GLOBAL g_664 */
static int32_t * volatile g_693 = &g_81[1][1][1];/* VOLATILE GLOBAL g_693 */
static uint32_t ****g_745 = (void*)0;
static uint16_t g_752[3] = {65527UL,65527UL,65527UL};
static int32_t *g_788 = &g_183;
static volatile int64_t g_814 = 0x5D35A416BBB95E08LL;/* VOLATILE GLOBAL g_814 */
static uint8_t g_859[5] = {0xAAL,0xAAL,0xAAL,0xAAL,0xAAL};
static uint16_t *g_873[5][6][4] = {{{&g_73,&g_73,&g_179,&g_659},{&g_659,&g_179,&g_179,&g_179},{&g_73,(void*)0,&g_73,&g_179},{&g_179,(void*)0,(void*)0,&g_179},{(void*)0,&g_179,&g_73,&g_659},{(void*)0,&g_73,(void*)0,&g_73}},{{&g_179,&g_659,&g_73,&g_73},{&g_73,&g_73,&g_179,&g_659},{&g_659,&g_179,&g_179,&g_179},{&g_73,(void*)0,&g_73,&g_179},{&g_179,(void*)0,(void*)0,&g_179},{(void*)0,&g_179,&g_73,&g_659}},{{(void*)0,&g_73,(void*)0,&g_73},{&g_179,&g_659,&g_73,&g_73},{&g_73,&g_73,&g_179,&g_659},{&g_659,&g_179,&g_179,&g_179},{&g_73,(void*)0,&g_73,&g_179},{&g_179,(void*)0,(void*)0,&g_179}},{{(void*)0,&g_179,&g_73,&g_659},{(void*)0,&g_73,(void*)0,&g_73},{&g_179,&g_659,&g_73,&g_73},{&g_73,&g_73,&g_179,&g_659},{&g_659,(void*)0,&g_73,(void*)0},{&g_752[1],&g_659,&g_179,&g_73}},{{(void*)0,&g_659,&g_659,(void*)0},{&g_659,(void*)0,&g_752[1],&g_73},{&g_659,&g_752[1],&g_659,&g_179},{(void*)0,&g_73,&g_179,&g_179},{&g_752[1],&g_752[1],&g_73,&g_73},{&g_73,(void*)0,&g_73,(void*)0}}};
static int32_t g_880 = 8L;
static uint32_t *g_887[6] = {&g_628,&g_628,&g_628,&g_628,&g_628,&g_628};
static uint32_t **g_886 = &g_887[2];
static uint32_t ***g_885 = &g_886;
static uint32_t **** const g_884 = &g_885;
static uint32_t **** const *g_883 = &g_884;
static int64_t g_912 = 0x29A9E40E6E8D34C5LL;
static volatile int32_t g_1010 = 0x4CC81029L;/* VOLATILE GLOBAL g_1010 */
static uint32_t g_1013 = 0x89E09EC8L;
static uint8_t g_1097 = 0UL;
static uint32_t g_1118 = 0x355F3B85L;
static int16_t *g_1141 = &g_189;
static uint16_t g_1167 = 1UL;
static volatile int32_t g_1222 = 1L;/* VOLATILE GLOBAL g_1222 */
static uint32_t g_1236 = 18446744073709551606UL;
static uint32_t *g_1292 = &g_1118;
static uint32_t **g_1291[8][9] = {{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,(void*)0,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292}};
static const int32_t g_1320 = 0x507FAA53L;
static uint8_t g_1424 = 0x0FL;
static volatile int32_t g_1580 = 0x5D50B014L;/* VOLATILE GLOBAL g_1580 */
static int32_t **** volatile g_1634 = &g_408;/* VOLATILE GLOBAL g_1634 */
static volatile uint32_t g_1641 = 1UL;/* VOLATILE GLOBAL g_1641 */
static volatile int32_t * volatile * volatile g_1660 = (void*)0;/* VOLATILE GLOBAL g_1660 */
static volatile int32_t * volatile * volatile g_1661 = &g_125;/* VOLATILE GLOBAL g_1661 */
static volatile int32_t * volatile * volatile g_1779[6][1] = {{&g_125},{&g_125},{&g_125},{&g_125},{&g_125},{&g_125}};
static uint8_t g_1823 = 0xC5L;
static int32_t **g_1889 = &g_214[1];
static int32_t g_1922[7][5] = {{0x62A889E4L,0xF79E4B39L,5L,0x62A889E4L,(-6L)},{0x2D96A127L,0x62A889E4L,0xCC4390ACL,0x62A889E4L,0x2D96A127L},{5L,(-1L),0xF79E4B39L,(-6L),(-1L)},{0x2D96A127L,0xF79E4B39L,0xF79E4B39L,0x2D96A127L,(-6L)},{0x62A889E4L,0x2D96A127L,0xCC4390ACL,(-1L),(-1L)},{5L,0x2D96A127L,5L,(-6L),0x2D96A127L},{(-1L),0xF79E4B39L,(-6L),(-1L),(-6L)}};
static int16_t g_1959 = 8L;
static uint32_t **g_2028 = &g_1292;
static uint32_t *** const g_2027 = &g_2028;
static uint32_t *** const *g_2026 = &g_2027;
static int32_t *g_2077 = (void*)0;
static volatile uint64_t g_2112 = 6UL;/* VOLATILE GLOBAL g_2112 */
static volatile int32_t * volatile * volatile g_2117[10][9] = {{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125},{&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125,&g_125}};
static uint64_t g_2172 = 18446744073709551612UL;
static int16_t g_2220 = 0x8014L;
static volatile uint64_t g_2238[9][1][9] = {{{18446744073709551615UL,18446744073709551615UL,18446744073709551614UL,0x33844ACF881606B6LL,18446744073709551609UL,0UL,0xE5A80570061209BCLL,0xD971EFD2C5EDC73DLL,0UL}},{{0xCF8AA51B17D30F8CLL,1UL,0x6C10FC326C973237LL,0xE5A80570061209BCLL,0xC20DDC43A81B4C53LL,0xD45222AF414E0AD6LL,18446744073709551614UL,0x6C10FC326C973237LL,18446744073709551614UL}},{{1UL,0x70319FEEA5D783F6LL,18446744073709551610UL,18446744073709551610UL,0x70319FEEA5D783F6LL,1UL,18446744073709551609UL,0x6C10FC326C973237LL,0x4F81EF61D4E597F0LL}},{{0xD45222AF414E0AD6LL,0xC20DDC43A81B4C53LL,0xE5A80570061209BCLL,0x6C10FC326C973237LL,1UL,0xCF8AA51B17D30F8CLL,1UL,0xD971EFD2C5EDC73DLL,0x6C10FC326C973237LL}},{{0UL,18446744073709551609UL,0x33844ACF881606B6LL,18446744073709551614UL,18446744073709551615UL,18446744073709551615UL,18446744073709551609UL,18446744073709551615UL,18446744073709551615UL}},{{0x33844ACF881606B6LL,0xD971EFD2C5EDC73DLL,0xD971EFD2C5EDC73DLL,0x33844ACF881606B6LL,0xCF32BF1DC6E4EA9BLL,18446744073709551615UL,18446744073709551614UL,1UL,0UL}},{{0xDA8D574B78649165LL,18446744073709551614UL,0x4F81EF61D4E597F0LL,18446744073709551615UL,0xC20DDC43A81B4C53LL,0xCF8AA51B17D30F8CLL,0xE5A80570061209BCLL,0x4F81EF61D4E597F0LL,0xD971EFD2C5EDC73DLL}},{{1UL,0UL,0x5DA5AEA254722D62LL,0x05BDD70CE76D961DLL,0xCF32BF1DC6E4EA9BLL,1UL,0xCF32BF1DC6E4EA9BLL,0x05BDD70CE76D961DLL,0x5DA5AEA254722D62LL}},{{0xC20DDC43A81B4C53LL,0xC20DDC43A81B4C53LL,1UL,0x05BDD70CE76D961DLL,18446744073709551615UL,0xD45222AF414E0AD6LL,1UL,18446744073709551614UL,0x05BDD70CE76D961DLL}}};
static const int8_t *g_2249 = &g_351[0];
static const int8_t **g_2248 = &g_2249;
static const int8_t ***g_2247 = &g_2248;
static const int8_t **** volatile g_2246 = &g_2247;/* VOLATILE GLOBAL g_2246 */
static uint16_t **g_2272 = &g_873[0][2][0];
static uint16_t *** volatile g_2271 = &g_2272;/* VOLATILE GLOBAL g_2271 */
static uint8_t g_2388[2][8] = {{0xB7L,0xAFL,0xAFL,0xB7L,0xB7L,0xAFL,0xAFL,0xB7L},{0xB7L,0xAFL,0xAFL,0xB7L,0xB7L,0xAFL,0xAFL,0xB7L}};
static uint64_t g_2429 = 0xF8ACF6D5F9A7BFF9LL;
static const int8_t ****g_2497 = &g_2247;
static int16_t **g_2537 = &g_1141;
static int32_t * volatile g_2552 = &g_183;/* VOLATILE GLOBAL g_2552 */
static int32_t g_2558 = 0x7915C33DL;
static int32_t *g_2603 = &g_308;
static int32_t ** volatile g_2602 = &g_2603;/* VOLATILE GLOBAL g_2602 */
static int32_t ** volatile * volatile g_2601 = &g_2602;/* VOLATILE GLOBAL g_2601 */
static uint8_t ** const *g_2693 = &g_192;
static uint8_t ** const **g_2692 = &g_2693;
static uint8_t ** const ***g_2691 = &g_2692;
static uint32_t ****g_2810 = (void*)0;
static uint32_t *****g_2809 = &g_2810;
static int8_t *g_2851[4] = {&g_187,&g_187,&g_187,&g_187};
static int8_t **g_2850 = &g_2851[3];
static int8_t ***g_2849 = &g_2850;
static volatile uint16_t g_2858[9][7] = {{1UL,65529UL,1UL,1UL,65529UL,1UL,1UL},{65529UL,65529UL,65535UL,65529UL,65529UL,65535UL,65529UL},{65529UL,1UL,1UL,65529UL,1UL,1UL,65529UL},{1UL,65529UL,1UL,1UL,65529UL,1UL,1UL},{65529UL,65529UL,65535UL,65529UL,65529UL,65535UL,65529UL},{65529UL,1UL,1UL,65529UL,1UL,1UL,1UL},{65535UL,1UL,65535UL,65535UL,1UL,65535UL,65535UL},{1UL,1UL,65529UL,1UL,1UL,65529UL,1UL},{1UL,65535UL,65535UL,1UL,65535UL,65535UL,1UL}};
static int32_t ** volatile g_2901 = &g_2077;/* VOLATILE GLOBAL g_2901 */
static int8_t g_2904[3] = {0xA4L,0xA4L,0xA4L};
static uint32_t g_2981 = 0xAE3751A4L;
static uint32_t * const g_2980 = &g_2981;
static uint32_t * const *g_2979 = &g_2980;
static uint32_t * const **g_2978[5] = {&g_2979,&g_2979,&g_2979,&g_2979,&g_2979};
static uint32_t * const ***g_2977[3] = {&g_2978[3],&g_2978[3],&g_2978[3]};
static uint32_t * const ****g_2976[6][4][2] = {{{(void*)0,&g_2977[0]},{(void*)0,&g_2977[0]},{&g_2977[0],(void*)0},{&g_2977[0],&g_2977[0]}},{{&g_2977[0],(void*)0},{&g_2977[0],&g_2977[0]},{(void*)0,&g_2977[0]},{(void*)0,(void*)0}},{{&g_2977[0],(void*)0},{(void*)0,&g_2977[0]},{(void*)0,&g_2977[0]},{&g_2977[0],(void*)0}},{{&g_2977[0],&g_2977[0]},{&g_2977[0],(void*)0},{&g_2977[0],&g_2977[0]},{(void*)0,&g_2977[0]}},{{(void*)0,(void*)0},{&g_2977[0],(void*)0},{(void*)0,&g_2977[0]},{(void*)0,&g_2977[0]}},{{&g_2977[0],(void*)0},{&g_2977[0],&g_2977[0]},{&g_2977[0],(void*)0},{&g_2977[0],&g_2977[0]}}};
static volatile int32_t * volatile * volatile g_3043 = &g_125;/* VOLATILE GLOBAL g_3043 */
static int8_t ****g_3075 = &g_2849;
static uint32_t g_3208 = 0xBCB63A6BL;
static volatile int32_t * volatile * volatile g_3232[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static const int32_t *g_3259 = &g_81[4][5][2];
static const int32_t ** volatile g_3258 = &g_3259;/* VOLATILE GLOBAL g_3258 */
static uint8_t *****g_3352 = (void*)0;
static const int32_t ** volatile g_3354[9][7] = {{&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259},{&g_3259,&g_3259,&g_3259,(void*)0,&g_3259,&g_3259,&g_3259},{(void*)0,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259},{&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,(void*)0,(void*)0},{&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259},{(void*)0,(void*)0,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259},{&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,(void*)0},{&g_3259,&g_3259,&g_3259,(void*)0,&g_3259,&g_3259,&g_3259},{&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259,&g_3259}};
static const int32_t ** volatile g_3355 = &g_3259;/* VOLATILE GLOBAL g_3355 */
static uint32_t g_3357 = 1UL;
static const int32_t ** volatile g_3447 = &g_3259;/* VOLATILE GLOBAL g_3447 */
static uint64_t *g_3460 = &g_2429;
static uint64_t **g_3459 = &g_3460;
static uint64_t ***g_3458 = &g_3459;
static const int32_t g_3508 = 0xE2DBFAEAL;
static int32_t ***g_3513 = (void*)0;
static int32_t ****g_3512[10] = {&g_3513,&g_3513,&g_3513,&g_3513,&g_3513,&g_3513,&g_3513,&g_3513,&g_3513,&g_3513};
static int32_t ***** volatile g_3511 = &g_3512[7];/* VOLATILE GLOBAL g_3511 */
static int64_t *g_3527 = (void*)0;
static int64_t * volatile * volatile g_3526 = &g_3527;/* VOLATILE GLOBAL g_3526 */
static int64_t **g_3529[4][6][9] = {{{(void*)0,(void*)0,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527},{&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,(void*)0,&g_3527},{&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527},{&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,(void*)0},{(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527},{(void*)0,&g_3527,(void*)0,(void*)0,(void*)0,(void*)0,&g_3527,(void*)0,&g_3527}},{{&g_3527,(void*)0,(void*)0,(void*)0,&g_3527,(void*)0,&g_3527,&g_3527,(void*)0},{&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527},{&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,(void*)0,(void*)0,&g_3527},{&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0},{(void*)0,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527},{(void*)0,&g_3527,(void*)0,&g_3527,(void*)0,(void*)0,&g_3527,&g_3527,&g_3527}},{{&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527},{&g_3527,(void*)0,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,(void*)0},{&g_3527,&g_3527,&g_3527,(void*)0,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527},{&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527},{(void*)0,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0},{(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,(void*)0}},{{&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527},{&g_3527,&g_3527,(void*)0,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0},{&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527,&g_3527},{(void*)0,&g_3527,&g_3527,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0},{&g_3527,(void*)0,(void*)0,&g_3527,&g_3527,&g_3527,&g_3527,(void*)0,&g_3527},{&g_3527,&g_3527,(void*)0,(void*)0,&g_3527,(void*)0,&g_3527,(void*)0,&g_3527}}};
static int32_t g_3597[7][10] = {{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L},{1L,1L,1L,1L,1L,1L,1L,1L,1L,1L}};
static int16_t ***g_3604 = &g_2537;
static int16_t **** volatile g_3603 = &g_3604;/* VOLATILE GLOBAL g_3603 */
static uint8_t g_3746[8] = {1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL};
static uint8_t * const g_3745 = &g_3746[4];
static uint8_t * const *g_3744 = &g_3745;
static volatile int32_t g_3773 = (-6L);/* VOLATILE GLOBAL g_3773 */
static volatile uint32_t g_3874[10][3][5] = {{{18446744073709551615UL,7UL,1UL,0xF75D212FL,0x0367B5E8L},{18446744073709551612UL,0UL,0xD216E5E9L,0UL,18446744073709551612UL},{7UL,0UL,0x6313A313L,0xF75D212FL,0x0E0A404EL}},{{0x80DCCF35L,0xEF022BA7L,0UL,0UL,0xEF022BA7L},{18446744073709551612UL,1UL,18446744073709551615UL,0UL,0x0E0A404EL},{0UL,0UL,18446744073709551612UL,18446744073709551615UL,18446744073709551612UL}},{{0x0E0A404EL,0x0E0A404EL,7UL,18446744073709551612UL,0x0367B5E8L},{0UL,0xFED1463EL,0x80DCCF35L,0xD216E5E9L,0xD216E5E9L},{18446744073709551612UL,0xF810095CL,18446744073709551612UL,8UL,0xF75D212FL}},{{0x80DCCF35L,0xFED1463EL,0UL,0xEF022BA7L,0UL},{7UL,0x0E0A404EL,0x0E0A404EL,7UL,18446744073709551612UL},{18446744073709551612UL,0UL,0UL,0UL,0xFED1463EL}},{{18446744073709551615UL,1UL,18446744073709551612UL,1UL,18446744073709551615UL},{0UL,0xEF022BA7L,0x80DCCF35L,0UL,18446744073709551615UL},{0x6313A313L,0UL,7UL,7UL,0UL}},{{0xD216E5E9L,0UL,18446744073709551612UL,0xEF022BA7L,18446744073709551615UL},{1UL,7UL,18446744073709551615UL,8UL,18446744073709551615UL},{18446744073709551615UL,18446744073709551615UL,0UL,0xD216E5E9L,0xFED1463EL}},{{1UL,0x0367B5E8L,0x6313A313L,18446744073709551612UL,18446744073709551612UL},{0xD216E5E9L,1UL,0xD216E5E9L,18446744073709551615UL,0UL},{0x6313A313L,0x0367B5E8L,1UL,0UL,0xF75D212FL}},{{0UL,18446744073709551615UL,18446744073709551615UL,0UL,0xD216E5E9L},{18446744073709551615UL,7UL,1UL,0xF75D212FL,0x0367B5E8L},{18446744073709551612UL,0UL,0xD216E5E9L,0UL,0x80DCCF35L}},{{0x0E0A404EL,7UL,18446744073709551612UL,0x0367B5E8L,8UL},{0xD216E5E9L,0UL,18446744073709551615UL,18446744073709551615UL,0UL},{0UL,0xF810095CL,0x6313A313L,7UL,8UL}},{{1UL,18446744073709551615UL,0x80DCCF35L,0UL,0x80DCCF35L},{8UL,8UL,0x0E0A404EL,0UL,18446744073709551615UL},{1UL,18446744073709551612UL,0xD216E5E9L,0xEF022BA7L,0xEF022BA7L}}};
static volatile int8_t g_3972 = 9L;/* VOLATILE GLOBAL g_3972 */
static uint8_t g_4066 = 0x01L;
static uint64_t g_4195 = 18446744073709551615UL;
static uint8_t g_4238 = 0UL;
static uint64_t g_4280 = 18446744073709551611UL;
static int8_t g_4339 = 1L;
static int64_t ***g_4428 = &g_3529[3][3][8];
static int32_t * volatile g_4443 = &g_81[4][5][2];/* VOLATILE GLOBAL g_4443 */
static uint16_t g_4458 = 0xB83EL;
static uint16_t * const g_4457 = &g_4458;
static uint16_t * const *g_4456 = &g_4457;


/* --- FORWARD DECLARATIONS --- */
static int32_t  func_1(void);
static int8_t  func_10(uint32_t  p_11);
static int8_t  func_12(const int32_t  p_13);
static int32_t  func_20(uint16_t  p_21, int8_t  p_22, uint32_t  p_23, uint32_t  p_24);
static int32_t  func_27(uint32_t  p_28, uint64_t  p_29, int16_t  p_30);
static uint8_t  func_35(const uint32_t  p_36, uint32_t  p_37, uint32_t  p_38);
static uint16_t  func_42(uint8_t  p_43);
static uint8_t  func_44(uint32_t  p_45, int16_t  p_46, int8_t  p_47);
static int64_t  func_48(uint32_t  p_49, int8_t  p_50, int32_t  p_51, int64_t  p_52);
static uint32_t  func_53(int32_t  p_54, uint32_t  p_55, int32_t  p_56, uint16_t  p_57, uint32_t  p_58);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_3
 * writes: g_3
 */
static int32_t  func_1(void)
{ /* block id: 0 */
    int64_t l_19 = 0xB2FC257A10DD6640LL;
    int32_t **l_4311 = &g_2603;
    int32_t **l_4312 = &g_2603;
    int32_t l_4345 = 4L;
    const int16_t l_4372 = 1L;
    int32_t l_4375 = 0L;
    int16_t l_4416 = 0L;
    int64_t ***l_4425[3][10] = {{&g_3529[0][0][0],(void*)0,&g_3529[0][0][0],&g_3529[3][0][6],&g_3529[3][3][8],(void*)0,(void*)0,(void*)0,(void*)0,&g_3529[3][3][8]},{&g_3529[0][0][6],&g_3529[1][1][3],&g_3529[1][1][3],&g_3529[0][0][6],&g_3529[0][0][0],&g_3529[3][3][8],&g_3529[3][0][6],(void*)0,&g_3529[3][0][6],&g_3529[3][3][8]},{(void*)0,&g_3529[1][4][1],&g_3529[0][0][0],&g_3529[1][4][1],(void*)0,&g_3529[3][3][8],&g_3529[1][1][3],&g_3529[3][0][6],&g_3529[3][0][6],&g_3529[1][1][3]}};
    int32_t l_4465 = 0xE108C212L;
    int32_t l_4467[2];
    int i, j;
    for (i = 0; i < 2; i++)
        l_4467[i] = 0x33E6D605L;
    for (g_3 = 1; (g_3 >= 0); g_3 -= 1)
    { /* block id: 3 */
        int8_t l_9 = (-1L);
        uint8_t l_3313 = 6UL;
        int64_t *l_3324 = &g_417;
        int32_t *l_4307 = &g_183;
        int32_t **l_4309 = &g_2603;
        int32_t ***l_4310[1];
        int32_t l_4340 = (-2L);
        int16_t l_4341[3][8][5] = {{{0L,9L,(-5L),(-1L),(-1L)},{(-9L),0x21C6L,0L,1L,0x522CL},{7L,(-5L),0L,(-1L),5L},{0xEBCFL,0L,0x21C6L,1L,1L},{(-1L),0x3047L,0x3047L,(-1L),0x3CABL},{(-1L),0L,0x8C2EL,1L,(-2L)},{0L,(-2L),9L,(-1L),0xB38AL},{0xB3CFL,0x8C2EL,0L,1L,0x9F75L}},{{1L,0L,(-2L),(-1L),0xAA95L},{1L,0xD693L,0xD693L,1L,0x6B60L},{0L,9L,(-5L),(-1L),(-1L)},{(-9L),0x21C6L,0L,1L,0x522CL},{7L,(-5L),0L,(-1L),5L},{0xEBCFL,0L,0x21C6L,1L,1L},{(-1L),0x3047L,0x3047L,(-1L),0x3CABL},{(-1L),0L,0x8C2EL,1L,(-2L)}},{{0L,(-2L),9L,(-1L),0xB38AL},{0xB3CFL,0x8C2EL,0L,1L,0x9F75L},{1L,0L,(-2L),(-1L),0xAA95L},{1L,0xD693L,0xD693L,1L,0x6B60L},{0L,9L,(-5L),(-1L),(-1L)},{(-9L),0x21C6L,0L,1L,0x522CL},{7L,(-5L),0L,(-1L),5L},{0xEBCFL,0L,0x21C6L,1L,1L}}};
        int32_t l_4342[2][3][7] = {{{0x61BADE58L,0xD0365E00L,0xD0365E00L,0x61BADE58L,(-3L),0x61BADE58L,0xD0365E00L},{0x9473392EL,0x9473392EL,1L,0x04619379L,0x2052BDB8L,1L,1L},{0xD0365E00L,0x61BADE58L,(-3L),0x61BADE58L,0xD0365E00L,0xD0365E00L,0x61BADE58L}},{{(-4L),0x9473392EL,(-4L),0x2052BDB8L,0x2052BDB8L,(-4L),0x9473392EL},{0x61BADE58L,0xDDBCA2B4L,(-3L),(-3L),0xDDBCA2B4L,0x61BADE58L,0xDDBCA2B4L},{(-4L),0x2052BDB8L,0x2052BDB8L,(-4L),0x9473392EL,(-4L),0x2052BDB8L}}};
        uint64_t l_4355 = 0x85E6E7E5E2E617E1LL;
        uint8_t l_4462[8][9][3] = {{{0x29L,0x14L,1UL},{9UL,0xCFL,0xFBL},{5UL,0xD6L,0xF3L},{0x07L,255UL,0xFBL},{0x7CL,1UL,1UL},{0x26L,0xD2L,0x9DL},{255UL,0x54L,0x62L},{0UL,0x3BL,0xF6L},{255UL,1UL,0x47L}},{{255UL,0x3BL,0x97L},{248UL,0x54L,0UL},{0x51L,0xD2L,255UL},{0x51L,1UL,4UL},{0x13L,255UL,1UL},{0xABL,0xD6L,0x92L},{0x13L,0xCFL,0xBBL},{0x51L,0x14L,0x54L},{0x51L,0xFBL,1UL}},{{248UL,1UL,0x14L},{255UL,0xDAL,4UL},{255UL,0UL,0x14L},{0UL,1UL,1UL},{255UL,0x1DL,0x54L},{0x26L,0x9DL,0xBBL},{0x7CL,0UL,0x92L},{0x07L,0x37L,1UL},{5UL,0UL,4UL}},{{9UL,0x9DL,255UL},{0x29L,0x1DL,0UL},{252UL,1UL,0x97L},{0x00L,0UL,0x47L},{0x52L,0xDAL,0xF6L},{0x00L,1UL,0x62L},{252UL,0xFBL,0x9DL},{0x29L,0x14L,1UL},{9UL,0xCFL,0xFBL}},{{5UL,0xD6L,0xF3L},{0x07L,255UL,0xFBL},{0x7CL,1UL,1UL},{0x26L,0xD2L,0x9DL},{255UL,0x54L,0x62L},{0UL,0x3BL,0xF6L},{255UL,1UL,0x47L},{255UL,0x3BL,0x97L},{248UL,0x54L,0UL}},{{0x51L,0xD2L,255UL},{0x51L,1UL,4UL},{0x13L,255UL,1UL},{0xABL,0xD6L,0x92L},{0x13L,0xCFL,0xBBL},{0x51L,0x14L,0x54L},{0x51L,0xFBL,1UL},{248UL,1UL,8UL},{0xCFL,0UL,0xD2L}},{{0x1DL,255UL,8UL},{0x1CL,0x3BL,0x3BL},{0x92L,0UL,0xFEL},{0xF6L,255UL,0x49L},{0xA2L,0UL,0xE4L},{0xD2L,0x7EL,0x62L},{1UL,0UL,2UL},{0x3FL,255UL,255UL},{1UL,0UL,255UL}},{{0xBBL,0x3BL,0x6DL},{0UL,255UL,252UL},{0x8DL,0UL,2UL},{0UL,1UL,0xC6L},{0xBBL,0xB4L,255UL},{1UL,8UL,0x4FL},{0x3FL,0xE0L,0xB4L},{1UL,0UL,0x03L},{0xD2L,255UL,0xB4L}}};
        int i, j, k;
        for (i = 0; i < 1; i++)
            l_4310[i] = &l_4309;
    }
    return l_4375;
}


/* ------------------------------------------ */
/* 
 * reads : g_2172 g_2904 g_3459 g_3460 g_3526 g_528 g_192 g_193 g_129 g_2849 g_2850 g_2693 g_2429 g_473 g_474 g_1424 g_2981 g_1889 g_189 g_3597 g_3603 g_2249 g_351 g_2603 g_2692 g_887 g_628 g_2851 g_3 g_527 g_2979 g_2980 g_3075 g_187 g_3744 g_3745 g_3746 g_3874 g_408 g_127 g_1634 g_752 g_693 g_81 g_3972 g_886 g_241 g_1167 g_880 g_610 g_611 g_4066 g_195 g_1118 g_2238 g_3043 g_125 g_126 g_4195 g_3604 g_2537 g_4238 g_2248 g_4280 g_124 g_1661
 * writes: g_2172 g_2429 g_3529 g_2981 g_1424 g_886 g_129 g_2388 g_81 g_214 g_3597 g_880 g_3604 g_189 g_308 g_3513 g_183 g_628 g_3744 g_3357 g_354 g_752 g_351 g_187 g_241 g_1167 g_4066 g_417 g_1118 g_125 g_126 g_3746 g_1641 g_283
 */
static int8_t  func_10(uint32_t  p_11)
{ /* block id: 1571 */
    uint32_t l_3517 = 0x3DF079B7L;
    uint32_t **l_3525 = &g_887[1];
    int16_t *l_3592 = &g_189;
    uint32_t l_3601 = 0UL;
    int32_t l_3644 = 0x42FD9BF5L;
    const int8_t * const l_3665 = (void*)0;
    int8_t l_3700 = 6L;
    uint32_t **l_3710 = &g_887[2];
    uint32_t l_3724 = 0x9169AEB7L;
    int32_t l_3763 = 1L;
    int32_t l_3764 = 0x3F7F4F07L;
    int32_t l_3765[4] = {0x9F8E0153L,0x9F8E0153L,0x9F8E0153L,0x9F8E0153L};
    uint32_t * const * const *l_3823 = &g_2979;
    uint32_t * const * const **l_3822[7][8] = {{&l_3823,&l_3823,&l_3823,&l_3823,(void*)0,&l_3823,&l_3823,&l_3823},{&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823},{&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,(void*)0,&l_3823},{&l_3823,&l_3823,&l_3823,(void*)0,&l_3823,&l_3823,(void*)0,&l_3823},{(void*)0,(void*)0,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823},{&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823},{&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823,&l_3823}};
    uint8_t ***l_3824 = &g_192;
    int32_t l_3851 = 0x63587EC0L;
    int16_t l_3876 = (-1L);
    int16_t *l_3970 = &g_189;
    int16_t l_3981[4][6] = {{0xC9B7L,5L,5L,0xC9B7L,0xC9B7L,5L},{0xC9B7L,0xC9B7L,5L,5L,0xC9B7L,0xC9B7L},{0xC9B7L,5L,5L,0xC9B7L,0xC9B7L,5L},{0xC9B7L,0xC9B7L,5L,5L,0xC9B7L,0xC9B7L}};
    const int16_t l_3982 = 0x3DD9L;
    uint32_t l_4003[2][4][1] = {{{0x3F432023L},{0xD65BF24FL},{0x3F432023L},{0xD65BF24FL}},{{0x3F432023L},{0xD65BF24FL},{0x3F432023L},{0xD65BF24FL}}};
    int8_t ***l_4029 = &g_2850;
    int8_t l_4047[6][3][4] = {{{5L,0x6BL,(-1L),0x6EL},{1L,(-8L),0x6EL,5L},{1L,0L,(-1L),(-1L)}},{{5L,5L,4L,0L},{0L,4L,0xE8L,0L},{(-1L),0x2EL,0xCDL,0xE8L}},{{0xE8L,0x2EL,5L,0L},{0x2EL,4L,0x2EL,0L},{0L,5L,0x6BL,(-1L)}},{{8L,0L,0L,5L},{0L,1L,0L,(-1L)},{0L,0xCDL,0xCDL,0L}},{{0x6BL,8L,0x00L,5L},{0x00L,5L,0xE8L,1L},{0L,0xD1L,0x6EL,1L}},{{0x2EL,5L,0L,5L},{0L,8L,(-8L),0L},{0xE8L,0xCDL,0x2EL,(-1L)}}};
    int32_t *****l_4064[9][3] = {{(void*)0,(void*)0,(void*)0},{&g_407,(void*)0,(void*)0},{(void*)0,&g_407,&g_407},{&g_407,&g_407,&g_407},{(void*)0,(void*)0,&g_407},{(void*)0,(void*)0,(void*)0},{&g_407,(void*)0,(void*)0},{(void*)0,&g_407,&g_407},{&g_407,&g_407,&g_407}};
    int8_t l_4065 = (-2L);
    int64_t *l_4067 = &g_354;
    int64_t *l_4068 = &g_417;
    int32_t *****l_4077 = &g_3512[7];
    uint16_t l_4088 = 65528UL;
    int32_t l_4184 = (-1L);
    const int64_t l_4239 = 0L;
    const int32_t l_4284 = 5L;
    int i, j, k;
    for (p_11 = 0; (p_11 < 13); p_11 = safe_add_func_int16_t_s_s(p_11, 4))
    { /* block id: 1574 */
        int64_t l_3516 = 0x1D74293DFC5F6F1ALL;
        int32_t l_3530 = 0xA6742B3AL;
        uint64_t l_3598[2];
        uint32_t *l_3624 = (void*)0;
        uint32_t ** const l_3623 = &l_3624;
        uint32_t ** const *l_3622 = &l_3623;
        uint32_t ** const **l_3621 = &l_3622;
        uint32_t ** const ***l_3620 = &l_3621;
        int8_t l_3671[6][10] = {{(-1L),0xE6L,0x4DL,0x41L,0x41L,0x4DL,0xE6L,(-1L),0x4EL,0L},{0x41L,0xDBL,(-5L),(-1L),9L,3L,0x41L,0L,8L,0x41L},{8L,0xF9L,(-5L),9L,0xF9L,0L,3L,(-1L),3L,0L},{0xE6L,0L,0x4DL,0L,0xE6L,0x0AL,(-1L),0x41L,0x0AL,(-9L)},{(-9L),0xDBL,3L,(-9L),(-5L),0xF8L,(-5L),8L,9L,(-9L)},{8L,(-9L),0L,(-5L),0xE6L,0xDBL,0xDBL,0xE6L,(-5L),0L}};
        int32_t l_3677 = 0x1D452720L;
        int32_t l_3684 = 0xDBA4CC18L;
        int32_t l_3685 = 1L;
        uint64_t l_3687 = 0x3EC5E2B268065288LL;
        uint32_t **l_3707 = (void*)0;
        int32_t *l_3721 = &l_3684;
        int32_t l_3768[4] = {3L,3L,3L,3L};
        int16_t *l_3900[10];
        uint16_t l_3964 = 65533UL;
        int i, j;
        for (i = 0; i < 2; i++)
            l_3598[i] = 4UL;
        for (i = 0; i < 10; i++)
            l_3900[i] = &g_2[0][2][0];
        if (l_3516)
        { /* block id: 1575 */
            int64_t **l_3528 = &g_3527;
            uint32_t l_3531[1];
            uint32_t **l_3534[1][10] = {{&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4],&g_887[4]}};
            uint32_t **l_3551 = &g_887[2];
            uint16_t l_3570 = 0xBEDEL;
            int16_t l_3595 = (-5L);
            uint64_t l_3596 = 18446744073709551608UL;
            int32_t l_3612 = (-1L);
            int32_t **l_3640 = &g_2603;
            int32_t ***l_3639 = &l_3640;
            int i, j;
            for (i = 0; i < 1; i++)
                l_3531[i] = 0xCFEB1DD2L;
            l_3517 |= p_11;
            for (g_2172 = 0; (g_2172 <= 2); g_2172 += 1)
            { /* block id: 1579 */
                int i;
                l_3530 = (safe_unary_minus_func_uint8_t_u((((safe_sub_func_uint8_t_u_u(g_2904[g_2172], (safe_div_func_int64_t_s_s(0L, ((**g_3459) = (safe_add_func_uint8_t_u_u((l_3525 == (g_2904[g_2172] , (void*)0)), (0xDEL == 0L)))))))) , (g_3526 != (g_3529[3][3][8] = l_3528))) <= l_3516)));
            }
            for (g_2981 = 0; (g_2981 <= 4); g_2981 += 1)
            { /* block id: 1586 */
                int8_t l_3550 = 0x3BL;
                uint32_t **l_3552 = (void*)0;
                uint32_t l_3573 = 0x7D9ED5ECL;
                int64_t *l_3584 = &g_417;
                int16_t ***l_3602 = &g_2537;
                int32_t l_3638[9] = {(-3L),(-1L),(-3L),(-1L),(-3L),(-1L),(-3L),(-1L),(-3L)};
                const int32_t *** const l_3642 = (void*)0;
                int i;
                for (g_1424 = 0; (g_1424 <= 2); g_1424 += 1)
                { /* block id: 1589 */
                    uint32_t ***l_3535[2];
                    int16_t l_3549 = 0x3947L;
                    int8_t **l_3556 = &g_2851[3];
                    int32_t l_3569 = 0xD1C28E43L;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_3535[i] = &l_3534[0][9];
                    if (((0x88L ^ l_3531[0]) || ((***g_528) ^= ((safe_add_func_int32_t_s_s(((l_3534[0][3] = (g_886 = l_3534[0][9])) != (l_3525 = (l_3552 = ((safe_add_func_int64_t_s_s((~(((safe_div_func_int16_t_s_s((p_11 || l_3531[0]), p_11)) | ((l_3549 = (safe_mul_func_int8_t_s_s(((void*)0 == &g_610), (safe_lshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((safe_mod_func_int16_t_s_s(p_11, p_11)), 0x0100L)), l_3517))))) ^ l_3531[0])) <= l_3550)), 18446744073709551615UL)) , l_3551)))), 0xD9E3C8BDL)) , 251UL))))
                    { /* block id: 1596 */
                        int32_t l_3571 = 0xCD698ACEL;
                        uint8_t *l_3572 = &g_2388[0][3];
                        int i, j, k;
                        if (p_11)
                            break;
                        g_81[(g_1424 + 5)][g_2981][g_1424] = ((!(p_11 && ((*g_2849) == l_3556))) , (((*l_3572) = (((((***g_2693) && (++(**g_192))) & p_11) , ((((safe_mod_func_int32_t_s_s(0x078833FCL, ((--(*g_3460)) ^ p_11))) != 0x4B19F1FB3193A3A6LL) > (safe_mod_func_uint16_t_u_u((safe_sub_func_uint64_t_u_u(((((((safe_sub_func_uint32_t_u_u((((l_3569 , p_11) , p_11) < p_11), 0xCD8B379BL)) < l_3549) > l_3570) != 0x99A872F1L) <= 4294967291UL) == (*g_473)), 18446744073709551615UL)), l_3571))) , 0UL)) && p_11)) || p_11));
                    }
                    else
                    { /* block id: 1602 */
                        (*g_1889) = (l_3569 , &l_3530);
                    }
                    l_3573++;
                    for (l_3549 = 1; (l_3549 >= 0); l_3549 -= 1)
                    { /* block id: 1608 */
                        int i, j, k;
                        g_3597[5][0] ^= (safe_sub_func_int32_t_s_s(((safe_add_func_int32_t_s_s(g_474[(l_3549 + 2)][l_3549][g_1424], (safe_div_func_int16_t_s_s((l_3516 < ((l_3517 && ((*g_3460) | (safe_add_func_uint16_t_u_u(((&l_3516 != l_3584) , ((((safe_div_func_int64_t_s_s((!((safe_add_func_uint16_t_u_u((safe_add_func_int16_t_s_s((&g_2220 == l_3592), ((((safe_mul_func_int8_t_s_s((0xA5E8L | (-9L)), 0x3BL)) == l_3595) == p_11) == l_3573))), g_189)) | 0x2BD5L)), l_3596)) , 0x073B14B0ECBE6CE5LL) || 1L) | l_3550)), p_11)))) == l_3573)), p_11)))) ^ p_11), l_3550));
                    }
                }
                if (l_3517)
                    break;
                for (l_3517 = 1; (l_3517 <= 4); l_3517 += 1)
                { /* block id: 1615 */
                    int i;
                    for (g_880 = 4; (g_880 >= 0); g_880 -= 1)
                    { /* block id: 1618 */
                        return p_11;
                    }
                    --l_3598[0];
                    return p_11;
                }
                if ((l_3517 <= l_3601))
                { /* block id: 1624 */
                    return l_3596;
                }
                else
                { /* block id: 1626 */
                    int16_t *l_3607 = (void*)0;
                    (*g_3603) = l_3602;
                    l_3612 |= (((((safe_rshift_func_uint8_t_u_u((l_3607 != l_3592), 0)) ^ (p_11 < (1L || (18446744073709551615UL < p_11)))) & 18446744073709551615UL) , (safe_rshift_func_int16_t_s_u((safe_sub_func_int8_t_s_s(1L, l_3517)), l_3531[0]))) || 0x848809D8EC7272F0LL);
                }
                for (l_3596 = 0; (l_3596 <= 1); l_3596 += 1)
                { /* block id: 1632 */
                    int32_t ***l_3633 = &g_1889;
                    int32_t ****l_3641 = &g_3513;
                    uint16_t l_3643 = 65535UL;
                    int i, j, k;
                    l_3644 = ((((g_474[g_2981][l_3596][l_3596] < (safe_mul_func_uint8_t_u_u((((safe_sub_func_uint8_t_u_u(((l_3530 = (safe_rshift_func_uint16_t_u_s((((*l_3641) = ((((safe_unary_minus_func_int8_t_s(((l_3620 = (void*)0) == ((safe_add_func_int64_t_s_s((l_3595 == ((((l_3638[1] |= ((((*g_2603) = ((safe_add_func_uint32_t_u_u(((safe_add_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((l_3633 != (((((safe_sub_func_uint32_t_u_u(l_3598[0], 0x6F21B110L)) | ((*l_3592) |= (p_11 <= (safe_mul_func_int8_t_s_s(4L, l_3517))))) | 1L) != 0x626240CFL) , (void*)0)), 10)), (*g_2249))) != 0x44L), l_3596)) >= l_3550)) , p_11) <= 0x2AC0C77D39BFA847LL)) > p_11) & 7L) != l_3530)), l_3550)) , &l_3621)))) , p_11) & 0xA289267C16E2FBE7LL) , l_3639)) == l_3642), l_3516))) && l_3530), l_3517)) || (*g_193)) , p_11), p_11))) , 0x7FAC634E1C4706D5LL) , l_3643) && p_11);
                }
            }
        }
        else
        { /* block id: 1642 */
            uint32_t l_3653 = 3UL;
            uint64_t l_3656 = 0x89E05AAD00ED2D45LL;
            int16_t ****l_3657 = (void*)0;
            uint64_t l_3666 = 18446744073709551615UL;
            int32_t l_3680 = 0xD7752BC3L;
            int32_t l_3681 = 0x784E209AL;
            int32_t l_3683 = (-3L);
            int32_t l_3701[1];
            uint16_t l_3702 = 7UL;
            uint8_t **l_3743 = (void*)0;
            int64_t l_3766[6][4][5] = {{{(-7L),0x804AA31FFDAF49B3LL,(-4L),0L,(-1L)},{0x06B9B01ABF802A80LL,0x5BC816BA6381B935LL,0x0AA9FE52323AA52BLL,(-1L),0x0911C6EA0A1E7951LL},{5L,0x0AA9FE52323AA52BLL,(-7L),1L,0x76E8A1496748E966LL},{0L,0L,(-5L),(-7L),(-5L)}},{{0x60827E91AA1FAE77LL,(-5L),0x6E84110BAD89E67DLL,0x045EAA9826F16A83LL,(-5L)},{0x0F316B4E060F884ELL,0x3FD87C3354F13E6DLL,(-1L),0x76E8A1496748E966LL,0x76E8A1496748E966LL},{0x804AA31FFDAF49B3LL,0x76E8A1496748E966LL,0x804AA31FFDAF49B3LL,0xCD9F1B7722FCF57BLL,0x0911C6EA0A1E7951LL},{1L,0x06B9B01ABF802A80LL,0xB2E2EC1F4698ACADLL,0x1F450EB351C8C5E4LL,(-1L)}},{{(-4L),1L,0x1F450EB351C8C5E4LL,1L,(-1L)},{4L,0x0911C6EA0A1E7951LL,0xB2E2EC1F4698ACADLL,(-1L),1L},{0xCD9F1B7722FCF57BLL,(-1L),0x0B8896DAA5C33777LL,(-7L),0x0AA9FE52323AA52BLL},{4L,0x06B9B01ABF802A80LL,0xCD9F1B7722FCF57BLL,(-7L),0x045EAA9826F16A83LL}},{{0L,(-6L),0xE0D35BDE05E20350LL,1L,(-5L)},{0L,0xCD9F1B7722FCF57BLL,(-6L),(-5L),4L},{4L,0x5BC816BA6381B935LL,0x5BC816BA6381B935LL,4L,(-6L)},{0xCD9F1B7722FCF57BLL,0x60827E91AA1FAE77LL,0x0F316B4E060F884ELL,0x06B9B01ABF802A80LL,0x6E84110BAD89E67DLL}},{{(-5L),1L,1L,0L,0x76E8A1496748E966LL},{1L,0x6E84110BAD89E67DLL,(-1L),0x06B9B01ABF802A80LL,(-5L)},{0L,0x34006C6EB34B6631LL,0x845E118F80436AACLL,4L,0x06B9B01ABF802A80LL},{0x0B8896DAA5C33777LL,(-7L),0x0AA9FE52323AA52BLL,(-5L),0xB2E2EC1F4698ACADLL}},{{0x845E118F80436AACLL,0x804AA31FFDAF49B3LL,5L,1L,1L},{0x0911C6EA0A1E7951LL,0x804AA31FFDAF49B3LL,4L,(-7L),0xE0D35BDE05E20350LL},{(-1L),(-7L),0xB2E2EC1F4698ACADLL,(-7L),(-1L)},{0x1F450EB351C8C5E4LL,0x34006C6EB34B6631LL,6L,0xCD9F1B7722FCF57BLL,0x0F316B4E060F884ELL}}};
            uint32_t *** const l_3777 = &l_3707;
            int8_t l_3782 = 0L;
            int64_t **l_3849 = &g_3527;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_3701[i] = 0xE6BC53F9L;
            for (g_183 = (-30); (g_183 >= 27); g_183 = safe_add_func_uint16_t_u_u(g_183, 7))
            { /* block id: 1645 */
                int8_t l_3654 = 2L;
                int32_t *l_3655 = &g_3;
                int32_t l_3682 = 0x121EAF25L;
                int32_t l_3686 = 0xC2B89111L;
                uint32_t **l_3708 = &g_887[2];
                int32_t l_3767 = 4L;
                int32_t l_3769 = (-1L);
                int32_t l_3771[7][8][4] = {{{1L,8L,0xA7EE1CB5L,0L},{0x62948648L,0x54DC75B8L,0x3B314895L,0xFF994D82L},{1L,1L,0xEBEC3970L,8L},{0xA7EE1CB5L,0x7F8C374CL,0x478A4B5FL,0x478A4B5FL},{1L,1L,0xA04C96A4L,0x1C8AC5BAL},{0x48C7DC66L,0L,0L,0x62948648L},{7L,0xFF994D82L,4L,0L},{(-9L),0xFF994D82L,0x26111FFCL,0x62948648L}},{{0xFF994D82L,0L,(-5L),0x1C8AC5BAL},{0xF164BF8FL,1L,(-8L),0x478A4B5FL},{0L,0x7F8C374CL,1L,8L},{0x9B922034L,1L,0L,0xFF994D82L},{0x86BD6DC9L,0x54DC75B8L,(-1L),0L},{0L,8L,0xDFA36E12L,0x959CA82DL},{(-8L),6L,0x0D67677AL,0xF8818920L},{0L,0x9B922034L,0xB1B64FF7L,6L}},{{0x701F94BDL,0x1C8AC5BAL,0x8519EAFCL,0L},{0xE699BDE8L,7L,0x0D67677AL,0x78AECCDFL},{(-1L),1L,6L,1L},{0L,(-1L),0xC339CD22L,0L},{0xAD6A5818L,1L,0L,0L},{1L,1L,1L,0x0D67677AL},{0L,0x7CBD0B34L,0x6AFF843BL,0L},{0x78AECCDFL,0xB1B64FF7L,(-5L),8L}},{{(-6L),0x701F94BDL,0L,(-5L)},{(-9L),0L,2L,0x0FD1C2BEL},{(-1L),0xEBEC3970L,0L,8L},{1L,0x62948648L,1L,0x59962772L},{1L,0x7CBD0B34L,0x49C733ECL,(-2L)},{(-1L),(-1L),0xEBEC3970L,0L},{(-3L),0xF164BF8FL,6L,0x49C733ECL},{0x8A616871L,0L,0L,0L}},{{(-5L),(-3L),0x7D7F8174L,0xEBEC3970L},{0xD3872BD4L,(-1L),0x26111FFCL,6L},{0x86BD6DC9L,0xA2764D33L,0x701F94BDL,1L},{0x86BD6DC9L,0xF2CFAEA1L,0x26111FFCL,0L},{0xD3872BD4L,1L,0x7D7F8174L,6L},{(-5L),0xF7417E52L,0L,7L},{0x8A616871L,0x6AFF843BL,6L,(-1L)},{(-3L),1L,0x9F224316L,0x21F020B4L}},{{6L,(-6L),0L,0x59962772L},{0xA7EE1CB5L,(-5L),0L,0xA2764D33L},{1L,0L,(-4L),0x3B314895L},{(-1L),(-1L),(-9L),(-6L)},{0x49893E23L,0xC339CD22L,0x23CCF146L,0x8A616871L},{0xC339CD22L,0L,0x27EB2E5BL,0xBFA0397FL},{0xEBEC3970L,0xA7EE1CB5L,1L,0x59962772L},{1L,(-4L),(-5L),(-9L)}},{{0xF2CFAEA1L,1L,0x49C733ECL,0xC339CD22L},{(-1L),(-8L),0x62948648L,7L},{1L,0x34DC4EA4L,0xCD421172L,0L},{(-4L),1L,0xB25478BBL,(-1L)},{7L,0L,0L,1L},{1L,0xBFA0397FL,0x3B314895L,0x86BD6DC9L},{0x23CCF146L,(-1L),0xB25478BBL,0xD465097CL},{0L,0x59962772L,0x1EDEEBEFL,0L}}};
                int32_t *l_3778 = &l_3771[5][4][1];
                int32_t *l_3779 = &g_81[4][5][2];
                int32_t *l_3780 = &g_81[4][5][2];
                int32_t *l_3781 = &g_3597[5][0];
                int32_t *l_3783 = &l_3768[3];
                int32_t *l_3784 = &l_3530;
                int32_t *l_3785 = (void*)0;
                int32_t *l_3786 = &l_3763;
                int32_t *l_3787 = &l_3644;
                int32_t *l_3788[1][7];
                uint32_t l_3789 = 4294967295UL;
                int i, j, k;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 7; j++)
                        l_3788[i][j] = &g_3597[5][0];
                }
                if (((((((p_11 != (safe_mod_func_uint32_t_u_u((((safe_lshift_func_uint16_t_u_u((((((l_3530 = (safe_sub_func_uint32_t_u_u(l_3653, ((l_3654 ^= (l_3653 != p_11)) || (l_3655 != &l_3530))))) , (5UL ^ ((l_3601 ^ ((**g_2692) != (*g_2693))) == 0xE5L))) & 1UL) >= 0x1154L) , p_11), p_11)) , (-1L)) < p_11), l_3601))) == p_11) <= l_3656) | (*g_2249)) , (***g_528)) ^ l_3653))
                { /* block id: 1648 */
                    uint32_t l_3661 = 18446744073709551615UL;
                    for (g_2981 = 0; (g_2981 <= 1); g_2981 += 1)
                    { /* block id: 1651 */
                        int16_t *****l_3658 = &l_3657;
                        if (p_11)
                            break;
                        (*l_3658) = l_3657;
                        l_3661 = (((++(**l_3525)) , &g_2497) != (p_11 , &g_3075));
                    }
                    l_3644 |= (safe_mul_func_uint16_t_u_u(p_11, (+((*g_2850) == l_3665))));
                }
                else
                { /* block id: 1658 */
                    if (l_3666)
                        break;
                    (*g_1889) = (void*)0;
                    (*g_1889) = &l_3530;
                }
                if ((safe_lshift_func_uint16_t_u_u(((safe_sub_func_uint32_t_u_u((((l_3671[0][4] , ((safe_div_func_uint64_t_u_u(((0x4C04F7D5L | (safe_sub_func_uint64_t_u_u(18446744073709551615UL, ((**g_2693) != (*g_192))))) && (*g_193)), (0x26L ^ (((p_11 || (+l_3598[1])) ^ l_3656) ^ 0x62484876FAF7B41FLL)))) <= 0x0CL)) <= l_3677) > (*l_3655)), 0xD3DB5258L)) ^ 1L), l_3677)))
                { /* block id: 1663 */
                    int32_t *l_3678 = &l_3530;
                    int32_t *l_3679[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_3679[i] = (void*)0;
                    l_3530 |= (*l_3655);
                    l_3687++;
                }
                else
                { /* block id: 1666 */
                    int32_t l_3690 = 0x60158F77L;
                    int32_t *l_3691 = &l_3677;
                    int32_t *l_3692 = (void*)0;
                    int32_t *l_3693 = &l_3644;
                    int32_t *l_3694 = &l_3677;
                    int32_t *l_3695 = &g_3597[5][0];
                    int32_t *l_3696 = (void*)0;
                    int32_t *l_3697 = &g_3597[5][0];
                    int32_t *l_3698 = &l_3684;
                    int32_t *l_3699[1][3][6] = {{{&l_3680,&l_3680,(void*)0,(void*)0,&l_3680,&l_3680},{&l_3680,(void*)0,(void*)0,&l_3680,&l_3680,(void*)0},{&l_3680,&l_3680,(void*)0,(void*)0,&l_3680,&l_3680}}};
                    uint32_t ***l_3709[2];
                    uint16_t l_3774 = 4UL;
                    int i, j, k;
                    for (i = 0; i < 2; i++)
                        l_3709[i] = &g_886;
                    if (p_11)
                        break;
                    l_3702--;
                    if (((safe_sub_func_uint16_t_u_u((((*g_3460) || p_11) , (((l_3707 == (g_886 = (l_3710 = (l_3708 = l_3525)))) , ((!(0xB734L != (((safe_mul_func_int16_t_s_s((safe_div_func_uint16_t_u_u((p_11 | 0L), 0x2E1FL)), (~(((safe_sub_func_uint8_t_u_u(l_3517, 0x10L)) && 2L) < p_11)))) == 255UL) >= (*l_3655)))) , l_3700)) & (*l_3655))), 65535UL)) , l_3681))
                    { /* block id: 1672 */
                        int32_t l_3722 = 0xECA825DEL;
                        int32_t l_3723 = (-1L);
                        uint16_t *l_3760[10][3][3] = {{{&g_73,&g_1167,&l_3702},{&g_752[2],&g_1167,&g_179},{(void*)0,(void*)0,(void*)0}},{{&l_3702,&g_73,&g_659},{&g_179,&g_752[2],&g_1167},{&g_1167,&g_752[2],&g_752[1]}},{{&g_73,&g_73,&g_752[2]},{&g_73,(void*)0,&g_1167},{(void*)0,&g_1167,(void*)0}},{{(void*)0,&g_1167,&g_179},{&g_752[2],(void*)0,(void*)0},{&g_752[2],&l_3702,&g_1167}},{{&g_659,&g_659,&g_752[2]},{&g_1167,&g_659,&g_752[1]},{(void*)0,&g_752[1],&g_1167}},{{(void*)0,&g_659,&g_659},{&g_1167,&g_179,(void*)0},{&g_659,&g_179,&g_179}},{{&g_752[2],&g_752[2],&l_3702},{&g_752[2],(void*)0,&g_752[2]},{(void*)0,&g_752[2],&g_1167}},{{(void*)0,&g_179,&g_73},{&g_73,&g_179,&g_179},{&l_3702,(void*)0,&l_3702}},{{&g_73,&g_659,&l_3702},{(void*)0,&l_3702,(void*)0},{(void*)0,&g_179,&l_3702}},{{&g_659,&g_752[2],&g_179},{&g_1167,&g_752[2],&g_73},{&g_1167,&g_73,&l_3702}}};
                        uint8_t ** const ***l_3761 = &g_2692;
                        int i, j, k;
                        l_3721 = &l_3677;
                        ++l_3724;
                        (*l_3697) = (((safe_mul_func_uint16_t_u_u(((safe_sub_func_int32_t_s_s(0L, ((**g_3459) != (safe_mul_func_int8_t_s_s(p_11, (safe_add_func_uint16_t_u_u((safe_div_func_uint32_t_u_u(((safe_sub_func_uint16_t_u_u(((((**l_3710)--) > (safe_div_func_int8_t_s_s(((254UL != ((l_3644 | (l_3743 == (g_3744 = (**g_527)))) | (((((safe_sub_func_uint16_t_u_u((safe_lshift_func_uint8_t_u_u(((safe_mod_func_int32_t_s_s((((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_uint8_t_u((safe_add_func_uint32_t_u_u(((**g_2979) |= (*l_3721)), (safe_sub_func_uint32_t_u_u(0UL, l_3683)))))), (*g_193))) <= p_11) , l_3656), p_11)) , (*l_3655)), p_11)), l_3653)) ^ 0xD086L) | (*l_3697)) <= p_11) != (****g_3075)))) & (*g_3460)), 0x5BL))) && p_11), 0x4A51L)) , 0xE33CB09DL), p_11)), 0xAFE3L))))))) , 1UL), p_11)) , &l_3702) == l_3760[2][0][2]);
                        l_3761 = &g_2692;
                    }
                    else
                    { /* block id: 1680 */
                        int16_t l_3762 = 0L;
                        int32_t l_3770 = 0x7DA9215AL;
                        int32_t l_3772[5] = {0x53DE5524L,0x53DE5524L,0x53DE5524L,0x53DE5524L,0x53DE5524L};
                        int i;
                        l_3774++;
                        l_3772[4] = (((void*)0 != &g_3459) ^ (l_3777 != (void*)0));
                        if ((*l_3694))
                            break;
                    }
                }
                ++l_3789;
                if (p_11)
                    continue;
            }
            for (l_3683 = 0; (l_3683 != 22); l_3683 = safe_add_func_int8_t_s_s(l_3683, 1))
            { /* block id: 1691 */
                uint64_t l_3812 = 18446744073709551610UL;
                for (l_3656 = (-30); (l_3656 > 7); l_3656 = safe_add_func_int64_t_s_s(l_3656, 8))
                { /* block id: 1694 */
                    int32_t *l_3796 = &l_3677;
                    int32_t *l_3797 = &l_3685;
                    int32_t *l_3798 = &g_183;
                    int32_t *l_3799 = &l_3684;
                    int32_t *l_3800 = &l_3644;
                    int32_t *l_3801 = &l_3768[1];
                    int32_t *l_3802 = &l_3684;
                    int32_t *l_3803 = &g_183;
                    int32_t *l_3804 = (void*)0;
                    int32_t *l_3805 = &g_3597[0][3];
                    int32_t *l_3806 = &l_3701[0];
                    int32_t *l_3807 = (void*)0;
                    int32_t *l_3808 = (void*)0;
                    int32_t *l_3809 = &l_3644;
                    int32_t *l_3810 = &l_3681;
                    int32_t *l_3811 = &l_3764;
                    if (l_3765[3])
                        break;
                    --l_3812;
                }
            }
            if ((((p_11 | p_11) , ((safe_mod_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((safe_div_func_int16_t_s_s((-1L), (+(l_3822[2][0] == &l_3777)))), 0L)) , (l_3824 != &l_3743)), (****g_2692))) , 2UL)) || p_11))
            { /* block id: 1699 */
                uint32_t l_3846 = 1UL;
                int64_t ***l_3850 = &g_3529[3][3][8];
                (*l_3721) = (safe_add_func_uint16_t_u_u(l_3601, (l_3701[0] = ((((255UL == ((safe_sub_func_int64_t_s_s((safe_div_func_uint16_t_u_u(((safe_div_func_int8_t_s_s(0xCAL, (safe_div_func_uint64_t_u_u((((safe_mul_func_uint8_t_u_u((***g_2693), (safe_div_func_int32_t_s_s(((safe_rshift_func_uint16_t_u_u((+(*l_3721)), (((l_3846 = (*l_3721)) == (((**g_3744) , ((safe_rshift_func_int8_t_s_u((l_3849 != ((*l_3850) = &g_3527)), 5)) <= (*l_3721))) >= p_11)) & 0L))) == 0x62B3L), (*l_3721))))) , 0x3AA3B8C42DAAAAF2LL) | (**g_3459)), p_11)))) , (*l_3721)), p_11)), l_3601)) & l_3601)) & l_3851) , 0x7B79L) >= p_11))));
            }
            else
            { /* block id: 1704 */
                int32_t **** const l_3870 = &g_3513;
                uint16_t l_3871 = 0x2357L;
                int32_t l_3875 = 0xC37AD794L;
                int32_t l_3938 = 0x5F4DC93DL;
                uint16_t *l_3950 = &g_1167;
                int32_t l_3962 = 0x6C6A2E21L;
                int32_t l_3963 = 1L;
                (*g_1889) = &l_3530;
                if ((safe_sub_func_uint8_t_u_u(0x65L, (safe_add_func_int64_t_s_s((safe_div_func_int32_t_s_s(p_11, (safe_add_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u((((safe_mod_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((*g_3460) ^ (((l_3871 = (safe_add_func_uint8_t_u_u(((void*)0 != &g_2027), (safe_rshift_func_int16_t_s_s((l_3870 == (void*)0), 1))))) & ((safe_lshift_func_uint8_t_u_u(p_11, p_11)) , p_11)) != g_3874[2][1][2])), l_3875)), 65528UL)) && 65535UL) >= l_3876), (*l_3721))), (*l_3721))))), p_11)))))
                { /* block id: 1707 */
                    int8_t l_3906 = (-1L);
                    for (g_3357 = 12; (g_3357 != 57); g_3357 = safe_add_func_int8_t_s_s(g_3357, 3))
                    { /* block id: 1710 */
                        uint16_t *l_3881 = &l_3702;
                        uint16_t *l_3903 = (void*)0;
                        uint16_t *l_3904[6];
                        int32_t l_3905 = 6L;
                        int32_t l_3907 = (-8L);
                        int i;
                        for (i = 0; i < 6; i++)
                            l_3904[i] = &g_179;
                        l_3907 = (safe_div_func_uint32_t_u_u(((++(*l_3881)) < (!p_11)), (safe_add_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_s((safe_add_func_uint32_t_u_u(((safe_lshift_func_int16_t_s_s(l_3765[0], (+(((safe_mul_func_uint8_t_u_u(l_3681, (safe_mod_func_uint64_t_u_u(((**g_3459) = ((((((((*l_3721) &= (0x106D9094L <= ((p_11 || (safe_add_func_uint32_t_u_u(l_3871, ((l_3900[6] == ((18446744073709551615UL >= ((l_3701[0] = (safe_add_func_uint32_t_u_u(l_3875, l_3700))) < 0x3C74L)) , l_3881)) == p_11)))) , p_11))) > l_3905) , 65533UL) != p_11) | l_3765[0]) && 0xEB71E6FEL) , (**g_3459))), p_11)))) != l_3906) || p_11)))) < 0x3CL), l_3871)), 4)) & 9L), p_11))));
                    }
                    for (l_3656 = 0; (l_3656 <= 3); l_3656 += 1)
                    { /* block id: 1719 */
                        int i;
                        (*g_1889) = &l_3765[l_3656];
                        return l_3765[l_3656];
                    }
                }
                else
                { /* block id: 1723 */
                    for (g_354 = (-28); (g_354 == (-14)); g_354 = safe_add_func_int64_t_s_s(g_354, 4))
                    { /* block id: 1726 */
                        l_3721 = &l_3701[0];
                    }
                }
                if ((*l_3721))
                    break;
                for (l_3517 = 0; (l_3517 >= 7); ++l_3517)
                { /* block id: 1733 */
                    uint64_t l_3920 = 0x332A5AE14A2BDFB0LL;
                    uint16_t *l_3921 = &g_752[2];
                    int32_t l_3922[7] = {1L,1L,1L,1L,1L,1L,1L};
                    int32_t l_3935 = 0xBF437BD5L;
                    int32_t *l_3949 = (void*)0;
                    int i;
                    if ((l_3765[0] > (((safe_mul_func_uint16_t_u_u((((((**g_3744) == ((((+p_11) <= p_11) , (safe_add_func_uint64_t_u_u((!(l_3644 = p_11)), 0L))) <= ((*l_3921) = ((**g_3459) && (l_3920 = (safe_lshift_func_int16_t_s_u(((*l_3721) = (-2L)), 8))))))) <= (**g_3744)) >= l_3922[0]) <= 0x2EEC2D120FEED502LL), (-1L))) < l_3700) && p_11)))
                    { /* block id: 1738 */
                        uint64_t l_3929 = 7UL;
                        int64_t *l_3934 = (void*)0;
                        l_3938 &= (safe_rshift_func_int16_t_s_s((safe_div_func_int64_t_s_s((safe_mod_func_int32_t_s_s((((l_3517 <= ((*l_3721) & ((l_3929 < ((l_3875 |= (safe_add_func_uint16_t_u_u(0x8C16L, (safe_add_func_int16_t_s_s(l_3922[0], ((l_3935 &= p_11) >= ((safe_rshift_func_int16_t_s_s((((((*g_408) == (**g_1634)) != (l_3766[5][0][2] & 0xEFL)) != l_3871) <= (*l_3721)), 11)) <= (*l_3721)))))))) , p_11)) , (-1L)))) > p_11) >= 0x3806CF389D0FCB30LL), 0x06102636L)), 0x17FB0F1F695C9EB6LL)), l_3766[5][0][2]));
                    }
                    else
                    { /* block id: 1742 */
                        int32_t *l_3946 = &l_3685;
                        int32_t **l_3947 = (void*)0;
                        int32_t **l_3948[6][6][4] = {{{(void*)0,(void*)0,&g_2077,&g_214[3]},{&g_788,&g_788,(void*)0,&g_214[3]},{&l_3946,&g_2077,&g_2077,&g_2077},{&l_3946,&g_214[3],&g_2077,&g_214[3]},{(void*)0,&g_788,(void*)0,&l_3721},{&g_214[3],&g_214[3],&g_214[3],&g_2077}},{{(void*)0,&g_214[3],&l_3721,(void*)0},{&g_2077,(void*)0,&g_788,&l_3721},{&g_788,&l_3721,&g_214[1],&l_3721},{&l_3946,&l_3946,&g_214[3],(void*)0},{&g_788,(void*)0,&g_788,&g_788},{&l_3946,&g_214[4],&g_2077,&g_214[1]}},{{&l_3946,&g_214[3],&g_788,&l_3946},{&g_788,&g_214[1],&g_214[3],(void*)0},{&l_3946,&g_214[2],&g_214[1],(void*)0},{&g_788,&g_788,&g_788,&l_3946},{&g_2077,&l_3946,&l_3721,&g_214[3]},{(void*)0,&g_788,&g_214[3],&g_2077}},{{&g_214[3],&g_2077,(void*)0,&g_788},{(void*)0,&g_214[3],&g_2077,(void*)0},{&l_3946,(void*)0,&g_2077,&g_214[4]},{&l_3946,&g_2077,(void*)0,&l_3946},{&g_788,&l_3946,&g_2077,&g_2077},{(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_214[4],&g_2077,&l_3946,(void*)0},{&g_788,(void*)0,&g_788,&g_788},{&g_788,&g_214[3],&g_2077,&g_788},{&g_214[3],(void*)0,&g_788,(void*)0},{&g_214[3],&g_2077,(void*)0,(void*)0},{&l_3721,(void*)0,&g_788,&g_2077}},{{&g_214[3],&l_3946,&g_214[3],&l_3946},{(void*)0,&g_2077,&l_3721,&g_214[4]},{&l_3946,(void*)0,&g_214[3],(void*)0},{&g_214[3],&g_214[3],(void*)0,&g_788},{(void*)0,&g_2077,(void*)0,&g_2077},{&g_2077,&g_788,&g_214[3],&g_214[3]}}};
                        int64_t *l_3959 = &l_3766[5][0][2];
                        int i, j, k;
                        (*l_3721) = (((safe_add_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_s((~((safe_div_func_int16_t_s_s(0x2B4DL, ((*l_3921) ^= ((((*l_3959) = (((l_3949 = l_3946) != &l_3684) & ((((l_3950 = (void*)0) == &l_3702) != ((safe_lshift_func_int16_t_s_s((p_11 , p_11), (safe_mod_func_uint8_t_u_u((((safe_mod_func_uint32_t_u_u((0x82A31A9396CDAD95LL | (safe_sub_func_int32_t_s_s((p_11 ^ 4294967295UL), l_3876))), p_11)) , p_11) | 0x5E54166E7C3D4A47LL), 0x43L)))) == p_11)) > 0xC6FE17D3D015D564LL))) != 5UL) , 65535UL)))) <= p_11)), 3)), (**g_192))) & p_11) | 2UL);
                        (*g_1889) = ((((((l_3938 |= p_11) != (*l_3721)) , (*g_2693)) == (**g_527)) < ((*g_193)++)) , &l_3763);
                        l_3964--;
                        l_3963 ^= (p_11 ^ l_3938);
                    }
                }
            }
        }
    }
    for (l_3724 = 2; (l_3724 <= 9); l_3724 += 1)
    { /* block id: 1760 */
        int32_t *l_3967 = &g_3597[1][0];
        int16_t *l_3971 = &g_189;
        uint8_t * const **l_3984 = &g_3744;
        int64_t *l_3992[9][10][2] = {{{&g_354,&g_417},{(void*)0,&g_354},{&g_912,&g_912},{&g_912,&g_354},{(void*)0,&g_417},{&g_354,&g_354},{&g_354,&g_912},{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354}},{{&g_912,&g_912},{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{(void*)0,(void*)0},{&g_912,&g_417}},{{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912},{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{&g_354,(void*)0}},{{&g_354,&g_354},{(void*)0,(void*)0},{&g_912,&g_417},{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912},{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354}},{{&g_354,(void*)0},{&g_354,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{(void*)0,(void*)0},{&g_912,&g_417},{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912}},{{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{(void*)0,(void*)0},{&g_912,&g_417},{&g_912,&g_912}},{{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912},{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{&g_354,(void*)0},{&g_354,&g_354}},{{(void*)0,(void*)0},{&g_912,&g_417},{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912},{&g_912,&g_417},{&g_912,(void*)0},{(void*)0,&g_354},{&g_354,(void*)0}},{{&g_354,&g_354},{&g_354,(void*)0},{&g_354,&g_354},{(void*)0,(void*)0},{&g_912,&g_417},{&g_912,&g_912},{&g_912,&g_354},{&g_354,&g_354},{&g_912,&g_912},{&g_912,&g_417}}};
        int32_t l_3999 = 0xF2263611L;
        int32_t l_4000 = 0x6F39457BL;
        int32_t l_4001 = 2L;
        int32_t l_4002 = 2L;
        int32_t **l_4020 = &g_2603;
        int32_t ***l_4019 = &l_4020;
        uint32_t ** const *l_4022 = &g_1291[7][1];
        uint32_t ** const **l_4021 = &l_4022;
        int8_t ***l_4060 = &g_2850;
        int i, j, k;
        (*l_3967) |= (*g_693);
        if (((((*l_3967) , (*l_3967)) && ((safe_sub_func_int16_t_s_s((l_3970 == l_3971), (((p_11 >= ((g_3972 , (safe_unary_minus_func_int16_t_s((((safe_div_func_int8_t_s_s(l_3764, ((safe_mod_func_uint64_t_u_u((safe_mod_func_int16_t_s_s((+l_3517), 8UL)), (*l_3967))) , 0xBCL))) & l_3700) > l_3981[1][4])))) >= (**g_192))) == l_3765[0]) , (*l_3967)))) != p_11)) | l_3982))
        { /* block id: 1762 */
            uint32_t l_3983 = 0xCEADC909L;
            if (l_3983)
                break;
        }
        else
        { /* block id: 1764 */
            uint8_t * const ***l_3985 = &l_3984;
            uint32_t *l_3986 = &g_1013;
            int32_t l_3991[10] = {1L,0L,0L,1L,(-1L),1L,0L,0L,1L,(-1L)};
            int32_t l_3993 = (-6L);
            uint16_t *l_4013 = (void*)0;
            uint16_t *l_4014 = &g_1167;
            int8_t ***l_4030 = (void*)0;
            int i;
            l_3993 ^= ((*l_3967) < (((((-1L) != ((((*g_2692) == ((*l_3985) = l_3984)) , (*g_886)) == l_3986)) <= (safe_div_func_int8_t_s_s(((****g_3075) = (safe_rshift_func_int16_t_s_u(((*l_3967) && l_3991[9]), ((void*)0 != l_3992[1][2][0])))), (****g_2692)))) <= p_11) & p_11));
            for (g_241 = 2; (g_241 <= 9); g_241 += 1)
            { /* block id: 1770 */
                uint64_t l_3994 = 18446744073709551610UL;
                int32_t l_3997 = 0xB2EB3878L;
                int32_t *l_3998[8][7];
                int i, j;
                for (i = 0; i < 8; i++)
                {
                    for (j = 0; j < 7; j++)
                        l_3998[i][j] = &l_3764;
                }
                l_3994--;
                l_4003[0][3][0]++;
                (*g_1889) = &l_3999;
            }
            if ((((safe_rshift_func_uint8_t_u_s((+1L), (l_3991[3] ^ 0L))) , ((safe_mul_func_int16_t_s_s(((((((safe_mul_func_uint16_t_u_u(((*l_4014)--), 65528UL)) || l_3763) >= (safe_add_func_uint32_t_u_u(((void*)0 == l_4019), (*l_3967)))) , (((((*g_193) || 1L) | (*l_3967)) == (****g_3075)) , 0x22CCL)) , l_4021) == (void*)0), p_11)) , 0x9C9EA226L)) , p_11))
            { /* block id: 1776 */
                int64_t **l_4025 = &g_3527;
                int8_t ***l_4028[8][1][5] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}}};
                uint32_t *****l_4037 = &g_745;
                const uint8_t *l_4040 = &g_1097;
                uint32_t **l_4046[7] = {&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292};
                int i, j, k;
                (*l_3967) = (*l_3967);
                for (g_628 = 2; (g_628 <= 9); g_628 += 1)
                { /* block id: 1780 */
                    int64_t **l_4033 = &l_3992[0][6][0];
                    int32_t l_4034 = 1L;
                    (*l_3967) = (l_3991[7] = ((((0x90950AC3L | ((((((safe_sub_func_int8_t_s_s((l_4025 != (((safe_lshift_func_uint8_t_u_s(0x81L, 2)) & ((l_4029 = l_4028[0][0][2]) == l_4030)) , &g_3527)), ((((safe_mul_func_int8_t_s_s(l_3991[9], (((*g_3460) = ((((l_4033 != (void*)0) & (-9L)) ^ 0x3A0DL) , l_3991[1])) ^ 0x0556659094DFB8B3LL))) ^ l_4034) <= l_4034) >= l_4034))) | l_3765[0]) < p_11) || p_11) != 65528UL) || 0x2DD4F2908AAC0F7ALL)) || l_4003[0][3][0]) == 0L) , 1L));
                    (*l_3967) = (&g_408 == &g_408);
                }
                if (l_3981[1][4])
                    break;
                for (g_880 = 9; (g_880 >= 0); g_880 -= 1)
                { /* block id: 1790 */
                    uint64_t l_4041 = 1UL;
                    for (l_3876 = 9; (l_3876 >= 0); l_3876 -= 1)
                    { /* block id: 1793 */
                        uint8_t l_4045 = 255UL;
                        int8_t ***l_4050 = &g_2850;
                        l_4041 = (p_11 || (safe_mul_func_uint8_t_u_u(l_3991[9], ((l_3724 && (l_4037 != ((p_11 != 0xAF15F833L) , (void*)0))) != ((0x6BL >= ((((l_3700 , (**g_528)) == l_4040) & 0xEF9BL) || 0L)) || (**g_3459))))));
                        (*g_1889) = &l_3764;
                        (*l_3967) = (+((((safe_mul_func_uint16_t_u_u((l_4045 , (((((void*)0 == l_4046[1]) != l_4047[2][0][2]) , (*g_610)) != l_3592)), (safe_lshift_func_int16_t_s_u(((void*)0 != l_4050), 13)))) , &g_3529[1][0][7]) != &g_3529[3][3][8]) == p_11));
                    }
                    return p_11;
                }
            }
            else
            { /* block id: 1800 */
                int64_t ***l_4055 = (void*)0;
                int32_t *l_4061 = &l_3991[6];
                (*l_4061) ^= (safe_div_func_int8_t_s_s((*g_2249), ((1L >= ((void*)0 == l_4055)) ^ ((*l_3967) ^= (0x344EB442L ^ (((safe_lshift_func_uint16_t_u_s((p_11 || ((*g_408) != (void*)0)), (safe_div_func_uint8_t_u_u(p_11, 0x74L)))) , l_4060) != (*g_3075)))))));
            }
        }
        return l_4003[1][1][0];
    }
    if (((*g_693) = (((*l_4068) = ((*l_4067) = (safe_sub_func_uint32_t_u_u((&g_1634 != l_4064[2][1]), (g_4066 ^= l_4065))))) && ((safe_lshift_func_uint8_t_u_s((((p_11 , (safe_mod_func_uint64_t_u_u(((**g_3459) = (safe_mod_func_uint16_t_u_u(((safe_add_func_int8_t_s_s(((((l_4077 = l_4077) != &g_3512[7]) , ((((p_11 , p_11) && ((((safe_div_func_uint16_t_u_u(((*l_3710) != (*l_3525)), p_11)) | p_11) ^ (***g_195)) | p_11)) > p_11) ^ p_11)) || 0x7AE9L), (*g_3745))) && 0x881CE4B848439092LL), p_11))), 0xB99F9DAF100AE58ALL))) > p_11) >= 0UL), p_11)) >= (-9L)))))
    { /* block id: 1813 */
        uint32_t l_4080 = 4UL;
        ++l_4080;
    }
    else
    { /* block id: 1815 */
        int32_t *l_4083 = (void*)0;
        int32_t l_4084 = 0x31F9C665L;
        int32_t l_4085 = 0x9DA250B2L;
        int32_t l_4086[9];
        int32_t l_4087 = 0x01D121AEL;
        int32_t l_4253 = 0xE5D5BBFDL;
        int i;
        for (i = 0; i < 9; i++)
            l_4086[i] = (-10L);
        (*g_1889) = l_4083;
        l_4084 = p_11;
        l_4088--;
        for (g_1118 = 1; (g_1118 <= 5); g_1118 += 1)
        { /* block id: 1821 */
            int8_t l_4111 = 0L;
            uint16_t *l_4142 = &g_752[2];
            int32_t l_4152 = 0x7029BF50L;
            int16_t ****l_4165 = &g_3604;
            uint64_t l_4187 = 0xFE7D2C9E07232B5DLL;
            uint32_t ***l_4252 = &g_886;
            int32_t l_4254 = 7L;
            for (g_628 = 1; (g_628 <= 5); g_628 += 1)
            { /* block id: 1824 */
                int32_t l_4091 = 7L;
                uint64_t l_4092[4] = {0x4DD98A33B7725D2CLL,0x4DD98A33B7725D2CLL,0x4DD98A33B7725D2CLL,0x4DD98A33B7725D2CLL};
                int32_t l_4188 = 0x92F809E4L;
                int i;
                l_4087 |= (l_4092[3] &= l_4091);
                for (l_4084 = 0; (l_4084 >= 0); l_4084 -= 1)
                { /* block id: 1829 */
                    int32_t l_4109[3][4][3] = {{{0L,0L,0L},{(-10L),(-10L),(-10L)},{0L,0L,0L},{(-10L),(-10L),(-10L)}},{{0L,0L,0L},{(-10L),(-10L),(-10L)},{0L,0L,0L},{(-10L),(-10L),(-10L)}},{{0L,0L,0L},{(-10L),(-10L),(-10L)},{0L,0L,0L},{(-10L),(-10L),(-10L)}}};
                    int32_t l_4110 = 0xC3E860ECL;
                    uint32_t l_4112 = 18446744073709551615UL;
                    int8_t ****l_4136[4][5][2] = {{{&l_4029,&l_4029},{&l_4029,&l_4029},{&g_2849,&l_4029},{&l_4029,&l_4029},{&g_2849,&l_4029}},{{&l_4029,&l_4029},{&l_4029,(void*)0},{&g_2849,&g_2849},{(void*)0,&l_4029},{(void*)0,(void*)0}},{{&l_4029,&l_4029},{&l_4029,(void*)0},{(void*)0,&l_4029},{(void*)0,&g_2849},{&g_2849,(void*)0}},{{&l_4029,&l_4029},{&l_4029,&l_4029},{&g_2849,&l_4029},{&l_4029,&l_4029},{&g_2849,&l_4029}}};
                    int16_t l_4145 = 0x3E59L;
                    int i, j, k;
                    if (((((l_4112 = (safe_lshift_func_int8_t_s_s(0x7AL, ((safe_sub_func_uint16_t_u_u((safe_div_func_int8_t_s_s(g_2238[l_4084][l_4084][(g_1118 + 1)], ((p_11 == l_4091) & (((safe_div_func_int64_t_s_s(((l_4110 ^= ((p_11 , (0xF77C9F14L >= (((--(*g_3460)) , ((safe_rshift_func_int8_t_s_u(((safe_mul_func_int16_t_s_s((safe_mod_func_uint16_t_u_u(p_11, l_4092[3])), 3L)) < p_11), 6)) <= (****g_3075))) , l_4109[2][2][0]))) || 0L)) ^ l_4091), l_4111)) , 0xA0D9L) > 65527UL)))), p_11)) , 0x58L)))) ^ 0xC39AE923797B100DLL) != p_11) <= p_11))
                    { /* block id: 1833 */
                        int64_t l_4137[7];
                        int i;
                        for (i = 0; i < 7; i++)
                            l_4137[i] = (-1L);
                        l_4110 = ((((safe_div_func_uint32_t_u_u((0x8F0CB5B0L || (safe_mod_func_int16_t_s_s((((+(safe_div_func_uint64_t_u_u(((safe_lshift_func_int16_t_s_s((safe_sub_func_uint16_t_u_u(((safe_div_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((((safe_lshift_func_int16_t_s_u((safe_mod_func_uint16_t_u_u((p_11 || p_11), (((void*)0 != &g_2810) || p_11))), (safe_add_func_uint64_t_u_u(0x1232FC59143878ACLL, (safe_mul_func_int8_t_s_s((*g_2249), 255UL)))))) , l_4136[3][0][1]) != &g_2849) & l_4137[5]), l_4111)), p_11)) , 0x55F3L), l_4092[2])), 0)) != p_11), p_11))) && l_4137[0]) > (*g_3460)), l_4112))), l_4112)) & 0x524EL) < p_11) <= (-8L));
                    }
                    else
                    { /* block id: 1835 */
                        if (p_11)
                            break;
                        l_4083 = &l_4087;
                    }
                    if (((((((**g_2850) = (safe_mod_func_int16_t_s_s((safe_mod_func_int32_t_s_s(((p_11 , l_4142) == l_4142), (safe_mod_func_int8_t_s_s((l_4111 | l_4145), (safe_lshift_func_uint16_t_u_s((safe_sub_func_int64_t_s_s(l_4111, (((p_11 ^ 0x88AEL) & (((*l_4068) = (safe_mul_func_uint8_t_u_u((p_11 > p_11), 0x72L))) != (**g_3459))) | p_11))), l_4112)))))), p_11))) ^ p_11) , p_11) , (void*)0) != (void*)0))
                    { /* block id: 1841 */
                        int16_t ****l_4164 = &g_3604;
                        int16_t *****l_4163 = &l_4164;
                        int32_t l_4168[7] = {0x3789B34BL,0x3789B34BL,1L,0x3789B34BL,0x3789B34BL,1L,0x3789B34BL};
                        int i;
                        l_4085 |= ((((l_4152 = l_4111) , (void*)0) == (*g_527)) <= (safe_lshift_func_uint8_t_u_u(((**g_192) = (safe_rshift_func_int16_t_s_s(((safe_div_func_int16_t_s_s((((l_4109[2][2][0] = ((**g_2850) = (l_4111 , (0xEBC5624AA6655DB0LL == ((safe_add_func_uint32_t_u_u(((safe_mul_func_uint16_t_u_u((((*l_4163) = (void*)0) == l_4165), (l_4168[4] = ((0x8626L >= (safe_lshift_func_int16_t_s_s(((*l_3970) = p_11), 4))) == p_11)))) , p_11), 0xE08B5997L)) ^ p_11))))) , p_11) > (*g_3460)), l_4086[7])) & 0x18L), p_11))), 5)));
                    }
                    else
                    { /* block id: 1850 */
                        volatile int32_t * volatile *l_4169 = &g_125;
                        (*g_1889) = &l_4091;
                        (*l_4169) = (*g_3043);
                        (**l_4169) ^= ((safe_mul_func_int16_t_s_s((-1L), (safe_mul_func_int8_t_s_s(p_11, (*g_193))))) || p_11);
                        return (**g_2850);
                    }
                    (*g_1889) = &l_4091;
                    l_4188 = (safe_add_func_int16_t_s_s(((safe_sub_func_int16_t_s_s((p_11 && p_11), 0UL)) || (((safe_rshift_func_uint16_t_u_s((safe_rshift_func_uint8_t_u_s((**g_3744), 7)), (l_4184 < (7L > (l_4110 ^= (l_4152 , (safe_sub_func_uint8_t_u_u(0x78L, ((((((*l_3970) |= 0x8E8EL) , l_4092[3]) , l_4187) , l_4111) > (*g_193)))))))))) && (***g_195)) ^ 0L)), 0x48F5L));
                }
            }
            for (l_4088 = 0; (l_4088 <= 5); l_4088 += 1)
            { /* block id: 1864 */
                const uint8_t l_4206 = 7UL;
                int32_t l_4213[9];
                const int32_t l_4227 = 0xC5081803L;
                int32_t ****l_4237 = &g_3513;
                uint32_t *** const l_4251[3] = {&l_3525,&l_3525,&l_3525};
                int16_t *** const *l_4278 = &g_3604;
                int16_t *** const **l_4277 = &l_4278;
                int i;
                for (i = 0; i < 9; i++)
                    l_4213[i] = 0L;
                l_4213[7] |= ((safe_div_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(((((((*g_3745) = ((safe_div_func_uint16_t_u_u(g_4195, (safe_rshift_func_int8_t_s_u(((safe_lshift_func_uint8_t_u_s(((**g_192) &= 0x4BL), 2)) && (((*l_4142)++) , ((void*)0 != (*g_3604)))), (safe_rshift_func_int16_t_s_u(p_11, (p_11 != p_11))))))) , (safe_mod_func_uint32_t_u_u((l_4206 == ((safe_mul_func_int16_t_s_s((safe_rshift_func_uint16_t_u_u((--(*l_4142)), 14)), (((p_11 || p_11) != p_11) && 0x44DF8F19L))) , 0x59D4314F7B553D99LL)), p_11)))) || p_11) >= p_11) && 0x29D3379641C11C17LL) == 0xD02CED5BF08405B2LL), p_11)) , l_4206), 1UL)) & l_4206);
                if ((safe_lshift_func_uint8_t_u_s((((+(safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u(p_11, ((((void*)0 != (**g_527)) || ((safe_lshift_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u(l_4227, (safe_lshift_func_uint16_t_u_s((((((void*)0 == l_4068) <= (safe_sub_func_uint8_t_u_u(((((!(((**l_3710) = p_11) & ((((0xBD3EDEFBL && (--(***l_3823))) & (((((((((l_4237 == l_4237) | g_4238) & p_11) == l_4239) ^ 0xC8AFL) >= 8UL) != 0xE643FE7FL) != p_11) != p_11)) < 0L) && p_11))) & (***g_195)) < 0x8CL) ^ p_11), l_4152))) <= 0xCFCEL) , 0x722AL), l_4111)))) < 0xF0L), 5)) > p_11)) , p_11))), p_11))) && 0L) == 1L), l_4213[7])))
                { /* block id: 1872 */
                    (*g_1889) = &l_4087;
                }
                else
                { /* block id: 1874 */
                    uint8_t **l_4240 = &g_193;
                    l_4087 = (((**g_2850) &= p_11) , (p_11 , ((void*)0 == l_4240)));
                }
                l_4254 &= (((****g_3075) = (**g_2248)) != (((safe_div_func_uint32_t_u_u(((((((2UL > (((safe_lshift_func_int16_t_s_u((safe_mul_func_int32_t_s_s((p_11 , 0x436F921DL), (((safe_rshift_func_int8_t_s_u((safe_add_func_int32_t_s_s(0x0325155FL, 2UL)), 5)) , 0x22L) == (0UL <= (l_4251[2] != l_4252))))), 2)) , p_11) && l_4253)) & p_11) > l_4213[8]) & l_4111) > l_4152) != l_4187), 0x25AA7698L)) >= l_4213[7]) == p_11));
                if (l_4152)
                    break;
                for (g_187 = 0; (g_187 <= 5); g_187 += 1)
                { /* block id: 1883 */
                    uint32_t l_4259 = 4UL;
                    int32_t l_4279 = 0x680CECBCL;
                    int32_t l_4281 = (-2L);
                    l_4281 ^= (safe_div_func_int32_t_s_s(((l_4152 = (l_4254 = (((safe_mod_func_uint8_t_u_u(0UL, ((p_11 & ((l_4259 & ((safe_mul_func_uint8_t_u_u(((safe_rshift_func_uint8_t_u_s(((**g_3744)--), 4)) > (safe_rshift_func_int8_t_s_s((((((~(*g_3460)) , ((*g_2603) = (((safe_rshift_func_uint16_t_u_s(((*l_4142) = 0UL), (safe_mod_func_int64_t_s_s((safe_add_func_uint16_t_u_u(65535UL, ((((*l_3970) |= ((l_4279 &= (((void*)0 == l_4277) != (0xE36409A29872115DLL > p_11))) <= p_11)) != p_11) | l_4259))), 0x1969E602DDEA100ELL)))) == 0UL) <= 0UL))) , p_11) & (**g_2248)) <= 0x4BL), p_11))), 0xEBL)) > (**g_2850))) == 1L)) , 0x93L))) | g_4280) & 0x4F4A20554A662857LL))) | p_11), p_11));
                    for (g_4066 = 0; (g_4066 <= 5); g_4066 += 1)
                    { /* block id: 1894 */
                        int16_t l_4289 = (-1L);
                        int32_t l_4306 = 7L;
                        (**g_124) |= (((*l_4142) = ((safe_add_func_uint64_t_u_u(l_4284, ((((((***g_528) = (((l_4289 = (((l_4281 &= l_4111) , l_4227) < (l_4279 = ((safe_mod_func_uint32_t_u_u(p_11, l_4279)) != p_11)))) | 0xF5509DF5FFFF49F0LL) , ((((*g_3460) = 18446744073709551615UL) < (safe_unary_minus_func_uint8_t_u((safe_rshift_func_uint8_t_u_s((l_4279 & 0x4DL), 0))))) ^ p_11))) || l_4227) > 0x4522039AL) , l_4187) , (**g_3459)))) != 0L)) > p_11);
                        l_4254 = (l_4152 = (((((safe_div_func_int64_t_s_s(((((((((safe_div_func_int64_t_s_s((safe_sub_func_int8_t_s_s((safe_mod_func_int32_t_s_s(p_11, ((((safe_lshift_func_uint16_t_u_u(((safe_unary_minus_func_uint8_t_u((0xABF2L != (((**g_2979) = (0x4CL <= ((p_11 && (p_11 || ((**l_4165) != (**g_3603)))) ^ 0xF3082987BC694B9DLL))) >= ((**l_3525) = (safe_rshift_func_int16_t_s_u(p_11, p_11))))))) <= p_11), p_11)) == p_11) > p_11) && l_4227))), 1UL)), l_4213[7])) & l_4213[4]) <= 0x4D43L) | p_11) <= 0x0AL) , 0x3F64L) == 65527UL) , (-6L)), l_4306)) , l_4259) || 0xD6DAL) || (**g_1661)) || (**g_2248)));
                        (*g_1889) = &l_4213[2];
                    }
                }
            }
        }
    }
    for (g_1641 = 0; g_1641 < 10; g_1641 += 1)
    {
        for (g_354 = 0; g_354 < 7; g_354 += 1)
        {
            for (g_283 = 0; g_283 < 3; g_283 += 1)
            {
                g_81[g_1641][g_354][g_283] = 0x3C335D4EL;
            }
        }
    }
    return p_11;
}


/* ------------------------------------------ */
/* 
 * reads : g_912 g_81 g_2429 g_2850 g_2851 g_527 g_528 g_192 g_193 g_129 g_2 g_3355 g_3357 g_3258 g_3259 g_3075 g_2849 g_2249 g_351 g_883 g_884 g_2979 g_2980 g_2981 g_659 g_187 g_126 g_1167 g_3447 g_1661 g_125 g_3511
 * writes: g_912 g_1097 g_2558 g_81 g_2429 g_351 g_187 g_3352 g_3259 g_3357 g_354 g_2981 g_241 g_2220 g_3458 g_3512
 */
static int8_t  func_12(const int32_t  p_13)
{ /* block id: 1490 */
    uint32_t l_3335 = 0xDD558932L;
    int32_t l_3336 = 0xEB58112FL;
    uint8_t l_3370 = 6UL;
    uint32_t ****l_3404 = (void*)0;
    int32_t l_3465 = 0L;
    int32_t l_3470 = 0xED882578L;
    int32_t l_3471 = 1L;
    int32_t l_3472 = (-9L);
    int32_t l_3473 = (-1L);
    int32_t l_3475 = (-7L);
    int32_t l_3477 = 1L;
    int32_t l_3479 = 0xA65C2551L;
    int32_t l_3481 = 0xA9595929L;
    int32_t l_3482 = 0x9E7989C0L;
    int32_t l_3483[3][2][9] = {{{0x92847946L,0x92847946L,4L,0x74509D24L,4L,0x92847946L,0x92847946L,4L,0x74509D24L},{0x0583E4DAL,(-1L),0x0583E4DAL,(-7L),(-7L),0x0583E4DAL,(-1L),0x0583E4DAL,(-7L)}},{{(-1L),4L,4L,(-1L),(-1L),(-1L),4L,4L,(-1L)},{0xEFF5B54FL,(-7L),0x97F5CD39L,(-7L),0xEFF5B54FL,0xEFF5B54FL,(-7L),0x97F5CD39L,(-7L)}},{{4L,(-1L),0x74509D24L,0x74509D24L,(-1L),4L,(-1L),0x74509D24L,0x74509D24L},{0xEFF5B54FL,0xEFF5B54FL,(-7L),0x97F5CD39L,(-7L),0xEFF5B54FL,0xEFF5B54FL,(-7L),0x97F5CD39L}}};
    uint32_t l_3484 = 0xFDE0F4EFL;
    int32_t *l_3487 = &l_3479;
    int32_t *l_3488 = &l_3470;
    int32_t *l_3489 = (void*)0;
    int32_t *l_3490 = &l_3336;
    int32_t *l_3491 = &g_81[4][5][2];
    int32_t *l_3492 = &l_3481;
    int32_t *l_3493 = &l_3483[1][0][0];
    int32_t *l_3494 = &l_3483[1][0][0];
    int32_t *l_3495 = &g_183;
    int32_t *l_3496 = (void*)0;
    int32_t *l_3497 = (void*)0;
    int32_t *l_3498[10] = {(void*)0,&l_3465,&l_3465,(void*)0,&l_3465,&l_3465,(void*)0,&l_3465,&l_3465,(void*)0};
    int32_t l_3499 = (-2L);
    int16_t l_3500 = 0L;
    int32_t l_3501 = 8L;
    int16_t l_3502 = 1L;
    uint8_t l_3503 = 1UL;
    const int32_t **l_3506[5] = {&g_3259,&g_3259,&g_3259,&g_3259,&g_3259};
    const int32_t *l_3507[8];
    int32_t ***l_3510 = (void*)0;
    int32_t **** const l_3509 = &l_3510;
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_3507[i] = &g_3508;
    for (g_912 = 0; (g_912 >= 25); g_912 = safe_add_func_uint32_t_u_u(g_912, 5))
    { /* block id: 1493 */
        uint16_t l_3353[10][9] = {{0UL,65527UL,65531UL,0xB203L,65531UL,65527UL,0UL,0x3BBDL,65527UL},{6UL,65534UL,0x144EL,0xB317L,1UL,0x8205L,65535UL,1UL,65534UL},{0UL,65531UL,0x3BBDL,65535UL,0UL,0UL,65535UL,0x3BBDL,65531UL},{1UL,9UL,0x8205L,0x4291L,0x144EL,0x8205L,4UL,65535UL,9UL},{65535UL,0xA96CL,0x96B3L,65535UL,0xA96CL,65527UL,1UL,65527UL,0xA96CL},{0xB317L,9UL,9UL,0xB317L,65535UL,1UL,1UL,65534UL,9UL},{0x62C0L,65531UL,0UL,0xB203L,65529UL,0xA96CL,1UL,65531UL,65531UL},{4UL,65534UL,65535UL,6UL,65535UL,65534UL,4UL,9UL,65534UL},{0xB203L,65527UL,0UL,65535UL,0xA96CL,0x96B3L,65535UL,0xA96CL,65527UL},{4UL,65535UL,9UL,65535UL,0x144EL,0x144EL,65535UL,9UL,65535UL}};
        uint8_t ****l_3374 = &g_528;
        uint8_t *****l_3373[7][10] = {{(void*)0,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,(void*)0,&l_3374,&l_3374},{&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374},{(void*)0,(void*)0,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,(void*)0,(void*)0,&l_3374},{&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374},{&l_3374,(void*)0,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,&l_3374,(void*)0,&l_3374},{&l_3374,&l_3374,(void*)0,&l_3374,(void*)0,&l_3374,&l_3374,&l_3374,&l_3374,(void*)0},{&l_3374,&l_3374,&l_3374,&l_3374,(void*)0,&l_3374,(void*)0,&l_3374,&l_3374,&l_3374}};
        int32_t l_3443 = 0x754F7B89L;
        int32_t l_3466 = (-1L);
        int32_t l_3467 = 1L;
        int32_t l_3468 = 0xF07A53E3L;
        int32_t l_3469 = 0x45D7F80FL;
        int32_t l_3474 = 1L;
        int32_t l_3476 = 0xBC51BCBFL;
        int32_t l_3478 = 0x205CFCA1L;
        int32_t l_3480[6][1] = {{1L},{(-10L)},{1L},{(-10L)},{1L},{(-10L)}};
        int i, j;
        for (g_1097 = 23; (g_1097 != 49); g_1097++)
        { /* block id: 1496 */
            uint8_t **l_3356 = (void*)0;
            const uint32_t *l_3369 = &g_3208;
            const uint32_t **l_3368 = &l_3369;
            const uint32_t ***l_3367[7][9] = {{(void*)0,&l_3368,&l_3368,&l_3368,&l_3368,(void*)0,(void*)0,&l_3368,&l_3368},{&l_3368,&l_3368,&l_3368,&l_3368,&l_3368,&l_3368,&l_3368,(void*)0,&l_3368},{&l_3368,&l_3368,&l_3368,&l_3368,&l_3368,&l_3368,(void*)0,&l_3368,&l_3368},{(void*)0,&l_3368,&l_3368,(void*)0,&l_3368,(void*)0,(void*)0,&l_3368,(void*)0},{(void*)0,(void*)0,&l_3368,&l_3368,(void*)0,(void*)0,(void*)0,&l_3368,&l_3368},{(void*)0,&l_3368,(void*)0,&l_3368,&l_3368,(void*)0,(void*)0,&l_3368,&l_3368},{&l_3368,(void*)0,&l_3368,(void*)0,&l_3368,&l_3368,(void*)0,&l_3368,(void*)0}};
            const uint32_t ****l_3366 = &l_3367[4][5];
            const uint32_t *****l_3365 = &l_3366;
            uint8_t ****l_3372 = &g_528;
            uint8_t *****l_3371 = &l_3372;
            int32_t l_3375 = 0xA35BE195L;
            int64_t *l_3405 = &g_417;
            int32_t l_3444[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
            uint64_t *l_3457 = &g_2172;
            uint64_t **l_3456 = &l_3457;
            uint64_t ***l_3455 = &l_3456;
            int32_t *l_3461 = &l_3375;
            int32_t *l_3462 = &g_81[3][5][1];
            int32_t *l_3463 = &g_81[4][5][2];
            int32_t *l_3464[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_3464[i][j] = &g_81[6][1][0];
            }
            for (g_2558 = 3; (g_2558 >= 0); g_2558 -= 1)
            { /* block id: 1499 */
                int32_t *l_3329 = &g_81[8][4][1];
                uint64_t *l_3330 = &g_2429;
                int16_t *l_3343 = &g_2220;
                int32_t ****l_3439 = (void*)0;
                (*l_3329) |= p_13;
                if ((((*l_3330)++) , 1L))
                { /* block id: 1502 */
                    (*l_3329) = (l_3336 = (safe_sub_func_int16_t_s_s(0xF343L, l_3335)));
                }
                else
                { /* block id: 1505 */
                    int64_t *l_3346 = (void*)0;
                    int32_t l_3351 = 0x18D6F604L;
                    int32_t l_3393 = 1L;
                    int i;
                    if (((l_3335 || (safe_mod_func_uint32_t_u_u((safe_rshift_func_int8_t_s_s(((**g_2850) = (-6L)), (l_3351 = (((g_3352 = (((safe_sub_func_uint32_t_u_u((((((void*)0 != l_3343) , (****g_527)) != 0L) | ((((safe_rshift_func_uint16_t_u_u(((void*)0 != l_3346), 11)) <= (safe_sub_func_uint32_t_u_u((safe_mod_func_int64_t_s_s(0xDCE61FC8EF192BE3LL, p_13)), (*l_3329)))) && g_2[1][3][0]) , p_13)), 0xC6D40EEFL)) < l_3351) , (void*)0)) != (void*)0) && l_3353[1][0])))), p_13))) , 0x50E8F048L))
                    { /* block id: 1509 */
                        if (p_13)
                            break;
                        (*g_3355) = &p_13;
                    }
                    else
                    { /* block id: 1512 */
                        uint64_t l_3358 = 0x18E535146316B562LL;
                        l_3356 = l_3356;
                        g_3357 |= l_3351;
                        l_3358++;
                    }
                    if ((**g_3258))
                        break;
                    for (g_354 = 0; (g_354 <= 3); g_354 += 1)
                    { /* block id: 1520 */
                        int16_t l_3392 = 1L;
                        l_3375 = (safe_div_func_int32_t_s_s(((safe_lshift_func_uint8_t_u_s(0x08L, 0)) <= (p_13 <= (((l_3365 != &g_2810) , l_3370) || (p_13 & (l_3371 != l_3373[4][0]))))), 5UL));
                        l_3393 &= ((safe_mul_func_int8_t_s_s((safe_add_func_int8_t_s_s((l_3336 = 0xBCL), ((safe_div_func_uint8_t_u_u((((safe_lshift_func_uint8_t_u_u((****g_527), 3)) != ((safe_mod_func_int8_t_s_s((safe_mod_func_int32_t_s_s((*l_3329), p_13)), (safe_add_func_uint64_t_u_u(1UL, (*l_3329))))) , 0UL)) == 9UL), ((****g_3075) = ((safe_rshift_func_int16_t_s_s(l_3351, 5)) , (-9L))))) , p_13))), l_3392)) < l_3351);
                        return (*g_2249);
                    }
                    if ((safe_div_func_int32_t_s_s((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_u(p_13, 8)) ^ (0x511FBD5DL ^ (&g_814 != (((p_13 > ((p_13 , l_3404) == (*g_883))) >= (l_3353[7][4] == 0x1518L)) , l_3405)))) >= 1UL), l_3353[1][0])), 6)), 0xB361BC80L)))
                    { /* block id: 1527 */
                        const int32_t **l_3406 = &g_3259;
                        uint32_t *****l_3407 = &g_2810;
                        uint64_t *l_3438 = &g_241;
                        int32_t *****l_3440 = &g_407;
                        int32_t *****l_3441[3][1];
                        const uint32_t l_3442 = 0x7AD108C3L;
                        uint16_t l_3445 = 65533UL;
                        int i, j;
                        for (i = 0; i < 3; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_3441[i][j] = &l_3439;
                        }
                        (*l_3406) = &p_13;
                        l_3336 = ((l_3353[3][8] , l_3407) != ((safe_lshift_func_uint16_t_u_s((safe_sub_func_uint16_t_u_u(((safe_mod_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((((safe_sub_func_int32_t_s_s(0x06B56C15L, (safe_div_func_uint16_t_u_u((safe_lshift_func_int8_t_s_s(p_13, (l_3444[6] = (l_3443 = (((safe_add_func_int16_t_s_s((safe_mod_func_uint16_t_u_u((p_13 <= (l_3375 = ((safe_sub_func_uint64_t_u_u((**l_3406), (((safe_add_func_uint64_t_u_u((((((((l_3393 & ((**g_2850) = ((((((**g_2979)--) > (((safe_rshift_func_uint8_t_u_u(246UL, 3)) > ((*l_3438) = ((*l_3330)--))) && ((l_3439 = ((l_3393 , 0xD1L) , l_3439)) != (void*)0))) & p_13) != l_3442) | p_13))) >= g_659) , (****g_3075)) && p_13) & l_3375) ^ g_126) , l_3393), g_2[0][0][0])) , (void*)0) == (void*)0))) != 8L))), 0x1461L)), (*l_3329))) , l_3335) > l_3393))))), 0x97B0L)))) && 4294967295UL) ^ p_13) ^ (*l_3329)), g_1167)), 65532UL)) == l_3370), l_3445)), p_13)) , &g_2810));
                    }
                    else
                    { /* block id: 1538 */
                        const int32_t **l_3446 = (void*)0;
                        (*g_3447) = &p_13;
                        l_3444[6] = 0xFCA0DCD8L;
                    }
                }
            }
            for (g_2220 = (-2); (g_2220 >= (-18)); g_2220 = safe_sub_func_int8_t_s_s(g_2220, 9))
            { /* block id: 1546 */
                uint32_t l_3450 = 1UL;
                if ((**g_1661))
                    break;
                --l_3450;
                for (g_187 = (-7); (g_187 >= (-8)); g_187--)
                { /* block id: 1551 */
                    return p_13;
                }
                g_3458 = l_3455;
            }
            --l_3484;
        }
        if (l_3353[7][2])
            continue;
        for (l_3478 = 1; (l_3478 <= 4); l_3478 += 1)
        { /* block id: 1561 */
            return l_3467;
        }
    }
    l_3503++;
    (*g_3258) = (l_3507[2] = &p_13);
    (*g_3511) = l_3509;
    return p_13;
}


/* ------------------------------------------ */
/* 
 * reads : g_2238 g_2693 g_192 g_193 g_129 g_2388 g_2979 g_2980 g_2981
 * writes: g_129 g_2388
 */
static int32_t  func_20(uint16_t  p_21, int8_t  p_22, uint32_t  p_23, uint32_t  p_24)
{ /* block id: 1484 */
    uint8_t *l_3314 = &g_2388[1][2];
    int64_t l_3315 = 0xCA27C1105A00971CLL;
    const int8_t ** const *l_3318 = &g_2248;
    const int8_t ** const **l_3317 = &l_3318;
    const int8_t ** const ***l_3316 = &l_3317;
    int8_t l_3322 = 0L;
    int32_t l_3323 = 0xEF6ABBA2L;
    l_3323 = (p_21 || (8L && (((((*l_3314) &= ((***g_2693) &= (p_24 ^ g_2238[0][0][0]))) , ((g_129 , (l_3315 , l_3316)) == (void*)0)) < (((+((safe_add_func_int32_t_s_s(l_3315, l_3315)) , (**g_2979))) , 255UL) < l_3322)) | p_21)));
    return l_3323;
}


/* ------------------------------------------ */
/* 
 * reads : g_73 g_3 g_2 g_81 g_111 g_123 g_124 g_127 g_129 g_125 g_126 g_183 g_187 g_112 g_189 g_192 g_195 g_213 g_229 g_193 g_214 g_283 g_308 g_241 g_354 g_407 g_417 g_351 g_472 g_473 g_474 g_179 g_527 g_528 g_610 g_628 g_814 g_408 g_693 g_859 g_883 g_884 g_885 g_886 g_887 g_880 g_1013 g_912 g_1097 g_788 g_1167 g_752 g_659 g_1661 g_1823 g_1118 g_1889 g_1236 g_1292 g_1320 g_1922 g_1959 g_2077 g_1641 g_2112 g_2026 g_2027 g_2246 g_2271 g_2247 g_2248 g_2249 g_1424 g_2429 g_1634 g_1222 g_611 g_2552 g_2601 g_2388 g_2238 g_2692 g_2693 g_2691 g_2849 g_2858 g_2602 g_2603 g_2850 g_2851 g_2901
 * writes: g_73 g_81 g_111 g_112 g_123 g_127 g_179 g_183 g_187 g_189 g_129 g_192 g_214 g_229 g_126 g_283 g_241 g_351 g_354 g_528 g_628 g_125 g_788 g_880 g_859 g_1013 g_659 g_883 g_417 g_407 g_1141 g_912 g_1118 g_752 g_1823 g_885 g_1889 g_1236 g_1959 g_2026 g_1097 g_2028 g_2172 g_2238 g_2247 g_2272 g_2388 g_2497 g_2537 g_1167 g_2429 g_2691 g_2809 g_2558 g_308 g_2077 g_2603
 */
static int32_t  func_27(uint32_t  p_28, uint64_t  p_29, int16_t  p_30)
{ /* block id: 4 */
    int16_t l_69 = 0xF69BL;
    const int64_t l_70 = 0xCEC8167BA9AC04BBLL;
    uint16_t *l_71 = (void*)0;
    uint16_t *l_72 = &g_73;
    uint16_t l_79 = 65535UL;
    int32_t *l_80 = &g_81[4][5][2];
    int16_t l_82 = (-1L);
    uint32_t *l_627 = &g_628;
    uint16_t l_1826 = 65526UL;
    int64_t l_1827 = 0x8A030469C78FEE13LL;
    uint32_t ***** const l_2410[2] = {(void*)0,(void*)0};
    int64_t l_2428[6] = {0x0FAFC1B524519082LL,0x0FAFC1B524519082LL,0x0FAFC1B524519082LL,0x0FAFC1B524519082LL,0x0FAFC1B524519082LL,0x0FAFC1B524519082LL};
    int32_t l_2486[8][10] = {{0x3D78C5D1L,0xC87378A4L,0x4AA222FFL,(-6L),(-3L),(-3L),(-6L),0x4AA222FFL,0xC87378A4L,0x3D78C5D1L},{(-1L),7L,0xAA6EBB62L,0x3D78C5D1L,0xC87378A4L,0x4AA222FFL,(-6L),(-3L),(-3L),(-6L)},{(-3L),0xC87378A4L,7L,7L,0xC87378A4L,(-3L),0x4AA222FFL,0xAA6EBB62L,(-1L),0x3D78C5D1L},{0xC87378A4L,(-6L),7L,0x3D78C5D1L,(-3L),0xAA6EBB62L,0xAA6EBB62L,(-3L),0x3D78C5D1L,7L},{0xC87378A4L,0xC87378A4L,0xAA6EBB62L,(-6L),(-1L),(-3L),7L,0x4AA222FFL,0x3D78C5D1L,0x3D78C5D1L},{(-3L),7L,0x4AA222FFL,0x3D78C5D1L,0x3D78C5D1L,0x4AA222FFL,7L,(-3L),(-1L),(-6L)},{(-1L),0xC87378A4L,(-6L),7L,0x3D78C5D1L,(-3L),0xAA6EBB62L,0xAA6EBB62L,(-3L),0x3D78C5D1L},{0x3D78C5D1L,(-6L),(-6L),0x3D78C5D1L,(-1L),0xAA6EBB62L,0x4AA222FFL,(-3L),0xC87378A4L,7L}};
    uint16_t l_2515 = 65535UL;
    uint64_t l_2559[1];
    int32_t ****l_2565 = &g_408;
    int32_t **l_2600 = (void*)0;
    int32_t ***l_2599 = &l_2600;
    uint32_t l_2627 = 7UL;
    int16_t l_2698 = 0x723BL;
    uint32_t l_2751 = 1UL;
    uint32_t * const *l_2905 = &g_1292;
    uint32_t l_2956 = 18446744073709551610UL;
    uint32_t * const *l_2975 = (void*)0;
    uint32_t * const **l_2974 = &l_2975;
    uint32_t * const ***l_2973 = &l_2974;
    uint32_t * const ****l_2972 = &l_2973;
    int32_t l_3034 = 0x44168F90L;
    int32_t l_3037 = (-10L);
    uint64_t l_3096 = 0UL;
    int32_t l_3145 = 0x8017F907L;
    int16_t l_3146[5];
    int8_t **** const l_3212 = &g_2849;
    uint32_t l_3270 = 6UL;
    int i, j;
    for (i = 0; i < 1; i++)
        l_2559[i] = 2UL;
    for (i = 0; i < 5; i++)
        l_3146[i] = 0xC5C7L;
    if ((safe_sub_func_int32_t_s_s((safe_rshift_func_uint8_t_u_s(func_35((safe_div_func_uint16_t_u_u((safe_unary_minus_func_int16_t_s(((p_29 && ((func_42(func_44(((*l_627) &= (func_48(p_28, ((func_53((safe_lshift_func_int8_t_s_s((((safe_sub_func_int32_t_s_s(((*l_80) = (safe_lshift_func_int8_t_s_u(((safe_mod_func_int64_t_s_s(((safe_rshift_func_uint8_t_u_u(l_69, l_70)) | ((*l_72)--)), (~(((l_71 == (void*)0) || l_70) != (((safe_mod_func_int32_t_s_s(g_3, l_79)) , p_28) > l_69))))) < g_2[1][3][0]), l_69))), g_2[2][1][1])) < g_3) == p_29), l_82)), p_28, g_3, p_29, p_30) && 0xB1C40FADL) | (-1L)), p_30, g_308) , (*l_80))), p_28, g_308)) != l_1826) >= l_1827)) ^ 0xD0A61EFEL))), p_28)), l_69, p_30), 3)), 8L)))
    { /* block id: 1017 */
        int32_t *l_2360 = &g_81[7][0][0];
        int8_t *l_2363 = &g_187;
        int32_t *l_2381[8][9][3] = {{{&g_1922[2][4],&g_1922[6][1],(void*)0},{&g_1922[2][4],&g_1922[3][3],&g_308},{&g_1922[2][4],&g_1922[2][4],&g_1922[2][4]},{&g_1922[6][2],&g_308,&g_1922[2][4]},{&g_1922[1][2],&g_1922[2][4],&g_880},{&g_1922[2][4],&g_880,&g_880},{&g_880,&g_1922[0][0],&g_308},{&g_1922[3][0],&g_1922[5][4],&g_1922[6][2]},{&g_1922[2][4],&g_1922[3][2],&g_880}},{{(void*)0,&g_880,&g_1922[2][4]},{&g_308,&g_1922[2][4],&g_1922[2][4]},{&g_1922[3][2],&g_1922[6][2],&g_308},{&g_1922[2][4],&g_1922[2][4],&g_1922[1][3]},{&g_1922[2][4],&g_880,&g_308},{&g_1922[2][4],&g_880,&g_1922[5][2]},{(void*)0,&g_1922[1][3],&g_1922[2][4]},{&g_1922[2][4],&g_1922[2][4],&g_1922[5][2]},{&g_1922[3][3],&g_1922[2][4],&g_308}},{{&g_1922[2][4],&g_308,&g_1922[1][3]},{&g_880,&g_1922[5][1],&g_1922[1][3]},{&g_880,&g_308,&g_880},{(void*)0,(void*)0,(void*)0},{&g_1922[1][2],&g_1922[2][4],&g_1922[3][1]},{(void*)0,&g_1922[1][0],&g_1922[2][4]},{&g_308,&g_1922[3][3],&g_1922[1][2]},{&g_880,&g_308,&g_308},{&g_880,&g_880,&g_1922[2][4]}},{{&g_1922[2][4],&g_1922[2][4],(void*)0},{&g_880,&g_1922[2][4],&g_1922[5][4]},{&g_308,&g_1922[2][4],&g_1922[2][4]},{&g_880,&g_1922[2][4],&g_1922[2][4]},{&g_1922[2][1],(void*)0,&g_1922[1][4]},{(void*)0,&g_880,&g_1922[2][4]},{(void*)0,&g_880,&g_308},{&g_308,(void*)0,&g_880},{&g_880,&g_1922[2][4],&g_1922[5][1]}},{{&g_1922[5][2],&g_1922[2][4],&g_1922[3][1]},{&g_1922[3][3],&g_1922[2][4],&g_880},{&g_880,&g_1922[2][4],(void*)0},{(void*)0,&g_880,&g_1922[2][4]},{&g_308,&g_308,&g_1922[2][4]},{&g_880,&g_1922[3][3],(void*)0},{&g_1922[2][4],&g_1922[1][0],&g_1922[5][2]},{(void*)0,&g_1922[2][4],&g_1922[2][4]},{&g_880,(void*)0,&g_1922[2][0]}},{{&g_1922[2][4],&g_308,&g_308},{&g_1922[2][4],&g_1922[5][1],&g_1922[2][4]},{&g_1922[2][4],&g_1922[1][3],&g_1922[2][4]},{&g_1922[2][4],&g_880,&g_880},{&g_1922[2][4],&g_1922[4][2],&g_308},{&g_1922[2][4],&g_880,&g_880},{&g_1922[2][4],&g_1922[6][1],(void*)0},{&g_1922[2][4],&g_1922[2][4],&g_880},{&g_1922[2][4],&g_1922[3][0],&g_1922[4][4]}},{{&g_1922[2][4],&g_308,&g_880},{&g_1922[2][4],(void*)0,&g_1922[2][4]},{&g_880,&g_1922[3][1],(void*)0},{(void*)0,&g_1922[2][4],(void*)0},{&g_1922[2][4],&g_308,&g_1922[2][4]},{&g_880,&g_1922[6][1],&g_1922[2][4]},{&g_308,&g_308,&g_308},{(void*)0,&g_1922[0][0],&g_880},{&g_880,(void*)0,&g_880}},{{&g_1922[3][3],&g_308,&g_1922[2][4]},{&g_1922[5][2],(void*)0,&g_1922[2][4]},{&g_880,&g_1922[2][4],&g_1922[2][4]},{&g_308,&g_1922[3][2],(void*)0},{(void*)0,&g_1922[6][2],(void*)0},{(void*)0,(void*)0,&g_1922[2][4]},{&g_1922[2][1],(void*)0,&g_1922[2][4]},{&g_880,&g_880,&g_1922[2][4]},{&g_308,&g_880,&g_880}}};
        int32_t **l_2380 = &l_2381[7][7][1];
        int32_t l_2485[7][7] = {{0x466897A3L,(-10L),1L,0x04EAB37BL,0x7D6049ECL,0x7D6049ECL,0x04EAB37BL},{0x0E3891B8L,(-3L),0x0E3891B8L,0xA22B319EL,0x04EAB37BL,0x466897A3L,(-1L)},{1L,(-10L),0x466897A3L,0xA22B319EL,0x466897A3L,(-10L),1L},{(-10L),(-7L),(-1L),0x04EAB37BL,0x10FE0A13L,0x466897A3L,0x10FE0A13L},{(-10L),0x10FE0A13L,0x10FE0A13L,0x10FE0A13L,(-7L),0x466897A3L,1L},{(-3L),0x466897A3L,0x0E3891B8L,(-7L),(-7L),0x0E3891B8L,0x466897A3L},{(-7L),(-3L),(-1L),(-10L),0xA22B319EL,1L,1L}};
        int8_t **l_2520 = &l_2363;
        int8_t ***l_2519 = &l_2520;
        int8_t **** const l_2518 = &l_2519;
        uint16_t *l_2550[2][5][5] = {{{&g_659,&g_752[1],&g_659,&g_752[1],&g_659},{&l_1826,(void*)0,(void*)0,&l_1826,&l_1826},{(void*)0,&g_752[1],(void*)0,&g_752[1],(void*)0},{&l_1826,&l_1826,(void*)0,(void*)0,&l_1826},{&g_659,&g_752[1],&g_659,&g_752[1],&g_659}},{{&l_1826,(void*)0,(void*)0,&l_1826,&l_1826},{(void*)0,&g_752[1],(void*)0,&g_752[1],(void*)0},{&l_1826,&l_1826,(void*)0,(void*)0,&l_1826},{&g_659,&g_752[1],&g_659,&g_752[1],&g_659},{&l_1826,(void*)0,(void*)0,&l_1826,&l_1826}}};
        int32_t *l_2553 = &g_81[4][5][2];
        int32_t *l_2554 = &g_81[4][5][2];
        int32_t *l_2555 = (void*)0;
        int32_t *l_2556 = &l_2485[1][1];
        int32_t *l_2557[2][2][2] = {{{&l_2486[0][7],&l_2486[5][7]},{&l_2486[0][7],&l_2486[0][7]}},{{&l_2486[5][7],&l_2486[0][7]},{&l_2486[0][7],&l_2486[5][7]}}};
        int32_t ****l_2566 = &g_408;
        int16_t l_2697 = (-1L);
        int i, j, k;
        (*g_1889) = l_2360;
        if ((safe_mod_func_int8_t_s_s(((*g_193) , (*l_2360)), (g_2112 , ((*l_2363) |= (**g_2248))))))
        { /* block id: 1020 */
            int32_t ***l_2382 = &l_2380;
            int32_t **l_2384 = &l_2381[0][7][0];
            int32_t ***l_2383 = &l_2384;
            int32_t l_2385[1];
            uint64_t *l_2386[5];
            int16_t *l_2387 = &l_82;
            int8_t ****l_2409 = (void*)0;
            int32_t l_2479 = 0x3CBFE7F7L;
            int16_t l_2489[7][7][4] = {{{3L,0xB5D9L,0x5336L,0x97B5L},{0xB76BL,1L,3L,(-1L)},{0xF04FL,0xB5D9L,0xF04FL,0x0C19L},{0xF04FL,0x0C19L,3L,0x9BEBL},{0xB76BL,0x667DL,0x5336L,0x0C19L},{3L,0xD2C1L,0x5336L,(-1L)},{0xB76BL,0x163EL,3L,0x97B5L}},{{0xF04FL,0xD2C1L,0xF04FL,0x667DL},{0xF04FL,0x667DL,3L,1L},{0xB76BL,0x0C19L,0x5336L,0x667DL},{3L,0xB5D9L,0x5336L,0x97B5L},{0xB76BL,1L,3L,(-1L)},{0xF04FL,0xB5D9L,0xF04FL,0x0C19L},{0xF04FL,0x0C19L,3L,0x9BEBL}},{{0xB76BL,0x667DL,0x5336L,0x0C19L},{3L,0xD2C1L,0x5336L,(-1L)},{0xB76BL,0x163EL,3L,0x97B5L},{0xF04FL,0xD2C1L,0xF04FL,0x667DL},{0xF04FL,0x667DL,3L,1L},{0xB76BL,0x0C19L,0x5336L,0x667DL},{3L,0xB5D9L,0x5336L,0x97B5L}},{{0xB76BL,1L,3L,(-1L)},{0xF04FL,0xB5D9L,0xF04FL,0x0C19L},{0xF04FL,0x0C19L,3L,0x9BEBL},{0xB76BL,0x667DL,0x5336L,0x0C19L},{3L,0xD2C1L,0x5336L,(-1L)},{0xB76BL,0x163EL,3L,0x97B5L},{0xF04FL,0xD2C1L,0xF04FL,0x667DL}},{{0xF04FL,0x667DL,3L,0x97B5L},{3L,1L,0xB5AEL,0x9BEBL},{0xF04FL,0x163EL,0xB5AEL,0xD2C1L},{3L,0x0C19L,0xF04FL,0xB5D9L},{0x5336L,0x163EL,0x5336L,1L},{0x5336L,1L,0xF04FL,(-1L)},{3L,0x9BEBL,0xB5AEL,1L}},{{0xF04FL,1L,0xB5AEL,0xB5D9L},{3L,0x667DL,0xF04FL,0xD2C1L},{0x5336L,1L,0x5336L,0x9BEBL},{0x5336L,0x9BEBL,0xF04FL,0x97B5L},{3L,1L,0xB5AEL,0x9BEBL},{0xF04FL,0x163EL,0xB5AEL,0xD2C1L},{3L,0x0C19L,0xF04FL,0xB5D9L}},{{0x5336L,0x163EL,0x5336L,1L},{0x5336L,1L,0xF04FL,(-1L)},{3L,0x9BEBL,0xB5AEL,1L},{0xF04FL,1L,0xB5AEL,0xB5D9L},{3L,0x667DL,0xF04FL,0xD2C1L},{0x5336L,1L,0x5336L,0x9BEBL},{0x5336L,0x9BEBL,0xF04FL,0x97B5L}}};
            const int8_t ****l_2495 = &g_2247;
            uint32_t *l_2534 = (void*)0;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_2385[i] = 0x9011223FL;
            for (i = 0; i < 5; i++)
                l_2386[i] = &g_2172;
            if (((*l_2360) = (((-1L) || ((((*l_2360) <= (((**g_192) = (safe_add_func_int64_t_s_s(((safe_mul_func_uint16_t_u_u(((g_2388[0][0] = (safe_mod_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((p_28 | (safe_sub_func_uint16_t_u_u(0xE830L, p_28))), ((*l_2387) = ((g_241 = (0x884ADC43AA2E8A96LL >= ((0x8C44L != (safe_sub_func_uint8_t_u_u((((safe_lshift_func_uint16_t_u_s((safe_mul_func_int16_t_s_s((((*l_2382) = l_2380) == ((*l_2383) = &l_2381[7][7][1])), (*l_2360))), 0)) || 0x57072303308098EDLL) > l_2385[0]), p_29))) | (*l_80)))) > l_2385[0])))), 255UL))) , l_2385[0]), 5UL)) | p_29), p_29))) | 0x95L)) & l_2385[0]) || g_659)) != p_28)))
            { /* block id: 1028 */
                int32_t l_2402 = 0xC7AB91DBL;
                int32_t l_2412 = (-3L);
                int8_t * const *l_2478 = &l_2363;
                int8_t * const **l_2477 = &l_2478;
                int32_t l_2487[7];
                uint32_t l_2516 = 18446744073709551615UL;
                int i;
                for (i = 0; i < 7; i++)
                    l_2487[i] = 0x9DAECC8CL;
                for (g_187 = 0; (g_187 == (-12)); g_187--)
                { /* block id: 1031 */
                    uint32_t l_2411 = 4294967287UL;
                    for (l_79 = 2; (l_79 <= 8); l_79 += 1)
                    { /* block id: 1034 */
                        const int32_t *l_2421 = &g_81[2][0][1];
                        const int32_t **l_2422 = &l_2421;
                        uint64_t l_2427 = 4UL;
                        l_2412 ^= ((*l_2360) = (((p_28 || (***g_528)) >= ((safe_add_func_uint64_t_u_u((safe_add_func_int32_t_s_s((((*l_2387) = ((safe_add_func_int8_t_s_s((+(safe_rshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s(l_2402, (safe_mod_func_int64_t_s_s(0x51120CEF36128561LL, (safe_add_func_int8_t_s_s((((0x7BL >= ((safe_mod_func_int16_t_s_s((l_2409 == ((((p_29 == (&g_884 != l_2410[1])) , 0x039FL) || 0xA481L) , (void*)0)), p_30)) ^ 18446744073709551606UL)) | 0UL) , 6L), l_2411)))))), 0))), p_29)) < 0x0B3FL)) || 0x2ED7L), p_30)), 0xB4F48DBEEBAE8CD4LL)) , p_30)) , 0L));
                        if (p_28)
                            break;
                        (*l_80) = ((p_29 == (((safe_mul_func_uint8_t_u_u((((safe_mod_func_uint8_t_u_u(0xE6L, (g_111 ^ (p_28 != ((safe_mod_func_uint64_t_u_u((((((*l_2422) = l_2421) == &l_2385[0]) <= (safe_lshift_func_int16_t_s_u(((((safe_sub_func_int8_t_s_s((*l_80), l_2427)) >= (****g_527)) == 0xCB9E2C173825C081LL) , l_2385[0]), l_2428[4]))) , g_2429), p_29)) >= l_2412))))) | p_29) ^ p_29), (***g_528))) == 1L) > 0xE34540E671CC9824LL)) == p_30);
                        (*l_2360) ^= ((void*)0 != (*g_1634));
                    }
                }
                (*g_693) = (safe_mod_func_int16_t_s_s(((*l_2387) = (((*l_80) != (safe_rshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((8L == p_30), (*g_193))), (safe_mul_func_int8_t_s_s(p_29, (safe_mod_func_uint16_t_u_u(l_2385[0], 8L)))))), 8))) , 0xADD4L)), 65527UL));
                for (p_28 = 0; (p_28 != 21); p_28 = safe_add_func_int64_t_s_s(p_28, 7))
                { /* block id: 1048 */
                    const uint32_t l_2480[7][7][3] = {{{0x6B6FDCF9L,0xBD42C570L,4294967294UL},{0x8AF2646DL,0UL,7UL},{0x2424B1B3L,0x931949A7L,8UL},{0UL,0x931949A7L,1UL},{0UL,0UL,1UL},{1UL,0xBD42C570L,0UL},{3UL,8UL,1UL}},{{4294967295UL,0UL,0x53011701L},{0x68149F9EL,3UL,1UL},{0x931949A7L,0x8880333DL,0UL},{7UL,0x4FC9007EL,1UL},{4294967287UL,0x3EB200F0L,1UL},{1UL,1UL,8UL},{1UL,7UL,7UL}},{{4294967287UL,0x53011701L,4294967294UL},{7UL,0x2424B1B3L,1UL},{0x931949A7L,0x68149F9EL,0x5916DE38L},{0x68149F9EL,4294967294UL,0x931949A7L},{4294967295UL,0x68149F9EL,0x15FCB699L},{3UL,0x2424B1B3L,1UL},{1UL,0x53011701L,0x2424B1B3L}},{{0UL,7UL,0x9ED6D21AL},{0UL,1UL,0x9ED6D21AL},{0x2424B1B3L,0x3EB200F0L,0x2424B1B3L},{0x8AF2646DL,0x4FC9007EL,1UL},{0x6B6FDCF9L,0x8880333DL,0x15FCB699L},{1UL,3UL,0x931949A7L},{0UL,0UL,0x5916DE38L}},{{1UL,8UL,1UL},{0x6B6FDCF9L,0xBD42C570L,4294967294UL},{0x8AF2646DL,0UL,7UL},{0x2424B1B3L,0x931949A7L,8UL},{0UL,0x931949A7L,1UL},{0UL,0UL,1UL},{1UL,0xBD42C570L,0UL}},{{3UL,8UL,1UL},{4294967295UL,0UL,0x2424B1B3L},{1UL,1UL,8UL},{0UL,0x68149F9EL,1UL},{4294967295UL,1UL,0UL},{0x3EB200F0L,0x9ED6D21AL,0x4FC9007EL},{8UL,0x4FC9007EL,4294967294UL}},{{8UL,4294967295UL,4294967295UL},{0x3EB200F0L,0x2424B1B3L,0UL},{4294967295UL,0xBD42C570L,1UL},{0UL,1UL,0xB2A156D1L},{1UL,0UL,0UL},{0x8880333DL,1UL,0x53011701L},{1UL,0xBD42C570L,0x5916DE38L}}};
                    int32_t l_2488[10][9] = {{0x565CA3CDL,(-1L),8L,8L,(-1L),0x565CA3CDL,(-6L),0xF2B6883AL,(-6L)},{0xF2B6883AL,0xE9A76665L,0L,0x0464EB90L,2L,0xA3E4CC66L,0xA15B5A56L,0L,0L},{0L,(-1L),2L,1L,0xB2C59FA5L,(-1L),(-6L),0xCC2AE236L,0L},{(-6L),0L,0L,0xE9A76665L,0L,0L,0xE9A76665L,0L,0L},{2L,0L,0xE9A76665L,(-6L),0x565CA3CDL,0x2968CB50L,1L,1L,0L},{0xA15B5A56L,0xB2C59FA5L,(-3L),0L,1L,1L,0x2968CB50L,0x565CA3CDL,(-6L)},{0xA3E4CC66L,0L,(-6L),0L,0L,0xE9A76665L,0L,0L,0xE9A76665L},{0xCC2AE236L,0L,0xA3E4CC66L,0L,0xCC2AE236L,(-6L),(-1L),0xB2C59FA5L,1L},{(-6L),(-1L),0xF3F0B929L,0L,0L,0xA15B5A56L,0xA3E4CC66L,2L,0x0464EB90L},{0x0464EB90L,0xE9A76665L,0x5C27895DL,(-6L),0xF2B6883AL,(-6L),0x565CA3CDL,(-1L),8L}};
                    int i, j, k;
                    if ((!(~((((safe_add_func_int16_t_s_s((safe_mod_func_int16_t_s_s((((safe_mod_func_uint8_t_u_u(0UL, 1UL)) <= ((!(safe_mul_func_int16_t_s_s(((((safe_div_func_uint32_t_u_u(l_2385[0], ((((safe_mul_func_int16_t_s_s(g_912, (((((*l_2363) &= ((~((safe_add_func_uint32_t_u_u(l_2412, (safe_div_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((((safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s(((((**g_192) = 0x53L) , 0xE62F9B85L) , (safe_unary_minus_func_uint64_t_u(((safe_sub_func_int16_t_s_s(((safe_lshift_func_int8_t_s_u(((((p_28 && (safe_lshift_func_uint8_t_u_u(l_2412, 3))) , l_2477) == &l_2478) && g_354), l_2479)) == l_2402), 0x2082L)) , g_126)))), (*l_2360))), g_2429)) | l_2412) , (*g_193)), l_2480[6][3][0])), 8UL)))) && (*g_2249))) >= g_189)) <= 4L) != 0x27346146BAD18B4BLL) | p_28))) == p_28) , (*l_2360)) & 4294967294UL))) || p_28) || 0x50L) && l_2385[0]), 65535UL))) , l_2402)) || p_29), 0x0906L)), (*l_2360))) || l_2402) && 0xFF891747L) || g_2[1][3][0]))))
                    { /* block id: 1051 */
                        int32_t *l_2481 = &l_2402;
                        int32_t *l_2482 = &l_2402;
                        int32_t *l_2483 = &l_2385[0];
                        int32_t *l_2484[2][9][4] = {{{(void*)0,&g_81[3][6][0],&l_2402,&l_2479},{&l_2479,&l_2412,(void*)0,&l_2412},{&l_2412,&g_81[4][5][2],&l_2479,&l_2402},{&l_2402,&l_2402,&l_2479,&g_183},{&g_81[3][6][0],&l_2479,&g_183,&l_2402},{&g_81[3][6][0],(void*)0,&l_2479,&l_2479},{&l_2402,&l_2402,&l_2479,&g_183},{&l_2412,&l_2479,(void*)0,&g_81[4][5][2]},{&l_2479,&g_3,&l_2402,(void*)0}},{{(void*)0,&g_3,&l_2402,&g_81[4][5][2]},{&g_3,&l_2479,&g_3,&g_183},{(void*)0,&l_2402,&l_2402,&l_2479},{&l_2402,(void*)0,&g_183,&l_2402},{&g_81[4][5][2],&l_2479,&g_183,&g_183},{&l_2402,&l_2402,&l_2402,&l_2402},{(void*)0,&g_81[4][5][2],&g_3,&l_2402},{&l_2385[0],&l_2402,(void*)0,&g_81[3][6][0]},{&g_81[4][5][2],&l_2412,&g_183,&g_81[3][6][0]}}};
                        uint16_t l_2490 = 7UL;
                        int i, j, k;
                        l_2490++;
                    }
                    else
                    { /* block id: 1053 */
                        const int8_t *****l_2496[5] = {&l_2495,&l_2495,&l_2495,&l_2495,&l_2495};
                        int32_t l_2508 = 0xA1B4368FL;
                        int64_t *l_2517 = &l_2428[4];
                        uint8_t *l_2521[5][6] = {{&g_1097,&g_1424,&g_1097,&g_283,&g_1424,&g_123},{&g_1097,&g_1097,&g_1097,&g_1097,&g_1097,(void*)0},{(void*)0,&g_1097,&g_123,(void*)0,&g_1424,&g_123},{(void*)0,&g_1424,&g_123,&g_1097,&g_1097,&g_123},{&g_1097,&g_1097,&g_123,&g_283,&g_1097,(void*)0}};
                        int32_t *l_2522 = &l_2485[1][1];
                        uint64_t l_2523[3];
                        int i, j;
                        for (i = 0; i < 3; i++)
                            l_2523[i] = 0xF08DE55C7EB27732LL;
                        (*l_2522) |= ((safe_lshift_func_uint8_t_u_u((l_2488[3][3] = ((g_2497 = l_2495) == (((((((p_29 && ((*l_2517) |= ((safe_div_func_int32_t_s_s((safe_mod_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((safe_div_func_int16_t_s_s((safe_rshift_func_int16_t_s_s(l_2508, 10)), (safe_mod_func_int64_t_s_s((0xDBC38DB2D0C4B957LL <= ((((void*)0 == (**l_2477)) , ((p_30 <= (safe_add_func_uint8_t_u_u(((*g_193) = ((l_2508 & (p_30 || g_1222)) ^ p_30)), l_2515))) == p_28)) < l_2508)), g_351[0])))) , p_30), (*l_80))), p_28)), p_30)) < l_2516))) , l_2385[0]) | l_2488[7][2]) , l_2488[3][3]) || 0x98DAL) > 0xF471L) , l_2518))), 6)) != p_30);
                        return l_2523[1];
                    }
                    (*g_1889) = &l_2402;
                    (*l_80) &= (safe_add_func_int64_t_s_s(g_1013, l_2385[0]));
                }
            }
            else
            { /* block id: 1064 */
                int64_t *l_2546[3];
                int32_t l_2547 = 0x3D2C938FL;
                int i;
                for (i = 0; i < 3; i++)
                    l_2546[i] = &g_354;
                (*g_1889) = ((*l_80) , ((**g_192) , (((safe_div_func_int16_t_s_s(p_29, 1L)) , (safe_rshift_func_int16_t_s_s(((safe_div_func_int16_t_s_s(((*l_2360) ^= (safe_add_func_uint8_t_u_u((((((void*)0 != l_2534) || ((((((p_29--) == ((g_2537 = &g_1141) == (void*)0)) | (safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_div_func_uint8_t_u_u((((g_417 |= (((l_2385[0] = (safe_lshift_func_uint16_t_u_u(9UL, p_28))) , 0x93F9349CL) > 0x64E568B5L)) ^ 0x3100BF3AC69DF690LL) , p_30), 0xDDL)), 255UL)), p_28))) , p_29) ^ g_351[0]) >= p_30)) != p_28) && l_2547), (***g_528)))), l_2547)) , (-3L)), 6))) , &l_2485[3][6])));
                (*l_2360) = p_29;
            }
        }
        else
        { /* block id: 1073 */
            uint16_t *l_2551 = &g_1167;
            (*g_2552) ^= ((*l_80) & ((*g_610) == (l_2551 = l_2550[1][4][3])));
        }
        --l_2559[0];
        for (g_1167 = 0; (g_1167 <= 4); g_1167 += 1)
        { /* block id: 1080 */
            int32_t *****l_2562 = (void*)0;
            int32_t *****l_2563[8] = {&g_407,&g_407,&g_407,&g_407,&g_407,&g_407,&g_407,&g_407};
            int32_t ****l_2564 = &g_408;
            int8_t ***l_2588 = &l_2520;
            int64_t *l_2614 = (void*)0;
            int64_t **l_2613 = &l_2614;
            uint16_t l_2630 = 0UL;
            uint8_t l_2656 = 0xF7L;
            uint64_t l_2658 = 18446744073709551615UL;
            uint16_t l_2659[5][10][2] = {{{1UL,65535UL},{0x8A45L,1UL},{0x8A45L,65535UL},{1UL,65535UL},{0x99B4L,1UL},{65535UL,0UL},{1UL,0UL},{65535UL,1UL},{0x99B4L,65535UL},{1UL,65535UL}},{{0x8A45L,1UL},{0x8A45L,65535UL},{1UL,65535UL},{0x99B4L,1UL},{65535UL,0UL},{1UL,0UL},{65535UL,1UL},{0x99B4L,65535UL},{1UL,65535UL},{0x8A45L,1UL}},{{0x8A45L,65535UL},{1UL,65535UL},{0x99B4L,1UL},{65535UL,0UL},{1UL,0UL},{65535UL,1UL},{0x99B4L,65535UL},{1UL,65535UL},{0x8A45L,1UL},{0x8A45L,65535UL}},{{1UL,65535UL},{0x99B4L,1UL},{65535UL,0UL},{1UL,0UL},{65535UL,1UL},{0x99B4L,65535UL},{1UL,65535UL},{0x8A45L,1UL},{0x8A45L,65535UL},{1UL,65535UL}},{{0x99B4L,1UL},{65535UL,0UL},{1UL,0UL},{65535UL,1UL},{0x99B4L,65535UL},{1UL,65535UL},{0x8A45L,1UL},{0x8A45L,65535UL},{1UL,65535UL},{0x99B4L,1UL}}};
            int i, j, k;
            (*l_80) = ((l_2564 = &g_408) != (l_2566 = (l_2565 = &g_408)));
            for (g_2429 = 0; (g_2429 <= 2); g_2429 += 1)
            { /* block id: 1087 */
                int32_t **l_2585[7][6] = {{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2360,&l_2360,(void*)0},{&l_2360,&l_2360,(void*)0,&l_2555,&l_2555,&l_2360}};
                uint32_t ***l_2608 = &g_886;
                uint16_t l_2701 = 2UL;
                int i, j;
                for (l_69 = 0; (l_69 <= 4); l_69 += 1)
                { /* block id: 1090 */
                    uint8_t l_2590 = 0xA5L;
                    const int32_t l_2615[3] = {(-1L),(-1L),(-1L)};
                    int32_t *l_2617 = &l_2486[3][9];
                    int i;
                    for (g_659 = 0; (g_659 <= 4); g_659 += 1)
                    { /* block id: 1093 */
                        int64_t l_2580 = 1L;
                        const int32_t *l_2589[5][7][7] = {{{(void*)0,&g_183,&g_3,&g_81[5][5][1],&l_2486[3][9],&g_3,&l_2486[3][9]},{&g_81[5][5][1],(void*)0,(void*)0,&g_81[5][5][1],&l_2486[3][9],(void*)0,&l_2486[3][9]},{&l_2485[5][6],&g_81[4][5][2],&g_3,&l_2485[5][6],&l_2486[3][9],(void*)0,&l_2485[5][6]},{&g_183,(void*)0,&g_3,(void*)0,(void*)0,&g_3,&l_2486[3][9]},{&g_183,(void*)0,&g_3,&g_183,&l_2486[3][9],&l_2485[5][6],&l_2486[3][9]},{&l_2485[5][6],(void*)0,&g_3,&l_2485[5][6],&l_2486[3][9],&l_2486[6][4],&l_2485[5][6]},{&g_81[5][5][1],&g_81[4][5][2],&g_3,&g_183,&l_2486[3][9],&g_3,(void*)0}},{{(void*)0,(void*)0,&g_3,(void*)0,&l_2486[3][9],&l_2486[6][4],(void*)0},{&l_2485[5][6],&g_183,(void*)0,&l_2485[5][6],(void*)0,&l_2485[5][6],&l_2485[5][6]},{(void*)0,&g_183,&g_3,&g_81[5][5][1],&l_2486[3][9],&g_3,&l_2486[3][9]},{&g_81[5][5][1],(void*)0,(void*)0,&g_81[5][5][1],&l_2486[3][9],(void*)0,&l_2486[3][9]},{&l_2485[5][6],&g_81[4][5][2],&g_3,&l_2485[5][6],&l_2486[3][9],(void*)0,&l_2485[5][6]},{&g_183,(void*)0,&g_3,(void*)0,(void*)0,&g_3,&l_2486[3][9]},{&g_183,(void*)0,&g_3,&g_183,&l_2486[3][9],&l_2485[5][6],&l_2486[3][9]}},{{&l_2485[5][6],(void*)0,&g_3,&l_2485[5][6],&l_2486[3][9],&l_2486[6][4],&l_2485[5][6]},{&g_81[5][5][1],&g_81[4][5][2],&g_3,&g_183,&l_2486[3][9],&g_3,(void*)0},{(void*)0,(void*)0,&g_3,(void*)0,&l_2486[3][9],&l_2486[6][4],(void*)0},{&l_2485[5][6],&g_183,(void*)0,&l_2485[5][6],(void*)0,&l_2485[5][6],&l_2485[5][6]},{(void*)0,&g_183,&g_3,&g_81[5][5][1],&l_2486[3][9],&g_3,&l_2486[3][9]},{&g_81[5][5][1],(void*)0,(void*)0,&g_81[5][5][1],&l_2486[3][9],(void*)0,&l_2486[3][9]},{&l_2485[5][6],&g_81[4][5][2],&g_3,&l_2485[5][6],&l_2486[3][9],(void*)0,&l_2485[5][6]}},{{&g_183,(void*)0,&g_3,(void*)0,(void*)0,&g_3,&l_2486[3][9]},{&g_183,(void*)0,&g_3,&g_183,&l_2486[3][9],&l_2485[5][6],&l_2486[3][9]},{&l_2485[5][6],(void*)0,&g_3,&l_2485[5][6],&l_2486[3][9],&l_2486[6][4],&l_2485[5][6]},{&g_81[5][5][1],&g_81[4][5][2],&g_3,&g_183,&l_2486[3][9],&g_3,(void*)0},{(void*)0,(void*)0,&g_3,(void*)0,&l_2486[3][9],&l_2486[6][4],(void*)0},{&l_2485[5][6],&g_183,(void*)0,&l_2485[5][6],(void*)0,&l_2485[5][6],&l_2485[5][6]},{&g_3,(void*)0,(void*)0,(void*)0,&g_183,&g_1320,&g_183}},{{(void*)0,&g_3,&g_3,(void*)0,&l_2485[6][1],&l_2485[5][6],&g_3},{(void*)0,&l_2485[5][6],&g_81[9][0][2],&l_2485[5][6],&g_183,&l_2485[5][6],&l_2485[5][6]},{&g_3,&l_2486[6][4],(void*)0,&g_3,(void*)0,&g_1320,&g_3},{&g_3,&g_3,&g_1320,&g_3,&l_2485[6][1],&l_2485[5][6],&g_183},{(void*)0,&l_2486[6][4],&g_1320,&l_2485[5][6],&g_3,(void*)0,&l_2485[5][6]},{(void*)0,&l_2485[5][6],(void*)0,&g_3,&g_3,&g_1320,(void*)0},{&g_3,&g_3,&g_81[9][0][2],&g_3,&l_2485[6][1],(void*)0,(void*)0}}};
                        int i, j, k;
                        (*l_2556) = (safe_lshift_func_int16_t_s_u((((((safe_lshift_func_int8_t_s_u(0x5CL, 5)) , ((0x6FL <= (safe_rshift_func_int8_t_s_u(((safe_add_func_int16_t_s_s(((safe_lshift_func_uint8_t_u_u(0x36L, (g_859[g_659] = ((((safe_unary_minus_func_uint8_t_u(0UL)) == ((((((((safe_mul_func_int16_t_s_s(l_2580, (safe_rshift_func_int16_t_s_u(((safe_mul_func_uint8_t_u_u((p_28 ^ (l_2585[2][2] != (void*)0)), (safe_add_func_int8_t_s_s(((void*)0 == l_2588), l_2580)))) ^ 1UL), p_29)))) < 0xF0L) , 248UL) >= (***g_528)) , (void*)0) != l_2589[2][0][4]) , &g_2497) != (void*)0)) > 1L) | 0xE4L)))) || p_30), p_30)) != 1L), 6))) ^ l_2590)) , p_28) > (*l_2553)) & 0x6AL), 7));
                    }
                    if (p_30)
                        break;
                    if ((safe_sub_func_int32_t_s_s(((safe_div_func_uint16_t_u_u(0x8B14L, ((*l_80) = (safe_rshift_func_int8_t_s_s(((((safe_add_func_uint64_t_u_u((l_2599 != g_2601), (((safe_add_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(((void*)0 != l_2608), (safe_sub_func_uint8_t_u_u((safe_div_func_int64_t_s_s(g_2388[0][0], p_30)), (((((((l_2613 == &l_2614) && l_2615[2]) == 1L) && 0x33L) != g_1424) <= p_30) < 0xA8A8L))))), (**g_192))) && p_29) == p_28))) ^ (*l_2556)) , p_30) , (*l_2360)), 6))))) , p_28), l_2615[2])))
                    { /* block id: 1099 */
                        int32_t *l_2616 = &l_2485[5][6];
                        l_2617 = l_2616;
                    }
                    else
                    { /* block id: 1101 */
                        const uint64_t l_2618 = 0x07874B1A59636687LL;
                        if ((*l_80))
                            break;
                        (*l_80) &= l_2618;
                    }
                    if (p_29)
                        break;
                }
                (*l_2553) |= (p_29 >= p_29);
                if (p_29)
                { /* block id: 1108 */
                    int32_t l_2619 = 0x1573D2E2L;
                    int32_t l_2620 = (-1L);
                    int32_t l_2621[7];
                    int i;
                    for (i = 0; i < 7; i++)
                        l_2621[i] = (-4L);
                    for (l_2515 = 0; (l_2515 <= 4); l_2515 += 1)
                    { /* block id: 1111 */
                        int32_t l_2622 = 0x16789A23L;
                        uint8_t l_2623 = 0x09L;
                        uint32_t **** const *l_2626[6];
                        int i;
                        for (i = 0; i < 6; i++)
                            l_2626[i] = &g_745;
                        --l_2623;
                        l_2626[0] = &g_884;
                    }
                    ++l_2627;
                    (*g_1889) = (void*)0;
                }
                else
                { /* block id: 1117 */
                    l_2630++;
                    if (p_29)
                        continue;
                    return p_28;
                }
                for (g_354 = 0; (g_354 <= 0); g_354 += 1)
                { /* block id: 1124 */
                    uint16_t l_2633 = 65528UL;
                    int64_t *l_2657 = &l_2428[1];
                    int32_t l_2680 = 0L;
                    int32_t l_2687 = 0xF91D8E65L;
                    uint8_t ** const *l_2690 = &g_192;
                    uint8_t ** const **l_2689 = &l_2690;
                    uint8_t ** const ***l_2688 = &l_2689;
                    int32_t l_2699 = 0L;
                    int32_t l_2700 = 6L;
                    int i;
                    l_2633++;
                    (*g_1889) = ((safe_mod_func_int32_t_s_s(((safe_mul_func_int8_t_s_s((safe_lshift_func_int16_t_s_u((((safe_add_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s((safe_div_func_uint64_t_u_u((0x9A22L && (safe_mul_func_int8_t_s_s(((*l_2519) == (**l_2518)), (*l_80)))), (((*l_2657) |= ((p_28 && (safe_mod_func_int8_t_s_s(((g_859[(g_354 + 3)] = (****g_527)) != (*g_193)), (safe_mul_func_int16_t_s_s(p_30, ((safe_sub_func_int8_t_s_s(p_28, 0xEFL)) != p_29)))))) < l_2656)) & p_30))), p_29)) <= l_2658), l_2659[3][3][1])) , 0xD1L) != (-1L)), p_29)), p_30)) , p_29), 0x7743CFE8L)) , &l_2485[2][4]);
                    l_2687 |= ((*l_2554) = (g_308 && ((safe_div_func_int16_t_s_s((safe_div_func_uint64_t_u_u((((safe_mul_func_int8_t_s_s((-1L), p_29)) , (safe_sub_func_int8_t_s_s((safe_rshift_func_int16_t_s_u(((safe_mul_func_uint8_t_u_u(((safe_mod_func_int64_t_s_s(((*l_2657) = g_659), (safe_rshift_func_int8_t_s_u((safe_mod_func_int16_t_s_s((((safe_lshift_func_uint8_t_u_s((((1L >= (l_2680 = p_30)) != ((safe_sub_func_int64_t_s_s((p_30 > 0UL), (safe_mul_func_int16_t_s_s((*l_2360), (-8L))))) <= 253UL)) | g_859[(g_354 + 3)]), 7)) | 0UL) , p_30), (*l_80))), p_28)))) == g_2238[8][0][6]), 0x5DL)) ^ 0UL), p_30)), p_30))) && g_187), p_30)), 0xEE98L)) , 0x81CEB3AF76B1349CLL)));
                    for (g_189 = 0; (g_189 <= 2); g_189 += 1)
                    { /* block id: 1135 */
                        int64_t l_2694 = 2L;
                        int32_t l_2695 = 0x4BB49114L;
                        int32_t l_2696[7][3][1] = {{{0x28A26AD8L},{0x269CA9BBL},{1L}},{{1L},{0x269CA9BBL},{0x28A26AD8L}},{{0xF2128698L},{0x28A26AD8L},{0x269CA9BBL}},{{1L},{1L},{0x269CA9BBL}},{{0x28A26AD8L},{0xF2128698L},{0x28A26AD8L}},{{0x269CA9BBL},{1L},{1L}},{{0x269CA9BBL},{0x28A26AD8L},{0xF2128698L}}};
                        int i, j, k;
                        g_2691 = l_2688;
                        --l_2701;
                    }
                }
            }
            return (**g_124);
        }
    }
    else
    { /* block id: 1143 */
        int16_t l_2708 = 0x5B76L;
        int64_t l_2717[7][1];
        uint16_t l_2743 = 65535UL;
        int32_t l_2759 = 0L;
        int32_t l_2764 = 2L;
        int16_t l_2833 = 0L;
        const int32_t *l_2840 = &l_2764;
        int8_t **l_2909 = &g_2851[3];
        int32_t l_2932 = 0x3625B6C6L;
        uint64_t l_2933[6] = {18446744073709551615UL,2UL,18446744073709551615UL,18446744073709551615UL,2UL,18446744073709551615UL};
        int8_t * const * const *l_2954 = (void*)0;
        int8_t * const * const ** const l_2953 = &l_2954;
        int8_t * const * const ** const *l_2952[10] = {&l_2953,&l_2953,&l_2953,&l_2953,&l_2953,&l_2953,&l_2953,&l_2953,&l_2953,&l_2953};
        int32_t *l_2955 = &l_2486[7][9];
        uint64_t l_3035 = 18446744073709551615UL;
        int8_t ****l_3073 = &g_2849;
        uint32_t l_3088 = 0xC63A77ECL;
        uint8_t ****l_3129[5][10][1] = {{{&g_528},{&g_528},{(void*)0},{&g_528},{&g_528},{&g_528},{&g_528},{&g_528},{(void*)0},{&g_528}},{{&g_528},{&g_528},{(void*)0},{&g_528},{&g_528},{&g_528},{&g_528},{&g_528},{(void*)0},{&g_528}},{{&g_528},{&g_528},{(void*)0},{&g_528},{&g_528},{&g_528},{&g_528},{&g_528},{(void*)0},{&g_528}},{{&g_528},{&g_528},{(void*)0},{&g_528},{&g_528},{&g_528},{&g_528},{&g_528},{(void*)0},{&g_528}},{{&g_528},{&g_528},{(void*)0},{&g_528},{&g_528},{&g_528},{&g_528},{&g_528},{(void*)0},{&g_528}}};
        int32_t l_3135 = (-4L);
        int32_t l_3136 = 0L;
        int32_t l_3138 = 0xC8521662L;
        int32_t l_3139[4] = {0x54EBF171L,0x54EBF171L,0x54EBF171L,0x54EBF171L};
        int32_t ***l_3170 = &g_127;
        int32_t ***l_3171 = &g_127;
        volatile int32_t * volatile l_3234[3];
        int8_t ****l_3243 = &g_2849;
        int i, j, k;
        for (i = 0; i < 7; i++)
        {
            for (j = 0; j < 1; j++)
                l_2717[i][j] = 0xCBE1774441C33D92LL;
        }
        for (i = 0; i < 3; i++)
            l_3234[i] = &g_126;
        if ((((((~g_179) <= (((+(*l_80)) == ((((safe_rshift_func_uint8_t_u_s(((((*l_72) |= 0x0E02L) , 0x618DFF99L) > ((l_2708 , g_1424) || (safe_rshift_func_uint16_t_u_u(p_28, 15)))), 3)) , (p_28 || (((safe_mod_func_int16_t_s_s((safe_rshift_func_uint8_t_u_u((safe_div_func_int32_t_s_s((l_2486[3][9] = l_2717[2][0]), (*l_80))), p_29)), p_30)) , 3L) ^ p_29))) , 0xE9L) | (**g_192))) == g_880)) == (-1L)) , &l_2559[0]) == (void*)0))
        { /* block id: 1146 */
            int64_t l_2738 = 0xA24C1EA6F8402CFBLL;
            int32_t l_2786 = 0xFD06290AL;
            uint32_t ***l_2808[3][6] = {{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028},{&g_2028,&g_2028,&g_2028,&g_2028,&g_2028,&g_2028}};
            uint32_t ****l_2807 = &l_2808[0][2];
            uint32_t *****l_2806[3];
            int32_t * const *l_2836 = &g_214[0];
            int32_t * const **l_2835[1];
            int64_t l_2865 = 1L;
            int i, j;
            for (i = 0; i < 3; i++)
                l_2806[i] = &l_2807;
            for (i = 0; i < 1; i++)
                l_2835[i] = &l_2836;
            for (l_2708 = 0; (l_2708 > (-13)); l_2708--)
            { /* block id: 1149 */
                int32_t l_2741 = (-1L);
                int32_t l_2742 = 0x25BE53EDL;
                uint8_t l_2776 = 255UL;
                const int16_t l_2784 = 0x35FEL;
                uint16_t *l_2834[8] = {&l_79,&l_79,&l_79,&l_79,&l_79,&l_79,&l_79,&l_79};
                int8_t ***l_2853 = &g_2850;
                int8_t ***l_2863[7][1][9] = {{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}},{{&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850,&g_2850}}};
                int i, j, k;
                for (g_880 = 0; (g_880 < (-12)); g_880 = safe_sub_func_int64_t_s_s(g_880, 8))
                { /* block id: 1152 */
                    int32_t *****l_2722 = &l_2565;
                    l_2722 = &g_407;
                }
                if (((8L || (l_2717[6][0] != (safe_mod_func_int16_t_s_s(p_30, 1L)))) && (((((((!(safe_mul_func_int8_t_s_s((safe_lshift_func_int8_t_s_s(0x31L, p_28)), ((safe_mod_func_int8_t_s_s(((safe_div_func_int32_t_s_s((((((safe_rshift_func_uint8_t_u_s(0UL, (safe_sub_func_uint8_t_u_u((p_29 , 0x23L), 0xE7L)))) != 0xD0A73D7DL) && (*l_80)) <= 9L) , (*g_693)), p_28)) ^ p_28), l_2738)) || (*l_80))))) < (*l_80)) , p_30) <= 65535UL) , (***g_527)) != (***g_2692)) || p_28)))
                { /* block id: 1155 */
                    int32_t l_2739 = 0x9C384BD4L;
                    int32_t *l_2740[5][3][4] = {{{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]}},{{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]}},{{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]}},{{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]}},{{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]},{&l_2739,&g_81[4][5][2],&l_2739,&g_81[4][5][2]}}};
                    const uint32_t ***l_2748 = (void*)0;
                    int i, j, k;
                    l_2743++;
                    (*l_80) &= (&g_2028 != (void*)0);
                    for (g_73 = 19; (g_73 < 28); g_73 = safe_add_func_int8_t_s_s(g_73, 7))
                    { /* block id: 1160 */
                        const uint32_t ****l_2749 = &l_2748;
                        if (p_29)
                            break;
                        (*l_2749) = l_2748;
                    }
                }
                else
                { /* block id: 1164 */
                    uint64_t *l_2756[9] = {&g_2429,(void*)0,&g_2429,&g_2429,(void*)0,&g_2429,&g_2429,(void*)0,&g_2429};
                    int32_t l_2765 = 0x614D565AL;
                    uint32_t ***l_2778 = (void*)0;
                    int i;
                    (*g_125) &= (((p_30 , (g_111 ^ ((!(*g_193)) < l_2751))) ^ 9L) | (*l_80));
                    if (((g_2388[1][3] ^ ((safe_add_func_uint64_t_u_u(1UL, (g_2429 = (~(safe_unary_minus_func_uint16_t_u(((**g_1661) | 0x94BFF970L))))))) , (p_29 ^ (****g_527)))) , ((l_2759 ^= ((**g_886)++)) == (0x5F12L & (l_2742 = ((safe_lshift_func_uint16_t_u_s(((((-1L) ^ (p_28 , l_2764)) && 0UL) & l_2765), g_81[2][0][0])) >= 0x21A1L))))))
                    { /* block id: 1170 */
                        l_2764 &= (safe_div_func_int64_t_s_s((((*l_80) = 1L) != p_30), p_29));
                    }
                    else
                    { /* block id: 1173 */
                        uint32_t ***l_2777[7][10] = {{(void*)0,&g_886,&g_886,(void*)0,&g_886,(void*)0,&g_886,&g_886,(void*)0,&g_886},{&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886},{&g_886,&g_886,&g_886,&g_886,&g_886,(void*)0,&g_886,&g_886,(void*)0,&g_886},{(void*)0,&g_886,&g_886,(void*)0,&g_886,(void*)0,&g_886,&g_886,(void*)0,&g_886},{&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886,&g_886},{&g_886,&g_886,&g_886,&g_886,&g_886,(void*)0,&g_886,&g_886,(void*)0,&g_886},{(void*)0,&g_886,&g_886,(void*)0,&g_886,(void*)0,&g_886,&g_886,(void*)0,&g_886}};
                        int32_t l_2783 = 0x0B0BC800L;
                        int32_t l_2785[7] = {(-8L),(-8L),(-8L),(-1L),(-1L),(-8L),(-1L)};
                        int i, j;
                        l_2786 = (l_2785[4] &= (safe_sub_func_int32_t_s_s((safe_mod_func_int32_t_s_s((((l_2776 = (safe_sub_func_uint32_t_u_u(((**g_886)--), (p_28 >= 0xC94941EBL)))) , (l_2742 = (l_2777[6][0] == l_2778))) ^ (p_30 >= (safe_rshift_func_uint8_t_u_s((safe_sub_func_int16_t_s_s((((((l_2717[2][0] < 0UL) && ((p_29 < p_29) , 6UL)) >= p_29) ^ l_2783) | p_28), l_2765)), l_2784)))), 4294967295UL)), (*l_80))));
                        if (p_28)
                            continue;
                    }
                }
                if ((safe_lshift_func_int16_t_s_s(p_29, 12)))
                { /* block id: 1182 */
                    uint16_t l_2791 = 0x2EAFL;
                    int32_t ****l_2805 = &g_408;
                    (*l_80) ^= ((((g_752[2] == ((safe_lshift_func_uint8_t_u_s(0x10L, l_2791)) >= (safe_div_func_uint16_t_u_u((~(+(safe_add_func_int64_t_s_s(((safe_unary_minus_func_int32_t_s((safe_sub_func_uint16_t_u_u(65530UL, p_29)))) >= ((safe_lshift_func_int16_t_s_u((((((p_28 || ((p_28 , l_2805) != l_2565)) != l_2742) && l_2784) >= 0x3EE5FBD8L) >= 0x68CDCC81L), 7)) == 0x36AA61E5F4CD57D2LL)), 0x4AA0E294DAD65DD7LL)))), 0x43CCL)))) || l_2742) , (-2L)) | p_29);
                    g_2809 = l_2806[1];
                }
                else
                { /* block id: 1185 */
                    uint32_t l_2830 = 0UL;
                    int32_t l_2837 = 5L;
                    int32_t l_2838 = 0L;
                    for (l_79 = 0; (l_79 <= 0); l_79 += 1)
                    { /* block id: 1188 */
                        return p_30;
                    }
                    if (((l_2838 = (safe_add_func_int8_t_s_s((((l_2837 = ((+(((++(**g_886)) , &p_28) != (void*)0)) && (safe_sub_func_uint8_t_u_u((*****g_2691), (p_30 || (((((0x463DL == l_2784) <= (safe_sub_func_uint64_t_u_u(((((((safe_mod_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((safe_sub_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u(((safe_add_func_int8_t_s_s((l_2830 <= l_2830), (((safe_rshift_func_uint16_t_u_u(((*g_2249) > 0xD6L), 10)) & g_351[0]) ^ l_2743))) && 4294967287UL), p_28)), l_2833)), (*l_80))), l_2738)) & g_752[0]) == l_2784) , 0xC8587EA5L) , l_2834[2]) == &l_79), l_2830))) , l_2835[0]) != &l_2836) & 65526UL)))))) <= 0x9A89FD48L) , l_2837), (***g_195)))) && 3L))
                    { /* block id: 1194 */
                        const int32_t *l_2839 = &g_81[4][5][2];
                        int8_t ****l_2852[2];
                        int32_t l_2862 = 0xBFE36BE3L;
                        uint64_t *l_2864[9][5] = {{&g_241,&g_2429,&g_241,&g_2429,&l_2559[0]},{&l_2559[0],(void*)0,&g_2429,&g_2429,&l_2559[0]},{&g_2429,&g_2172,&g_2172,&g_2429,&g_241},{&l_2559[0],&g_2429,&g_2429,&l_2559[0],(void*)0},{&l_2559[0],&g_2429,&g_241,&g_2429,&l_2559[0]},{&g_2429,&g_2429,&l_2559[0],&l_2559[0],&g_2172},{&l_2559[0],&g_2429,&g_2429,&g_2429,&g_2429},{&g_241,&g_2429,&l_2559[0],&g_2429,&g_2172},{&g_2429,&g_2429,&l_2559[0],&g_2429,&l_2559[0]}};
                        volatile int32_t * volatile *l_2866 = &g_125;
                        int i, j;
                        for (i = 0; i < 2; i++)
                            l_2852[i] = &g_2849;
                        l_2840 = l_2839;
                        l_2865 ^= ((safe_mul_func_uint16_t_u_u(((safe_div_func_uint64_t_u_u((g_2429 &= ((((***g_2849) |= (safe_rshift_func_int16_t_s_s((p_28 , ((safe_div_func_uint16_t_u_u(p_28, (*l_2839))) && ((l_2853 = g_2849) == ((--(**g_192)) , ((((l_2862 = (l_2838 = (((l_2742 ^= (*l_2839)) || ((safe_lshift_func_uint8_t_u_s((((g_2858[1][5] , (**g_2601)) != ((safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_uint16_t_u(((((p_29 | (g_241 || g_81[4][5][2])) == 0xE57B29A9L) != (*****g_2691)) && g_659))), (*l_80))) , (void*)0)) >= 0x40063CE3E7EB1AA2LL), p_29)) != (*l_2840))) , 0x5CC60F46L))) , &p_30) == (void*)0) , l_2863[1][0][2]))))), (*l_80)))) > p_28) , 0UL)), 0x1FF77148171F9270LL)) && p_30), l_2784)) & 6L);
                        (*l_2866) = (*g_124);
                        if (p_30)
                            break;
                    }
                    else
                    { /* block id: 1206 */
                        uint32_t l_2867 = 0xF0570E74L;
                        (*l_80) &= l_2776;
                        return l_2867;
                    }
                }
                (*l_80) = p_29;
            }
            for (l_2751 = 1; (l_2751 <= 4); l_2751 += 1)
            { /* block id: 1215 */
                int32_t *l_2868[3][5][3] = {{{&l_2759,&g_81[4][5][2],&g_81[4][5][2]},{&g_183,&l_2486[4][0],&l_2486[4][1]},{(void*)0,&l_2759,&g_183},{&g_183,&g_183,&l_2759},{&l_2759,(void*)0,&g_183}},{{&l_2486[4][0],&g_183,&l_2486[4][0]},{&g_81[4][5][2],&l_2759,&g_3},{&g_3,&l_2486[4][0],&l_2486[4][0]},{&g_3,&g_81[4][5][2],&g_183},{&g_3,&g_3,&l_2759}},{{&g_3,&g_3,&g_183},{&g_3,&g_3,&l_2486[4][1]},{&g_81[4][5][2],&g_3,&g_81[4][5][2]},{&l_2486[4][0],&g_3,&g_183},{&l_2759,&g_81[4][5][2],&g_81[4][5][2]}}};
                int i, j, k;
                (*g_1889) = l_2868[1][1][2];
                for (g_112 = 0; (g_112 <= 4); g_112 += 1)
                { /* block id: 1219 */
                    return p_29;
                }
            }
        }
        else
        { /* block id: 1223 */
            uint32_t ****l_2894 = &g_885;
            int32_t * const l_2896[7][9][2] = {{{&l_2486[0][8],&g_81[4][5][2]},{&g_81[4][5][2],&g_81[5][1][0]},{&g_81[4][5][2],&g_81[9][4][0]},{(void*)0,&g_81[8][2][2]},{&g_81[4][5][2],&g_81[4][5][2]},{&g_183,&l_2759},{&g_183,(void*)0},{&g_3,&l_2486[0][8]},{(void*)0,(void*)0}},{{&g_81[4][5][2],&g_81[4][5][2]},{&g_81[4][5][2],(void*)0},{&g_81[4][5][2],&l_2759},{&l_2486[3][9],(void*)0},{(void*)0,(void*)0},{&g_81[4][5][2],&l_2486[4][1]},{(void*)0,&g_183},{(void*)0,&g_81[4][5][2]},{&l_2486[4][1],(void*)0}},{{&g_81[3][0][2],&l_2759},{(void*)0,&g_183},{(void*)0,&g_183},{(void*)0,&l_2759},{&g_81[3][0][2],(void*)0},{&l_2486[4][1],&g_81[4][5][2]},{(void*)0,&g_183},{(void*)0,&l_2486[4][1]},{&g_81[4][5][2],(void*)0}},{{(void*)0,(void*)0},{&l_2486[3][9],&l_2759},{&g_81[4][5][2],(void*)0},{&g_81[4][5][2],&g_81[4][5][2]},{&g_81[4][5][2],(void*)0},{(void*)0,&l_2486[0][8]},{&g_3,(void*)0},{&g_183,&l_2759},{&g_183,&g_81[4][5][2]}},{{&g_81[4][5][2],&g_81[8][2][2]},{(void*)0,&g_81[9][4][0]},{&g_81[4][5][2],&g_81[5][1][0]},{&g_81[4][5][2],&g_81[4][5][2]},{&l_2486[0][8],&g_81[4][5][2]},{&l_2486[3][9],&l_2486[3][9]},{&g_81[4][5][2],&g_81[4][5][2]},{&g_183,(void*)0},{&g_183,(void*)0}},{{(void*)0,&g_183},{&l_2486[3][9],&g_3},{&l_2486[3][9],&l_2486[4][1]},{(void*)0,&g_3},{&l_2486[4][1],&l_2486[3][9]},{&g_81[4][5][2],(void*)0},{&g_81[5][5][0],&l_2759},{&l_2759,&g_81[4][5][2]},{&g_3,&g_81[3][0][2]}},{{&g_81[4][5][2],&g_3},{&g_81[3][1][1],&g_81[4][5][2]},{&l_2486[3][9],(void*)0},{&g_81[4][5][2],&g_81[5][5][0]},{&l_2486[0][8],&g_183},{(void*)0,&l_2759},{&l_2486[3][9],&g_3},{(void*)0,(void*)0},{&g_183,&g_183}}};
            int32_t *l_2919[10][1] = {{&g_2558},{&g_1922[4][2]},{&g_2558},{&g_1922[4][2]},{&g_2558},{&g_1922[4][2]},{&g_2558},{&g_1922[4][2]},{&g_2558},{&g_1922[4][2]}};
            int i, j, k;
            for (l_79 = 1; (l_79 <= 5); l_79 += 1)
            { /* block id: 1226 */
                uint16_t l_2871 = 1UL;
                int32_t *l_2895 = (void*)0;
                int32_t l_2899 = 0xEC934066L;
                int32_t ****l_2908 = &g_408;
                uint32_t **l_2926 = &l_627;
                uint64_t l_2929 = 0xEE5AA4AE7969074DLL;
                for (g_283 = 0; (g_283 <= 3); g_283 += 1)
                { /* block id: 1229 */
                    int32_t *l_2869 = &g_81[6][3][0];
                    int32_t *l_2870 = (void*)0;
                    int i;
                    l_2871++;
                }
                for (g_189 = 0; g_189 < 1; g_189 += 1)
                {
                    g_351[g_189] = (-1L);
                }
                for (g_112 = 0; (g_112 <= 5); g_112 += 1)
                { /* block id: 1235 */
                    for (g_2558 = 0; (g_2558 <= 0); g_2558 += 1)
                    { /* block id: 1238 */
                        int i, j;
                        (*g_693) = p_30;
                    }
                }
                for (g_123 = 0; (g_123 <= 3); g_123 += 1)
                { /* block id: 1244 */
                    uint64_t *l_2886 = &l_2559[0];
                    int64_t l_2887 = (-1L);
                    int64_t *l_2893[7][4][1] = {{{&l_2428[4]},{&l_2428[4]},{&g_354},{&l_2887}},{{&l_2717[2][0]},{&l_1827},{&g_417},{(void*)0}},{{&g_417},{&l_1827},{&l_2717[2][0]},{&l_2887}},{{&g_354},{&l_2428[4]},{&l_2428[4]},{&g_354}},{{&l_2887},{&l_2717[2][0]},{&l_1827},{&g_417}},{{(void*)0},{&g_417},{&l_1827},{&l_2717[2][0]}},{{&l_2887},{&g_354},{&l_2428[4]},{&l_2428[4]}}};
                    int32_t l_2897 = 0L;
                    int32_t l_2898 = 0L;
                    int i, j, k;
                    (*l_80) |= (safe_lshift_func_int8_t_s_s((safe_lshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s((safe_mod_func_uint32_t_u_u(((*l_627) = ((safe_div_func_uint16_t_u_u(((*****g_2691) | (safe_sub_func_uint64_t_u_u(((*l_2886) = p_28), ((((l_2887 ^ (l_2897 = ((((safe_div_func_uint16_t_u_u((p_30 <= (((~(safe_add_func_int16_t_s_s(p_29, ((void*)0 != (*g_2691))))) ^ (-2L)) , (((((l_2764 = (p_28 && 0L)) , p_29) , (void*)0) != l_2894) || p_29))), 0x4D5FL)) , p_30) , l_2895) == l_2896[2][3][0]))) <= (***g_195)) , (void*)0) == &p_29)))), p_30)) & l_2898)), p_30)), g_1320)), l_2899)), (**g_2248)));
                }
                for (g_308 = 0; (g_308 <= 0); g_308 += 1)
                { /* block id: 1253 */
                    int32_t l_2900[6] = {8L,8L,7L,8L,8L,7L};
                    int32_t *l_2920[7];
                    uint32_t **l_2925 = &g_887[2];
                    int i, j;
                    for (i = 0; i < 7; i++)
                        l_2920[i] = &g_880;
                    if (l_2900[1])
                    { /* block id: 1254 */
                        int8_t *l_2902 = (void*)0;
                        int8_t *l_2903[8] = {&g_2904[1],&g_2904[1],&g_2904[0],&g_2904[1],&g_2904[1],&g_2904[0],&g_2904[1],&g_2904[1]};
                        int i;
                        (*g_2901) = l_2896[1][8][0];
                        if (p_28)
                            continue;
                        (*l_80) &= ((((*g_1292) ^= ((**g_2850) >= (l_2759 = 1L))) , l_2905) != l_2905);
                    }
                    else
                    { /* block id: 1260 */
                        int32_t **l_2921 = &g_2603;
                        uint64_t *l_2922 = &g_241;
                        uint64_t *l_2923 = &l_2559[0];
                        uint32_t **l_2924 = &g_887[2];
                        int16_t *l_2927[8][4][3] = {{{&l_69,&l_2833,&g_1959},{&g_1959,&g_1959,&g_1959},{&l_2833,&l_69,&g_189},{(void*)0,&l_2698,&l_69}},{{&l_2698,&g_2220,&g_2[0][1][0]},{&g_1959,&l_82,&l_2833},{&l_2833,&g_2220,&l_2698},{&l_2833,&l_2698,(void*)0}},{{&l_82,&l_69,&l_82},{&g_2[0][1][1],&g_1959,(void*)0},{&g_2220,&l_2833,&l_2708},{&g_189,(void*)0,&g_1959}},{{&l_2698,(void*)0,&g_1959},{&l_82,&l_82,&l_2708},{&l_69,&g_1959,(void*)0},{&l_82,&l_2698,&l_82}},{{&l_2708,&l_2833,(void*)0},{&g_1959,&g_1959,&l_2698},{&g_2[2][3][1],&l_2833,&l_2833},{&l_2833,&l_2708,&g_2[0][1][0]}},{{&g_2[2][3][1],&l_82,&l_69},{&g_1959,&g_189,&g_189},{&l_2708,&g_2[0][1][1],&g_1959},{&l_82,&g_189,&g_1959}},{{&l_69,&l_2698,&g_1959},{&l_82,&l_2708,&l_2833},{&l_2698,&l_2708,&l_2708},{&g_189,&l_2698,&l_82}},{{&g_2220,&g_189,&l_82},{&g_2[0][1][1],&g_2[0][1][1],&g_189},{&l_82,&g_189,&g_2[0][1][1]},{&l_2833,&l_82,&g_1959}}};
                        int32_t l_2928 = 0x32E1C489L;
                        int i, j, k;
                        (*l_80) ^= ((safe_lshift_func_int8_t_s_s((((l_2908 != (void*)0) , l_2909) == (*g_2849)), p_29)) != 1UL);
                        l_2928 |= (safe_sub_func_uint16_t_u_u(((safe_sub_func_uint64_t_u_u((safe_rshift_func_int8_t_s_s((((~((*g_1292) , 0x20L)) && (((*l_2922) &= (safe_div_func_uint16_t_u_u(((l_2920[0] = l_2919[7][0]) == ((*l_2921) = (*g_2602))), p_30))) || ((*l_2923) |= ((*l_2922) ^= 1UL)))) && ((*l_80) = ((((l_2924 = (void*)0) != l_2925) , (l_2926 != l_2924)) , p_30))), 7)), g_3)) || g_417), 1UL));
                        ++l_2929;
                        l_2933[0]--;
                    }
                }
            }
        }
        (*l_80) = (safe_rshift_func_int16_t_s_u((safe_add_func_int32_t_s_s((((p_28 <= ((***g_2601) , p_29)) ^ (safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u(((((((*l_80) == ((safe_mod_func_int32_t_s_s(((*l_2955) = (safe_rshift_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u((0xE2DD0E94DB28137BLL < (safe_mul_func_uint8_t_u_u(0x23L, p_30))), (l_2952[9] == &g_2497))) ^ 6UL), 4))), l_2956)) ^ 0xB6L)) | 1UL) || (*l_80)) & 65535UL) < (*l_2840)), g_2429)), (*g_2249)))) > (*l_80)), (*l_80))), 15));
    }
    return p_29;
}


/* ------------------------------------------ */
/* 
 * reads : g_1118 g_124 g_125 g_126 g_81 g_884 g_192 g_193 g_129 g_123 g_814 g_693 g_1013 g_1889 g_408 g_1236 g_1292 g_183 g_527 g_528 g_886 g_887 g_628 g_1320 g_752 g_241 g_1922 g_659 g_417 g_1959 g_111 g_189 g_880 g_883 g_885 g_912 g_859 g_2077 g_1641 g_2 g_2112 g_2026 g_2027 g_195 g_73 g_473 g_474 g_2246 g_2271 g_187 g_2247 g_2248 g_2249 g_351 g_1424 g_1097
 * writes: g_1118 g_81 g_885 g_123 g_351 g_1013 g_127 g_1889 g_1236 g_241 g_659 g_1959 g_111 g_126 g_2026 g_73 g_129 g_912 g_1097 g_628 g_2028 g_214 g_125 g_354 g_2172 g_179 g_2238 g_2247 g_417 g_2272
 */
static uint8_t  func_35(const uint32_t  p_36, uint32_t  p_37, uint32_t  p_38)
{ /* block id: 796 */
    int32_t l_1844 = 0x2F55C0AEL;
    int32_t l_1845 = 0xBE37D071L;
    int32_t l_1847[7] = {(-8L),(-5L),(-8L),(-8L),(-5L),(-8L),(-8L)};
    uint32_t l_1850 = 0x0C76F95DL;
    int16_t l_1859 = 0x96B3L;
    int32_t l_1875[5][2] = {{0xEE0D2555L,0xEE0D2555L},{0xEE0D2555L,0xEE0D2555L},{0xEE0D2555L,0xEE0D2555L},{0xEE0D2555L,0xEE0D2555L},{0xEE0D2555L,0xEE0D2555L}};
    uint32_t *l_1879[8] = {&g_1013,&g_1013,&g_1013,&g_1013,&g_1013,&g_1013,&g_1013,&g_1013};
    int32_t **l_1897 = &g_214[3];
    uint8_t *l_1932 = (void*)0;
    uint32_t ** const *l_1951 = (void*)0;
    uint32_t ** const *l_2050 = &g_886;
    uint32_t ** const **l_2049 = &l_2050;
    uint32_t * const *l_2063 = &g_1292;
    uint32_t * const * const *l_2062 = &l_2063;
    uint32_t * const * const **l_2064 = &l_2062;
    int32_t *l_2069[6][9][2] = {{{&l_1875[1][1],&g_3},{&l_1875[2][1],&g_81[4][5][2]},{(void*)0,&l_1847[4]},{&g_81[4][5][2],&l_1847[4]},{&l_1847[4],&l_1875[2][1]},{&l_1875[1][1],&l_1875[3][0]},{&l_1847[4],&l_1875[3][0]},{&l_1875[1][1],&l_1875[2][1]},{&l_1847[4],&l_1847[4]}},{{&g_81[4][5][2],&l_1847[4]},{(void*)0,&g_81[4][5][2]},{&l_1875[2][1],&g_3},{&l_1875[1][1],(void*)0},{(void*)0,&g_81[4][5][2]},{&l_1847[4],&l_1875[2][1]},{&g_3,&g_81[4][5][2]},{(void*)0,(void*)0},{(void*)0,&l_1875[1][1]}},{{&l_1847[4],&l_1847[4]},{&l_1847[4],(void*)0},{&l_1875[1][1],&l_1875[3][0]},{&l_1875[1][1],&g_3},{&g_3,&l_1875[1][1]},{&g_81[4][5][2],(void*)0},{&g_81[4][5][2],&l_1875[1][1]},{&g_3,&g_3},{&l_1875[1][1],&l_1875[3][0]}},{{&l_1875[1][1],(void*)0},{&l_1847[4],&l_1847[4]},{&l_1847[4],&l_1875[1][1]},{(void*)0,(void*)0},{(void*)0,&g_81[4][5][2]},{&g_3,&l_1875[2][1]},{&l_1847[4],&g_81[4][5][2]},{(void*)0,(void*)0},{&l_1875[1][1],&g_3}},{{&l_1875[2][1],&g_81[4][5][2]},{(void*)0,&l_1847[4]},{&g_81[4][5][2],&l_1847[4]},{&l_1847[4],&l_1875[2][1]},{&l_1875[1][1],&l_1875[3][0]},{&l_1847[4],&l_1875[3][0]},{&l_1875[1][1],&l_1875[2][1]},{&l_1847[4],&l_1847[4]},{&g_81[4][5][2],&l_1847[4]}},{{(void*)0,&g_81[4][5][2]},{&l_1875[2][1],&g_3},{&l_1875[1][1],(void*)0},{(void*)0,&g_81[4][5][2]},{&l_1847[4],&l_1875[2][1]},{&g_3,&g_81[4][5][2]},{(void*)0,(void*)0},{(void*)0,&l_1875[1][1]},{&l_1847[4],&l_1847[4]}}};
    int64_t *l_2070[8][7][4] = {{{&g_912,&g_354,&g_354,&g_354},{&g_354,&g_912,(void*)0,&g_354},{&g_912,&g_354,(void*)0,&g_354},{&g_912,&g_912,&g_417,&g_354},{&g_912,(void*)0,&g_354,&g_912},{&g_912,&g_354,&g_912,(void*)0},{&g_354,&g_417,&g_354,&g_912}},{{&g_417,(void*)0,&g_912,&g_417},{&g_417,&g_912,&g_912,&g_354},{&g_417,&g_354,&g_354,&g_354},{&g_354,&g_912,&g_912,&g_354},{&g_912,&g_354,&g_354,&g_354},{&g_912,&g_912,&g_417,&g_912},{&g_912,(void*)0,(void*)0,&g_912}},{{&g_912,&g_912,(void*)0,(void*)0},{&g_354,&g_912,&g_354,&g_912},{&g_912,(void*)0,&g_417,&g_912},{&g_417,&g_912,&g_417,(void*)0},{&g_417,&g_417,&g_912,&g_417},{&g_354,&g_354,&g_912,(void*)0},{&g_417,&g_354,(void*)0,(void*)0}},{{&g_912,&g_417,&g_912,&g_912},{&g_912,&g_417,(void*)0,(void*)0},{&g_417,&g_912,&g_912,&g_912},{&g_354,&g_417,&g_912,&g_417},{&g_417,&g_417,&g_417,&g_417},{&g_912,&g_912,&g_417,(void*)0},{(void*)0,(void*)0,&g_912,&g_354}},{{&g_417,&g_354,&g_354,&g_354},{&g_417,(void*)0,&g_912,(void*)0},{&g_417,&g_912,&g_912,&g_417},{(void*)0,&g_417,(void*)0,&g_417},{&g_417,&g_417,&g_417,&g_912},{(void*)0,&g_912,&g_912,(void*)0},{&g_912,&g_417,&g_354,&g_912}},{{&g_912,&g_417,&g_354,(void*)0},{&g_912,&g_354,&g_912,(void*)0},{(void*)0,&g_354,&g_417,&g_417},{&g_417,&g_417,(void*)0,(void*)0},{(void*)0,(void*)0,&g_912,(void*)0},{&g_417,&g_417,&g_912,&g_912},{&g_417,(void*)0,&g_354,&g_912}},{{&g_417,(void*)0,&g_912,&g_912},{(void*)0,&g_417,&g_417,(void*)0},{&g_912,(void*)0,&g_417,(void*)0},{&g_417,&g_417,&g_912,&g_417},{&g_354,&g_354,&g_912,(void*)0},{&g_417,&g_354,(void*)0,(void*)0},{&g_912,&g_417,&g_912,&g_912}},{{&g_912,&g_417,(void*)0,(void*)0},{&g_417,&g_912,&g_912,&g_912},{&g_354,&g_417,&g_912,&g_417},{&g_417,&g_417,&g_417,&g_417},{&g_912,&g_912,&g_417,(void*)0},{(void*)0,(void*)0,&g_912,&g_354},{&g_417,&g_354,&g_354,&g_354}}};
    uint64_t *l_2071 = &g_241;
    int64_t l_2072 = (-5L);
    uint8_t l_2073 = 0xBFL;
    uint32_t l_2074[4][7][1] = {{{18446744073709551611UL},{0xC1A74C5EL},{0UL},{0UL},{1UL},{18446744073709551615UL},{1UL}},{{0UL},{0UL},{0xC1A74C5EL},{18446744073709551611UL},{0xC1A74C5EL},{0UL},{0UL}},{{1UL},{18446744073709551615UL},{1UL},{0UL},{0UL},{0xC1A74C5EL},{18446744073709551611UL}},{{0xC1A74C5EL},{0UL},{0UL},{1UL},{18446744073709551615UL},{1UL},{0UL}}};
    int16_t ** const l_2075 = &g_1141;
    int16_t *l_2078 = &g_1959;
    uint32_t l_2092 = 4294967288UL;
    int32_t l_2134 = 1L;
    int32_t l_2143 = 0xE0959EE6L;
    uint8_t l_2147 = 255UL;
    uint8_t l_2188 = 0xCAL;
    uint16_t l_2202 = 0x0F10L;
    const int8_t *l_2245 = &g_187;
    const int8_t **l_2244 = &l_2245;
    const int8_t ***l_2243 = &l_2244;
    int64_t l_2273 = 8L;
    int32_t *l_2297 = &g_1922[2][0];
    uint8_t ***l_2314 = &g_192;
    int32_t ****l_2337 = &g_408;
    int64_t l_2345 = 0xD57C685CF83B5D35LL;
    int i, j, k;
    for (g_1118 = 0; (g_1118 == 54); g_1118 = safe_add_func_int32_t_s_s(g_1118, 7))
    { /* block id: 799 */
        int16_t l_1832 = (-1L);
        int32_t l_1846 = 0x37A501A6L;
        int32_t l_1848 = (-1L);
        int32_t l_1849 = 0x4A074D4EL;
        int32_t l_1853 = (-8L);
        int32_t l_1854 = (-5L);
        int32_t l_1855 = 0xF6A95820L;
        int32_t l_1856 = 1L;
        int32_t l_1857 = 1L;
        int32_t l_1858 = 0x8B443941L;
        int32_t l_1860[9][3][9] = {{{0L,(-1L),0xEBEABE17L,0x2B232020L,0x2B232020L,0xEBEABE17L,(-1L),0L,0xC8DED407L},{0x8D3214F2L,0xEBEABE17L,2L,(-1L),0x490B55ABL,0xEC7460E8L,(-1L),0x08261D06L,(-1L)},{0x2B232020L,0L,0x36C37C92L,0L,1L,0x06A3382CL,0x702AB0F0L,0x2DBEBBDAL,0xC8DED407L}},{{(-7L),0x348E5B15L,0x2DBEBBDAL,1L,0x1DB86BE1L,0L,4L,0x701BD2CFL,0x8E4FF5C7L},{0xADD6103BL,0x06A3382CL,(-1L),(-7L),0L,0x62E4984FL,0x2B232020L,0L,1L},{0xEC7460E8L,1L,0x2AF6EEF3L,0x2814442EL,2L,0x94D2CCA9L,0x348E5B15L,0x29C0651FL,0L}},{{0xEC7460E8L,(-7L),0xEBEABE17L,0x94D2CCA9L,4L,0xEC7460E8L,0x2814442EL,0xC8DED407L,(-2L)},{0xADD6103BL,0L,0xEE7F7557L,0x7257DDC4L,0x0AADD4E3L,0x0AADD4E3L,0x7257DDC4L,0xEE7F7557L,0L},{(-7L),0x5455D06BL,1L,0x36C37C92L,0xB954C37EL,0L,1L,0L,(-7L)}},{{0x2B232020L,(-6L),0xC8DED407L,0xEE7F7557L,0L,(-6L),0x62E4984FL,(-1L),(-1L)},{0x8D3214F2L,0x5455D06BL,0xE5EAB0A5L,0x08261D06L,0xC8DED407L,0x2AF6EEF3L,0xE5AF8C45L,0x2EA3FB32L,0L},{(-1L),0L,2L,0xE5EAB0A5L,1L,0x2EA3FB32L,(-7L),0xC8ED5DAEL,0xEC7460E8L}},{{(-1L),(-7L),4L,0x7257DDC4L,(-6L),0xE99B62D8L,0x702AB0F0L,1L,2L},{0x2814442EL,1L,4L,0x11316067L,0x3903AB41L,(-7L),1L,0L,0x2DBEBBDAL},{0x62E4984FL,0x06A3382CL,2L,0L,0x08261D06L,1L,1L,0x08261D06L,0L}},{{0xE5EAB0A5L,0x348E5B15L,0xE5EAB0A5L,0L,(-1L),0x94D2CCA9L,0L,(-1L),0xC8DED407L},{0x568FD025L,0L,0xC8DED407L,0xEC7460E8L,0x1DB86BE1L,0x8D3214F2L,(-7L),0x702AB0F0L,(-10L)},{0xADD6103BL,0xEBEABE17L,1L,0L,0x2B232020L,0x62E4984FL,0L,(-7L),(-1L)}},{{(-1L),1L,0xEE7F7557L,0L,0xB954C37EL,0xEBEABE17L,0x348E5B15L,0x701BD2CFL,(-8L)},{1L,0x0AADD4E3L,0xEBEABE17L,0x11316067L,(-7L),1L,0x6E695F53L,0xC8DED407L,(-1L)},{0x29C0651FL,0x2ACB7364L,0x2AF6EEF3L,0x7257DDC4L,(-7L),0x568FD025L,0x2FCE5036L,0x2AF6EEF3L,0L}},{{0x568FD025L,0xC8ED5DAEL,(-1L),0xE5EAB0A5L,0xB954C37EL,0xED49E61CL,0x2814442EL,0x2814442EL,0xED49E61CL},{0x2B232020L,0x8D3214F2L,0L,0x8D3214F2L,0xEBEABE17L,2L,(-1L),0x490B55ABL,0xEC7460E8L},{(-1L),5L,0x3903AB41L,0x348E5B15L,0xADD6103BL,0x8D3214F2L,0x06A3382CL,0xB954C37EL,1L}},{{0L,0xC8ED5DAEL,(-1L),0x3903AB41L,0x2AF6EEF3L,2L,0x7257DDC4L,(-10L),0x490B55ABL},{1L,(-1L),(-1L),0xEC7460E8L,0x8D3214F2L,0x17522FD5L,0x2B232020L,0xEE7F7557L,(-1L)},{(-7L),0x2AF6EEF3L,(-2L),4L,0x0AADD4E3L,(-1L),0x2AF6EEF3L,0xED49E61CL,0x701BD2CFL}}};
        uint32_t l_1861[7][8] = {{0x6BC75D6AL,0xA94E0039L,4294967288UL,0xA94E0039L,0x6BC75D6AL,5UL,0x4E86A400L,0xAE9C4FE0L},{0x6BC75D6AL,5UL,0x4E86A400L,0xAE9C4FE0L,0x4E86A400L,5UL,0x6BC75D6AL,0xA94E0039L},{0x4DB40F99L,0xA94E0039L,0x4E86A400L,0x11A58495L,0xD65CFDD2L,0x11A58495L,0x4E86A400L,0xA94E0039L},{0x4E86A400L,0x2D7D43D6L,4294967288UL,0xAE9C4FE0L,0xD65CFDD2L,0xA94E0039L,0xD65CFDD2L,0xAE9C4FE0L},{0x4DB40F99L,0x2D7D43D6L,0x4DB40F99L,0xA94E0039L,0x4E86A400L,0x11A58495L,0xD65CFDD2L,0x11A58495L},{0x6BC75D6AL,0xA94E0039L,4294967288UL,0xA94E0039L,0x6BC75D6AL,5UL,0x4E86A400L,0xAE9C4FE0L},{0x6BC75D6AL,5UL,0x4E86A400L,0xAE9C4FE0L,0x4E86A400L,5UL,0x6BC75D6AL,0xA94E0039L}};
        uint8_t *l_1874 = &g_123;
        int8_t *l_1876 = &g_351[0];
        int32_t *l_1877 = &l_1854;
        uint8_t *** const *l_1878 = (void*)0;
        int32_t *l_1882 = (void*)0;
        int32_t *l_1883[9];
        uint8_t l_1899[8] = {246UL,0x5AL,246UL,0x5AL,246UL,0x5AL,246UL,0x5AL};
        int32_t *l_1933[7][5] = {{&l_1844,&l_1844,&l_1844,&l_1844,&l_1844},{&l_1844,&l_1844,&g_880,&l_1844,&l_1844},{&l_1844,&l_1844,&l_1844,&l_1844,&l_1844},{&l_1844,&l_1844,&l_1844,&l_1844,&l_1844},{&l_1844,&l_1844,&g_880,&l_1844,&l_1844},{&l_1844,&l_1844,&l_1844,&l_1844,&l_1844},{&l_1844,&l_1844,&l_1844,&l_1844,&l_1844}};
        int64_t *l_1958 = &g_912;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_1883[i] = &l_1856;
        for (p_37 = 14; (p_37 < 37); p_37++)
        { /* block id: 802 */
            int32_t *l_1833 = &g_81[4][5][2];
            int32_t *l_1834 = &g_81[0][0][0];
            int32_t *l_1835 = &g_81[4][5][2];
            int32_t *l_1836 = (void*)0;
            int32_t *l_1837 = &g_81[8][1][2];
            int32_t *l_1838 = &g_183;
            int32_t *l_1839 = &g_81[1][1][0];
            int32_t *l_1840 = (void*)0;
            int32_t *l_1841 = (void*)0;
            int32_t *l_1842 = &g_81[3][0][0];
            int32_t *l_1843[8];
            int i;
            for (i = 0; i < 8; i++)
                l_1843[i] = &g_81[6][3][2];
            l_1850++;
            l_1845 = ((*l_1834) &= (**g_124));
            l_1861[3][5]++;
        }
        (*l_1877) = (((safe_mul_func_int8_t_s_s(((*l_1876) = ((((*g_884) = (void*)0) != (void*)0) == (l_1847[1] || ((((**g_192) ^ (safe_sub_func_int32_t_s_s((safe_mul_func_uint16_t_u_u(0UL, ((safe_sub_func_uint32_t_u_u(((safe_mod_func_int8_t_s_s(l_1859, ((*l_1874) ^= p_36))) > g_814), (-1L))) , p_38))), l_1875[1][1]))) , l_1844) && 0x4E91L)))), l_1875[1][1])) & p_37) && p_36);
        if ((((((void*)0 != l_1878) , l_1879[5]) == ((safe_sub_func_uint32_t_u_u(((*l_1877) < p_36), ((*g_693) = ((*l_1877) < l_1847[4])))) , l_1879[5])) , p_37))
        { /* block id: 813 */
            return p_36;
        }
        else
        { /* block id: 815 */
            uint8_t l_1884 = 0x16L;
            const int32_t *l_1892 = (void*)0;
            const int32_t **l_1891 = &l_1892;
            int32_t l_1900[8] = {0x27720104L,0x27720104L,0x53EA3A72L,0x27720104L,0x27720104L,0x53EA3A72L,0x27720104L,0x27720104L};
            uint64_t *l_1921 = &g_241;
            uint32_t l_1968 = 7UL;
            uint8_t l_2031 = 0UL;
            uint32_t ****l_2048 = &g_885;
            int32_t l_2054 = 0xFA43BB0AL;
            int i;
            --l_1884;
            for (g_1013 = (-4); (g_1013 == 58); g_1013++)
            { /* block id: 819 */
                int32_t ***l_1890 = &g_1889;
                int32_t l_1901[6][2][8] = {{{0x5FE96F77L,1L,1L,0x5FE96F77L,0xFD17BA7DL,0xD890F6DAL,0x1DC630DEL,1L},{0xD2964071L,0x5FE96F77L,(-1L),0x1DC630DEL,(-1L),0x5FE96F77L,0xD2964071L,(-4L)}},{{(-1L),0x5FE96F77L,0xD2964071L,(-4L),0xD890F6DAL,0xD890F6DAL,(-4L),0xD2964071L},{1L,1L,0x5FE96F77L,0xFD17BA7DL,0xD890F6DAL,0x1DC630DEL,1L,0x1DC630DEL}},{{(-1L),0xD2964071L,0xFD17BA7DL,0xD2964071L,(-1L),1L,1L,0x1DC630DEL},{0x7A8D1D9DL,(-1L),0xFD17BA7DL,1L,1L,0xFD17BA7DL,(-1L),0x7A8D1D9DL}},{{1L,0x5FE96F77L,0xFD17BA7DL,0xD890F6DAL,0x1DC630DEL,1L,0x1DC630DEL,0xD890F6DAL},{1L,(-4L),1L,0xD2964071L,0xD890F6DAL,1L,0xFD17BA7DL,0xFD17BA7DL}},{{0xFD17BA7DL,0x5FE96F77L,1L,1L,0x5FE96F77L,0xFD17BA7DL,0xD890F6DAL,0x1DC630DEL},{0xFD17BA7DL,(-1L),0x7A8D1D9DL,0x5FE96F77L,0xD890F6DAL,0x5FE96F77L,0x7A8D1D9DL,(-1L)}},{{1L,0x7A8D1D9DL,1L,0x5FE96F77L,0x1DC630DEL,0xD2964071L,0xD2964071L,0x1DC630DEL},{1L,0x1DC630DEL,0x1DC630DEL,1L,1L,(-1L),0xD2964071L,0xFD17BA7DL}}};
                uint64_t l_1902 = 0x14D865E429B05364LL;
                int i, j, k;
                l_1847[4] = (l_1875[1][1] ^ (((*l_1890) = ((*g_408) = g_1889)) != l_1891));
                for (g_1236 = (-6); (g_1236 != 6); g_1236 = safe_add_func_int64_t_s_s(g_1236, 6))
                { /* block id: 825 */
                    l_1900[2] = ((((*g_1292) , p_36) != (((p_37 & ((p_36 , l_1897) == l_1897)) && ((p_38 , (safe_unary_minus_func_uint32_t_u(4294967289UL))) > ((p_36 == (**g_192)) , g_183))) | p_37)) ^ l_1899[5]);
                }
                l_1847[4] = ((*l_1877) = p_38);
                l_1902--;
            }
            if (((*l_1877) = (safe_add_func_uint8_t_u_u((l_1900[2] ^= (p_38 , (****g_527))), (safe_sub_func_uint8_t_u_u((safe_sub_func_uint32_t_u_u((safe_div_func_uint64_t_u_u(((*l_1921) |= (p_36 , (safe_mod_func_uint16_t_u_u((safe_sub_func_uint32_t_u_u(0UL, ((safe_sub_func_int64_t_s_s(((((**g_886) , (((((((**g_886) ^ ((safe_mul_func_uint16_t_u_u((g_628 == ((void*)0 == &p_37)), g_1320)) ^ p_37)) , 0xDE1BL) , (**g_886)) ^ p_37) != p_37) , g_752[2])) != (-10L)) || p_38), p_38)) , 0x80EAEAACL))), p_37)))), 0x440AFAA93538B87BLL)), g_1922[2][4])), 0L))))))
            { /* block id: 835 */
                uint32_t l_1934 = 0x6A4E19C9L;
                uint32_t ***l_1952 = (void*)0;
                int32_t l_1961 = 0xAF2A49CFL;
                l_1900[2] = (**g_124);
                for (g_659 = 0; (g_659 <= 0); g_659 += 1)
                { /* block id: 839 */
                    int32_t l_1930 = 0x1431463DL;
                    int32_t l_1962 = 5L;
                    int32_t l_1967 = 0xDBDA42F3L;
                    int i, j;
                    if ((p_37 && (~(safe_mod_func_uint64_t_u_u((safe_lshift_func_int8_t_s_u(((p_38 , ((((safe_add_func_uint64_t_u_u((0xDCBD99A0L & (l_1930 , ((((~((l_1932 = &l_1899[5]) == (***g_527))) ^ (((((255UL | ((l_1933[1][1] = &g_1922[5][1]) == l_1892)) | 7UL) <= p_36) ^ p_37) , l_1934)) ^ p_38) , p_36))), 1L)) ^ l_1934) < p_36) , (void*)0)) != (void*)0), (***g_528))), 18446744073709551615UL)))))
                    { /* block id: 842 */
                        int32_t l_1960 = 0x74961716L;
                        l_1900[2] = (l_1845 = (safe_div_func_uint16_t_u_u((((safe_mod_func_int8_t_s_s((p_36 , (safe_rshift_func_uint16_t_u_u((g_417 | ((safe_mod_func_int16_t_s_s((safe_mul_func_int8_t_s_s(g_814, (safe_lshift_func_uint8_t_u_s((safe_div_func_int8_t_s_s((l_1951 == l_1952), (safe_sub_func_int8_t_s_s(1L, (!(g_1959 ^= ((safe_sub_func_uint32_t_u_u(((void*)0 == l_1958), ((*l_1877) &= 2L))) , p_38))))))), p_37)))), 0x9EBEL)) <= l_1960)), 3))), 0x9EL)) , 0xDE52L) < 0x4235L), p_38)));
                    }
                    else
                    { /* block id: 847 */
                        int16_t l_1963[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                        int32_t l_1964 = (-6L);
                        int32_t l_1965 = 0x6C78DD81L;
                        int32_t l_1966 = 0x0C6877B0L;
                        int i;
                        l_1968++;
                        return l_1961;
                    }
                    for (g_111 = 0; (g_111 <= 2); g_111 += 1)
                    { /* block id: 853 */
                        uint32_t *l_1971 = &l_1850;
                        int i, j, k;
                        l_1875[1][1] = g_81[(g_111 + 2)][g_111][g_111];
                        (**g_124) = (&p_36 == l_1971);
                        if (p_38)
                            continue;
                        if ((**g_124))
                            continue;
                    }
                }
            }
            else
            { /* block id: 860 */
                uint16_t l_2051 = 0x4E25L;
                int32_t l_2055 = 8L;
                for (l_1848 = 7; (l_1848 >= 15); ++l_1848)
                { /* block id: 863 */
                    int16_t l_1982[5];
                    int32_t l_2033 = 0xD18F96CBL;
                    int32_t l_2034 = 0L;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1982[i] = 1L;
                    if ((l_1958 == (void*)0))
                    { /* block id: 864 */
                        uint32_t **l_1998 = (void*)0;
                        uint32_t **l_1999 = &g_1292;
                        uint32_t **l_2000 = &g_1292;
                        uint32_t **l_2001 = &g_1292;
                        uint32_t **l_2002 = &g_1292;
                        uint32_t **l_2003 = &g_1292;
                        uint32_t **l_2004 = &g_1292;
                        uint32_t **l_2005 = &g_1292;
                        uint32_t **l_2006 = &g_1292;
                        uint32_t **l_2007 = &g_1292;
                        uint32_t **l_2008[6][4] = {{&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292}};
                        uint32_t **l_2009 = &g_1292;
                        uint32_t **l_2010 = &g_1292;
                        uint32_t **l_2011 = &g_1292;
                        uint32_t **l_2012 = &g_1292;
                        uint32_t **l_2013 = &g_1292;
                        uint32_t **l_2014[9] = {&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292};
                        uint32_t **l_2015 = &g_1292;
                        uint32_t **l_2016 = &g_1292;
                        uint32_t **l_2017[3][6][7] = {{{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,(void*)0,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,(void*)0,(void*)0,(void*)0,&g_1292,&g_1292,(void*)0}},{{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,(void*)0,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,(void*)0,(void*)0,&g_1292,&g_1292,(void*)0}},{{&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,(void*)0},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292},{&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{(void*)0,&g_1292,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292},{&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,&g_1292},{(void*)0,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292}}};
                        uint32_t **l_2018[7][10] = {{(void*)0,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,(void*)0},{(void*)0,&g_1292,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0},{(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,(void*)0},{(void*)0,&g_1292,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0},{(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,&g_1292,&g_1292,&g_1292,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,&g_1292,(void*)0,(void*)0,(void*)0}};
                        uint32_t **l_2019[7][1][1] = {{{&g_1292}},{{&g_1292}},{{&g_1292}},{{&g_1292}},{{&g_1292}},{{&g_1292}},{{&g_1292}}};
                        uint32_t **l_2020 = (void*)0;
                        uint32_t **l_2021 = &g_1292;
                        uint32_t **l_2022 = &g_1292;
                        uint32_t **l_2023 = &g_1292;
                        uint32_t **l_2024[3][9] = {{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292},{&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292,&g_1292}};
                        uint32_t **l_2025 = &g_1292;
                        uint32_t *** const l_1997[10][10] = {{&l_2024[0][7],&l_2025,&l_2022,&l_2010,&l_2021,(void*)0,&l_2021,&l_2010,&l_2022,&l_2025},{&l_2000,(void*)0,&l_2015,&l_2025,&l_2002,&l_1999,&l_2018[6][1],&l_2002,&l_2007,&l_2005},{&l_2002,&l_2021,&l_2004,(void*)0,&l_2008[2][1],&l_1999,&l_2012,&l_2018[6][1],&l_2017[0][2][6],(void*)0},{&l_2000,&l_2013,&l_2019[0][0][0],&l_2018[6][1],&l_2010,(void*)0,&l_2003,&l_2003,(void*)0,&l_2010},{&l_2024[0][7],&l_2002,&l_2002,&l_2024[0][7],(void*)0,&l_2017[0][2][6],&l_2018[6][1],&l_2012,&l_1999,&l_2008[2][1]},{&l_2015,(void*)0,(void*)0,(void*)0,&l_2012,&l_2014[4],&l_2009,(void*)0,&l_2006,&l_2009},{(void*)0,&l_2004,&l_2021,&l_2002,&l_2004,&l_2000,&l_2017[0][2][6],&l_1999,&l_2003,&l_1999},{&l_2023,&l_2011,&l_2022,(void*)0,&l_2022,&l_2011,&l_2023,&l_1998,(void*)0,&l_2015},{(void*)0,&l_2015,&l_2019[0][0][0],&l_2016,&l_2007,&l_2019[0][0][0],(void*)0,&l_2023,&l_2014[4],&l_1998},{(void*)0,&l_2015,&l_2013,&l_2004,&l_2017[0][2][6],&l_2024[0][7],&l_2023,&l_2015,&l_2000,&l_2007}};
                        uint32_t *** const *l_1996 = &l_1997[5][8];
                        uint32_t *** const **l_1995[1][6] = {{&l_1996,&l_1996,&l_1996,&l_1996,&l_1996,&l_1996}};
                        uint16_t *l_2029 = &g_73;
                        int16_t *l_2030 = &g_1959;
                        int32_t l_2032 = 0L;
                        int i, j, k;
                        l_2034 &= (safe_mod_func_uint32_t_u_u((l_2033 ^= (safe_add_func_uint16_t_u_u((((((safe_rshift_func_int16_t_s_s(7L, (safe_mul_func_int8_t_s_s(((((((((*l_2030) ^= (((*l_2029) = (((l_1982[1] && (safe_add_func_int16_t_s_s((p_36 <= 0L), 0xD097L))) && ((g_2026 = ((safe_sub_func_int16_t_s_s((p_36 < (safe_add_func_int32_t_s_s(0x350E2895L, 0x1DBD879DL))), (safe_mod_func_uint64_t_u_u(((safe_add_func_uint16_t_u_u(((&g_1010 != l_1892) == 0xCA9CE858L), 0xA537L)) || 0L), p_38)))) , (void*)0)) == (void*)0)) < g_189)) == 0xE208L)) ^ 0x0EDBL) <= g_189) , l_2031) < p_37) != 0x28L) , l_2032), (**g_192))))) <= 0x8E1D098CL) < l_2032) && 0x1326FF569DE83E9DLL) , l_1982[1]), 1L))), 4294967295UL));
                        if (p_38)
                            continue;
                        l_2033 &= (((safe_lshift_func_int8_t_s_s(p_38, 4)) || 0L) == (safe_lshift_func_uint16_t_u_s((((safe_div_func_int16_t_s_s(0xFEF3L, (safe_mul_func_int8_t_s_s((((*l_1876) = ((safe_unary_minus_func_int64_t_s(g_880)) ^ ((*g_193) = (safe_rshift_func_uint8_t_u_s((p_37 != 5L), ((6L > (l_2048 == l_2049)) , g_814)))))) && l_2051), p_38)))) || l_2034) & p_37), g_1320)));
                    }
                    else
                    { /* block id: 874 */
                        l_2034 = 0L;
                    }
                    if ((*l_1877))
                        continue;
                }
                l_2055 |= (((l_2051 | p_38) <= 0x93449551L) < ((7L < ((safe_mul_func_int8_t_s_s(0x5EL, ((l_2054 = ((0x1A41AF9FL <= (1UL == 65535UL)) & (l_1900[2] = p_37))) || g_628))) , p_37)) ^ 0xBB7FL));
            }
        }
        return p_36;
    }
    l_2074[0][4][0] ^= (((p_36 || ((safe_lshift_func_int16_t_s_u((((((((safe_mod_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u(p_37, (((*l_2071) ^= ((((*l_2064) = l_2062) != &l_2063) ^ (g_912 &= (((**l_2049) == (***g_883)) && (safe_rshift_func_uint8_t_u_u(0x36L, ((***g_528) = (safe_mod_func_int32_t_s_s(((*g_693) = ((g_417 , p_36) == p_36)), 0x8B81BE9AL))))))))) ^ 1L))) ^ l_2072), l_2073)) & p_38) , g_123) , p_37) <= 65527UL) < g_859[3]) == 0xD892L), 10)) | p_37)) < g_183) == p_37);
lbl_2355:
    (**g_124) = ((l_2075 != (p_36 , l_2075)) > ((*l_2078) = (safe_unary_minus_func_int64_t_s((((((3L > p_37) || p_36) , (p_36 != 0xA4L)) , g_2077) != (void*)0)))));
    for (p_38 = 0; (p_38 <= 0); p_38 += 1)
    { /* block id: 896 */
        int32_t l_2082 = 1L;
        int32_t l_2090 = 1L;
        int32_t l_2091 = 1L;
        int8_t *l_2099 = &g_351[0];
        int32_t l_2122 = 0x0764ED35L;
        int32_t l_2125 = 1L;
        int32_t l_2129[10][9][2] = {{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}},{{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L},{0xBB46EE75L,0xBB46EE75L}}};
        int8_t **l_2155 = &l_2099;
        uint8_t l_2169 = 0x23L;
        int64_t **l_2335[6] = {&l_2070[4][0][1],&l_2070[6][2][2],&l_2070[6][2][2],&l_2070[4][0][1],&l_2070[6][2][2],&l_2070[6][2][2]};
        uint32_t l_2347 = 8UL;
        int i, j, k;
        l_2092 = (((*l_2071) = ((((((1L | (l_2082 = ((safe_rshift_func_int8_t_s_u(((~l_2082) != g_81[4][5][2]), ((safe_add_func_uint64_t_u_u((safe_add_func_int16_t_s_s(((((&g_241 != (void*)0) , (0xC8L == ((***g_528)--))) || ((safe_unary_minus_func_int8_t_s((l_2090 = ((((((p_36 >= ((*l_2078) = l_2082)) <= (l_2082 < l_2082)) && p_36) , p_38) , l_2082) != 4294967286UL)))) | p_37)) && 0x7E1CL), 0x9E35L)), l_2082)) > p_37))) ^ l_2082))) | p_38) || p_36) | l_2091) != 0x7334L) <= g_1641)) < 1UL);
        for (g_1097 = 0; (g_1097 <= 0); g_1097 += 1)
        { /* block id: 905 */
            const uint8_t l_2098 = 0x56L;
            int8_t **l_2100 = (void*)0;
            int8_t **l_2101 = &l_2099;
            int8_t *l_2108[3][8][7] = {{{&g_351[0],&g_351[0],&g_187,&g_351[0],&g_351[0],&g_351[0],&g_187},{&g_187,&g_187,&g_187,&g_351[0],(void*)0,&g_351[0],&g_187},{&g_351[0],&g_187,&g_351[0],(void*)0,&g_351[0],&g_351[0],&g_351[0]},{&g_351[0],&g_187,&g_187,&g_351[0],(void*)0,&g_351[0],&g_187},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_187,&g_187},{&g_187,&g_187,&g_351[0],&g_187,&g_187,&g_351[0],&g_187},{&g_351[0],(void*)0,&g_351[0],&g_187,&g_351[0],(void*)0,&g_351[0]},{&g_351[0],&g_187,&g_187,&g_187,&g_187,&g_187,&g_187}},{{&g_351[0],(void*)0,&g_187,&g_351[0],&g_351[0],&g_351[0],&g_187},{&g_187,&g_187,&g_351[0],&g_351[0],&g_351[0],&g_187,&g_187},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0]},{&g_187,&g_187,&g_187,&g_187,&g_187,&g_351[0],&g_351[0]},{&g_351[0],&g_187,&g_351[0],&g_187,&g_351[0],&g_351[0],&g_187},{(void*)0,&g_187,&g_351[0],&g_187,&g_351[0],&g_187,&g_187},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0]},{(void*)0,&g_187,&g_351[0],&g_351[0],&g_187,&g_187,&g_351[0]}},{{&g_351[0],&g_351[0],&g_187,(void*)0,&g_351[0],(void*)0,&g_187},{&g_187,&g_187,&g_351[0],&g_351[0],&g_187,&g_351[0],&g_351[0]},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_187,&g_351[0]},{&g_187,&g_187,&g_351[0],&g_351[0],&g_187,&g_351[0],&g_351[0]},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_187},{&g_351[0],&g_187,&g_187,&g_187,&g_187,&g_351[0],&g_351[0]},{&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0],&g_351[0]},{&g_187,&g_187,&g_351[0],&g_187,&g_351[0],&g_187,&g_351[0]}}};
            uint32_t l_2109[5][9] = {{4294967289UL,0UL,1UL,0x1288609CL,4294967287UL,4294967286UL,4294967293UL,4294967293UL,4294967286UL},{0x1288609CL,0x2B6A1B35L,0x87689AE3L,0x2B6A1B35L,0x1288609CL,0UL,4294967286UL,1UL,1UL},{4294967286UL,0UL,0x1288609CL,0x2B6A1B35L,0x87689AE3L,0x2B6A1B35L,0x1288609CL,0UL,4294967286UL},{4294967293UL,4294967286UL,4294967287UL,0x1288609CL,1UL,0UL,4294967289UL,0UL,1UL},{1UL,4294967289UL,4294967289UL,1UL,0x2B6A1B35L,4294967286UL,0UL,1UL,4294967287UL}};
            int32_t l_2120 = 0x72C066E1L;
            int32_t l_2133 = (-6L);
            int32_t l_2136 = (-8L);
            int32_t l_2138 = (-1L);
            int32_t l_2140[4][1] = {{0x12836B3AL},{(-9L)},{0x12836B3AL},{(-9L)}};
            uint64_t l_2150 = 0xC67D35B22305750DLL;
            uint64_t *l_2170 = &l_2150;
            uint64_t *l_2171[8][2][3] = {{{(void*)0,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,(void*)0,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}},{{&g_2172,&g_2172,&g_2172},{&g_2172,&g_2172,&g_2172}}};
            int32_t l_2187 = (-1L);
            int8_t l_2189 = 0xF5L;
            int16_t * const l_2219 = &g_2220;
            int16_t * const *l_2218[7] = {&l_2219,&l_2219,&l_2219,&l_2219,&l_2219,&l_2219,&l_2219};
            const uint32_t l_2236 = 0x5A535950L;
            uint32_t l_2237 = 0xB54BD615L;
            uint32_t l_2240 = 0UL;
            uint16_t **l_2270 = (void*)0;
            int i, j, k;
            if ((safe_sub_func_uint64_t_u_u((((~l_2098) | ((l_2090 = ((((((*l_2101) = l_2099) != (void*)0) | 0xCFF1976EL) && ((safe_rshift_func_int8_t_s_s(((safe_rshift_func_uint16_t_u_s((((safe_lshift_func_uint16_t_u_u((((*l_2078) = g_81[9][4][0]) < p_36), 13)) != (p_36 != 1UL)) ^ ((*****g_883) = 0x54550EC8L)), 9)) , p_38), 2)) , g_2[0][1][0])) , p_38)) > 0xDDL)) , g_126), p_37)))
            { /* block id: 910 */
                int32_t l_2115 = (-1L);
                int32_t l_2126 = 0xF358C7D6L;
                int32_t l_2128 = 0xD833FBF2L;
                int32_t l_2141 = (-1L);
                int32_t l_2145[7][5][7] = {{{0x245D851CL,(-1L),0L,0x3B5990A5L,0x245D851CL,0x3B5990A5L,0L},{0x4368FA08L,0x4368FA08L,(-1L),1L,0x3A9FBFA3L,0L,1L},{0x82893DC6L,0L,0x82893DC6L,0x3B5990A5L,(-4L),0L,(-4L)},{7L,1L,1L,7L,0x3A9FBFA3L,(-1L),1L},{0x245D851CL,(-1L),4L,(-1L),0x245D851CL,0L,4L}},{{0L,0x4368FA08L,1L,1L,0x4368FA08L,0L,1L},{(-4L),0x3B5990A5L,0x82893DC6L,0L,0x82893DC6L,0x3B5990A5L,(-4L)},{0L,1L,1L,7L,7L,1L,1L},{0x245D851CL,0x3B5990A5L,0L,(-1L),0x245D851CL,(-1L),0L},{7L,0x4368FA08L,1L,1L,0L,0L,1L}},{{0x82893DC6L,(-1L),0x82893DC6L,(-1L),(-4L),(-1L),(-4L)},{0x4368FA08L,1L,1L,7L,0L,(-1L),(-1L)},{0x245D851CL,0L,4L,0L,0x245D851CL,(-1L),4L},{0x3A9FBFA3L,0x4368FA08L,1L,1L,7L,0L,(-1L)},{(-4L),(-1L),0x82893DC6L,(-1L),0x82893DC6L,(-1L),(-4L)}},{{0x3A9FBFA3L,1L,(-1L),7L,0x4368FA08L,1L,1L},{0x245D851CL,(-1L),0L,0x3B5990A5L,0x245D851CL,0x3B5990A5L,0L},{0x4368FA08L,0x4368FA08L,(-1L),1L,0x3A9FBFA3L,0L,1L},{0x82893DC6L,0L,0x82893DC6L,0x3B5990A5L,(-4L),0L,(-4L)},{7L,1L,1L,7L,0x3A9FBFA3L,(-1L),1L}},{{0x245D851CL,(-1L),4L,(-1L),0x245D851CL,0L,4L},{0L,0x4368FA08L,1L,1L,0x4368FA08L,0L,1L},{(-4L),0x3B5990A5L,0x82893DC6L,0L,0x82893DC6L,0x3B5990A5L,(-4L)},{0L,1L,1L,7L,7L,1L,1L},{0x245D851CL,0x3B5990A5L,0L,(-1L),0x245D851CL,(-1L),0L}},{{7L,0x4368FA08L,1L,1L,0L,0L,1L},{0x82893DC6L,(-1L),0x82893DC6L,(-1L),(-4L),(-1L),(-4L)},{0x4368FA08L,1L,1L,7L,0L,(-1L),(-1L)},{0x245D851CL,0L,4L,0L,0x245D851CL,(-1L),4L},{0x3A9FBFA3L,0x4368FA08L,1L,1L,7L,0L,(-1L)}},{{(-4L),(-1L),0x82893DC6L,(-1L),0x82893DC6L,(-1L),(-4L)},{0x3A9FBFA3L,1L,(-1L),7L,0x4368FA08L,1L,1L},{0x245D851CL,(-1L),0L,0x3B5990A5L,0x245D851CL,0x3B5990A5L,0L},{0x4368FA08L,0x4368FA08L,(-1L),1L,0x3A9FBFA3L,0L,1L},{0x82893DC6L,0L,0x82893DC6L,0x3B5990A5L,(-4L),0L,(-4L)}}};
                int i, j, k;
                l_2109[2][7] = (-4L);
                for (g_123 = 1; (g_123 > 43); g_123 = safe_add_func_uint16_t_u_u(g_123, 2))
                { /* block id: 914 */
                    int8_t l_2119 = 0L;
                    int32_t l_2121 = 2L;
                    int32_t l_2123[6][3] = {{0x9B51BDFFL,0x9B51BDFFL,0x9B51BDFFL},{0L,0x7BF04F6DL,0L},{0x9B51BDFFL,0x9B51BDFFL,0x9B51BDFFL},{0L,0x7BF04F6DL,0L},{0x9B51BDFFL,0x9B51BDFFL,0x9B51BDFFL},{0L,0x7BF04F6DL,0L}};
                    int8_t l_2139 = 0x61L;
                    int i, j;
                    if ((g_2112 >= (((*l_2078) |= (-1L)) < (((((l_2115 = ((((l_2091 = p_36) , 0xB81585BA16F0D455LL) , (p_36 ^ p_37)) , (l_2109[2][7] & (l_2109[2][7] > (safe_lshift_func_uint8_t_u_u(p_38, 1)))))) | l_2090) < (****g_884)) && 0x77L) , p_36))))
                    { /* block id: 918 */
                        int32_t *l_2116 = (void*)0;
                        (**g_2026) = (void*)0;
                        (*l_1897) = l_2116;
                    }
                    else
                    { /* block id: 921 */
                        volatile int32_t * volatile *l_2118 = &g_125;
                        int32_t l_2124 = 0L;
                        int32_t l_2127 = (-1L);
                        int32_t l_2130 = 0L;
                        int32_t l_2131 = 0L;
                        int32_t l_2132 = 0x89612D35L;
                        int32_t l_2135 = (-6L);
                        int32_t l_2137 = 0xECA8A1A8L;
                        int32_t l_2142 = (-1L);
                        int32_t l_2144 = (-6L);
                        int32_t l_2146 = 0x362B28E3L;
                        (*l_2118) = (*g_124);
                        --l_2147;
                        if (l_2150)
                            continue;
                        l_2122 = (((safe_lshift_func_int16_t_s_u(((l_2123[1][2] == (((0x57BAL >= (safe_add_func_int32_t_s_s((((p_37 == p_38) != (l_2155 == (void*)0)) , ((((p_37 ^ 0x7C08CAE3961EA5B7LL) , (!((safe_lshift_func_int8_t_s_s(((safe_mul_func_int16_t_s_s((g_814 & (**g_192)), l_2129[6][4][1])) ^ p_36), 6)) || (-2L)))) , l_2145[2][2][3]) <= 4294967295UL)), l_2129[5][2][0]))) ^ g_1959) | 0UL)) , l_2141), 1)) <= g_183) > l_2138);
                    }
                    if (p_37)
                        break;
                }
                return (***g_195);
            }
            else
            { /* block id: 930 */
                if (p_38)
                    break;
            }
            if ((safe_sub_func_uint8_t_u_u(0UL, (safe_mul_func_uint16_t_u_u((safe_div_func_uint64_t_u_u((safe_rshift_func_int16_t_s_u((((((g_354 = (-8L)) ^ (g_2172 = ((*l_2170) = ((*l_2071) = l_2169)))) , ((0x06FBL || (safe_mul_func_uint16_t_u_u(((((safe_mul_func_int16_t_s_s(((((((0x2333D650L & l_2090) && (((((g_628 < ((safe_add_func_int64_t_s_s(g_1922[0][1], (safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((0x6AL != p_36), 65535UL)), 1)) == g_1641), p_38)), 5)))) == g_81[4][5][2])) && 0UL) , &g_814) == &g_912) < 8L)) > 1UL) == l_2187) , 8L) ^ (**g_886)), 0x4BA1L)) || p_37) != l_2188) < p_38), l_2189))) ^ 4294967295UL)) | p_36) < 1UL), 2)), g_1922[2][4])), 3UL)))))
            { /* block id: 937 */
                uint32_t l_2192 = 18446744073709551615UL;
                int16_t **l_2223 = &l_2078;
                uint32_t l_2233 = 5UL;
                int32_t l_2268 = 0x9DC16A3EL;
                int32_t *l_2310 = (void*)0;
                uint64_t l_2313 = 0x6845A19B8762EF23LL;
                int16_t l_2334 = 1L;
                int32_t l_2336 = 0L;
                int32_t l_2344 = 0xFDA5A62CL;
                int32_t l_2346 = (-8L);
                if ((safe_mul_func_int16_t_s_s((p_37 , ((*l_2078) = l_2192)), p_38)))
                { /* block id: 939 */
                    uint32_t ***l_2203 = (void*)0;
                    int32_t l_2217[4][1][2] = {{{(-9L),(-9L)}},{{(-9L),(-9L)}},{{(-9L),(-9L)}},{{(-9L),(-9L)}}};
                    const uint16_t l_2224 = 4UL;
                    int i, j, k;
                    if (((l_2140[0][0] = (p_36 | ((safe_mul_func_uint8_t_u_u((safe_lshift_func_uint8_t_u_u(p_36, 7)), p_37)) > ((safe_rshift_func_uint8_t_u_s((~p_36), 1)) <= (((safe_rshift_func_uint16_t_u_s(65531UL, l_2202)) == (((((void*)0 != l_2203) == (((safe_mod_func_uint8_t_u_u(((**g_192) = (safe_add_func_int8_t_s_s(p_38, p_38))), g_81[4][5][2])) != p_38) > l_2192)) >= p_37) || p_36)) ^ 0xFE033288L))))) > p_37))
                    { /* block id: 942 */
                        uint16_t *l_2210 = &g_73;
                        int32_t l_2225[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
                        int i;
                        l_2225[4] ^= ((safe_sub_func_uint32_t_u_u(((((((--(*l_2210)) , (safe_mod_func_uint8_t_u_u((&g_2026 == (((*l_2078) = p_36) , &g_2026)), (((*g_193) && (safe_lshift_func_int8_t_s_s(l_2192, l_2217[2][0][0]))) , 0xF8L)))) & ((((((l_2218[5] = &g_1141) != ((safe_mul_func_uint8_t_u_u(p_37, p_38)) , l_2223)) , (void*)0) == (void*)0) && l_2224) , p_37)) , (-1L)) & 0xF2L) <= 2L), (**g_886))) , p_38);
                    }
                    else
                    { /* block id: 947 */
                        uint16_t *l_2226 = &g_179;
                        volatile int32_t * volatile l_2239[7][4][9] = {{{&g_126,&g_126,(void*)0,&g_126,(void*)0,&g_126,&g_126,(void*)0,&g_126},{&g_126,(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126},{(void*)0,&g_126,&g_126,(void*)0,(void*)0,&g_126,&g_126,(void*)0,&g_126},{&g_126,&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,(void*)0,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126},{&g_126,(void*)0,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126},{&g_126,(void*)0,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126},{&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126},{&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126},{&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126},{&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126},{&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126},{&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,(void*)0,&g_126},{&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,(void*)0,(void*)0,&g_126},{&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126},{(void*)0,&g_126,(void*)0,&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126},{(void*)0,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,(void*)0,(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126,(void*)0},{&g_126,&g_126,&g_126,(void*)0,&g_126,&g_126,(void*)0,(void*)0,&g_126},{(void*)0,&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,(void*)0},{(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126}},{{(void*)0,&g_126,(void*)0,&g_126,&g_126,(void*)0,&g_126,(void*)0,&g_126},{&g_126,&g_126,(void*)0,&g_126,&g_126,&g_126,&g_126,&g_126,&g_126},{&g_126,(void*)0,(void*)0,(void*)0,&g_126,(void*)0,&g_126,&g_126,&g_126},{(void*)0,&g_126,(void*)0,(void*)0,&g_126,&g_126,(void*)0,(void*)0,&g_126}}};
                        int i, j, k;
                        l_2237 |= (0x52L & ((**g_192) &= (((*g_473) <= (((*l_2226) = 9UL) || (2L && (((((+0x9E3522C46A3FA146LL) || (safe_sub_func_int16_t_s_s(p_36, ((-5L) < (~(safe_sub_func_uint32_t_u_u(l_2233, (safe_div_func_uint16_t_u_u((p_37 != 0x638FEC1CL), l_2125))))))))) == p_37) > (-2L)) , p_37)))) != l_2236)));
                        g_2238[0][0][0] = (-10L);
                        l_2239[0][2][8] = (*g_124);
                    }
                    ++l_2240;
                    (*g_2246) = l_2243;
                }
                else
                { /* block id: 956 */
                    int16_t l_2269 = 0x6D73L;
                    int32_t l_2299 = 1L;
                    int32_t l_2300 = 0L;
                    int32_t l_2301[8] = {0L,0L,0L,0L,0L,0L,0L,0L};
                    int32_t *l_2308 = (void*)0;
                    int i;
                    l_2268 ^= ((~l_2192) & (p_37 != ((safe_mod_func_int32_t_s_s((~(safe_div_func_int32_t_s_s((safe_mul_func_int16_t_s_s((((g_417 = ((safe_sub_func_int8_t_s_s(((safe_mod_func_uint32_t_u_u((l_2133 = (--(*****g_883))), (safe_mul_func_uint16_t_u_u(p_37, l_2129[3][3][1])))) > ((void*)0 != (*l_2243))), (l_2192 , (*g_193)))) > ((safe_rshift_func_int16_t_s_u(3L, 7)) ^ p_38))) | 18446744073709551615UL) > g_241), 65526UL)), p_36))), (*g_693))) == p_38)));
                    l_2269 = p_36;
                    (*g_2271) = l_2270;
                    if ((l_2273 , (-1L)))
                    { /* block id: 963 */
                        int32_t **l_2294 = (void*)0;
                        int32_t *l_2296 = &g_1922[3][3];
                        int32_t **l_2295[2];
                        int32_t l_2298 = 8L;
                        int i;
                        for (i = 0; i < 2; i++)
                            l_2295[i] = &l_2296;
                        l_2138 = ((l_2301[3] = (l_2300 = ((&l_2243 != (((((safe_rshift_func_uint8_t_u_s((g_187 >= ((l_2298 = (safe_div_func_uint64_t_u_u(0x87E3B5D45A6750B0LL, (safe_mod_func_int32_t_s_s(((safe_add_func_int8_t_s_s(((l_2299 = (((***g_2247) > ((safe_mod_func_int32_t_s_s((safe_sub_func_int16_t_s_s(l_2192, (safe_lshift_func_int8_t_s_u((safe_lshift_func_int16_t_s_u(l_2090, 1)), 4)))), ((((*l_2071)--) || ((g_1320 & p_37) <= (safe_div_func_int16_t_s_s((((l_2297 = &g_1922[2][4]) == (void*)0) && l_2269), 0x3C04L)))) , p_36))) < (**g_2248))) , l_2298)) != 3L), l_2269)) < (*g_2249)), p_36))))) > p_38)), 2)) >= l_2169) , p_36) | 1UL) , (void*)0)) != p_38))) && p_36);
                    }
                    else
                    { /* block id: 971 */
                        int32_t **l_2309 = &l_2308;
                        uint8_t ****l_2315 = &l_2314;
                        int32_t l_2316 = 0xC29815FAL;
                        l_2316 = (safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u(l_2129[9][2][1], l_2233)), ((**l_2155) |= (safe_rshift_func_int8_t_s_s(((***g_885) , ((((((*l_2309) = l_2308) != l_2310) != (l_2129[3][8][1] < (safe_div_func_uint64_t_u_u(((l_2313 <= ((((*l_2315) = l_2314) != (*g_527)) >= p_36)) || p_36), p_38)))) , p_36) & p_37)), l_2140[1][0])))));
                        l_2268 = (l_2301[5] <= l_2233);
                        if (l_2316)
                            continue;
                    }
                }
                for (g_628 = 0; (g_628 != 48); g_628 = safe_add_func_uint16_t_u_u(g_628, 8))
                { /* block id: 982 */
                    int64_t l_2325[2];
                    int32_t l_2343[9] = {6L,6L,6L,6L,6L,6L,6L,6L,6L};
                    int16_t **l_2350 = &l_2078;
                    int i;
                    for (i = 0; i < 2; i++)
                        l_2325[i] = (-1L);
                    if (((safe_lshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s((((safe_rshift_func_uint16_t_u_u((l_2325[1] != l_2129[9][2][1]), 5)) & (safe_div_func_int16_t_s_s((((***g_528) |= (((&g_408 != ((l_2336 = ((l_2268 ^= ((safe_mul_func_uint8_t_u_u((p_36 | p_37), (safe_mul_func_int8_t_s_s(((((safe_div_func_int32_t_s_s(((p_38 < l_2334) | (l_2335[3] != &l_2070[4][2][2])), 0x269E5A54L)) & 0x68L) , 0xA0L) || (****g_2246)), 0xD2L)))) > 0L)) < g_1424)) , l_2337)) == 0xE3F57EACDEB8F7A2LL) < p_37)) && 1L), 7L))) , l_2091), (-7L))), p_37)) , p_37))
                    { /* block id: 986 */
                        (*g_125) = l_2192;
                    }
                    else
                    { /* block id: 988 */
                        uint32_t l_2342 = 9UL;
                        l_2342 = (&l_2237 == ((((p_38 <= 0L) , (l_2336 || (safe_sub_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(p_38, 0)), p_37)))) < 0xB2506BE9L) , (void*)0));
                        l_2120 &= p_37;
                    }
                    l_2347--;
                    if ((**g_124))
                        break;
                    l_2120 ^= (p_37 , ((void*)0 == l_2350));
                }
            }
            else
            { /* block id: 996 */
                for (g_417 = 0; (g_417 >= 1); g_417 = safe_add_func_uint64_t_u_u(g_417, 9))
                { /* block id: 999 */
                    for (l_2189 = (-8); (l_2189 >= (-6)); l_2189++)
                    { /* block id: 1002 */
                        int32_t *l_2356 = &l_1875[1][1];
                        if (g_1013)
                            goto lbl_2355;
                        (*g_1889) = l_2356;
                    }
                    return (***g_195);
                }
            }
            for (l_1850 = 15; (l_1850 != 12); l_1850 = safe_sub_func_uint64_t_u_u(l_1850, 3))
            { /* block id: 1011 */
                int32_t l_2359 = 0L;
                l_2359 = (*g_693);
            }
        }
    }
    return p_36;
}


/* ------------------------------------------ */
/* 
 * reads : g_189 g_474 g_912 g_1167 g_81 g_752 g_659 g_241 g_408 g_127 g_884 g_885 g_886 g_887 g_693 g_1661 g_125 g_1823 g_183
 * writes: g_912 g_81 g_1118 g_189 g_628 g_752 g_125 g_1823
 */
static uint16_t  func_42(uint8_t  p_43)
{ /* block id: 482 */
    uint32_t l_1144 = 1UL;
    int32_t l_1164[4];
    const int8_t l_1165[4] = {0L,0L,0L,0L};
    int64_t *l_1166[10][5] = {{&g_417,(void*)0,&g_417,&g_417,&g_417},{&g_912,&g_417,&g_912,&g_354,&g_417},{&g_417,&g_912,&g_354,&g_417,&g_354},{(void*)0,(void*)0,&g_912,&g_417,&g_912},{&g_354,&g_417,&g_354,&g_354,&g_417},{&g_912,&g_354,&g_912,&g_912,&g_354},{(void*)0,&g_417,&g_417,&g_417,(void*)0},{&g_912,(void*)0,&g_354,&g_354,(void*)0},{(void*)0,&g_912,&g_912,(void*)0,&g_354},{&g_912,&g_417,&g_912,(void*)0,(void*)0}};
    int32_t *l_1168 = (void*)0;
    int32_t *l_1169 = (void*)0;
    int32_t *l_1170 = &g_81[4][5][2];
    uint32_t *l_1171 = (void*)0;
    uint32_t *l_1172 = &g_1118;
    int32_t l_1173 = 0L;
    uint8_t l_1174[4][6][10] = {{{0x97L,254UL,0UL,0x19L,0xE6L,1UL,0x61L,0xFAL,0x8CL,0x5EL},{0x61L,0xEDL,3UL,0x7AL,3UL,0x9BL,253UL,0x16L,249UL,254UL},{0x9FL,0x03L,0x58L,251UL,8UL,8UL,251UL,0x58L,0x03L,0x9FL},{0x60L,0x18L,6UL,0xF5L,0xCAL,0x66L,255UL,0xF8L,253UL,0x08L},{0x79L,0x9FL,0xEFL,0xF2L,0xCAL,0x36L,249UL,5UL,2UL,0x2FL},{0xCAL,255UL,252UL,9UL,254UL,0x4AL,0x8CL,0xC0L,1UL,249UL}},{{0x9CL,0x61L,0x5DL,0xD0L,247UL,6UL,1UL,255UL,249UL,0x4DL},{0x18L,255UL,254UL,3UL,0xC0L,0xC2L,1UL,0x5EL,0x5BL,0x2FL},{0xEDL,0x5DL,254UL,8UL,0x61L,0x19L,0x32L,0xFAL,5UL,0x16L},{0xE6L,255UL,0x9FL,0x76L,0UL,250UL,0UL,254UL,0xFAL,253UL},{0xF2L,0x4AL,0x97L,0x5CL,1UL,0x9CL,5UL,255UL,1UL,1UL},{0xF8L,0x74L,0xCAL,0UL,0xEDL,0x2FL,0x9FL,252UL,0x79L,1UL}},{{0x82L,1UL,0xEDL,249UL,0xFFL,1UL,0xFFL,249UL,0xEDL,1UL},{5UL,0x79L,0xC2L,0x5EL,0x09L,0xFFL,0xC8L,0x82L,249UL,0x36L},{0x61L,254UL,0x60L,0x4AL,252UL,0xFFL,0UL,1UL,8UL,0xD0L},{5UL,0x8CL,1UL,1UL,251UL,1UL,0xC0L,0x97L,0x2FL,0xC1L},{0x82L,0x2FL,253UL,6UL,255UL,0x2FL,0x5CL,0x03L,255UL,0xF8L},{0xF8L,0x07L,0x2FL,1UL,0x66L,0x9CL,0x81L,0x2FL,0x18L,0xEDL}},{{0xF2L,8UL,0UL,5UL,1UL,250UL,0x4DL,254UL,249UL,1UL},{0xE6L,0x82L,255UL,0x4DL,255UL,0x19L,0x36L,0xF5L,0xEFL,0x7AL},{0xEDL,0x7AL,0x4DL,255UL,5UL,0xC2L,0x5DL,1UL,0x61L,0x07L},{0x18L,1UL,1UL,0xCBL,0x5EL,6UL,0x97L,0x2FL,253UL,0x81L},{0x9CL,0x5EL,0x16L,254UL,247UL,1UL,1UL,247UL,254UL,0x16L},{0xEFL,0xEFL,0x73L,0xEDL,1UL,6UL,1UL,1UL,255UL,1UL}}};
    int32_t l_1175 = 0xCAD4AA76L;
    int32_t *l_1178[4][7] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_3,(void*)0,(void*)0,&g_3,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_81[4][5][2],(void*)0,&g_81[4][5][2],&g_81[4][5][2],(void*)0,&g_81[4][5][2],&g_81[4][5][2]}};
    int32_t **l_1180 = (void*)0;
    int32_t ***l_1179 = &l_1180;
    int16_t *l_1185 = (void*)0;
    int16_t *l_1186[5];
    int32_t l_1208 = 0x38D02306L;
    uint32_t l_1267 = 7UL;
    int32_t l_1281 = 0L;
    const int32_t *l_1321 = &g_183;
    int32_t l_1336 = 1L;
    uint8_t l_1338 = 0xE9L;
    uint16_t l_1454 = 0x584AL;
    int32_t l_1457 = (-8L);
    int8_t l_1458 = 0L;
    const int32_t *l_1506[9][1];
    int32_t l_1518 = 0x6940C80DL;
    int32_t l_1584 = 1L;
    int16_t l_1714 = 0x65E6L;
    uint32_t ****l_1733 = &g_885;
    int64_t l_1821[4][8][5] = {{{0x1A62180B70E14A7DLL,0x1A62180B70E14A7DLL,0x856E9F9A2043E567LL,0xD039BC47192D6CD5LL,1L},{(-1L),1L,0x856E9F9A2043E567LL,0x1EC6B57ABA059B6FLL,1L},{0L,0x267AD17C7B6A3F3BLL,(-9L),0x8986342D3EB92C3ALL,0x5611045948610FC1LL},{0L,1L,1L,0xB349471A8C5B3707LL,(-9L)},{0L,0x1A62180B70E14A7DLL,1L,0xAE638D17877BA6B0LL,0x159E0EFAAE45BBD3LL},{0L,6L,0x5611045948610FC1LL,0xA4BD156360E1D09BLL,(-9L)},{(-1L),(-1L),(-9L),0xA4BD156360E1D09BLL,0x5611045948610FC1LL},{0x1A62180B70E14A7DLL,(-1L),0x159E0EFAAE45BBD3LL,0xAE638D17877BA6B0LL,1L}},{{(-1L),1L,(-9L),0xB349471A8C5B3707LL,1L},{6L,1L,0x5611045948610FC1LL,0x8986342D3EB92C3ALL,(-9L)},{0x805508495DA14FDFLL,(-1L),1L,0x1EC6B57ABA059B6FLL,0x856E9F9A2043E567LL},{6L,(-1L),1L,0xD039BC47192D6CD5LL,0x856E9F9A2043E567LL},{(-1L),6L,(-9L),1L,(-9L)},{0x1A62180B70E14A7DLL,0x1A62180B70E14A7DLL,0x856E9F9A2043E567LL,0xD039BC47192D6CD5LL,1L},{(-1L),1L,0x856E9F9A2043E567LL,0x1EC6B57ABA059B6FLL,1L},{0L,0x267AD17C7B6A3F3BLL,(-9L),0x8986342D3EB92C3ALL,0x5611045948610FC1LL}},{{0L,1L,1L,0xB349471A8C5B3707LL,(-9L)},{0L,0x1A62180B70E14A7DLL,1L,0xAE638D17877BA6B0LL,0x159E0EFAAE45BBD3LL},{0L,6L,0x5611045948610FC1LL,0xA4BD156360E1D09BLL,(-9L)},{(-1L),(-1L),(-9L),0xA4BD156360E1D09BLL,0x5611045948610FC1LL},{0x1A62180B70E14A7DLL,(-1L),0x159E0EFAAE45BBD3LL,0xAE638D17877BA6B0LL,1L},{(-1L),1L,(-9L),0xB349471A8C5B3707LL,1L},{6L,1L,0x5611045948610FC1LL,0x8986342D3EB92C3ALL,(-9L)},{0x805508495DA14FDFLL,(-1L),1L,0x1EC6B57ABA059B6FLL,0x856E9F9A2043E567LL}},{{6L,(-1L),1L,0xD039BC47192D6CD5LL,0x856E9F9A2043E567LL},{(-1L),6L,(-9L),1L,(-9L)},{0x1A62180B70E14A7DLL,0x1A62180B70E14A7DLL,0x856E9F9A2043E567LL,0xD039BC47192D6CD5LL,1L},{(-1L),1L,0x856E9F9A2043E567LL,0x1EC6B57ABA059B6FLL,1L},{0L,0x267AD17C7B6A3F3BLL,(-9L),0x8986342D3EB92C3ALL,0x5611045948610FC1LL},{0x4B1D0B615701FF35LL,(-8L),0xEA69925FEFC2CFDDLL,0x31908FB0AE996488LL,0xC06982D47CE57120LL},{0x4B1D0B615701FF35LL,0x856E9F9A2043E567LL,0xD8A925DACE715542LL,0xFC23D4E902AC058DLL,0L},{0x159E0EFAAE45BBD3LL,0xF6C480944C8DB736LL,(-1L),0L,0xC06982D47CE57120LL}}};
    int32_t l_1822 = (-1L);
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_1164[i] = 0L;
    for (i = 0; i < 5; i++)
        l_1186[i] = &g_189;
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
            l_1506[i][j] = &g_81[4][5][2];
    }
    l_1175 = ((safe_sub_func_int32_t_s_s(((((l_1144 != (safe_div_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s((((*l_1172) = (((p_43 ^= 0x35L) , ((*l_1170) |= ((((g_912 ^= (((safe_lshift_func_int8_t_s_s(((((safe_sub_func_uint16_t_u_u((l_1144 | 0UL), (l_1164[1] |= (((safe_rshift_func_int8_t_s_s((((0x8D0423DEL | (safe_unary_minus_func_uint16_t_u((safe_rshift_func_int8_t_s_u((safe_div_func_int64_t_s_s(((safe_rshift_func_int8_t_s_u(((p_43 >= (l_1144 != (-6L))) && 0x35L), 1)) , 0x87712F9EE054C32ELL), g_189)), p_43))))) > l_1144) , l_1144), p_43)) > l_1144) , 0x71F0L)))) , l_1164[1]) && l_1164[1]) && l_1144), 2)) ^ l_1165[3]) != g_474[2][1][2])) & p_43) != p_43) , g_1167))) < l_1165[3])) , p_43), g_752[1])), (-1L))), g_659))) , p_43) > l_1173) >= l_1174[3][0][9]), l_1165[0])) ^ g_241);
    if (((*l_1170) = (safe_lshift_func_int16_t_s_u(p_43, ((*l_1170) < ((((&l_1164[1] == l_1178[3][3]) , ((*g_408) == ((*l_1179) = &l_1178[3][3]))) >= (safe_rshift_func_uint8_t_u_u((0x3A730055L >= p_43), ((((****g_884) = (safe_rshift_func_int16_t_s_s((g_189 = (((l_1179 == l_1179) != 251UL) ^ p_43)), (*l_1170)))) && p_43) , p_43)))) | p_43))))))
    { /* block id: 493 */
        uint8_t l_1189 = 0x69L;
        uint16_t *l_1190 = &g_752[2];
        int8_t *l_1196 = &g_351[0];
        int32_t l_1202 = 0x6CD5CBE8L;
        int32_t l_1213 = 0L;
        int32_t l_1214 = 6L;
        int32_t l_1215 = 0xD68072A3L;
        int32_t l_1217 = (-1L);
        int32_t l_1218 = 0xDF546CF5L;
        int32_t l_1219 = (-1L);
        int32_t l_1221 = 0x1489241EL;
        int32_t l_1223 = 0x303A1C35L;
        int32_t l_1224 = (-9L);
        int32_t l_1226 = 0xC337F2FCL;
        int32_t l_1227 = 0xBFCB05B5L;
        int32_t l_1228 = 0xDA6AED84L;
        int32_t l_1229 = 0xE5A43548L;
        int16_t l_1232[1][6][3] = {{{7L,0x788AL,0x788AL},{0x1CE3L,7L,7L},{7L,0x788AL,0x788AL},{0x1CE3L,7L,7L},{7L,0x788AL,0x788AL},{0x1CE3L,7L,7L}}};
        int32_t l_1234 = 1L;
        int32_t l_1235 = (-7L);
        uint8_t *l_1305 = &l_1174[3][0][9];
        const int32_t *l_1319[2][6] = {{&g_1320,&g_1320,&g_1320,&g_1320,&g_1320,&g_1320},{&g_1320,&g_1320,&g_1320,&g_1320,&g_1320,&g_1320}};
        uint8_t ***l_1418 = &g_192;
        int8_t l_1428 = 0x99L;
        uint32_t l_1429[9];
        uint32_t l_1459 = 7UL;
        uint8_t ***l_1467 = &g_192;
        int8_t l_1469 = (-7L);
        int64_t l_1484 = 1L;
        uint32_t * const *l_1503 = &g_887[2];
        uint32_t * const * const *l_1502[2][9] = {{(void*)0,&l_1503,&l_1503,(void*)0,&l_1503,&l_1503,(void*)0,&l_1503,&l_1503},{(void*)0,&l_1503,&l_1503,(void*)0,&l_1503,&l_1503,(void*)0,&l_1503,&l_1503}};
        uint32_t * const * const **l_1501 = &l_1502[1][2];
        uint32_t * const * const ***l_1500 = &l_1501;
        int8_t l_1582 = 0x59L;
        int32_t *** const l_1633 = &l_1180;
        int16_t l_1656[6] = {0L,0L,0L,0L,0L,0L};
        int64_t l_1665 = 1L;
        uint32_t l_1670 = 0xC14EAB7AL;
        uint32_t **l_1734[2][10][5] = {{{&l_1171,&l_1172,&l_1171,(void*)0,(void*)0},{&l_1171,&l_1171,&l_1171,&l_1172,(void*)0},{&g_1292,&l_1171,(void*)0,&l_1171,&g_1292},{&l_1171,&l_1172,&l_1171,&g_1292,&l_1171},{&l_1171,&l_1171,(void*)0,&g_1292,&g_1292},{&l_1172,&l_1171,&l_1171,&l_1172,&l_1171},{&l_1171,&g_1292,&l_1171,&l_1171,&g_1292},{&l_1171,&l_1171,&l_1172,(void*)0,(void*)0},{&l_1172,&l_1171,&l_1172,&l_1171,(void*)0},{&g_1292,&l_1172,(void*)0,&l_1172,&g_1292}},{{&l_1172,&l_1171,&l_1171,&g_1292,&l_1171},{&l_1171,&l_1171,(void*)0,&g_1292,&l_1172},{&l_1171,&l_1172,&l_1172,&l_1171,&l_1171},{&l_1172,&g_1292,&l_1172,&l_1172,&g_1292},{&l_1171,&l_1172,&l_1171,(void*)0,(void*)0},{&l_1171,&l_1171,&l_1171,&l_1172,(void*)0},{&g_1292,&l_1171,(void*)0,&l_1171,&g_1292},{&l_1171,&l_1172,&l_1171,&g_1292,&l_1171},{&l_1171,&l_1171,(void*)0,&g_1292,&g_1292},{&l_1172,&l_1171,&l_1171,&l_1172,&l_1171}}};
        const int64_t *l_1765 = &g_354;
        const int64_t **l_1764 = &l_1765;
        int i, j, k;
        for (i = 0; i < 9; i++)
            l_1429[i] = 18446744073709551614UL;
        l_1202 &= ((((((safe_add_func_int16_t_s_s((l_1189 , 5L), ((*l_1190) = p_43))) >= (+0xCA2ECA7E4CFBE206LL)) ^ ((safe_lshift_func_int8_t_s_u(0L, 2)) && p_43)) || (safe_mul_func_uint16_t_u_u(((l_1189 != (l_1196 == ((safe_mod_func_uint8_t_u_u((+((safe_add_func_int32_t_s_s(l_1189, p_43)) && p_43)), 255UL)) , (void*)0))) & 0xB49E2459L), p_43))) || l_1189) || (*g_693));
    }
    else
    { /* block id: 791 */
        volatile int32_t * volatile *l_1820 = &g_125;
        (*l_1820) = (*g_1661);
    }
    g_1823--;
    return (*l_1321);
}


/* ------------------------------------------ */
/* 
 * reads : g_179 g_81 g_111 g_3 g_474 g_628 g_124 g_125 g_814 g_183 g_192 g_193 g_129 g_417 g_73 g_126 g_127 g_407 g_408 g_693 g_354 g_859 g_112 g_195 g_528 g_883 g_884 g_885 g_886 g_887 g_527 g_880 g_1013 g_189 g_912 g_123 g_1097 g_788
 * writes: g_179 g_354 g_111 g_351 g_628 g_125 g_788 g_183 g_81 g_129 g_126 g_127 g_880 g_112 g_859 g_1013 g_659 g_883 g_417 g_407 g_283 g_189 g_1141
 */
static uint8_t  func_44(uint32_t  p_45, int16_t  p_46, int8_t  p_47)
{ /* block id: 212 */
    int8_t l_637 = 0x3EL;
    int32_t ***l_643 = &g_127;
    uint8_t l_645[2][1][4] = {{{255UL,0xEEL,255UL,0xEEL}},{{255UL,0xEEL,255UL,0xEEL}}};
    uint32_t l_663 = 0xD865707DL;
    int16_t l_688 = 0x5C2CL;
    uint64_t l_709[2][3][7] = {{{0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL},{0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL},{0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL}},{{0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL},{0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL,9UL,0xCEF2D93D877C0E70LL},{0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL,0xD72629A66E895046LL}}};
    uint16_t *l_734 = &g_659;
    const uint32_t ** const *l_748 = &g_229;
    const uint32_t ** const **l_747 = &l_748;
    uint8_t ** const l_760[8][3][4] = {{{&g_193,&g_193,&g_193,&g_193},{&g_193,&g_193,&g_193,&g_193},{(void*)0,&g_193,&g_193,&g_193}},{{&g_193,&g_193,&g_193,&g_193},{&g_193,&g_193,&g_193,&g_193},{&g_193,&g_193,&g_193,&g_193}},{{&g_193,&g_193,&g_193,&g_193},{(void*)0,&g_193,&g_193,&g_193},{(void*)0,&g_193,&g_193,(void*)0}},{{&g_193,&g_193,(void*)0,&g_193},{&g_193,&g_193,&g_193,&g_193},{&g_193,(void*)0,&g_193,(void*)0}},{{(void*)0,&g_193,&g_193,&g_193},{&g_193,(void*)0,&g_193,&g_193},{&g_193,(void*)0,&g_193,&g_193}},{{(void*)0,&g_193,&g_193,(void*)0},{&g_193,&g_193,&g_193,(void*)0},{&g_193,&g_193,(void*)0,(void*)0}},{{&g_193,(void*)0,&g_193,&g_193},{(void*)0,&g_193,&g_193,&g_193},{(void*)0,&g_193,&g_193,&g_193}},{{&g_193,&g_193,&g_193,&g_193},{&g_193,&g_193,&g_193,&g_193},{&g_193,(void*)0,&g_193,&g_193}}};
    int32_t l_787 = 0x2FF90474L;
    volatile int32_t * volatile *l_791 = &g_125;
    uint32_t *l_794 = &g_111;
    uint32_t **l_793 = &l_794;
    uint32_t ***l_792[10][4] = {{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0},{&l_793,(void*)0,&l_793,(void*)0}};
    uint32_t ****l_795 = &l_792[1][0];
    int32_t l_804 = (-5L);
    int64_t *l_819 = &g_417;
    uint32_t *****l_847 = &g_745;
    uint8_t ****l_889 = (void*)0;
    int32_t *l_897 = &g_183;
    uint32_t * const *l_935 = &g_887[2];
    uint32_t * const **l_934 = &l_935;
    uint32_t * const ***l_933 = &l_934;
    uint32_t * const ****l_932 = &l_933;
    int32_t l_969 = 7L;
    int32_t l_970 = 0x9772C105L;
    int32_t l_979 = 1L;
    int16_t l_981 = 0L;
    int32_t l_983 = 0xEA4B2F0EL;
    int32_t l_985 = (-1L);
    int32_t l_989 = 0x4E66CD12L;
    int32_t l_994 = (-1L);
    int32_t l_995 = 0L;
    int32_t l_1000 = 0x4D0249E9L;
    int32_t l_1001 = 0L;
    int32_t l_1002 = (-2L);
    int32_t l_1003[7];
    int64_t l_1018 = 0xD39FB596607DAE70LL;
    uint16_t l_1019 = 0x546DL;
    int16_t l_1112[7][8] = {{1L,0x8214L,0xFBC2L,0x2C6BL,(-3L),0x00B2L,1L,0xFEF9L},{(-9L),1L,0x2C6BL,6L,(-3L),0x9C02L,(-1L),(-1L)},{1L,0x1C08L,0xFEF9L,0xFEF9L,0x1C08L,1L,0x411EL,(-9L)},{(-1L),0xFBC2L,0xFBC2L,(-8L),0x8214L,0x2C6BL,0x411EL,1L},{0x9C02L,(-7L),1L,(-8L),0L,0xFBC2L,6L,0xFBC2L},{(-9L),0L,0xF1E9L,0L,(-9L),0x1C08L,0x8214L,0x00B2L},{0x8214L,0xFBC2L,0x2C6BL,(-3L),0x00B2L,1L,0xFEF9L,0L}};
    int32_t ****l_1122 = &l_643;
    int16_t *l_1138[2][9] = {{&l_981,&l_981,&g_189,&g_189,&l_981,&l_981,&l_981,&g_189,&g_189},{&l_1112[0][1],&l_1112[0][1],&l_981,&g_189,&l_981,&l_1112[0][1],&l_1112[0][1],&l_981,&g_189}};
    int16_t **l_1137 = &l_1138[1][0];
    int16_t *l_1140 = &g_2[2][3][0];
    int16_t **l_1139[5] = {&l_1140,&l_1140,&l_1140,&l_1140,&l_1140};
    int i, j, k;
    for (i = 0; i < 7; i++)
        l_1003[i] = 0L;
    for (g_179 = 0; (g_179 <= 2); g_179 += 1)
    { /* block id: 215 */
        int8_t l_631 = 1L;
        uint32_t *l_634[4][9][7] = {{{(void*)0,&g_111,(void*)0,&g_111,&g_111,(void*)0,&g_111},{&g_628,&g_111,(void*)0,&g_628,&g_111,&g_628,&g_628},{&g_628,(void*)0,&g_111,&g_111,&g_628,&g_628,&g_628},{&g_628,(void*)0,(void*)0,&g_628,(void*)0,&g_111,&g_628},{&g_111,&g_628,&g_628,&g_111,&g_628,&g_111,(void*)0},{&g_111,&g_111,&g_111,&g_628,&g_628,(void*)0,(void*)0},{&g_111,(void*)0,&g_628,(void*)0,&g_111,&g_628,(void*)0},{&g_111,&g_628,(void*)0,(void*)0,&g_111,&g_111,&g_628},{(void*)0,&g_628,&g_628,(void*)0,(void*)0,&g_111,(void*)0}},{{&g_111,(void*)0,&g_628,&g_111,&g_628,&g_111,&g_111},{&g_111,&g_628,&g_111,(void*)0,&g_111,&g_628,(void*)0},{&g_111,&g_628,&g_111,(void*)0,&g_628,(void*)0,&g_111},{&g_111,&g_111,(void*)0,(void*)0,(void*)0,&g_111,(void*)0},{&g_628,(void*)0,&g_628,&g_111,&g_628,&g_628,(void*)0},{&g_628,&g_111,&g_111,&g_111,(void*)0,&g_111,&g_111},{&g_628,&g_628,&g_111,(void*)0,&g_628,&g_111,&g_628},{(void*)0,&g_111,&g_628,&g_111,&g_111,&g_111,&g_628},{(void*)0,&g_628,&g_628,&g_628,&g_628,(void*)0,&g_628}},{{(void*)0,&g_111,&g_628,(void*)0,(void*)0,&g_628,&g_111},{&g_628,(void*)0,&g_111,&g_628,&g_111,(void*)0,&g_628},{(void*)0,&g_628,(void*)0,&g_628,&g_628,&g_628,&g_111},{(void*)0,&g_111,&g_111,(void*)0,&g_111,&g_628,&g_111},{&g_111,&g_628,(void*)0,&g_111,(void*)0,(void*)0,&g_111},{&g_111,&g_628,&g_111,&g_111,(void*)0,&g_111,&g_111},{&g_111,&g_628,&g_111,&g_628,(void*)0,(void*)0,&g_628},{(void*)0,&g_628,&g_111,&g_628,&g_111,&g_111,&g_628},{&g_111,(void*)0,(void*)0,(void*)0,&g_628,(void*)0,(void*)0}},{{&g_111,&g_111,&g_628,&g_628,&g_111,&g_628,&g_628},{(void*)0,&g_628,&g_628,(void*)0,&g_628,&g_628,(void*)0},{&g_111,&g_111,&g_111,&g_111,(void*)0,(void*)0,&g_628},{(void*)0,(void*)0,&g_628,&g_628,(void*)0,(void*)0,&g_111},{&g_628,&g_111,&g_111,&g_628,&g_111,&g_628,(void*)0},{&g_111,&g_628,&g_628,(void*)0,&g_628,&g_628,&g_628},{&g_111,&g_628,&g_628,&g_111,&g_628,&g_628,&g_628},{&g_111,(void*)0,(void*)0,&g_111,(void*)0,&g_628,&g_111},{&g_111,&g_111,&g_111,&g_628,&g_111,&g_628,&g_628}}};
        uint8_t l_644[8] = {251UL,251UL,251UL,251UL,251UL,251UL,251UL,251UL};
        int8_t *l_646 = &g_351[0];
        int32_t l_647 = 0x2E9B275BL;
        int32_t ***l_650 = &g_127;
        int32_t l_657 = 0x9EECBE0EL;
        int64_t *l_711 = &g_354;
        int i, j, k;
        l_647 = ((p_45 == ((safe_mod_func_int64_t_s_s((l_631 < (((+(g_354 = g_81[3][0][0])) | ((safe_unary_minus_func_uint8_t_u(((++g_111) || l_637))) | ((*l_646) = (1UL == (l_631 == (safe_add_func_int8_t_s_s(p_45, (safe_mod_func_uint64_t_u_u(((p_47 <= (safe_unary_minus_func_uint8_t_u(((void*)0 != l_643)))) || l_644[1]), l_645[1][0][2]))))))))) , g_3)), g_179)) < g_81[8][1][0])) >= g_474[5][0][0]);
        for (g_628 = 0; (g_628 <= 0); g_628 += 1)
        { /* block id: 222 */
            uint16_t *l_653 = (void*)0;
            uint16_t *l_654 = (void*)0;
            uint16_t *l_655 = &g_73;
            int32_t l_656 = 0x490F0D7AL;
            uint16_t *l_658 = &g_659;
            int64_t *l_660 = &g_354;
            volatile int32_t * volatile *l_665 = &g_125;
            int32_t l_672 = 0x05BA0E6BL;
            int32_t *l_673 = &g_308;
            uint8_t ****l_694 = &g_528;
            int64_t l_742 = 1L;
            const uint8_t l_790 = 249UL;
        }
    }
    (*l_791) = (*g_124);
    if ((((*l_795) = l_792[8][3]) != (*l_747)))
    { /* block id: 282 */
        int32_t * const l_796 = (void*)0;
        int32_t **l_797 = &g_788;
        int16_t **l_798 = (void*)0;
        uint16_t ** const l_813 = &g_611[0][0][2];
        int32_t *l_815 = &g_81[4][5][2];
        int32_t *****l_825 = &g_407;
        uint32_t *****l_848 = (void*)0;
        int16_t l_849 = 0x53D2L;
        uint64_t l_913 = 0x26F88BAC99596198LL;
        int16_t l_915 = 1L;
        int32_t *l_917 = &g_81[2][2][1];
        int32_t l_978[8][3] = {{2L,0xEEFEB46AL,2L},{6L,(-1L),6L},{2L,0xEEFEB46AL,2L},{6L,(-1L),6L},{2L,0xEEFEB46AL,2L},{6L,(-1L),6L},{2L,0xEEFEB46AL,2L},{6L,(-1L),6L}};
        int64_t l_1012 = 0x8795F36A938469AELL;
        uint32_t l_1035[8][6][4] = {{{0x8E907BC8L,18446744073709551615UL,0x8E907BC8L,1UL},{0UL,0x94C37160L,1UL,18446744073709551615UL},{0UL,0x8E907BC8L,0xD0307BF2L,0x94C37160L},{0x9EBE672DL,0x60453B09L,0xD0307BF2L,0xCDF3E6C2L},{0UL,5UL,1UL,0x66BAC7DCL},{0UL,0x67ED7FE1L,0x8E907BC8L,0x6B3B2EC5L}},{{0x8E907BC8L,0x6B3B2EC5L,1UL,0UL},{18446744073709551615UL,0x9DD521D1L,18446744073709551615UL,18446744073709551607UL},{0x515034F5L,4UL,18446744073709551608UL,18446744073709551615UL},{4UL,0x6B3B2EC5L,1UL,0x9EBE672DL},{0xA0CF2913L,0UL,0UL,0x66BAC7DCL},{0x8E907BC8L,0xD7496457L,18446744073709551615UL,18446744073709551608UL}},{{5UL,0UL,0UL,18446744073709551615UL},{1UL,6UL,0UL,1UL},{0x8E907BC8L,18446744073709551615UL,18446744073709551615UL,0x8E907BC8L},{0x86292B15L,18446744073709551615UL,0xFBB9510AL,1UL},{0x9EBE672DL,1UL,18446744073709551615UL,0xD0307BF2L},{0UL,0UL,0xCBCBD66AL,0xD0307BF2L}},{{1UL,1UL,0x0538861CL,1UL},{6UL,18446744073709551615UL,0xA0CF2913L,0x8E907BC8L},{0x1B62EC3FL,18446744073709551615UL,5UL,1UL},{0UL,6UL,1UL,18446744073709551615UL},{0x947F4408L,0UL,0x66BAC7DCL,18446744073709551608UL},{0xD0307BF2L,0xD7496457L,5UL,1UL}},{{0xCBCBD66AL,0x1B62EC3FL,0x1A7C0F50L,0UL},{6UL,0x947F4408L,0x9DD521D1L,18446744073709551615UL},{18446744073709551615UL,0UL,0xCBCBD66AL,4UL},{18446744073709551608UL,0x9EBE672DL,18446744073709551615UL,1UL},{0x9EBE672DL,0x947F4408L,0x0F1A46B7L,0x947F4408L},{18446744073709551615UL,0xCBCBD66AL,18446744073709551615UL,1UL}},{{0xFBB9510AL,0xCDF3E6C2L,18446744073709551615UL,0UL},{1UL,0UL,0x6B3B2EC5L,0x67ED7FE1L},{1UL,0x1A7C0F50L,18446744073709551615UL,1UL},{0xFBB9510AL,0x67ED7FE1L,18446744073709551615UL,0xFBB9510AL},{18446744073709551615UL,18446744073709551615UL,0x0F1A46B7L,0xCE66E08BL},{0x9EBE672DL,0UL,18446744073709551615UL,0xD0307BF2L}},{{18446744073709551608UL,18446744073709551608UL,0xCBCBD66AL,0UL},{18446744073709551615UL,1UL,0x9DD521D1L,0xCE66E08BL},{6UL,1UL,0x1A7C0F50L,0x8E907BC8L},{0xCBCBD66AL,0x67ED7FE1L,5UL,0UL},{0xD0307BF2L,6UL,0x66BAC7DCL,0x67ED7FE1L},{0x947F4408L,18446744073709551615UL,1UL,18446744073709551608UL}},{{0UL,0xCDF3E6C2L,5UL,5UL},{0x1B62EC3FL,0x1B62EC3FL,0xA0CF2913L,0x947F4408L},{6UL,0UL,0x0538861CL,18446744073709551615UL},{1UL,0x9EBE672DL,0xCBCBD66AL,0x0538861CL},{0UL,0x9EBE672DL,18446744073709551615UL,18446744073709551615UL},{0x9EBE672DL,0UL,0xFBB9510AL,0x947F4408L}}};
        uint32_t l_1081 = 0x522ECEF5L;
        int i, j, k;
lbl_816:
        (*l_797) = l_796;
lbl_1084:
        if ((((void*)0 != l_798) && (safe_sub_func_int64_t_s_s(0x01055B25B1C41B7BLL, (+((p_47 , (safe_add_func_int32_t_s_s(p_45, (p_47 , l_804)))) , (((**g_192) |= (safe_mul_func_uint8_t_u_u(p_46, (((*l_815) &= (safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u((safe_mul_func_int16_t_s_s((l_813 == &g_611[3][0][1]), p_45)), 4)), g_814))) != 1UL)))) , g_474[0][1][2])))))))
        { /* block id: 286 */
            const uint16_t l_818[4] = {65535UL,65535UL,65535UL,65535UL};
            int64_t *l_821 = (void*)0;
            int64_t **l_820 = &l_821;
            int32_t l_832 = (-1L);
            int i;
            if (g_3)
                goto lbl_816;
            (**l_791) = (1UL & (!(l_818[1] , ((g_417 | ((void*)0 != &l_643)) , (l_819 != ((*l_820) = l_819))))));
            for (g_179 = 0; (g_179 < 42); g_179 = safe_add_func_uint8_t_u_u(g_179, 1))
            { /* block id: 292 */
                (*l_815) |= (!p_46);
            }
            l_832 ^= (1L ^ (((*l_815) | (l_825 == (p_47 , (void*)0))) & ((safe_sub_func_uint64_t_u_u((safe_sub_func_int64_t_s_s(1L, (0x0C87L ^ (g_73 == (safe_div_func_uint16_t_u_u(0xBE7CL, 0xC0B4L)))))), 0x46536C5E1C1EC446LL)) > p_47)));
        }
        else
        { /* block id: 296 */
            if ((**l_791))
            { /* block id: 297 */
                int32_t *l_833 = &g_183;
                l_815 = ((*l_797) = l_833);
                if (g_628)
                    goto lbl_834;
            }
            else
            { /* block id: 300 */
lbl_834:
                (*l_791) = (*g_124);
                (**l_791) = 0x98B20E53L;
            }
            for (p_45 = (-11); (p_45 >= 39); p_45 = safe_add_func_int64_t_s_s(p_45, 8))
            { /* block id: 307 */
                int32_t l_837 = 0x9805B77AL;
                (**l_791) = l_837;
            }
        }
        if (((safe_add_func_int32_t_s_s((((~((safe_sub_func_uint8_t_u_u((4294967295UL >= (&g_408 != &l_643)), (safe_sub_func_uint8_t_u_u(0UL, (safe_mod_func_uint64_t_u_u((((**g_407) = (*l_643)) == (((p_46 & ((l_847 = &l_795) == (l_848 = &l_795))) | ((((0x0BL > 0x16L) && 254UL) != p_46) < g_129)) , (void*)0)), 1UL)))))) <= p_45)) & (*l_815)) , 0xDDF56A5AL), l_849)) & g_129))
        { /* block id: 314 */
            int8_t l_850[6][7] = {{4L,0x0DL,1L,0L,0L,1L,0x0DL},{0L,0x14L,(-5L),0x40L,0x14L,0x9FL,0x0DL},{0xEAL,0L,0x9FL,0xEAL,0x0DL,0xEAL,0x9FL},{0x8CL,0x8CL,1L,0x40L,0L,(-1L),0x8CL},{0x8CL,0x9FL,(-5L),0L,(-9L),(-9L),0L},{0xEAL,0x0DL,0xEAL,0x9FL,0xEAL,0xF8L,(-1L)}};
            uint32_t ****l_851 = &l_792[8][3];
            int32_t ****l_863 = &g_408;
            uint8_t **l_865 = &g_193;
            int32_t *l_898 = &g_183;
            int i, j;
            for (g_354 = 0; (g_354 <= 0); g_354 += 1)
            { /* block id: 317 */
                uint8_t l_855 = 0x97L;
                uint8_t **l_860 = &g_193;
                uint8_t ****l_891[10] = {&g_528,&g_528,&g_528,&g_528,&g_528,&g_528,&g_528,&g_528,&g_528,&g_528};
                int32_t l_892 = (-10L);
                int32_t l_914[7] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                int i;
                if (l_850[0][6])
                    break;
            }
            l_915 &= (*g_693);
        }
        else
        { /* block id: 378 */
            int32_t *l_916 = &g_3;
            int32_t l_921 = 0L;
            uint32_t **l_931 = &l_794;
            int32_t l_984 = (-1L);
            int32_t l_986 = 0x49BE39DBL;
            int32_t l_987 = 9L;
            int32_t l_988 = 3L;
            int32_t l_990 = (-9L);
            int32_t l_991 = (-6L);
            int32_t l_992 = 0x215CECFAL;
            int32_t l_997 = (-1L);
            int32_t l_999 = 0x14989774L;
            int32_t l_1004 = 0xF1FE6250L;
            int32_t l_1005 = 0xFB87F62AL;
            uint16_t l_1007 = 65535UL;
            l_917 = l_916;
            for (g_354 = 4; (g_354 >= 0); g_354 -= 1)
            { /* block id: 382 */
                uint64_t l_919[5];
                uint32_t **l_930 = (void*)0;
                int32_t l_977 = 0xEB1E5E5DL;
                int32_t l_980 = 1L;
                int32_t l_982 = 1L;
                int32_t l_993 = 0xFC86E583L;
                int32_t l_996 = (-1L);
                int32_t l_1006[9] = {(-2L),0x94C4B226L,(-2L),0x94C4B226L,(-2L),0x94C4B226L,(-2L),0x94C4B226L,(-2L)};
                int i;
                for (i = 0; i < 5; i++)
                    l_919[i] = 9UL;
                for (g_880 = 0; (g_880 <= 4); g_880 += 1)
                { /* block id: 385 */
                    uint32_t * const ****l_936 = &l_933;
                    uint8_t **l_942 = (void*)0;
                    uint8_t ***l_941 = &l_942;
                    int32_t l_943[2][6][5] = {{{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL},{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL},{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL}},{{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL},{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL},{(-1L),5L,0xE4CB8967L,5L,(-1L)},{0x7DBC9A0EL,4L,0x08AA80D2L,4L,0x7DBC9A0EL}}};
                    int64_t **l_944 = (void*)0;
                    int64_t **l_945 = &l_819;
                    int32_t l_1011 = 0xFA13EA1CL;
                    int32_t *l_1016 = &l_1006[6];
                    int32_t *l_1017[7][6][2] = {{{(void*)0,(void*)0},{&l_1002,(void*)0},{&l_1002,(void*)0},{(void*)0,&l_978[1][2]},{(void*)0,&l_996},{&l_982,&l_1002}},{{(void*)0,&l_978[1][2]},{&l_978[1][2],(void*)0},{&l_1002,&l_982},{&l_996,(void*)0},{&l_978[1][2],(void*)0},{(void*)0,&l_1002}},{{(void*)0,&l_1002},{(void*)0,(void*)0},{&l_978[1][2],(void*)0},{&l_996,&l_982},{&l_1002,(void*)0},{&l_978[1][2],&l_978[1][2]}},{{(void*)0,&l_1002},{&l_982,&l_996},{(void*)0,&l_978[1][2]},{(void*)0,(void*)0},{&l_1002,(void*)0},{&l_1002,(void*)0}},{{(void*)0,&l_978[1][2]},{(void*)0,&l_996},{&l_982,&l_1002},{(void*)0,&l_978[1][2]},{&l_978[1][2],(void*)0},{&l_1002,&l_982}},{{&l_996,(void*)0},{&l_978[1][2],(void*)0},{(void*)0,&l_1002},{(void*)0,&l_1002},{(void*)0,(void*)0},{&l_978[1][2],(void*)0}},{{&l_996,&l_982},{&l_1002,(void*)0},{&l_978[1][2],&l_978[1][2]},{(void*)0,&l_1002},{&l_982,&l_996},{(void*)0,&l_978[1][2]}}};
                    int i, j, k;
                    for (g_112 = 0; (g_112 <= 4); g_112 += 1)
                    { /* block id: 388 */
                        int i;
                        (*l_815) |= (+(g_859[g_354] > g_859[g_112]));
                        (*l_815) = (*l_897);
                        return l_919[2];
                    }
                    (**l_791) = p_47;
                    if ((!(((*l_945) = (l_921 , ((safe_sub_func_uint32_t_u_u(((**l_935) = (safe_div_func_int8_t_s_s(((0x4DBA8152L | ((safe_div_func_int32_t_s_s((safe_add_func_uint16_t_u_u((l_930 == l_931), ((l_936 = l_932) == ((safe_rshift_func_uint8_t_u_u((((((g_859[g_880] = ((safe_sub_func_int32_t_s_s(((*g_195) == ((*l_941) = (*g_528))), (p_46 > (*****g_883)))) , (****g_527))) != (***g_528)) >= (*l_897)) | (-7L)) , 0xBCL), 6)) , (void*)0)))), (*l_897))) , g_859[g_880])) ^ l_943[1][5][0]), 0x1EL))), 0x5C2E4B30L)) , (void*)0))) == &g_354)))
                    { /* block id: 399 */
                        uint64_t l_946 = 0UL;
                        l_946 |= p_46;
                    }
                    else
                    { /* block id: 401 */
                        int8_t l_947 = 0x35L;
                        int32_t *l_948 = &g_183;
                        int32_t *l_949 = (void*)0;
                        int32_t *l_950 = &l_943[0][3][3];
                        int32_t *l_951 = &g_81[0][4][1];
                        int32_t *l_952 = &l_921;
                        int32_t *l_953 = &g_81[4][5][2];
                        int32_t *l_954 = &g_81[7][5][2];
                        int32_t *l_955 = &g_81[4][5][2];
                        int32_t *l_956 = &g_81[4][5][2];
                        int32_t l_957 = 0x2B7CE54CL;
                        int32_t *l_958 = &l_943[1][5][0];
                        int32_t *l_959 = &g_81[1][6][2];
                        int32_t *l_960 = (void*)0;
                        int32_t *l_961 = &l_943[1][5][0];
                        int32_t *l_962 = &l_921;
                        int32_t l_963 = 0x7BB3D1C7L;
                        int32_t *l_964 = (void*)0;
                        int32_t *l_965 = &l_943[0][5][1];
                        int32_t *l_966 = &l_943[1][5][0];
                        int32_t *l_967 = &l_963;
                        int32_t l_968 = 0xDA004635L;
                        int32_t *l_971 = &l_943[0][4][3];
                        int32_t *l_972 = &g_81[6][5][1];
                        int32_t *l_973 = &l_921;
                        int32_t *l_974 = &g_81[2][2][0];
                        int32_t *l_975 = &l_963;
                        int32_t *l_976[1][2][8] = {{{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}}};
                        int32_t l_998 = 0xF1A3894FL;
                        int i, j, k;
                        ++l_1007;
                        --g_1013;
                        return l_1011;
                    }
                    l_1019--;
                }
            }
            for (p_45 = 16; (p_45 >= 50); p_45++)
            { /* block id: 411 */
                return (**l_791);
            }
            for (l_970 = (-2); (l_970 <= 12); ++l_970)
            { /* block id: 416 */
                int8_t l_1033 = 0L;
                int32_t l_1034[5][4][9] = {{{1L,0x0D356506L,0x0D356506L,1L,0xB0D0533DL,4L,4L,0xB0D0533DL,1L},{(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L)},{1L,1L,4L,0x0D356506L,0xB0D0533DL,0xB0D0533DL,0x0D356506L,4L,1L},{1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L}},{{0xB0D0533DL,0x0D356506L,4L,1L,1L,4L,0x0D356506L,0xB0D0533DL,0xB0D0533DL},{(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L)},{0xB0D0533DL,1L,0x0D356506L,0x0D356506L,1L,0xB0D0533DL,4L,4L,0xB0D0533DL},{1L,0x473AAA3AL,0xA40ADED7L,0x473AAA3AL,1L,0x473AAA3AL,0xA40ADED7L,0x473AAA3AL,1L}},{{1L,0x0D356506L,0x0D356506L,1L,0xB0D0533DL,4L,4L,0xB0D0533DL,1L},{(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L)},{1L,1L,4L,0x0D356506L,0xB0D0533DL,0xB0D0533DL,0x0D356506L,4L,1L},{1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L}},{{0xB0D0533DL,0x0D356506L,4L,1L,1L,4L,0x0D356506L,0xB0D0533DL,0xB0D0533DL},{(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L)},{0xB0D0533DL,1L,0x0D356506L,0x0D356506L,1L,0xB0D0533DL,4L,4L,0xB0D0533DL},{1L,0x473AAA3AL,0xA40ADED7L,0x473AAA3AL,1L,0x473AAA3AL,0xA40ADED7L,0x473AAA3AL,1L}},{{1L,0x0D356506L,0x0D356506L,1L,0xB0D0533DL,4L,4L,0xB0D0533DL,1L},{(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L),0x473AAA3AL,(-1L),0x7B312952L,(-1L)},{1L,1L,4L,0x0D356506L,0xB0D0533DL,0xB0D0533DL,0x0D356506L,4L,1L},{1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L,0x7B312952L,0xA40ADED7L,0x7B312952L,1L}}};
                int32_t l_1069[5];
                int32_t *l_1076 = &l_1034[0][0][7];
                int32_t *l_1077 = &l_921;
                int32_t *l_1078 = &l_988;
                int32_t *l_1079 = (void*)0;
                int32_t *l_1080[7];
                int i, j, k;
                for (i = 0; i < 5; i++)
                    l_1069[i] = (-9L);
                for (i = 0; i < 7; i++)
                    l_1080[i] = &l_989;
                for (g_129 = 0; (g_129 > 14); g_129++)
                { /* block id: 419 */
                    uint32_t l_1028 = 0x00C69379L;
                    int32_t l_1031[1][1];
                    uint32_t ***l_1063 = &g_886;
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_1031[i][j] = 7L;
                    }
                    if ((**l_791))
                        break;
                    --l_1028;
                    if (p_46)
                    { /* block id: 422 */
                        int32_t *l_1032[4][6][3] = {{{&l_979,&l_978[7][2],&l_1031[0][0]},{(void*)0,(void*)0,&l_1002},{&l_988,&l_978[7][2],&l_989},{(void*)0,(void*)0,(void*)0},{&l_997,(void*)0,&l_1000},{&l_987,&l_992,(void*)0}},{{&l_978[1][0],&l_978[1][0],&l_988},{(void*)0,&l_992,&l_992},{&l_985,(void*)0,&l_989},{(void*)0,&l_988,&l_983},{&l_978[1][0],&l_985,&l_989},{&l_987,&l_987,&l_992}},{{&l_997,&l_985,&l_988},{&l_992,&l_988,(void*)0},{&l_997,(void*)0,&l_1000},{&l_987,&l_992,(void*)0},{&l_978[1][0],&l_978[1][0],&l_988},{(void*)0,&l_992,&l_992}},{{&l_985,(void*)0,&l_989},{(void*)0,&l_988,&l_983},{&l_978[1][0],&l_985,&l_989},{&l_987,&l_987,&l_992},{&l_997,&l_985,&l_988},{&l_992,&l_988,(void*)0}}};
                        int64_t *l_1051[5][2];
                        int16_t *l_1065 = &g_2[3][1][1];
                        int16_t **l_1064[7][4] = {{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065},{&l_1065,&l_1065,&l_1065,&l_1065}};
                        int i, j, k;
                        for (i = 0; i < 5; i++)
                        {
                            for (j = 0; j < 2; j++)
                                l_1051[i][j] = &l_1012;
                        }
                        --l_1035[3][0][3];
                        (**l_791) = ((safe_mul_func_uint8_t_u_u((~p_47), 0xDBL)) & (safe_add_func_uint32_t_u_u(((((0x4697L & (*l_897)) , (safe_lshift_func_uint16_t_u_s(((safe_sub_func_uint32_t_u_u((safe_add_func_uint32_t_u_u(((***l_934) = (safe_sub_func_int64_t_s_s(((*l_815) &= p_47), 18446744073709551615UL))), (g_189 <= ((((((safe_lshift_func_uint8_t_u_u((+((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((((safe_sub_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(((l_1034[2][0][3] , ((((((l_1063 == &l_931) >= p_46) <= 4294967294UL) , g_912) ^ p_46) >= p_45)) , 0x5CBB7A63675D3FDALL), g_880)), g_1013)) , l_1064[3][3]) == (void*)0), p_45)), 1)) == l_1031[0][0])), 5)) < p_47) && p_46) != p_47) != g_474[2][0][2]) | (*g_193))))), 1UL)) < (-7L)), l_1031[0][0]))) , p_47) ^ g_129), l_1028)));
                    }
                    else
                    { /* block id: 427 */
                        uint16_t *l_1068[10][10] = {{&g_179,&l_1007,&l_1007,&g_179,&g_752[0],(void*)0,&g_179,(void*)0,&g_752[0],&g_179},{(void*)0,&g_179,(void*)0,&g_752[0],&g_179,&l_1007,&l_1007,&g_179,&g_752[0],(void*)0},{&g_179,&g_179,(void*)0,&g_179,&g_752[1],(void*)0,&g_752[1],&g_179,(void*)0,&g_179},{&g_752[1],&l_1007,(void*)0,&g_752[1],&g_752[0],&g_752[0],&g_752[1],(void*)0,&l_1007,&g_752[1]},{(void*)0,&g_179,&l_1007,&g_752[0],&g_179,&g_752[0],&l_1007,&g_179,(void*)0,(void*)0},{&g_752[1],&g_179,(void*)0,&g_179,&g_179,(void*)0,&g_179,&g_752[1],(void*)0,&g_752[1]},{&g_179,&l_1007,&g_752[0],&g_179,&g_752[0],&l_1007,&g_179,(void*)0,(void*)0,&g_179},{(void*)0,&g_752[1],&g_752[0],&g_752[0],&g_752[1],(void*)0,&l_1007,&g_752[1],&l_1007,(void*)0},{&g_179,&g_752[1],(void*)0,&g_752[1],&g_179,(void*)0,&g_179,&g_179,(void*)0,&g_179},{&g_179,&l_1007,&l_1007,&g_179,&g_752[0],(void*)0,&g_179,(void*)0,&g_752[0],&g_179}};
                        int8_t *l_1074 = &g_351[0];
                        int32_t l_1075[2];
                        int i, j;
                        for (i = 0; i < 2; i++)
                            l_1075[i] = 0x31B11383L;
                        (**l_791) = (((safe_lshift_func_uint16_t_u_u((l_1034[1][0][5] = ((*l_734) = 0xD1B8L)), (l_1069[3] &= ((g_883 = &g_884) != (void*)0)))) >= ((((*l_815) = (2UL && (*l_897))) >= (((1L & p_46) == (((safe_lshift_func_int8_t_s_u((((((safe_mul_func_uint8_t_u_u(p_45, ((*l_1074) = (p_47 = p_45)))) != 0x7A1111E3L) <= p_45) , l_1033) , g_3), 3)) < 0UL) , l_1075[1])) , 0x08L)) | (-1L))) > g_123);
                    }
                }
                l_1081++;
            }
        }
        if (l_1081)
            goto lbl_1084;
    }
    else
    { /* block id: 442 */
        int32_t l_1087 = 0xDEC19361L;
        int32_t ****l_1091 = &g_408;
        int32_t l_1096 = 0xCE0A1D28L;
        int32_t *l_1110 = &l_979;
        int32_t *l_1111[7][6][4] = {{{(void*)0,&l_1087,&l_1001,&l_985},{&l_1003[5],&l_969,&l_995,&l_1002},{&l_1003[5],&l_1000,&l_1001,&l_1001},{&l_985,&l_1002,&l_979,&l_979},{&l_983,&l_983,(void*)0,&l_1002},{&l_1002,&l_985,&l_1003[4],&l_969}},{{&l_1000,&l_1003[5],&l_979,&l_1003[4]},{&l_969,&l_1003[5],&l_1003[4],&l_969},{&l_1003[5],&l_985,&l_1000,&l_1002},{&l_1001,&l_983,&l_1001,&l_979},{&l_969,&l_1002,(void*)0,&l_1001},{&l_983,&l_1000,&l_1003[4],&l_1002}},{{&l_969,&l_969,&l_1003[4],&l_985},{&l_983,&l_1003[5],(void*)0,&g_81[4][5][2]},{&l_969,&l_1001,&l_1001,&l_969},{&l_1001,&l_969,&l_1000,&l_969},{&l_1003[5],&l_983,&l_1003[4],&l_1001},{&l_969,&l_969,&l_979,&l_1001}},{{&l_1000,&l_983,&l_1003[4],&l_969},{&l_1002,&l_969,(void*)0,&l_969},{&l_983,&l_1001,&l_979,&g_81[4][5][2]},{&l_985,&l_1003[5],&l_1001,&l_985},{&l_1003[5],&l_969,&l_995,&l_1002},{&l_1003[5],&l_1000,&l_1001,&l_1001}},{{&l_985,&l_1002,&l_979,&l_979},{&l_983,&l_983,(void*)0,&l_1002},{&l_1002,&l_985,&l_1003[4],&l_969},{&l_1000,&l_1003[5],&l_979,&l_1003[4]},{&l_969,&l_1003[5],&l_1003[4],&l_969},{&l_1003[5],&l_985,&l_1000,&l_1002}},{{&l_1001,&l_983,&l_1001,&l_979},{&l_969,&l_1002,(void*)0,&l_1001},{&l_983,&l_1000,&l_1003[4],&l_1002},{&l_969,&l_969,&l_1003[4],&l_985},{&l_983,&l_1003[5],(void*)0,&g_81[4][5][2]},{&l_969,&l_1001,&l_1001,&l_969}},{{&l_1001,&l_969,&l_1000,&l_969},{&l_1003[5],&l_983,&l_1003[4],&l_1001},{&l_969,&l_969,&l_979,&l_1001},{&l_1000,&l_983,&l_1003[4],&l_969},{&l_1002,&l_969,(void*)0,&l_969},{&l_983,&l_1001,&l_979,&g_81[4][5][2]}}};
        uint32_t l_1113 = 0xC18D6794L;
        uint32_t *l_1117[3];
        uint32_t **l_1116 = &l_1117[0];
        int32_t *l_1119 = &l_804;
        int32_t *****l_1120 = (void*)0;
        int32_t *****l_1121[1];
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_1117[i] = &g_1118;
        for (i = 0; i < 1; i++)
            l_1121[i] = &g_407;
        if ((safe_add_func_uint64_t_u_u(((p_45 <= (((l_1087 = 0xA52142A54F921A7FLL) < (((!((*l_897) &= (***g_528))) & (safe_rshift_func_int8_t_s_u((l_1091 == l_1091), 3))) , (safe_add_func_uint16_t_u_u(((safe_mul_func_int16_t_s_s(g_859[2], (p_45 , ((((((-2L) > (((*l_819) &= ((**l_791) , p_47)) , 0x7886L)) | (**g_192)) & p_47) != (*l_897)) <= p_47)))) , (**l_791)), l_1096)))) | (-8L))) | g_1097), g_859[3])))
        { /* block id: 446 */
            uint16_t l_1098 = 0x21BDL;
            return l_1098;
        }
        else
        { /* block id: 448 */
            uint8_t l_1107 = 0x61L;
            for (g_354 = 0; (g_354 < 10); g_354 = safe_add_func_int32_t_s_s(g_354, 2))
            { /* block id: 451 */
                int32_t *l_1101 = &l_1003[4];
                int32_t *l_1102 = (void*)0;
                int32_t *l_1103 = &g_81[4][5][2];
                int32_t l_1104 = 0xC8188EF7L;
                int32_t *l_1105 = &g_81[4][5][2];
                int32_t *l_1106[6] = {&g_183,&g_183,&g_183,&g_183,&g_183,&g_183};
                int i;
                --l_1107;
            }
            (*l_897) = p_47;
        }
        ++l_1113;
lbl_1132:
        (*l_897) &= ((g_407 = (((*l_1119) = (((*l_1116) = l_1110) == (void*)0)) , &l_643)) == (l_1122 = &g_408));
        for (l_979 = 7; (l_979 >= 28); l_979 = safe_add_func_uint32_t_u_u(l_979, 2))
        { /* block id: 464 */
            int32_t *l_1131 = &l_995;
            int32_t l_1133[4][3] = {{3L,3L,3L},{0xE839280FL,0xE839280FL,0xE839280FL},{3L,3L,3L},{0xE839280FL,0xE839280FL,0xE839280FL}};
            uint32_t l_1134 = 1UL;
            int i, j;
            for (g_283 = (-2); (g_283 > 16); g_283 = safe_add_func_uint8_t_u_u(g_283, 1))
            { /* block id: 467 */
                int16_t *l_1129 = &g_189;
                int32_t *l_1130 = &g_183;
                (*l_897) = (((*l_643) == (**g_407)) && p_47);
                (*g_788) ^= (safe_div_func_int16_t_s_s((((*l_795) = (**g_883)) != (*g_884)), ((*l_1129) |= ((*g_886) != (void*)0))));
                l_1131 = l_1130;
            }
            if (g_183)
                goto lbl_1132;
            l_1134++;
        }
    }
    (*l_897) = ((((*l_1137) = &p_46) == (g_1141 = &l_1112[0][1])) & (**g_192));
    return (***g_195);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static int64_t  func_48(uint32_t  p_49, int8_t  p_50, int32_t  p_51, int64_t  p_52)
{ /* block id: 209 */
    int32_t l_626 = 0x7023AAB1L;
    return l_626;
}


/* ------------------------------------------ */
/* 
 * reads : g_3 g_2 g_81 g_111 g_123 g_124 g_127 g_129 g_73 g_125 g_126 g_183 g_187 g_112 g_189 g_192 g_195 g_213 g_229 g_193 g_214 g_283 g_308 g_241 g_354 g_407 g_417 g_351 g_472 g_473 g_474 g_179 g_527 g_528 g_610
 * writes: g_81 g_111 g_112 g_123 g_127 g_73 g_179 g_183 g_187 g_189 g_129 g_192 g_214 g_229 g_126 g_283 g_241 g_351 g_354 g_528
 */
static uint32_t  func_53(int32_t  p_54, uint32_t  p_55, int32_t  p_56, uint16_t  p_57, uint32_t  p_58)
{ /* block id: 7 */
    int32_t *l_83 = &g_81[4][5][2];
    int32_t l_84 = 0x768238A5L;
    int32_t l_87 = 0x6C2AECBAL;
    int32_t l_141 = 0xB07CFFEAL;
    int32_t l_142 = 0xA2D9F9B9L;
    int32_t l_143 = 0x0AA601C5L;
    int32_t l_144 = 5L;
    int32_t l_145[8][9] = {{(-1L),0L,0x48778A66L,(-1L),(-1L),(-1L),0x48778A66L,(-1L),7L},{0xC6119FC3L,2L,0xEADD13DCL,1L,3L,0xC6119FC3L,1L,0xB0E04704L,1L},{0L,0x9BE15843L,(-5L),(-5L),0x9BE15843L,0L,(-6L),0L,(-5L)},{0xC6119FC3L,3L,1L,0xEADD13DCL,2L,0xC6119FC3L,0xC6119FC3L,2L,0xEADD13DCL},{7L,0x9BE15843L,7L,0L,(-1L),7L,(-6L),(-6L),0L},{0xAF9DE4F9L,2L,1L,0xAF9DE4F9L,0xE2510918L,0xAF9DE4F9L,1L,2L,0xAF9DE4F9L},{1L,(-1L),(-5L),0L,0x48778A66L,1L,0L,0L,0L},{1L,0xE2510918L,0xEADD13DCL,0xEADD13DCL,0xE2510918L,1L,(-4L),0xB0E04704L,0xEADD13DCL}};
    uint32_t ***l_253 = (void*)0;
    uint8_t l_312[9] = {4UL,4UL,4UL,4UL,4UL,4UL,4UL,4UL,4UL};
    int32_t ***l_347 = &g_127;
    int16_t *l_416 = &g_189;
    uint64_t l_547 = 0xB731A6136DABB25CLL;
    uint32_t l_612 = 1UL;
    uint64_t *l_613 = &g_241;
    uint8_t **l_619 = &g_193;
    int32_t *l_623 = &l_141;
    int32_t ** const l_622 = &l_623;
    int32_t ** const *l_621 = &l_622;
    int32_t ** const **l_620 = &l_621;
    int32_t l_624 = (-2L);
    uint64_t l_625 = 0x2F8AC7C1D6ADFD12LL;
    int i, j;
lbl_133:
    l_83 = &g_3;
    if ((*l_83))
    { /* block id: 9 */
        int8_t l_135[5] = {0xF8L,0xF8L,0xF8L,0xF8L,0xF8L};
        int32_t l_138 = 0xFF72A521L;
        int32_t l_139 = 0xC3250C9FL;
        int32_t l_140[8] = {1L,1L,1L,1L,1L,1L,1L,1L};
        uint32_t *l_172 = &g_111;
        const int32_t *l_222 = (void*)0;
        const int32_t **l_221 = &l_222;
        const int32_t ***l_220 = &l_221;
        int32_t l_248 = 0L;
        uint16_t *l_272 = &g_179;
        uint32_t l_307 = 0UL;
        uint32_t * const **l_313 = (void*)0;
        int64_t l_391 = 0x9A953F14E1501E2DLL;
        int16_t *l_461 = &g_189;
        const int8_t l_505[3] = {0xDBL,0xDBL,0xDBL};
        int32_t **l_534[6] = {&g_214[3],&g_214[3],&g_214[3],&g_214[3],&g_214[3],&g_214[3]};
        uint8_t l_544 = 0x2AL;
        int32_t l_590 = 0xFB9B2D53L;
        int i;
        if ((g_81[3][0][0] = l_84))
        { /* block id: 11 */
            uint32_t l_88 = 0x51235921L;
            int32_t l_134[5];
            uint32_t l_146 = 0x69FE5E31L;
            uint8_t *l_180 = &g_123;
            int32_t * const *l_182 = &l_83;
            int32_t * const **l_181[3];
            uint32_t l_208[8][7] = {{0xA5AE7656L,0xA5AE7656L,0x9357A8A5L,0xA5AE7656L,0xA5AE7656L,0x9357A8A5L,0xA5AE7656L},{0x6C8BC088L,0UL,0UL,0x6C8BC088L,0UL,0UL,0x6C8BC088L},{7UL,0xA5AE7656L,7UL,7UL,0xA5AE7656L,7UL,7UL},{0x6C8BC088L,0x6C8BC088L,0UL,0x6C8BC088L,0x6C8BC088L,0UL,0x6C8BC088L},{0xA5AE7656L,7UL,7UL,0xA5AE7656L,7UL,7UL,0xA5AE7656L},{0UL,0x6C8BC088L,0UL,0UL,0x6C8BC088L,0UL,0UL},{0xA5AE7656L,0xA5AE7656L,0x9357A8A5L,0xA5AE7656L,0xA5AE7656L,0x9357A8A5L,0xA5AE7656L},{0x6C8BC088L,0UL,0UL,0x6C8BC088L,0UL,0UL,0x6C8BC088L}};
            int16_t l_238 = 0x6D32L;
            int64_t l_346 = (-2L);
            uint16_t l_353[3][7] = {{0xC6FAL,0x9C28L,0UL,0x9C28L,0xC6FAL,0xC6FAL,0x9C28L},{65535UL,0xF210L,65535UL,1UL,1UL,65535UL,0xF210L},{0x9C28L,65535UL,0UL,0UL,65535UL,0x9C28L,65535UL}};
            uint32_t l_481[10][1] = {{5UL},{0xEC4B0220L},{5UL},{0xEC4B0220L},{5UL},{0xEC4B0220L},{5UL},{0xEC4B0220L},{5UL},{0xEC4B0220L}};
            int i, j;
            for (i = 0; i < 5; i++)
                l_134[i] = 0L;
            for (i = 0; i < 3; i++)
                l_181[i] = &l_182;
            if (g_2[1][2][0])
            { /* block id: 12 */
                int32_t *l_85 = &g_81[4][5][2];
                int32_t *l_86[5][4] = {{(void*)0,(void*)0,&g_81[4][5][2],(void*)0},{(void*)0,&g_3,&g_3,&g_3},{&g_81[4][5][2],&g_3,&g_81[4][5][2],&g_81[4][5][2]},{&g_3,&g_3,(void*)0,&g_3},{&g_3,&g_81[4][5][2],&g_81[4][5][2],&g_3}};
                uint16_t *l_155 = &g_73;
                uint32_t *l_174 = &l_88;
                uint32_t **l_173 = &l_174;
                int64_t l_177 = (-1L);
                uint16_t *l_178 = &g_179;
                int8_t *l_184 = &l_135[3];
                int8_t *l_185 = (void*)0;
                int8_t *l_186 = &g_187;
                int16_t *l_188 = &g_189;
                int i, j;
                l_88--;
                for (l_88 = 0; (l_88 != 36); l_88 = safe_add_func_int32_t_s_s(l_88, 4))
                { /* block id: 16 */
                    uint32_t *l_110 = &g_111;
                    int32_t **l_113 = &l_86[0][3];
                    uint8_t *l_122 = &g_123;
                    int32_t ***l_128 = &g_127;
                    int32_t l_136[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_136[i] = 0x5A0644EAL;
                    if ((((&g_81[4][5][2] != ((*l_113) = ((l_88 == (g_3 & (safe_sub_func_int64_t_s_s((((safe_rshift_func_uint8_t_u_u(((((((((void*)0 == &p_57) , ((((g_112 = ((*l_110) |= (safe_mul_func_int16_t_s_s((safe_div_func_uint16_t_u_u((((safe_div_func_uint32_t_u_u(((4L >= ((safe_lshift_func_uint16_t_u_u(p_57, ((248UL <= (!(safe_lshift_func_int16_t_s_s((safe_sub_func_int16_t_s_s(((((((g_81[1][4][2] & g_81[9][6][1]) >= 0xFD81L) , (void*)0) == &g_3) <= 0x6656L) && 65529UL), p_54)), l_88)))) & 0xF720L))) > p_58)) > 0xD995L), p_55)) >= 1L) , 65530UL), l_88)), 0xF6EBL)))) < p_57) >= p_58) , p_58)) >= 0L) != (-2L)) , (*l_83)) != g_81[3][1][0]) , g_81[1][3][1]), 5)) ^ l_88) , g_3), l_88)))) , &g_81[3][3][1]))) , l_85) != &p_54))
                    { /* block id: 20 */
                        (*l_113) = (void*)0;
                    }
                    else
                    { /* block id: 22 */
                        (*l_85) |= g_3;
                        return g_81[4][5][2];
                    }
                    p_54 = ((+(safe_sub_func_uint32_t_u_u(((g_112 = p_54) & 0x6FL), (g_111 ^ p_58)))) | (safe_sub_func_int32_t_s_s((0x835DF1A5E6C36115LL != ((((~(((((safe_lshift_func_uint8_t_u_u(((*l_122) |= p_58), ((p_55 > (g_124 != ((*l_128) = g_127))) <= g_111))) == p_56) > g_129) >= p_56) <= g_111)) >= (*l_83)) & (*l_83)) & l_88)), (*l_83))));
                    for (p_55 = 0; (p_55 <= 2); p_55 += 1)
                    { /* block id: 32 */
                        int i, j;
                        l_86[p_55][p_55] = l_86[p_55][p_55];
                        return g_2[2][3][1];
                    }
                    for (p_55 = 13; (p_55 >= 38); p_55 = safe_add_func_int32_t_s_s(p_55, 2))
                    { /* block id: 38 */
                        int32_t **l_132 = &l_83;
                        int32_t l_137[4];
                        int i;
                        for (i = 0; i < 4; i++)
                            l_137[i] = 0L;
                        (*l_132) = ((*l_113) = &l_87);
                        if (p_56)
                            goto lbl_133;
                        --l_146;
                    }
                }
                if (l_87)
                    goto lbl_133;
                if (((*l_85) = (((p_57 , g_3) && ((*l_83) || (((((((*l_188) &= (safe_lshift_func_uint16_t_u_s((safe_add_func_int16_t_s_s(((safe_sub_func_int64_t_s_s((((*l_155)++) <= (safe_mod_func_int8_t_s_s((0xDBCA189D31E3E466LL == ((safe_mod_func_uint64_t_u_u((((*l_186) ^= (((*l_184) = (g_183 &= (((((((safe_mod_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_s((*l_83), (l_172 != ((*l_173) = &g_111)))), (safe_add_func_uint32_t_u_u(((l_177 , (((*l_178) = l_135[2]) , p_57)) , 0xBACBC805L), g_81[4][5][2])))), p_56)) <= p_58), 1)), 0x16L)) & (*g_125)) , l_180) == (void*)0) , &g_124) == l_181[1]) > 0xF84BDECE06B36089LL))) >= p_55)) || g_112), 0x1E9902BEB2762E7ALL)) > 0x04L)), 0x6CL))), g_112)) == g_81[6][4][1]), 0x9834L)), 4))) >= p_56) == p_55) != p_55) , 0L) , g_129))) , (*l_85))))
                { /* block id: 54 */
                    int32_t *l_191 = &l_140[0];
                    int32_t l_196 = 1L;
                    int32_t l_197 = 0xD42AF56CL;
                    int32_t l_199 = 0xDB72ABD0L;
                    int32_t l_201 = (-1L);
                    int32_t l_202 = 0x333C1A1EL;
                    int32_t l_204 = 0x1FFFA7BAL;
                    int32_t l_205 = 0x3A77F5BDL;
                    int32_t l_206 = 0L;
                    int32_t l_207 = 0x25C15AEBL;
                    for (g_129 = 0; (g_129 <= 2); g_129 += 1)
                    { /* block id: 57 */
                        int32_t **l_190 = &l_85;
                        uint8_t ***l_194 = (void*)0;
                        int32_t l_198 = (-8L);
                        int32_t l_200[3];
                        int8_t l_203 = 0x62L;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_200[i] = 8L;
                        (*l_190) = &l_134[(g_129 + 1)];
                        l_191 = &l_134[g_129];
                        (*g_195) = g_192;
                        ++l_208[4][0];
                    }
                    for (p_58 = 0; (p_58 == 11); p_58 = safe_add_func_uint16_t_u_u(p_58, 2))
                    { /* block id: 65 */
                        (*g_213) = l_86[4][2];
                    }
                }
                else
                { /* block id: 68 */
                    uint16_t l_215 = 0x2D41L;
                    l_215++;
                }
            }
            else
            { /* block id: 71 */
                uint16_t l_242 = 0UL;
                int32_t l_247 = (-2L);
                int32_t l_251 = (-1L);
                uint32_t l_252[6][2][10] = {{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}},{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}},{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}},{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}},{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}},{{0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L,5UL,4294967292UL,0xBEDE2C96L,0x9AD52459L,0xBC235594L},{0x9AD52459L,0xBEDE2C96L,4294967292UL,5UL,0xC152A444L,0x9AD52459L,4294967292UL,4294967292UL,0x9AD52459L,0xC152A444L}}};
                int16_t l_268 = 0xDBAAL;
                int32_t l_392 = (-1L);
                int32_t l_394 = 0x3FAB13BDL;
                int8_t l_395 = (-1L);
                uint32_t l_396 = 0x81ACA36AL;
                int32_t ****l_409[6] = {(void*)0,&g_408,(void*)0,(void*)0,&g_408,(void*)0};
                uint32_t **l_457 = &l_172;
                uint32_t ***l_456 = &l_457;
                uint32_t **l_475 = &l_172;
                int i, j, k;
                for (p_58 = (-20); (p_58 >= 48); ++p_58)
                { /* block id: 74 */
                    const int32_t ****l_223 = (void*)0;
                    const int32_t ***l_225 = &l_221;
                    const int32_t ****l_224 = &l_225;
                    const uint32_t *l_227[10] = {&g_111,(void*)0,&g_111,&g_111,(void*)0,&g_111,&g_111,(void*)0,&g_111,&g_111};
                    const uint32_t **l_226 = &l_227[0];
                    const uint32_t ***l_228[9][5] = {{&l_226,(void*)0,(void*)0,&l_226,&l_226},{&l_226,&l_226,&l_226,&l_226,&l_226},{&l_226,&l_226,(void*)0,(void*)0,&l_226},{&l_226,&l_226,&l_226,&l_226,&l_226},{&l_226,(void*)0,(void*)0,&l_226,&l_226},{&l_226,&l_226,&l_226,&l_226,&l_226},{&l_226,&l_226,(void*)0,(void*)0,&l_226},{&l_226,&l_226,&l_226,&l_226,&l_226},{&l_226,(void*)0,(void*)0,&l_226,&l_226}};
                    uint32_t **l_230 = &l_172;
                    uint32_t ***l_231 = &l_230;
                    uint64_t *l_239 = (void*)0;
                    uint64_t *l_240[5][10] = {{&g_241,&g_241,&g_241,&g_241,&g_241,(void*)0,&g_241,&g_241,&g_241,&g_241},{&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241,&g_241},{(void*)0,&g_241,(void*)0,&g_241,&g_241,&g_241,(void*)0,&g_241,(void*)0,&g_241},{&g_241,&g_241,(void*)0,&g_241,&g_241,(void*)0,&g_241,&g_241,(void*)0,&g_241},{&g_241,&g_241,(void*)0,&g_241,(void*)0,&g_241,&g_241,&g_241,(void*)0,&g_241}};
                    uint16_t *l_274 = (void*)0;
                    uint16_t **l_273 = &l_274;
                    int32_t l_279 = 0x15CE271BL;
                    int32_t l_352 = 1L;
                    int i, j;
                    if ((((((*l_224) = (l_220 = l_220)) == (void*)0) , (((g_229 = l_226) == ((*l_231) = l_230)) & (((safe_sub_func_uint32_t_u_u(p_56, (safe_sub_func_int64_t_s_s(((safe_sub_func_uint64_t_u_u(l_238, (l_242--))) & ((safe_mul_func_int8_t_s_s((l_247 & (l_248 = p_55)), (safe_add_func_uint8_t_u_u(((l_251 = (((&g_189 == (void*)0) , &l_226) != (void*)0)) < l_252[2][0][3]), 0x7EL)))) < g_129)), l_252[2][0][1])))) , l_253) != l_253))) <= (*l_83)))
                    { /* block id: 82 */
                        int64_t l_254 = 0xC78F96434A620E5CLL;
                        if (l_254)
                            break;
                        (**g_124) |= l_251;
                    }
                    else
                    { /* block id: 85 */
                        int16_t *l_259 = &g_189;
                        (**l_220) = &p_54;
                        if (g_3)
                            goto lbl_133;
                        (*l_221) = ((safe_add_func_int16_t_s_s(((safe_mul_func_int16_t_s_s(((*g_125) != (&g_189 != l_259)), (safe_add_func_uint8_t_u_u((((l_252[0][0][4] , &l_172) != g_229) ^ ((*l_83) || (safe_mul_func_int16_t_s_s(((((safe_mul_func_uint16_t_u_u((safe_add_func_int16_t_s_s((-5L), 1UL)), g_123)) , p_58) , (-7L)) > (*g_193)), 65527UL)))), l_268)))) < 8L), g_2[0][0][1])) , (*g_213));
                    }
                    if ((((safe_mul_func_uint16_t_u_u(p_56, 1L)) , (((**g_192) , ((*l_83) , (((!0xF6L) , l_272) != ((*l_273) = &g_73)))) < (safe_div_func_uint64_t_u_u((((((safe_mod_func_uint32_t_u_u(l_252[2][0][3], 9L)) & (*l_83)) == p_54) , 0xA81FEB96L) , p_57), p_57)))) == g_189))
                    { /* block id: 91 */
                        int64_t l_280[4] = {0L,0L,0L,0L};
                        int32_t l_281 = 0x51B67495L;
                        int32_t l_282 = 0x99F02CD7L;
                        int i;
                        --g_283;
                    }
                    else
                    { /* block id: 93 */
                        uint16_t l_286 = 0xE4BAL;
                        int32_t l_309 = 0xA3050FEFL;
                        if (g_183)
                            goto lbl_133;
                        if (l_286)
                            break;
                        l_309 ^= ((~(p_54 & ((!(safe_rshift_func_uint8_t_u_s((((((*l_274) = 0x2F56L) == ((safe_rshift_func_int8_t_s_s((safe_sub_func_uint32_t_u_u((((*l_272) = p_55) & 2L), 0xC57A71B3L)), ((safe_rshift_func_uint8_t_u_s(((l_138 ^= p_58) <= p_57), 5)) , (safe_mod_func_int16_t_s_s(((safe_lshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s((*l_83), (g_241 = (l_307 = (((safe_mod_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s((1UL & 1L), 13)), g_81[3][1][2])) , 0xE1L) & (-7L)))))), g_126)) >= g_123), p_56))))) <= 0x33A0L)) ^ p_57) >= 0x511A3D45L), g_81[4][5][2]))) <= (-4L)))) | g_308);
                    }
                    l_251 = ((safe_mod_func_int32_t_s_s(l_312[6], g_241)) < (l_253 == l_313));
                    for (l_146 = 0; (l_146 <= 4); l_146 += 1)
                    { /* block id: 106 */
                        int32_t ****l_348 = &l_347;
                        int8_t *l_349 = (void*)0;
                        int8_t *l_350 = &g_187;
                        int i;
                        l_134[l_146] |= (safe_lshift_func_int8_t_s_u(0x45L, 7));
                        (**l_220) = &l_251;
                        l_279 |= (safe_mul_func_int8_t_s_s((+(!((((safe_div_func_uint8_t_u_u((((g_354 |= ((p_55 , &g_187) != ((safe_mul_func_int16_t_s_s(((+((safe_div_func_int16_t_s_s((*l_83), p_58)) , (+(safe_mul_func_uint8_t_u_u(((safe_add_func_int32_t_s_s(((safe_mod_func_uint8_t_u_u(((safe_mul_func_uint16_t_u_u((safe_div_func_uint8_t_u_u((++(*l_180)), (0x13E8L | (safe_mod_func_int64_t_s_s((safe_div_func_int8_t_s_s(((p_54 = ((((safe_sub_func_uint32_t_u_u(l_346, ((((g_351[0] = ((*l_350) = ((p_58 > (((*l_348) = l_347) != (void*)0)) == (-7L)))) & l_352) != 0L) != 0L))) , p_54) || (-3L)) >= (-10L))) >= p_57), p_56)), p_56))))), l_252[4][1][2])) , p_54), 0x2BL)) != 0x7EE88716L), l_242)) || l_353[1][5]), (*g_193)))))) >= p_56), p_55)) , l_180))) < 7L) >= g_189), p_55)) , g_81[1][3][1]) != 0x2FL) || g_123))), (**l_221)));
                        (**l_225) = ((safe_rshift_func_int16_t_s_u(0xA599L, (((l_138 = (p_58 , (&g_2[0][3][0] != (((safe_lshift_func_uint8_t_u_s((safe_mul_func_uint16_t_u_u(((((safe_sub_func_int16_t_s_s((safe_mod_func_int8_t_s_s((safe_sub_func_int8_t_s_s((safe_rshift_func_int16_t_s_s((+((safe_lshift_func_uint16_t_u_u((safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_u((safe_unary_minus_func_int64_t_s((((safe_add_func_int16_t_s_s(p_55, ((**l_273)--))) >= (safe_div_func_uint16_t_u_u((+(safe_mod_func_uint32_t_u_u((((0x80F6L <= ((&p_54 == (((safe_div_func_uint32_t_u_u(0xC42CC3E1L, (safe_mul_func_uint8_t_u_u((***g_195), (safe_add_func_uint16_t_u_u(((((1L || g_189) >= p_54) , 6L) , 0UL), 0x5C45L)))))) ^ l_251) , (***l_224))) && g_187)) & 18446744073709551607UL) || (-1L)), l_252[2][0][3]))), g_308))) , 0L))), p_54)))), 4)) >= p_58)), 9)), (****l_224))), 0x1AL)), p_57)) , p_58) || p_56) ^ 0xFDC0B5CB705B3227LL), g_112)), g_112)) & g_81[9][4][0]) , (void*)0)))) & 2UL) , p_55))) , (*g_213));
                    }
                }
                if ((**l_182))
                { /* block id: 121 */
                    int8_t l_393 = 0x77L;
                    int32_t *****l_410 = &l_409[1];
                    uint8_t *l_411 = &g_112;
                    uint8_t ***l_429 = &g_192;
                    uint16_t * const l_450 = &l_353[1][5];
                    int32_t l_451 = 0x55B599D0L;
                    l_396--;
                    l_140[4] = (((safe_lshift_func_int8_t_s_s((0xD9L & ((safe_rshift_func_uint8_t_u_u((p_57 , (l_251 = ((((safe_add_func_uint8_t_u_u((safe_div_func_int8_t_s_s(((p_58 != ((*l_180) &= (*g_193))) > l_242), ((((***g_195) ^ ((*l_411) = (g_407 != ((*l_410) = l_409[1])))) != ((*l_172) = (safe_sub_func_uint64_t_u_u(((l_392 = (((safe_mul_func_int8_t_s_s((p_54 & (**l_182)), (**g_192))) , (void*)0) == l_416)) == l_393), g_354)))) || g_241))), p_57)) & g_183) > l_252[3][0][7]) , 255UL))), g_417)) && 1L)), g_187)) <= p_58) && (**g_124));
                    if (((&g_407 == (void*)0) && ((((g_417 ^ g_123) <= (safe_mul_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u((g_283 > ((safe_sub_func_uint64_t_u_u(g_81[4][5][2], (((p_55 && (*l_83)) , (safe_mul_func_int8_t_s_s((&p_54 == &p_54), g_2[2][2][0]))) != p_57))) != g_351[0])), 1)), p_57))) < p_54) != p_57)))
                    { /* block id: 130 */
                        uint8_t ***l_428 = (void*)0;
                        int32_t **l_442 = (void*)0;
                        p_54 = (((l_428 != l_429) > p_54) <= (safe_lshift_func_int16_t_s_s(((((safe_mod_func_int64_t_s_s((safe_mul_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u(0xE5L, (((safe_mod_func_uint64_t_u_u((safe_div_func_uint16_t_u_u(((((void*)0 == l_442) <= (safe_rshift_func_uint16_t_u_u((0UL ^ ((safe_div_func_uint16_t_u_u(p_54, (safe_rshift_func_uint16_t_u_u(0x9EC7L, 4)))) >= p_57)), g_126))) , (**l_182)), (-1L))), 1L)) && p_57) >= 0xEBL))), g_189)), p_58)) > p_55) < p_57) ^ p_57), 8)));
                        p_54 = (safe_unary_minus_func_int8_t_s(((void*)0 == l_450)));
                        (*l_221) = ((*g_213) = (*g_213));
                    }
                    else
                    { /* block id: 135 */
                        (*l_221) = ((*g_213) = (*g_213));
                        l_451 = p_58;
                    }
                }
                else
                { /* block id: 140 */
                    uint32_t ****l_458 = &l_456;
                    uint32_t ****l_459 = &l_253;
                    int16_t **l_460 = &l_416;
                    int64_t *l_468 = (void*)0;
                    int64_t *l_469[4][3] = {{&g_417,&g_417,&g_354},{&g_417,&g_417,&g_354},{&g_417,&g_417,&g_354},{&g_417,&g_417,&g_354}};
                    int32_t l_476 = (-1L);
                    int8_t *l_477 = (void*)0;
                    int8_t *l_478 = &l_135[3];
                    int i, j;
                    p_54 = (safe_sub_func_int32_t_s_s(((safe_lshift_func_int8_t_s_s((((*l_459) = ((*l_458) = l_456)) == l_313), (((*l_460) = &g_2[0][3][0]) != (l_461 = &g_189)))) >= ((((&l_172 == (((safe_rshift_func_int8_t_s_s(0xB6L, (p_58 , (safe_sub_func_int8_t_s_s(((*l_478) = ((((safe_mod_func_int64_t_s_s((g_354 = (*l_83)), (safe_mod_func_uint32_t_u_u((g_472[2][0] != l_475), 0x76BB6391L)))) != 0x41L) , p_58) ^ l_476)), (***g_195)))))) <= p_57) , &l_172)) & 0xD83FL) , p_56) >= p_57)), p_56));
                }
            }
            (*g_125) |= (p_54 = ((safe_mul_func_uint16_t_u_u(l_481[3][0], (~18446744073709551610UL))) , p_56));
        }
        else
        { /* block id: 152 */
            uint64_t l_522 = 5UL;
            uint8_t ***l_523 = &g_192;
            int32_t *l_533[6];
            int i;
            for (i = 0; i < 6; i++)
                l_533[i] = &l_140[0];
            for (l_139 = 20; (l_139 == (-12)); l_139--)
            { /* block id: 155 */
                int32_t l_506[8] = {8L,8L,8L,8L,8L,8L,8L,8L};
                int64_t *l_507 = &g_354;
                uint8_t ***l_525 = &g_192;
                int i;
                p_54 = ((safe_sub_func_uint64_t_u_u(0x041A8BDB7FA4C102LL, (safe_div_func_uint16_t_u_u(((safe_lshift_func_uint8_t_u_s((safe_add_func_int16_t_s_s(((safe_add_func_int16_t_s_s(((void*)0 == l_416), ((safe_mul_func_uint16_t_u_u((((((safe_div_func_uint32_t_u_u(((*l_172) = (safe_rshift_func_uint8_t_u_u(1UL, ((*g_473) || (safe_add_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_s(((l_505[0] ^ l_506[0]) >= ((p_57 != ((*l_507) ^= (p_57 || p_58))) > g_179)), 15)) >= l_506[2]), p_57)))))), p_57)) | p_55) | 0xF3L) < g_241) & (**g_192)), g_129)) , 0L))) || 0xC4L), p_55)), p_56)) <= p_54), p_56)))) < p_56);
                for (l_138 = 0; (l_138 < 0); ++l_138)
                { /* block id: 161 */
                    int32_t l_516[3][10] = {{0xAF71D5ADL,0x012BBA6AL,0xAF71D5ADL,(-7L),0x5C6BF41CL,(-7L),0xAF71D5ADL,0x012BBA6AL,0xAF71D5ADL,(-7L)},{0x5C6BF41CL,0x012BBA6AL,0L,0x012BBA6AL,0x5C6BF41CL,0x9F30E176L,0x5C6BF41CL,0x012BBA6AL,0L,0x012BBA6AL},{0x5C6BF41CL,(-7L),0xAF71D5ADL,0x012BBA6AL,0xAF71D5ADL,(-7L),0x5C6BF41CL,(-7L),0xAF71D5ADL,0x012BBA6AL}};
                    int32_t *l_524 = &l_141;
                    uint8_t ****l_526 = (void*)0;
                    int i, j;
                    (*l_524) = (safe_rshift_func_uint16_t_u_u(((*l_272) &= (((void*)0 != &p_55) > ((safe_sub_func_int64_t_s_s((safe_add_func_uint64_t_u_u(g_283, (l_516[2][9] , (safe_add_func_int16_t_s_s((safe_lshift_func_uint8_t_u_s((+65535UL), p_56)), l_522))))), g_123)) , ((l_506[0] , l_523) != (void*)0)))), g_112));
                    (*g_527) = l_525;
                    for (g_73 = (-4); (g_73 < 1); g_73++)
                    { /* block id: 167 */
                        (*l_221) = &p_54;
                        (*l_524) |= (safe_mul_func_uint8_t_u_u((p_57 > (*g_473)), 251UL));
                        if ((*g_125))
                            break;
                        (*l_221) = l_533[5];
                    }
                }
                if (g_308)
                    goto lbl_133;
            }
        }
        if (((((((*g_213) = &l_139) != ((((*l_83) | ((g_81[0][4][1] , (*l_83)) | ((safe_mul_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_s((~(-1L)), 5)) <= (safe_add_func_int32_t_s_s((((safe_div_func_int8_t_s_s(l_544, (g_241 | (*l_83)))) , (void*)0) != &g_407), (*l_83)))) , 0xFA55L), (*l_83))) && 0xE938FD4D83A56AE4LL))) & 0xF4D6524E635E3819LL) , &g_3)) != (*g_193)) != (*l_83)) && p_55))
        { /* block id: 178 */
            int16_t l_545 = 0x6254L;
            int32_t l_546[2];
            uint64_t *l_554 = &l_547;
            int8_t l_561 = 0xCEL;
            uint8_t *l_580[6][8] = {{&l_312[6],&g_112,&l_544,(void*)0,&l_312[1],&l_312[1],(void*)0,(void*)0},{&l_312[5],(void*)0,&g_112,&g_112,(void*)0,&l_312[5],&g_112,&l_312[6]},{&l_544,(void*)0,&l_312[6],&l_312[6],&g_283,&l_312[7],&l_544,&l_544},{&l_312[3],&l_544,&g_112,&l_312[6],&g_112,&l_312[6],&l_544,&l_312[6]},{&l_312[1],&g_112,&g_112,&g_112,&l_312[1],&g_112,&g_283,(void*)0},{&g_283,&l_312[6],&l_312[7],(void*)0,(void*)0,(void*)0,&l_312[5],&g_112}};
            int32_t l_581 = 0x89F4EBA3L;
            int32_t l_582 = 0xE5EF1B0BL;
            int32_t * const *l_586 = &l_83;
            int i, j;
            for (i = 0; i < 2; i++)
                l_546[i] = (-1L);
            --l_547;
            l_582 ^= ((g_241 = ((safe_mul_func_int8_t_s_s(((safe_add_func_uint64_t_u_u((0x71649FDDL >= (((*l_554) = 0x31CEC3F0370C707CLL) <= ((l_581 = (safe_lshift_func_uint8_t_u_s(((***g_528)++), (((safe_mul_func_uint16_t_u_u(((l_561 ^ ((*l_83) == g_417)) != (p_54 = (-1L))), ((p_58 , (((((safe_mod_func_int16_t_s_s((safe_div_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(g_189, (((safe_div_func_int8_t_s_s((safe_add_func_int32_t_s_s(((((((safe_add_func_int16_t_s_s((safe_rshift_func_uint16_t_u_s((safe_mod_func_uint32_t_u_u((safe_lshift_func_uint8_t_u_s((l_546[0] = 251UL), 0)), (-1L))), 1)), 0xB4A8L)) ^ p_57) , 0xC2F96D71C37C3B93LL) , 0x149AB7FCF06569B8LL) & 0xC6C686415E577495LL) == 0x58L), 0x1C17339BL)), 0x34L)) , 0xB588F509L) == p_58))), g_123)), l_545)) ^ 0xC8909539L) > p_56) <= 0x82302C5CF79224C4LL) < g_81[4][5][2])) | 9UL))) | g_187) || 0x1C75L)))) & 0xB5L))), p_55)) && p_58), l_545)) < g_308)) < (*l_83));
            if ((p_54 ^= (*g_125)))
            { /* block id: 188 */
                uint16_t l_583 = 0x9EC2L;
                ++l_583;
            }
            else
            { /* block id: 190 */
                int32_t * const **l_587 = &l_586;
                (*l_587) = l_586;
            }
            l_590 = (safe_mul_func_int16_t_s_s((g_81[4][5][2] | ((*l_461) = 0x56DFL)), p_57));
        }
        else
        { /* block id: 195 */
            return p_54;
        }
    }
    else
    { /* block id: 198 */
        int8_t *l_593[9][1][3] = {{{(void*)0,&g_187,&g_351[0]}},{{(void*)0,&g_187,(void*)0}},{{(void*)0,(void*)0,&g_351[0]}},{{(void*)0,(void*)0,(void*)0}},{{(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_187,&g_351[0]}},{{(void*)0,&g_187,(void*)0}},{{(void*)0,(void*)0,&g_351[0]}},{{(void*)0,(void*)0,(void*)0}}};
        int32_t *l_603 = &g_183;
        uint16_t *l_609 = (void*)0;
        uint16_t **l_608 = &l_609;
        int i, j, k;
        p_54 = ((g_351[0] = (safe_rshift_func_uint16_t_u_s(g_351[0], 4))) != (((~(safe_sub_func_uint8_t_u_u(248UL, ((((safe_add_func_int16_t_s_s((-1L), (g_179++))) <= (safe_add_func_uint32_t_u_u(4294967292UL, ((*l_603) &= 0L)))) && (((((p_56 , (safe_mod_func_uint16_t_u_u(4UL, (safe_add_func_uint32_t_u_u((*l_603), ((*l_83) >= 1UL)))))) <= 18446744073709551610UL) <= p_55) & p_54) , g_241)) == 0x11L)))) , l_608) == g_610));
    }
    (**l_622) ^= (((((*l_613) = l_612) , ((*g_193) = ((safe_add_func_int64_t_s_s(((**g_192) >= ((*l_83) | (safe_rshift_func_uint8_t_u_u((safe_unary_minus_func_uint32_t_u(((&p_54 != ((((*l_83) & (((((void*)0 != l_619) >= (((*l_620) = l_347) == &l_622)) , p_56) | 0xCD34L)) || l_624) , (void*)0)) && (*l_83)))), (*l_83))))), l_625)) , 0x76L))) , (****g_527)) > p_55);
    return p_58;
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
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_2[i][j][k], "g_2[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3, "g_3", print_hash_value);
    transparent_crc(g_73, "g_73", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 7; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_81[i][j][k], "g_81[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_111, "g_111", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_123, "g_123", print_hash_value);
    transparent_crc(g_126, "g_126", print_hash_value);
    transparent_crc(g_129, "g_129", print_hash_value);
    transparent_crc(g_179, "g_179", print_hash_value);
    transparent_crc(g_183, "g_183", print_hash_value);
    transparent_crc(g_187, "g_187", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_241, "g_241", print_hash_value);
    transparent_crc(g_283, "g_283", print_hash_value);
    transparent_crc(g_308, "g_308", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_351[i], "g_351[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_354, "g_354", print_hash_value);
    transparent_crc(g_417, "g_417", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 2; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_474[i][j][k], "g_474[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_628, "g_628", print_hash_value);
    transparent_crc(g_659, "g_659", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_752[i], "g_752[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_814, "g_814", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_859[i], "g_859[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_880, "g_880", print_hash_value);
    transparent_crc(g_912, "g_912", print_hash_value);
    transparent_crc(g_1010, "g_1010", print_hash_value);
    transparent_crc(g_1013, "g_1013", print_hash_value);
    transparent_crc(g_1097, "g_1097", print_hash_value);
    transparent_crc(g_1118, "g_1118", print_hash_value);
    transparent_crc(g_1167, "g_1167", print_hash_value);
    transparent_crc(g_1222, "g_1222", print_hash_value);
    transparent_crc(g_1236, "g_1236", print_hash_value);
    transparent_crc(g_1320, "g_1320", print_hash_value);
    transparent_crc(g_1424, "g_1424", print_hash_value);
    transparent_crc(g_1580, "g_1580", print_hash_value);
    transparent_crc(g_1641, "g_1641", print_hash_value);
    transparent_crc(g_1823, "g_1823", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_1922[i][j], "g_1922[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1959, "g_1959", print_hash_value);
    transparent_crc(g_2112, "g_2112", print_hash_value);
    transparent_crc(g_2172, "g_2172", print_hash_value);
    transparent_crc(g_2220, "g_2220", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_2238[i][j][k], "g_2238[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_2388[i][j], "g_2388[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_2429, "g_2429", print_hash_value);
    transparent_crc(g_2558, "g_2558", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_2858[i][j], "g_2858[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_2904[i], "g_2904[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_2981, "g_2981", print_hash_value);
    transparent_crc(g_3208, "g_3208", print_hash_value);
    transparent_crc(g_3357, "g_3357", print_hash_value);
    transparent_crc(g_3508, "g_3508", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 10; j++)
        {
            transparent_crc(g_3597[i][j], "g_3597[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_3746[i], "g_3746[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_3773, "g_3773", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 5; k++)
            {
                transparent_crc(g_3874[i][j][k], "g_3874[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3972, "g_3972", print_hash_value);
    transparent_crc(g_4066, "g_4066", print_hash_value);
    transparent_crc(g_4195, "g_4195", print_hash_value);
    transparent_crc(g_4238, "g_4238", print_hash_value);
    transparent_crc(g_4280, "g_4280", print_hash_value);
    transparent_crc(g_4339, "g_4339", print_hash_value);
    transparent_crc(g_4458, "g_4458", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 1189
XXX total union variables: 0

XXX max expression depth: 50
breakdown:
   depth: 1, occurrence: 518
   depth: 2, occurrence: 121
   depth: 3, occurrence: 7
   depth: 4, occurrence: 8
   depth: 5, occurrence: 6
   depth: 6, occurrence: 4
   depth: 8, occurrence: 3
   depth: 9, occurrence: 1
   depth: 10, occurrence: 2
   depth: 11, occurrence: 3
   depth: 12, occurrence: 4
   depth: 13, occurrence: 3
   depth: 14, occurrence: 2
   depth: 15, occurrence: 2
   depth: 16, occurrence: 2
   depth: 17, occurrence: 6
   depth: 18, occurrence: 4
   depth: 19, occurrence: 5
   depth: 20, occurrence: 5
   depth: 21, occurrence: 7
   depth: 22, occurrence: 6
   depth: 23, occurrence: 6
   depth: 24, occurrence: 8
   depth: 25, occurrence: 4
   depth: 26, occurrence: 2
   depth: 27, occurrence: 6
   depth: 28, occurrence: 5
   depth: 29, occurrence: 5
   depth: 30, occurrence: 1
   depth: 31, occurrence: 3
   depth: 32, occurrence: 3
   depth: 33, occurrence: 4
   depth: 35, occurrence: 2
   depth: 36, occurrence: 2
   depth: 37, occurrence: 3
   depth: 38, occurrence: 1
   depth: 39, occurrence: 1
   depth: 42, occurrence: 2
   depth: 43, occurrence: 3
   depth: 44, occurrence: 2
   depth: 45, occurrence: 1
   depth: 46, occurrence: 1
   depth: 50, occurrence: 1

XXX total number of pointers: 881

XXX times a variable address is taken: 2440
XXX times a pointer is dereferenced on RHS: 508
breakdown:
   depth: 1, occurrence: 325
   depth: 2, occurrence: 105
   depth: 3, occurrence: 50
   depth: 4, occurrence: 24
   depth: 5, occurrence: 4
XXX times a pointer is dereferenced on LHS: 515
breakdown:
   depth: 1, occurrence: 421
   depth: 2, occurrence: 69
   depth: 3, occurrence: 18
   depth: 4, occurrence: 5
   depth: 5, occurrence: 2
XXX times a pointer is compared with null: 84
XXX times a pointer is compared with address of another variable: 32
XXX times a pointer is compared with another pointer: 32
XXX times a pointer is qualified to be dereferenced: 19689

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1908
   level: 2, occurrence: 867
   level: 3, occurrence: 542
   level: 4, occurrence: 221
   level: 5, occurrence: 62
XXX number of pointers point to pointers: 464
XXX number of pointers point to scalars: 417
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 27.6
XXX average alias set size: 1.49

XXX times a non-volatile is read: 3653
XXX times a non-volatile is write: 1676
XXX times a volatile is read: 235
XXX    times read thru a pointer: 85
XXX times a volatile is write: 98
XXX    times written thru a pointer: 48
XXX times a volatile is available for access: 5.45e+03
XXX percentage of non-volatile access: 94.1

XXX forward jumps: 2
XXX backward jumps: 18

XXX stmts: 515
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 35
   depth: 1, occurrence: 39
   depth: 2, occurrence: 60
   depth: 3, occurrence: 99
   depth: 4, occurrence: 122
   depth: 5, occurrence: 160

XXX percentage a fresh-made variable is used: 15.3
XXX percentage an existing variable is used: 84.7
********************* end of statistics **********************/

