// A minimal parallel loop: `jobs` threads take indices from a shared counter, so long and short
// documents balance themselves.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace aspectdiff::engine {

inline unsigned resolve_jobs(unsigned requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

// Calls body(i) for every i in [0, count). `body` must not throw.
template <class Body> void parallel_for(std::size_t count, unsigned jobs, Body &&body) {
  const auto threads = static_cast<std::size_t>(std::max(1u, jobs));
  if (threads == 1 || count < 2) {
    for (std::size_t i = 0; i < count; ++i)
      body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
      body(i);
  };
  std::vector<std::jthread> pool;
  const std::size_t n = std::min(threads, count);
  pool.reserve(n - 1);
  for (std::size_t t = 1; t < n; ++t)
    pool.emplace_back(worker);
  worker();
}

} // namespace aspectdiff::engine
