/* Unions of structs sharing a common initial sequence: a tagged message union dispatched on the shared header,
   the header read and written through any member, arrays of such unions, pointers to members, and sizeof. */
#include <stdio.h>
#include <string.h>

enum { MSG_PING = 1, MSG_MOVE = 2, MSG_TEXT = 3, MSG_SUM = 4 };

typedef struct { unsigned short type; unsigned short length; int seq; } Header;
typedef struct { unsigned short type; unsigned short length; int seq; unsigned int cookie; } Ping;
typedef struct { unsigned short type; unsigned short length; int seq; short dx, dy; int speed; } Move;
typedef struct { unsigned short type; unsigned short length; int seq; char text[13]; } Text;
typedef struct { unsigned short type; unsigned short length; int seq; int count; int values[5]; } Sum;

typedef union {
    Header hdr;
    Ping ping;
    Move move;
    Text text;
    Sum sum;
} Message;

static int next_seq = 100;

static void init_header(Message *m, unsigned short type, unsigned short length) {
    m->hdr.type = type;
    m->hdr.length = length;
    m->hdr.seq = next_seq++;
}

static int handle(const Message *m, int *px, int *py) {
    switch (m->hdr.type) {   /* read through the common header whatever member was written */
    case MSG_PING:
        printf("#%d ping cookie=%08x\n", m->ping.seq, m->ping.cookie);
        return (int)(m->ping.cookie & 0xff);
    case MSG_MOVE:
        *px += m->move.dx * m->move.speed;
        *py += m->move.dy * m->move.speed;
        printf("#%d move (%d,%d)x%d -> at (%d,%d)\n", m->move.seq, m->move.dx, m->move.dy, m->move.speed, *px, *py);
        return m->move.speed;
    case MSG_TEXT:
        printf("#%d text \"%s\" len=%u\n", m->text.seq, m->text.text, m->text.length);
        return (int)strlen(m->text.text);
    case MSG_SUM: {
        int s = 0;
        for (int i = 0; i < m->sum.count; i++) s += m->sum.values[i];
        printf("#%d sum of %d = %d\n", m->sum.seq, m->sum.count, s);
        return s;
    }
    default:
        printf("#%d unknown type %u\n", m->hdr.seq, m->hdr.type);
        return -1;
    }
}

int main(void) {
    Message q[6];
    memset(q, 0, sizeof q);

    init_header(&q[0], MSG_PING, sizeof(Ping));
    q[0].ping.cookie = 0xcafe0042u;

    init_header(&q[1], MSG_MOVE, sizeof(Move));
    q[1].move.dx = -3; q[1].move.dy = 7; q[1].move.speed = 4;

    init_header(&q[2], MSG_TEXT, sizeof(Text));
    strcpy(q[2].text.text, "hello union");

    init_header(&q[3], MSG_SUM, sizeof(Sum));
    q[3].sum.count = 5;
    for (int i = 0; i < 5; i++) q[3].sum.values[i] = (i + 1) * (i + 1);

    /* write the header through a different member than the body */
    q[4].move.type = MSG_MOVE;
    q[4].text.seq = next_seq++;
    q[4].ping.length = sizeof(Move);
    q[4].move.dx = 10; q[4].move.dy = -1; q[4].move.speed = 2;

    init_header(&q[5], 9, 0);

    int x = 0, y = 0, total = 0;
    for (int i = 0; i < 6; i++) total += handle(&q[i], &x, &y);
    printf("total=%d final=(%d,%d)\n", total, x, y);

    /* the header views alias: pointers to each member's seq are the same address */
    Message *m = &q[3];
    int same = (void *)&m->hdr.seq == (void *)&m->sum.seq && (void *)&m->ping.seq == (void *)&m->text.seq;
    printf("seq fields alias: %d\n", same);
    Header *h = &m->hdr;
    h->seq += 1000;
    printf("sum.seq now %d, move.seq %d\n", m->sum.seq, m->move.seq);

    /* pointer to union and pointer to a member compare equal after conversion */
    printf("member at union start: %d %d\n", (void *)&q[1].move == (void *)&q[1], (char *)&q[2].text.text - (char *)&q[2]);
    printf("sizes: hdr=%u ping=%u move=%u text=%u sum=%u msg=%u\n", (unsigned)sizeof(Header), (unsigned)sizeof(Ping),
           (unsigned)sizeof(Move), (unsigned)sizeof(Text), (unsigned)sizeof(Sum), (unsigned)sizeof(Message));

    /* overwrite a text with a ping: the common header survives, the body bytes are reinterpreted */
    q[2].ping.type = MSG_PING;
    handle(&q[2], &x, &y);
    return total & 0x7f;
}
