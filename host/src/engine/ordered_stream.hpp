// Work on a stream of items in parallel, results handed on in input order as soon as they and
// every item before them are done. At most `window` items are in flight between reading and
// writing, so memory stays flat whatever the length of the stream: `extract` writes each
// document's result while later documents are still being read.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace aspectdiff::engine {

// How many items may be between the reader and the writer for `jobs` workers: enough that a
// long document does not stall the others, few enough that memory does not depend on the input.
inline std::size_t stream_window(unsigned jobs) {
  return 4 * std::size_t{std::max(1u, jobs)} + 4;
}

// Calls read(push) on the calling thread; read calls push(Item&&) for each item in order. Each
// item goes through work(Item&&) -> Result on one of `jobs` threads (`work` must not throw), and
// write(Result&&) is called once per item, in push order, one call at a time. With one job
// everything runs in turn on the calling thread. An exception from `read` or `write` stops the
// stream (items in flight are dropped) and is rethrown once every thread has finished.
template <class Item, class Read, class Work, class Write>
void run_ordered(unsigned jobs, std::size_t window, Read &&read, Work &&work, Write &&write) {
  using Result = std::invoke_result_t<Work &, Item &&>;
  if (jobs <= 1) {
    read([&](Item &&item) { write(work(std::move(item))); });
    return;
  }
  window = std::max<std::size_t>(window, 1);

  std::mutex mutex;
  std::condition_variable room;  // the reader waits for a free place in the window
  std::condition_variable items; // workers wait for an item
  std::deque<std::pair<std::uint64_t, Item>> queue;
  std::map<std::uint64_t, Result> done; // finished, waiting for an earlier item
  std::uint64_t pushed = 0, written = 0;
  bool closed = false, failed = false, writing = false;
  std::exception_ptr error;

  // Called by a worker after it finished an item: the first worker to find the next result ready
  // writes it and every consecutive one after it, outside the lock.
  auto write_ready = [&](std::unique_lock<std::mutex> &lock) {
    if (writing) return;
    writing = true;
    for (auto it = done.find(written); it != done.end(); it = done.find(written)) {
      Result result = std::move(it->second);
      done.erase(it);
      if (!failed) {
        lock.unlock();
        try {
          write(std::move(result));
        } catch (...) {
          lock.lock();
          if (!error) error = std::current_exception();
          failed = true;
          queue.clear();
          items.notify_all();
          lock.unlock();
        }
        lock.lock();
      }
      ++written;
      room.notify_one();
    }
    writing = false;
  };

  auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      items.wait(lock, [&] { return closed || failed || !queue.empty(); });
      if (queue.empty()) return;
      auto [ticket, item] = std::move(queue.front());
      queue.pop_front();
      lock.unlock();
      Result result = work(std::move(item));
      lock.lock();
      done.emplace(ticket, std::move(result));
      write_ready(lock);
    }
  };

  std::vector<std::jthread> pool;
  pool.reserve(jobs);
  for (unsigned i = 0; i < jobs; ++i)
    pool.emplace_back(worker);

  struct Stopped {}; // leaves `read` once a write failed
  try {
    read([&](Item &&item) {
      std::unique_lock lock(mutex);
      room.wait(lock, [&] { return failed || pushed < written + window; });
      if (failed) throw Stopped{};
      queue.emplace_back(pushed++, std::move(item));
      items.notify_one();
    });
  } catch (const Stopped &) {
  } catch (...) {
    std::lock_guard lock(mutex);
    if (!error) error = std::current_exception();
    failed = true;
    queue.clear();
  }
  {
    std::lock_guard lock(mutex);
    closed = true;
    items.notify_all();
  }
  pool.clear(); // joins: every pushed item is written (or dropped after a failure)
  // A result finished while another worker was writing is picked up by that writer's loop; one
  // finished last, while nobody was writing, was written by its own worker. Nothing is left.
  if (error) std::rethrow_exception(error);
}

} // namespace aspectdiff::engine
