/*
 * This is a RANDOMLY GENERATED PROGRAM.
 *
 * Generator: csmith 2.3.0
 * Git version: 30dccd7
 * Options:   --seed 1028 --no-bitfields --no-unions --no-packed-struct -o prog.c
 * Seed:      1028
 */

#include "csmith.h"


static long __undefined;

/* --- Struct/Union Declarations --- */
/* --- GLOBAL VARIABLES --- */
static int32_t g_2 = 8L;
static int32_t g_49[7][4][9] = {{{0x8FD71F6EL,0xC2B2E5F5L,1L,6L,0x2987C837L,(-1L),0x12777FC3L,0x9913D709L,(-1L)},{(-1L),(-10L),0xCAD70698L,0xCDC14C38L,0x5EA37665L,(-9L),2L,0xC2B2E5F5L,0L},{0x81653144L,1L,(-9L),0xEE481DB3L,0x8FD71F6EL,0x737B78F1L,0xE5FF1FC5L,(-5L),(-1L)},{(-5L),4L,0x7E7924A0L,(-1L),1L,0xEBB67A07L,(-4L),(-8L),0L}},{{0xB5B4C0DDL,(-1L),0x32AF72DAL,0x737B78F1L,(-8L),(-10L),0xA8781562L,0x13633E7AL,0xEE8E20E6L},{(-1L),0xEBB67A07L,7L,0x90D92204L,(-1L),0xFD9AB8A8L,2L,(-1L),0xCDC14C38L},{0x86CD98C7L,(-6L),8L,1L,(-5L),0xFD9AB8A8L,0xCAD70698L,0L,(-1L)},{(-10L),0x90D92204L,9L,7L,0x90638325L,(-1L),0x06516035L,(-1L),(-1L)}},{{0L,0xEFAE07DFL,(-9L),0xCAD70698L,9L,(-1L),0L,0L,0L},{0x95C1F4ACL,(-2L),5L,(-1L),(-5L),0xB5B4C0DDL,0x86CD98C7L,0xEE8E20E6L,0x86CD98C7L},{5L,1L,1L,1L,1L,5L,0xEFAE07DFL,2L,0x95C1F4ACL},{0x50A0C201L,(-8L),0xCAD70698L,(-6L),0xCDC14C38L,0x90638325L,(-4L),(-7L),0x12777FC3L}},{{3L,6L,(-1L),0L,0x874D2D97L,0L,0xEFAE07DFL,(-9L),2L},{0x5EA37665L,(-7L),0x06516035L,(-5L),0x737B78F1L,0x36C1418EL,0x86CD98C7L,(-2L),0xE5FF1FC5L},{6L,(-1L),0xEBB67A07L,(-9L),0x9DB3FA3CL,0xC1C57511L,0L,0x9913D709L,(-4L)},{(-5L),0x62E26A8AL,0x1EB61364L,(-10L),0x948ECA1AL,6L,0x06516035L,0x5EA37665L,0xA8781562L}},{{0L,(-1L),(-1L),1L,0x12777FC3L,0L,0xCAD70698L,(-5L),3L},{0xB5B4C0DDL,0xA53EBFF7L,0xFD9AB8A8L,0x874D2D97L,0x62E26A8AL,(-1L),2L,(-5L),0x23B19D88L},{(-9L),0xA8781562L,(-9L),5L,(-1L),0x7E7924A0L,1L,0x5EA37665L,(-1L)},{(-1L),1L,0xEE481DB3L,(-5L),(-10L),1L,0L,0x9913D709L,0x874D2D97L}},{{0x6CB52F50L,0x948ECA1AL,0x9DB3FA3CL,(-1L),7L,0x13633E7AL,2L,(-2L),0x5EA37665L},{(-9L),7L,(-1L),0x2987C837L,0x2987C837L,(-1L),7L,(-9L),0x972CE3C4L},{0x9913D709L,0x6CB52F50L,(-1L),0xC1C57511L,1L,5L,4L,(-7L),0xEE481DB3L},{1L,0x90638325L,(-1L),1L,0xFF9046E0L,0xCAD70698L,(-1L),2L,0x972CE3C4L}},{{0xCDC14C38L,0L,(-9L),0x50A0C201L,7L,(-10L),(-1L),0xEE8E20E6L,0x5EA37665L},{0x1EB61364L,(-9L),5L,0x5C50EC31L,0xFD9AB8A8L,6L,0xEE8E20E6L,0L,0x874D2D97L},{0L,(-1L),0xEFAE07DFL,(-1L),2L,0xEFAE07DFL,(-1L),5L,0x06516035L},{(-7L),0x8FD71F6EL,(-5L),0x90D92204L,(-1L),(-1L),0xE5FF1FC5L,6L,0xCAD70698L}}};
static volatile int32_t g_54 = 0x105C6596L;/* VOLATILE GLOBAL g_54 */
static volatile int32_t *g_53[9][10][2] = {{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}},{{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54},{&g_54,&g_54}}};
static volatile int32_t * const * volatile g_52 = &g_53[1][5][1];/* VOLATILE GLOBAL g_52 */
static int16_t g_56 = (-9L);
static int32_t *g_66[9][9][2] = {{{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,(void*)0}},{{&g_2,&g_49[3][3][6]},{&g_49[5][3][1],&g_2},{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0}},{{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&g_49[3][3][6]},{&g_49[5][3][1],&g_2},{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0}},{{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&g_49[3][3][6]}},{{&g_49[5][3][1],&g_2},{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0},{(void*)0,&g_2}},{{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&g_49[3][3][6]},{&g_49[5][3][1],&g_2},{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]}},{{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&g_49[3][3][6]},{&g_49[5][3][1],&g_2}},{{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2},{&g_49[5][3][1],&g_49[3][3][6]},{&g_2,(void*)0},{(void*)0,&g_2},{(void*)0,&g_2}},{{(void*)0,&g_2},{(void*)0,(void*)0},{&g_2,&g_49[3][3][6]},{&g_49[5][3][1],&g_2},{&g_2,&g_49[3][1][6]},{&g_49[3][1][6],(void*)0},{(void*)0,(void*)0},{&g_49[3][1][6],&g_49[3][1][6]},{&g_2,&g_2}}};
static int32_t **g_65 = &g_66[2][3][1];
static int32_t ***g_64 = &g_65;
static int32_t * volatile *g_76 = &g_66[2][3][1];
static int32_t * volatile * const * volatile g_75 = &g_76;/* VOLATILE GLOBAL g_75 */
static int32_t * volatile * const * volatile * const g_74 = &g_75;
static int32_t g_84 = 0xB5CEFCB9L;
static int8_t g_105 = 0x80L;
static int8_t g_109 = 0x30L;
static int64_t g_137 = 0xDE80311F254279C2LL;
static int32_t g_148 = 0xAAE3D9D2L;
static uint32_t g_189 = 0x1250D9DDL;
static const int32_t **g_227 = (void*)0;
static const int32_t ***g_226[9][5] = {{&g_227,&g_227,&g_227,(void*)0,(void*)0},{&g_227,&g_227,&g_227,&g_227,&g_227},{&g_227,&g_227,&g_227,&g_227,(void*)0},{&g_227,&g_227,&g_227,(void*)0,(void*)0},{&g_227,&g_227,&g_227,&g_227,&g_227},{&g_227,&g_227,&g_227,&g_227,&g_227},{&g_227,&g_227,&g_227,&g_227,&g_227},{&g_227,&g_227,&g_227,&g_227,&g_227},{&g_227,&g_227,&g_227,&g_227,&g_227}};
static const int32_t ****g_225 = &g_226[6][3];
static int32_t *g_250 = &g_84;
static int32_t ** const g_249[6] = {&g_250,&g_250,&g_250,&g_250,&g_250,&g_250};
static int32_t ** const *g_248 = &g_249[4];
static volatile uint32_t **g_283 = (void*)0;
static volatile uint32_t g_286 = 0x2296ACBEL;/* VOLATILE GLOBAL g_286 */
static int16_t g_303 = 0x0891L;
static int16_t *g_304 = &g_303;
static uint32_t g_343 = 0xF5FA5D49L;
static volatile int32_t g_358 = (-1L);/* VOLATILE GLOBAL g_358 */
static uint8_t g_396 = 0xDAL;
static int32_t g_406 = 0x9FE0C1EAL;
static int32_t * const ****g_420 = (void*)0;
static uint8_t g_442 = 1UL;
static uint8_t g_485 = 255UL;
static volatile uint32_t g_495 = 4294967287UL;/* VOLATILE GLOBAL g_495 */
static volatile uint32_t *g_494 = &g_495;
static volatile uint32_t ** volatile g_493 = &g_494;/* VOLATILE GLOBAL g_493 */
static uint64_t **g_508[5] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
static uint64_t *** volatile g_507 = &g_508[4];/* VOLATILE GLOBAL g_507 */
static int64_t g_579 = 0x6ABC4FB028CD720BLL;
static int32_t ** const ***g_586 = (void*)0;
static uint32_t g_620 = 0x21B1684AL;
static volatile int32_t g_652 = 0x86DA83DBL;/* VOLATILE GLOBAL g_652 */
static uint64_t ***g_754 = &g_508[4];
static uint64_t ****g_753 = &g_754;
static int32_t *g_781 = &g_49[5][0][0];
static uint16_t g_785 = 0x71D4L;
static uint64_t g_891 = 0UL;
static uint16_t g_1006 = 0x8945L;
static uint32_t g_1015 = 0x2CC92D89L;
static int32_t g_1040 = 0xEEDD766FL;
static int64_t **g_1049 = (void*)0;
static int32_t *g_1126 = &g_406;
static int32_t * volatile * const  volatile g_1125[8] = {&g_1126,&g_1126,&g_1126,&g_1126,&g_1126,&g_1126,&g_1126,&g_1126};
static const int64_t g_1203 = 1L;
static int32_t g_1348 = 0xAF91DC28L;
static const int32_t g_1351 = 0x58A26029L;
static const int16_t g_1386 = 0L;
static uint32_t *g_1491 = &g_620;
static uint32_t g_1503 = 0xCD69EDCEL;
static uint32_t **g_1536 = &g_1491;
static uint32_t ***g_1535 = &g_1536;
static int32_t g_1537 = 4L;
static const int32_t g_1540 = 0xAFE48123L;
static const uint8_t g_1565 = 255UL;
static const uint8_t g_1567 = 1UL;
static uint32_t g_1593 = 18446744073709551615UL;
static uint32_t *g_1613 = &g_343;
static uint8_t **g_1664 = (void*)0;
static volatile int32_t *g_1672 = &g_358;
static uint8_t g_1783 = 254UL;
static uint32_t g_1786[9] = {0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L,0x222035A5L};
static uint16_t g_1789 = 0x038FL;
static int64_t ***g_1838 = &g_1049;
static int64_t ****g_1837 = &g_1838;
static const volatile int32_t g_1896 = 0x63B57BCCL;/* VOLATILE GLOBAL g_1896 */
static uint64_t g_1990 = 18446744073709551609UL;
static int32_t * volatile ** const g_2006 = &g_76;
static int32_t * volatile ** const  volatile *g_2005 = &g_2006;
static volatile uint32_t *g_2017 = &g_286;
static volatile uint32_t * volatile *g_2016 = &g_2017;
static volatile uint32_t * volatile * const  volatile *g_2015 = &g_2016;
static volatile uint32_t * volatile * const  volatile ** volatile g_2014 = &g_2015;/* VOLATILE GLOBAL g_2014 */
static volatile uint32_t * volatile * const  volatile ** volatile * volatile g_2013 = &g_2014;/* VOLATILE GLOBAL g_2013 */
static volatile uint32_t * volatile * const ** volatile g_2019 = (void*)0;/* VOLATILE GLOBAL g_2019 */
static volatile uint32_t * volatile * const ** volatile *g_2018 = &g_2019;
static uint32_t g_2071 = 0x19612CB4L;
static uint32_t * const *g_2074 = (void*)0;
static int32_t g_2103 = (-1L);
static uint64_t ***g_2117 = &g_508[4];
static uint64_t ***g_2118 = &g_508[2];
static uint64_t ***g_2119 = &g_508[1];
static int16_t g_2407 = 0x5ED8L;
static const uint8_t *g_2421[6] = {&g_1567,&g_1567,&g_1567,&g_1567,&g_1567,&g_1567};
static volatile int16_t g_2446 = (-8L);/* VOLATILE GLOBAL g_2446 */
static int16_t g_2463 = 3L;
static int32_t **g_2474 = &g_1126;
static int32_t ***g_2473 = &g_2474;
static uint32_t **g_2586 = &g_1613;
static uint32_t ***g_2585 = &g_2586;
static uint32_t ****g_2584 = &g_2585;
static uint32_t ****g_2702 = &g_1535;
static uint32_t *****g_2701[2][10][8] = {{{&g_2702,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{(void*)0,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,(void*)0},{&g_2702,&g_2702,&g_2702,(void*)0,&g_2702,(void*)0,&g_2702,&g_2702},{(void*)0,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,(void*)0,(void*)0,(void*)0,(void*)0,&g_2702,(void*)0,&g_2702},{(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{(void*)0,&g_2702,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702,(void*)0}},{{(void*)0,&g_2702,&g_2702,&g_2702,(void*)0,(void*)0,&g_2702,&g_2702},{&g_2702,&g_2702,&g_2702,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702},{(void*)0,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,(void*)0},{&g_2702,&g_2702,&g_2702,(void*)0,&g_2702,&g_2702,(void*)0,(void*)0},{(void*)0,&g_2702,(void*)0,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702},{&g_2702,&g_2702,(void*)0,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,(void*)0,(void*)0,&g_2702,&g_2702,&g_2702,(void*)0,&g_2702},{&g_2702,&g_2702,&g_2702,(void*)0,&g_2702,&g_2702,&g_2702,&g_2702},{&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,&g_2702,(void*)0,(void*)0}}};
static const volatile int32_t * const  volatile g_2753[10][7][2] = {{{&g_1896,&g_54},{&g_1896,(void*)0},{&g_1896,&g_54},{(void*)0,&g_1896},{&g_1896,&g_1896},{&g_1896,&g_1896},{&g_54,(void*)0}},{{&g_1896,&g_54},{&g_1896,&g_54},{&g_54,&g_1896},{&g_54,(void*)0},{&g_1896,&g_1896},{(void*)0,&g_54},{(void*)0,&g_54}},{{&g_1896,&g_1896},{&g_1896,&g_54},{&g_54,&g_1896},{&g_54,&g_1896},{&g_54,&g_54},{&g_1896,&g_1896},{&g_1896,&g_54}},{{(void*)0,&g_54},{(void*)0,&g_1896},{&g_1896,(void*)0},{&g_54,&g_1896},{&g_54,&g_54},{&g_1896,&g_54},{&g_1896,(void*)0}},{{&g_54,&g_1896},{&g_1896,&g_1896},{&g_1896,&g_1896},{(void*)0,&g_54},{&g_1896,(void*)0},{&g_1896,&g_54},{&g_1896,&g_54}},{{&g_1896,&g_54},{&g_54,&g_54},{&g_1896,(void*)0},{&g_54,&g_54},{&g_1896,&g_54},{(void*)0,&g_1896},{&g_1896,(void*)0}},{{&g_54,&g_54},{&g_54,&g_54},{&g_1896,&g_1896},{&g_54,&g_1896},{&g_1896,(void*)0},{&g_1896,&g_1896},{(void*)0,(void*)0}},{{(void*)0,&g_1896},{&g_1896,(void*)0},{&g_1896,&g_1896},{&g_54,&g_1896},{&g_1896,&g_54},{&g_54,&g_54},{&g_54,(void*)0}},{{&g_1896,&g_1896},{(void*)0,&g_54},{&g_1896,&g_54},{&g_54,(void*)0},{&g_1896,&g_54},{&g_54,&g_54},{&g_1896,&g_54}},{{&g_1896,&g_54},{&g_1896,(void*)0},{&g_1896,&g_54},{(void*)0,&g_1896},{&g_1896,&g_1896},{&g_1896,&g_1896},{&g_54,(void*)0}}};
static int32_t *g_2773 = (void*)0;
static int16_t g_2778 = 0xBC18L;
static volatile uint32_t g_2785[5][8][1] = {{{4294967289UL},{1UL},{4294967287UL},{0UL},{0x4AD78389L},{1UL},{1UL},{1UL}},{{0x4AD78389L},{0UL},{4294967287UL},{1UL},{4294967289UL},{0x6E168407L},{4294967289UL},{1UL}},{{4294967287UL},{0UL},{0x4AD78389L},{1UL},{1UL},{1UL},{0x4AD78389L},{0UL}},{{4294967287UL},{1UL},{4294967289UL},{4294967294UL},{0x4AD78389L},{0x6E168407L},{4294967295UL},{0x177484D8L}},{{1UL},{1UL},{0x63BC1A4CL},{1UL},{1UL},{0x177484D8L},{4294967295UL},{0x6E168407L}}};
static uint32_t g_2860 = 0xAF612A1FL;
static const uint32_t *g_2919[5] = {&g_2071,&g_2071,&g_2071,&g_2071,&g_2071};
static const uint32_t **g_2918[8][10][1] = {{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}},{{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0},{(void*)0}}};
static const uint32_t ***g_2917 = &g_2918[6][4][0];
static volatile int32_t ** volatile g_2990 = &g_53[1][5][1];/* VOLATILE GLOBAL g_2990 */
static uint16_t g_3002 = 0x0F6BL;
static volatile int32_t ** volatile g_3103 = (void*)0;/* VOLATILE GLOBAL g_3103 */
static volatile int32_t ** volatile g_3104 = (void*)0;/* VOLATILE GLOBAL g_3104 */
static uint32_t *g_3252 = &g_343;
static volatile int32_t ** volatile g_3341 = &g_53[4][2][0];/* VOLATILE GLOBAL g_3341 */
static volatile int8_t *g_3365 = (void*)0;
static volatile int8_t ** volatile g_3364 = &g_3365;/* VOLATILE GLOBAL g_3364 */
static int8_t *g_3447 = &g_105;
static int8_t *g_3450 = &g_109;
static int16_t **g_3488 = (void*)0;
static int16_t ***g_3487 = &g_3488;
static uint64_t g_3494 = 0x16FA0E71CCFCEB54LL;
static int16_t **g_3533 = &g_304;
static int32_t ** const *g_3609 = (void*)0;
static int32_t ** const **g_3608 = &g_3609;
static int32_t * volatile g_3664 = &g_148;/* VOLATILE GLOBAL g_3664 */
static uint64_t * const g_3673 = &g_3494;
static uint64_t * const *g_3672[1] = {&g_3673};
static uint64_t * const **g_3671 = &g_3672[0];
static uint64_t g_3681 = 0xC33DD41A0F37869ELL;
static uint64_t g_3742[8][3][3] = {{{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL}},{{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL}},{{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL}},{{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL}},{{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL}},{{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL}},{{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL}},{{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL},{0x3ED22EB5F96942CDLL,0x3ED22EB5F96942CDLL,0xBCAD461CC966DAFELL},{0xD756B5B1307E94CCLL,0xD756B5B1307E94CCLL,1UL}}};
static volatile uint16_t g_3766 = 0UL;/* VOLATILE GLOBAL g_3766 */
static volatile uint32_t g_3782 = 0x102510AEL;/* VOLATILE GLOBAL g_3782 */
static volatile uint64_t g_3816 = 1UL;/* VOLATILE GLOBAL g_3816 */
static const int32_t g_3830 = 0x50A54E9BL;
static volatile int8_t g_3903 = (-1L);/* VOLATILE GLOBAL g_3903 */
static volatile int32_t ** const  volatile g_3954 = (void*)0;/* VOLATILE GLOBAL g_3954 */
static volatile int32_t ** volatile g_3955[8][2] = {{&g_53[1][5][1],&g_53[8][6][1]},{&g_53[1][5][1],&g_53[5][4][1]},{&g_53[8][6][1],&g_53[5][4][1]},{&g_53[1][5][1],&g_53[8][6][1]},{&g_53[1][5][1],&g_53[1][5][1]},{&g_53[1][5][1],&g_53[8][6][1]},{&g_53[1][5][1],&g_53[5][4][1]},{&g_53[8][6][1],&g_53[5][4][1]}};
static uint64_t *****g_3966 = &g_753;
static uint32_t g_4059 = 1UL;
static const volatile uint32_t * volatile ** const g_4087[6][5] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
static const volatile uint16_t g_4207 = 65529UL;/* VOLATILE GLOBAL g_4207 */
static uint32_t *****g_4252[2][10][5] = {{{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,(void*)0},{&g_2584,&g_2584,&g_2584,(void*)0,&g_2584},{(void*)0,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,(void*)0,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,(void*)0,&g_2584,&g_2584,&g_2584}},{{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,(void*)0,&g_2584,(void*)0},{&g_2584,&g_2584,(void*)0,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584},{&g_2584,&g_2584,&g_2584,(void*)0,&g_2584},{&g_2584,&g_2584,&g_2584,&g_2584,&g_2584}}};
static volatile int32_t g_4276[2] = {1L,1L};
static const volatile uint8_t g_4323[5] = {252UL,252UL,252UL,252UL,252UL};
static int32_t ** const  volatile g_4340 = (void*)0;/* VOLATILE GLOBAL g_4340 */
static int32_t ** volatile g_4341[2][10] = {{&g_66[2][3][1],&g_66[2][3][1],&g_66[2][3][0],&g_66[2][3][1],&g_66[2][3][1],&g_66[2][3][0],&g_66[2][3][1],&g_66[2][3][1],&g_66[2][3][0],&g_66[2][3][1]},{&g_66[2][3][1],&g_2773,&g_2773,&g_66[2][3][1],&g_2773,&g_2773,&g_66[2][3][1],&g_2773,&g_2773,&g_66[2][3][1]}};
static uint8_t g_4343 = 0x1BL;
static const uint64_t *g_4356 = (void*)0;
static const uint64_t **g_4355 = &g_4356;
static const uint64_t ***g_4354 = &g_4355;
static int16_t g_4391 = (-2L);
static volatile uint8_t *g_4411 = (void*)0;
static volatile uint8_t ** volatile g_4410[6] = {&g_4411,&g_4411,&g_4411,&g_4411,&g_4411,&g_4411};
static volatile uint8_t ** volatile *g_4409[5][6] = {{&g_4410[5],&g_4410[3],&g_4410[5],&g_4410[5],&g_4410[3],&g_4410[5]},{&g_4410[5],&g_4410[3],&g_4410[5],&g_4410[5],&g_4410[3],&g_4410[5]},{&g_4410[5],&g_4410[3],&g_4410[5],&g_4410[5],&g_4410[3],&g_4410[5]},{&g_4410[5],&g_4410[3],&g_4410[5],&g_4410[5],&g_4410[3],&g_4410[5]},{&g_4410[5],&g_4410[3],&g_4410[5],&g_4410[5],&g_4410[3],&g_4410[5]}};
static volatile uint8_t ** volatile **g_4408[3] = {&g_4409[0][5],&g_4409[0][5],&g_4409[0][5]};
static volatile uint8_t ** volatile *** volatile g_4407[6] = {&g_4408[1],&g_4408[1],&g_4408[1],&g_4408[1],&g_4408[1],&g_4408[1]};
static uint8_t g_4518 = 0x0BL;
static volatile int8_t g_4527 = 9L;/* VOLATILE GLOBAL g_4527 */


/* --- FORWARD DECLARATIONS --- */
static uint64_t  func_1(void);
static int32_t * func_5(uint16_t  p_6);
static int32_t  func_7(uint64_t  p_8, uint32_t  p_9, int32_t  p_10);
static int32_t * func_13(int32_t  p_14, int32_t * p_15, int16_t  p_16, int32_t * p_17);
static int32_t * func_19(uint64_t  p_20, int32_t * p_21, const uint32_t  p_22, int32_t * p_23);
static uint64_t  func_24(int32_t  p_25, uint8_t  p_26);
static int32_t  func_27(uint64_t  p_28, uint32_t  p_29, int32_t * p_30);
static int32_t * func_31(uint32_t  p_32, int32_t * p_33, int8_t  p_34, const uint16_t  p_35, uint32_t  p_36);
static int32_t ** func_45(uint32_t  p_46);
static uint8_t  func_47(int32_t * p_48);


/* --- FUNCTIONS --- */
/* ------------------------------------------ */
/* 
 * reads : g_2 g_3533 g_304 g_303 g_3830 g_3671 g_3672 g_3673 g_1896 g_2103 g_781 g_49 g_3252 g_343 g_2585 g_2586 g_1613 g_3494 g_4391 g_891 g_493 g_494 g_495 g_4407 g_65 g_66 g_2006 g_76 g_137 g_2702 g_1535 g_1536 g_1491 g_620 g_785 g_52 g_53 g_54 g_3664 g_485 g_2015 g_2016 g_2017 g_286 g_2463 g_3447 g_105 g_3450 g_109 g_2407 g_1351 g_2446 g_64 g_250 g_84 g_358 g_2860 g_2990 g_4518 g_4527 g_442 g_406 g_753 g_754 g_1783 g_2014 g_1006 g_3966 g_2785 g_189
 * writes: g_2 g_3494 g_49 g_2463 g_2584 g_66 g_137 g_4391 g_56 g_343 g_1789 g_148 g_109 g_105 g_84 g_303 g_54 g_442 g_406 g_4252 g_1783 g_2407 g_189 g_2701
 */
static uint64_t  func_1(void)
{ /* block id: 0 */
    uint8_t l_3578 = 0x8EL;
    int32_t **l_3581 = (void*)0;
    int64_t ****l_3595 = &g_1838;
    int32_t l_3666 = 0x1E715E7AL;
    int32_t l_3694[6];
    int32_t l_3759 = (-1L);
    int32_t l_3762[3][7] = {{0xF3A581A6L,0xF3A581A6L,8L,1L,8L,0xF3A581A6L,0xF3A581A6L},{0x1D078245L,7L,(-8L),7L,0x1D078245L,0x1D078245L,7L},{(-4L),(-7L),(-4L),8L,8L,(-4L),(-7L)}};
    uint8_t l_3793 = 0UL;
    uint32_t l_3799[3][1][7] = {{{0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L}},{{0xF648E746L,0xF648E746L,0xF648E746L,0xF648E746L,0xF648E746L,0xF648E746L,0xF648E746L}},{{0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L,0x2A010FE5L}}};
    int32_t ****l_3825 = &g_2473;
    int32_t *****l_3824 = &l_3825;
    int32_t l_3826[5];
    const int32_t *l_3829 = &g_3830;
    const uint32_t l_3874 = 4UL;
    uint32_t ***l_3931[8][2] = {{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536},{&g_1536,&g_1536}};
    const int64_t l_3952[1] = {(-1L)};
    uint64_t *****l_3965 = &g_753;
    int32_t l_4121 = 0L;
    int8_t **l_4171[3];
    int64_t l_4193 = 0x03DCA7FF31115F33LL;
    uint32_t **l_4274 = &g_3252;
    int64_t l_4278 = 0x942863C810D957C7LL;
    volatile int32_t *l_4279[9];
    int32_t *l_4332[6][6][7] = {{{&l_3762[2][2],&l_3826[4],&g_49[1][0][1],(void*)0,&g_49[0][1][3],&g_49[2][3][3],(void*)0},{(void*)0,&g_148,(void*)0,&l_3826[0],&g_49[3][3][4],&l_3666,&l_3666},{&l_3762[2][2],(void*)0,(void*)0,(void*)0,&l_3762[2][2],(void*)0,(void*)0},{&g_49[3][3][4],&l_3826[0],(void*)0,&g_148,(void*)0,&l_3666,&g_1040},{&g_49[0][1][3],(void*)0,&g_49[1][0][1],&l_3826[4],&l_3762[2][2],&g_49[2][3][3],&g_49[2][3][3]},{&g_49[3][3][4],&g_148,&l_3826[4],&g_148,&g_49[3][3][4],&g_2,&g_1040}},{{&l_3762[2][2],&l_3826[4],&g_49[1][0][1],(void*)0,&g_49[0][1][3],&g_49[2][3][3],(void*)0},{(void*)0,&g_148,(void*)0,&l_3826[0],&g_49[3][3][4],&l_3666,&l_3666},{&l_3762[2][2],(void*)0,(void*)0,(void*)0,&l_3762[2][2],(void*)0,(void*)0},{&g_49[3][3][4],&l_3826[0],(void*)0,&g_148,(void*)0,&l_3666,&g_1040},{&g_49[0][1][3],(void*)0,&g_49[1][0][1],&l_3826[4],&l_3762[2][2],&g_49[2][3][3],&g_49[2][3][3]},{&g_49[3][3][4],&g_148,&l_3826[4],&g_148,&g_49[3][3][4],&g_2,&g_1040}},{{&l_3762[2][2],&l_3826[4],&g_49[1][0][1],(void*)0,&g_49[0][1][3],&g_49[2][3][3],(void*)0},{(void*)0,&g_148,(void*)0,&l_3826[0],&g_49[3][3][4],&l_3666,&l_3666},{&l_3762[2][2],(void*)0,(void*)0,(void*)0,&l_3762[2][2],(void*)0,(void*)0},{&g_49[3][3][4],&l_3826[0],(void*)0,&g_148,(void*)0,&l_3666,&g_1040},{&g_49[0][1][3],(void*)0,&g_49[1][0][1],&l_3826[4],&l_3762[2][2],&g_49[2][3][3],&g_49[2][3][3]},{&g_49[3][3][4],&g_148,&l_3826[4],&g_148,&g_49[3][3][4],&g_49[4][1][4],(void*)0}},{{&g_49[2][3][3],&g_84,&l_3759,&g_2,(void*)0,(void*)0,&g_49[1][0][1]},{&g_2,&l_4121,&g_49[3][3][4],&g_49[2][0][3],&l_3666,&l_3826[4],&l_3826[4]},{&g_49[2][3][3],&g_2,&l_3762[1][1],&g_2,&g_49[2][3][3],&l_3826[1],&g_49[1][0][1]},{&l_3666,&g_49[2][0][3],&g_49[3][3][4],&l_4121,&g_2,&l_3826[4],(void*)0},{(void*)0,&g_2,&l_3759,&g_84,&g_49[2][3][3],(void*)0,(void*)0},{&l_3666,&l_4121,&l_3826[4],&l_4121,&l_3666,&g_49[4][1][4],(void*)0}},{{&g_49[2][3][3],&g_84,&l_3759,&g_2,(void*)0,(void*)0,&g_49[1][0][1]},{&g_2,&l_4121,&g_49[3][3][4],&g_49[2][0][3],&l_3666,&l_3826[4],&l_3826[4]},{&g_49[2][3][3],&g_2,&l_3762[1][1],&g_2,&g_49[2][3][3],&l_3826[1],&g_49[1][0][1]},{&l_3666,&g_49[2][0][3],&g_49[3][3][4],&l_4121,&g_2,&l_3826[4],(void*)0},{(void*)0,&g_2,&l_3759,&g_84,&g_49[2][3][3],(void*)0,(void*)0},{&l_3666,&l_4121,&l_3826[4],&l_4121,&l_3666,&g_49[4][1][4],(void*)0}},{{&g_49[2][3][3],&g_84,&l_3759,&g_2,(void*)0,(void*)0,&g_49[1][0][1]},{&g_2,&l_4121,&g_49[3][3][4],&g_49[2][0][3],&l_3666,&l_3826[4],&l_3826[4]},{&g_49[2][3][3],&g_2,&l_3762[1][1],&g_2,&g_49[2][3][3],&l_3826[1],&g_49[1][0][1]},{&l_3666,&g_49[2][0][3],&g_49[3][3][4],&l_4121,&g_2,&l_3826[4],(void*)0},{(void*)0,&g_2,&l_3759,&g_84,&g_49[2][3][3],(void*)0,(void*)0},{&l_3666,&l_4121,&l_3826[4],&l_4121,&l_3666,&g_49[4][1][4],(void*)0}}};
    int16_t *l_4387 = &g_2463;
    uint8_t l_4388 = 0x56L;
    uint64_t *l_4389[3];
    int8_t l_4390 = 0xCEL;
    const uint32_t l_4404 = 4294967295UL;
    uint32_t l_4406 = 0x9AC2BE04L;
    uint32_t l_4437 = 0UL;
    uint16_t l_4479[5] = {0x0011L,0x0011L,0x0011L,0x0011L,0x0011L};
    uint16_t l_4514 = 0x9FEBL;
    uint8_t ** const *l_4520[10][7] = {{&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,(void*)0},{&g_1664,(void*)0,&g_1664,(void*)0,&g_1664,&g_1664,(void*)0},{&g_1664,&g_1664,&g_1664,&g_1664,(void*)0,&g_1664,&g_1664},{&g_1664,&g_1664,(void*)0,(void*)0,(void*)0,&g_1664,&g_1664},{&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664},{&g_1664,(void*)0,(void*)0,&g_1664,&g_1664,&g_1664,&g_1664},{&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664},{(void*)0,(void*)0,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664},{&g_1664,(void*)0,&g_1664,&g_1664,&g_1664,&g_1664,&g_1664},{&g_1664,(void*)0,(void*)0,(void*)0,&g_1664,&g_1664,&g_1664}};
    int64_t l_4556 = (-10L);
    uint64_t l_4594 = 18446744073709551615UL;
    uint32_t **l_4605 = (void*)0;
    uint32_t *** const l_4604 = &l_4605;
    uint32_t *** const *l_4603 = &l_4604;
    uint32_t *** const **l_4602 = &l_4603;
    int64_t l_4612 = 4L;
    int16_t l_4629 = 1L;
    uint64_t l_4649 = 0UL;
    int i, j, k;
    for (i = 0; i < 6; i++)
        l_3694[i] = 0L;
    for (i = 0; i < 5; i++)
        l_3826[i] = 1L;
    for (i = 0; i < 3; i++)
        l_4171[i] = &g_3447;
    for (i = 0; i < 9; i++)
        l_4279[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_4389[i] = &g_891;
    for (g_2 = 0; (g_2 < (-9)); --g_2)
    { /* block id: 3 */
        uint64_t l_3587[7];
        int32_t l_3596[5] = {1L,1L,1L,1L,1L};
        int32_t l_3641 = (-1L);
        uint8_t l_3695 = 255UL;
        int16_t l_3763 = (-1L);
        int64_t l_3764[9] = {0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL,0x91DD954C8B0DD1F6LL};
        int32_t l_3771 = 0x77659471L;
        int16_t l_3772 = 0x3104L;
        uint16_t l_3796[4];
        int32_t * const ****l_3823 = (void*)0;
        const int32_t *l_3831 = &l_3762[1][1];
        int64_t l_3881 = (-3L);
        uint32_t l_3932[3][6] = {{18446744073709551615UL,1UL,18446744073709551615UL,1UL,18446744073709551615UL,1UL},{18446744073709551615UL,1UL,18446744073709551615UL,1UL,18446744073709551615UL,1UL},{18446744073709551615UL,1UL,18446744073709551615UL,1UL,18446744073709551615UL,1UL}};
        int32_t ***l_3942 = &l_3581;
        uint8_t l_3951 = 0UL;
        int64_t l_3961 = (-1L);
        uint64_t l_3962 = 0xA3860A6442E01441LL;
        int32_t l_3998 = 0x838A7185L;
        const int32_t l_4056 = 0xF6FD62ADL;
        uint32_t ***l_4086 = &g_1536;
        int16_t *l_4094[7] = {&g_56,&g_56,&g_56,&g_56,&g_56,&g_56,&g_56};
        uint32_t l_4105 = 0x7E8D749EL;
        int16_t l_4106 = 0xE816L;
        int64_t *l_4134 = &g_579;
        int64_t **l_4133 = &l_4134;
        uint8_t ** const *l_4192 = &g_1664;
        uint32_t l_4275 = 18446744073709551615UL;
        uint16_t l_4360[8][5][3] = {{{65532UL,0x7967L,1UL},{65532UL,0xFEFAL,0xAA39L},{5UL,5UL,0x4542L},{65532UL,0xE8E9L,0x3068L},{65532UL,0x4542L,1UL}},{{0x9977L,0x7E15L,0UL},{65529UL,65532UL,1UL},{7UL,0x0382L,0x3068L},{1UL,0x84F8L,0x4542L},{0xAA39L,0xABFAL,0xAA39L}},{{0x4542L,0x84F8L,1UL},{0x3068L,0x0382L,7UL},{1UL,65532UL,65529UL},{0UL,0x7E15L,0x9977L},{1UL,0x4542L,65532UL}},{{0x3068L,0xE8E9L,65532UL},{0x4542L,5UL,5UL},{0xAA39L,0xFEFAL,65532UL},{1UL,0x7967L,65532UL},{7UL,1UL,0x9977L}},{{65529UL,65530UL,65529UL},{0x9977L,1UL,7UL},{65532UL,0x7967L,1UL},{65532UL,0xFEFAL,0xAA39L},{5UL,5UL,0x4542L}},{{65532UL,0xE8E9L,0x3068L},{65532UL,0x4542L,1UL},{0x9977L,0x7E15L,0UL},{65529UL,65532UL,1UL},{7UL,0x0382L,0x3068L}},{{1UL,0x84F8L,0x4542L},{0xAA39L,0xABFAL,0xAA39L},{0x4542L,0x84F8L,1UL},{0x3068L,0x0382L,7UL},{1UL,65532UL,65529UL}},{{0UL,0x7E15L,0x9977L},{1UL,0x4542L,65532UL},{0x3068L,0xE8E9L,65532UL},{0x4542L,5UL,5UL},{0xAA39L,0xFEFAL,65532UL}}};
        uint64_t l_4372 = 0x641B022312402255LL;
        int i, j, k;
        for (i = 0; i < 7; i++)
            l_3587[i] = 0xFF72066A8EE8944FLL;
        for (i = 0; i < 4; i++)
            l_3796[i] = 0xB039L;
    }
    if ((safe_mul_func_uint16_t_u_u(1UL, ((l_4390 = ((((safe_add_func_int16_t_s_s((**g_3533), (safe_div_func_int32_t_s_s((safe_div_func_int32_t_s_s((safe_div_func_int8_t_s_s(((((safe_mod_func_int8_t_s_s((((*g_781) &= ((253UL > ((1L < ((***g_3671) = (*l_3829))) <= g_1896)) < g_2103)) || (safe_mod_func_int16_t_s_s(((*l_4387) = ((*l_3829) , ((((*g_3252) <= 9UL) , (*l_3829)) && (***g_2585)))), 0x3B5AL))), 1UL)) < (*l_3829)) | l_4388) <= (**g_3533)), (*l_3829))), (*l_3829))), (***g_2585))))) ^ (*l_3829)) & 0x5DL) || (*g_3673))) >= g_4391))))
    { /* block id: 1856 */
        uint64_t l_4394 = 0x9420149EDFFE6EDFLL;
        uint16_t *l_4397 = (void*)0;
        uint32_t ****l_4398[8][10] = {{(void*)0,(void*)0,&g_2585,&g_2585,&g_2585,(void*)0,(void*)0,&g_2585,&g_2585,&g_2585},{(void*)0,(void*)0,&g_2585,&g_2585,&g_2585,(void*)0,(void*)0,&g_2585,&g_2585,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585},{&g_2585,&g_2585,&g_2585,(void*)0,&g_2585,&g_2585,&g_2585,&g_2585,(void*)0,&g_2585}};
        uint32_t *****l_4399 = &g_2584;
        uint32_t *****l_4400 = (void*)0;
        uint32_t *****l_4401 = &l_4398[7][4];
        int32_t *l_4405[4];
        uint64_t *****l_4494 = &g_753;
        int8_t l_4536 = (-10L);
        uint8_t *l_4537 = (void*)0;
        uint32_t l_4539 = 0x62F85C31L;
        int64_t l_4574 = 0x0239DE058419561DLL;
        uint32_t l_4575 = 0x48E990CBL;
        int32_t l_4579 = (-10L);
        uint32_t l_4611 = 0xE4A3E96CL;
        uint16_t l_4651[8][8][4] = {{{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L},{0xC4B0L,5UL,65535UL,5UL},{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L}},{{0xC4B0L,5UL,65535UL,5UL},{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L},{0xC4B0L,5UL,65535UL,5UL},{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL}},{{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L},{0xC4B0L,5UL,65535UL,5UL},{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L},{0xC4B0L,5UL,65535UL,5UL}},{{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL},{0xDE84L,5UL,5UL,0xDE84L},{0xC4B0L,5UL,65535UL,5UL},{5UL,65535UL,65535UL,65535UL},{0xC4B0L,0xC4B0L,5UL,65535UL},{0xDE84L,65535UL,0xDE84L,5UL}},{{0xDE84L,5UL,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL},{5UL,5UL,0xDE84L,65535UL},{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL}},{{5UL,5UL,0xDE84L,65535UL},{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL},{5UL,5UL,0xDE84L,65535UL},{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL}},{{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL},{5UL,5UL,0xDE84L,65535UL},{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL},{5UL,5UL,0xDE84L,65535UL}},{{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L},{0xDE84L,0xC4B0L,65535UL,65535UL},{5UL,5UL,0xDE84L,65535UL},{65535UL,0xC4B0L,65535UL,0xDE84L},{65535UL,0xDE84L,0xDE84L,65535UL},{5UL,0xDE84L,65535UL,0xDE84L}}};
        int32_t l_4662[2];
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_4405[i] = &l_3666;
        for (i = 0; i < 2; i++)
            l_4662[i] = 0x39481336L;
        if ((safe_div_func_uint32_t_u_u((((*l_3829) <= (l_4394 == (safe_mul_func_uint8_t_u_u(((l_4397 == l_4387) < l_4394), (((*l_4401) = ((*l_4399) = l_4398[5][1])) == (void*)0))))) > (safe_mul_func_uint16_t_u_u((l_4404 , (((void*)0 != l_4405[3]) ^ l_4406)), g_891))), (**g_493))))
        { /* block id: 1859 */
            volatile uint8_t ** volatile *** volatile l_4412 = (void*)0;/* VOLATILE GLOBAL l_4412 */
            int32_t l_4413 = 0x016F2551L;
            int32_t l_4439 = 0x252623D0L;
            int64_t l_4464 = 0x3080C64B01C82AA6LL;
            int32_t l_4465 = (-6L);
            uint64_t l_4478 = 0x9C19102758DB9AF2LL;
            int32_t *l_4499 = &g_49[3][3][4];
            uint32_t l_4538[4] = {0xFC23E28EL,0xFC23E28EL,0xFC23E28EL,0xFC23E28EL};
            int32_t l_4569 = 0x9546E239L;
            uint8_t l_4578[1][7][4] = {{{0UL,246UL,0UL,0UL},{246UL,246UL,253UL,246UL},{246UL,0UL,0UL,246UL},{0UL,246UL,0UL,0UL},{246UL,246UL,253UL,246UL},{246UL,0UL,0UL,246UL},{0UL,246UL,0UL,0UL}}};
            uint32_t *l_4588 = (void*)0;
            int32_t l_4589[1];
            uint32_t ***l_4596 = &g_2586;
            int i, j, k;
            for (i = 0; i < 1; i++)
                l_4589[i] = 0xABEB6F22L;
            l_4412 = g_4407[5];
            (**g_2006) = func_5(l_4413);
            for (g_137 = 0; (g_137 <= (-13)); g_137--)
            { /* block id: 1864 */
                const int32_t l_4429 = 0xAF396E7CL;
                int32_t l_4435[1];
                const int32_t *l_4510[1][1][9];
                int i, j, k;
                for (i = 0; i < 1; i++)
                    l_4435[i] = 0xD365824EL;
                for (i = 0; i < 1; i++)
                {
                    for (j = 0; j < 1; j++)
                    {
                        for (k = 0; k < 9; k++)
                            l_4510[i][j][k] = (void*)0;
                    }
                }
                (*g_76) = &l_4413;
                for (g_4391 = 0; (g_4391 != 13); g_4391++)
                { /* block id: 1868 */
                    int64_t *l_4432 = &l_4278;
                    int64_t *l_4433 = (void*)0;
                    int64_t *l_4434 = &l_4193;
                    int32_t l_4436 = 0x4C63FC51L;
                    uint16_t *l_4438 = &g_1789;
                    int64_t l_4440 = 0xB485FB8FB8AB0369LL;
                    uint64_t * const ***l_4453 = &g_3671;
                    uint64_t * const ****l_4452 = &l_4453;
                    uint32_t l_4454 = 0UL;
                    uint32_t l_4477 = 4294967295UL;
                    int32_t *l_4495 = (void*)0;
                    uint8_t ***l_4519[9] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
                    int32_t l_4532 = 0xA0428138L;
                    int8_t l_4555[7] = {0xAEL,0xAEL,0xAEL,0xAEL,0xAEL,0xAEL,0xAEL};
                    int i;
                    if ((safe_rshift_func_uint8_t_u_s((g_2 == ((safe_mod_func_uint32_t_u_u(((((****g_2702) , (((**g_493) , l_4413) ^ ((safe_div_func_uint64_t_u_u((safe_add_func_int16_t_s_s((**g_3533), ((*l_4438) = (((*g_781) = (safe_unary_minus_func_uint64_t_u((((((l_4413 != ((l_4435[0] &= ((**l_4274) = (safe_lshift_func_uint16_t_u_s(((***g_2585) , (l_4429 & (--(*g_3673)))), (g_56 = (((*l_4434) &= ((*l_4432) &= (-1L))) , l_4429)))))) == l_4436)) != g_785) & 4294967289UL) || l_4413) , l_4413)))) , l_4437)))), l_4439)) , l_4440))) < l_4436) ^ l_4439), 0xFB70B172L)) , 5UL)), 2)))
                    { /* block id: 1877 */
                        uint64_t *****l_4451 = &g_753;
                        int32_t l_4463 = 5L;
                        (*g_3664) = (**g_52);
                        l_4436 = ((safe_mod_func_int32_t_s_s((safe_rshift_func_uint16_t_u_s(g_485, 5)), 0xD321409AL)) && (safe_rshift_func_int16_t_s_u(((safe_mul_func_int16_t_s_s(((***g_2015) , ((*l_4387) ^= 0xF209L)), (safe_sub_func_int64_t_s_s(((l_4451 != l_4452) || (l_4454 && ((((***g_2585) || ((safe_rshift_func_int16_t_s_u((((safe_div_func_uint8_t_u_u(((safe_sub_func_int8_t_s_s(((*g_3450) = (((((safe_div_func_uint8_t_u_u(((((*g_304) , 0xCACC8E27A5988CC2LL) , 0L) , l_4440), (*g_3447))) , (*g_3450)) == 0x0CL) & g_2407) & l_4463)), l_4436)) < (**g_3533)), l_4413)) | 0x9D54045550421CDDLL) > l_4464), g_1351)) & l_4465)) | l_4454) , l_4435[0]))), l_4463)))) != (**g_2586)), l_4413)));
                        (*g_781) |= (0UL && 0x0DCD4049CAE6DAE2LL);
                        return l_4435[0];
                    }
                    else
                    { /* block id: 1884 */
                        if ((**g_52))
                            break;
                    }
                    if (((l_4478 |= (+(safe_mul_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u(g_2446, 1UL)) || ((safe_mul_func_int8_t_s_s(((*g_3450) = (~(l_4429 || (safe_mod_func_int16_t_s_s((-1L), (+l_4465)))))), ((*g_3447) |= (-8L)))) >= (l_4465 && (l_4477 || l_4440)))), 0L)))) | l_4440))
                    { /* block id: 1890 */
                        (**g_64) = &l_4436;
                        if (l_4479[3])
                            continue;
                        if (l_4440)
                            break;
                    }
                    else
                    { /* block id: 1894 */
                        uint16_t *l_4480[8] = {&g_1789,&g_1789,&g_1789,&g_1789,&g_1789,&g_1789,&g_1789,&g_1789};
                        int32_t l_4489[1][5] = {{0xCA2C0213L,0xCA2C0213L,0xCA2C0213L,0xCA2C0213L,0xCA2C0213L}};
                        int16_t *l_4496 = &g_2407;
                        int32_t l_4497 = 0x495D608EL;
                        const uint32_t l_4498 = 0x053B90D2L;
                        int32_t *l_4511 = &g_2103;
                        int i, j;
                        l_4499 = l_4405[3];
                        (*g_250) |= 7L;
                        (**g_2990) = (safe_sub_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u((((safe_div_func_uint32_t_u_u((safe_mod_func_int64_t_s_s((l_4510[0][0][1] == l_4511), (++(****l_4453)))), ((l_4454 <= ((l_4514 >= l_4489[0][2]) == (l_4436 = ((*g_304) = l_4454)))) , l_4489[0][0]))) , (l_4497 , ((-10L) || g_358))) != 9L), g_2860)), l_4497)), l_4489[0][0]));
                    }
                    for (l_4454 = (-30); (l_4454 != 45); ++l_4454)
                    { /* block id: 1910 */
                        uint16_t l_4517 = 0x8006L;
                        (*g_250) ^= ((l_4517 , ((**g_3533) = g_4518)) | ((*g_3447) & ((l_4519[0] == l_4520[0][6]) || ((l_4435[0] < (safe_div_func_int64_t_s_s((safe_sub_func_uint64_t_u_u(0xD443CF4879BB8A7CLL, (((((safe_div_func_int32_t_s_s(l_4435[0], l_4454)) , l_4435[0]) , l_4517) != g_4527) > (*l_4499)))), (*l_4499)))) > l_4517))));
                        (*g_250) ^= (safe_add_func_uint64_t_u_u(((((l_4532 < (l_4435[0] &= (safe_sub_func_uint8_t_u_u((*l_4499), (+(4294967295UL == l_4536)))))) & (((void*)0 == l_4537) >= (l_4538[1] , l_4539))) , ((*l_4438) = (safe_mul_func_int16_t_s_s(0x7AFAL, 4L)))) ^ (*l_4499)), l_4440));
                    }
                    l_4555[4] ^= ((*g_781) = (((0L <= ((safe_mod_func_uint64_t_u_u((l_4435[0] = ((safe_lshift_func_int8_t_s_s((safe_mod_func_uint64_t_u_u((safe_mul_func_uint16_t_u_u(((*l_4438) = g_2446), (+l_4435[0]))), 18446744073709551615UL)), 1)) <= (safe_sub_func_int32_t_s_s((*l_4499), ((l_4532 || (g_442++)) & ((void*)0 != &g_3609)))))), (*l_4499))) < (*g_3450))) , l_4429) <= 0xFB66791327A0FA0BLL));
                }
                if (l_4556)
                    break;
                return l_4429;
            }
            for (g_84 = 0; (g_84 == 10); g_84++)
            { /* block id: 1928 */
                const uint64_t l_4561 = 0UL;
                int32_t l_4571 = (-3L);
                uint32_t **l_4595 = &g_3252;
                uint8_t l_4597[8][4][8] = {{{248UL,0x14L,9UL,253UL,6UL,0UL,0x45L,255UL},{0x5BL,0x74L,1UL,0x49L,0xB1L,0x5FL,0x69L,0x45L},{255UL,0UL,0xECL,0x74L,247UL,0xC9L,0x01L,0xFBL},{255UL,0x5BL,252UL,1UL,0UL,0x69L,0x50L,1UL}},{{0x50L,0x03L,1UL,255UL,0x01L,0x8BL,0x8BL,0x01L},{0x45L,255UL,255UL,0x45L,0x03L,0x49L,255UL,0x70L},{0x74L,0x14L,0xE4L,0x5BL,0UL,0x49L,0x09L,1UL},{0xEDL,0x14L,0xB1L,255UL,0xD9L,0x49L,0x36L,1UL}},{{248UL,255UL,0x69L,255UL,0xD9L,0x8BL,9UL,0x74L},{255UL,0x03L,0xEEL,0x11L,0x8BL,0x69L,0xECL,0UL},{0xEEL,0x5BL,0x9AL,0x36L,0x83L,0xC9L,0x74L,0x49L},{0x74L,0UL,1UL,0xECL,0x9AL,0x5FL,253UL,0UL}},{{0x01L,0x74L,255UL,0UL,255UL,0UL,255UL,0x74L},{1UL,252UL,0x45L,6UL,1UL,7UL,0UL,0x8BL},{0x11L,255UL,255UL,0xEDL,1UL,0x5BL,0UL,0x9AL},{0UL,0xEDL,0x45L,7UL,1UL,1UL,255UL,0xE4L}},{{1UL,1UL,255UL,0xE4L,0x36L,255UL,253UL,0x83L},{6UL,0UL,1UL,0xD9L,255UL,249UL,0x74L,0x36L},{1UL,0x49L,0x9AL,248UL,0x88L,0xB1L,0xECL,2UL},{252UL,0x5FL,0xEEL,0x70L,0x69L,255UL,9UL,9UL}},{{0x70L,0x92L,0x69L,0x69L,0x92L,0x70L,0x36L,0xEDL},{0xECL,6UL,0xB1L,0xFEL,255UL,253UL,0x09L,0x49L},{0UL,0x74L,0xE4L,0xFEL,248UL,1UL,255UL,0xEDL},{0x83L,248UL,255UL,0x69L,255UL,0xD9L,0x8BL,9UL}},{{1UL,255UL,255UL,1UL,0xE4L,0x49L,9UL,0x14L},{0x01L,0x69L,1UL,0x49L,247UL,0xE4L,0xD9L,0xEEL},{255UL,255UL,0xE4L,255UL,0x74L,255UL,0x92L,0xFEL},{0x69L,0x83L,0x49L,6UL,0xC9L,0xECL,0xC9L,6UL}},{{247UL,0xFEL,247UL,0x88L,0x70L,255UL,1UL,0x09L},{0x83L,0x92L,0xFBL,1UL,1UL,0xB1L,0x70L,0x01L},{0x83L,0UL,0xD9L,249UL,0x70L,255UL,0xD9L,0xEDL},{247UL,0UL,249UL,0x36L,0xC9L,0xFBL,6UL,0x74L}}};
                int i, j, k;
                for (l_3759 = 0; (l_3759 <= 0); l_3759 += 1)
                { /* block id: 1931 */
                    uint64_t l_4565 = 0x2A58C583052F4061LL;
                    int32_t *l_4566 = &l_3666;
                    int32_t l_4567[3];
                    int i;
                    for (i = 0; i < 3; i++)
                        l_4567[i] = 0xA586A8A5L;
                    (*l_4499) = (*l_4499);
                    for (g_406 = 0; (g_406 >= 0); g_406 -= 1)
                    { /* block id: 1935 */
                        uint16_t l_4560 = 0x3C0CL;
                        uint16_t *l_4562[6] = {&l_4479[3],&l_4479[3],&l_4479[3],&l_4479[3],&l_4479[3],&l_4479[3]};
                        uint16_t *l_4563 = (void*)0;
                        uint16_t *l_4564 = &g_1006;
                        int32_t l_4568 = 0L;
                        int32_t l_4570 = 0x96BDB23AL;
                        int32_t l_4572 = 0xED56425BL;
                        int32_t l_4573 = 0xBAFBCACCL;
                        int i;
                        l_4566 = &l_4413;
                        l_4575++;
                    }
                    (*l_4566) ^= (-5L);
                    (*l_4499) = ((l_4578[0][2][2] , l_4579) > (safe_mod_func_uint64_t_u_u((((*g_304) >= (&g_1837 == (g_495 , &g_1837))) & (safe_lshift_func_uint8_t_u_s((((250UL == ((safe_mod_func_int32_t_s_s(((((l_4571 , l_4588) == &l_4538[2]) , (void*)0) != (**l_3965)), (*l_4499))) , l_4561)) <= l_4589[0]) ^ 1L), 4))), 0xE323DC4FE4D79847LL)));
                }
                (*l_4499) = (safe_mod_func_uint64_t_u_u(((((((**g_2586) , (*l_3829)) > (*g_3447)) < (-2L)) || ((((l_4561 <= (safe_add_func_uint16_t_u_u((l_4594 , ((l_4595 = (*g_2585)) != (l_4274 = l_4274))), ((*l_4499) & (*l_4499))))) , (*l_4499)) , (void*)0) != l_4596)) & l_4571), l_4597[0][1][1]));
            }
        }
        else
        { /* block id: 1947 */
            uint32_t *** const *l_4601 = &g_2585;
            uint32_t *** const **l_4600 = &l_4601;
            uint32_t *****l_4606 = &g_2584;
            int32_t l_4610 = 1L;
            uint64_t l_4626[10][10] = {{0x2451BAE55C1E3C98LL,0xEEF4D79DD5C44229LL,0x24A25B0AF15DCCE0LL,9UL,0x802F6E727C3F0AD0LL,9UL,0x24A25B0AF15DCCE0LL,0xEEF4D79DD5C44229LL,0x2451BAE55C1E3C98LL,18446744073709551615UL},{1UL,0x802F6E727C3F0AD0LL,0xE087919D20F893C0LL,0x32A64446AC5616C9LL,0x167068786165B3B2LL,18446744073709551610UL,18446744073709551607UL,7UL,0x4EEE1D4F1E7513BDLL,0xED2D776C4493FA2ELL},{0x24A25B0AF15DCCE0LL,0xE48320A03B9E8282LL,18446744073709551610UL,0x32A64446AC5616C9LL,3UL,0xA51F566A28746191LL,9UL,7UL,0x2451BAE55C1E3C98LL,18446744073709551607UL},{0x802F6E727C3F0AD0LL,7UL,18446744073709551607UL,9UL,18446744073709551609UL,18446744073709551608UL,0x421538CD5A551108LL,0xDF3AD5F5797D93D1LL,0xDF3AD5F5797D93D1LL,0x421538CD5A551108LL},{0xED2D776C4493FA2ELL,0xDF3AD5F5797D93D1LL,0x2451BAE55C1E3C98LL,0x2451BAE55C1E3C98LL,0xDF3AD5F5797D93D1LL,0xED2D776C4493FA2ELL,0xC61B7E0B912B3F79LL,7UL,0xEEF4D79DD5C44229LL,0x167068786165B3B2LL},{0x306B87F0C31D8D4ALL,1UL,0x800E8C5E802F9AF2LL,0x421538CD5A551108LL,18446744073709551610UL,0xEEF4D79DD5C44229LL,18446744073709551615UL,0x7949768348EAA776LL,7UL,18446744073709551607UL},{0x306B87F0C31D8D4ALL,0x32A64446AC5616C9LL,18446744073709551609UL,18446744073709551609UL,0x6DC629D475DE7E58LL,0xED2D776C4493FA2ELL,18446744073709551607UL,1UL,18446744073709551610UL,18446744073709551613UL},{0xED2D776C4493FA2ELL,18446744073709551607UL,1UL,18446744073709551610UL,18446744073709551613UL,18446744073709551608UL,7UL,18446744073709551608UL,18446744073709551613UL,18446744073709551610UL},{0x802F6E727C3F0AD0LL,7UL,0x802F6E727C3F0AD0LL,0x4EEE1D4F1E7513BDLL,18446744073709551607UL,0xA51F566A28746191LL,18446744073709551608UL,0x6DC629D475DE7E58LL,18446744073709551607UL,7UL},{0x24A25B0AF15DCCE0LL,18446744073709551609UL,18446744073709551608UL,0x802F6E727C3F0AD0LL,0xA51F566A28746191LL,18446744073709551610UL,0xF80C06088D385EC1LL,0x6DC629D475DE7E58LL,0x167068786165B3B2LL,0xEEF4D79DD5C44229LL}};
            int i, j;
            (*g_781) = (((safe_mod_func_uint16_t_u_u((((l_4602 = l_4600) != (g_4252[0][5][3] = l_4606)) , ((safe_mod_func_int16_t_s_s(((l_4612 ^= (l_4611 |= ((*g_3673) = ((safe_unary_minus_func_uint64_t_u(l_4610)) , 0xB797E4BAF06F2B2ELL)))) && (0xA3L || l_4610)), (~(safe_mul_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((((++g_1783) || (safe_lshift_func_uint8_t_u_s(l_4610, 1))) || 0x9523L), (safe_mul_func_uint8_t_u_u((((*g_2014) == l_3931[3][1]) , 0x99L), (*g_3450))))), l_4610)) == g_1006), 2UL))))) >= l_4626[6][8])), 0x7A87L)) & (*g_3450)) < (*l_3829));
        }
        for (l_4193 = (-29); (l_4193 > (-24)); l_4193 = safe_add_func_int16_t_s_s(l_4193, 2))
        { /* block id: 1958 */
            uint32_t l_4634 = 0x2118681DL;
            uint64_t ****l_4637[4][10] = {{&g_754,(void*)0,(void*)0,&g_754,(void*)0,(void*)0,&g_754,(void*)0,(void*)0,&g_754},{(void*)0,&g_754,(void*)0,(void*)0,&g_754,(void*)0,(void*)0,&g_754,(void*)0,(void*)0},{&g_754,&g_754,&g_2117,(void*)0,(void*)0,&g_754,(void*)0,(void*)0,&g_754,(void*)0},{(void*)0,&g_2117,&g_2117,(void*)0,&g_2117,&g_2117,(void*)0,&g_2117,&g_2117,(void*)0}};
            int16_t *l_4650 = &g_2407;
            uint16_t *l_4652 = &l_4514;
            int32_t l_4653 = 0xB81FF36DL;
            int32_t l_4654 = 0xB106C3EFL;
            int32_t l_4655 = 3L;
            int32_t l_4656 = 0x07DC718EL;
            int32_t l_4657 = (-1L);
            int32_t l_4658 = 1L;
            int32_t l_4659 = 0L;
            int32_t l_4660 = (-1L);
            int32_t l_4661 = 0x3EB240ADL;
            int32_t l_4663 = 0x47E783E2L;
            int32_t l_4664[3][1][1];
            uint16_t l_4665 = 65531UL;
            int i, j, k;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 1; k++)
                        l_4664[i][j][k] = 0x4A857B8DL;
                }
            }
            (*g_781) ^= (l_4629 > ((((*l_3829) & (-1L)) > ((safe_mod_func_uint16_t_u_u(((*l_4652) = (((0xAF70L & ((**g_3533) = l_4634)) & ((safe_lshift_func_int16_t_s_u(((*l_4387) = ((*g_3966) == l_4637[0][8])), 5)) != (!l_4634))) == ((safe_div_func_uint64_t_u_u(((safe_mul_func_int8_t_s_s(((safe_lshift_func_uint8_t_u_s((((safe_mul_func_int16_t_s_s(((*l_4650) &= ((safe_mod_func_uint64_t_u_u(((0UL < l_4649) > 0xCDL), 5UL)) ^ l_4634)), 65535UL)) > 0L) == l_4634), l_4634)) , (*g_3447)), (*l_3829))) , l_4634), l_4651[0][7][3])) & 0x89D6E7DEB9FCCEE2LL))), g_2785[2][6][0])) , 4UL)) != l_4634));
            ++l_4665;
            l_4655 &= (*g_250);
        }
    }
    else
    { /* block id: 1967 */
        for (g_189 = 0; (g_189 == 58); ++g_189)
        { /* block id: 1970 */
            uint32_t l_4670 = 4294967294UL;
            return l_4670;
        }
    }
    for (g_109 = 0; g_109 < 2; g_109 += 1)
    {
        for (l_4278 = 0; l_4278 < 10; l_4278 += 1)
        {
            for (g_3494 = 0; g_3494 < 8; g_3494 += 1)
            {
                g_2701[g_109][l_4278][g_3494] = (void*)0;
            }
        }
    }
    return (*l_3829);
}


