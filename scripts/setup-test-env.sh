#!/usr/bin/env bash
# Installs what the test suite runs against, on a fresh Debian 12 machine or runner. Idempotent:
# each step is skipped when its tool is already there. Needs root (or sudo) for apt.
#   - upx-ucl (bookworm-backports): the real UPX the mirror serves repacked
#   - qemu-user-static: runs the arm64, arm, riscv64 and 386 binaries
#   - musl-tools, gcc-aarch64-linux-gnu, musl-dev:arm64: the musl-cross provider's test toolchain
#   - file, gnupg, openssl, xz-utils: independent checks of what the action writes
#   - zig (PyPI package ziglang) and cosign (Go module proxy) in the test cache
#   - the SBOM checkers: pyspdxtools (PyPI package spdx-tools, the SPDX project's validator) and
#     cyclonedx-gomod (Go module proxy), in the test cache
# The test cache ($GO_XBUILD_TEST_CACHE, default ~/.cache/go-xbuild-test) lives outside the
# checkout so a fresh clone on the same machine starts warm; the tests read it too.
set -euo pipefail
cd "$(dirname "$0")/.."
ZIG_PYPI_VERSION="${ZIG_PYPI_VERSION:-0.15.2}"
COSIGN_VERSION="${COSIGN_VERSION:-v2.6.5}"
SPDX_TOOLS_VERSION="${SPDX_TOOLS_VERSION:-0.8.5}"
CYCLONEDX_GOMOD_VERSION="${CYCLONEDX_GOMOD_VERSION:-v1.10.0}"
CACHE="${GO_XBUILD_TEST_CACHE:-$HOME/.cache/go-xbuild-test}"
mkdir -p "$CACHE"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need_apt=()
command -v upx >/dev/null || need_apt+=(upx)
command -v qemu-aarch64-static >/dev/null || need_apt+=(qemu)
command -v musl-gcc >/dev/null || need_apt+=(musl)
[ -x /usr/bin/aarch64-linux-musl-gcc ] || need_apt+=(musl-arm64)
for t in file gpg openssl xz; do command -v "$t" >/dev/null || need_apt+=("$t"); done

if ((${#need_apt[@]})); then
  echo "setup-test-env: installing system packages (${need_apt[*]})"
  export DEBIAN_FRONTEND=noninteractive
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # Backports from the same Debian mirror the machine already uses for bookworm.
    mirror="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -E '/debian/?$' | head -1)"
    [ -n "$mirror" ] || mirror="$(grep -hs '^deb ' /etc/apt/sources.list | awk '$3 == "bookworm" {print $2}' | head -1)"
    [ -n "$mirror" ] || { echo "setup-test-env: no Debian bookworm mirror in the apt sources to take backports from" >&2; exit 1; }
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" |
      $SUDO tee /etc/apt/sources.list.d/go-xbuild-backports.sources >/dev/null
  fi
  $SUDO dpkg --add-architecture arm64
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q -t bookworm-backports upx-ucl
  $SUDO apt-get install -y -q qemu-user-static musl-tools gcc-aarch64-linux-gnu musl-dev:arm64 file gnupg openssl xz-utils
fi

if [ ! -x "$CACHE"/zig-venv/bin/python ] || ! "$CACHE"/zig-venv/bin/python -m ziglang version >/dev/null 2>&1; then
  echo "setup-test-env: installing zig (ziglang==$ZIG_PYPI_VERSION) into "$CACHE"/zig-venv"
  python3 -m venv "$CACHE"/zig-venv
  "$CACHE"/zig-venv/bin/pip install -q "ziglang==$ZIG_PYPI_VERSION"
fi

if [ ! -x "$CACHE"/gobin/cosign ]; then
  echo "setup-test-env: installing cosign $COSIGN_VERSION into "$CACHE"/gobin"
  GOBIN="$CACHE/gobin" go install "github.com/sigstore/cosign/v2/cmd/cosign@$COSIGN_VERSION" ||
    echo "setup-test-env: cosign could not be installed; the cosign checks will say they were skipped"
fi

if [ ! -x "$CACHE"/spdx-venv/bin/pyspdxtools ]; then
  echo "setup-test-env: installing spdx-tools==$SPDX_TOOLS_VERSION into "$CACHE"/spdx-venv"
  python3 -m venv "$CACHE"/spdx-venv
  "$CACHE"/spdx-venv/bin/pip install -q "spdx-tools==$SPDX_TOOLS_VERSION"
fi

if [ ! -x "$CACHE"/gobin/cyclonedx-gomod ]; then
  echo "setup-test-env: installing cyclonedx-gomod $CYCLONEDX_GOMOD_VERSION into "$CACHE"/gobin"
  GOBIN="$CACHE/gobin" GOTOOLCHAIN=local go install "github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@$CYCLONEDX_GOMOD_VERSION"
fi

echo "setup-test-env: upx $(upx --version | head -1 | awk '{print $2}'), zig $("$CACHE"/zig-venv/bin/python -m ziglang version), qemu $(qemu-aarch64-static --version | head -1 | awk '{print $3}')"
