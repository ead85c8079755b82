#include "text/file_bytes.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace aspectdiff::text {

namespace {

InputError error_of(const std::string &path, const char *code, std::string message) {
  InputError e;
  e.code = code;
  e.file = path;
  e.message = std::move(message);
  return e;
}

std::string too_large_message(std::uint64_t size, std::uint64_t limit, bool exact) {
  return (exact ? "the file is " + describe_size(size) + ", over" : "the input is over") +
         " the limit of " + describe_size(limit) + "; split it, or raise the limit";
}

} // namespace

std::string describe_size(std::uint64_t bytes) {
  constexpr std::uint64_t mib = 1ull << 20;
  if (bytes < mib) return std::to_string(bytes) + " bytes";
  char buf[32];
  if (bytes % mib == 0)
    std::snprintf(buf, sizeof buf, "%llu MiB", static_cast<unsigned long long>(bytes / mib));
  else
    std::snprintf(buf, sizeof buf, "%.1f MiB",
                  static_cast<double>(bytes) / static_cast<double>(mib));
  return buf;
}

InputFile open_input(const std::string &path, InputError &error) {
  if (path == "-") return InputFile(stdin, FileCloser{false});
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    error = error_of(path, input_code::cannot_open,
                     "no such file" + (ec && ec != std::errc::no_such_file_or_directory
                                           ? " (" + ec.message() + ")"
                                           : std::string()));
    return nullptr;
  }
  if (std::filesystem::is_directory(status)) {
    error = error_of(path, input_code::not_a_file,
                     "is a directory, not a document; name the files in it instead "
                     "(e.g. " +
                         path + "/*.txt)");
    return nullptr;
  }
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    error = error_of(path, input_code::cannot_open,
                     std::string("cannot open: ") + std::strerror(errno));
    return nullptr;
  }
  return InputFile(f, FileCloser{true});
}

std::optional<InputError> read_all(const std::string &path, std::uint64_t max_bytes,
                                   std::string &out) {
  out.clear();
  InputError error;
  InputFile file = open_input(path, error);
  if (!file) return error;

  if (path != "-") {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec) {
      if (size > max_bytes)
        return error_of(path, input_code::too_large, too_large_message(size, max_bytes, true));
      out.reserve(static_cast<std::size_t>(size));
    }
  }
  // Read in chunks whatever the file claims: pipes and /proc files have no size.
  constexpr std::size_t chunk = 1 << 20;
  for (;;) {
    const std::size_t at = out.size();
    if (at > max_bytes)
      return error_of(path, input_code::too_large, too_large_message(at, max_bytes, false));
    out.resize(at + chunk);
    const std::size_t got = std::fread(out.data() + at, 1, chunk, file.get());
    out.resize(at + got);
    if (got < chunk) break;
  }
  if (std::ferror(file.get()))
    return error_of(path, input_code::read_failed,
                    std::string("read error: ") + std::strerror(errno));
  if (out.size() > max_bytes)
    return error_of(path, input_code::too_large, too_large_message(out.size(), max_bytes, false));
  return std::nullopt;
}

} // namespace aspectdiff::text
