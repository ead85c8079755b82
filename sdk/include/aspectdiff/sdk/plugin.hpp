// The C++ author API: a plugin is one class plus one macro.
//
//   class Shout {
//   public:
//     static constexpr aspectdiff::sdk::PluginInfo info{
//         .name = "shout", .version = "1.0.0", .aspect = "shouting",
//         .summary = "Share of words written in capitals"};
//     explicit Shout(const aspectdiff::sdk::Config &config);
//     void extract(const aspectdiff::sdk::Document &doc, const aspectdiff::sdk::Inputs &inputs,
//                  const aspectdiff::sdk::ResultWriter &out) const;
//     // optional: void compare(const Document &a, const ResultView &ra, const Document &b,
//     //                        const ResultView &rb, const CompareWriter &out) const;
//   };
//   ASPECTDIFF_PLUGIN(shout, Shout)
//
// The macro exports `aspectdiff_plugin_shout_v1`, which returns a static descriptor whose
// function pointers are shims generated here: they turn every exception into a status code and
// a message, so nothing thrown ever crosses into the host.
#pragma once

#include <aspectdiff/abi.h>
#include <aspectdiff/sdk/config.hpp>
#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/result.hpp>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <span>
#include <stdexcept>
#include <string_view>

namespace aspectdiff::sdk {

struct PluginInfo {
  const char *name = "";
  const char *version = "";
  const char *aspect = "";
  const char *summary = "";
  const char *languages = "*";     // e.g. "en" for a plugin that only handles English
  const char *default_config = ""; // TOML text
  std::span<const aspectdiff_requirement> requires_list = {};
};

// Thrown from extract() when the document or a required input cannot be handled.
class InputError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

namespace detail {

inline char *copy_message(const char *text) noexcept {
  const std::size_t n = std::strlen(text);
  auto *out = static_cast<char *>(std::malloc(n + 1));
  if (out != nullptr) std::memcpy(out, text, n + 1);
  return out;
}

inline void release_message(char *message) {
  std::free(message);
}

// Runs `body` and maps whatever it throws to a status code and a message.
template <class Body> std::int32_t guarded(char **message, Body &&body) noexcept {
  auto fail = [message](std::int32_t code, const char *what) {
    if (message != nullptr) *message = copy_message(what);
    return code;
  };
  try {
    body();
    return ASPECTDIFF_OK;
  } catch (const ConfigError &e) {
    return fail(ASPECTDIFF_ERR_CONFIG, e.what());
  } catch (const InputError &e) {
    return fail(ASPECTDIFF_ERR_INPUT, e.what());
  } catch (const std::bad_alloc &) {
    return fail(ASPECTDIFF_ERR_MEMORY, "out of memory");
  } catch (const std::exception &e) {
    return fail(ASPECTDIFF_ERR_INTERNAL, e.what());
  } catch (...) {
    return fail(ASPECTDIFF_ERR_INTERNAL, "unknown exception");
  }
}

template <class P> struct Shim {
  static std::int32_t create(const aspectdiff_create_args *args, void **instance, char **message) {
    return guarded(message, [&] { *instance = new P(Config(*args)); });
  }
  static void destroy(void *instance) { delete static_cast<P *>(instance); }
  static std::int32_t extract(const void *instance, const aspectdiff_document *doc,
                              const aspectdiff_result_view *inputs, std::size_t input_count,
                              const aspectdiff_result_sink *sink, char **message) {
    return guarded(message, [&] {
      static_cast<const P *>(instance)->extract(Document(*doc), Inputs(inputs, input_count),
                                                ResultWriter(*sink));
    });
  }
  static std::int32_t compare(const void *instance, const aspectdiff_document *a,
                              const aspectdiff_result_view *ra, const aspectdiff_document *b,
                              const aspectdiff_result_view *rb, const aspectdiff_compare_sink *sink,
                              char **message) {
    if constexpr (requires(const P &p) {
                    p.compare(Document(*a), ResultView(*ra), Document(*b), ResultView(*rb),
                              CompareWriter(*sink));
                  }) {
      return guarded(message, [&] {
        static_cast<const P *>(instance)->compare(Document(*a), ResultView(*ra), Document(*b),
                                                  ResultView(*rb), CompareWriter(*sink));
      });
    } else {
      return ASPECTDIFF_ERR_INTERNAL;
    }
  }
  static constexpr bool has_compare =
      requires(const P &p, const Document &d, const ResultView &r, const CompareWriter &w) {
    p.compare(d, r, d, r, w);
  };
};

template <class P>
inline constexpr aspectdiff_plugin_descriptor descriptor{
    ASPECTDIFF_ABI_MAJOR,
    ASPECTDIFF_ABI_MINOR,
    static_cast<std::uint32_t>(sizeof(aspectdiff_plugin_descriptor)),
    P::info.name,
    P::info.version,
    P::info.aspect,
    P::info.summary,
    P::info.languages,
    P::info.default_config,
    P::info.requires_list.data(),
    P::info.requires_list.size(),
    &Shim<P>::create,
    &Shim<P>::destroy,
    &Shim<P>::extract,
    Shim<P>::has_compare ? &Shim<P>::compare : nullptr,
    &release_message};

constexpr bool same_name(const char *a, const char *b) {
  return std::string_view(a) == std::string_view(b);
}

} // namespace detail
} // namespace aspectdiff::sdk

// Exports the plugin's entry point. NAME must equal `CLASS::info.name` and the file name.
#define ASPECTDIFF_PLUGIN(NAME, CLASS)                                                             \
  static_assert(::aspectdiff::sdk::detail::same_name(#NAME, CLASS::info.name),                     \
                "ASPECTDIFF_PLUGIN: NAME must equal info.name");                                   \
  extern "C" ASPECTDIFF_EXPORT const aspectdiff_plugin_descriptor *aspectdiff_plugin_##NAME##_v1(  \
      void) {                                                                                      \
    return &::aspectdiff::sdk::detail::descriptor<CLASS>;                                          \
  }
