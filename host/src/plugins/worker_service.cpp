#include "plugins/worker_service.hpp"

#include "model/error.hpp"
#include "plugins/discovery.hpp"
#include "plugins/instance.hpp"
#include "plugins/worker_protocol.hpp"

#include <cerrno>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <variant>

#include <unistd.h>

namespace aspectdiff::plugins {

namespace {

bool read_exactly(int fd, char *out, std::size_t n) {
  while (n > 0) {
    const auto got = ::read(fd, out, n);
    if (got == 0) return false;
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out += got;
    n -= static_cast<std::size_t>(got);
  }
  return true;
}

bool write_exactly(int fd, const char *data, std::size_t n) {
  while (n > 0) {
    const auto put = ::write(fd, data, n);
    if (put < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += put;
    n -= static_cast<std::size_t>(put);
  }
  return true;
}

std::optional<std::string> read_frame(int fd) {
  unsigned char header[4];
  if (!read_exactly(fd, reinterpret_cast<char *>(header), 4)) return std::nullopt;
  const std::uint32_t size = header[0] | (header[1] << 8) | (header[2] << 16) |
                             (static_cast<std::uint32_t>(header[3]) << 24);
  std::string payload(size, '\0');
  if (!read_exactly(fd, payload.data(), size)) return std::nullopt;
  return payload;
}

bool write_frame(int fd, const std::string &payload) {
  const auto size = static_cast<std::uint32_t>(payload.size());
  const char header[4] = {static_cast<char>(size & 0xFF), static_cast<char>((size >> 8) & 0xFF),
                          static_cast<char>((size >> 16) & 0xFF),
                          static_cast<char>((size >> 24) & 0xFF)};
  return write_exactly(fd, header, 4) && write_exactly(fd, payload.data(), payload.size());
}

std::string failure(const std::string &code, const std::string &message, bool usage = false) {
  return protocol::encode(protocol::Failure{usage, code, message});
}

class Service {
public:
  explicit Service(const std::filesystem::path &plugin_file) : file_(plugin_file) {}

  std::string answer(const std::string &request) {
    switch (protocol::kind_of(request).value_or(protocol::Message::failure)) {
    case protocol::Message::create:
      return create(request);
    case protocol::Message::extract:
      return extract(request);
    case protocol::Message::compare:
      return compare(request);
    default:
      return failure("P045", "the worker received a message it does not know");
    }
  }

private:
  std::string create(const std::string &request) {
    const auto decoded = protocol::decode_create(request);
    if (!decoded) return failure("P045", "the worker received a malformed create request");
    auto loaded = load_plugin_file(file_);
    if (auto *refusal = std::get_if<Refusal>(&loaded))
      return failure(refusal->code, refusal->reason);
    config::PluginSettings settings;
    settings.entries = decoded->settings;
    protocol::Created created;
    try {
      instance_ = std::make_unique<PluginInstance>(
          std::get<std::shared_ptr<const LoadedPlugin>>(std::move(loaded)), settings,
          decoded->config_dir, created.warnings);
    } catch (const model::Error &e) {
      std::string message = e.what();
      if (message.starts_with("[" + e.code() + "] ")) message.erase(0, e.code().size() + 3);
      return failure(e.code(), message, e.kind() == model::ErrorKind::usage);
    }
    created.config_hash = instance_->config_hash();
    return protocol::encode(created);
  }

  std::string extract(const std::string &request) {
    if (!instance_) return failure("P045", "extract before create");
    const auto decoded = protocol::decode_extract(request);
    if (!decoded) return failure("P045", "the worker received a malformed extract request");
    std::vector<const model::AspectResult *> inputs;
    for (const auto &input : decoded->inputs)
      inputs.push_back(&input);
    return protocol::encode(instance_->extract(decoded->document, inputs));
  }

  std::string compare(const std::string &request) {
    if (!instance_) return failure("P045", "compare before create");
    const auto decoded = protocol::decode_compare(request);
    if (!decoded) return failure("P045", "the worker received a malformed compare request");
    model::AspectComparison out;
    constexpr double unset = -1.0; // a plugin's similarity is in [0, 1]
    out.similarity = unset;
    protocol::Compared reply;
    reply.error =
        instance_->compare(decoded->a, decoded->result_a, decoded->b, decoded->result_b, out);
    if (out.similarity != unset) reply.similarity = out.similarity;
    reply.findings = std::move(out.findings);
    return protocol::encode(reply);
  }

  std::filesystem::path file_;
  std::unique_ptr<PluginInstance> instance_;
};

} // namespace

int serve_plugin_worker(const std::filesystem::path &plugin_file, int socket_fd, int lifeline_fd) {
  // The host holds the only write end of the lifeline: end of file means the host is gone, and
  // the worker leaves even if a plugin call never returns.
  std::thread([lifeline_fd] {
    char byte;
    while (::read(lifeline_fd, &byte, 1) < 0 && errno == EINTR) {
    }
    ::_exit(0);
  }).detach();
  Service service(plugin_file);
  while (auto request = read_frame(socket_fd)) {
    std::string reply;
    try {
      reply = service.answer(*request);
    } catch (const std::exception &e) {
      reply = failure("P045", std::string("the worker failed: ") + e.what());
    }
    if (!write_frame(socket_fd, reply)) return 1;
  }
  return 0;
}

} // namespace aspectdiff::plugins
