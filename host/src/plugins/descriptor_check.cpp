#include "plugins/descriptor_check.hpp"

#include <algorithm>
#include <cstring>

namespace aspectdiff::plugins {

namespace {

std::string text(const char *s) {
  return s == nullptr ? std::string() : std::string(s);
}

std::vector<std::string> split_languages(const std::string &list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    auto end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string lang = list.substr(start, end - start);
    lang.erase(std::remove(lang.begin(), lang.end(), ' '), lang.end());
    if (lang == "*") return {};
    if (!lang.empty()) out.push_back(lang);
    start = end + 1;
  }
  return out;
}

} // namespace

bool valid_plugin_name(std::string_view name) noexcept {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string entry_symbol(std::string_view stem) {
  return std::string(ASPECTDIFF_ENTRY_PREFIX) + std::string(stem) + ASPECTDIFF_ENTRY_SUFFIX;
}

std::variant<LoadedPlugin, CheckFailure> check_descriptor(const aspectdiff_plugin_descriptor *d,
                                                          std::string_view file_stem) {
  const auto fail = [](const char *code, std::string reason) {
    return CheckFailure{code, std::move(reason)};
  };
  if (d == nullptr) return fail("P013", "the entry function returned no descriptor");
  if (d->abi_major != ASPECTDIFF_ABI_MAJOR)
    return fail("P003", "built for plugin ABI " + std::to_string(d->abi_major) + "." +
                            std::to_string(d->abi_minor) + ", this host speaks ABI " +
                            std::to_string(ASPECTDIFF_ABI_MAJOR) +
                            ".x; rebuild the plugin "
                            "against this host's SDK");
  if (d->abi_minor > ASPECTDIFF_ABI_MINOR)
    return fail("P004", "built for plugin ABI 1." + std::to_string(d->abi_minor) +
                            ", newer than this host's 1." + std::to_string(ASPECTDIFF_ABI_MINOR) +
                            "; upgrade aspectdiff or rebuild the plugin against this SDK");
  if (d->struct_size < ASPECTDIFF_DESCRIPTOR_SIZE_1_0)
    return fail("P005", "descriptor is " + std::to_string(d->struct_size) +
                            " bytes, ABI 1.0 needs at least " +
                            std::to_string(ASPECTDIFF_DESCRIPTOR_SIZE_1_0));
  LoadedPlugin p;
  p.descriptor = d;
  p.name = text(d->name);
  p.version_text = text(d->version);
  p.aspect = text(d->aspect);
  if (p.name.empty()) return fail("P006", "descriptor has an empty name");
  if (p.aspect.empty()) return fail("P006", "plugin '" + p.name + "' provides an empty aspect");
  if (p.version_text.empty()) return fail("P006", "plugin '" + p.name + "' has an empty version");
  const auto version = parse_version(p.version_text);
  if (!version)
    return fail("P014", "plugin '" + p.name + "' has version '" + p.version_text +
                            "', expected major.minor.patch");
  p.version = *version;
  if (!valid_plugin_name(p.name))
    return fail("P006", "plugin name '" + p.name + "' must use only a-z, 0-9 and _");
  if (p.name != file_stem)
    return fail("P007", "descriptor names the plugin '" + p.name + "' but the file is '" +
                            std::string(file_stem) + "'; rename the file to '" + p.name + ".so'");
  if (d->create == nullptr || d->destroy == nullptr || d->extract == nullptr ||
      d->release_message == nullptr)
    return fail("P012",
                "plugin '" + p.name + "' lacks one of create, destroy, extract, release_message");
  if (d->requires_count > 0 && d->requires_list == nullptr)
    return fail("P006", "plugin '" + p.name + "' declares requirements but no list");
  for (std::size_t i = 0; i < d->requires_count; ++i) {
    const auto &r = d->requires_list[i];
    Requirement req;
    req.aspect = text(r.aspect);
    if (req.aspect.empty())
      return fail("P006", "plugin '" + p.name + "' requires an aspect with an empty name");
    const auto min = parse_version(r.min_version == nullptr ? "0" : r.min_version);
    if (!min)
      return fail("P014", "plugin '" + p.name + "' requires '" + req.aspect +
                              "' with an unreadable minimum version '" + text(r.min_version) + "'");
    req.min_version = *min;
    req.optional = r.optional != 0;
    p.requires_list.push_back(std::move(req));
  }
  p.summary = text(d->summary);
  p.languages = split_languages(text(d->languages));
  p.default_config = text(d->default_config);
  return p;
}

} // namespace aspectdiff::plugins
