#include "cache/hash.hpp"

#include <xxhash.h>

#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

namespace aspectdiff::cache {

struct Hasher::State {
  XXH3_state_t *xxh = nullptr;
};

Hasher::Hasher() : state_(std::make_unique<State>()) {
  state_->xxh = XXH3_createState();
  if (state_->xxh == nullptr) throw std::bad_alloc();
  XXH3_128bits_reset(state_->xxh);
}

Hasher::~Hasher() {
  XXH3_freeState(state_->xxh);
}

Hasher &Hasher::add(std::string_view bytes) {
  add(static_cast<std::uint64_t>(bytes.size()));
  XXH3_128bits_update(state_->xxh, bytes.data(), bytes.size());
  return *this;
}

Hasher &Hasher::add(std::uint64_t value) {
  std::array<unsigned char, 8> le{};
  for (std::size_t i = 0; i < le.size(); ++i)
    le[i] = static_cast<unsigned char>(value >> (8 * i));
  XXH3_128bits_update(state_->xxh, le.data(), le.size());
  return *this;
}

Hasher &Hasher::add_file(const std::filesystem::path &path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(path.c_str(), "rb"),
                                                        &std::fclose);
  if (error || !file) return add(std::string_view());
  add(static_cast<std::uint64_t>(size));
  std::vector<char> chunk(std::size_t{1} << 20);
  std::uint64_t hashed = 0;
  while (hashed < size) {
    const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file.get());
    if (got == 0) break;
    XXH3_128bits_update(state_->xxh, chunk.data(), got);
    hashed += got;
  }
  return *this;
}

namespace {
std::string to_hex(XXH128_hash_t h) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(32, '0');
  auto put = [&](std::uint64_t v, std::size_t at) {
    for (std::size_t i = 0; i < 16; ++i)
      out[at + i] = digits[(v >> (60 - 4 * i)) & 0xF];
  };
  put(h.high64, 0);
  put(h.low64, 16);
  return out;
}
} // namespace

std::string Hasher::hex() const {
  return to_hex(XXH3_128bits_digest(state_->xxh));
}

std::string xxh3_128_hex(std::string_view bytes) {
  return to_hex(XXH3_128bits(bytes.data(), bytes.size()));
}

} // namespace aspectdiff::cache
