#!/usr/bin/env bash
# Instructions of reading articles alone (kg.articles.read_article on every file, no
# extraction): the read stage of a build, counted by callgrind as benchmarks/instructions.sh
# counts a whole build. Prints the count of reading, less that of starting Python and
# importing kg (a run that reads nothing).
#
#   benchmarks/read_instructions.sh CORPUS [CODEDIR]
set -euo pipefail
corpus=$(realpath "$1")
code=$(realpath "${2:-$(dirname "$0")/..}")
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
work=$(mktemp -d -t kg-read-instructions-XXXXXX)
unset PYTHONDONTWRITEBYTECODE
export KG_CACHE_DIR=$work/cache PYTHONPYCACHEPREFIX=$work/pyc PYTHONHASHSEED=0 PYTHONPATH=$code
cd "$code"
python=$(python -c 'import sys; print(sys.executable)')
cat > "$work/read.py" <<'PY'
import sys
from kg.articles import _boilerplate, find_article_files, read_article
files, _ = find_article_files([sys.argv[1]])
_boilerplate()
if sys.argv[2] == "read":
    for path in files:
        read_article(path, path.read_bytes())
PY
"$python" "$work/read.py" "$corpus" read  # fills the caches, compiles the bytecode
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$1" \
        "$python" "$work/read.py" "$corpus" "$1" 2>"$work/valgrind.$1" >/dev/null
    grep -o 'Collected : [0-9]*' "$work/valgrind.$1" | awk '{print $3}'
}
read=$(count read)
start=$(count none)
printf 'reading %s: %s M instructions (callgrind.read in %s)\n' \
    "$corpus" "$(((read - start) / 1000000))" "$work"
