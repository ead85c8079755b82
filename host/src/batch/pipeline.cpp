#include "batch/pipeline.hpp"

#include "batch/stop_signal.hpp"
#include "batch/work_queue.hpp"
#include "model/error.hpp"
#include "text/ingest.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <iterator>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace aspectdiff::batch {

namespace {

struct StopReading {}; // thrown from the reader's callbacks to leave read_input early

// Between the workers and the writer: finished items by ticket, and the flow-control window.
struct Handoff {
  std::mutex mutex;
  std::condition_variable ready;  // the writer waits for the next ticket
  std::condition_variable credit; // the reader waits for room in the window
  std::map<std::uint64_t, Finished> finished;
  std::uint64_t written = 0; // tickets handed to the sink
  unsigned workers_left = 0;
  std::atomic<bool> abort{false}; // the writer or reader failed
};

bool stopping(const Handoff &h) {
  return StopSignals::requested() || h.abort.load(std::memory_order_relaxed);
}

class Reader {
public:
  Reader(const PipelineInput &input, WorkQueue<WorkItem> &queue, Handoff &handoff,
         std::uint64_t window, PipelineStats &stats)
      : input_(input), queue_(queue), handoff_(handoff), window_(window), stats_(stats) {}

  void run() {
    const auto format = text::input_format_from(input_.format);
    if (!format)
      throw model::Error(model::ErrorKind::usage, "U001",
                         "unknown input format '" + input_.format + "'");
    try {
      for (const auto &path : input_.paths) {
        text::read_input(
            path, *format, [&](model::Document &&doc) { on_document(std::move(doc)); },
            [&](text::InputError &&error) { on_error(std::move(error)); });
        if (stopping(handoff_)) throw StopReading{};
      }
      stats_.interrupted = false;
    } catch (const StopReading &) {
      stats_.interrupted = StopSignals::requested();
      return;
    }
    if (input_.resume && !resume_checked_)
      throw model::Error(model::ErrorKind::usage, "U104",
                         "the inputs changed since this job started: its last finished input (" +
                             input_.resume->last_id +
                             ") is no longer there; use a new output directory");
  }

private:
  void on_document(model::Document &&doc) {
    // Repeated ids get "#2", "#3" as in `extract`, so every document stays addressable.
    if (const unsigned n = ++seen_ids_[key_hash(doc.id)]; n > 1) doc.id += "#" + std::to_string(n);
    WorkItem item;
    const std::string key = doc.id;
    item.document = std::move(doc);
    offer(std::move(item), key);
  }

  void on_error(text::InputError &&error) {
    WorkItem item;
    const std::string key = input_error_key(error);
    item.error = std::move(error);
    offer(std::move(item), key);
  }

  void offer(WorkItem &&item, const std::string &key) {
    if (stopping(handoff_)) throw StopReading{};
    item.seq = stats_.seen++;
    if (!input_.shard.takes(key)) {
      ++stats_.other_shards;
      return;
    }
    if (input_.resume && !resume_checked_) {
      ++taken_before_resume_;
      if (item.seq < input_.resume->last_seq) {
        ++stats_.already_done;
        return;
      }
      if (item.seq > input_.resume->last_seq || key != input_.resume->last_id ||
          taken_before_resume_ != input_.resume->records)
        throw model::Error(model::ErrorKind::usage, "U104",
                           "the inputs changed since this job started (input " +
                               std::to_string(item.seq) + " is " + key + ", the journal expected " +
                               input_.resume->last_id + "); use a new output directory");
      resume_checked_ = true;
      ++stats_.already_done;
      return;
    }
    item.ticket = next_ticket_++;
    {
      std::unique_lock lock(handoff_.mutex);
      while (item.ticket >= handoff_.written + window_) {
        if (stopping(handoff_)) throw StopReading{};
        handoff_.credit.wait_for(lock, std::chrono::milliseconds(200));
      }
    }
    if (!queue_.push(std::move(item))) throw StopReading{};
  }

  const PipelineInput &input_;
  WorkQueue<WorkItem> &queue_;
  Handoff &handoff_;
  std::uint64_t window_;
  PipelineStats &stats_;
  std::unordered_map<std::uint64_t, unsigned> seen_ids_;
  std::uint64_t next_ticket_ = 0;
  std::uint64_t taken_before_resume_ = 0;
  bool resume_checked_ = false;
};

} // namespace

PipelineStats run_pipeline(const PipelineInput &input, const Analyser &analyser,
                           const WriteBatch &write) {
  const unsigned jobs = input.jobs == 0 ? 1 : input.jobs;
  WorkQueue<WorkItem> queue(2 * std::size_t{jobs} + 2);
  Handoff handoff;
  handoff.workers_left = jobs;
  PipelineStats stats;
  const std::uint64_t window = 8 * std::uint64_t{jobs} + 16;
  std::exception_ptr reader_error;

  Reader reader(input, queue, handoff, window, stats);
  std::jthread reader_thread([&] {
    try {
      reader.run();
    } catch (...) {
      reader_error = std::current_exception();
      handoff.abort.store(true);
    }
    queue.close();
  });

  std::vector<std::jthread> workers;
  for (unsigned w = 0; w < jobs; ++w)
    workers.emplace_back([&] {
      while (auto item = queue.pop()) {
        if (item->document) {
          if (input.in_flight != nullptr) input.in_flight->started(item->seq, item->document->id);
          item->suspect = input.suspects.contains(item->seq);
        }
        Finished done = analyser.run(std::move(*item));
        std::lock_guard lock(handoff.mutex);
        const auto ticket = done.ticket;
        handoff.finished.emplace(ticket, std::move(done));
        if (ticket == handoff.written) handoff.ready.notify_one();
      }
      std::lock_guard lock(handoff.mutex);
      --handoff.workers_left;
      handoff.ready.notify_one();
    });

  std::exception_ptr writer_error;
  std::vector<Finished> batch;
  bool abandoned = false;
  for (;;) {
    {
      std::unique_lock lock(handoff.mutex);
      handoff.ready.wait(lock, [&] {
        return handoff.finished.contains(handoff.written) || handoff.workers_left == 0;
      });
      std::uint64_t next = handoff.written;
      for (auto it = handoff.finished.find(next); it != handoff.finished.end() && it->first == next;
           it = handoff.finished.find(++next)) {
        batch.push_back(std::move(it->second));
        handoff.finished.erase(it);
      }
      if (batch.empty() && handoff.workers_left == 0) break;
    }
    // From the first document a stop cut short, nothing more is written: the job's commit point
    // stays before it, and a resumed run analyses it again.
    const auto cut =
        std::find_if(batch.begin(), batch.end(), [](const Finished &f) { return f.abandoned; });
    const auto kept = abandoned ? std::size_t{0} : static_cast<std::size_t>(cut - batch.begin());
    if (cut != batch.end()) abandoned = true;
    std::vector<Finished> to_write(std::make_move_iterator(batch.begin()),
                                   std::make_move_iterator(batch.begin() + kept));
    if (!writer_error && !to_write.empty()) {
      try {
        write(to_write);
        stats.handled += to_write.size();
      } catch (...) {
        writer_error = std::current_exception();
        handoff.abort.store(true);
        queue.close();
      }
    }
    {
      std::lock_guard lock(handoff.mutex);
      handoff.written += batch.size();
      handoff.credit.notify_one();
    }
    batch.clear();
  }
  reader_thread.join();
  workers.clear();
  if (abandoned) stats.interrupted = true;
  if (writer_error) std::rethrow_exception(writer_error);
  if (reader_error) std::rethrow_exception(reader_error);
  return stats;
}

} // namespace aspectdiff::batch
