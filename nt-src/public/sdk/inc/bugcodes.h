/*++

Module Name:

    bugcodes.h

Abstract:

    Bug check codes, with the values the DDK's bug check reference documents.

--*/

#ifndef _BUGCODES_
#define _BUGCODES_

#define APC_INDEX_MISMATCH                   ((ULONG)0x00000001L)
#define SPIN_LOCK_ALREADY_OWNED              ((ULONG)0x0000000FL)
#define SPIN_LOCK_NOT_OWNED                  ((ULONG)0x00000010L)
#define THREAD_NOT_MUTEX_OWNER               ((ULONG)0x00000011L)
#define IRQL_NOT_GREATER_OR_EQUAL            ((ULONG)0x00000009L)
#define IRQL_NOT_LESS_OR_EQUAL               ((ULONG)0x0000000AL)
#define KMODE_EXCEPTION_NOT_HANDLED          ((ULONG)0x0000001EL)
#define UNEXPECTED_KERNEL_MODE_TRAP          ((ULONG)0x0000007FL)
#define PAGE_FAULT_IN_NONPAGED_AREA          ((ULONG)0x00000050L)
#define NO_MORE_SYSTEM_PTES                  ((ULONG)0x0000003FL)
#define NO_PAGES_AVAILABLE                   ((ULONG)0x0000004DL)
#define PFN_LIST_CORRUPT                     ((ULONG)0x0000004EL)
#define KERNEL_APC_PENDING_DURING_EXIT       ((ULONG)0x00000020L)
#define PHASE0_INITIALIZATION_FAILED         ((ULONG)0x00000031L)
#define PHASE1_INITIALIZATION_FAILED         ((ULONG)0x00000032L)
#define SYSTEM_THREAD_EXCEPTION_NOT_HANDLED  ((ULONG)0x0000007EL)
#define MUST_SUCCEED_POOL_EMPTY              ((ULONG)0x00000041L)
#define ATTEMPTED_SWITCH_FROM_DPC            ((ULONG)0x000000B8L)
#define NO_MORE_IRP_STACK_LOCATIONS          ((ULONG)0x00000035L)
#define MULTIPLE_IRP_COMPLETE_REQUESTS       ((ULONG)0x00000044L)
#define CANCEL_STATE_IN_COMPLETED_IRP        ((ULONG)0x00000048L)
#define MEMORY_MANAGEMENT                    ((ULONG)0x0000001AL)
#define BAD_POOL_HEADER                      ((ULONG)0x00000019L)
#define BAD_POOL_CALLER                      ((ULONG)0x000000C2L)
#define MANUALLY_INITIATED_CRASH             ((ULONG)0x000000E2L)
#define REGISTRY_ERROR                       ((ULONG)0x00000051L)
#define BAD_SYSTEM_CONFIG_INFO               ((ULONG)0x00000074L)
#define CRITICAL_SERVICE_FAILED              ((ULONG)0x0000005AL)
#define RESOURCE_NOT_OWNED                   ((ULONG)0x000000E3L)

#endif // _BUGCODES_