/* ------------------------------------------ */
/* 
 * reads : g_65 g_66
 * writes:
 */
static int32_t * func_5(uint16_t  p_6)
{ /* block id: 4 */
    int32_t * const l_18 = &g_2;
    int32_t *l_782 = &g_148;
    int32_t *l_783 = &g_2;
    int32_t **l_1761[1];
    int32_t *l_1762 = (void*)0;
    int32_t *l_1763 = (void*)0;
    int64_t l_1778 = 0x077B46E860AE7835LL;
    int16_t *l_1784 = &g_56;
    int8_t l_1787 = 0L;
    int32_t l_1788[1][9] = {{4L,4L,4L,4L,4L,4L,4L,4L,4L}};
    int64_t ***l_1834 = &g_1049;
    int64_t ****l_1833 = &l_1834;
    const uint32_t *l_1850 = &g_1593;
    const uint32_t **l_1849[1][2][10] = {{{(void*)0,&l_1850,(void*)0,(void*)0,&l_1850,(void*)0,(void*)0,&l_1850,(void*)0,(void*)0},{&l_1850,&l_1850,&l_1850,&l_1850,&l_1850,&l_1850,&l_1850,&l_1850,&l_1850,&l_1850}}};
    const uint32_t ** const *l_1848 = &l_1849[0][0][3];
    const uint32_t ** const **l_1847[10] = {&l_1848,&l_1848,&l_1848,&l_1848,&l_1848,&l_1848,&l_1848,&l_1848,&l_1848,&l_1848};
    int32_t l_1869 = (-4L);
    int64_t l_1947[7][2][2] = {{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}},{{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL},{0xAD86E52D8CB4C23ALL,0xAD86E52D8CB4C23ALL}}};
    uint64_t *l_1976[4] = {&g_891,&g_891,&g_891,&g_891};
    uint64_t **l_1975 = &l_1976[3];
    int16_t l_1980[8] = {(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L),(-3L)};
    int32_t l_1989[9] = {1L,1L,0x3CE431CFL,1L,1L,0x3CE431CFL,1L,1L,0x3CE431CFL};
    int64_t l_2053 = 0x251B9DDB0FC3FF6FLL;
    int64_t *****l_2063 = (void*)0;
    uint32_t * const l_2070 = &g_2071;
    uint32_t * const *l_2069 = &l_2070;
    int32_t * const l_2102 = &g_2103;
    int32_t * const *l_2101 = &l_2102;
    uint64_t ***l_2114[1];
    uint16_t l_2126 = 65528UL;
    int32_t **l_2238 = (void*)0;
    int32_t ***l_2237[2][5][5] = {{{(void*)0,&l_2238,&l_2238,(void*)0,&l_2238},{&l_2238,&l_2238,&l_2238,&l_2238,&l_2238},{&l_2238,&l_2238,&l_2238,&l_2238,&l_2238},{&l_2238,&l_2238,&l_2238,(void*)0,(void*)0},{(void*)0,&l_2238,(void*)0,(void*)0,&l_2238}},{{&l_2238,&l_2238,(void*)0,(void*)0,&l_2238},{&l_2238,&l_2238,&l_2238,(void*)0,&l_2238},{&l_2238,&l_2238,(void*)0,&l_2238,&l_2238},{&l_2238,&l_2238,&l_2238,&l_2238,&l_2238},{&l_2238,(void*)0,&l_2238,(void*)0,&l_2238}}};
    int16_t l_2260 = (-1L);
    int32_t l_2264[6] = {0L,0L,0L,0L,0L,0L};
    const int32_t ****l_2384[2];
    int32_t *l_2431 = &g_49[3][3][4];
    int16_t l_2445 = 0x1ABFL;
    int64_t l_2447 = 0xAC79D7E469D28AE8LL;
    uint32_t l_2500 = 5UL;
    uint8_t l_2510 = 255UL;
    int16_t l_2549[10][2][4] = {{{(-9L),(-1L),0x766FL,(-9L)},{0xA987L,(-1L),(-4L),(-1L)}},{{(-1L),0xCC73L,1L,0xC4A2L},{(-1L),0xA987L,0x766FL,1L}},{{0L,(-1L),0x1A1DL,(-1L)},{0L,0x766FL,0x766FL,0L}},{{(-1L),(-1L),1L,0x766FL},{(-1L),(-1L),(-1L),0xCC73L}},{{0x766FL,0L,0x1A1DL,0xCC73L},{(-4L),(-1L),(-4L),0x1A1DL}},{{1L,(-9L),0L,1L},{0x766FL,0x1A1DL,(-1L),(-9L)}},{{0x1A1DL,(-1L),(-1L),(-1L)},{0x766FL,0x766FL,0L,0xCC73L}},{{1L,0x244FL,(-4L),(-9L)},{(-4L),(-9L),0x1A1DL,(-4L)}},{{0x766FL,(-9L),(-1L),(-9L)},{(-9L),0x244FL,(-1L),0xCC73L}},{{0L,0x766FL,0x1A1DL,(-1L)},{1L,(-1L),0xC4A2L,(-9L)}}};
    uint8_t l_2676[3][10][7] = {{{255UL,0xBBL,0x7DL,250UL,0UL,0x6AL,0x2CL},{247UL,1UL,0x9DL,252UL,0x95L,0x5AL,255UL},{1UL,0UL,0x92L,255UL,253UL,0x02L,247UL},{0x02L,0xB1L,0x92L,0x6AL,1UL,1UL,0x6AL},{0x9DL,0x05L,0x9DL,0x69L,255UL,255UL,0UL},{0xBBL,255UL,0x7DL,0x1AL,0x49L,2UL,1UL},{0UL,1UL,0x05L,0x7DL,0x74L,255UL,0x49L},{250UL,0UL,255UL,2UL,0x05L,1UL,0x7DL},{255UL,247UL,250UL,1UL,0UL,0x02L,0xBBL},{255UL,247UL,0x49L,0x5AL,0x92L,0x5AL,0x49L}},{{0UL,0UL,2UL,255UL,252UL,0x6AL,0xB1L},{0x76L,1UL,0x5AL,0x16L,0UL,250UL,255UL},{0x74L,255UL,0UL,247UL,252UL,0xBBL,0x1AL},{0xF8L,0x05L,255UL,0x02L,0x92L,252UL,2UL},{2UL,0xB1L,0UL,0xF8L,0UL,0x95L,0x16L},{2UL,0UL,247UL,0x05L,0x05L,247UL,0UL},{0xF8L,1UL,252UL,0UL,0x74L,0x69L,2UL},{0x74L,0xBBL,0UL,0UL,0x49L,253UL,255UL},{0x76L,0x92L,0UL,0UL,255UL,255UL,255UL},{0UL,255UL,2UL,0x05L,1UL,0x7DL,0x95L}},{{0x2CL,0xB1L,0x6AL,252UL,255UL,2UL,0UL},{0UL,0UL,0UL,255UL,0UL,0UL,0UL},{250UL,0x5AL,0x49L,0x69L,2UL,252UL,0x92L},{2UL,252UL,0x5AL,0x02L,252UL,0x49L,0x7DL},{0x16L,1UL,0x49L,0UL,0xB1L,255UL,0x95L},{0xBBL,1UL,0UL,0xC6L,0UL,2UL,0x02L},{255UL,0x49L,0x6AL,255UL,0UL,2UL,253UL},{255UL,0x76L,0x7DL,0x7DL,0x76L,255UL,0UL},{0x69L,0x02L,2UL,0x76L,1UL,0x49L,0x2CL},{0x92L,0xBBL,2UL,0UL,0x69L,252UL,0x9DL}}};
    uint32_t l_2781 = 0x451CD65DL;
    uint32_t l_2821 = 18446744073709551612UL;
    uint8_t *l_2914 = &g_1783;
    uint32_t ***l_2915 = &g_2586;
    uint32_t l_2983[7][3] = {{4294967295UL,0x68D8897BL,0x68D8897BL},{0xA68BD34EL,0x68D8897BL,5UL},{1UL,0x68D8897BL,0xC904941EL},{4294967295UL,0x68D8897BL,0x68D8897BL},{0xA68BD34EL,0x68D8897BL,5UL},{1UL,0x68D8897BL,0xC904941EL},{4294967295UL,0x68D8897BL,0x68D8897BL}};
    uint64_t *****l_2988 = &g_753;
    const int32_t l_3003 = 1L;
    int64_t l_3062[4][8] = {{0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL},{0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL},{0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL},{0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL,0x60DB72D229CED976LL}};
    int32_t l_3063 = 0L;
    int64_t ** const *l_3073 = &g_1049;
    int64_t ** const **l_3072 = &l_3073;
    int64_t ** const ***l_3071 = &l_3072;
    uint32_t l_3100[5] = {0x9EF19F6FL,0x9EF19F6FL,0x9EF19F6FL,0x9EF19F6FL,0x9EF19F6FL};
    uint32_t ***l_3161 = &g_1536;
    const int8_t l_3251 = 6L;
    uint32_t *****l_3282 = (void*)0;
    int32_t *l_3318 = (void*)0;
    int32_t ** const l_3317 = &l_3318;
    int32_t ** const *l_3316[6];
    uint16_t l_3385 = 65535UL;
    int8_t l_3388 = 1L;
    uint8_t ***l_3389 = &g_1664;
    int64_t l_3390 = (-1L);
    int8_t l_3539 = (-3L);
    uint64_t l_3562[2][2] = {{0x82411BBA92706602LL,0x82411BBA92706602LL},{0x82411BBA92706602LL,0x82411BBA92706602LL}};
    int32_t *l_3577 = &l_1989[7];
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_1761[i] = &g_250;
    for (i = 0; i < 1; i++)
        l_2114[i] = &g_508[4];
    for (i = 0; i < 2; i++)
        l_2384[i] = &g_226[6][3];
    for (i = 0; i < 6; i++)
        l_3316[i] = &l_3317;
    return (*g_65);
}


