#!/usr/bin/env bash
# The versions benchmark (issue 18): a synthetic site with a long git history, built with and without it.
#
#   bench/history.sh [PAGES] [COMMITS]     default: 1000 pages, 2000 commits
#
# Writes a corpus (bench/Corpus, fixed seed), commits it, then makes COMMITS more commits, each
# editing one page (the pages taken in a fixed order), with git itself. Then builds, with Release
# bits: the same content copied without its .git (no versions: the plain build), the repository
# fresh (every version rendered, no cache), and the repository again (a rebuild: versions from the
# cache). Prints wall and CPU time of each and the history and versions stages (--timings).
#
# Environment: BENCH_DIR (work folder, default /tmp/guidance-history-bench), DATE (2026-11-23).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-1000}
commits=${2:-2000}
work=${BENCH_DIR:-/tmp/guidance-history-bench}
date=${DATE:-2026-11-23}
mkdir -p "$work"

dotnet build "$repo/generator" -c Release -o "$work/bin/guidance" -v quiet -nologo >/dev/null
dotnet build "$repo/bench/Corpus" -c Release -o "$work/bin/corpus" -v quiet -nologo >/dev/null
guidance="$work/bin/guidance/guidance"

site="$work/repo-$pages-$commits"
if [ ! -f "$site/.done" ]; then
  rm -rf "$site" && mkdir -p "$site"
  "$work/bin/corpus/corpus" --pages "$pages" --out "$site/content" --seed 42 >/dev/null
  cd "$site"
  git init -q
  printf '/output*/\n.output*\n/content/.published.json\n' > .gitignore
  export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.org
  day() { date -u -d "2024-01-01 + $(( $1 / 3 )) days" +%Y-%m-%dT12:00:00Z; }
  GIT_AUTHOR_DATE=$(day 0) GIT_COMMITTER_DATE=$(day 0) git add -A >/dev/null
  GIT_AUTHOR_DATE=$(day 0) GIT_COMMITTER_DATE=$(day 0) git commit -qm "First published"
  mapfile -t files < <(find content -name '*.md' ! -name index.md | LC_ALL=C sort)
  for k in $(seq 1 "$commits"); do
    f=${files[$(( (k * 7919) % ${#files[@]} ))]}
    printf '\nA sentence added in edit %s, so this version differs from the one before.\n' "$k" >> "$f"
    GIT_AUTHOR_DATE=$(day "$k") GIT_COMMITTER_DATE=$(day "$k") git commit -qam "Edit $k: $(basename "$f" .md)"
  done
  touch .done
  cd - >/dev/null
fi

plain="$work/plain-$pages"
rm -rf "$plain" && mkdir -p "$plain" && cp -r "$site/content" "$plain/content"

run() { # label, content, out
  local start end
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$guidance" build --content "$2" --out "$3" --date "$date" --timings > "$work/log.txt" 2>&1 || { cat "$work/log.txt"; exit 1; }
  read -r wall user sys < "$work/time.txt"
  printf '%-34s wall %6.2f s  cpu %6.2f s  %s\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(grep -E '^  (history|versions) ' "$work/log.txt" | awk '{printf "%s %s ms; ", $1, $2}')"
}

echo "$pages pages, $commits commits (load average $(cut -d' ' -f1-3 /proc/loadavg))"
rm -rf "$plain/output" "$plain/.output"*
run "plain build (no history)" "$plain/content" "$plain/output"
run "plain rebuild" "$plain/content" "$plain/output"
rm -rf "$site/output" "$site/.output"*
run "with history, fresh (no cache)" "$site/content" "$site/output"
run "with history, rebuild (cache)" "$site/content" "$site/output"
echo "versions published: $(find "$site/output" -path '*/v/*' -name index.html | wc -l)"
