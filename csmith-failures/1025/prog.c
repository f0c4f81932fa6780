/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1025 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1025
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static volatile int32_t g_2 = 4L;/* VOLATILE GLOBAL g_2 */
static volatile int32_t g_3[9] = {0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L,0xC6A53D06L};
static volatile int32_t g_4 = 1L;/* VOLATILE GLOBAL g_4 */
static int32_t g_5 = 0xA137B189L;
static volatile int32_t g_8 = 0xA810D21DL;/* VOLATILE GLOBAL g_8 */
static volatile int32_t g_9 = 1L;/* VOLATILE GLOBAL g_9 */
static volatile int32_t g_10 = 4L;/* VOLATILE GLOBAL g_10 */
static volatile int32_t g_11[7][8] = {{(-6L),7L,1L,(-1L),0x01078932L,(-2L),0x01078932L,(-1L)},{0x01078932L,(-2L),0x01078932L,(-1L),1L,7L,(-6L),(-9L)},{0x17BE9FB1L,1L,(-10L),7L,7L,(-10L),1L,0x17BE9FB1L},{0x17BE9FB1L,(-1L),(-8L),0x01078932L,1L,(-1L),(-10L),(-1L)},{0x01078932L,(-1L),(-9L),(-1L),0x01078932L,(-8L),0x17BE9FB1L,(-1L)},{0x01078932L,(-1L),(-2L),1L,0x2250DB85L,0x2250DB85L,1L,(-2L)},{(-1L),(-1L),(-2L),(-1L),(-9L),(-10L),0x17BE9FB1L,0x01078932L}};
static int32_t g_12 = 0x5732AA61L;
static int32_t ** volatile g_25 = (void*)0;/* VOLATILE GLOBAL g_25 */
static int32_t *g_51 = &g_5;
static int32_t **g_50 = &g_51;
static uint32_t g_90 = 4294967295UL;
static int8_t g_132 = 0x71L;
static int64_t g_134 = 0x2FC28BF875DF3ABALL;
static int32_t g_140 = 0x0ED61D3EL;
static volatile uint32_t g_141 = 1UL;/* VOLATILE GLOBAL g_141 */
static int32_t g_152 = 1L;
static int16_t g_188 = 0L;
static uint64_t **g_194 = (void*)0;
static uint64_t *** volatile g_193 = &g_194;/* VOLATILE GLOBAL g_193 */
static uint32_t g_197 = 0x7E373B79L;
static const uint32_t g_287 = 0xDFC91880L;
static const uint32_t * const g_286 = &g_287;
static const uint32_t * const *g_285 = &g_286;
static uint8_t g_291 = 0xB2L;
static uint64_t g_312 = 0xB78428333CB9D5C4LL;
static volatile uint32_t * volatile * volatile * const *g_333 = (void*)0;
static uint32_t *g_374[2] = {&g_197,&g_197};
static uint32_t ****g_388[1] = {(void*)0};
static uint32_t *****g_387 = &g_388[0];
static int64_t g_410 = 0x40FA2D9107B89339LL;
static uint64_t g_425[6][10][1] = {{{18446744073709551610UL},{0xCAC50B1114D65301LL},{18446744073709551610UL},{0x029BF50B3280A1F1LL},{0xAED0314FF98FF4A7LL},{0x46648F4F1D27235BLL},{18446744073709551610UL},{18446744073709551606UL},{18446744073709551610UL},{0x46648F4F1D27235BLL}},{{0xAED0314FF98FF4A7LL},{0x029BF50B3280A1F1LL},{18446744073709551610UL},{0xCAC50B1114D65301LL},{18446744073709551610UL},{0x029BF50B3280A1F1LL},{0xAED0314FF98FF4A7LL},{0x46648F4F1D27235BLL},{18446744073709551610UL},{18446744073709551606UL}},{{18446744073709551610UL},{0x46648F4F1D27235BLL},{0xAED0314FF98FF4A7LL},{0x029BF50B3280A1F1LL},{18446744073709551610UL},{0xCAC50B1114D65301LL},{18446744073709551610UL},{0x029BF50B3280A1F1LL},{0xAED0314FF98FF4A7LL},{0x46648F4F1D27235BLL}},{{18446744073709551610UL},{18446744073709551606UL},{18446744073709551610UL},{0x46648F4F1D27235BLL},{0xAED0314FF98FF4A7LL},{0x029BF50B3280A1F1LL},{18446744073709551610UL},{0xCAC50B1114D65301LL},{18446744073709551610UL},{0x029BF50B3280A1F1LL}},{{0xAED0314FF98FF4A7LL},{0x46648F4F1D27235BLL},{18446744073709551610UL},{18446744073709551606UL},{18446744073709551610UL},{0x46648F4F1D27235BLL},{0xAED0314FF98FF4A7LL},{0x029BF50B3280A1F1LL},{18446744073709551610UL},{0xCAC50B1114D65301LL}},{{18446744073709551610UL},{0x029BF50B3280A1F1LL},{0xAED0314FF98FF4A7LL},{0x46648F4F1D27235BLL},{18446744073709551610UL},{18446744073709551606UL},{18446744073709551610UL},{0x46648F4F1D27235BLL},{0xAED0314FF98FF4A7LL},{0x029BF50B3280A1F1LL}}};
static uint16_t g_428 = 65535UL;
static int64_t g_480 = 0xF63AB2160701837FLL;
static uint32_t g_482[5] = {1UL,1UL,1UL,1UL,1UL};
static volatile int16_t g_495 = 1L;/* VOLATILE GLOBAL g_495 */
static volatile uint32_t g_508 = 1UL;/* VOLATILE GLOBAL g_508 */
static int8_t g_521 = 0xABL;
static volatile int32_t g_556 = 5L;/* VOLATILE GLOBAL g_556 */
static uint64_t g_557 = 18446744073709551609UL;
static int16_t g_582 = 0x204DL;
static int64_t *g_605 = &g_134;
static int64_t g_637 = 0x3C1A381983C1CCF0LL;
static uint32_t g_653[9][5] = {{0xED44993CL,0x5E4E1C9AL,8UL,0xAAB78D12L,0xAAB78D12L},{0UL,0x86287347L,0UL,8UL,0xAE0BC7ADL},{0x707E113DL,0x86287347L,0xB668CFB1L,0xED44993CL,0xB7E126A9L},{4294967295UL,0x5E4E1C9AL,0xAAB78D12L,0xABCB61EFL,0x707E113DL},{4294967292UL,0xB7E126A9L,0xB668CFB1L,0xB7E126A9L,4294967292UL},{0xA68594A6L,0xED44993CL,0UL,0xB7E126A9L,0xABCB61EFL},{4294967295UL,0xA68594A6L,8UL,0xABCB61EFL,1UL},{0xB668CFB1L,0UL,0xABCB61EFL,0xED44993CL,0xABCB61EFL},{0xABCB61EFL,0xABCB61EFL,0x86287347L,8UL,4294967292UL}};
static int8_t g_656 = 0x07L;
static uint32_t g_657 = 0x7AD92928L;
static uint16_t *g_680 = (void*)0;
static uint16_t ** volatile g_679 = &g_680;/* VOLATILE GLOBAL g_679 */
static const uint32_t g_739[4][7] = {{18446744073709551608UL,18446744073709551608UL,18446744073709551615UL,18446744073709551608UL,18446744073709551608UL,18446744073709551615UL,18446744073709551608UL},{0xE0F5D996L,1UL,1UL,0xE0F5D996L,1UL,1UL,0xE0F5D996L},{1UL,18446744073709551608UL,1UL,1UL,18446744073709551608UL,1UL,1UL},{0xE0F5D996L,0xE0F5D996L,0x80262A36L,0xE0F5D996L,0xE0F5D996L,0x80262A36L,0xE0F5D996L}};
static int32_t * volatile g_757 = &g_140;/* VOLATILE GLOBAL g_757 */
static volatile uint8_t g_798 = 3UL;/* VOLATILE GLOBAL g_798 */
static volatile uint8_t *g_797 = &g_798;
static volatile uint8_t ** volatile g_796 = &g_797;/* VOLATILE GLOBAL g_796 */
static int16_t *g_801 = &g_188;
static int16_t **g_800 = &g_801;
static volatile uint64_t *g_828 = (void*)0;
static volatile uint64_t * volatile * volatile g_827 = &g_828;/* VOLATILE GLOBAL g_827 */
static int32_t g_839[4] = {0xBA50D000L,0xBA50D000L,0xBA50D000L,0xBA50D000L};
static int32_t *g_946 = (void*)0;
static int32_t ** const g_945 = &g_946;
static int32_t ** const *g_944[4][9][7] = {{{&g_945,(void*)0,(void*)0,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,(void*)0,&g_945,(void*)0},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0},{&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945,&g_945},{&g_945,(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945},{&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,(void*)0,(void*)0,&g_945,(void*)0},{(void*)0,&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945}},{{&g_945,&g_945,&g_945,(void*)0,(void*)0,&g_945,&g_945},{(void*)0,&g_945,(void*)0,&g_945,(void*)0,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,(void*)0,&g_945,(void*)0,&g_945,&g_945},{(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,(void*)0,&g_945,(void*)0,&g_945,(void*)0,&g_945},{&g_945,&g_945,&g_945,(void*)0,&g_945,(void*)0,(void*)0},{&g_945,&g_945,&g_945,(void*)0,&g_945,(void*)0,(void*)0},{&g_945,(void*)0,&g_945,&g_945,&g_945,(void*)0,&g_945}},{{&g_945,&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945},{(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0,(void*)0},{&g_945,&g_945,(void*)0,&g_945,(void*)0,(void*)0,&g_945},{(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0},{(void*)0,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,(void*)0,(void*)0,&g_945,(void*)0},{&g_945,(void*)0,(void*)0,&g_945,&g_945,&g_945,&g_945}},{{&g_945,(void*)0,(void*)0,(void*)0,(void*)0,&g_945,&g_945},{&g_945,&g_945,&g_945,(void*)0,&g_945,(void*)0,&g_945},{&g_945,&g_945,&g_945,(void*)0,(void*)0,&g_945,(void*)0},{&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{(void*)0,&g_945,&g_945,(void*)0,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0},{&g_945,&g_945,&g_945,&g_945,&g_945,&g_945,&g_945},{&g_945,&g_945,&g_945,&g_945,&g_945,(void*)0,&g_945}}};
static uint8_t g_971 = 255UL;
static uint32_t *g_1035 = &g_90;
static uint32_t **g_1034 = &g_1035;
static uint32_t *** volatile g_1033 = &g_1034;/* VOLATILE GLOBAL g_1033 */
static uint32_t g_1059 = 0x5CE57651L;
static const uint32_t *g_1061 = &g_653[5][1];
static const uint32_t **g_1060 = &g_1061;
static uint32_t g_1068 = 0UL;
static uint64_t *g_1277 = &g_557;
static volatile uint32_t **g_1426 = (void*)0;
static volatile uint32_t *** volatile g_1425 = &g_1426;/* VOLATILE GLOBAL g_1425 */
static int32_t g_1428[8][9][3] = {{{0x6B69745BL,0x99EFDFF7L,0x040F56D7L},{1L,0x99EFDFF7L,0x51F95F3DL},{0xC81AC36EL,0L,0L},{0x0AD9B3FBL,0xC81AC36EL,0xC81AC36EL},{0xC81AC36EL,(-7L),0L},{1L,0L,0L},{0x6B69745BL,0L,0xC81AC36EL},{0xC93132D5L,0x51F95F3DL,0L},{0L,0L,0x51F95F3DL}},{{0L,0L,0x040F56D7L},{0L,(-7L),0xC93132D5L},{0L,0xC81AC36EL,0L},{0xC93132D5L,0L,0xC93132D5L},{0x6B69745BL,0x99EFDFF7L,0x040F56D7L},{1L,0x99EFDFF7L,0x51F95F3DL},{0xC81AC36EL,0L,0L},{0x0AD9B3FBL,0xC81AC36EL,0xC81AC36EL},{0xC81AC36EL,(-7L),0L}},{{1L,0L,0L},{0x6B69745BL,0L,0xC81AC36EL},{0xC93132D5L,0x51F95F3DL,0L},{0L,0L,0x51F95F3DL},{0L,0L,0x040F56D7L},{0L,(-7L),0xC93132D5L},{0L,0xC81AC36EL,0L},{0xC93132D5L,0L,0xC93132D5L},{0x6B69745BL,0x99EFDFF7L,0x040F56D7L}},{{1L,0x99EFDFF7L,0x51F95F3DL},{0xC81AC36EL,0L,0L},{0x0AD9B3FBL,0xC81AC36EL,0xC81AC36EL},{0xC81AC36EL,(-7L),0L},{1L,0L,0L},{0x6B69745BL,0L,0xC81AC36EL},{0xC93132D5L,0x51F95F3DL,0L},{0L,0L,0x51F95F3DL},{0L,0L,0x040F56D7L}},{{0L,(-7L),0xC93132D5L},{0L,0xC81AC36EL,0L},{0xC93132D5L,0L,0xC93132D5L},{0x6B69745BL,0x99EFDFF7L,0x040F56D7L},{1L,0x99EFDFF7L,0x51F95F3DL},{0xC81AC36EL,0L,0L},{0x0AD9B3FBL,0xC81AC36EL,0xC81AC36EL},{0xC81AC36EL,(-7L),0L},{1L,0L,0L}},{{0x6B69745BL,0L,0xC81AC36EL},{0xC93132D5L,0x51F95F3DL,0L},{0L,0L,0x51F95F3DL},{0L,0L,0x040F56D7L},{0L,(-7L),0xC93132D5L},{0L,0xC81AC36EL,0L},{0xC93132D5L,0L,0xC93132D5L},{0x99EFDFF7L,(-7L),0L},{0xC93132D5L,(-7L),0L}},{{0x0AD9B3FBL,0x6B69745BL,1L},{0L,0x0AD9B3FBL,0x0AD9B3FBL},{0x0AD9B3FBL,0x040F56D7L,0x51F95F3DL},{0xC93132D5L,0xC81AC36EL,0x51F95F3DL},{0x99EFDFF7L,0x51F95F3DL,0x0AD9B3FBL},{0L,0L,1L},{0x51F95F3DL,0x51F95F3DL,0L},{0x6B69745BL,0xC81AC36EL,0L},{0x6B69745BL,0x040F56D7L,0L}},{{0x51F95F3DL,0x0AD9B3FBL,0xC81AC36EL},{0L,0x6B69745BL,0L},{0x99EFDFF7L,(-7L),0L},{0xC93132D5L,(-7L),0L},{0x0AD9B3FBL,0x6B69745BL,1L},{0L,0x0AD9B3FBL,0x0AD9B3FBL},{0x0AD9B3FBL,0x040F56D7L,0x51F95F3DL},{0xC93132D5L,0xC81AC36EL,0x51F95F3DL},{0x99EFDFF7L,0x51F95F3DL,0x0AD9B3FBL}}};
static volatile uint32_t g_1574[9][4] = {{0x163B73C4L,0x7D4175EAL,0x5761C5E1L,4294967290UL},{0x2FF1DCF0L,0x163B73C4L,1UL,8UL},{1UL,4294967292UL,1UL,8UL},{1UL,0x163B73C4L,0x2FF1DCF0L,4294967290UL},{0x5761C5E1L,0x7D4175EAL,0x163B73C4L,0x163B73C4L},{0x89692721L,0x89692721L,0x163B73C4L,1UL},{0x5761C5E1L,1UL,0x2FF1DCF0L,0x7D4175EAL},{1UL,0x2FF1DCF0L,1UL,0x2FF1DCF0L},{1UL,0x2FF1DCF0L,1UL,0x7D4175EAL}};
static const int16_t g_1593 = 0xAAF6L;
static int32_t ***g_1607[2][6][6] = {{{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50}},{{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50},{&g_50,(void*)0,&g_50,&g_50,(void*)0,&g_50}}};
static int32_t *g_1633 = (void*)0;
static int32_t ** volatile g_1696 = &g_946;/* VOLATILE GLOBAL g_1696 */
static volatile int16_t g_1728[6] = {0xDC72L,1L,0xDC72L,0xDC72L,1L,0xDC72L};
static volatile int8_t g_1744 = 0x64L;/* VOLATILE GLOBAL g_1744 */
static uint16_t g_1847 = 0x438AL;
static int16_t g_1863 = 0xFB14L;
static volatile int32_t g_1870 = 0L;/* VOLATILE GLOBAL g_1870 */
static volatile uint8_t ** volatile g_1917 = &g_797;/* VOLATILE GLOBAL g_1917 */
static volatile uint8_t ** volatile *g_1916 = &g_1917;
static int32_t g_1967 = 0xAA7CC0C3L;
static const int32_t *g_1970 = &g_5;
static const int32_t **g_1969 = &g_1970;
static volatile int16_t * volatile *g_1977 = (void*)0;
static volatile int16_t * volatile * volatile *g_1976[3] = {&g_1977,&g_1977,&g_1977};
static volatile int16_t * volatile * volatile ** const g_1975 = &g_1976[2];
static const uint32_t g_2002 = 0x81E7178EL;
static uint8_t *g_2010 = (void*)0;
static uint8_t **g_2009 = &g_2010;
static const volatile uint16_t *** const *g_2095 = (void*)0;
static uint64_t g_2127 = 18446744073709551615UL;
static uint8_t *g_2135 = &g_971;
static uint8_t g_2166 = 1UL;
static uint8_t g_2167 = 0UL;
static uint8_t g_2168 = 255UL;
static volatile uint8_t g_2207 = 255UL;/* VOLATILE GLOBAL g_2207 */
static int16_t ***g_2296 = &g_800;
static int16_t ****g_2295 = &g_2296;


/* --- FORWARD DECLARATIONS --- */
static const uint32_t  func_1(void);
static uint32_t  func_17(int32_t  p_18, uint64_t  p_19, int8_t  p_20);
static uint16_t  func_28(int8_t  p_29, int32_t ** p_30, const int64_t  p_31, const int8_t  p_32, int32_t  p_33);
static uint16_t  func_42(int32_t * p_43, uint16_t  p_44);
static int32_t * func_45(int32_t ** p_46, const int16_t  p_47, uint64_t  p_48, const int32_t ** p_49);
static uint64_t  func_59(const int32_t * const  p_60);
static uint32_t  func_61(int32_t * p_62, int32_t  p_63, int32_t  p_64, int32_t * p_65, uint64_t  p_66);
static uint64_t  func_83(const int32_t  p_84, int32_t *** const  p_85);
static int32_t  func_94(const int32_t *** p_95, uint32_t  p_96);
static int8_t  func_97(uint32_t  p_98, int32_t ** p_99, int8_t  p_100, uint32_t  p_101);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_5 g_12 g_1035 g_90
 * writes: g_5 g_12
 */
static const uint32_t  func_1(void)
{ /* block id: 0 */
    int32_t *l_37 = (void*)0;
    uint8_t l_1379 = 0x22L;
    int8_t l_2043 = 1L;
    uint32_t l_2047 = 18446744073709551615UL;
    int32_t l_2059[8] = {(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L),(-2L)};
    int64_t l_2096 = 0x9E87E310A61F905ALL;
    uint32_t l_2117[1];
    const uint16_t ***l_2157 = (void*)0;
    uint64_t l_2172 = 1UL;
    uint8_t ***l_2205 = &g_2009;
    uint32_t ** const *l_2210 = (void*)0;
    int16_t l_2253[3][10][8] = {{{0x2780L,0xC046L,(-3L),0xA81CL,(-7L),(-9L),0xA4A6L,0xE14CL},{0L,0x5E2CL,9L,1L,1L,0x14E4L,2L,2L},{1L,0x94FAL,0xA81CL,0xE14CL,0x73B2L,(-1L),0xD12AL,0x293AL},{0x293AL,6L,1L,0x2780L,0x5E2CL,(-1L),2L,(-5L)},{0x94FAL,(-1L),0x199FL,2L,0L,0x7219L,0xB17EL,1L},{(-9L),(-7L),0xC909L,0x68CCL,1L,2L,1L,(-3L)},{1L,(-1L),(-4L),0x5E2CL,(-1L),(-10L),(-9L),1L},{(-1L),1L,0x9956L,0x4ABDL,0x2780L,0L,(-4L),0L},{0x4508L,0x6C5BL,0L,(-1L),0x70D1L,0L,(-1L),(-1L)},{0x4BACL,0xBC5FL,0x4508L,0x4508L,0xBC5FL,0x4BACL,0L,0x9956L}},{{1L,(-1L),(-2L),(-8L),(-9L),(-1L),1L,0x6C5BL},{2L,0x9B26L,2L,(-8L),1L,0x73B2L,0xEEF2L,0x9956L},{0xA4A6L,1L,(-5L),0x4508L,1L,0x225CL,0xA81CL,(-1L)},{1L,0xB17EL,0xF6A9L,(-1L),0x4ABDL,(-10L),2L,0L},{2L,0xA81CL,0x70D1L,0x4ABDL,0L,0xEC3AL,0L,1L},{0x70D1L,0x14E4L,0x225CL,0x5E2CL,(-1L),0L,0x7219L,(-3L)},{0x5E2CL,0xEEF2L,(-9L),0x68CCL,0x4BACL,0xB17EL,(-1L),1L},{0x6C5BL,2L,0x0BCAL,2L,0xBF21L,(-4L),1L,(-5L)},{0xF6A9L,0x4BACL,1L,0x2780L,0x9B26L,0x293AL,(-10L),0x293AL},{0x0BCAL,0xE14CL,0x68CCL,0xE14CL,0x0BCAL,9L,0x70D1L,2L}},{{0xD12AL,0x67F3L,(-9L),1L,1L,0xEEF2L,0xEC3AL,0xE14CL},{(-7L),0x68CCL,(-9L),0xC909L,2L,0x9956L,0x70D1L,1L},{1L,0x4ABDL,0x68CCL,2L,0x4508L,2L,(-10L),(-7L)},{2L,0x186FL,1L,0xD12AL,0x7AACL,0x5E2CL,1L,0x0D85L},{1L,(-4L),0x0BCAL,0xC046L,9L,0x199FL,0x0D85L,(-1L)},{0L,0L,(-9L),(-1L),0L,0x9956L,0xEEF2L,0x73B2L},{0x4508L,0x73B2L,2L,(-2L),0xB17EL,2L,0xAB82L,0x494BL},{2L,1L,0x494BL,0x4ABDL,(-4L),0x293AL,0x73B2L,(-4L)},{0x544AL,0x4508L,(-4L),0x7AACL,0x293AL,0xC909L,0xC909L,0x293AL},{0xAB82L,0xD12AL,0xD12AL,0xAB82L,9L,(-9L),(-9L),(-10L)}}};
    const int16_t l_2280 = 0x22FCL;
    int16_t ***l_2294 = (void*)0;
    int16_t ****l_2293 = &l_2294;
    uint64_t l_2299 = 0x8AA431C95419F9BFLL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_2117[i] = 0xDB9036F6L;
    for (g_5 = 21; (g_5 < 25); g_5 = safe_add_func_uint64_t_u_u(g_5, 2))
    { /* block id: 3 */
        int8_t l_34[8][10][3] = {{{(-5L),0xC7L,(-5L)},{0xD5L,6L,0x96L},{0xB0L,6L,7L},{0xA3L,0xC7L,0xE3L},{(-9L),0xE4L,0x82L},{0x12L,0L,0x3AL},{0x9FL,0x4DL,(-5L)},{0x40L,0x3EL,0xC7L},{0xE6L,0x28L,0xAEL},{7L,0xA3L,0x7BL}},{{0x51L,0x9FL,0xB0L},{0x83L,8L,0x12L},{(-10L),(-7L),(-8L)},{0x28L,0x32L,0xE6L},{(-3L),0xD3L,0L},{(-1L),0x82L,(-1L)},{0x59L,0xBBL,0x40L},{0xB1L,0x24L,0x40L},{(-7L),2L,1L},{0xE4L,0x2BL,0xF1L}},{{(-7L),0xFEL,1L},{0xB1L,0x96L,0L},{0x59L,0xC2L,0x55L},{(-1L),0L,0x60L},{(-3L),0xC4L,(-1L)},{0x28L,(-4L),0xD5L},{(-10L),0x40L,0x08L},{0x83L,0x77L,0x0BL},{0x51L,0xA9L,0x83L},{7L,0x38L,0xA3L}},{{0xE6L,0L,1L},{0x40L,0xB0L,0x24L},{0x9FL,7L,(-8L)},{0x12L,0xD2L,0x4DL},{(-9L),(-8L),1L},{0xA3L,(-5L),0xDEL},{0xB0L,(-9L),0xDEL},{0xD5L,0xE6L,1L},{(-5L),1L,0x4DL},{5L,0x60L,(-8L)}},{{0x38L,0xE3L,0x24L},{0x83L,0x59L,1L},{0x4DL,1L,0xA3L},{0x60L,0L,0x83L},{0xABL,(-10L),0x0BL},{0L,(-5L),0x08L},{0xDEL,1L,0xD5L},{(-1L),0xB1L,(-1L)},{1L,(-1L),0x60L},{0xC5L,0x0BL,0x0BL}},{{0xFEL,0x82L,1L},{1L,0L,(-10L)},{(-5L),0x96L,0x97L},{(-1L),0x83L,0xBBL},{0L,0x96L,0xE3L},{0x84L,0L,0x83L},{0x32L,0x82L,0x59L},{0x08L,0x0BL,(-9L)},{0x83L,1L,0x25L},{0x84L,7L,1L}},{{0x77L,1L,(-5L)},{0L,(-3L),0x54L},{5L,1L,0L},{(-1L),0x60L,0x28L},{0x60L,0x7AL,0x7BL},{(-10L),0xC2L,0xD3L},{0x1BL,0xFEL,0xB1L},{(-4L),(-5L),0x9FL},{(-3L),0xB0L,0xFEL},{3L,0x3AL,0x12L}},{{(-9L),0L,0L},{(-9L),0x40L,(-3L)},{3L,2L,6L},{(-3L),(-5L),0L},{(-4L),0x12L,0x40L},{0x1BL,0x54L,(-1L)},{(-10L),0xA9L,(-1L)},{0x60L,(-6L),(-1L)},{(-1L),0xE8L,0xB9L},{5L,(-9L),0x1BL}}};
        int32_t *l_36 = &g_12;
        int32_t **l_35[6][2] = {{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36},{&l_36,&l_36}};
        uint32_t l_2038 = 5UL;
        int64_t l_2058 = 0xE2092B28538E7D48LL;
        uint32_t **l_2083 = &g_1035;
        uint8_t l_2102 = 255UL;
        uint32_t l_2108 = 4294967295UL;
        int16_t l_2186 = 1L;
        uint32_t **l_2233 = &g_374[0];
        uint32_t ***l_2261 = &l_2233;
        uint32_t ****l_2260 = &l_2261;
        int i, j, k;
        for (g_12 = 10; (g_12 != 22); g_12 = safe_add_func_int64_t_s_s(g_12, 6))
        { /* block id: 6 */
            int32_t l_21 = 0x34CAA8E5L;
            const int32_t *l_53 = (void*)0;
            const int32_t **l_52[6][5] = {{(void*)0,&l_53,(void*)0,&l_53,(void*)0},{&l_53,&l_53,&l_53,&l_53,&l_53},{(void*)0,&l_53,(void*)0,&l_53,(void*)0},{&l_53,&l_53,&l_53,&l_53,&l_53},{(void*)0,&l_53,(void*)0,&l_53,(void*)0},{&l_53,&l_53,&l_53,&l_53,&l_53}};
            uint16_t *l_2036 = (void*)0;
            uint16_t *l_2037 = &g_428;
            int32_t **l_2041 = (void*)0;
            int32_t l_2055 = (-1L);
            int32_t l_2060 = (-6L);
            uint32_t **l_2082 = (void*)0;
            uint16_t **l_2094[10] = {&l_2037,&l_2037,&l_2037,&l_2037,&l_2037,&l_2037,&l_2037,&l_2037,&l_2037,&l_2037};
            uint16_t ** const *l_2093 = &l_2094[4];
            uint16_t ** const * const *l_2092 = &l_2093;
            uint32_t l_2141 = 0xF6AE03A9L;
            int32_t *l_2149 = (void*)0;
            uint16_t *** const l_2158 = (void*)0;
            int64_t **l_2163 = &g_605;
            int32_t l_2212[6] = {0xA25049E1L,0x0812E2BBL,0xA25049E1L,0xA25049E1L,0x0812E2BBL,0xA25049E1L};
            uint32_t **l_2230 = &g_374[1];
            int64_t l_2234 = (-10L);
            int32_t *l_2237 = &g_839[1];
            uint8_t l_2287 = 0x17L;
            int i, j;
        }
    }
    return (*g_1035);
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint32_t  func_17(int32_t  p_18, uint64_t  p_19, int8_t  p_20)
{ /* block id: 7 */
    int32_t *l_24 = &g_5;
    int32_t l_27 = 0L;
    for (p_19 = 0; (p_19 == 18); p_19 = safe_add_func_uint64_t_u_u(p_19, 3))
    { /* block id: 10 */
        int32_t *l_26 = (void*)0;
        l_26 = l_24;
    }
    l_27 = 0x26F39384L;
    return p_19;
}


/* ------------------------------------------ */
/* 
 * reads : g_134 g_796 g_797 g_798 g_140 g_653 g_657 g_800 g_801 g_757 g_1035 g_90 g_5 g_188 g_605 g_945 g_946 g_50 g_12 g_428 g_1425 g_1428 g_291 g_1034 g_839 g_971 g_425 g_132 g_193 g_194 g_1847 g_1970
 * writes: g_291 g_140 g_134 g_51 g_428 g_1428 g_971 g_132 g_90 g_839 g_1847
 */
static uint16_t  func_28(int8_t  p_29, int32_t ** p_30, const int64_t  p_31, const int8_t  p_32, int32_t  p_33)
{ /* block id: 517 */
    int16_t l_1380[2][5] = {{0L,0xDBFCL,1L,0xDBFCL,0L},{0L,0xDBFCL,1L,0xDBFCL,0L}};
    uint64_t *l_1396[8] = {&g_312,&g_312,(void*)0,&g_312,&g_312,(void*)0,&g_312,&g_312};
    int32_t l_1397[8][4] = {{(-7L),(-7L),(-1L),(-7L)},{(-7L),(-1L),(-1L),(-1L)},{(-7L),(-7L),(-1L),(-7L)},{(-7L),(-1L),(-1L),(-1L)},{(-7L),(-7L),(-1L),(-7L)},{(-7L),(-1L),(-1L),(-1L)},{(-7L),(-7L),(-1L),(-7L)},{(-7L),(-1L),(-1L),(-1L)}};
    uint64_t l_1398 = 0x528D3F89A015C4A0LL;
    int32_t l_1399 = 0xC79202FDL;
    uint8_t *l_1400 = &g_291;
    int16_t l_1401 = 0x827BL;
    const uint32_t l_1402 = 8UL;
    int8_t l_1403 = 0x17L;
    uint32_t **l_1411[2];
    uint32_t ***l_1410 = &l_1411[1];
    uint64_t l_1435 = 18446744073709551615UL;
    uint64_t * const *l_1466 = &l_1396[5];
    uint64_t * const **l_1465[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int64_t l_1487[2];
    const int16_t *l_1592 = &g_1593;
    const int16_t **l_1591 = &l_1592;
    uint8_t l_1600 = 0UL;
    int32_t ** const *l_1608[1][7][8] = {{{&g_945,(void*)0,(void*)0,&g_945,(void*)0,(void*)0,&g_945,&g_945},{&g_50,(void*)0,&g_945,&g_945,&g_945,&g_945,(void*)0,&g_50},{&g_945,&g_945,(void*)0,(void*)0,&g_945,(void*)0,(void*)0,&g_945},{&g_50,(void*)0,&g_945,&g_50,(void*)0,(void*)0,&g_50,&g_945},{&g_945,&g_945,&g_945,(void*)0,&g_50,&g_945,&g_50,(void*)0},{&g_945,(void*)0,&g_945,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_945,(void*)0,&g_945}}};
    int64_t l_1626 = 0L;
    uint8_t l_1663 = 0xB8L;
    uint16_t **l_1670 = &g_680;
    uint16_t * const *l_1673[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint16_t * const **l_1672 = &l_1673[0];
    uint32_t **l_1700 = (void*)0;
    uint32_t *****l_1734 = &g_388[0];
    uint16_t l_1745[9] = {65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL,65535UL};
    int64_t l_1803[9] = {(-9L),(-3L),(-9L),(-9L),(-3L),(-9L),(-9L),(-3L),(-9L)};
    int64_t l_1858 = 1L;
    int64_t l_1871 = (-8L);
    uint32_t l_1873 = 0UL;
    uint64_t l_1905 = 6UL;
    uint32_t l_1997 = 0x5C034ABFL;
    int64_t l_2016 = 0xFAC1C72CC5757E7ALL;
    int16_t l_2018 = (-1L);
    uint8_t l_2019[3];
    uint32_t *****l_2034 = &g_388[0];
    int32_t l_2035 = 0x09061E94L;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1411[i] = &g_374[1];
    for (i = 0; i < 2; i++)
        l_1487[i] = 0x4B592CAB87BE4910LL;
    for (i = 0; i < 3; i++)
        l_2019[i] = 255UL;
    if ((l_1380[1][2] <= (safe_add_func_uint64_t_u_u((safe_add_func_uint16_t_u_u(0x018CL, ((safe_mul_func_uint8_t_u_u(((((((((safe_mul_func_uint8_t_u_u(((*l_1400) = (p_31 , (p_33 < ((((g_134 == (safe_div_func_uint64_t_u_u(((l_1399 ^= (safe_add_func_uint16_t_u_u(((!(18446744073709551606UL >= (l_1397[4][0] = ((safe_div_func_uint8_t_u_u((**g_796), (-1L))) | p_33)))) < l_1398), g_140))) , p_33), l_1398))) || 0x5AL) <= p_29) >= 0UL)))), 0x74L)) > g_653[8][1]) || 1UL) >= l_1398) & p_29) , l_1397[4][0]) == (-10L)) >= l_1401), g_657)) ^ l_1402))), l_1403))))
    { /* block id: 521 */
        uint32_t l_1417[7][5][3] = {{{0x39686755L,0x4E74CE77L,8UL},{0UL,0xB5982272L,0xCF8C1866L},{18446744073709551612UL,0x44DD0922L,0UL},{0UL,0xA6EDC862L,0x5518A747L},{0x39686755L,0xF384FDE3L,0x5518A747L}},{{18446744073709551615UL,0x35A92E20L,0UL},{0x820D3BF6L,0xE4D748F2L,0xCF8C1866L},{0x5518A747L,0x35A92E20L,8UL},{0UL,0xF384FDE3L,0x519110F3L},{0UL,0xA6EDC862L,0x820D3BF6L}},{{0x5518A747L,0x44DD0922L,1UL},{0x820D3BF6L,0xB5982272L,0x820D3BF6L},{18446744073709551615UL,0x4E74CE77L,0x519110F3L},{0x39686755L,0x4E74CE77L,8UL},{0UL,0xB5982272L,0xCF8C1866L}},{{18446744073709551612UL,0x44DD0922L,0UL},{0UL,0xA6EDC862L,0x5518A747L},{0x39686755L,0xF384FDE3L,0x5518A747L},{18446744073709551615UL,0x35A92E20L,0UL},{0x820D3BF6L,0xE4D748F2L,0xCF8C1866L}},{{0x5518A747L,0x35A92E20L,8UL},{0UL,0xF384FDE3L,0x519110F3L},{0UL,0xA6EDC862L,0x820D3BF6L},{0x5518A747L,0x44DD0922L,1UL},{0x820D3BF6L,0xB5982272L,0x820D3BF6L}},{{18446744073709551615UL,0x4E74CE77L,0x519110F3L},{0x39686755L,0x4E74CE77L,8UL},{0UL,0xB5982272L,0xCF8C1866L},{18446744073709551612UL,0x44DD0922L,0UL},{0UL,0xA6EDC862L,0x5518A747L}},{{0x39686755L,0xF384FDE3L,0x5518A747L},{0xE07F1660L,8UL,0UL},{0x54207434L,0UL,0x546A29E8L},{0UL,8UL,0xA551F619L},{0x545B0CA4L,0UL,0xDBBA0B0DL}}};
        int64_t l_1440 = 0x369C74DB6D7419EBLL;
        uint32_t ***l_1456[2][3];
        int32_t l_1528 = (-3L);
        int32_t l_1529 = 0xA3E6D100L;
        int32_t l_1530 = 0x1F9572F3L;
        int32_t l_1531 = 0xB9DE2186L;
        int32_t l_1532 = 0xDF159A28L;
        int32_t l_1533 = (-4L);
        int32_t l_1535 = 1L;
        int32_t l_1536 = 0x346C9C45L;
        int16_t l_1537 = 6L;
        int32_t l_1538 = 0xC9F592A8L;
        int32_t l_1539 = 0x93A1127BL;
        int32_t l_1540 = 1L;
        int32_t l_1541 = 0x96B0E259L;
        int32_t l_1542 = 0xEE982365L;
        uint32_t l_1565 = 0UL;
        int32_t l_1573 = 0L;
        int16_t **l_1586[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 3; j++)
                l_1456[i][j] = &l_1411[1];
        }
        l_1417[3][4][2] = ((safe_sub_func_int64_t_s_s(((((*g_757) = ((void*)0 != (*g_800))) == (*g_1035)) < 0xE1L), (p_33 , l_1380[1][2]))) > ((safe_mod_func_int8_t_s_s((safe_add_func_int16_t_s_s(((void*)0 == l_1410), (safe_lshift_func_uint8_t_u_u((((!(((*g_605) = (safe_mul_func_int16_t_s_s((g_5 , (**g_800)), p_33))) && 0x9BC11BD694AE5A78LL)) , (-1L)) && 255UL), 3)))), 0x0EL)) && p_29));
        for (g_140 = 0; (g_140 >= 0); g_140 -= 1)
        { /* block id: 527 */
            int64_t l_1438 = 0x530A03E56ED42C2FLL;
            int32_t l_1441 = (-7L);
            uint64_t l_1442 = 18446744073709551612UL;
            int16_t **l_1447 = &g_801;
            int32_t l_1476[8][9] = {{(-1L),0L,(-1L),0x6BDF525FL,(-1L),0x6BDF525FL,(-1L),0L,(-1L)},{0xC0896871L,0xDB807ACCL,(-1L),(-9L),0x346EF144L,0xFAACB6A6L,0xA8B921E8L,(-1L),(-1L)},{0xA8B921E8L,0x346EF144L,0xC0896871L,0xF2F7356FL,0L,1L,(-1L),(-5L),0x631C2BE1L},{0xC0896871L,0x346EF144L,0xA8B921E8L,0xC0896871L,(-6L),0x631C2BE1L,1L,1L,1L},{(-1L),0xDB807ACCL,0xC0896871L,0xC0896871L,0xDB807ACCL,(-1L),(-9L),0x346EF144L,0xFAACB6A6L},{(-1L),0L,(-1L),0xF2F7356FL,(-6L),(-1L),0x631C2BE1L,0x31F72141L,0x6BDF525FL},{0xFAACB6A6L,0xFB71152FL,(-1L),(-9L),0L,0x631C2BE1L,(-9L),0x31F72141L,0xC0896871L},{0xF2F7356FL,0x31F72141L,0xFAACB6A6L,0x6BDF525FL,0x346EF144L,1L,1L,0x346EF144L,0x6BDF525FL}};
            int32_t l_1507 = 0x49B3EDC2L;
            int16_t l_1534 = 0x4CFAL;
            const int16_t *l_1590 = &l_1380[0][1];
            const int16_t **l_1589 = &l_1590;
            int i, j;
            (*g_50) = (*g_945);
            if ((**p_30))
                continue;
            for (g_428 = 0; (g_428 <= 1); g_428 += 1)
            { /* block id: 532 */
                int32_t *l_1427 = &g_1428[1][8][2];
                uint8_t *l_1429 = (void*)0;
                int8_t *l_1433 = &g_132;
                int32_t l_1434 = 0xB54E219CL;
                int32_t *l_1436 = (void*)0;
                int32_t *l_1437 = &g_839[2];
                int32_t *l_1439[4] = {&g_152,&g_152,&g_152,&g_152};
                int i;
                if (l_1401)
                    break;
                l_1440 = ((((safe_mul_func_int16_t_s_s((safe_div_func_int32_t_s_s(((*l_1437) ^= (0xE4L && (!((*g_605) = (safe_mul_func_int16_t_s_s((((**g_1034) = ((g_971 = ((&g_1060 != g_1425) && (l_1400 != (((*l_1427) |= 0xD81B435BL) , l_1429)))) >= (safe_mod_func_uint32_t_u_u((((*l_1433) = (!(-8L))) && (l_1434 <= ((0x5BL | g_291) > l_1435))), (**p_30))))) > (-1L)), 0x0274L)))))), (**p_30))), p_32)) < l_1438) < l_1417[0][3][1]) != p_31);
                if ((*l_1437))
                    break;
                l_1442--;
                for (g_971 = 0; (g_971 <= 1); g_971 += 1)
                { /* block id: 545 */
                    int i, j, k;
                    (*l_1437) ^= (0xD0L == ((*l_1433) = (g_425[(g_971 + 3)][g_971][g_140] != (l_1447 == (void*)0))));
                }
            }
            (*g_50) = &l_1397[7][0];
            for (g_132 = 1; (g_132 >= 0); g_132 -= 1)
            { /* block id: 553 */
                const uint16_t l_1452[4] = {0xC617L,0xC617L,0xC617L,0xC617L};
                int32_t *l_1461 = &g_1428[1][8][2];
                int32_t l_1462 = 0x208BA318L;
                int32_t l_1522[10][10] = {{0xE48E9571L,0x58004C8EL,0x58004C8EL,0xE48E9571L,3L,0xECB32D7EL,(-1L),1L,0x58004C8EL,3L},{3L,3L,0x2F632D5DL,0x53B48539L,0x4040214AL,0x2F632D5DL,0x58004C8EL,(-1L),0x58004C8EL,0x2F632D5DL},{0xEFCD0E45L,0xE48E9571L,0x3B08D06AL,0xE48E9571L,0xEFCD0E45L,0L,0xD3584943L,0xEFCD0E45L,0xBF8AD894L,0x4040214AL},{(-1L),3L,0x53B48539L,0xEFCD0E45L,1L,0xECB32D7EL,0x4040214AL,3L,3L,0x4040214AL},{1L,0xEFCD0E45L,0x2F632D5DL,0x2F632D5DL,0xEFCD0E45L,1L,0x53B48539L,0xE48E9571L,0xECB32D7EL,0x2F632D5DL},{3L,(-1L),0L,0xD3584943L,0x4040214AL,0x3B08D06AL,0xD3584943L,3L,0xD037177BL,3L},{3L,1L,3L,0xEFCD0E45L,3L,1L,3L,0x58004C8EL,1L,(-1L)},{1L,3L,0x58004C8EL,1L,(-1L),0xECB32D7EL,3L,0xE48E9571L,0x58004C8EL,0x58004C8EL},{(-1L),3L,0L,0x4040214AL,0x4040214AL,0L,3L,(-1L),0L,0x53B48539L},{0x2F632D5DL,0L,0xD037177BL,0x58004C8EL,0L,0x3B08D06AL,0x53B48539L,0L,0L,3L}};
                int32_t *l_1524 = &g_839[3];
                int32_t *l_1525 = &l_1462;
                int32_t *l_1526 = &l_1507;
                int32_t *l_1527[4] = {&g_5,&g_5,&g_5,&g_5};
                uint8_t l_1543 = 0x1EL;
                uint32_t *****l_1558[5];
                int i, j;
                for (i = 0; i < 5; i++)
                    l_1558[i] = &g_388[0];
            }
        }
    }
    else
    { /* block id: 613 */
        int64_t l_1598 = 1L;
        int32_t *l_1599[4][1];
        int i, j;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 1; j++)
                l_1599[i][j] = (void*)0;
        }
        --l_1600;
        return p_29;
    }
    for (l_1398 = (-15); (l_1398 < 6); ++l_1398)
    { /* block id: 619 */
        uint64_t l_1627 = 18446744073709551608UL;
        uint16_t ***l_1675 = &l_1670;
        int64_t l_1684 = 0x85EABB2996E26270LL;
        uint64_t l_1685 = 0x618F716DC37158F7LL;
        int32_t *l_1688 = &l_1399;
        int32_t l_1706[8][1][10] = {{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}},{{(-7L),5L,5L,(-7L),(-10L),(-7L),5L,5L,(-7L),(-10L)}}};
        uint16_t l_1757[4][8];
        const uint8_t l_1807 = 255UL;
        int16_t **l_1817 = &g_801;
        const int16_t l_1884 = 0x9184L;
        int16_t l_1898 = 0x1052L;
        const int32_t **l_1981[10] = {&g_1970,(void*)0,&g_1970,&g_1970,(void*)0,&g_1970,&g_1970,(void*)0,&g_1970,&g_1970};
        const uint64_t l_1982 = 0x9FE021EA3E0E6D4BLL;
        int8_t l_2015 = 3L;
        int32_t l_2017 = 0x53F48C62L;
        int i, j, k;
        for (i = 0; i < 4; i++)
        {
            for (j = 0; j < 8; j++)
                l_1757[i][j] = 5UL;
        }
        for (l_1435 = 17; (l_1435 <= 50); ++l_1435)
        { /* block id: 622 */
            int8_t l_1616 = (-1L);
            uint64_t l_1628 = 1UL;
            int32_t *l_1714 = &g_140;
            uint64_t ***l_1717 = &g_194;
            uint64_t ****l_1718 = &l_1717;
            int8_t *l_1726 = &l_1616;
            int32_t l_1727 = (-1L);
            uint8_t l_1755[4][5];
            int8_t l_1760 = 1L;
            uint16_t *l_1797[9][2] = {{&l_1757[2][2],(void*)0},{&l_1757[2][2],&l_1757[2][2]},{(void*)0,&g_428},{&l_1757[2][2],&l_1757[2][2]},{&l_1757[2][2],&l_1757[2][2]},{&l_1757[2][2],&g_428},{(void*)0,&l_1757[2][2]},{&l_1757[2][2],(void*)0},{&l_1757[2][2],&g_428}};
            uint8_t l_1818 = 0x28L;
            int32_t l_1819 = 1L;
            uint8_t l_1820 = 0xBBL;
            int i, j;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 5; j++)
                    l_1755[i][j] = 0x91L;
            }
        }
    }
    l_2035 |= ((safe_sub_func_uint8_t_u_u(1UL, ((((safe_mod_func_int64_t_s_s((p_29 >= p_33), p_29)) != (((safe_mod_func_uint8_t_u_u(((*g_193) != &g_1277), (safe_sub_func_uint16_t_u_u((safe_rshift_func_uint8_t_u_u(((g_1847--) >= p_32), 7)), (l_1734 != (l_2034 = &g_388[0])))))) <= p_31) || (**p_30))) >= (*g_1970)) ^ p_31))) <= g_140);
    return p_29;
}


/* ------------------------------------------ */
/* 
 * reads : g_10 g_605 g_134 g_800 g_801 g_188 g_656 g_796 g_797 g_798 g_152 g_5 g_679 g_680 g_1033 g_1034 g_1035 g_90 g_971 g_132 g_291 g_51 g_653 g_482 g_657 g_50 g_140 g_12 g_1059 g_1068 g_582
 * writes: g_134 g_188 g_656 g_152 g_140 g_971 g_521 g_1277 g_51 g_582
 */
static uint16_t  func_42(int32_t * p_43, uint16_t  p_44)
{ /* block id: 503 */
    uint64_t *l_1301 = (void*)0;
    int32_t l_1306[5][5][9] = {{{0x309A6F02L,0x62D5E7A0L,0x9A8EAD65L,0xF9C1B5D7L,4L,1L,1L,1L,0xD4C145FFL},{8L,0xC43ACEC0L,4L,0xD08505D8L,0x53254616L,0x00638084L,1L,0xF9C1B5D7L,0xF9C1B5D7L},{(-10L),0xE36F9B35L,0L,(-4L),0L,0xE36F9B35L,(-10L),0x83EC9579L,3L},{(-1L),(-3L),0xC144D97BL,1L,0xE36F9B35L,0x83EC9579L,2L,0x654001A8L,0xB64CA9E4L},{0xDBA202F6L,(-6L),1L,1L,1L,0xC43ACEC0L,0xDF291728L,0x83EC9579L,0x3939FA25L}},{{(-1L),0xDDC5EEEDL,1L,(-6L),2L,0L,0xC144D97BL,0xF9C1B5D7L,(-10L)},{0xDDC5EEEDL,2L,0xE36F9B35L,0x9A8EAD65L,8L,0xF8A4F85BL,0xC43ACEC0L,1L,(-10L)},{0x3939FA25L,0x309A6F02L,(-9L),0x63C4C55DL,(-3L),0x15A9A8ABL,0xE53BEA48L,0xC43ACEC0L,1L},{2L,0xF9C1B5D7L,0xDBA202F6L,2L,0xDF291728L,0L,0x62D5E7A0L,(-3L),0x3939FA25L},{0L,(-1L),3L,0xD08505D8L,0xE53BEA48L,8L,4L,0x00638084L,0xE36F9B35L}},{{2L,0xDF291728L,0x62D5E7A0L,(-6L),0x83EC9579L,0x6810879CL,(-3L),(-1L),0x654001A8L},{1L,0xE36F9B35L,1L,0xF8A4F85BL,(-10L),0x654001A8L,0xDF291728L,0x53254616L,0x63C4C55DL},{0x62D5E7A0L,0xE36F9B35L,0x6810879CL,0x9A8EAD65L,0x309A6F02L,1L,0x309A6F02L,0x9A8EAD65L,0x6810879CL},{0xDF291728L,0xDF291728L,0xD08505D8L,0x6810879CL,4L,1L,0xF8A4F85BL,0xC144D97BL,(-4L)},{4L,(-1L),(-1L),0x309A6F02L,0xE36F9B35L,0xF8A4F85BL,0xD08505D8L,0x431A5D04L,(-6L)}},{{0xD4C145FFL,0xF9C1B5D7L,0xD08505D8L,0xC43ACEC0L,0x9A8EAD65L,2L,0x654001A8L,8L,0x431A5D04L},{1L,0xC43ACEC0L,0x6810879CL,0x63C4C55DL,0x431A5D04L,0xD4C145FFL,0x9A8EAD65L,(-9L),3L},{3L,0x6810879CL,1L,0x63C4C55DL,(-1L),0xF9C1B5D7L,0x4464470AL,0xF9C1B5D7L,(-1L)},{0xC43ACEC0L,0x62D5E7A0L,0x62D5E7A0L,0xC43ACEC0L,0x4464470AL,3L,0xC144D97BL,0x3939FA25L,3L},{(-10L),0x83EC9579L,3L,0x309A6F02L,0xD4C145FFL,0xB64CA9E4L,0xDDC5EEEDL,(-1L),(-3L)}},{{(-6L),(-1L),0xDBA202F6L,0x6810879CL,0x4464470AL,0x3939FA25L,1L,4L,0xC144D97BL},{1L,2L,0xE53BEA48L,0x9A8EAD65L,(-1L),(-10L),0x6810879CL,0xDDC5EEEDL,0x00638084L},{0x15A9A8ABL,1L,2L,0xF8A4F85BL,0x431A5D04L,(-10L),(-1L),1L,(-1L)},{0x3939FA25L,0x9A8EAD65L,(-6L),(-6L),0x9A8EAD65L,0x3939FA25L,0xD4C145FFL,0xE53BEA48L,0xF9C1B5D7L},{0x4464470AL,0xDBA202F6L,(-9L),0xD08505D8L,0xE36F9B35L,0xB64CA9E4L,0x53254616L,0xD4C145FFL,0xF8A4F85BL}}};
    uint16_t * const *l_1314 = &g_680;
    uint16_t * const **l_1313 = &l_1314;
    uint16_t **l_1316[9][8] = {{&g_680,&g_680,&g_680,&g_680,&g_680,&g_680,&g_680,&g_680},{(void*)0,&g_680,(void*)0,(void*)0,&g_680,(void*)0,(void*)0,&g_680},{&g_680,(void*)0,(void*)0,&g_680,(void*)0,(void*)0,&g_680,(void*)0},{&g_680,&g_680,&g_680,&g_680,&g_680,&g_680,&g_680,&g_680},{(void*)0,&g_680,&g_680,&g_680,(void*)0,&g_680,&g_680,(void*)0},{(void*)0,&g_680,&g_680,(void*)0,&g_680,&g_680,(void*)0,&g_680},{(void*)0,(void*)0,&g_680,(void*)0,(void*)0,&g_680,(void*)0,(void*)0},{&g_680,(void*)0,&g_680,&g_680,(void*)0,&g_680,&g_680,(void*)0},{(void*)0,&g_680,&g_680,(void*)0,&g_680,&g_680,(void*)0,&g_680}};
    uint16_t ***l_1315 = &l_1316[4][4];
    int8_t *l_1317 = &g_656;
    int32_t l_1318 = (-4L);
    int32_t *l_1319 = (void*)0;
    int32_t *l_1320 = (void*)0;
    int32_t *l_1321 = (void*)0;
    int32_t *l_1322 = &g_152;
    uint8_t l_1331 = 0x64L;
    uint8_t l_1332 = 0x45L;
    int8_t l_1333 = 0x22L;
    const int32_t *l_1335 = &g_12;
    const int32_t **l_1334 = &l_1335;
    uint8_t *l_1342[10][10][1] = {{{&g_291},{(void*)0},{&l_1332},{&l_1332},{&l_1331},{&g_291},{&l_1331},{&l_1332},{&l_1332},{(void*)0}},{{&g_291},{&l_1332},{&l_1332},{&g_291},{&l_1332},{(void*)0},{(void*)0},{&g_291},{(void*)0},{&g_291}},{{(void*)0},{(void*)0},{&l_1332},{&g_291},{&l_1332},{&l_1332},{&g_291},{(void*)0},{&l_1332},{&l_1332}},{{&l_1331},{&g_291},{&l_1331},{&l_1332},{&l_1332},{(void*)0},{&g_291},{&l_1332},{&l_1332},{&g_291}},{{&l_1332},{(void*)0},{(void*)0},{&g_291},{(void*)0},{&g_291},{(void*)0},{(void*)0},{&l_1332},{&g_291}},{{&l_1332},{&l_1332},{&g_291},{(void*)0},{&l_1332},{&l_1332},{&l_1331},{&g_291},{&l_1331},{&l_1332}},{{&l_1332},{(void*)0},{&g_291},{&l_1332},{&l_1332},{&g_291},{&l_1332},{(void*)0},{(void*)0},{&g_291}},{{(void*)0},{&g_291},{(void*)0},{(void*)0},{&l_1332},{&g_291},{&l_1332},{&l_1332},{&g_291},{(void*)0}},{{&l_1332},{&l_1332},{&l_1331},{&g_291},{&l_1331},{&l_1332},{&l_1332},{(void*)0},{&g_291},{&l_1332}},{{&l_1332},{&g_291},{&l_1332},{(void*)0},{(void*)0},{&g_291},{(void*)0},{&g_291},{(void*)0},{(void*)0}}};
    int8_t **l_1371 = &l_1317;
    uint32_t l_1372[1][7] = {{0x85460057L,0UL,0UL,0x85460057L,0UL,0UL,0x85460057L}};
    const int8_t l_1373 = 1L;
    int8_t l_1374 = (-4L);
    int16_t *l_1375 = &g_582;
    int64_t l_1376 = 0x9AF58F2A08E6678DLL;
    int32_t *l_1377 = (void*)0;
    int32_t *l_1378 = &l_1306[4][4][3];
    int i, j, k;
    (*l_1322) &= ((safe_mod_func_int16_t_s_s((safe_rshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((safe_unary_minus_func_uint64_t_u(((18446744073709551612UL ^ (((!((void*)0 == l_1301)) || (safe_sub_func_uint32_t_u_u((safe_sub_func_int32_t_s_s(l_1306[4][4][3], ((g_10 , (safe_rshift_func_uint8_t_u_s((safe_lshift_func_int8_t_s_u(((*l_1317) &= (safe_rshift_func_uint16_t_u_u((l_1313 == l_1315), ((((((**g_800) |= (((*g_605) &= ((p_44 & ((void*)0 != &g_827)) > 0UL)) <= 0UL)) >= l_1306[4][1][8]) , l_1306[4][4][3]) == 4294967292UL) | l_1306[4][4][3])))), (**g_796))), l_1318))) & p_44))), 6L))) , 0UL)) ^ p_44))), 18446744073709551615UL)), 13)), p_44)) < 1L);
    if (p_44)
        goto lbl_1336;