/* ------------------------------------------ */
/* 
 * reads : g_65 g_66 g_579 g_1535 g_1536 g_494 g_495 g_52 g_56 g_53 g_54 g_49 g_2 g_64 g_74 g_84 g_105 g_148 g_75 g_76 g_137 g_189 g_781 g_891
 * writes: g_49 g_52 g_54 g_64 g_105 g_137 g_66 g_56 g_225 g_109 g_65 g_76 g_891 g_1535
 */
static int32_t  func_7(uint64_t  p_8, uint32_t  p_9, int32_t  p_10)
{ /* block id: 759 */
    int32_t l_1764 = 0x502B7211L;
    uint16_t *l_1765 = (void*)0;
    int32_t l_1766 = (-4L);
    int32_t l_1767 = 0xD4DE7EAEL;
    int32_t *l_1768 = &g_148;
    uint32_t ***l_1771 = &g_1536;
    l_1768 = func_31(l_1764, (*g_65), g_579, ((*g_1535) != ((((((l_1766 ^= l_1764) != 0x5368L) != ((p_8 <= (-2L)) , l_1767)) , (-1L)) && 3L) , (void*)0)), (*g_494));
    for (g_891 = (-14); (g_891 >= 39); g_891 = safe_add_func_int16_t_s_s(g_891, 2))
    { /* block id: 764 */
        g_1535 = l_1771;
        return (**g_52);
    }
    return p_10;
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_2 g_304 g_303 g_493 g_494 g_495 g_620 g_250 g_781 g_84 g_64 g_65 g_66 g_442 g_485 g_1040
 * writes: g_303 g_84 g_49 g_442 g_485
 */
static int32_t * func_13(int32_t  p_14, int32_t * p_15, int16_t  p_16, int32_t * p_17)
{ /* block id: 728 */
    int16_t l_1718[10] = {(-9L),(-9L),0x39F4L,(-9L),(-9L),0x39F4L,(-9L),(-9L),0x39F4L,(-9L)};
    int64_t *l_1720 = &g_137;
    int64_t ** const l_1719 = &l_1720;
    const int64_t *l_1722 = &g_1203;
    const int64_t **l_1721 = &l_1722;
    int32_t l_1724 = 4L;
    int32_t **l_1726[5] = {&g_1126,&g_1126,&g_1126,&g_1126,&g_1126};
    int32_t ** const *l_1725 = &l_1726[3];
    int i;
lbl_1756:
    l_1718[2] &= (!(*p_15));
    if ((*p_17))
    { /* block id: 730 */
        const int64_t ***l_1723 = &l_1721;
        int32_t l_1735 = 1L;
        int32_t l_1747 = (-1L);
        l_1724 ^= ((l_1719 != ((*l_1723) = l_1721)) , (*p_15));
        (*g_250) = (((&g_1125[0] != l_1725) ^ (safe_sub_func_uint64_t_u_u(((((safe_rshift_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u((((safe_mul_func_uint8_t_u_u((l_1735 && (safe_div_func_int64_t_s_s((l_1747 ^= (((safe_sub_func_int64_t_s_s(((((safe_unary_minus_func_uint64_t_u(l_1724)) == (((*g_304) |= l_1735) != (p_14 & ((((safe_lshift_func_int8_t_s_s((safe_add_func_uint8_t_u_u(p_14, (safe_sub_func_uint32_t_u_u((**g_493), ((&g_753 == &g_753) , (*p_15)))))), l_1735)) != p_16) , (*g_493)) != &g_1503)))) , 0x7DL) != p_16), p_16)) != l_1718[9]) <= 0x2EL)), 0xFBC449F3AF64B828LL))), l_1724)) & 0x4C71B626L) && 0x0AC1F7B82C8A1209LL), g_2)) != l_1735), 6)) <= p_16) | 5L) , l_1735), p_16))) || g_620);
    }
    else
    { /* block id: 736 */
        uint8_t l_1748 = 9UL;
        if (((*g_781) |= l_1748))
        { /* block id: 738 */
            uint8_t l_1753 = 247UL;
            for (g_442 = 0; (g_442 <= 4); g_442 += 1)
            { /* block id: 741 */
                uint8_t l_1749 = 0x91L;
                int32_t l_1751 = 9L;
                if (l_1749)
                    break;
                for (g_485 = 0; (g_485 <= 4); g_485 += 1)
                { /* block id: 745 */
                    int32_t *l_1750 = &l_1724;
                    int32_t *l_1752[3][2][8] = {{{&g_49[3][3][3],&g_49[3][3][3],&g_1040,(void*)0,(void*)0,&g_49[3][3][4],&g_49[3][3][3],(void*)0},{(void*)0,(void*)0,&l_1751,(void*)0,&g_49[3][3][4],(void*)0,&l_1751,(void*)0}},{{(void*)0,&g_1040,&l_1724,(void*)0,&g_1040,&l_1751,&g_49[3][3][4],&l_1724},{&l_1724,&g_49[3][3][4],&g_2,(void*)0,(void*)0,&g_2,&g_49[3][3][4],&l_1724}},{{&g_49[3][3][4],(void*)0,&l_1724,&l_1751,&g_49[3][3][3],&g_49[3][3][4],&l_1751,(void*)0},{&g_49[3][3][3],&g_49[3][3][4],&l_1751,(void*)0,&g_2,&g_1040,&l_1751,&g_2}}};
                    int i, j, k;
                    (*g_250) |= ((void*)0 == &p_15);
                    l_1753++;
                    if (p_14)
                        goto lbl_1756;
                }
            }
        }
        else
        { /* block id: 751 */
            return (**g_64);
        }
        p_17 = ((safe_lshift_func_int16_t_s_s((*g_304), (safe_div_func_uint32_t_u_u(p_14, (*p_15))))) , &p_14);
    }
    if (p_16)
        goto lbl_1756;
    return (*g_65);
}


