// Everything a plugin author needs.
#pragma once

#include <aspectdiff/abi.h>
#include <aspectdiff/sdk/config.hpp>
#include <aspectdiff/sdk/document.hpp>
#include <aspectdiff/sdk/plugin.hpp>
#include <aspectdiff/sdk/result.hpp>
