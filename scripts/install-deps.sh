#!/usr/bin/env bash
# Installs the Debian 12 packages aspectdiff builds and tests with, when any is missing.
# Needs root (or sudo) only when something must be installed. chromium renders the HTML report in
# the browser test; python3-distributed runs the sharded batch job on a local Dask cluster;
# clang and its runtimes build the libFuzzer targets that scripts/sanitize.sh runs.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libboost-dev libtomlplusplus-dev libxxhash-dev libicu-dev libcli11-dev libfmt-dev
  nlohmann-json3-dev libstemmer-dev libcld2-dev libzstd-dev
  catch2 libbenchmark-dev
  iso-codes wordnet-base
  python3 python3-jsonschema
  chromium python3-distributed
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "aspectdiff: installing Debian packages: ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo=(sudo); else
    echo "aspectdiff: run as root, or install these packages first: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
