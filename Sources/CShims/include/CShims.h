#ifndef COMMUNIQUE_CSHIMS_H
#define COMMUNIQUE_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int communique_exchange_paths(const char *a, const char *b);


#include <stddef.h>

/// glibc's memmem (a GNU extension Swift does not see): 1 when `needle` occurs in `haystack`.
int communique_contains(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Returns the heap's free memory to the system (glibc malloc_trim); a no-op elsewhere.
void communique_trim_heap(void);

#endif
