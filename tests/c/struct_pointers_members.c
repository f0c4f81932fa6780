/* Pointers to structs, -> chains, arrays of pointers to structs, pointer arithmetic on struct arrays. */
#include <stdio.h>
#include <string.h>

typedef struct Employee {
    char name[16];
    int salary;
    short dept;
    struct Employee *manager;
} Employee;

typedef struct { Employee *items[8]; int n; } Roster;

static void give_raise(Employee *e, int pct) { e->salary += e->salary * pct / 100; }
static int chain_length(const Employee *e) { int n = 0; while (e->manager) { e = e->manager; n++; } return n; }
static const Employee *top_boss(const Employee *e) { while (e->manager) e = e->manager; return e; }

int main(void) {
    Employee staff[6] = {
        { "boss", 9000, 1, NULL },
        { "vp", 7000, 1, NULL },
        { "lead", 5000, 2, NULL },
        { "dev", 4000, 2, NULL },
        { "intern", 1000, 2, NULL },
        { "ops", 3500, 3, NULL },
    };
    staff[1].manager = &staff[0];
    staff[2].manager = &staff[1];
    staff[3].manager = &staff[2];
    staff[4].manager = staff + 3;
    staff[5].manager = &staff[1];

    for (Employee *e = staff; e < staff + 6; e++)
        printf("%-7s salary=%5d dept=%d chain=%d boss=%s mgr=%s\n", e->name, e->salary, e->dept, chain_length(e), top_boss(e)->name,
               e->manager ? e->manager->name : "-");
    printf("intern's manager's manager's manager: %s\n", staff[4].manager->manager->manager->name);
    printf("(*staff[3].manager).salary = %d\n", (*staff[3].manager).salary);

    Employee *p = &staff[2];
    printf("p - staff = %d, (p + 2)->name = %s, p[-1].name = %s\n", (int)(p - staff), (p + 2)->name, p[-1].name);
    p++->salary += 1;
    printf("after p++->salary += 1: staff[2].salary=%d, p->name=%s\n", staff[2].salary, p->name);
    ++p->salary;
    printf("after ++p->salary: %d\n", staff[3].salary);
    printf("&p->name[1] = %s, *p->name = %c, p->name[2] = %c\n", &p->name[1], *p->name, p->name[2]);

    for (int i = 0; i < 6; i++) if (staff[i].dept == 2) give_raise(&staff[i], 10);
    give_raise(staff[4].manager->manager, 5);
    Roster r = { { 0 }, 0 };
    for (int i = 0; i < 6; i++) if (staff[i].salary >= 4000) r.items[r.n++] = &staff[i];
    /* sort roster pointers by salary descending */
    for (int i = 0; i < r.n; i++)
        for (int j = i + 1; j < r.n; j++)
            if (r.items[j]->salary > r.items[i]->salary) { Employee *t = r.items[i]; r.items[i] = r.items[j]; r.items[j] = t; }
    for (int i = 0; i < r.n; i++) printf("roster %d: %s %d (index %d)\n", i, r.items[i]->name, r.items[i]->salary, (int)(r.items[i] - staff));
    /* modification through roster visible in array */
    strcpy(r.items[0]->name, "BOSS");
    r.items[r.n - 1]->dept = 9;
    printf("staff[0].name=%s staff[3].dept=%d\n", staff[0].name, staff[3].dept);

    /* pointer to member */
    int *sal = &staff[5].salary;
    *sal -= 500;
    short *dp = &(staff + 5)->dept;
    *dp = (short)(*dp * 7);
    printf("ops: salary=%d dept=%d\n", staff[5].salary, staff[5].dept);
    /* struct pointer through void* */
    void *vp = &staff[1];
    Employee *back = vp;
    printf("back->name=%s back == staff+1: %d\n", back->name, back == staff + 1);
    /* compare struct pointers */
    printf("&staff[1] < &staff[4]: %d, staff+6 > staff+5: %d\n", &staff[1] < &staff[4], staff + 6 > staff + 5);
    /* total payroll with pointer loop */
    long payroll = 0;
    const Employee *end = staff + sizeof staff / sizeof staff[0];
    for (const Employee *e = staff; e != end; ++e) payroll += e->salary;
    printf("payroll=%ld\n", payroll);
    return 0;
}
