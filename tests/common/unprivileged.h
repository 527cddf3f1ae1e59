// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Root may write to a file whatever its permission bits say, so a test about read-only files run
// as root (as CI runs) first becomes the unprivileged user "nobody" for the rest of its process.

#include <grp.h>
#include <sys/types.h>
#include <unistd.h>

namespace Unprivileged {

constexpr uid_t nobody = 65534;

/// Returns false if the process is root and could not give that up.
inline bool dropRootIfNeeded()
{
    if (::geteuid() != 0)
        return true;
    return ::setgroups(0, nullptr) == 0 && ::setgid(nobody) == 0 && ::setuid(nobody) == 0 && ::geteuid() == nobody;
}

} // namespace Unprivileged
