/* An export driver without a DriverEntry: it exports a routine reading an object drva exports. */
extern unsigned long DrvACounter;

__declspec(dllexport) unsigned long DrvBTwiceCounter(void)
{
    return DrvACounter * 2;
}
