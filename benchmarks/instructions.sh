#!/usr/bin/env bash
# Instructions of one 1-worker `kg build` (callgrind), a figure that other work on the machine
# does not move, unlike seconds: the way each speed pass of docs/HISTORY.md was measured.
#
#   benchmarks/instructions.sh CORPUS [CODEDIR]     # CODEDIR: a checkout of kg (default: this one)
#
# A first build fills a private regex/snapshot cache and compiles kg's bytecode into a private
# folder (as an installed kg has it); the second build runs under valgrind and is counted.
# Prints the total in millions; keeps callgrind.out in the temporary folder it names.
set -euo pipefail
corpus=$(realpath "$1")
code=$(realpath "${2:-$(dirname "$0")/..}")
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
work=$(mktemp -d -t kg-instructions-XXXXXX)
unset PYTHONDONTWRITEBYTECODE
export KG_CACHE_DIR=$work/cache PYTHONPYCACHEPREFIX=$work/pyc PYTHONHASHSEED=0 PYTHONPATH=$code
cd "$code"
# valgrind must count the interpreter itself, not a launcher script (pyenv's `python` shim is a
# shell script: valgrind would follow only the shell and count nothing of the build).
python=$(python -c 'import sys; print(sys.executable)')
"$python" -m kg build "$corpus" -o "$work/warm" >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$python" -m kg build "$corpus" -o "$work/out" >/dev/null 2>"$work/valgrind.log"
total=$(grep -o 'Collected : [0-9]*' "$work/valgrind.log" | awk '{print $3}')
[ -n "$total" ] || { echo "valgrind counted nothing: see $work/valgrind.log" >&2; exit 1; }
printf 'kg build %s: %s M instructions (callgrind.out in %s)\n' "$corpus" "$((total / 1000000))" "$work"
