#ifndef COMMUNIQUE_CSHIMS_H
#define COMMUNIQUE_CSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int communique_exchange_paths(const char *a, const char *b);

#endif
