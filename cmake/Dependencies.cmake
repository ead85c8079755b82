# Every dependency is a Debian 12 package (scripts/install-deps.sh installs them); nothing is
# downloaded at configure or build time.
find_package(PkgConfig REQUIRED)

find_package(Boost 1.74 REQUIRED)
find_package(tomlplusplus 3.3 REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
# zstd: batch results compressed on request (results.jsonl.zst).
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(CLI11 2.1 REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(Threads REQUIRED)

# Snowball's stemmer has no CMake config in Debian.
find_library(STEMMER_LIBRARY stemmer REQUIRED)
find_path(STEMMER_INCLUDE_DIR libstemmer.h PATH_SUFFIXES libstemmer REQUIRED)
if(NOT TARGET Snowball::stemmer)
  add_library(Snowball::stemmer UNKNOWN IMPORTED)
  set_target_properties(Snowball::stemmer PROPERTIES
    IMPORTED_LOCATION "${STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")
endif()

if(ASPECTDIFF_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
if(ASPECTDIFF_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
