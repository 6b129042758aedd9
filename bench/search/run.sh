#!/usr/bin/env bash
# The search benchmark: Guidance's offline search beside Pagefind, on the shipped site and on a
# synthetic corpus, in the same run.
#
#   bench/search/run.sh [PAGES]      default 10000
#
# For each site it reports:
#   - index time: Guidance's search work (reading every page's parsed tree, which render hands over,
#     then the search stage; median of RUNS warm runs in process, bench/search/SearchBench) and
#     Pagefind's CLI over the built HTML (median wall time of RUNS runs);
#   - index size: every file a search can load (Guidance: search/*.json, pages, assets/search.*.js;
#     Pagefind: pagefind.js, its wasm, entry, meta, index, fragments and filters; neither's UI files);
#   - bytes a first query transfers in headless Chromium with an empty cache, counted by a local
#     server (serve.js): Guidance's real search page, which shows 10 results; for Pagefind a page that
#     loads pagefind.js, searches and loads the data of 10 results, as its UI does. Raw bytes as
#     served from disk, and the same files gzipped (what a server that compresses would send);
#   - keystroke time of the real client once loaded (keystrokes.js, Node's V8): median and worst,
#     in wall time and in CPU time, which a busy shared machine does not inflate.
#
# Environment: RUNS (default 3), SEED (default 42), BENCH_DIR (default /tmp/guidance-search-bench),
# PORT (default 8471). Pagefind is installed from npm into BENCH_DIR only; nothing else is fetched.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
pages=${1:-10000}
runs=${RUNS:-3}
seed=${SEED:-42}
work=${BENCH_DIR:-/tmp/guidance-search-bench}
port=${PORT:-8471}
pagefind_version=1.6.0

command -v node >/dev/null || { echo "bench: node is not installed (apt-get install nodejs npm)" >&2; exit 2; }
command -v chromium >/dev/null || { echo "bench: chromium is not installed (apt-get install chromium)" >&2; exit 2; }

mkdir -p "$work"
echo "Building the generator, SearchBench and the corpus writer (Release) ..." >&2
dotnet build "$repo/bench/search/SearchBench" -c Release -o "$work/bin/bench" -v quiet -nologo >/dev/null
dotnet build "$repo/bench/Corpus" -c Release -o "$work/bin/corpus" -v quiet -nologo >/dev/null
if [ ! -x "$work/pagefind/node_modules/.bin/pagefind" ]; then
  echo "Installing pagefind@$pagefind_version from npm into $work/pagefind ..." >&2
  npm install --silent --no-audit --no-fund --prefix "$work/pagefind" "pagefind@$pagefind_version" >/dev/null
fi
pagefind="$work/pagefind/node_modules/.bin/pagefind"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }

node "$repo/bench/search/serve.js" "$work/www" "$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1

# Bytes a first query loads, from the server's log: raw and gzipped, search files only.
first_query() {
  local url=$1 pattern=$2 out=$3 profile
  profile=$(mktemp -d)
  curl -s "http://127.0.0.1:$port/__bytes" >/dev/null
  timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --virtual-time-budget=15000 \
    --dump-dom "http://127.0.0.1:$port$url" >"$work/dom.html" 2>/dev/null || true
  rm -rf "$profile"
  curl -s "http://127.0.0.1:$port/__bytes" | node -e '
    const log = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const zlib = require("zlib"), fs = require("fs"), path = require("path");
    const re = new RegExp(process.argv[1]);
    let raw = 0, gz = 0, files = 0;
    for (const r of log) {
      if (r.status !== 200 || !re.test(r.path)) continue;
      const body = fs.readFileSync(path.join(process.argv[2], decodeURIComponent(r.path)));
      raw += body.length; gz += zlib.gzipSync(body, { level: 9 }).length; files++;
    }
    console.log(raw, gz, files);' "$pattern" "$out"
}

