/* Enumerators keep their names; block-scope statics live in the image's data. */
enum color { RED, GREEN = 5, BLUE };

int next_color(enum color c)
{
    static int transitions;
    static const char labels[] = "rgb";
    transitions++;
    switch (c) {
    case RED: return GREEN;
    case GREEN: return BLUE + labels[transitions % 3];
    default: return RED;
    }
}
