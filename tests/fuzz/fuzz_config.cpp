// libFuzzer target: aspectdiff.toml text, then a plugin's settings resolved against it (the
// user's [plugins.<name>] table merged over a default, flattened for the ABI). Bad input must be
// a model::Error (a coded message naming file, line and column), never a crash.
#include "config/config.hpp"
#include "config/plugin_settings.hpp"
#include "model/error.hpp"

#include <cstdint>
#include <string_view>

namespace {
// A default of every value type and a nested table, as plugins declare them.
constexpr const char *kDefaults = "threshold = 0.5\nlimit = 10\nenabled = true\nname = \"x\"\n"
                                  "words = [\"a\", \"b\"]\n[lexicon]\nextra = \"\"\nweight = 1.0\n";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char *>(data), size);
  try {
    const auto config = aspectdiff::config::parse_config_text(text, "fuzz.toml");
    for (const char *plugin : {"fuzz", "sentiment"}) {
      try {
        const auto settings =
            aspectdiff::config::resolve_plugin_settings(plugin, kDefaults, config);
        const auto entries = settings.abi_entries();
        (void)entries;
      } catch (const aspectdiff::model::Error &) {
      }
    }
  } catch (const aspectdiff::model::Error &) {
  }
  return 0;
}
