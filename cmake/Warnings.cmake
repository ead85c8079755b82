# aspectdiff_warnings(<target>): the project's warning set, errors when ASPECTDIFF_WERROR is on.
add_library(aspectdiff_warnings INTERFACE)
target_compile_options(aspectdiff_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wno-sign-conversion>
  $<$<BOOL:${ASPECTDIFF_WERROR}>:-Werror>)
