/* One step of a checksum, exported: the program calls it across images. */
__declspec(dllexport) int BenchStep(int acc, int i)
{
    return acc * 31 + i;
}
