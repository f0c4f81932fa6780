/* Struct fields through pointers, nested structs and arrays, and the address of a field. */
struct point { int x, y; };
struct shape {
    struct point origin;
    struct point corners[4];
    struct shape *next;
    int count;
};

int area(struct shape *s)
{
    int *counter = &s->count;
    s->next->origin.x = s->corners[2].y;
    (*counter)++;
    return (s->corners[1].x - s->origin.x) * (s->corners[3].y - s->origin.y);
}
