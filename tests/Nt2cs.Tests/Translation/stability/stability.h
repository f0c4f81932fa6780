/* The three files of the diff-stability test call each other through these. */
extern int counter_total;
int count_up(int by);
int count_down(int by);
void print_names(int (*step)(int));
