// Text that must come later in an output than it is made: written to an unnamed temporary file
// as it comes and read back in order once, so that holding it costs disk, not memory.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace aspectdiff::io {

class SpillFile {
public:
  // Creates the file in $TMPDIR (or /tmp) and unlinks it at once: nothing is left behind
  // however the process ends. Throws model::Error (io, W001) when it cannot be created.
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile &) = delete;
  SpillFile &operator=(const SpillFile &) = delete;

  void write(std::string_view bytes); // buffered
  bool empty() const noexcept { return written_ == 0; }
  // Hands everything written so far to `sink`, in order, in pieces of bounded size.
  void replay(const std::function<void(std::string_view)> &sink);

private:
  void flush();

  std::string path_; // for messages only: the file has no name once created
  int fd_ = -1;
  std::string buffer_;
  std::size_t written_ = 0;
};

} // namespace aspectdiff::io
