#include "cache/hash.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using namespace aspectdiff;

TEST_CASE("hasher: a file read in chunks hashes as its whole contents", "[cache][hash]") {
  // Larger than the one-megabyte read chunk, and not a multiple of it.
  std::string contents;
  for (std::size_t i = 0; contents.size() < (std::size_t{5} << 19) + 17; ++i)
    contents += std::to_string(i * 2654435761U) + ',';
  const auto path = std::filesystem::temp_directory_path() / "aspectdiff-hash-test.bin";
  {
    std::ofstream out(path, std::ios::binary);
    out << contents;
  }
  cache::Hasher whole;
  whole.add("prefix").add(contents);
  cache::Hasher chunked;
  chunked.add("prefix").add_file(path);
  CHECK(chunked.hex() == whole.hex());

  cache::Hasher other;
  other.add("prefix").add(contents.substr(1));
  CHECK(other.hex() != chunked.hex());
  std::filesystem::remove(path);

  // A missing file adds as empty, as a failed read always has.
  cache::Hasher missing;
  missing.add_file(path);
  cache::Hasher empty;
  empty.add(std::string_view());
  CHECK(missing.hex() == empty.hex());
}
