/* Compound literals: in a function, a frame slot filled in place; at file scope, an object of its own. */
struct vec { int x, y, z; };

static int *primes = (int[]){ 2, 3, 5, 7 };

static int dot(const struct vec *a, const struct vec *b) { return a->x * b->x + a->y * b->y + a->z * b->z; }

int project(int k)
{
    return dot(&(struct vec){ k, 2, 3 }, &(struct vec){ .z = 1 }) + primes[k & 3];
}
