// Output compressed with zstd as it is written (`-o FILE.zst`): one frame for the whole output,
// so memory holds zstd's window and one piece, whatever the output's size. `zstd -dc FILE.zst`
// gives what the plain output would have been.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace aspectdiff::io {

// Whether an output path asks for compression: it ends in ".zst".
bool wants_zstd(const std::filesystem::path &path);

class ZstdStream {
public:
  using Sink = std::function<void(std::string_view)>;

  // Compressed bytes go to `sink` as zstd produces them (level 3: fast, and about six times
  // smaller on results).
  explicit ZstdStream(Sink sink);
  ~ZstdStream();
  ZstdStream(const ZstdStream &) = delete;
  ZstdStream &operator=(const ZstdStream &) = delete;

  void write(std::string_view text);
  // Ends the frame; nothing may be written after.
  void finish();

private:
  void drive(std::string_view text, bool end);

  Sink sink_;
  void *context_; // ZSTD_CCtx, kept out of this header
  std::string buffer_;
};

// `text` compressed as one zstd frame, for outputs written whole.
std::string zstd_compress(std::string_view text);

} // namespace aspectdiff::io
