/* Backtracking N-queens, recursive flood fill and a recursive maze solver. */
#include <stdio.h>
#include <string.h>

static int cols[12];
static int solutions;
static int first_solution[12];
static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}
static void queens(int row, int n) {
    if (row == n) {
        if (solutions == 0) memcpy(first_solution, cols, sizeof cols);
        solutions++;
        return;
    }
    for (int c = 0; c < n; c++)
        if (safe(row, c)) { cols[row] = c; queens(row + 1, n); }
}

#define W 16
#define H 8
static char grid[H][W + 1];
static int fill(int y, int x, char from, char to) {
    if (y < 0 || y >= H || x < 0 || x >= W || grid[y][x] != from) return 0;
    grid[y][x] = to;
    return 1 + fill(y + 1, x, from, to) + fill(y - 1, x, from, to) + fill(y, x + 1, from, to) + fill(y, x - 1, from, to);
}

static char maze[7][12] = {
    "###########",
    "#S..#.....#",
    "#.#.#.###.#",
    "#.#...#...#",
    "#.#####.#.#",
    "#.......#E#",
    "###########",
};
static int solve(int y, int x, int depth) {
    if (maze[y][x] == 'E') return depth;
    if (maze[y][x] != '.' && maze[y][x] != 'S') return 0;
    char saved = maze[y][x];
    maze[y][x] = '+';
    int dy[] = { 0, 1, 0, -1 }, dx[] = { 1, 0, -1, 0 };
    for (int d = 0; d < 4; d++) {
        int r = solve(y + dy[d], x + dx[d], depth + 1);
        if (r) { if (saved == 'S') maze[y][x] = 'S'; return r; }
    }
    maze[y][x] = saved == 'S' ? 'S' : 'x';
    return 0;
}

int main(void) {
    for (int n = 1; n <= 9; n++) {
        solutions = 0;
        queens(0, n);
        printf("queens(%d) = %d", n, solutions);
        if (solutions) {
            printf(" first:");
            for (int i = 0; i < n; i++) printf(" %d", first_solution[i]);
        }
        printf("\n");
    }
    const char *rows[H] = {
        "................",
        ".####....###....",
        ".#..#....#.#....",
        ".#..#....###....",
        ".####...........",
        "........#####...",
        "........#...#...",
        "........#####...",
    };
    for (int y = 0; y < H; y++) strcpy(grid[y], rows[y]);
    printf("fill outside: %d\n", fill(0, 0, '.', ' '));
    printf("fill box1: %d\n", fill(2, 2, '.', 'a'));
    printf("fill box2: %d\n", fill(2, 10, '.', 'b'));
    printf("fill box3: %d\n", fill(6, 9, '.', 'c'));
    printf("fill wall: %d\n", fill(1, 1, '#', '='));
    printf("fill again: %d\n", fill(0, 0, '.', '?'));
    for (int y = 0; y < H; y++) printf("|%s|\n", grid[y]);
    int len = solve(1, 1, 0);
    printf("maze path length = %d\n", len);
    for (int y = 0; y < 7; y++) printf("%s\n", maze[y]);
    return 0;
}
