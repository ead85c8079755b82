#include "batch/zstd_frames.hpp"

#include "io/zstd_stream.hpp"
#include "model/error.hpp"

#include <fstream>
#include <iterator>
#include <zstd.h>

namespace aspectdiff::batch {

namespace {

[[noreturn]] void damaged(const std::string &where, const std::string &why) {
  throw model::Error(model::ErrorKind::io, "W103", where + ": not whole zstd frames: " + why);
}

std::string file_bytes(const std::filesystem::path &path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw model::Error(model::ErrorKind::io, "W103", "cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

std::string zstd_frame(std::string_view text) {
  return io::zstd_compress(text); // one call, one frame
}

std::string zstd_decompress(std::string_view bytes, const std::string &where) {
  std::string out;
  ZSTD_DCtx *context = ZSTD_createDCtx();
  if (context == nullptr) damaged(where, "out of memory");
  std::string chunk(ZSTD_DStreamOutSize(), '\0');
  ZSTD_inBuffer in{bytes.data(), bytes.size(), 0};
  std::size_t last = 0; // 0 once a frame is complete
  while (in.pos < in.size) {
    ZSTD_outBuffer piece{chunk.data(), chunk.size(), 0};
    last = ZSTD_decompressStream(context, &piece, &in);
    if (ZSTD_isError(last) != 0) {
      const std::string why = ZSTD_getErrorName(last);
      ZSTD_freeDCtx(context);
      damaged(where, why);
    }
    out.append(chunk.data(), piece.pos);
  }
  // Flush what a frame still holds once all input is in.
  while (last != 0) {
    ZSTD_outBuffer piece{chunk.data(), chunk.size(), 0};
    last = ZSTD_decompressStream(context, &piece, &in);
    if (ZSTD_isError(last) != 0 || piece.pos == 0) {
      ZSTD_freeDCtx(context);
      damaged(where, "the last frame is cut short");
    }
    out.append(chunk.data(), piece.pos);
  }
  ZSTD_freeDCtx(context);
  return out;
}

std::string read_results(const std::filesystem::path &plain, const std::filesystem::path &zst) {
  if (std::filesystem::exists(zst)) return zstd_decompress(file_bytes(zst), zst.string());
  return file_bytes(plain);
}

} // namespace aspectdiff::batch
