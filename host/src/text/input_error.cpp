#include "text/input_error.hpp"

namespace aspectdiff::text {

std::string InputError::to_string() const {
  std::string out = "[" + code + "] " + file;
  if (line != 0) out += ":" + std::to_string(line);
  out += ": ";
  out += message;
  return out;
}

} // namespace aspectdiff::text
