// The executable only hands over to the CLI; everything else lives in the engine library.
#include "cli/cli.hpp"

int main(int argc, char **argv) {
  return aspectdiff::cli::run(argc, argv);
}
