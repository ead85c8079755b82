// libFuzzer target: the binary decoders that read bytes another process wrote: a cache entry
// (a file anyone with access to the cache folder could corrupt) and each message of the plugin
// worker protocol. Each must reject what is not exactly one valid record, never read outside the
// bytes, and re-encode what it accepts to a record that decodes to the same thing.
#include "cache/entry_format.hpp"
#include "cache/result_codec.hpp"
#include "plugins/worker_protocol.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char *>(data), size);
  namespace protocol = aspectdiff::plugins::protocol;
  if (const auto r = aspectdiff::cache::decode_result(bytes)) {
    const auto again = aspectdiff::cache::encode_result(*r);
    if (!aspectdiff::cache::decode_result(again)) std::abort();
  }
  (void)aspectdiff::cache::decode_entry("0123456789abcdef0123456789abcdef", bytes);
  (void)protocol::decode_create(bytes);
  (void)protocol::decode_created(bytes);
  (void)protocol::decode_failure(bytes);
  (void)protocol::decode_result(bytes);
  (void)protocol::decode_compared(bytes);
  if (const auto e = protocol::decode_extract(bytes)) {
    std::vector<const aspectdiff::model::AspectResult *> inputs;
    for (const auto &input : e->inputs)
      inputs.push_back(&input);
    if (!protocol::decode_extract(protocol::encode_extract(e->document, inputs))) std::abort();
  }
  (void)protocol::decode_compare(bytes);
  return 0;
}
