/* Nested structs, structs containing arrays, arrays of structs, aggregate computations. */
#include <stdio.h>
#include <string.h>

typedef struct { char name[12]; int score[3]; } Student;
typedef struct { int id; Student members[3]; int count; } Team;
typedef struct { unsigned char r, g, b; } Color;
typedef struct { Color pixels[4][4]; int w, h; } Image;

static int total(const Student *s) { return s->score[0] + s->score[1] + s->score[2]; }

int main(void) {
    Team teams[2] = {
        { 1, { { "ada", { 90, 85, 77 } }, { "bert", { 60, 70, 80 } }, { "cleo", { 88, 92, 95 } } }, 3 },
        { 2, { { "dan", { 50, 55, 65 } }, { "eve", { 99, 98, 97 } } }, 2 },
    };
    for (int t = 0; t < 2; t++) {
        printf("team %d (%d members)\n", teams[t].id, teams[t].count);
        for (int m = 0; m < teams[t].count; m++) {
            const Student *s = &teams[t].members[m];
            printf("  %-6s %3d %3d %3d total=%d\n", s->name, s->score[0], s->score[1], s->score[2], total(s));
        }
    }
    /* the unused member of team 2 is zero-initialised */
    printf("team2 member3 name len=%u score sum=%d\n", (unsigned)strlen(teams[1].members[2].name), total(&teams[1].members[2]));

    /* find best student overall */
    const Student *best = NULL;
    for (int t = 0; t < 2; t++)
        for (int m = 0; m < teams[t].count; m++)
            if (!best || total(&teams[t].members[m]) > total(best)) best = &teams[t].members[m];
    printf("best = %s\n", best->name);

    /* modify nested fields */
    teams[0].members[1].score[2] += 15;
    strcpy(teams[0].members[1].name, "bertrand");
    printf("modified: %s %d\n", teams[0].members[1].name, total(&teams[0].members[1]));

    /* swap two members as whole structs */
    Student tmp = teams[0].members[0];
    teams[0].members[0] = teams[1].members[1];
    teams[1].members[1] = tmp;
    printf("after swap: %s / %s\n", teams[0].members[0].name, teams[1].members[1].name);

    Image img;
    img.w = 4; img.h = 4;
    for (int y = 0; y < 4; y++)
        for (int x = 0; x < 4; x++) {
            img.pixels[y][x].r = (unsigned char)(x * 80);
            img.pixels[y][x].g = (unsigned char)(y * 90);
            img.pixels[y][x].b = (unsigned char)((x + y) * 40 + 100);
        }
    unsigned sum_r = 0, sum_g = 0, sum_b = 0;
    for (int y = 0; y < img.h; y++)
        for (int x = 0; x < img.w; x++) { sum_r += img.pixels[y][x].r; sum_g += img.pixels[y][x].g; sum_b += img.pixels[y][x].b; }
    printf("sums r=%u g=%u b=%u\n", sum_r, sum_g, sum_b);
    printf("sizeof Color=%u Image=%u Student=%u\n", (unsigned)sizeof(Color), (unsigned)sizeof(Image), (unsigned)sizeof(Student));
    /* brightness adjust with wrap-around in unsigned char fields */
    for (int y = 0; y < 4; y++)
        for (int x = 0; x < 4; x++) img.pixels[y][x].b += 100;
    for (int y = 0; y < 4; y++) {
        for (int x = 0; x < 4; x++) printf(" %3u", img.pixels[y][x].b);
        printf("\n");
    }
    Image copy = img;
    copy.pixels[0][0].r = 1;
    printf("copy r=%u img r=%u\n", copy.pixels[0][0].r, img.pixels[0][0].r);
    /* pointer to inner array of structs */
    Color *row = img.pixels[2];
    printf("row[3] = %u,%u,%u\n", row[3].r, row[3].g, row[3].b);
    Color (*rows)[4] = img.pixels;
    printf("rows[3][1].g = %u\n", rows[3][1].g);
    return 0;
}