/* ------------------------------------------ */
/* 
 * reads : g_1006 g_494 g_495 g_1613 g_343 g_49 g_1593 g_52 g_56 g_53 g_54 g_2 g_64 g_74 g_84 g_65 g_105 g_148 g_75 g_76 g_66 g_137 g_189 g_781 g_1537
 * writes: g_1006 g_49 g_52 g_54 g_64 g_105 g_137 g_66 g_56 g_225 g_109 g_65 g_76 g_1537
 */
static int32_t * func_19(uint64_t  p_20, int32_t * p_21, const uint32_t  p_22, int32_t * p_23)
{ /* block id: 713 */
    uint32_t l_1701 = 1UL;
    int32_t *l_1710 = &g_49[3][0][2];
    for (g_1006 = (-16); (g_1006 != 0); g_1006 = safe_add_func_uint8_t_u_u(g_1006, 4))
    { /* block id: 716 */
        int32_t l_1704 = 0L;
        const int32_t * const l_1711[6] = {&g_84,&g_84,&g_84,&g_84,&g_84,&g_84};
        int32_t **l_1712 = (void*)0;
        int32_t **l_1713 = (void*)0;
        int32_t **l_1714 = &g_66[6][7][1];
        int i;
        ++l_1701;
        p_21 = func_31(l_1704, ((*l_1714) = func_31((*g_494), p_23, p_22, ((l_1701 <= (safe_lshift_func_uint16_t_u_u((((((*g_1613) , (l_1704 || (!(safe_add_func_uint64_t_u_u((p_22 & ((l_1710 == l_1711[5]) , 0x8FL)), (*l_1710)))))) <= p_20) == p_20) , p_20), g_1593))) , 0x5607L), (*l_1710))), p_20, p_20, p_20);
        if ((*l_1710))
            break;
    }
    for (g_1537 = (-30); (g_1537 >= (-5)); ++g_1537)
    { /* block id: 724 */
        return l_1710;
    }
    return l_1710;
}


