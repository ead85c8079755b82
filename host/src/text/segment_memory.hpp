// Memory for the segmenter's output arrays. A long document's tokens fill tens of megabytes
// that are written once, front to back; mapped 4 KB at a time, the page faults of that first
// write cost about as much as segmenting the text.
#pragma once

#include <cstddef>

namespace aspectdiff::text {

// Asks the kernel to back the 2 MB-aligned part of [data, data + bytes) with huge pages, so
// first writes fault once per 2 MB instead of once per 4 KB. Only a hint: nothing changes
// where the system does not offer it, and small buffers are left alone.
void prefer_huge_pages(void *data, std::size_t bytes) noexcept;

} // namespace aspectdiff::text
