#!/bin/sh
# Rebuild generator/site/assets/javascripts/vendor/plotly-scatter.min.js from the npm packages
# pinned in package-lock.json. The output is byte-for-byte reproducible.
#   tools/plotly-bundle/build.sh          install (npm ci) and write the bundle
#   tools/plotly-bundle/build.sh --check  install, build to a temporary file, fail if it differs
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../generator/site/assets/javascripts/vendor/plotly-scatter.min.js"
cd "$here"
# --ignore-scripts: nothing from the registry runs at install time (esbuild finds its
# platform binary through its optional dependency without its postinstall check).
npm ci --ignore-scripts --no-audit --no-fund
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp)
  trap 'rm -f "$tmp"' EXIT
  node build.mjs "$tmp"
  if cmp -s "$tmp" "$out"; then echo "OK: $out is what build.sh makes"; else echo "DIFFERS: $out is not what build.sh makes" >&2; exit 1; fi
  target="$tmp"
else
  node build.mjs "$out"
  target="$out"
fi
basic="$here/node_modules/plotly.js-basic-dist-min/plotly-basic.min.js"
for f in "$target" "$basic"; do
  printf '%-28s %10s raw %9s gzip -9  sha256 %s\n' "$(basename "$f")" "$(wc -c < "$f" | tr -d ' ')" \
    "$(gzip -9 -c < "$f" | wc -c | tr -d ' ')" "$(sha256sum "$f" | cut -c1-16)"
done