lbl_1336:
    (*l_1334) = func_45(&l_1322, (*g_801), ((*p_43) == (((((safe_rshift_func_uint16_t_u_u(p_44, 14)) , 0x48BD32B6L) <= (((((safe_div_func_uint64_t_u_u(((*p_43) ^ ((((*g_801) < ((safe_add_func_int16_t_s_s(((((((p_44 || (safe_lshift_func_int8_t_s_u((((((p_44 < p_44) || p_44) != (*l_1322)) != p_44) & 0UL), 2))) | 65535UL) | p_44) | l_1331) , (void*)0) == (*g_679)), 0xEF67L)) , l_1332)) & 0x9FL) && p_44)), (*g_605))) < p_44) || g_188) , l_1333) && (**g_800))) && p_44) , (***g_1033))), l_1334);
    (*l_1378) ^= ((((~(*p_43)) && ((((*p_43) <= (safe_div_func_int64_t_s_s((safe_add_func_uint8_t_u_u(((++g_971) < (((safe_div_func_int32_t_s_s(((((safe_mul_func_uint16_t_u_u(((((p_44 = ((*l_1322) = (((*l_1375) &= (safe_sub_func_int8_t_s_s((safe_div_func_int64_t_s_s(p_44, ((((safe_lshift_func_int8_t_s_u(((safe_rshift_func_int16_t_s_u((((((p_44 < ((safe_add_func_int32_t_s_s(((safe_add_func_int64_t_s_s((safe_mod_func_int8_t_s_s(g_12, (((safe_add_func_uint64_t_u_u((((safe_lshift_func_int8_t_s_u(((((safe_mod_func_uint16_t_u_u(((safe_mod_func_int8_t_s_s(0x88L, ((((((*l_1371) = (void*)0) != (((**l_1334) == (**g_1034)) , &g_656)) && l_1372[0][4]) || 0x2064L) && 4294967295UL))) , (**l_1334)), (**g_800))) | (*l_1335)) | p_44) ^ 5UL), 5)) | l_1373) & g_1059), (*g_605))) , (**l_1334)) ^ (*p_43)))), 0x51D74DEFE8539900LL)) >= p_44), 4L)) == 65535UL)) , g_1068) , p_44) || 0x27L) ^ 1UL), p_44)) != (*l_1335)), (*l_1322))) , l_1374) && (**l_1334)) , (**l_1334)))), 9UL))) ^ (*l_1335)))) | l_1376) < (*g_801)) && p_44), (**g_800))) , 8UL) && p_44) , (*p_43)), l_1376)) , (*l_1322)) , 0xE4L)), 5UL)), 0xCEF6E2815F97D53ALL))) & (*g_801)) == (**g_796))) | (**g_1034)) < (**g_800));
    return p_44;
}