/* ------------------------------------------ */
/* 
 * reads : g_250 g_84 g_785 g_148
 * writes: g_84 g_785
 */
static uint64_t  func_24(int32_t  p_25, uint8_t  p_26)
{ /* block id: 355 */
    uint32_t l_857 = 4UL;
    int32_t l_907 = 0x981EC999L;
    uint32_t l_909 = 0UL;
    int64_t *l_928 = &g_579;
    uint64_t l_937[8] = {0x3940D9DAE303549CLL,0x3940D9DAE303549CLL,8UL,0x3940D9DAE303549CLL,0x3940D9DAE303549CLL,8UL,0x3940D9DAE303549CLL,0x3940D9DAE303549CLL};
    int32_t l_955 = 1L;
    int32_t l_962 = 1L;
    int32_t l_965 = 0x912C8758L;
    int32_t l_968 = (-1L);
    int32_t l_969 = 8L;
    int32_t l_970 = 0x0ADD916FL;
    int32_t l_971 = 1L;
    int32_t l_972 = 9L;
    uint16_t l_1033 = 0x8BE6L;
    int16_t l_1059 = (-10L);
    uint64_t *l_1063 = &l_937[2];
    uint64_t **l_1062[3][4] = {{(void*)0,&l_1063,(void*)0,(void*)0},{&l_1063,&l_1063,(void*)0,&l_1063},{&l_1063,(void*)0,(void*)0,&l_1063}};
    const uint32_t **l_1074 = (void*)0;
    int16_t l_1078 = 0xCAF0L;
    uint64_t l_1081 = 0x2C3B86035C40173ALL;
    uint32_t l_1111 = 0xF02B1578L;
    uint64_t l_1152 = 6UL;
    const int32_t *l_1154 = &l_968;
    const int32_t **l_1153[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    uint8_t l_1224 = 0xE5L;
    int32_t l_1240 = 0xD4771BD7L;
    int64_t l_1243 = 1L;
    uint32_t l_1293[4][6] = {{18446744073709551613UL,1UL,0xDC76AC78L,1UL,18446744073709551613UL,18446744073709551613UL},{0x3F11F146L,1UL,1UL,0x3F11F146L,4UL,0x3F11F146L},{0x3F11F146L,4UL,0x3F11F146L,1UL,1UL,0x3F11F146L},{18446744073709551613UL,18446744073709551613UL,1UL,0xDC76AC78L,1UL,18446744073709551613UL}};
    uint64_t l_1349 = 18446744073709551614UL;
    int32_t l_1428 = 0xB6F9B113L;
    const uint16_t l_1496 = 0x7B57L;
    int32_t l_1569 = 0xCAC2816AL;
    const int32_t *****l_1577 = &g_225;
    int32_t ** const *l_1636 = (void*)0;
    uint32_t l_1646 = 18446744073709551614UL;
    uint8_t *l_1669 = (void*)0;
    uint8_t **l_1668 = &l_1669;
    int32_t *l_1684 = &g_148;
    int32_t *l_1691 = &l_907;
    int32_t *l_1692 = &g_148;
    int32_t *l_1693 = &l_1428;
    int32_t *l_1694 = &g_148;
    int32_t *l_1695[5][3] = {{&l_970,&g_49[2][3][6],&l_965},{&l_972,&g_49[2][3][6],&l_972},{&l_962,&l_970,&l_965},{&l_962,&l_962,&l_970},{&l_972,&l_970,&l_970}};
    uint32_t l_1696 = 4294967295UL;
    int i, j;
    (*g_250) &= p_25;
    for (g_785 = 24; (g_785 >= 21); g_785 = safe_sub_func_int8_t_s_s(g_785, 9))
    { /* block id: 359 */
        int16_t l_831 = 7L;
        int32_t l_854 = 0x55216133L;
        int32_t l_895 = (-1L);
        int32_t l_956 = 1L;
        int32_t l_957 = 0xF20F72E2L;
        int32_t l_960 = 0x366ED366L;
        int32_t l_961 = 0xD463C8D0L;
        int32_t l_963[7] = {(-1L),1L,1L,(-1L),1L,1L,(-1L)};
        int64_t l_966 = (-1L);
        uint32_t *l_976 = &l_857;
        uint64_t ****l_1036 = &g_754;
        int64_t **l_1060 = &l_928;
        const int32_t *****l_1135 = &g_225;
        const int32_t *****l_1136 = &g_225;
        uint64_t *l_1147 = &l_937[3];
        uint32_t l_1309 = 0x9DEA9A21L;
        int64_t ***l_1340[3][5];
        int64_t **l_1418 = (void*)0;
        const int32_t *l_1539[9] = {&g_1540,&g_1540,&g_1540,&g_1540,&g_1540,&g_1540,&g_1540,&g_1540,&g_1540};
        int32_t l_1679 = 0x6ED8D5A4L;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 5; j++)
                l_1340[i][j] = &l_1060;
        }
    }
    --l_1696;
    return (*l_1692);
}


