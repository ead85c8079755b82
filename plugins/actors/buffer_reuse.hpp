// Buffers kept from one document to the next on a thread save an allocation per buffer and
// document; this keeps one very large document from pinning its memory for the thread's life.
#pragma once

#include <cstddef>

namespace aspectdiff::plugins::actors {

// Frees `v` when it holds more than a megabyte and four times what the next document needs
// (`needed` elements); it then grows again to that document's size.
template <class Vector> void release_if_oversized(Vector &v, std::size_t needed) {
  constexpr std::size_t floor_bytes = std::size_t{1} << 20;
  if (v.capacity() * sizeof(typename Vector::value_type) > floor_bytes && v.capacity() > 4 * needed)
    Vector().swap(v);
}

} // namespace aspectdiff::plugins::actors