/* ------------------------------------------ */
/* 
 * reads : g_140 g_971 g_1035 g_90 g_132 g_605 g_134 g_51 g_5 g_291 g_653 g_797 g_798 g_801 g_188 g_482 g_657 g_50 g_152 l_36 g_12
 * writes: g_140 g_971 g_521 g_1277 g_51
 */
static int32_t * func_45(int32_t ** p_46, const int16_t  p_47, uint64_t  p_48, const int32_t ** p_49)
{ /* block id: 15 */
    int32_t l_54 = 0x2B9ACCE3L;
    int32_t l_88[6][7][5] = {{{(-1L),0xCBDC27B9L,(-1L),0xD3529AC9L,(-9L)},{0x8AE6FB37L,5L,0x0EA5CD88L,0x00147550L,5L},{1L,0xCBDC27B9L,0x9F62D42CL,0xCBDC27B9L,1L},{5L,0x00147550L,0x0EA5CD88L,5L,0x8AE6FB37L},{(-9L),0xD3529AC9L,(-1L),0xCBDC27B9L,(-1L)},{0x8AE6FB37L,0x8AE6FB37L,0xAA682D83L,0x00147550L,0x8AE6FB37L},{0xA535ACB9L,0xCBDC27B9L,0xA535ACB9L,0xD3529AC9L,1L}},{{0x8AE6FB37L,0x0EA5CD88L,0x0EA5CD88L,0x8AE6FB37L,5L},{(-9L),0xCBDC27B9L,0x454C9BF6L,0xCBDC27B9L,(-9L)},{5L,5L,0xAA682D83L,0xAA682D83L,5L},{0xA535ACB9L,2L,0x9F62D42CL,0xD3529AC9L,0x9F62D42CL},{5L,0x0EA5CD88L,0x00147550L,5L,5L},{0x454C9BF6L,0xD3529AC9L,0x454C9BF6L,2L,(-1L)},{5L,5L,0xAA682D83L,0x0EA5CD88L,5L}},{{0xA535ACB9L,0xD3529AC9L,1L,0xD3529AC9L,0xA535ACB9L},{5L,0x0EA5CD88L,0xAA682D83L,5L,5L},{(-1L),2L,0x454C9BF6L,0xD3529AC9L,0x454C9BF6L},{5L,5L,0x00147550L,0x0EA5CD88L,5L},{0x9F62D42CL,0xD3529AC9L,0x9F62D42CL,2L,0xA535ACB9L},{5L,0xAA682D83L,0xAA682D83L,5L,5L},{(-1L),0xD3529AC9L,(-9L),0xD3529AC9L,(-1L)}},{{5L,5L,0xAA682D83L,0xAA682D83L,5L},{0xA535ACB9L,2L,0x9F62D42CL,0xD3529AC9L,0x9F62D42CL},{5L,0x0EA5CD88L,0x00147550L,5L,5L},{0x454C9BF6L,0xD3529AC9L,0x454C9BF6L,2L,(-1L)},{5L,5L,0xAA682D83L,0x0EA5CD88L,5L},{0xA535ACB9L,0xD3529AC9L,1L,0xD3529AC9L,0xA535ACB9L},{5L,0x0EA5CD88L,0xAA682D83L,5L,5L}},{{(-1L),2L,0x454C9BF6L,0xD3529AC9L,0x454C9BF6L},{5L,5L,0x00147550L,0x0EA5CD88L,5L},{0x9F62D42CL,0xD3529AC9L,0x9F62D42CL,2L,0xA535ACB9L},{5L,0xAA682D83L,0xAA682D83L,5L,5L},{(-1L),0xD3529AC9L,(-9L),0xD3529AC9L,(-1L)},{5L,5L,0xAA682D83L,0xAA682D83L,5L},{0xA535ACB9L,2L,0x9F62D42CL,0xD3529AC9L,0x9F62D42CL}},{{5L,0x0EA5CD88L,0x00147550L,5L,5L},{0x454C9BF6L,0xD3529AC9L,0x454C9BF6L,2L,(-1L)},{5L,5L,0xAA682D83L,0x0EA5CD88L,5L},{0xA535ACB9L,0xD3529AC9L,1L,0xD3529AC9L,0xA535ACB9L},{5L,0x0EA5CD88L,0xAA682D83L,5L,5L},{(-1L),2L,0x454C9BF6L,0xD3529AC9L,0x454C9BF6L},{5L,5L,0x00147550L,0x0EA5CD88L,5L}}};
    uint32_t **l_1072 = &g_374[1];
    uint32_t *** const l_1071 = &l_1072;
    uint16_t l_1091 = 0x178AL;
    uint32_t l_1135[6];
    uint8_t *l_1237[10][2][5] = {{{(void*)0,(void*)0,&g_291,(void*)0,&g_291},{&g_971,&g_291,&g_971,&g_971,&g_291}},{{&g_291,&g_971,&g_291,&g_971,(void*)0},{&g_971,&g_291,&g_971,&g_971,&g_291}},{{&g_291,&g_971,&g_971,&g_971,&g_971},{&g_971,&g_291,&g_291,&g_971,&g_291}},{{&g_291,&g_291,&g_971,&g_971,(void*)0},{&g_291,(void*)0,&g_291,&g_291,&g_971}},{{&g_291,&g_971,&g_971,&g_971,&g_291},{(void*)0,(void*)0,&g_291,(void*)0,&g_291}},{{(void*)0,&g_291,&g_291,&g_291,&g_971},{(void*)0,&g_291,&g_971,&g_971,&g_291}},{{&g_291,&g_971,&g_971,&g_291,&g_971},{&g_291,&g_291,(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_291,(void*)0,&g_291,(void*)0},{(void*)0,&g_971,&g_971,&g_291,&g_291}},{{(void*)0,&g_971,&g_971,&g_291,&g_971},{&g_291,&g_291,&g_971,&g_971,&g_291}},{{&g_291,&g_291,&g_971,&g_971,(void*)0},{&g_291,&g_291,&g_291,&g_971,(void*)0}}};
    uint16_t l_1239 = 4UL;
    int32_t *l_1292 = &g_140;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_1135[i] = 0x5F9F319EL;
    for (p_48 = 0; (p_48 <= 6); p_48 += 1)
    { /* block id: 18 */
        uint32_t l_67 = 18446744073709551608UL;
        int32_t *** const l_86 = &g_50;
        int32_t l_1066 = 0xE14080C2L;
        int32_t l_1067 = 0xB05E6326L;
        int32_t l_1123[1];
        int8_t l_1128 = 9L;
        uint8_t l_1131 = 255UL;
        uint64_t *l_1138 = &g_425[3][7][0];
        const int32_t *l_1155 = (void*)0;
        const uint16_t *l_1167 = &l_1091;
        const uint16_t **l_1166 = &l_1167;
        int i;
        for (i = 0; i < 1; i++)
            l_1123[i] = 0x0584B60AL;
    }
    for (g_140 = 0; (g_140 >= 4); ++g_140)
    { /* block id: 481 */
        uint8_t *l_1207 = (void*)0;
        uint8_t *l_1208 = &g_971;
        int32_t l_1221 = 0xD0BFD73EL;
        int8_t *l_1226 = &g_521;
        int32_t l_1240 = 0x487099C4L;
        int64_t l_1241 = 0xCBA796AD66AFA2C7LL;
        int32_t l_1259[5] = {(-4L),(-4L),(-4L),(-4L),(-4L)};
        int32_t *l_1264 = &l_1259[0];
        uint64_t **l_1276 = (void*)0;
        int i;
        if ((safe_mul_func_uint16_t_u_u((((!((0UL & ((((*l_1226) = ((((0x02L > (++(*l_1208))) != 1L) <= (((safe_mod_func_uint32_t_u_u((*g_1035), ((safe_mul_func_uint8_t_u_u((safe_div_func_uint16_t_u_u((((((safe_mul_func_int8_t_s_s(l_88[0][5][3], g_132)) >= (*g_605)) && (safe_mod_func_int64_t_s_s(l_1221, (safe_lshift_func_int8_t_s_u((safe_sub_func_int16_t_s_s(((**p_46) != l_1221), p_48)), l_1135[5]))))) ^ 0xEFE0F5CAE8F5F6E3LL) == p_48), l_88[0][5][3])), p_48)) , (**p_46)))) || l_1221) , 8UL)) == 4294967294UL)) || g_291) & p_48)) , 1L)) , 0UL) <= 0xD3637B81L), p_47)))
        { /* block id: 484 */
            int32_t *l_1227[9][6] = {{&l_88[0][5][3],&g_839[1],&l_88[0][5][3],&g_140,&g_839[1],&g_140},{&l_88[0][5][3],(void*)0,&l_88[0][5][3],&g_140,(void*)0,&l_88[0][5][3]},{&l_88[0][5][3],&g_839[2],&g_140,&g_140,&g_839[2],&l_88[0][5][3]},{&l_88[0][5][3],&g_839[1],&l_88[0][5][3],&g_140,&g_839[1],&g_140},{&l_88[0][5][3],(void*)0,&l_88[0][5][3],&g_140,(void*)0,&l_88[0][5][3]},{&l_88[0][5][3],&g_839[2],&g_140,&g_140,&g_839[2],&l_88[0][5][3]},{&l_88[0][5][3],&g_839[1],&l_88[0][5][3],&g_140,&g_839[1],&g_140},{&l_88[0][5][3],(void*)0,&l_88[0][5][3],&g_140,(void*)0,&l_88[0][5][3]},{&l_88[0][5][3],&g_839[2],&g_140,&g_140,&g_839[2],&l_88[0][5][3]}};
            uint8_t *l_1234[8];
            uint8_t **l_1238 = &l_1207;
            int i, j;
            for (i = 0; i < 8; i++)
                l_1234[i] = &g_971;
            if ((*g_51))
                break;
            l_88[4][3][3] = (**p_46);
            l_88[0][5][3] = (**p_46);
            l_1240 |= (safe_sub_func_uint64_t_u_u(((safe_div_func_uint16_t_u_u(((0L != (safe_sub_func_int8_t_s_s(g_653[5][1], (*g_797)))) < 0x7B2219A00FFC6DB0LL), ((l_1234[7] != ((*l_1238) = (((((l_1221 ^= 8L) , (safe_lshift_func_uint16_t_u_u(((*g_605) && (*g_605)), l_1221))) != (-9L)) == (-1L)) , l_1237[1][1][0]))) , (*g_801)))) == l_1239), g_482[3]));
        }
        else
        { /* block id: 491 */
            int32_t *l_1242 = &l_1221;
            int32_t *l_1243 = &g_839[2];
            int32_t *l_1244 = &l_88[1][3][2];
            int32_t *l_1245 = &l_88[5][4][2];
            int32_t *l_1246 = &l_1221;
            int32_t *l_1247 = &l_54;
            int32_t *l_1248 = (void*)0;
            int32_t *l_1249 = &l_88[1][0][2];
            int32_t l_1250 = 0x306DF62FL;
            int32_t *l_1251 = &l_54;
            int32_t *l_1252 = &l_54;
            int32_t *l_1253 = &g_839[0];
            int32_t *l_1254 = (void*)0;
            int32_t *l_1255 = &l_88[1][1][0];
            int32_t *l_1256 = &g_152;
            int32_t *l_1257 = &l_1250;
            int32_t *l_1258[4];
            int32_t l_1260 = 0xE885EBB0L;
            uint32_t l_1261 = 0xFF6C7052L;
            int i;
            for (i = 0; i < 4; i++)
                l_1258[i] = &l_88[2][2][1];
            --l_1261;
            if ((*l_1257))
                continue;
        }
        (*l_1264) = ((p_49 != p_46) , (-1L));
        l_88[0][5][3] = (0L && (l_54 = (safe_add_func_int64_t_s_s((~l_88[5][3][2]), ((&l_1241 == (void*)0) , (safe_add_func_int16_t_s_s((((safe_div_func_int64_t_s_s((((*g_605) ^ 4UL) , (safe_add_func_int8_t_s_s(((((((((g_1277 = &p_48) != ((((safe_mod_func_uint64_t_u_u((safe_add_func_int16_t_s_s((safe_mod_func_uint64_t_u_u((((safe_sub_func_int16_t_s_s((safe_add_func_uint16_t_u_u(((*l_1264) ^ (*g_797)), 0x5C34L)), (*g_801))) , 0x800E9AE3L) , l_1239), (*g_605))), 0x2057L)), 0xA5D7ABBB6C7DCF23LL)) & (**p_46)) >= (*l_1264)) , &p_48)) , g_482[4]) == (-1L)) ^ (*l_1264)) != (*l_1264)) >= g_657) <= 0UL), l_54))), 7L)) , 0x813DL) == 0L), 1UL)))))));
        (*g_50) = ((safe_div_func_uint8_t_u_u((*g_797), 1L)) , (l_1239 , ((safe_mul_func_uint16_t_u_u(((void*)0 == &g_680), (*l_1264))) , (*p_46))));
    }
    (*l_1292) &= (**p_46);
    return (*p_46);
}


/* ------------------------------------------ */
/* 
 * reads : g_945 g_5 g_946 g_1035 g_796 g_797 g_798 g_428 g_1059
 * writes: g_946 g_90
 */
static uint64_t  func_59(const int32_t * const  p_60)
{ /* block id: 409 */
    uint32_t l_1037 = 18446744073709551615UL;
    int32_t *l_1038 = &g_5;
    uint16_t l_1045[4][1];
    int16_t l_1054[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
    int16_t **l_1055 = (void*)0;
    int32_t l_1056[5][9][2];
    const int32_t l_1057 = (-5L);
    int32_t l_1058[7] = {0L,0L,0L,0L,0L,0L,0L};
    int i, j, k;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_1045[i][j] = 65529UL;
    }
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 2; k++)
                l_1056[i][j][k] = (-10L);
        }
    }
    (*g_945) = ((+l_1037) , l_1038);
    l_1058[0] &= (((*l_1038) , (((safe_lshift_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u((((safe_lshift_func_uint8_t_u_u((((*l_1038) != (((((l_1045[3][0] &= (*l_1038)) != (**g_945)) , ((((((safe_rshift_func_int16_t_s_s((safe_mod_func_int16_t_s_s((0xAA80E252L || ((*g_1035) = (safe_mul_func_int8_t_s_s((l_1054[6] <= (*l_1038)), 0L)))), (*l_1038))), 9)) == (*l_1038)) && (*l_1038)) && 0x62FE945259049662LL) , (void*)0) == l_1055)) , l_1056[1][3][0]) && (-1L))) > l_1057), (**g_796))) , (*l_1038)) >= (*l_1038)), (*l_1038))), (*l_1038))) ^ 1UL) != g_428)) | 3L);
    return g_1059;
}


