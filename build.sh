#!/usr/bin/env bash
# Builds the shipped guidance site from content/ into output/. Extra arguments go to `guidance build`
# (for example --date 2025-01-01 or --out site/).
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project generator -c Release -- build "$@"
