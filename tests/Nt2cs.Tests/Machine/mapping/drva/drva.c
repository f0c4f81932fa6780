/* A driver importing from the program (KeReport) and from drvb, which imports its DrvACounter in turn. */
void KeReport(const char *What, unsigned long Value);
unsigned long DrvBTwiceCounter(void);

__declspec(dllexport) unsigned long DrvACounter = 20;

static const char *Greeting = "drva loaded, counter twice";

long DriverEntry(void *DriverObject, void *RegistryPath)
{
    DrvACounter++;
    KeReport(Greeting, DrvBTwiceCounter());
    return 0;
}
