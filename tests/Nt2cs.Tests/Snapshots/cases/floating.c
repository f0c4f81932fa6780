/* float arithmetic stays single precision; conversions between integers and floating types are explicit. */
double blend(float a, float b, int weight, unsigned long long big)
{
    float mixed = a * 0.25f + b;
    double wide = mixed / 3.0;
    int truncated = (int)wide;
    unsigned u = (unsigned)(a + 1.5f);
    return wide + truncated + u + (double)big + (float)weight;
}
