# Imports the ICU build made by scripts/build-icu.sh. WINNOW_ICU_DIR holds one prefix per
# target (native/, wasm/), each with include/, lib/libicuuc.a, lib/libicudata.a (ICU's stub
# data library) and share/winnow_icudata.c: the trimmed data as a C array, compiled here with
# the target's own C compiler and handed to ICU by winnow::text::init().
set(WINNOW_ICU_DIR "" CACHE PATH "Output of scripts/build-icu.sh (holds native/ and wasm/)")
if(NOT WINNOW_ICU_DIR)
  message(FATAL_ERROR "Set WINNOW_ICU_DIR to the directory printed by scripts/build-icu.sh")
endif()
if(EMSCRIPTEN)
  set(_icu_prefix "${WINNOW_ICU_DIR}/wasm")
else()
  set(_icu_prefix "${WINNOW_ICU_DIR}/native")
endif()
foreach(_f include/unicode/uversion.h lib/libicuuc.a lib/libicudata.a share/winnow_icudata.c)
  if(NOT EXISTS "${_icu_prefix}/${_f}")
    message(FATAL_ERROR "ICU build incomplete: ${_icu_prefix}/${_f} missing; run scripts/build-icu.sh")
  endif()
endforeach()

add_library(winnow_icu_data STATIC "${_icu_prefix}/share/winnow_icudata.c")
set_target_properties(winnow_icu_data PROPERTIES LINKER_LANGUAGE C)
# The generated C file includes unicode/umachine.h: take it from this ICU, not the system.
target_include_directories(winnow_icu_data PRIVATE "${_icu_prefix}/include")

add_library(winnow_icu INTERFACE)
target_include_directories(winnow_icu SYSTEM INTERFACE "${_icu_prefix}/include")
target_compile_definitions(winnow_icu INTERFACE U_DISABLE_RENAMING=1 U_STATIC_IMPLEMENTATION=1
                           U_SHOW_CPLUSPLUS_API=1)
target_link_libraries(winnow_icu INTERFACE winnow_icu_data
                      "${_icu_prefix}/lib/libicuuc.a" "${_icu_prefix}/lib/libicudata.a")
if(NOT EMSCRIPTEN)
  find_package(Threads REQUIRED)
  target_link_libraries(winnow_icu INTERFACE Threads::Threads ${CMAKE_DL_LIBS})
endif()