/* ------------------------------------------ */
/* 
 * reads : g_5 g_11 g_90 g_12 g_132 g_50 g_51 g_134 g_141 g_10 g_387 g_188 g_410 g_3 g_312 g_4 g_197 g_425 g_2 g_291 g_428 g_508 g_140 g_557 g_388 g_582 g_556 g_480 g_521 g_605 g_637 g_152 g_839 g_801 g_797 g_798 g_757 g_657 g_796 g_945 g_739 g_653 g_800 g_1033
 * writes: g_132 g_134 g_141 g_188 g_410 g_425 g_152 g_428 g_480 g_482 g_508 g_521 g_557 g_582 g_51 g_605 g_637 g_90 g_653 g_656 g_657 g_839 g_291 g_312 g_140 g_944 g_946 g_1034
 */
static uint32_t  func_61(int32_t * p_62, int32_t  p_63, int32_t  p_64, int32_t * p_65, uint64_t  p_66)
{ /* block id: 26 */
    int32_t l_110 = 9L;
    int32_t l_135 = 0xC264F731L;
    int16_t l_136[2][2] = {{(-9L),(-9L)},{(-9L),(-9L)}};
    uint16_t *l_866 = (void*)0;
    int32_t l_892 = (-3L);
    const uint64_t **l_918 = (void*)0;
    const uint64_t ***l_917 = &l_918;
    uint8_t *l_970[2];
    int64_t l_974 = (-4L);
    uint8_t l_1001 = 0x48L;
    int8_t l_1015[2][8];
    int32_t l_1020 = 7L;
    int32_t l_1021 = 1L;
    int32_t l_1022 = 0xB3FCC56DL;
    int32_t l_1025 = 2L;
    int32_t l_1026 = 0x8F9DE84CL;
    int32_t l_1027[2][2][4] = {{{(-9L),(-9L),(-1L),(-1L)},{(-9L),(-9L),(-1L),(-1L)}},{{(-9L),(-9L),(-1L),(-1L)},{(-9L),(-9L),(-1L),(-1L)}}};
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_970[i] = &g_971;
    for (i = 0; i < 2; i++)
    {
        for (j = 0; j < 8; j++)
            l_1015[i][j] = 0x23L;
    }
    if ((*p_65))
    { /* block id: 27 */
        int8_t l_129[6] = {0L,0L,0L,0L,0L,0L};
        const int32_t *l_589 = &g_5;
        const int32_t **l_588 = &l_589;
        const int32_t ***l_587[7] = {(void*)0,&l_588,(void*)0,(void*)0,&l_588,(void*)0,(void*)0};
        int32_t l_842[4] = {0x7F213EFBL,0x7F213EFBL,0x7F213EFBL,0x7F213EFBL};
        uint32_t *****l_860 = &g_388[0];
        uint16_t ** const l_897 = &l_866;
        uint8_t *l_901 = &g_291;
        uint8_t **l_900[6][3][9] = {{{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901},{&l_901,(void*)0,&l_901,&l_901,(void*)0,&l_901,&l_901,&l_901,(void*)0},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901}},{{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901},{&l_901,(void*)0,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0}},{{&l_901,&l_901,&l_901,(void*)0,(void*)0,&l_901,&l_901,&l_901,&l_901},{&l_901,&l_901,(void*)0,&l_901,&l_901,(void*)0,(void*)0,&l_901,(void*)0},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901}},{{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901},{&l_901,(void*)0,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0}},{{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901,&l_901},{&l_901,&l_901,&l_901,(void*)0,&l_901,(void*)0,&l_901,&l_901,&l_901},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901}},{{&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901,&l_901,&l_901,&l_901},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0},{&l_901,&l_901,&l_901,&l_901,&l_901,&l_901,(void*)0,&l_901,(void*)0}}};
        int32_t l_943[4][2][10] = {{{1L,0x947D2490L,0xBD56E382L,(-6L),(-2L),0xBD56E382L,0x1F58D541L,0xBD56E382L,(-2L),(-6L)},{0xBD56E382L,0x1F58D541L,0xBD56E382L,(-2L),(-6L),0xBD56E382L,0x947D2490L,1L,(-2L),(-2L)}},{{1L,0x1F58D541L,0x2A53B813L,(-6L),(-6L),0x2A53B813L,0x1F58D541L,1L,0x7D3432A3L,(-6L)},{1L,0x947D2490L,0xBD56E382L,(-6L),0x2A53B813L,0xED7FD7BFL,0x5FCAD1B9L,0xED7FD7BFL,0x2A53B813L,0xBD56E382L}},{{0xED7FD7BFL,0x5FCAD1B9L,0xED7FD7BFL,0x2A53B813L,0xBD56E382L,0xED7FD7BFL,0x50869C97L,0x940AAA9AL,0x2A53B813L,0x2A53B813L},{0x940AAA9AL,0x5FCAD1B9L,0xFDA5A887L,0xBD56E382L,0xBD56E382L,0xFDA5A887L,0x5FCAD1B9L,0x940AAA9AL,1L,0xBD56E382L}},{{0x940AAA9AL,0x50869C97L,0xED7FD7BFL,0xBD56E382L,0x2A53B813L,0xED7FD7BFL,0x5FCAD1B9L,0xED7FD7BFL,0x2A53B813L,0xBD56E382L},{0xED7FD7BFL,0x5FCAD1B9L,0xED7FD7BFL,0x2A53B813L,0xBD56E382L,0xED7FD7BFL,0x50869C97L,0x940AAA9AL,0x2A53B813L,0x2A53B813L}}};
        int i, j, k;
        for (p_66 = 0; (p_66 >= 45); ++p_66)
        { /* block id: 30 */
            int32_t *l_117[10] = {(void*)0,(void*)0,&g_12,(void*)0,(void*)0,&g_12,(void*)0,(void*)0,&g_12,(void*)0};
            int8_t *l_130 = (void*)0;
            int8_t *l_131[5][8] = {{&l_129[5],&l_129[5],&l_129[5],&l_129[5],&g_132,&l_129[5],&l_129[5],&l_129[5]},{&l_129[5],&l_129[5],&g_132,&l_129[5],&l_129[5],&g_132,&l_129[5],&l_129[5]},{&l_129[5],&l_129[5],&l_129[5],&l_129[5],&l_129[5],&l_129[5],&l_129[5],&l_129[5]},{&l_129[5],&l_129[5],&g_132,&g_132,&l_129[5],&l_129[5],&l_129[5],&l_129[5]},{&l_129[5],&l_129[5],&l_129[5],&l_129[5],&l_129[5],&g_132,&g_132,&l_129[5]}};
            int64_t *l_133 = &g_134;
            int32_t l_590[9] = {(-1L),0xFF573CF0L,(-1L),0xFF573CF0L,(-1L),0xFF573CF0L,(-1L),0xFF573CF0L,(-1L)};
            int32_t *l_838 = &g_839[0];
            uint32_t *****l_862[8] = {&g_388[0],&g_388[0],&g_388[0],&g_388[0],&g_388[0],&g_388[0],&g_388[0],&g_388[0]};
            int i, j;
            (*l_838) ^= func_94((func_97((l_135 = (safe_rshift_func_int8_t_s_s((safe_rshift_func_uint8_t_u_s(252UL, 3)), (safe_add_func_int64_t_s_s(((*l_133) ^= (g_11[2][7] >= (((safe_div_func_uint32_t_u_u(((g_132 &= ((l_110 | (safe_sub_func_uint16_t_u_u(((safe_mul_func_uint16_t_u_u(((safe_add_func_uint64_t_u_u(p_66, ((void*)0 != l_117[7]))) & (safe_rshift_func_uint16_t_u_u(((safe_lshift_func_uint16_t_u_u(65526UL, 7)) && (((safe_lshift_func_uint8_t_u_s(p_64, (((safe_rshift_func_uint8_t_u_s(((safe_mul_func_uint8_t_u_u(((+p_64) , g_90), 254UL)) < (*p_65)), 6)) > g_5) && 0UL))) , l_129[5]) == p_63)), 14))), g_12)) ^ g_90), (-1L)))) > p_64)) & p_63), (*p_62))) >= g_5) && (**g_50)))), 1UL))))), &l_117[3], l_136[0][1], g_90) , l_587[1]), l_590[7]);
            if ((*p_65))
                break;
            for (g_637 = 1; (g_637 <= 0); g_637 = safe_sub_func_int64_t_s_s(g_637, 8))
            { /* block id: 340 */
                int8_t l_843[6] = {0x3DL,(-2L),(-2L),0x3DL,(-2L),(-2L)};
                uint32_t *****l_861 = &g_388[0];
                int32_t l_891 = 0x8A43D03BL;
                uint16_t **l_896 = &l_866;
                int i;
                if ((**g_50))
                    break;
                if (((l_842[2] = p_63) || ((l_843[5] <= (safe_add_func_int8_t_s_s(((((safe_lshift_func_uint16_t_u_s(65535UL, 1)) < (safe_sub_func_int16_t_s_s((safe_sub_func_int32_t_s_s((((*g_801) = ((((safe_div_func_uint32_t_u_u(p_63, (((((safe_div_func_uint32_t_u_u((safe_mod_func_int8_t_s_s((p_66 || 0L), (safe_rshift_func_int8_t_s_u((0xA409L >= ((l_861 = l_860) != l_862[7])), p_64)))), 1UL)) || 252UL) & p_64) <= 0xB7L) , 0x8FCC39BBL))) != 0xA8068DCDL) , (*p_62)) ^ p_66)) != 65530UL), 0x70C474C5L)), p_64))) , (-1L)) > (*l_589)), 0x5AL))) && g_141)))
                { /* block id: 345 */
                    uint16_t l_869 = 1UL;
                    uint8_t *l_871 = &g_291;
                    const int32_t l_882 = 9L;
                    int32_t l_884[10] = {0xA4D6E76CL,(-6L),(-1L),(-6L),0xA4D6E76CL,0xA4D6E76CL,(-6L),(-1L),(-6L),0xA4D6E76CL};
                    uint8_t l_888 = 248UL;
                    int i;
                    if (((safe_unary_minus_func_int64_t_s((safe_mod_func_uint8_t_u_u(((void*)0 != l_866), ((safe_add_func_uint16_t_u_u((l_869 < (~((*l_871) = 0x7AL))), (safe_mul_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((safe_mod_func_uint16_t_u_u(0UL, (p_64 && ((0x68L && l_136[0][1]) > (safe_rshift_func_int8_t_s_u((safe_mul_func_uint16_t_u_u(l_869, (-3L))), (*l_838))))))), p_64)), 0L)))) || p_63))))) , (*p_65)))
                    { /* block id: 347 */
                        int64_t l_883[4][4][2] = {{{0xB840B347C3DB30B7LL,0L},{0L,0xB840B347C3DB30B7LL},{0L,0L},{0xB840B347C3DB30B7LL,0L}},{{0L,0xB840B347C3DB30B7LL},{0L,0L},{0xB840B347C3DB30B7LL,0L},{0L,0xB840B347C3DB30B7LL}},{{0L,0L},{0xB840B347C3DB30B7LL,0L},{0L,0xB840B347C3DB30B7LL},{0L,0L}},{{0xB840B347C3DB30B7LL,0L},{0L,0xB840B347C3DB30B7LL},{0L,0L},{0xB840B347C3DB30B7LL,0L}}};
                        int i, j, k;
                        (*l_838) = ((((*g_797) != 0UL) && l_869) , l_882);
                        (*l_588) = (*l_588);
                        (*l_838) = (l_883[3][1][1] = (*g_51));
                        if ((*p_62))
                            continue;
                    }
                    else
                    { /* block id: 353 */
                        uint16_t l_885 = 0xC959L;
                        ++l_885;
                        l_888 |= (*l_838);
                    }
                    if ((*g_757))
                        break;
                }
                else
                { /* block id: 358 */
                    uint16_t l_893[7];
                    uint8_t **l_903 = &l_901;
                    uint8_t ***l_902 = &l_903;
                    const int32_t ***l_947 = &l_588;
                    int i;
                    for (i = 0; i < 7; i++)
                        l_893[i] = 0x4CF8L;
                    for (g_188 = 19; (g_188 == 21); g_188 = safe_add_func_uint16_t_u_u(g_188, 5))
                    { /* block id: 361 */
                        ++l_893[0];
                        if ((**g_50))
                            break;
                    }
                    (*l_838) = (((*p_62) < ((l_896 == l_897) > 0x2847L)) , (safe_rshift_func_uint16_t_u_u(((l_900[2][0][6] != ((*l_902) = (void*)0)) , (safe_div_func_uint32_t_u_u(((((safe_div_func_int16_t_s_s((1UL | ((p_65 == &g_90) >= (-3L))), 0x1CBCL)) > p_66) >= p_66) , 2UL), (*g_757)))), 4)));
                    for (g_657 = 11; (g_657 <= 50); g_657 = safe_add_func_int8_t_s_s(g_657, 3))
                    { /* block id: 369 */
                        uint32_t l_910 = 1UL;
                        int32_t l_919 = 0x89F287A4L;
                        uint64_t *l_933 = &g_312;
                        uint8_t *l_942 = (void*)0;
                        l_943[3][0][0] |= ((l_910 == (p_66 > (((safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((safe_sub_func_uint64_t_u_u(p_64, (l_919 ^= (p_66 == (l_917 != (void*)0))))), (safe_lshift_func_int16_t_s_s(l_910, (safe_div_func_uint32_t_u_u((*l_838), (safe_mul_func_int8_t_s_s((l_842[0] = (safe_lshift_func_uint16_t_u_u((--g_428), (safe_lshift_func_int16_t_s_u((safe_unary_minus_func_int16_t_s((((*l_933)++) == ((~(safe_sub_func_int8_t_s_s((+((safe_mul_func_uint16_t_u_u((l_942 != (void*)0), l_891)) ^ 0x5602CE6CL)), p_63))) , 0x8B28E3B7CDED645BLL)))), 14))))), (**g_796))))))))), (-3L))) != 0x59F4L) != g_132))) | (*l_838));
                        if (l_843[5])
                            continue;
                        (*g_757) &= ((void*)0 != &p_65);
                    }
                    (*l_838) = ((g_944[1][1][1] = (void*)0) != l_947);
                }
                (*l_917) = (*l_917);
            }
        }
    }
    else
    { /* block id: 384 */
        (*g_945) = ((*g_50) = &p_63);
    }
    l_892 |= (4294967288UL != l_110);
    (*g_50) = &p_63;
    for (g_557 = 0; (g_557 <= 8); g_557 += 1)
    { /* block id: 392 */
        uint8_t *l_952 = &g_291;
        int32_t l_962 = 0L;
        const uint64_t ***l_963[7] = {&l_918,&l_918,&l_918,&l_918,&l_918,&l_918,&l_918};
        uint16_t **l_969 = &l_866;
        uint16_t ***l_968 = &l_969;
        uint32_t l_972 = 0UL;
        int16_t *l_973 = &g_582;
        uint32_t *l_978 = &g_653[1][1];
        uint32_t **l_977 = &l_978;
        int32_t l_1019[6][3] = {{0x6D4654D0L,0x6D4654D0L,0L},{0xCBAF43DEL,0x33AE52F3L,3L},{0x6434B5B5L,0x6D4654D0L,0x6434B5B5L},{0x6434B5B5L,0xCBAF43DEL,0x6D4654D0L},{0xCBAF43DEL,0x6434B5B5L,0x6434B5B5L},{0x6D4654D0L,0x6434B5B5L,3L}};
        int32_t l_1023[8][3] = {{0x7D0B7568L,(-2L),0x7D0B7568L},{0xD6BC56F0L,0xD6BC56F0L,(-3L)},{0L,0x0DED8B94L,0L},{(-3L),0xD6BC56F0L,(-3L)},{0L,0x0DED8B94L,0L},{(-3L),0xD6BC56F0L,(-3L)},{0L,0x0DED8B94L,0L},{(-3L),0xD6BC56F0L,(-3L)}};
        int32_t l_1024 = (-4L);
        int i, j;
        if (((safe_mul_func_uint8_t_u_u(((safe_sub_func_uint8_t_u_u(((*l_952) = (g_3[g_557] < (-1L))), (~(safe_lshift_func_uint8_t_u_s((safe_mod_func_int16_t_s_s((*g_801), (safe_rshift_func_int16_t_s_s((safe_add_func_uint16_t_u_u(l_962, (l_110 ^ (l_963[6] != (((((safe_sub_func_uint64_t_u_u((((((*l_973) = ((((((safe_lshift_func_uint8_t_u_s((((1L < ((((&l_866 == ((*l_968) = &g_680)) && g_12) < 1L) <= p_64)) || (*g_51)) , g_637), p_66)) , l_970[0]) != l_952) == l_135) | l_972) >= l_962)) , p_66) , g_637) >= 0xF2FFD90BL), p_64)) < (*g_801)) == g_739[1][6]) > p_63) , (void*)0))))), p_63)))), 5))))) , l_974), l_972)) >= l_962))
        { /* block id: 396 */
            int16_t * const l_1000[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t l_1002 = 0xCA954246L;
            int32_t l_1003 = 0x8BD5436AL;
            int32_t *l_1004 = (void*)0;
            int32_t *l_1005 = (void*)0;
            int32_t *l_1006 = &l_135;
            int32_t *l_1007 = &l_892;
            int32_t *l_1008 = &g_839[0];
            int32_t *l_1009 = (void*)0;
            int32_t *l_1010 = &g_140;
            int32_t *l_1011 = &l_892;
            int32_t *l_1012 = &g_152;
            int32_t *l_1013 = &g_839[2];
            int32_t *l_1014 = &l_892;
            int32_t *l_1016 = &g_839[0];
            int32_t *l_1017 = &g_839[0];
            int32_t *l_1018[6];
            int32_t l_1028 = 0xD044C7E9L;
            int16_t l_1029 = 5L;
            uint32_t l_1030[4][4][9] = {{{0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L},{2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL},{0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L},{3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL}},{{0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L},{2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL},{0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L},{3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL}},{{0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L},{2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL},{0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L},{3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL}},{{0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L},{2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL,0x0ED27102L,2UL},{0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L,0x877EEDD3L,0x877EEDD3L,0x20C2E0F2L,0x20C2E0F2L},{3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL,0x0ED27102L,3UL}}};
            int i, j, k;
            for (i = 0; i < 6; i++)
                l_1018[i] = &l_892;
            (**g_50) = (l_1003 |= (safe_add_func_int32_t_s_s((l_977 == (void*)0), ((((*g_797) == 6L) , ((*p_62) <= (0x9AFAA91FL > (--(*l_978))))) < (safe_mod_func_uint32_t_u_u(((((((~(safe_rshift_func_uint8_t_u_s(((safe_div_func_int64_t_s_s((((safe_add_func_int8_t_s_s(((safe_mul_func_int16_t_s_s(((safe_mod_func_int16_t_s_s(((safe_sub_func_int8_t_s_s((safe_sub_func_int16_t_s_s(p_63, ((((((g_90 & (safe_sub_func_int16_t_s_s(0x44B1L, 0xA234L))) , l_1000[4]) == (*g_800)) == l_136[1][1]) || l_1001) != 0x20L))), l_972)) == l_974), (**g_800))) != (-6L)), l_1002)) || g_152), l_1002)) && l_892) & l_1002), 0x955E8934D1D8D3AELL)) ^ 0xCC40A2A5L), 4))) , 0xE5L) > l_135) , p_64) && 18446744073709551615UL) != g_90), g_521))))));
            --l_1030[0][1][5];
            return p_66;
        }
        else
        { /* block id: 402 */
            (*g_1033) = &l_978;
        }
        (**g_50) &= (*p_65);
        return l_974;
    }
    return l_1021;
}


