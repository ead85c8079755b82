#include "io/zstd_stream.hpp"

#include "model/error.hpp"

#include <zstd.h>

#include <new>

namespace aspectdiff::io {

namespace {

constexpr int level = 3;

ZSTD_CCtx *cctx(void *context) {
  return static_cast<ZSTD_CCtx *>(context);
}

void check(std::size_t code) {
  if (ZSTD_isError(code) != 0)
    throw model::Error(model::ErrorKind::io, "W103",
                       std::string("zstd compression failed: ") + ZSTD_getErrorName(code));
}

} // namespace

bool wants_zstd(const std::filesystem::path &path) {
  return path.extension() == ".zst";
}

ZstdStream::ZstdStream(Sink sink) : sink_(std::move(sink)), context_(ZSTD_createCCtx()) {
  if (context_ == nullptr) throw std::bad_alloc();
  check(ZSTD_CCtx_setParameter(cctx(context_), ZSTD_c_compressionLevel, level));
  buffer_.resize(ZSTD_CStreamOutSize());
}

ZstdStream::~ZstdStream() {
  ZSTD_freeCCtx(cctx(context_));
}

void ZstdStream::write(std::string_view text) {
  drive(text, false);
}

void ZstdStream::finish() {
  drive({}, true);
}

// Feeds `text` in and hands on every full output buffer; at the end, until the frame is closed.
void ZstdStream::drive(std::string_view text, bool end) {
  ZSTD_inBuffer in{text.data(), text.size(), 0};
  for (;;) {
    ZSTD_outBuffer out{buffer_.data(), buffer_.size(), 0};
    const std::size_t left =
        ZSTD_compressStream2(cctx(context_), &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
    check(left);
    if (out.pos > 0) sink_(std::string_view(buffer_.data(), out.pos));
    if (end ? left == 0 : in.pos == in.size) return;
  }
}

std::string zstd_compress(std::string_view text) {
  std::string out;
  ZstdStream stream([&](std::string_view bytes) { out.append(bytes); });
  stream.write(text);
  stream.finish();
  return out;
}

} // namespace aspectdiff::io
