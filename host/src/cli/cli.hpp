// The `aspectdiff` command line.
#pragma once

namespace aspectdiff::cli {

// Parses the command line and runs the command. Exit codes: 0 ok, 1 some document or aspect
// failed (everything else still reported), 2 usage or configuration error.
int run(int argc, char **argv);

} // namespace aspectdiff::cli
