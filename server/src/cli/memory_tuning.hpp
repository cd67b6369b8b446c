#pragma once

namespace mienskip {

/// Keeps freed memory in the process instead of handing it back to the system after every
/// allocation burst. The LEXIMIN search re-solves small linear programs tens of thousands of
/// times, and CLP allocates and frees its work arrays on each; with glibc's defaults a third of
/// the time went to returning and re-faulting those pages (measured: 32 s -> 22 s on a pool of
/// 1,000 with k = 170). Costs at most the thresholds below in retained memory.
void keep_freed_memory();

}  // namespace mienskip
