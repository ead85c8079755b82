// The messages between the host and a plugin worker process, in the cache's little-endian
// binary encoding. Each request is answered by exactly one reply; a frame is a 32-bit length and
// then one of these payloads, whose first byte says which message it is.
#pragma once

#include "config/plugin_settings.hpp"
#include "model/comparison.hpp"
#include "model/document.hpp"
#include "model/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aspectdiff::plugins::protocol {

enum class Message : std::uint8_t {
  create = 'C',   // host: settings and config directory; worker: `created` or `failure`
  extract = 'E',  // host: a document and its inputs; worker: `result` or `failure`
  compare = 'M',  // host: two documents and their results; worker: `compared` or `failure`
  created = 'K',  // the provenance hash and the plugin's warnings
  result = 'R',   // one aspect result
  compared = 'Q', // the plugin's findings, its similarity, or its error
  failure = 'F'   // the request could not be served (the plugin refused to start, say)
};

struct CreateRequest {
  std::vector<config::SettingEntry> settings;
  std::filesystem::path config_dir;
};

struct Created {
  std::string config_hash;
  std::vector<std::string> warnings;
};

struct Failure {
  bool usage = false; // a configuration error (exit code 2), else a plugin error
  std::string code;
  std::string message; // without the "[code] " prefix
};

struct ExtractRequest {
  model::Document document;
  std::vector<model::AspectResult> inputs;
};

struct CompareRequest {
  model::Document a, b;
  model::AspectResult result_a, result_b;
};

struct Compared {
  std::string error; // the plugin's message, "" on success
  std::optional<double> similarity;
  std::vector<model::Finding> findings;
};

// The message kind of a payload; nullopt for an empty or unknown one.
std::optional<Message> kind_of(std::string_view payload) noexcept;

std::string encode(const CreateRequest &request);
std::string encode(const Created &reply);
std::string encode(const Failure &reply);
// The document's host-only fields (path, line, format, source map) do not cross.
std::string encode_extract(const model::Document &document,
                           const std::vector<const model::AspectResult *> &inputs);
std::string encode_compare(const model::Document &a, const model::AspectResult &ra,
                           const model::Document &b, const model::AspectResult &rb);
std::string encode(const model::AspectResult &result); // a `result` reply
std::string encode(const Compared &reply);

// Each returns nullopt when the payload is not exactly one message of that kind.
std::optional<CreateRequest> decode_create(std::string_view payload);
std::optional<Created> decode_created(std::string_view payload);
std::optional<Failure> decode_failure(std::string_view payload);
std::optional<ExtractRequest> decode_extract(std::string_view payload);
std::optional<CompareRequest> decode_compare(std::string_view payload);
std::optional<model::AspectResult> decode_result(std::string_view payload);
std::optional<Compared> decode_compared(std::string_view payload);

} // namespace aspectdiff::plugins::protocol
