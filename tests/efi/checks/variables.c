/* variables.c - GetVariable, SetVariable and GetNextVariableName (UEFI 2.10, 8.2) across boots: the first boot
   with a fresh store makes the variables, each later boot finds the non-volatile one from the boot before
   (counting boots) and not the volatile one. "fact: variables boot N" tells the host which boot this was. */
#include "../lib/efitest.h"

static EFI_GUID s_Vendor = { 0x6e743263, 0x7661, 0x4a72, { 0x91, 0x5e, 0x0b, 0x0f, 0x72, 0x56, 0x61, 0x72 } };

#define NV_BS_RT (EFI_VARIABLE_NON_VOLATILE | EFI_VARIABLE_BOOTSERVICE_ACCESS | EFI_VARIABLE_RUNTIME_ACCESS)
#define BS_RT (EFI_VARIABLE_BOOTSERVICE_ACCESS | EFI_VARIABLE_RUNTIME_ACCESS)

/* Whether GetNextVariableName lists Name under the test's vendor GUID. */
static BOOLEAN Listed(CONST CHAR16 *Name)
{
    CHAR16 *Buffer = (CHAR16 *)AllocateZeroed(1024);
    EFI_GUID Vendor;
    BOOLEAN Found = FALSE;
    UINTN Size, Steps;
    EFI_STATUS Status = EFI_SUCCESS;
    if (Buffer == NULL)
        return FALSE;
    MemFill(&Vendor, sizeof Vendor, 0);
    for (Steps = 0; Steps < 10000 && !Found; Steps++) {
        Size = 1024;
        Status = gRT->GetNextVariableName(&Size, Buffer, &Vendor);
        if (Status != EFI_SUCCESS)
            break;
        Found = GuidEqual(&Vendor, &s_Vendor) && StrEqual(Buffer, Name);
    }
    gBS->FreePool(Buffer);
    return Found;
}

static VOID FirstBoot(VOID)
{
    UINT32 Boots = 1, Read = 0, Attributes = 0;
    UINT8 Volatile[3] = { 1, 2, 3 };
    UINTN Size;

    CheckStatus(gRT->SetVariable(L"Nt2csBoots", &s_Vendor, NV_BS_RT, sizeof Boots, &Boots), EFI_SUCCESS,
        L"SetVariable(Nt2csBoots, NV | BS | RT)");
    Size = sizeof Read;
    CheckStatus(gRT->GetVariable(L"Nt2csBoots", &s_Vendor, &Attributes, &Size, &Read), EFI_SUCCESS,
        L"GetVariable(Nt2csBoots)");
    Check(Size == sizeof Read && Read == 1, L"  the value written");
    CheckValue(Attributes, NV_BS_RT, L"  the attributes written");
    Size = 1;
    CheckStatus(gRT->GetVariable(L"Nt2csBoots", &s_Vendor, NULL, &Size, &Read), EFI_BUFFER_TOO_SMALL,
        L"GetVariable into a buffer too small");
    CheckValue(Size, sizeof Read, L"  DataSize says the size needed");

    CheckStatus(gRT->SetVariable(L"Nt2csVolatile", &s_Vendor, BS_RT, sizeof Volatile, Volatile), EFI_SUCCESS,
        L"SetVariable(Nt2csVolatile, BS | RT)");
    Check(Listed(L"Nt2csBoots") && Listed(L"Nt2csVolatile"), L"GetNextVariableName lists both");

    CheckStatus(gRT->SetVariable(L"Nt2csDeleted", &s_Vendor, NV_BS_RT, 1, Volatile), EFI_SUCCESS,
        L"SetVariable(Nt2csDeleted)");
    CheckStatus(gRT->SetVariable(L"Nt2csDeleted", &s_Vendor, NV_BS_RT, 0, NULL), EFI_SUCCESS,
        L"SetVariable with DataSize 0 deletes it");
    Size = sizeof Read;
    CheckStatus(gRT->GetVariable(L"Nt2csDeleted", &s_Vendor, NULL, &Size, &Read), EFI_NOT_FOUND, L"  GetVariable");
    Check(!Listed(L"Nt2csDeleted"), L"  GetNextVariableName does not list it");
}

static VOID LaterBoot(UINT32 Boots, UINT32 Attributes)
{
    UINT8 Volatile[3];
    UINTN Size = sizeof Volatile;
    CheckValue(Attributes, NV_BS_RT, L"  with the attributes the last boot gave it");
    CheckStatus(gRT->GetVariable(L"Nt2csVolatile", &s_Vendor, NULL, &Size, Volatile), EFI_NOT_FOUND,
        L"the volatile variable of the last boot is gone");
    Size = sizeof Volatile;
    CheckStatus(gRT->GetVariable(L"Nt2csDeleted", &s_Vendor, NULL, &Size, Volatile), EFI_NOT_FOUND,
        L"the deleted variable stays deleted");
    Boots++;
    CheckStatus(gRT->SetVariable(L"Nt2csBoots", &s_Vendor, NV_BS_RT, sizeof Boots, &Boots), EFI_SUCCESS,
        L"SetVariable(Nt2csBoots) to count this boot");
}

VOID TestVariables(VOID)
{
    UINT32 Boots = 0, Attributes = 0;
    UINTN Size = sizeof Boots;
    EFI_STATUS Status = gRT->GetVariable(L"Nt2csBoots", &s_Vendor, &Attributes, &Size, &Boots);

    CheckStatus(gRT->GetVariable(NULL, &s_Vendor, NULL, &Size, &Boots), EFI_INVALID_PARAMETER, L"GetVariable(NULL name)");
    CheckStatus(gRT->SetVariable(L"Nt2csBad", &s_Vendor, EFI_VARIABLE_RUNTIME_ACCESS, 1, &Boots), EFI_INVALID_PARAMETER,
        L"SetVariable with RUNTIME_ACCESS but not BOOTSERVICE_ACCESS");
    if (Status == EFI_NOT_FOUND) {
        Fact(L"variables");
        Print(L"boot 1");
        PrintLine();
        FirstBoot();
    } else if (CheckStatus(Status, EFI_SUCCESS, L"GetVariable(Nt2csBoots) from the last boot")) {
        Fact(L"variables");
        Print(L"boot ");
        PrintDec(Boots + 1);
        PrintLine();
        LaterBoot(Boots, Attributes);
    }
}
