#!/usr/bin/env bash
# Compiles the generated TypeScript client (examples/client/run.sh generates it) to ES modules for the browser and
# runs browser.mjs in headless Chromium against BASE_URL. The service must list http://localhost:18300 in
# MAYORS_CORS_ORIGINS (and not http://localhost:18301).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d target/client-ts ] || { echo "run examples/client/run.sh first (it generates target/client-ts)"; exit 1; }
rm -rf target/client-browser
npx --no-install tsc -p examples/browser/tsconfig.json
node examples/browser/browser.mjs
