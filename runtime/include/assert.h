/* assert.h - diagnostics. A failed assertion reports in MSVC's words and aborts (exit status 134).
   Deliberately without an include guard: the C standard lets a program re-include it to change NDEBUG. */
#undef assert

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
void _assert(const char *expression, const char *file, unsigned line);
#define assert(e) ((e) ? (void)0 : _assert(#e, __FILE__, __LINE__))
#endif
