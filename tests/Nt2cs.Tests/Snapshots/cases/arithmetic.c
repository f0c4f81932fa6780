/* Integer promotions, usual arithmetic conversions, narrowing stores and compound assignments. */
int mix(signed char c, unsigned short s, unsigned u, long long ll)
{
    int a = c + s;            /* both promote to int */
    unsigned b = u + a;       /* int converts to unsigned */
    long long d = ll * u;     /* unsigned widens to long long */
    c += 100;                 /* computed in int, stored back as char */
    s <<= 3;
    return a + (int)b + (int)(d >> 1) + c + s + (-u > 5u) + ~c;
}
