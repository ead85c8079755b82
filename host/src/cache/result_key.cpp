#include "cache/result_key.hpp"

#include "cache/hash.hpp"

#include <string_view>
#include <type_traits>
#include <vector>

namespace aspectdiff::cache {

namespace {

// The bytes of an array of plain structs of 32-bit fields. The cache is local to one machine, so
// the host's byte order is fine. The static_asserts guard against padding bytes (unspecified
// values) entering the hash if the ABI structs ever change shape.
template <class T> std::string_view raw_bytes(const std::vector<T> &values) {
  static_assert(std::is_trivially_copyable_v<T>);
  static_assert(sizeof(T) % sizeof(std::uint32_t) == 0);
  return {reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T)};
}

static_assert(sizeof(aspectdiff_token) == 6 * sizeof(std::uint32_t),
              "aspectdiff_token changed: check it has no padding, then update this guard");
static_assert(sizeof(aspectdiff_segment) == 4 * sizeof(std::uint32_t),
              "aspectdiff_segment changed: check it has no padding, then update this guard");

} // namespace

std::string result_key(const model::Document &doc, const model::Provenance &provenance,
                       std::span<const std::string> input_keys) {
  Hasher h;
  h.add(std::string_view("aspectdiff/result-key/1"));
  h.add(doc.text).add(doc.title).add(doc.source).add(doc.date).add(doc.url).add(doc.language);
  h.add(doc.normalised)
      .add(raw_bytes(doc.tokens))
      .add(raw_bytes(doc.sentences))
      .add(raw_bytes(doc.paragraphs))
      .add(std::uint64_t{doc.word_count});
  h.add(provenance.plugin)
      .add(provenance.version)
      .add(std::uint64_t{provenance.abi_major})
      .add(std::uint64_t{provenance.abi_minor})
      .add(provenance.config_hash);
  h.add(static_cast<std::uint64_t>(input_keys.size()));
  for (const auto &key : input_keys)
    h.add(key);
  return h.hex();
}

} // namespace aspectdiff::cache
