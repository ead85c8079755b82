# -DASPECTDIFF_SANITIZE=address,undefined (any list -fsanitize= accepts) builds the host, the
# worker, the plugins and the tests with those sanitizers. Plugins are linked with
# --no-undefined, so their calls into the sanitizer runtime must resolve against a shared
# runtime that the host loads too: GCC links libasan/libubsan shared by default; Clang is told to
# with -shared-libsan (its default is a static runtime in the executable only).
set(ASPECTDIFF_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(ASPECTDIFF_SANITIZE)
  add_compile_options(-fsanitize=${ASPECTDIFF_SANITIZE} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${ASPECTDIFF_SANITIZE})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # The shared runtime lives in Clang's own folder, which the loader does not search.
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-runtime-dir
                    OUTPUT_VARIABLE clang_runtime_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
    add_link_options(-shared-libsan "LINKER:-rpath,${clang_runtime_dir}")
  endif()
endif()