/* ------------------------------------------ */
/* 
 * reads :
 * writes:
 */
static uint64_t  func_83(const int32_t  p_84, int32_t *** const  p_85)
{ /* block id: 21 */
    return p_84;
}


/* ------------------------------------------ */
/* 
 * reads : g_50 g_51 g_556 g_425 g_480 g_521 g_605 g_5 g_637 g_582 g_152 g_508 g_90
 * writes: g_51 g_605 g_188 g_480 g_132 g_521 g_152 g_637 g_90 g_653 g_656 g_657 g_428
 */
static int32_t  func_94(const int32_t *** p_95, uint32_t  p_96)
{ /* block id: 210 */
    int64_t l_597[7] = {0x3AA92B4D469B45DDLL,1L,0x3AA92B4D469B45DDLL,0x3AA92B4D469B45DDLL,1L,0x3AA92B4D469B45DDLL,0x3AA92B4D469B45DDLL};
    int64_t *l_604 = &g_134;
    int64_t **l_603[5][2] = {{&l_604,&l_604},{&l_604,&l_604},{&l_604,&l_604},{&l_604,&l_604},{&l_604,&l_604}};
    int16_t *l_606 = &g_188;
    int32_t l_607 = 1L;
    uint8_t l_629 = 1UL;
    int64_t l_633 = (-2L);
    uint32_t **l_634 = &g_374[1];
    int32_t l_635 = 0xEE11DFCFL;
    const uint32_t l_648 = 0x374F73BBL;
    int8_t *l_687 = (void*)0;
    uint32_t l_692 = 0x31FCD0D3L;
    int64_t l_720 = (-8L);
    uint16_t ** const l_755 = &g_680;
    int32_t l_756 = 0x673AFAB1L;
    int32_t l_771 = (-2L);
    int32_t l_772 = 0x691C6DEAL;
    int32_t l_773 = 0x0684D937L;
    uint8_t l_782[2][9] = {{0x99L,0x37L,0x37L,0x6FL,0x37L,0x37L,0x6FL,0x37L,0x37L},{1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL,1UL}};
    int i, j;
    (*g_50) = (*g_50);
    l_607 = (safe_lshift_func_int16_t_s_s((safe_mul_func_int16_t_s_s((safe_add_func_int32_t_s_s((l_597[1] , 0x9C79AA2FL), (~g_556))), ((*l_606) = (safe_lshift_func_uint8_t_u_u((safe_mod_func_uint32_t_u_u((0L == ((g_605 = &l_597[1]) != &g_410)), p_96)), 2))))), g_425[4][5][0]));
    for (g_480 = 6; (g_480 >= 2); g_480 -= 1)
    { /* block id: 217 */
        uint32_t **l_619 = &g_374[1];
        uint32_t ***l_618 = &l_619;
        uint32_t ****l_620 = &l_618;
        uint32_t *****l_621 = (void*)0;
        int64_t l_630 = 7L;
        int8_t *l_631 = &g_132;
        int8_t *l_632 = &g_521;
        int32_t *l_636 = &g_152;
        int32_t l_638 = 1L;
        int32_t l_674 = 0x73CF8A80L;
        int32_t l_682 = 9L;
        const int64_t l_703 = (-4L);
        uint64_t *l_715 = (void*)0;
        uint16_t l_792 = 0x4ABEL;
        int16_t **l_799 = (void*)0;
        int i;
        (*l_636) = ((safe_div_func_uint8_t_u_u((!((((((l_597[g_480] < (((safe_mod_func_uint32_t_u_u((p_96 > p_96), (~((safe_add_func_uint16_t_u_u((((*l_632) = (((void*)0 == l_606) , ((*l_631) = ((safe_div_func_int8_t_s_s(((((*l_620) = l_618) != (((l_621 = &l_620) != (((*l_606) = (safe_mul_func_uint8_t_u_u(((safe_sub_func_int16_t_s_s(0xD27DL, ((l_607 = (safe_sub_func_int64_t_s_s((+7UL), l_597[1]))) == g_521))) , 0x01L), l_629))) , &l_620)) , (void*)0)) ^ (*g_605)), 1UL)) >= l_630)))) > p_96), p_96)) != l_633)))) | 0x0CL) >= 5L)) , (**g_50)) , l_634) == l_634) & 1L) , p_96)), l_635)) > l_629);
        if ((**g_50))
        { /* block id: 225 */
            if (g_637)
                break;
            if (l_629)
                break;
            for (g_637 = 5; (g_637 >= 0); g_637 -= 1)
            { /* block id: 230 */
                (*g_50) = (*g_50);
            }
            if (l_638)
                break;
        }
        else
        { /* block id: 234 */
            uint32_t *l_649 = &g_90;
            uint32_t *l_650 = (void*)0;
            uint32_t *l_651 = (void*)0;
            uint32_t *l_652 = &g_653[5][1];
            int32_t l_654 = 0xBBA53E8BL;
            uint32_t *l_655 = (void*)0;
            l_607 = ((*l_636) = ((((((g_428 = (l_654 = (safe_mul_func_uint8_t_u_u((g_582 , (((*l_636) | p_96) >= (l_635 , ((**g_50) & (((safe_add_func_int32_t_s_s((*l_636), (g_657 = ((l_606 != ((((*l_631) = ((g_656 = ((safe_rshift_func_uint16_t_u_s((!((((*l_652) = ((*l_649) = (safe_sub_func_uint16_t_u_u(l_648, 0UL)))) != (*g_51)) & 0xA1L)), l_607)) == l_654)) == l_629)) && g_508) , l_606)) , 0x8A1AF08EL)))) == l_607) > 0x40D365F0C1536A3FLL))))), g_5)))) == 0xA5F9L) && g_480) | p_96) >= l_629) , l_654));
        }
        if ((*g_51))
            break;
        for (g_90 = 0; (g_90 <= 6); g_90 += 1)
        { /* block id: 248 */
            uint16_t *l_658 = &g_428;
            int32_t l_681 = 1L;
            int8_t l_740 = (-5L);
            uint32_t **l_781 = &g_374[0];
            uint8_t *l_794 = &l_629;
            uint8_t **l_793 = &l_794;
            const uint8_t l_829 = 255UL;
        }
    }
    return l_782[1][2];
}


