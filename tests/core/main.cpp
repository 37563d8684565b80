// The Catch2 test binary's main(): every tests/core/*.cpp is linked into winnow_tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
