// The host's recoverable error: a stable code that can be searched for, and a message that says
// what went wrong, where, and what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace aspectdiff::model {

enum class ErrorKind {
  usage,  // the command line or configuration is wrong: exit code 2
  input,  // one document cannot be read or analysed: exit code 1, others go on
  plugin, // a plugin was refused or failed
  io      // a file could not be written
};

class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, std::string code, const std::string &message)
      : std::runtime_error("[" + code + "] " + message), kind_(kind), code_(std::move(code)) {}
  ErrorKind kind() const noexcept { return kind_; }
  const std::string &code() const noexcept { return code_; }

private:
  ErrorKind kind_;
  std::string code_;
};

} // namespace aspectdiff::model
