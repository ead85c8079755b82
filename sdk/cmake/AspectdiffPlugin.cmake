# aspectdiff_add_plugin(NAME <name> SOURCES <file>... [DATA <file>...])
#
# A plugin whose sources are all C (*.c) is built against abi.h alone (aspectdiff::abi) and needs
# no C++ compiler; DATA is for C++ plugins only.
#
# Builds a plugin as a MODULE library named <name>.so with hidden visibility and no undefined
# symbols. DATA files are compiled into the plugin (read them with
# aspectdiff::sdk::embedded_file("<file name>")). The plugin lands in
# ASPECTDIFF_PLUGIN_OUTPUT_DIR (default: <build>/plugins) and installs into
# ASPECTDIFF_PLUGIN_INSTALL_DIR (default: lib/aspectdiff/plugins, where the host looks). The CMake target is
# aspectdiff_plugin_<name>.
include_guard(GLOBAL)
set(_ASPECTDIFF_PLUGIN_HELPER_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(aspectdiff_add_plugin)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DATA" ${ARGN})
  if(NOT ARG_NAME OR NOT ARG_NAME MATCHES "^[a-z0-9_]+$")
    message(FATAL_ERROR "aspectdiff_add_plugin: NAME must match [a-z0-9_]+ (got '${ARG_NAME}')")
  endif()
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "aspectdiff_add_plugin(${ARG_NAME}): SOURCES is required")
  endif()
  set(target aspectdiff_plugin_${ARG_NAME})
  set(c_only TRUE)
  foreach(source IN LISTS ARG_SOURCES)
    if(NOT source MATCHES "\\.c$")
      set(c_only FALSE)
    endif()
  endforeach()
  if(c_only AND ARG_DATA)
    message(FATAL_ERROR "aspectdiff_add_plugin(${ARG_NAME}): DATA needs a C++ source file")
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  if(c_only)
    target_link_libraries(${target} PRIVATE aspectdiff::abi)
  else()
    target_link_libraries(${target} PRIVATE aspectdiff::sdk)
  endif()
  if(TARGET aspectdiff_warnings)
    target_link_libraries(${target} PRIVATE aspectdiff_warnings)
  endif()
  if(DEFINED ASPECTDIFF_PLUGIN_OUTPUT_DIR)
    set(out_dir "${ASPECTDIFF_PLUGIN_OUTPUT_DIR}")
  else()
    set(out_dir "${CMAKE_BINARY_DIR}/plugins")
  endif()
  if(DEFINED ASPECTDIFF_PLUGIN_INSTALL_DIR)
    set(install_dir "${ASPECTDIFF_PLUGIN_INSTALL_DIR}")
  else()
    set(install_dir "lib/aspectdiff/plugins")
  endif()
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${ARG_NAME}
    CXX_VISIBILITY_PRESET hidden
    C_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    POSITION_INDEPENDENT_CODE ON
    LIBRARY_OUTPUT_DIRECTORY "${out_dir}")
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang" OR CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_link_options(${target} PRIVATE LINKER:--no-undefined)
  endif()
  if(c_only)
    install(TARGETS ${target} LIBRARY DESTINATION "${install_dir}")
    set_property(GLOBAL APPEND PROPERTY ASPECTDIFF_PLUGIN_TARGETS ${target})
    return()
  endif()

  # Data files are pulled into .rodata by the assembler (.incbin), which is fast and exact for
  # files of any size; OBJECT_DEPENDS rebuilds the plugin when one changes.
  set(asm "")
  set(table "")
  set(index 0)
  foreach(file IN LISTS ARG_DATA)
    get_filename_component(abs "${file}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
    set(sym "aspectdiff_embedded_${index}")
    string(APPEND asm
      "__asm__(\".pushsection .rodata\\n.balign 16\\n.globl ${sym}\\n.hidden ${sym}\\n${sym}:\\n"
      ".incbin \\\"${abs}\\\"\\n.globl ${sym}_end\\n.hidden ${sym}_end\\n${sym}_end:\\n"
      ".byte 0\\n.popsection\\n\");\n"
      "extern \"C\" const char ${sym}[];\nextern \"C\" const char ${sym}_end[];\n")
    string(APPEND table
      "      {\"${rel}\", {${sym}, static_cast<std::size_t>(${sym}_end - ${sym})}},\n")
    list(APPEND data_files "${abs}")
    math(EXPR index "${index} + 1")
  endforeach()
  set(ASPECTDIFF_EMBED_ASM "${asm}")
  set(ASPECTDIFF_EMBED_TABLE "${table}")
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp")
  configure_file("${_ASPECTDIFF_PLUGIN_HELPER_DIR}/embed_data.cpp.in" "${generated}" @ONLY)
  target_sources(${target} PRIVATE "${generated}")
  if(data_files)
    set_source_files_properties("${generated}" PROPERTIES OBJECT_DEPENDS "${data_files}")
  endif()

  install(TARGETS ${target} LIBRARY DESTINATION "${install_dir}")
  set_property(GLOBAL APPEND PROPERTY ASPECTDIFF_PLUGIN_TARGETS ${target})
endfunction()