/* ------------------------------------------ */
/* 
 * reads : g_189 g_785 g_76 g_66 g_105 g_2 g_406 g_304 g_303 g_250 g_620 g_286
 * writes: g_442 g_785 g_84 g_66 g_620
 */
static int32_t  func_27(uint64_t  p_28, uint32_t  p_29, int32_t * p_30)
{ /* block id: 335 */
    uint16_t * const l_784 = &g_785;
    uint8_t *l_803 = &g_442;
    int32_t l_806 = 0xEBE03751L;
    int64_t *l_812[9][1] = {{&g_579},{&g_579},{&g_579},{&g_579},{&g_579},{&g_579},{&g_579},{&g_579},{&g_579}};
    int64_t **l_811 = &l_812[3][0];
    int64_t *l_813[8][10] = {{(void*)0,&g_579,&g_137,&g_137,(void*)0,(void*)0,&g_137,&g_137,(void*)0,(void*)0},{&g_579,&g_137,&g_137,&g_579,&g_579,&g_579,&g_137,(void*)0,&g_579,(void*)0},{&g_137,(void*)0,(void*)0,&g_579,&g_137,&g_137,&g_137,&g_137,&g_579,(void*)0},{&g_137,&g_579,&g_137,&g_579,(void*)0,&g_579,&g_137,&g_579,(void*)0,&g_579},{&g_579,(void*)0,&g_579,&g_137,&g_579,&g_137,&g_137,&g_579,&g_579,&g_137},{&g_579,(void*)0,&g_579,&g_579,&g_137,&g_137,&g_579,&g_579,&g_579,&g_137},{&g_137,&g_579,&g_579,(void*)0,&g_579,&g_579,&g_579,&g_579,(void*)0,&g_579},{&g_137,&g_137,&g_137,&g_579,&g_137,(void*)0,(void*)0,&g_137,(void*)0,&g_579}};
    uint8_t l_814 = 252UL;
    const int32_t *****l_817 = &g_225;
    int32_t l_818[3][4][1] = {{{0L},{2L},{0L},{(-3L)}},{{0x341285BCL},{(-3L)},{0L},{2L}},{{0L},{2L},{1L},{2L}}};
    uint64_t ****l_821 = &g_754;
    uint64_t ****l_822 = &g_754;
    int i, j, k;
    (*g_250) = (((void*)0 == l_784) , (!(safe_rshift_func_int16_t_s_s((safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((safe_mul_func_uint8_t_u_u((safe_sub_func_int64_t_s_s(((safe_mul_func_uint8_t_u_u((p_28 , ((safe_div_func_int32_t_s_s(0xECB4D338L, ((safe_sub_func_uint8_t_u_u(((*l_803) = g_189), (p_29 && (++(*l_784))))) && (((*l_803) = (p_28 != (((l_806 < p_28) , p_30) != (*g_76)))) < g_105)))) >= (*p_30))), l_806)) ^ p_28), p_29)), 0xA5L)) | l_806), g_406)), p_29)), (*g_304)))));
    l_818[1][0][0] ^= (safe_rshift_func_uint16_t_u_u(((*l_784) = ((safe_mul_func_int16_t_s_s(((l_813[2][9] = ((*l_811) = (void*)0)) != ((l_814 || l_814) , &g_137)), l_806)) <= (((((0x057BBA9E74A5C3A9LL >= l_806) >= ((l_817 = &g_225) != ((&g_754 == (void*)0) , &g_225))) > 0x9FDE6FE5DD87E7C9LL) >= l_806) | 1UL))), g_406));
    (*g_76) = (void*)0;
    for (g_620 = 0; (g_620 > 53); ++g_620)
    { /* block id: 348 */
        uint64_t ***l_825 = &g_508[4];
        int32_t l_826[7][10][3] = {{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),(-6L),(-6L)},{1L,(-5L),0L}},{{(-7L),(-6L),(-6L)},{1L,(-5L),0L},{(-7L),0x31BA9B6DL,0x31BA9B6DL},{0L,0x7F37B57EL,0x89BB4FE5L},{(-6L),0x31BA9B6DL,0x31BA9B6DL},{0L,0x7F37B57EL,0x89BB4FE5L},{(-6L),0x31BA9B6DL,0x31BA9B6DL},{0L,0x7F37B57EL,0x89BB4FE5L},{(-6L),0x31BA9B6DL,0x31BA9B6DL},{0L,0x7F37B57EL,0x89BB4FE5L}}};
        uint64_t ***l_827 = &g_508[0];
        int32_t l_828 = 0xEFF1BE8BL;
        int i, j, k;
        l_826[5][9][1] = ((l_822 = l_821) == ((safe_div_func_int16_t_s_s(((g_286 , l_825) != (l_826[6][7][2] , l_827)), (g_620 | (l_828 = 0UL)))) , l_821));
        l_806 ^= ((-1L) >= ((*p_30) < 0x94486B33L));
    }
    return g_785;
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_52 g_56 g_53 g_54 g_2 g_64 g_74 g_84 g_65 g_105 g_148 g_75 g_76 g_66 g_137 g_189 g_781
 * writes: g_49 g_52 g_54 g_64 g_105 g_137 g_66 g_56 g_225 g_109 g_65 g_76
 */