/* ------------------------------------------ */
/* 
 * reads : g_134 g_141 g_11 g_51 g_5 g_10 g_387 g_132 g_188 g_410 g_12 g_3 g_90 g_312 g_4 g_197 g_425 g_2 g_291 g_50 g_428 g_508 g_140 g_557 g_388 g_582
 * writes: g_134 g_141 g_188 g_410 g_425 g_152 g_132 g_428 g_480 g_482 g_508 g_521 g_557 g_582
 */
static int8_t  func_97(uint32_t  p_98, int32_t ** p_99, int8_t  p_100, uint32_t  p_101)
{ /* block id: 34 */
    uint64_t l_148[5] = {6UL,6UL,6UL,6UL,6UL};
    int32_t l_185 = 0L;
    int32_t l_233 = 0x1BA37ECCL;
    int32_t l_248[10][7] = {{0x06660D7AL,0x06660D7AL,0x1D0AB515L,7L,(-6L),(-6L),7L},{7L,3L,7L,0x25A8C6FEL,7L,3L,7L},{0x06660D7AL,7L,7L,0x06660D7AL,(-6L),0x1D0AB515L,0x1D0AB515L},{0x487BCEC8L,3L,(-1L),3L,0x487BCEC8L,3L,(-1L)},{(-6L),0x06660D7AL,7L,7L,0x06660D7AL,(-6L),0x1D0AB515L},{7L,0x25A8C6FEL,7L,3L,7L,0x25A8C6FEL,7L},{(-6L),7L,0x1D0AB515L,0x06660D7AL,0x06660D7AL,0x1D0AB515L,7L},{0x487BCEC8L,0x25A8C6FEL,(-1L),0x25A8C6FEL,0x487BCEC8L,0x25A8C6FEL,(-1L)},{0x06660D7AL,0x06660D7AL,0x1D0AB515L,7L,(-6L),(-6L),7L},{7L,3L,7L,0x25A8C6FEL,7L,3L,7L}};
    int32_t l_331 = 0x11363FC4L;
    int32_t l_380 = 8L;
    int32_t *l_383 = (void*)0;
    uint8_t l_431 = 1UL;
    uint64_t *l_434 = &l_148[1];
    uint16_t *l_565 = &g_428;
    int i, j;
    for (g_134 = 23; (g_134 < (-19)); g_134 = safe_sub_func_uint32_t_u_u(g_134, 1))
    { /* block id: 37 */
        int8_t l_146[7][6][4] = {{{6L,6L,(-4L),0x17L},{0x49L,0x51L,0x62L,0x31L},{1L,(-7L),1L,6L},{0xC1L,0x8CL,0x5DL,1L},{0x47L,0x5DL,(-2L),0x8CL},{6L,1L,(-2L),(-3L)}},{{0x47L,0x51L,0x5DL,(-4L)},{0xC1L,0L,1L,0x62L},{1L,0x62L,0x62L,1L},{0x49L,(-1L),(-4L),0x5DL},{6L,(-1L),(-3L),(-2L)},{0xFEL,0x51L,0x8CL,(-2L)}},{{1L,(-1L),1L,0x5DL},{(-4L),(-1L),6L,1L},{0x51L,0x62L,0x31L,0x62L},{6L,0L,0x17L,(-4L)},{0xFEL,0x51L,(-1L),(-3L)},{7L,1L,1L,0x8CL}},{{7L,0x5DL,(-1L),1L},{0xFEL,0x8CL,0x17L,6L},{6L,(-7L),0x31L,0x31L},{0x51L,0x51L,6L,0x17L},{(-4L),6L,1L,(-1L)},{1L,6L,0x8CL,1L}},{{0xFEL,6L,(-3L),0xC1L},{7L,0xFEL,1L,(-1L)},{(-1L),6L,1L,(-7L)},{(-2L),0x51L,(-2L),7L},{(-4L),(-4L),1L,(-2L)},{0x8CL,1L,0L,(-4L)}},{{7L,0xFEL,0L,6L},{0x8CL,6L,1L,1L},{(-4L),0x49L,(-2L),1L},{(-2L),1L,1L,(-2L)},{(-1L),0xC1L,1L,1L},{7L,0x47L,6L,0L}},{{0x5DL,6L,(-4L),0L},{0x31L,0x47L,(-2L),1L},{(-3L),0xC1L,7L,(-2L)},{6L,1L,(-7L),1L},{7L,0x49L,(-1L),1L},{0x62L,6L,0xC1L,6L}}};
        int32_t l_153[4][3] = {{0x514A7B4AL,7L,7L},{0x514A7B4AL,7L,7L},{0x514A7B4AL,7L,7L},{0x514A7B4AL,7L,7L}};
        int32_t * const *l_155 = &g_51;
        int32_t * const **l_154 = &l_155;
        uint32_t l_232 = 4294967293UL;
        int32_t l_268 = 0xE3F43202L;
        const uint32_t * const l_283 = &g_197;
        const uint32_t * const *l_282 = &l_283;
        int8_t l_339 = 0L;
        uint32_t *l_373[4];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_373[i] = &g_197;
        for (p_100 = 2; (p_100 <= 6); p_100 += 1)
        { /* block id: 40 */
            int32_t *l_139[8];
            uint32_t *l_147 = &g_90;
            int32_t * const l_151 = &g_152;
            int32_t * const *l_150 = &l_151;
            int32_t * const **l_149 = &l_150;
            int16_t l_235 = 0L;
            uint64_t l_262 = 0UL;
            int i, j;
            for (i = 0; i < 8; i++)
                l_139[i] = &g_140;
            g_141++;
            if (g_11[p_100][p_100])
                continue;
        }
        for (l_185 = (-11); (l_185 <= (-20)); --l_185)
        { /* block id: 88 */
            int32_t *l_269 = &l_153[0][1];
            uint32_t *l_281[2][6][8] = {{{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197}},{{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197},{&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197,&g_197}}};
            uint32_t **l_280 = &l_281[1][0][1];
            int32_t l_306 = 0x481374B1L;
            int32_t l_307 = (-1L);
            int32_t l_310[8] = {0L,0xA8550386L,0xA8550386L,0L,0xA8550386L,0xA8550386L,0L,0xA8550386L};
            uint64_t l_332 = 0x75714E60344EB442LL;
            int64_t l_341 = 0L;
            int32_t l_342[7] = {(-5L),(-5L),0xC6A9FD3DL,(-5L),(-5L),(-5L),0xDAA7D16AL};
            uint64_t l_343 = 0xDD40EE0FA0BEB37ELL;
            int i, j, k;
            (*l_269) ^= (~l_268);
        }
        if ((*g_51))
            continue;
    }
    if ((safe_mod_func_uint8_t_u_u(0x87L, 0xEAL)))
    { /* block id: 142 */
        uint32_t *****l_389 = &g_388[0];
        int32_t l_396 = 1L;
        int32_t l_405[10][7][3] = {{{0x76F98F0CL,0xE5DBA4CDL,0x39AE9237L},{0x7B100D8BL,0x2FF743EAL,0x5B05CEEEL},{0x76F98F0CL,0x036555B4L,0xFB7FAA7EL},{0x2FF743EAL,0x7B100D8BL,0xD4773189L},{0x838D84C4L,0x036555B4L,0x838D84C4L},{0x7CD85B9FL,0x2FF743EAL,0xC82EBC4EL},{0xC8887014L,0xE5DBA4CDL,0x838D84C4L}},{{0xC82EBC4EL,0x7CD85B9FL,0xD4773189L},{(-1L),1L,0xFB7FAA7EL},{0xC82EBC4EL,0xC82EBC4EL,0x5B05CEEEL},{0xC8887014L,0L,0x39AE9237L},{0x7CD85B9FL,0xC82EBC4EL,0x7CD85B9FL},{0x838D84C4L,1L,0x76F98F0CL},{0x2FF743EAL,0x7CD85B9FL,0x7CD85B9FL}},{{0x76F98F0CL,0xE5DBA4CDL,0x39AE9237L},{0x7B100D8BL,0x2FF743EAL,0x5B05CEEEL},{0x76F98F0CL,0x036555B4L,0xFB7FAA7EL},{0x2FF743EAL,0x7B100D8BL,0xD4773189L},{0x838D84C4L,0x036555B4L,0x838D84C4L},{0x7CD85B9FL,0x2FF743EAL,0xC82EBC4EL},{0xC8887014L,0xE5DBA4CDL,0x838D84C4L}},{{0xC82EBC4EL,0x7CD85B9FL,0xD4773189L},{(-1L),1L,0xFB7FAA7EL},{0xC82EBC4EL,0xC82EBC4EL,0x5B05CEEEL},{0xC8887014L,0L,0x39AE9237L},{0x7CD85B9FL,0xC82EBC4EL,0x7CD85B9FL},{0x838D84C4L,1L,0x76F98F0CL},{0x2FF743EAL,0x7CD85B9FL,0x7CD85B9FL}},{{0x76F98F0CL,0xE5DBA4CDL,0x39AE9237L},{0x7B100D8BL,0x2FF743EAL,0x5B05CEEEL},{0x76F98F0CL,0x036555B4L,0xFB7FAA7EL},{0x2FF743EAL,0x7B100D8BL,0xD4773189L},{0x838D84C4L,0x036555B4L,0x838D84C4L},{0x7CD85B9FL,0x2FF743EAL,0xC82EBC4EL},{0xC8887014L,0xE5DBA4CDL,0x838D84C4L}},{{0xC82EBC4EL,0x7CD85B9FL,0xD4773189L},{(-1L),1L,0xFB7FAA7EL},{0xC82EBC4EL,0xC82EBC4EL,0x5B05CEEEL},{0xC8887014L,0L,0x39AE9237L},{0x7CD85B9FL,0xC82EBC4EL,0x7CD85B9FL},{0x838D84C4L,1L,0x76F98F0CL},{0x2FF743EAL,0x7CD85B9FL,0x7CD85B9FL}},{{0x76F98F0CL,0xE5DBA4CDL,0x39AE9237L},{0x7B100D8BL,0x2FF743EAL,0x5B05CEEEL},{0x76F98F0CL,0x036555B4L,0xFB7FAA7EL},{0x2FF743EAL,0x7B100D8BL,0xD4773189L},{0x838D84C4L,0x036555B4L,0x838D84C4L},{0x7CD85B9FL,0x2FF743EAL,0xC82EBC4EL},{0xC8887014L,0xE5DBA4CDL,0x838D84C4L}},{{0xC82EBC4EL,0x7CD85B9FL,0xD4773189L},{(-1L),1L,0xFB7FAA7EL},{0xC82EBC4EL,0xC82EBC4EL,0x5B05CEEEL},{0xC8887014L,0L,0x39AE9237L},{0x7CD85B9FL,0xC82EBC4EL,0x7CD85B9FL},{0x838D84C4L,1L,0x76F98F0CL},{0x2FF743EAL,0x7CD85B9FL,0x7CD85B9FL}},{{0x76F98F0CL,0xE5DBA4CDL,0x39AE9237L},{0x7B100D8BL,0x2FF743EAL,0x5B05CEEEL},{0x76F98F0CL,0x036555B4L,0xFB7FAA7EL},{0x2FF743EAL,0x7B100D8BL,0xD4773189L},{0x838D84C4L,0x036555B4L,0x838D84C4L},{0x7CD85B9FL,0x2FF743EAL,0xC82EBC4EL},{0xC8887014L,0xE5DBA4CDL,0x838D84C4L}},{{2L,0x7B100D8BL,0x5B05CEEEL},{0x39AE9237L,0xE5DBA4CDL,0x76F98F0CL},{2L,2L,0xC82EBC4EL},{0x838D84C4L,0x1D6F7E63L,0xFB7FAA7EL},{0x7B100D8BL,2L,0x7B100D8BL},{(-1L),0xE5DBA4CDL,0L},{0x7CD85B9FL,0x7B100D8BL,0x7B100D8BL}}};
        int16_t *l_406 = (void*)0;
        int16_t *l_407 = &g_188;
        const uint64_t l_408 = 9UL;
        int64_t *l_409 = &g_410;
        uint64_t *l_413 = &l_148[1];
        uint64_t *l_424 = &g_425[1][8][0];
        uint16_t *l_426 = (void*)0;
        uint16_t *l_427[5][6][2] = {{{&g_428,&g_428},{(void*)0,&g_428},{&g_428,(void*)0},{&g_428,&g_428},{&g_428,&g_428},{&g_428,&g_428}},{{&g_428,(void*)0},{&g_428,&g_428},{(void*)0,&g_428},{&g_428,&g_428},{&g_428,&g_428},{(void*)0,&g_428}},{{&g_428,&g_428},{&g_428,&g_428},{(void*)0,&g_428},{&g_428,(void*)0},{&g_428,&g_428},{&g_428,&g_428}},{{&g_428,&g_428},{&g_428,(void*)0},{&g_428,&g_428},{(void*)0,&g_428},{&g_428,&g_428},{&g_428,&g_428}},{{(void*)0,&g_428},{&g_428,&g_428},{&g_428,&g_428},{(void*)0,&g_428},{&g_428,(void*)0},{&g_428,&g_428}}};
        int8_t l_529 = 1L;
        int i, j, k;
        (*p_99) = l_383;
        l_248[4][4] &= (p_98 <= (+g_10));
        l_405[6][2][1] = (((p_98 != ((safe_lshift_func_uint16_t_u_u(((l_389 = g_387) != &g_333), ((((*l_409) |= (((((g_132 , (safe_mod_func_int64_t_s_s(((safe_mul_func_int16_t_s_s((((safe_rshift_func_int16_t_s_u(((*l_407) ^= (((l_396 ^= (&g_188 == (void*)0)) < ((((((safe_sub_func_int32_t_s_s((safe_div_func_int8_t_s_s(p_98, (safe_add_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(6UL, (0x7AL == 1UL))), l_405[9][6][1])))), l_405[8][4][2])) , g_5) && g_134) , l_405[9][6][1]) || 0x5C183EBC8555D86ALL) <= l_405[1][2][0])) , 0L)), p_100)) >= l_405[5][3][0]) || 18446744073709551611UL), p_101)) != p_101), l_405[9][6][1]))) ^ l_405[9][6][1]) && g_5) > p_98) | l_408)) || g_12) > g_3[7]))) <= l_405[9][6][1])) | g_90) & g_312);
        if ((((safe_lshift_func_int16_t_s_s(l_408, 11)) || ((((*l_413) ^= l_405[5][1][0]) < 0x914B7B7BFCBCAA73LL) <= (safe_rshift_func_uint16_t_u_s((l_396 |= (safe_mul_func_int16_t_s_s(g_4, (safe_mul_func_int16_t_s_s((g_197 >= (((*l_424) &= (safe_div_func_int16_t_s_s((g_188 = (safe_add_func_uint32_t_u_u(l_405[9][6][1], g_5))), (0xF7DAL & g_312)))) | 0xC1DDE57011C1167ALL)), 65535UL))))), g_12)))) && l_408))
        { /* block id: 154 */
            int32_t *l_429 = &g_152;
            int32_t *l_430[9] = {&g_5,&g_12,&g_5,&g_12,&g_5,&g_12,&g_5,&g_12,&g_5};
            uint64_t *l_435[1][2][6] = {{{&g_425[1][8][0],&g_312,&g_312,&g_425[1][8][0],&g_312,&g_312},{&g_425[1][8][0],&g_312,&g_312,&g_425[1][8][0],&g_312,&g_312}}};
            uint16_t *l_436 = &g_428;
            uint16_t **l_437[2];
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_437[i] = &l_426;
            l_431++;
            (*l_429) = ((l_427[3][3][1] = ((l_434 != l_435[0][0][1]) , l_436)) != &g_428);
        }
        else
        { /* block id: 158 */
            uint64_t l_458 = 18446744073709551613UL;
            int32_t *l_459 = &l_185;
            int32_t l_496 = 0x5AA78DDBL;
            int32_t l_497 = (-10L);
            int32_t l_498 = 1L;
            int32_t l_501 = 1L;
            int32_t l_502 = 0xFD15A72FL;
            int32_t l_503 = (-1L);
            int32_t l_504 = 6L;
            int32_t l_507 = 0xBA47751EL;
            uint32_t l_522 = 4UL;
            int32_t l_540 = 8L;
            int32_t l_543 = 0L;
            int32_t l_544 = (-9L);
            int32_t l_547 = (-9L);
            int32_t l_549 = 0x62804F1FL;
            int32_t l_551 = (-9L);
            int32_t l_552 = 0L;
            int32_t l_553 = 0x1918D82EL;
            int32_t l_554 = 0xA85C9472L;
            int32_t l_555 = 0L;
            (*l_459) = ((safe_rshift_func_uint16_t_u_u(((-10L) <= 0x7DL), 1)) < (safe_rshift_func_int8_t_s_s((safe_add_func_int16_t_s_s(((p_100 , ((safe_rshift_func_uint8_t_u_u((safe_mod_func_int16_t_s_s(((safe_add_func_int32_t_s_s((safe_mod_func_int64_t_s_s((((((safe_sub_func_uint16_t_u_u(0xF6AFL, ((g_2 != 65535UL) || l_396))) == (safe_add_func_uint64_t_u_u(0x032EA948FCAA842ELL, ((l_458 = (safe_mod_func_uint8_t_u_u(((l_405[9][0][1] = (((p_100 | 65535UL) <= 0x1A80L) || g_291)) & p_101), (-1L)))) >= 0x5464L)))) & (**g_50)) != l_396) | l_408), g_197)), l_396)) , 0L), p_100)), 1)) || 6L)) == l_431), 0UL)), 3)));
            for (l_396 = 0; (l_396 > 20); l_396 = safe_add_func_uint64_t_u_u(l_396, 6))
            { /* block id: 164 */
                const uint16_t *l_472 = (void*)0;
                int32_t l_483 = 0xF07EA5E1L;
                int32_t l_499 = (-4L);
                int32_t l_500 = 0xCB01CC63L;
                int32_t l_506 = 1L;
                int32_t l_527 = 1L;
                int32_t l_528 = 1L;
                int32_t l_530 = 0L;
                int32_t l_531 = (-8L);
                int32_t l_532 = 8L;
                int32_t l_533 = 0x13E3FA4CL;
                int32_t l_534 = 9L;
                int32_t l_535 = 1L;
                int32_t l_536 = 7L;
                int32_t l_537 = 0L;
                int32_t l_538 = 0L;
                int32_t l_539 = (-1L);
                int32_t l_541 = (-1L);
                int32_t l_542 = 0xDBEDB3BAL;
                int32_t l_545 = (-10L);
                int32_t l_546 = 0x337F4417L;
                int32_t l_550[1][10][9] = {{{0x49FAD0CAL,0x5167C439L,0x5167C439L,0x49FAD0CAL,0xF9591544L,0x7B2EBA80L,0x20467815L,0x98682BB9L,0x5167C439L},{1L,1L,0xBAD3398FL,(-3L),0x6E281764L,0x0E018039L,0L,1L,1L},{9L,0x98682BB9L,0xF9591544L,0x6BF51163L,0xF9591544L,0x98682BB9L,9L,0x5167C439L,0x98682BB9L},{(-3L),1L,0xBAD3398FL,(-6L),0x0E018039L,0x5E2C81A9L,0x849FDEA3L,0x0E018039L,1L},{9L,0xF9591544L,0x5167C439L,0x4BD16360L,(-2L),(-2L),0x4BD16360L,0x5167C439L,0xF9591544L},{1L,3L,0x5E2C81A9L,0L,0xBAD3398FL,0x5E2C81A9L,0x7D0E7089L,1L,3L},{0x49FAD0CAL,0x7B2EBA80L,(-9L),0x4BD16360L,0x7B2EBA80L,0x98682BB9L,0L,0x98682BB9L,0x7B2EBA80L},{(-6L),3L,3L,(-6L),1L,0x0E018039L,1L,1L,3L},{0x20467815L,0xF9591544L,(-2L),0x6BF51163L,0xDE7555AEL,0x7B2EBA80L,0L,0xF9591544L,0xF9591544L},{0x7D0E7089L,1L,1L,(-3L),1L,1L,0x7D0E7089L,3L,0x08EE8A5EL}}};
                int i, j, k;
                for (l_431 = (-22); (l_431 == 55); l_431 = safe_add_func_int64_t_s_s(l_431, 7))
                { /* block id: 167 */
                    int8_t *l_473 = &g_132;
                    int32_t l_488[1][1];
                    int i, j;
                    for (i = 0; i < 1; i++)
                    {
                        for (j = 0; j < 1; j++)
                            l_488[i][j] = (-6L);
                    }
                    l_405[9][6][1] &= (((((*l_424) = (((((((safe_lshift_func_int16_t_s_u((l_483 |= (safe_rshift_func_uint8_t_u_s(246UL, (safe_lshift_func_uint16_t_u_s((safe_mul_func_int8_t_s_s(((*l_473) = ((void*)0 == l_472)), (safe_add_func_uint8_t_u_u((&l_426 == ((g_480 = (safe_rshift_func_uint16_t_u_s((++g_428), 2))) , &l_426)), (g_482[3] = (p_100 , (safe_unary_minus_func_uint8_t_u(0x0FL)))))))), 4))))), 5)) ^ ((*l_407) = ((*p_99) == ((safe_lshift_func_uint8_t_u_s((safe_rshift_func_uint16_t_u_s(g_134, p_101)), p_100)) , (*p_99))))) | (*l_459)) | 0x11L) || l_488[0][0]) & g_410) , 0x5B1EBEC950A6C7E1LL)) & 0x550CDC82D792D49FLL) & p_100) , l_408);
                    for (l_483 = 0; (l_483 >= 0); l_483 -= 1)
                    { /* block id: 178 */
                        int32_t *l_489 = &l_185;
                        int32_t *l_490 = &l_488[0][0];
                        int32_t *l_491 = &l_405[7][4][1];
                        int32_t *l_492 = &l_233;
                        int32_t *l_493 = &l_488[0][0];
                        int32_t *l_494[6] = {&g_5,&l_405[l_483][(l_483 + 1)][l_483],&l_405[l_483][(l_483 + 1)][l_483],&g_5,&l_405[l_483][(l_483 + 1)][l_483],&l_405[l_483][(l_483 + 1)][l_483]};
                        int32_t l_505[10][4][1] = {{{0L},{9L},{0x4306BE69L},{9L}},{{0L},{4L},{(-2L)},{0x6B0A307DL}},{{(-2L)},{4L},{0L},{9L}},{{0x4306BE69L},{9L},{0L},{4L}},{{(-2L)},{0x6B0A307DL},{(-2L)},{4L}},{{0L},{9L},{0x4306BE69L},{9L}},{{0L},{4L},{(-2L)},{0x6B0A307DL}},{{(-2L)},{4L},{0L},{9L}},{{0x4306BE69L},{9L},{0L},{4L}},{{(-2L)},{0x6B0A307DL},{(-2L)},{4L}}};
                        int i, j, k;
                        g_508--;
                        return l_488[l_483][l_483];
                    }
                    l_488[0][0] &= (g_11[2][7] == (safe_unary_minus_func_uint8_t_u(((((*l_407) = g_428) < (((safe_lshift_func_int8_t_s_u(((((safe_lshift_func_int8_t_s_s((*l_459), ((0x509DF5FFFF49F0F3LL && ((safe_sub_func_int8_t_s_s((g_521 = ((*l_473) |= ((safe_add_func_uint16_t_u_u(0xF6D8L, ((+0UL) | (g_140 & p_100)))) , 0L))), g_428)) & l_405[9][6][1])) < l_522))) & 65535UL) || 0xFE10FCA608225657LL) >= 65535UL), 4)) > 0xC7L) >= p_100)) , l_405[9][6][1]))));
                    l_488[0][0] = ((*l_459) = 8L);
                }
                for (l_497 = 26; (l_497 != 29); l_497++)
                { /* block id: 191 */
                    int32_t *l_525 = &l_498;
                    int32_t *l_526[10][2][3] = {{{&l_504,&l_501,&l_504},{&g_12,&l_396,(void*)0}},{{&l_396,&l_396,(void*)0},{&l_233,&l_396,&l_396}},{{(void*)0,&l_501,(void*)0},{&l_233,&l_405[9][6][1],&l_233}},{{&l_396,(void*)0,(void*)0},{&g_12,&g_12,&l_396}},{{&l_504,(void*)0,(void*)0},{&l_396,&l_405[9][6][1],(void*)0}},{{&l_504,&l_501,&l_504},{&g_12,&l_396,(void*)0}},{{&l_396,&l_396,(void*)0},{&l_233,&l_396,&l_396}},{{(void*)0,&l_501,(void*)0},{&l_233,&l_405[9][6][1],&l_233}},{{&l_396,(void*)0,(void*)0},{&g_12,&g_12,&l_396}},{{&l_504,(void*)0,(void*)0},{&l_396,&l_405[9][6][1],(void*)0}}};
                    int64_t l_548[7];
                    int i, j, k;
                    for (i = 0; i < 7; i++)
                        l_548[i] = 0x47D28E3AE450B28BLL;
                    (*p_99) = &l_405[5][1][0];
                    (*l_459) ^= 0L;
                    g_557--;
                }
            }
            return g_2;
        }
    }
    else
    { /* block id: 199 */
        uint16_t *l_566 = &g_428;
        int16_t *l_567 = &g_188;
        uint32_t **l_575 = &g_374[1];
        uint32_t *** const l_574 = &l_575;
        uint32_t *** const *l_573 = &l_574;
        uint32_t *** const **l_572 = &l_573;
        int32_t l_578 = 0xA9C69B0DL;
        int16_t *l_581 = &g_582;
        int64_t *l_583 = &g_134;
        uint8_t *l_584[4][4][9] = {{{&l_431,&g_291,&l_431,&g_291,&g_291,&l_431,&g_291,&g_291,&l_431},{&l_431,&l_431,&g_291,&g_291,&l_431,&l_431,&l_431,&l_431,&l_431},{(void*)0,&g_291,&l_431,&g_291,&g_291,&l_431,&l_431,&g_291,&g_291},{&l_431,&l_431,&l_431,&l_431,&l_431,&l_431,&l_431,&l_431,&g_291}},{{(void*)0,&l_431,&l_431,&l_431,&g_291,&l_431,&l_431,(void*)0,&g_291},{&l_431,&l_431,&g_291,&l_431,&l_431,&l_431,&l_431,&g_291,&l_431},{&g_291,(void*)0,&g_291,&g_291,&l_431,&g_291,&l_431,&l_431,&l_431},{&l_431,&l_431,(void*)0,&g_291,&l_431,(void*)0,&g_291,&g_291,(void*)0}},{{&l_431,&l_431,&g_291,&g_291,&g_291,(void*)0,&l_431,&l_431,&l_431},{&g_291,(void*)0,(void*)0,&l_431,&l_431,(void*)0,&g_291,&g_291,&l_431},{&g_291,&l_431,&g_291,(void*)0,&g_291,&l_431,(void*)0,&l_431,&l_431},{(void*)0,&g_291,&g_291,&g_291,&l_431,&l_431,&l_431,&l_431,&l_431}},{{&g_291,&l_431,&l_431,&l_431,&l_431,&g_291,&l_431,&l_431,&l_431},{&l_431,&l_431,&l_431,&g_291,(void*)0,&l_431,(void*)0,&l_431,&l_431},{&l_431,&l_431,&g_291,(void*)0,&l_431,&l_431,(void*)0,&g_291,&g_291},{(void*)0,&g_291,&g_291,&l_431,&l_431,(void*)0,&l_431,(void*)0,&l_431}}};
        int32_t l_585 = 0xA521F16BL;
        int32_t *l_586 = &l_185;
        int i, j, k;
        (*l_586) = (safe_rshift_func_int8_t_s_s(p_98, (((l_585 |= ((l_578 = ((safe_mul_func_int16_t_s_s(((*l_567) = (!((l_566 = l_565) != (void*)0))), (((*l_583) = ((safe_rshift_func_int16_t_s_u(((*l_581) = ((safe_mul_func_uint16_t_u_u((((((((*l_572) = (*g_387)) != ((safe_div_func_uint8_t_u_u((252UL < (((p_98 >= l_578) ^ (l_578 , (safe_mod_func_uint8_t_u_u(p_98, (-1L))))) | l_578)), l_578)) , (void*)0)) != 0x48L) , (*l_572)) == (*g_387)) || l_578), p_100)) && 0x36L)), 14)) , l_578)) , g_2))) > g_425[1][8][0])) , (**g_50))) != (**g_50)) ^ p_98)));
    }
    return g_582;
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
    transparent_crc(g_2, "g_2", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_4, "g_4", print_hash_value);
    transparent_crc(g_5, "g_5", print_hash_value);
    transparent_crc(g_8, "g_8", print_hash_value);
    transparent_crc(g_9, "g_9", print_hash_value);
    transparent_crc(g_10, "g_10", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 8; j++)
        {
            transparent_crc(g_11[i][j], "g_11[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_12, "g_12", print_hash_value);
    transparent_crc(g_90, "g_90", print_hash_value);
    transparent_crc(g_132, "g_132", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_140, "g_140", print_hash_value);
    transparent_crc(g_141, "g_141", print_hash_value);
    transparent_crc(g_152, "g_152", print_hash_value);
    transparent_crc(g_188, "g_188", print_hash_value);
    transparent_crc(g_197, "g_197", print_hash_value);
    transparent_crc(g_287, "g_287", print_hash_value);
    transparent_crc(g_291, "g_291", print_hash_value);
    transparent_crc(g_312, "g_312", print_hash_value);
    transparent_crc(g_410, "g_410", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 10; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_425[i][j][k], "g_425[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_428, "g_428", print_hash_value);
    transparent_crc(g_480, "g_480", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_482[i], "g_482[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_495, "g_495", print_hash_value);
    transparent_crc(g_508, "g_508", print_hash_value);
    transparent_crc(g_521, "g_521", print_hash_value);
    transparent_crc(g_556, "g_556", print_hash_value);
    transparent_crc(g_557, "g_557", print_hash_value);
    transparent_crc(g_582, "g_582", print_hash_value);
    transparent_crc(g_637, "g_637", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_653[i][j], "g_653[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_656, "g_656", print_hash_value);
    transparent_crc(g_657, "g_657", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 7; j++)
        {
            transparent_crc(g_739[i][j], "g_739[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_798, "g_798", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_839[i], "g_839[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_971, "g_971", print_hash_value);
    transparent_crc(g_1059, "g_1059", print_hash_value);
    transparent_crc(g_1068, "g_1068", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_1428[i][j][k], "g_1428[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    for (i = 0; i < 9; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_1574[i][j], "g_1574[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);

        }
    }
    transparent_crc(g_1593, "g_1593", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        transparent_crc(g_1728[i], "g_1728[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1744, "g_1744", print_hash_value);
    transparent_crc(g_1847, "g_1847", print_hash_value);
    transparent_crc(g_1863, "g_1863", print_hash_value);
    transparent_crc(g_1870, "g_1870", print_hash_value);
    transparent_crc(g_1967, "g_1967", print_hash_value);
    transparent_crc(g_2002, "g_2002", print_hash_value);
    transparent_crc(g_2127, "g_2127", print_hash_value);
    transparent_crc(g_2166, "g_2166", print_hash_value);
    transparent_crc(g_2167, "g_2167", print_hash_value);
    transparent_crc(g_2168, "g_2168", print_hash_value);
    transparent_crc(g_2207, "g_2207", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 639
XXX total union variables: 0

XXX max expression depth: 62
breakdown:
   depth: 1, occurrence: 127
   depth: 2, occurrence: 34
   depth: 3, occurrence: 2
   depth: 4, occurrence: 1
   depth: 5, occurrence: 2
   depth: 7, occurrence: 1
   depth: 11, occurrence: 1
   depth: 16, occurrence: 1
   depth: 17, occurrence: 2
   depth: 18, occurrence: 2
   depth: 19, occurrence: 1
   depth: 22, occurrence: 1
   depth: 25, occurrence: 1
   depth: 26, occurrence: 1
   depth: 28, occurrence: 1
   depth: 29, occurrence: 3
   depth: 30, occurrence: 2
   depth: 31, occurrence: 1
   depth: 32, occurrence: 1
   depth: 33, occurrence: 2
   depth: 34, occurrence: 1
   depth: 36, occurrence: 3
   depth: 37, occurrence: 1
   depth: 39, occurrence: 1
   depth: 62, occurrence: 1

XXX total number of pointers: 476

XXX times a variable address is taken: 1133
XXX times a pointer is dereferenced on RHS: 345
breakdown:
   depth: 1, occurrence: 250
   depth: 2, occurrence: 86
   depth: 3, occurrence: 9
XXX times a pointer is dereferenced on LHS: 296
breakdown:
   depth: 1, occurrence: 269
   depth: 2, occurrence: 26
   depth: 3, occurrence: 1
XXX times a pointer is compared with null: 40
XXX times a pointer is compared with address of another variable: 13
XXX times a pointer is compared with another pointer: 13
XXX times a pointer is qualified to be dereferenced: 10254

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 1452
   level: 2, occurrence: 623
   level: 3, occurrence: 96
   level: 4, occurrence: 4
   level: 5, occurrence: 2
XXX number of pointers point to pointers: 207
XXX number of pointers point to scalars: 269
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 29
XXX average alias set size: 1.37

XXX times a non-volatile is read: 1867
XXX times a non-volatile is write: 896
XXX times a volatile is read: 108
XXX    times read thru a pointer: 25
XXX times a volatile is write: 18
XXX    times written thru a pointer: 0
XXX times a volatile is available for access: 3.75e+03
XXX percentage of non-volatile access: 95.6

XXX forward jumps: 1
XXX backward jumps: 4

XXX stmts: 131
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 34
   depth: 1, occurrence: 28
   depth: 2, occurrence: 31
   depth: 3, occurrence: 11
   depth: 4, occurrence: 14
   depth: 5, occurrence: 13

XXX percentage a fresh-made variable is used: 15.7
XXX percentage an existing variable is used: 84.3
********************* end of statistics **********************/

