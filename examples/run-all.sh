#!/usr/bin/env bash
# Runs every example against BASE_URL in order; stops at the first that fails.
set -euo pipefail
cd "$(dirname "$0")"
for script in 0*.sh; do
  echo "### $script"
  bash "$script"
done
echo "all examples passed"
