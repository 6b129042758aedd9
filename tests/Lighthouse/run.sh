#!/usr/bin/env bash
# Lighthouse's mobile audits (accessibility, best practices, SEO) of a built site, with Debian's
# chromium, on one page of each kind a practitioner opens first. Fails unless each scores 100.
# Usage: tests/Lighthouse/run.sh [SITE_FOLDER]   (default: output, as ./build.sh writes it)
set -euo pipefail
site="$(cd "${1:-output}" && pwd)"
cd "$(dirname "$0")"
# npm install, not npm ci: lighthouse asks for some dependencies at "latest", which a lock file cannot pin.
npm install --no-audit --no-fund --loglevel=error
reports="$(mktemp -d)"
port=8791
node serve.mjs "$site" "$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$reports"' EXIT
sleep 1
for path in "" standards/supervision/ plans/improvement-plan/ search/ glossary/; do
  name="page-$(echo "${path:-home}" | tr '/' '-')"
  CHROME_PATH=/usr/bin/chromium ./node_modules/.bin/lighthouse "http://127.0.0.1:$port/$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --only-categories=accessibility,best-practices,seo --output=json --output-path="$reports/$name.json"
done
node check.mjs "$reports"/*.json
