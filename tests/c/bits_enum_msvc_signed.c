/* MSVC gives every C enum the underlying type int, so an enum bitfield is a SIGNED bitfield and an enum
   variable can hold negative values even when every enumerator is non-negative. The Linux oracle types such an
   enum as unsigned int, so this program carries its expectation from MSVC's documented rules instead. */
#include <stdio.h>

typedef enum { RED, GREEN, BLUE, ALPHA } Color;

struct Pixel {
    Color c : 2;
    unsigned u : 2;
};

int main(void) {
    struct Pixel p;
    p.c = GREEN;
    p.u = 1;
    printf("green %d %u\n", (int)p.c, p.u);
    p.c = BLUE;
    p.u = 2;
    printf("blue %d %u\n", (int)p.c, p.u);
    p.c = ALPHA;
    printf("alpha==ALPHA %d\n", p.c == ALPHA);
    Color x = (Color)-1;
    printf("negative %d\n", x < 0);
    printf("sizeof %u\n", (unsigned)sizeof(Color));
    return 0;
}

/* EXPECTED (status 0)
green 1 1
  -- GREEN is 1, which a 2-bit field holds whether signed or not; u is an ordinary unsigned 2-bit field.
blue -2 2
  -- Microsoft C: "the identifiers in an enumeration list are declared as constants of type int" and an enum
  -- type is int, so `Color c : 2` is a signed 2-bit field (MSVC warns C4341/C4463 for exactly this); the bit
  -- pattern 10 of BLUE (2) reads back as -2. The unsigned field keeps 2.
alpha==ALPHA 0
  -- ALPHA (3) stored in a signed 2-bit field reads back as -1, which is not equal to 3.
negative 1
  -- the enum type is int, so (Color)-1 keeps the value -1 and compares below 0.
sizeof 4
  -- an enum is int-sized.
*/