report() {
  local name=$1 content=$2; shift 2
  local queries=("$@") out="$work/out-$name"
  echo "== $name ==" >&2
  rm -rf "$out"
  "$work/bin/bench/search-bench" "$content" "$out" "$runs" >"$work/timings-$name.txt"
  local search_ms cpu_ms stage_ms
  search_ms=$(awk -F'\t' '$1 == "search_warm_wall_ms" { print $2 }' "$work/timings-$name.txt")
  cpu_ms=$(awk -F'\t' '$1 == "search_warm_cpu_ms" { print $2 }' "$work/timings-$name.txt")
  stage_ms=$(awk -F'\t' '$1 == "build_search_ms" { print $2 }' "$work/timings-$name.txt")

  local pf_times=()
  for _ in $(seq "$runs"); do
    rm -rf "$out/pagefind"
    local start end
    start=$(date +%s%N)
    "$pagefind" --site "$out" --output-subdir pagefind >/dev/null 2>&1
    end=$(date +%s%N)
    pf_times+=("$(( (end - start) / 1000000 ))")
  done
  local pf_ms
  pf_ms=$(printf '%s\n' "${pf_times[@]}" | median)

  local g_size g_files p_size p_files
  g_size=$(find "$out/search" "$out/assets" -type f \( -name '*.json' -o -name 'search.*.js' \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
  g_files=$(find "$out/search" "$out/assets" -type f \( -name '*.json' -o -name 'search.*.js' \) | wc -l)
  p_size=$(find "$out/pagefind" -type f ! -name 'pagefind-*ui*' ! -name 'pagefind-highlight*' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  p_files=$(find "$out/pagefind" -type f ! -name 'pagefind-*ui*' ! -name 'pagefind-highlight*' | wc -l)

  cat >"$out/pf-bench.html" <<'HTML'
<!DOCTYPE html><html><body><ol id="r"></ol><script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
document.getElementById('r').innerHTML = data.map(d => '<li class="pf-result">' + d.url + '</li>').join('');
</script></body></html>
HTML
  rm -f "$work/www"; ln -s "$out" "$work/www"
  local g_raw=() g_gz=() p_raw=() p_gz=()
  for q in "${queries[@]}"; do
    local enc r
    enc=$(node -e 'console.log(encodeURIComponent(process.argv[1]))' "$q")
    read -r raw gz files < <(first_query "/search/?q=$enc" '^/(search/.*\.json|assets/search\.[0-9a-f]+\.js)$' "$out")
    r=$(grep -o 'class="search-result"' "$work/dom.html" | wc -l)
    echo "  guidance '$q': $files files, $raw bytes ($gz gzipped), $r results shown" >&2
    g_raw+=("$raw"); g_gz+=("$gz")
    read -r raw gz files < <(first_query "/pf-bench.html?q=$enc" '^/pagefind/' "$out")
    r=$(grep -o 'class="pf-result"' "$work/dom.html" | wc -l)
    echo "  pagefind '$q': $files files, $raw bytes ($gz gzipped), $r results loaded" >&2
    p_raw+=("$raw"); p_gz+=("$gz")
  done
  local keys
  keys=$(node "$repo/bench/search/keystrokes.js" "$out" "${queries[@]}")

  printf '| %s | Guidance | %s ms (CPU %s ms; search stage of a cold build %s ms) | %s kB in %s files | %s kB (%s kB gzipped) | %s |\n' \
    "$name" "$search_ms" "$cpu_ms" "$stage_ms" "$(kb "$g_size")" "$g_files" \
    "$(kb "$(printf '%s\n' "${g_raw[@]}" | median)")" "$(kb "$(printf '%s\n' "${g_gz[@]}" | median)")" \
    "$(echo "$keys" | awk '{ printf "%s / %s ms wall, %s / %s ms CPU", $1, $2, $3, $4 }')"
  printf '| %s | Pagefind %s | %s ms | %s kB in %s files | %s kB (%s kB gzipped) | - |\n' \
    "$name" "$pagefind_version" "$pf_ms" "$(kb "$p_size")" "$p_files" \
    "$(kb "$(printf '%s\n' "${p_raw[@]}" | median)")" "$(kb "$(printf '%s\n' "${p_gz[@]}" | median)")"
}

corpus="$work/corpus-$pages"
if [ "$(cat "$corpus/.guidance-corpus" 2>/dev/null)" != "$(printf 'pages: %s\nseed: %s' "$pages" "$seed")" ]; then
  echo "Writing a $pages-page corpus (seed $seed) ..." >&2
  rm -rf "$corpus"
  "$work/bin/corpus/corpus" --pages "$pages" --out "$corpus" --seed "$seed" >/dev/null
fi

echo
echo "| site | tool | index time (median) | index size | first query, median over the queries | keystroke once loaded (median / worst) |"
echo "| --- | --- | --- | --- | --- | --- |"
report shipped "$repo/content" "neglect tool" "how often supervision" "TCLPM" "homless 16"
report "corpus-$pages" "$corpus" "supervision" "core group review" "homeless 16" "neglect"
