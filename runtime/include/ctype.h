/* ctype.h - character classification in the "C" locale. The argument is an int holding an unsigned char
   value or EOF; other values classify as nothing and convert to themselves. */
#ifndef _NT2CS_CTYPE_H
#define _NT2CS_CTYPE_H

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

#endif
