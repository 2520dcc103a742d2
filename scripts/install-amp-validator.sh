#!/usr/bin/env bash
# Install the official AMP validator so it runs offline afterwards.
#
#   scripts/install-amp-validator.sh          installs (once) and prints the install folder
#
# The npm package amphtml-validator downloads its engine (validator_wasm.js) at
# run time unless given one with --validator_js. The same engine ships inside the
# npm package next@15.1.0 (dist/compiled/amphtml-validator/validator_wasm.js), so
# we install the CLI and take the engine from there: after this script nothing is
# downloaded when validating. Folder: $AMP_VALIDATOR_DIR, default .cache/amp-validator
# under the repository (gitignored). Idempotent: does nothing when both files exist.
# Needs node and npm. Validate with:
#   node DIR/node_modules/amphtml-validator/cli.js --validator_js DIR/validator_wasm.js FILE...
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
D="${AMP_VALIDATOR_DIR:-$REPO/.cache/amp-validator}"
CLI_VERSION=1.0.38
ENGINE_PACKAGE=next@15.1.0
ENGINE_PATH=package/dist/compiled/amphtml-validator/validator_wasm.js

command -v node >/dev/null || { echo "install-amp-validator: node not found" >&2; exit 3; }
command -v npm >/dev/null || { echo "install-amp-validator: npm not found" >&2; exit 3; }

if [ ! -f "$D/validator_wasm.js" ] || [ ! -f "$D/node_modules/amphtml-validator/cli.js" ]; then
  mkdir -p "$D"
  cd "$D"
  [ -f package.json ] || echo '{"name":"amp-validator-cache","version":"0.0.0","private":true}' > package.json
  if [ ! -f node_modules/amphtml-validator/cli.js ]; then
    npm install --silent --no-audit --no-fund --prefer-offline --save-exact "amphtml-validator@$CLI_VERSION" >/dev/null
  fi
  if [ ! -f validator_wasm.js ]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent --prefer-offline "$ENGINE_PACKAGE" >/dev/null && tar xzf next-*.tgz "$ENGINE_PATH")
    mv "$tmp/$ENGINE_PATH" validator_wasm.js.part
    mv validator_wasm.js.part validator_wasm.js   # atomic: a half-written engine never counts
  fi
fi
echo "$D"