static int32_t * func_31(uint32_t  p_32, int32_t * p_33, int8_t  p_34, const uint16_t  p_35, uint32_t  p_36)
{ /* block id: 5 */
    const int32_t ***l_223 = (void*)0;
    const int32_t ****l_222 = &l_223;
    const int32_t *****l_224[4];
    int8_t *l_228 = (void*)0;
    int32_t ***l_230 = &g_65;
    int32_t ***l_231 = (void*)0;
    int32_t **l_233[8] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
    int32_t ***l_232[8][8] = {{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]},{&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5],&l_233[5]}};
    uint32_t l_243 = 0x78792005L;
    uint16_t l_253 = 2UL;
    volatile uint32_t *l_285 = &g_286;
    volatile uint32_t **l_284 = &l_285;
    int16_t *l_301 = &g_56;
    int16_t *l_302[8][9][3];
    int32_t * volatile l_310[1][3][5] = {{{&g_2,&g_2,&g_49[6][1][6],(void*)0,&g_49[6][1][6]},{&g_2,&g_2,&g_49[6][1][6],(void*)0,&g_49[6][1][6]},{&g_2,&g_2,&g_49[6][1][6],(void*)0,&g_49[6][1][6]}}};
    int32_t l_313 = 0x5F66B2FDL;
    int8_t l_362 = 5L;
    uint64_t l_440 = 18446744073709551610UL;
    uint32_t *l_491 = (void*)0;
    uint32_t *l_492 = &g_343;
    uint16_t l_514[10][10] = {{1UL,0UL,65532UL,0UL,1UL,0x4C3EL,65532UL,0x4C3EL,1UL,0UL},{65533UL,0UL,65533UL,0x661CL,0x90D1L,0UL,0x90D1L,0x661CL,65533UL,0UL},{1UL,0x661CL,0x98C4L,0x4773L,1UL,0x4773L,0x98C4L,0x661CL,1UL,0x661CL},{0x90D1L,0x4773L,65533UL,0x4C3EL,65533UL,0x4773L,0x90D1L,0x4C3EL,0x90D1L,0x4773L},{1UL,0x4C3EL,65532UL,0x4C3EL,1UL,0UL,65532UL,0UL,1UL,0x4C3EL},{65533UL,0x4C3EL,65533UL,0x4773L,0x90D1L,0x4C3EL,0x90D1L,0x4773L,65533UL,0x4C3EL},{1UL,0x4773L,0x98C4L,0x661CL,1UL,0x661CL,0x98C4L,0x4773L,1UL,0x4773L},{0x90D1L,0x661CL,65533UL,0UL,65533UL,0x661CL,0x90D1L,0UL,0x90D1L,0x661CL},{1UL,0UL,65532UL,0UL,1UL,0x4C3EL,65532UL,0x4C3EL,1UL,0UL},{65533UL,0UL,65533UL,0x661CL,0x90D1L,0UL,0x90D1L,0x661CL,65533UL,0UL}};
    int32_t *l_517 = &g_49[3][3][4];
    int32_t *****l_545 = (void*)0;
    int16_t l_546 = (-8L);
    int32_t ** const ***l_547[1][1];
    uint64_t l_563 = 0x84631524FEAAB695LL;
    int8_t l_587[7][7] = {{0x1EL,9L,0x1EL,0x2DL,0xE9L,(-1L),0x2DL},{0L,9L,1L,0L,0xE9L,0xB3L,0L},{0L,1L,0x1EL,0L,(-1L),(-1L),0L},{0x1EL,9L,0x1EL,0x2DL,0xE9L,(-1L),0x2DL},{0L,9L,1L,0L,0xE9L,0xB3L,0L},{0L,1L,0x1EL,0L,(-1L),(-1L),0L},{0x1EL,9L,0x1EL,0x2DL,0xE9L,(-1L),0x2DL}};
    uint32_t l_611 = 0x28FAC365L;
    int64_t l_614[8];
    int64_t l_617 = 7L;
    int8_t l_618 = (-4L);
    int32_t l_671 = 0x6B86E290L;
    int16_t l_672 = 1L;
    int32_t l_705 = 0x85CC6D1EL;
    int32_t l_721 = 0x54EA9B65L;
    int8_t l_724[9][2] = {{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L},{0L,0L}};
    uint32_t l_729 = 7UL;
    int32_t l_732 = 8L;
    uint64_t ***l_750[2];
    uint64_t ****l_749 = &l_750[0];
    uint32_t l_778 = 1UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_224[i] = &l_222;
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 9; j++)
        {
            for (k = 0; k < 3; k++)
                l_302[i][j][k] = &g_303;
        }
    }
    for (i = 0; i < 1; i++)
    {
        for (j = 0; j < 1; j++)
            l_547[i][j] = (void*)0;
    }
    for (i = 0; i < 8; i++)
        l_614[i] = 0xC551D13A18243DA3LL;
    for (i = 0; i < 2; i++)
        l_750[i] = (void*)0;
    g_76 = ((*l_230) = func_45((func_47(&g_2) , ((safe_lshift_func_uint16_t_u_s(p_36, (g_105 < ((((safe_mul_func_uint16_t_u_u(0xB2BFL, (~0x0386AEEF4BBCF4FFLL))) , (safe_div_func_uint8_t_u_u((safe_sub_func_int32_t_s_s(((((((safe_unary_minus_func_uint64_t_u(((((g_109 = (((g_225 = l_222) != &g_64) > 0x7A5EL)) ^ 0x8FL) & (-1L)) <= 7UL))) , 0x234C5E8B8525E490LL) & 0x8B1AC3CE05E50A6ELL) , p_36) && p_36) != g_56), (-1L))), p_35))) , &g_64) == &g_64)))) != 0xB943A5B38CE81F14LL))));
    for (p_34 = 0; (p_34 >= (-24)); p_34 = safe_sub_func_int32_t_s_s(p_34, 2))
    { /* block id: 84 */
        int32_t ***l_238 = (void*)0;
        int32_t *l_247 = &g_148;
        int32_t ** const l_246 = &l_247;
        int32_t ** const *l_245 = &l_246;
        int32_t ** const **l_244[5];
        int8_t *l_251 = &g_109;
        int32_t l_252 = 0x4D8D94FFL;
        int64_t *l_254 = &g_137;
        uint32_t l_255 = 1UL;
        uint32_t l_296 = 0xBCBA8E6FL;
        uint16_t *l_339 = (void*)0;
        uint16_t *l_340 = &l_253;
        const int64_t l_341 = 0x8E5EA57C7A187997LL;
        int32_t l_342 = (-1L);
        uint64_t l_382 = 0xAAB0533493CBFDBCLL;
        uint64_t *l_506 = &l_440;
        uint64_t **l_505[10][10] = {{&l_506,&l_506,(void*)0,&l_506,&l_506,&l_506,(void*)0,(void*)0,&l_506,(void*)0},{(void*)0,&l_506,&l_506,(void*)0,&l_506,&l_506,(void*)0,&l_506,&l_506,(void*)0},{&l_506,(void*)0,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,(void*)0,(void*)0},{&l_506,(void*)0,&l_506,(void*)0,&l_506,(void*)0,&l_506,&l_506,&l_506,(void*)0},{&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,(void*)0,(void*)0},{&l_506,&l_506,(void*)0,&l_506,&l_506,&l_506,(void*)0,(void*)0,&l_506,(void*)0},{(void*)0,&l_506,&l_506,(void*)0,&l_506,&l_506,(void*)0,&l_506,&l_506,(void*)0},{&l_506,(void*)0,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,(void*)0,(void*)0},{&l_506,(void*)0,&l_506,(void*)0,&l_506,(void*)0,&l_506,&l_506,&l_506,(void*)0},{&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,&l_506,(void*)0,(void*)0}};
        int8_t l_509 = 0L;
        uint32_t **l_529 = &l_491;
        int32_t *l_549 = &l_313;
        int32_t l_558 = 0x00BB8150L;
        int32_t l_679 = (-1L);
        int64_t l_728[10] = {0x1BF8A430E99F7D4ELL,(-9L),(-9L),0x1BF8A430E99F7D4ELL,(-9L),0x755E5A0392E4D7D8LL,(-9L),0x755E5A0392E4D7D8LL,0x755E5A0392E4D7D8LL,(-9L)};
        int i, j;
        for (i = 0; i < 5; i++)
            l_244[i] = &l_245;
    }
    return g_781;
}


/* ------------------------------------------ */
/* 
 * reads : g_64 g_65
 * writes:
 */
static int32_t ** func_45(uint32_t  p_46)
{ /* block id: 77 */
    int32_t *l_229[8][4] = {{(void*)0,&g_148,&g_148,&g_148},{&g_148,&g_49[3][3][4],&g_148,&g_148},{(void*)0,(void*)0,&g_148,&g_148},{&g_49[3][3][4],&g_49[3][3][4],&g_49[3][3][4],&g_148},{&g_49[3][3][4],&g_148,&g_148,&g_49[3][3][4]},{(void*)0,&g_148,&g_148,&g_148},{&g_148,&g_49[3][3][4],&g_148,&g_148},{(void*)0,(void*)0,&g_148,&g_148}};
    int i, j;
    l_229[0][0] = (void*)0;
    return (*g_64);
}


/* ------------------------------------------ */
/* 
 * reads : g_49 g_52 g_56 g_53 g_54 g_2 g_64 g_74 g_84 g_65 g_105 g_148 g_75 g_76 g_66 g_137 g_189
 * writes: g_49 g_52 g_54 g_64 g_105 g_137 g_66 g_56
 */
