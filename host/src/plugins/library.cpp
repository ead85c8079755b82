#include "plugins/library.hpp"

// library_info.hpp in Boost 1.74 uses std::vector without including it.
#include <vector>

#include <boost/dll/shared_library.hpp>

#include <dlfcn.h>

namespace aspectdiff::plugins {

struct Library::Impl {
  boost::dll::shared_library library;
};

Library::~Library() = default;

std::shared_ptr<const Library> Library::open(const std::filesystem::path &path,
                                             std::string &error) {
  std::shared_ptr<Library> lib(new Library());
  lib->impl_ = std::make_unique<Impl>();
  lib->path_ = path;
  boost::dll::fs::error_code ec;
  lib->impl_->library.load(path,
                           boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
  if (ec || !lib->impl_->library.is_loaded()) {
    // Boost reports a generic code; the loader's own text says what is wrong with the file.
    const char *detail = ::dlerror();
    error = detail != nullptr ? detail : (ec ? ec.message() : "unknown reason");
    return nullptr;
  }
  return lib;
}

bool Library::has(const std::string &symbol) const {
  return impl_->library.has(symbol);
}

void *Library::symbol(const std::string &name) const {
  if (!impl_->library.has(name)) return nullptr;
  return static_cast<void *>(&impl_->library.get<char>(name));
}

} // namespace aspectdiff::plugins
