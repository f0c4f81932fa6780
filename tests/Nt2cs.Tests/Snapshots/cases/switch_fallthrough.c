/* A switch with fall-through, a default in the middle and a case sharing a body. */
int classify(int c)
{
    int score = 0;
    switch (c) {
    case 'a':
    case 'e':
        score += 10;
        /* fall through */
    case 'x':
        score += 1;
        break;
    default:
        score = -1;
        /* fall through */
    case 0:
        score *= 2;
        break;
    case 'z':
        return 26;
    }
    return score;
}