static uint8_t  func_47(int32_t * p_48)
{ /* block id: 6 */
    int32_t l_58 = (-1L);
    int32_t l_111[8] = {0xB4C16660L,0xB4C16660L,0xB4C16660L,0xB4C16660L,0xB4C16660L,0xB4C16660L,0xB4C16660L,0xB4C16660L};
    int32_t l_127 = 0xB6193D3AL;
    int32_t ****l_196 = &g_64;
    uint32_t l_207 = 0xA85B4417L;
    int i;
    for (g_49[3][3][4] = 0; (g_49[3][3][4] > (-7)); --g_49[3][3][4])
    { /* block id: 9 */
        volatile int32_t * const * volatile *l_55 = &g_52;
        int64_t l_68 = 0xAC9C4BD7DA5A1D01LL;
        int32_t l_85[8][2] = {{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL},{0x4D43A62FL,0x4D43A62FL}};
        int8_t *l_108[9] = {&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109,&g_109};
        uint32_t *l_188 = &g_189;
        int i, j;
        (*l_55) = g_52;
        if (g_56)
            continue;
        (***l_55) = (!l_58);
        if ((**g_52))
        { /* block id: 13 */
            return g_49[3][3][4];
        }
        else
        { /* block id: 15 */
            int32_t *l_63 = &g_49[3][3][4];
            int32_t **l_62 = &l_63;
            int32_t ***l_61 = &l_62;
            uint16_t l_69[5][10] = {{4UL,0UL,0UL,0UL,0UL,4UL,0x647BL,4UL,0UL,0UL},{0x66DBL,1UL,0x66DBL,0UL,0x647BL,0x647BL,0UL,0x66DBL,1UL,0x66DBL},{0x66DBL,4UL,1UL,0UL,1UL,4UL,0x66DBL,0x66DBL,4UL,1UL},{4UL,0x66DBL,0x66DBL,4UL,1UL,0UL,1UL,4UL,0x66DBL,0x66DBL},{1UL,0x66DBL,0UL,0x647BL,0x647BL,0UL,0x66DBL,1UL,0x66DBL,0UL}};
            uint32_t l_110 = 1UL;
            int32_t l_179 = (-3L);
            int32_t l_184 = 0x02AB0494L;
            int16_t l_204 = 0x1FBDL;
            int32_t *l_206[5];
            int i, j;
            for (i = 0; i < 5; i++)
                l_206[i] = &l_179;
            if ((*p_48))
            { /* block id: 16 */
                int32_t **l_60 = (void*)0;
                int32_t ***l_59 = &l_60;
                int32_t ****l_67[3];
                int i;
                for (i = 0; i < 3; i++)
                    l_67[i] = &g_64;
                l_68 |= ((l_61 = l_59) == (g_64 = g_64));
                return l_69[3][3];
            }
            else
            { /* block id: 21 */
                int32_t ** const *l_82 = &g_65;
                int32_t ** const **l_81 = &l_82;
                int32_t *l_83[10];
                int64_t *l_147 = &g_137;
                int8_t *l_194 = &g_105;
                int i;
                for (i = 0; i < 10; i++)
                    l_83[i] = &g_84;
                l_85[6][0] &= (safe_sub_func_int64_t_s_s((***l_55), (((safe_lshift_func_int8_t_s_s(((((((void*)0 == g_74) , (safe_mod_func_uint64_t_u_u((&p_48 == &p_48), (safe_sub_func_int32_t_s_s((l_81 != (((void*)0 != &g_64) , &g_64)), l_68))))) , 249UL) == 0xC3L) ^ (-1L)), 1)) && l_68) != g_49[3][3][4])));
                for (l_68 = 0; (l_68 < 8); l_68 = safe_add_func_uint8_t_u_u(l_68, 4))
                { /* block id: 25 */
                    int8_t *l_104 = &g_105;
                    uint32_t l_124[6] = {0xFA4ECE64L,0xFA4ECE64L,0xFA4ECE64L,0xFA4ECE64L,0xFA4ECE64L,0xFA4ECE64L};
                    uint32_t *l_163 = &l_110;
                    uint16_t *l_164 = &l_69[3][7];
                    int32_t l_178 = 0x1E6A045BL;
                    int32_t l_181 = 0x4F392A45L;
                    int32_t l_182 = (-1L);
                    uint32_t l_185 = 0xC41C70B5L;
                    int i;
                    if ((safe_lshift_func_uint16_t_u_s((safe_add_func_int64_t_s_s((((((safe_sub_func_int64_t_s_s(((l_111[3] &= ((safe_sub_func_int16_t_s_s((safe_lshift_func_int8_t_s_s(g_84, (((safe_div_func_int8_t_s_s(0x25L, ((&l_61 == (g_54 , &g_64)) ^ (safe_lshift_func_uint8_t_u_s((0xAF4792CDF46991E3LL | (safe_div_func_int16_t_s_s((((*l_104) = l_85[1][0]) ^ (safe_div_func_int32_t_s_s((l_104 == (((**l_62) , g_2) , l_108[1])), 3L))), l_110))), 7))))) , (***l_55)) < (-1L)))), l_58)) < 0x496E341DL)) < 0xE31A558FL), l_58)) > g_49[0][1][1]) < 0x3050L) , 0x06L) != g_2), l_58)), 8)))
                    { /* block id: 28 */
                        const int32_t *l_135 = &l_111[3];
                        int64_t *l_136 = &g_137;
                        uint32_t l_149[4];
                        int i;
                        for (i = 0; i < 4; i++)
                            l_149[i] = 0xAC292C6CL;
                        (***l_55) = ((***l_55) != (+(safe_mod_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((safe_unary_minus_func_int64_t_s(((*l_136) = ((safe_mod_func_uint8_t_u_u(0UL, (safe_sub_func_int16_t_s_s((0x1400L >= (safe_sub_func_uint64_t_u_u(l_111[3], (l_124[4] , ((l_127 ^= ((void*)0 == (*g_64))) ^ (((safe_unary_minus_func_int64_t_s(((((safe_mod_func_uint64_t_u_u((safe_div_func_int16_t_s_s(((safe_mul_func_int16_t_s_s((((l_55 == (void*)0) > g_105) > g_2), l_124[4])) , g_2), 0x55DCL)), l_85[6][1])) != l_68) && 0x45L) ^ l_85[6][0]))) , l_135) != &l_111[3])))))), (*l_135))))) == g_56)))), 13)), 65535UL))));
                        if ((*p_48))
                            continue;
                        (***l_55) |= (safe_add_func_uint8_t_u_u(g_105, (!(safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((safe_div_func_uint64_t_u_u(0x8353C78930F4DF5FLL, ((l_136 == (((((l_147 != ((18446744073709551608UL < (g_148 >= (*l_135))) , l_147)) != (**l_62)) <= 255UL) < (*p_48)) , &g_137)) && 0x9E33F92C7F7F81C3LL))), l_124[0])), g_49[3][3][4])))));
                        if (l_149[3])
                            continue;
                    }
                    else
                    { /* block id: 35 */
                        int32_t l_150 = 9L;
                        return l_150;
                    }
                    (*g_76) = (***g_74);
                    for (l_110 = 0; (l_110 < 28); ++l_110)
                    { /* block id: 41 */
                        uint8_t l_153 = 0xABL;
                        --l_153;
                    }
                    if (((0x722AL || (g_56 = (((((safe_lshift_func_uint8_t_u_s(((safe_lshift_func_int16_t_s_s(0xBD44L, (0L > (safe_unary_minus_func_int64_t_s(((***l_61) , (***l_61))))))) , (((*l_164) = ((0x3E8AL || (**l_62)) , (safe_sub_func_uint8_t_u_u((((((l_111[3] = ((*l_163) = (0x8579L < (-8L)))) , 4294967295UL) && (*l_63)) | (*p_48)) != (***l_55)), (***l_61))))) | g_2)), g_56)) != g_84) | (***l_61)) | g_137) , l_124[1]))) , (***l_55)))
                    { /* block id: 48 */
                        int64_t l_176[9][3][9] = {{{1L,0x01970B70258B70B0LL,0x9111B8B91DEDA0BELL,0xE3A302D848D3DA17LL,(-3L),(-3L),0xE3A302D848D3DA17LL,0x9111B8B91DEDA0BELL,0x01970B70258B70B0LL},{(-3L),0L,(-6L),(-8L),4L,(-2L),0xE3A302D848D3DA17LL,0xC48AF1FBA9B0E507LL,0x04E7F97FD67A201FLL},{7L,1L,0xC48AF1FBA9B0E507LL,0x01970B70258B70B0LL,0x20BFAB2E08F32221LL,0x01970B70258B70B0LL,0xC48AF1FBA9B0E507LL,1L,7L}},{{4L,0L,0xB4D5399E5F1C3364LL,0x20BFAB2E08F32221LL,0xE3A302D848D3DA17LL,0x01970B70258B70B0LL,0x584E04F8DB93C28BLL,(-6L),1L},{0L,0x01970B70258B70B0LL,(-2L),0x9111B8B91DEDA0BELL,0x9111B8B91DEDA0BELL,(-2L),0x01970B70258B70B0LL,0L,(-8L)},{4L,0xE3A302D848D3DA17LL,0x584E04F8DB93C28BLL,1L,0x9111B8B91DEDA0BELL,(-3L),0x04E7F97FD67A201FLL,0x20BFAB2E08F32221LL,0x20BFAB2E08F32221LL}},{{7L,0xB4D5399E5F1C3364LL,0xE3A302D848D3DA17LL,0L,0xE3A302D848D3DA17LL,0xB4D5399E5F1C3364LL,7L,(-3L),(-8L)},{(-3L),0x01970B70258B70B0LL,0L,(-8L),0xE3A302D848D3DA17LL,1L,0x20BFAB2E08F32221LL,7L,0x20BFAB2E08F32221LL},{0x20BFAB2E08F32221LL,0x584E04F8DB93C28BLL,0xB4D5399E5F1C3364LL,0xB4D5399E5F1C3364LL,0x584E04F8DB93C28BLL,0x20BFAB2E08F32221LL,(-3L),(-2L),0L}},{{7L,0xC48AF1FBA9B0E507LL,0xB4D5399E5F1C3364LL,1L,(-2L),(-6L),0xE3A302D848D3DA17LL,0xE3A302D848D3DA17LL,(-6L)},{0xB4D5399E5F1C3364LL,0xE3A302D848D3DA17LL,0L,0xE3A302D848D3DA17LL,0xB4D5399E5F1C3364LL,7L,(-3L),(-8L),1L},{0x04E7F97FD67A201FLL,0xE3A302D848D3DA17LL,7L,1L,0xC48AF1FBA9B0E507LL,0x01970B70258B70B0LL,0x20BFAB2E08F32221LL,0x01970B70258B70B0LL,0xC48AF1FBA9B0E507LL}},{{(-3L),0xC48AF1FBA9B0E507LL,0xC48AF1FBA9B0E507LL,(-3L),(-6L),7L,0L,0x20BFAB2E08F32221LL,0x9111B8B91DEDA0BELL},{(-3L),0x584E04F8DB93C28BLL,4L,7L,0x9111B8B91DEDA0BELL,(-6L),(-6L),0x9111B8B91DEDA0BELL,7L},{0x04E7F97FD67A201FLL,0x01970B70258B70B0LL,0x04E7F97FD67A201FLL,4L,(-6L),0x20BFAB2E08F32221LL,1L,1L,7L}},{{0xB4D5399E5F1C3364LL,0x04E7F97FD67A201FLL,0x9111B8B91DEDA0BELL,0L,0xC48AF1FBA9B0E507LL,1L,0xC48AF1FBA9B0E507LL,0L,0x9111B8B91DEDA0BELL},{7L,7L,0x01970B70258B70B0LL,4L,0xB4D5399E5F1C3364LL,0x04E7F97FD67A201FLL,0x9111B8B91DEDA0BELL,0L,0xC48AF1FBA9B0E507LL},{0x20BFAB2E08F32221LL,1L,1L,7L,(-2L),(-2L),7L,1L,1L}},{{(-2L),(-8L),0x01970B70258B70B0LL,(-3L),0x584E04F8DB93C28BLL,4L,7L,0x9111B8B91DEDA0BELL,(-6L)},{0L,0x20BFAB2E08F32221LL,0x9111B8B91DEDA0BELL,1L,0xE3A302D848D3DA17LL,1L,0x9111B8B91DEDA0BELL,0x20BFAB2E08F32221LL,0L},{0x584E04F8DB93C28BLL,(-8L),0x04E7F97FD67A201FLL,0xE3A302D848D3DA17LL,7L,1L,0xC48AF1FBA9B0E507LL,0x01970B70258B70B0LL,0x20BFAB2E08F32221LL}},{{(-8L),1L,4L,1L,1L,4L,1L,(-8L),(-3L)},{0x584E04F8DB93C28BLL,7L,0xC48AF1FBA9B0E507LL,0xB4D5399E5F1C3364LL,1L,(-2L),(-6L),0xE3A302D848D3DA17LL,0xE3A302D848D3DA17LL},{0L,0x04E7F97FD67A201FLL,7L,(-8L),7L,0x04E7F97FD67A201FLL,0L,(-2L),(-3L)}},{{(-2L),0x01970B70258B70B0LL,0L,(-8L),0xE3A302D848D3DA17LL,1L,0x20BFAB2E08F32221LL,7L,0x20BFAB2E08F32221LL},{0x20BFAB2E08F32221LL,0x584E04F8DB93C28BLL,0xB4D5399E5F1C3364LL,0xB4D5399E5F1C3364LL,0x584E04F8DB93C28BLL,0x20BFAB2E08F32221LL,(-3L),(-2L),0L},{7L,0xC48AF1FBA9B0E507LL,0xB4D5399E5F1C3364LL,1L,(-2L),(-6L),0xE3A302D848D3DA17LL,0xE3A302D848D3DA17LL,(-6L)}}};
                        int16_t *l_177 = &g_56;
                        int32_t l_180 = 9L;
                        int32_t l_183 = 0x0A6E090AL;
                        int i, j, k;
                        l_178 = (g_105 < (((((safe_rshift_func_int8_t_s_s(0x68L, ((+((((g_2 != ((((safe_div_func_uint16_t_u_u(((0x5BA672A2E44315D3LL >= l_124[4]) , l_124[4]), (safe_add_func_int16_t_s_s(3L, ((*l_177) = ((safe_lshift_func_uint16_t_u_s((safe_lshift_func_int8_t_s_s(g_105, (((((((*l_147) = ((***l_55) > l_58)) ^ l_68) , (***l_55)) == l_176[1][2][3]) , 0L) < (*l_63)))), 11)) ^ (**l_62))))))) , 65535UL) <= l_176[2][2][4]) | (***l_61))) < (***l_61)) && l_176[1][1][6]) , l_176[1][2][3])) | 0x8FL))) , (*p_48)) , (*l_63)) ^ g_148) > g_2));
                        (***l_55) |= 0xB173B0BAL;
                        ++l_185;
                        l_181 = (p_48 != l_188);
                    }
                    else
                    { /* block id: 55 */
                        (***l_55) |= 0x565B60ACL;
                        return g_54;
                    }
                }
                (*g_76) = (**g_75);
                for (l_179 = 0; (l_179 <= 6); l_179 = safe_add_func_int32_t_s_s(l_179, 6))
                { /* block id: 63 */
                    uint32_t l_205 = 1UL;
                    (***l_55) |= (safe_mul_func_uint16_t_u_u((***l_61), ((((void*)0 == l_194) < 0xA3D88CF5L) <= (*l_63))));
                    if ((*p_48))
                        break;
                    l_111[3] = (((+((l_184 = (0x87L > ((void*)0 != l_196))) || ((safe_lshift_func_int8_t_s_u((***l_55), 1)) & (safe_sub_func_int64_t_s_s(0x6FA72F8FBE7E2172LL, (safe_div_func_uint32_t_u_u(((0x5A3E3410L && ((*l_63) , (+0UL))) && ((g_105 , g_189) == 0x77L)), 4294967295UL))))))) & l_204) , 0xC650B9E8L);
                    if (l_205)
                        continue;
                }
            }
            l_207++;
        }
    }
    return g_54;
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
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 4; j++)
        {
            for (k = 0; k < 9; k++)
            {
                transparent_crc(g_49[i][j][k], "g_49[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_54, "g_54", print_hash_value);
    transparent_crc(g_56, "g_56", print_hash_value);
    transparent_crc(g_84, "g_84", print_hash_value);
    transparent_crc(g_105, "g_105", print_hash_value);
    transparent_crc(g_109, "g_109", print_hash_value);
    transparent_crc(g_137, "g_137", print_hash_value);
    transparent_crc(g_148, "g_148", print_hash_value);
    transparent_crc(g_189, "g_189", print_hash_value);
    transparent_crc(g_286, "g_286", print_hash_value);
    transparent_crc(g_303, "g_303", print_hash_value);
    transparent_crc(g_343, "g_343", print_hash_value);
    transparent_crc(g_358, "g_358", print_hash_value);
    transparent_crc(g_396, "g_396", print_hash_value);
    transparent_crc(g_406, "g_406", print_hash_value);
    transparent_crc(g_442, "g_442", print_hash_value);
    transparent_crc(g_485, "g_485", print_hash_value);
    transparent_crc(g_495, "g_495", print_hash_value);
    transparent_crc(g_579, "g_579", print_hash_value);
    transparent_crc(g_620, "g_620", print_hash_value);
    transparent_crc(g_652, "g_652", print_hash_value);
    transparent_crc(g_785, "g_785", print_hash_value);
    transparent_crc(g_891, "g_891", print_hash_value);
    transparent_crc(g_1006, "g_1006", print_hash_value);
    transparent_crc(g_1015, "g_1015", print_hash_value);
    transparent_crc(g_1040, "g_1040", print_hash_value);
    transparent_crc(g_1203, "g_1203", print_hash_value);
    transparent_crc(g_1348, "g_1348", print_hash_value);
    transparent_crc(g_1351, "g_1351", print_hash_value);
    transparent_crc(g_1386, "g_1386", print_hash_value);
    transparent_crc(g_1503, "g_1503", print_hash_value);
    transparent_crc(g_1537, "g_1537", print_hash_value);
    transparent_crc(g_1540, "g_1540", print_hash_value);
    transparent_crc(g_1565, "g_1565", print_hash_value);
    transparent_crc(g_1567, "g_1567", print_hash_value);
    transparent_crc(g_1593, "g_1593", print_hash_value);
    transparent_crc(g_1783, "g_1783", print_hash_value);
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_1786[i], "g_1786[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_1789, "g_1789", print_hash_value);
    transparent_crc(g_1896, "g_1896", print_hash_value);
    transparent_crc(g_1990, "g_1990", print_hash_value);
    transparent_crc(g_2071, "g_2071", print_hash_value);
    transparent_crc(g_2103, "g_2103", print_hash_value);
    transparent_crc(g_2407, "g_2407", print_hash_value);
    transparent_crc(g_2446, "g_2446", print_hash_value);
    transparent_crc(g_2463, "g_2463", print_hash_value);
    transparent_crc(g_2778, "g_2778", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        for (j = 0; j < 8; j++)
        {
            for (k = 0; k < 1; k++)
            {
                transparent_crc(g_2785[i][j][k], "g_2785[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_2860, "g_2860", print_hash_value);
    transparent_crc(g_3002, "g_3002", print_hash_value);
    transparent_crc(g_3494, "g_3494", print_hash_value);
    transparent_crc(g_3681, "g_3681", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 3; k++)
            {
                transparent_crc(g_3742[i][j][k], "g_3742[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);

            }
        }
    }
    transparent_crc(g_3766, "g_3766", print_hash_value);
    transparent_crc(g_3782, "g_3782", print_hash_value);
    transparent_crc(g_3816, "g_3816", print_hash_value);
    transparent_crc(g_3830, "g_3830", print_hash_value);
    transparent_crc(g_3903, "g_3903", print_hash_value);
    transparent_crc(g_4059, "g_4059", print_hash_value);
    transparent_crc(g_4207, "g_4207", print_hash_value);
    for (i = 0; i < 2; i++)
    {
        transparent_crc(g_4276[i], "g_4276[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_4323[i], "g_4323[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);

    }
    transparent_crc(g_4343, "g_4343", print_hash_value);
    transparent_crc(g_4391, "g_4391", print_hash_value);
    transparent_crc(g_4518, "g_4518", print_hash_value);
    transparent_crc(g_4527, "g_4527", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}

/************************ statistics *************************
XXX max struct depth: 0
breakdown:
   depth: 0, occurrence: 1216
XXX total union variables: 0

XXX max expression depth: 34
breakdown:
   depth: 1, occurrence: 125
   depth: 2, occurrence: 26
   depth: 3, occurrence: 1
   depth: 4, occurrence: 3
   depth: 5, occurrence: 1
   depth: 10, occurrence: 1
   depth: 14, occurrence: 2
   depth: 15, occurrence: 3
   depth: 16, occurrence: 3
   depth: 17, occurrence: 1
   depth: 18, occurrence: 3
   depth: 19, occurrence: 1
   depth: 24, occurrence: 1
   depth: 25, occurrence: 2
   depth: 26, occurrence: 2
   depth: 27, occurrence: 1
   depth: 28, occurrence: 2
   depth: 30, occurrence: 2
   depth: 32, occurrence: 2
   depth: 34, occurrence: 1

XXX total number of pointers: 853

XXX times a variable address is taken: 2149
XXX times a pointer is dereferenced on RHS: 775
breakdown:
   depth: 1, occurrence: 602
   depth: 2, occurrence: 105
   depth: 3, occurrence: 54
   depth: 4, occurrence: 7
   depth: 5, occurrence: 7
XXX times a pointer is dereferenced on LHS: 601
breakdown:
   depth: 1, occurrence: 514
   depth: 2, occurrence: 48
   depth: 3, occurrence: 33
   depth: 4, occurrence: 6
XXX times a pointer is compared with null: 93
XXX times a pointer is compared with address of another variable: 28
XXX times a pointer is compared with another pointer: 33
XXX times a pointer is qualified to be dereferenced: 18259

XXX max dereference level: 5
breakdown:
   level: 0, occurrence: 0
   level: 1, occurrence: 2855
   level: 2, occurrence: 698
   level: 3, occurrence: 1251
   level: 4, occurrence: 360
   level: 5, occurrence: 78
XXX number of pointers point to pointers: 430
XXX number of pointers point to scalars: 423
XXX number of pointers point to structs: 0
XXX percent of pointers has null in alias set: 32.6
XXX average alias set size: 1.48

XXX times a non-volatile is read: 4062
XXX times a non-volatile is write: 1867
XXX times a volatile is read: 238
XXX    times read thru a pointer: 110
XXX times a volatile is write: 80
XXX    times written thru a pointer: 65
XXX times a volatile is available for access: 5e+03
XXX percentage of non-volatile access: 94.9

XXX forward jumps: 0
XXX backward jumps: 22

XXX stmts: 124
XXX max block depth: 5
breakdown:
   depth: 0, occurrence: 31
   depth: 1, occurrence: 19
   depth: 2, occurrence: 14
   depth: 3, occurrence: 14
   depth: 4, occurrence: 19
   depth: 5, occurrence: 27

XXX percentage a fresh-made variable is used: 14.7
XXX percentage an existing variable is used: 85.3
********************* end of statistics **********************/

