#!/bin/bash
# benchmarks/compiled.sh [SCRATCH] : the compiled build must give the pure build's outputs.
#
# Builds the compiled wheel (tools/mypyc_hook.py) of this checkout's tracked files,
# edits included, installs it into SCRATCH/site (not over the kg of the running venv), then
# runs `kg extract` on seeds/ and eval/dev and `kg build` on seeds/ with it and with the pure
# source, each from SCRATCH (never from the repository folder, whose kg/ would be imported
# first), and compares every output byte for byte. Exit 1 on any difference.
# Needs a C compiler and PyPI (the build fetches mypy); about 3 min CPU and 4.4 GB at peak
# for the default twelve modules (-O1, -g0, on every core; see README, "The compiled build").
# Settings of the hook pass through (tools/mypyc_hook.py): KG_MYPYC_MODULES, MYPYC_OPT_LEVEL, ...
# KG_COMPILED_WHEEL=FILE compares a wheel built before instead of building one;
# KG_COMPILED_TESTS="tests" runs the tests on the compiled install too (below).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
S=$(realpath -m "${1:-$(mktemp -d -t kg-compiled-XXXXXX)}")
PY=${PYTHON:-python}
mkdir -p "$S/src" "$S/site" "$S/wheel" "$S/out"
rm -rf "$S/src"/* "$S/site"/* "$S/wheel"/* "$S/out"/*
(cd "$ROOT" && git ls-files -z | tar --null -T - -c) | tar -x -C "$S/src"

if [ -n "${KG_COMPILED_WHEEL:-}" ]; then  # a wheel built before from the same files
  cp "$KG_COMPILED_WHEEL" "$S/wheel/"
else
  echo "building the compiled wheel in $S/wheel"
  start=$(date +%s)
  KG_BUILD=compiled "$PY" -m pip wheel -q --no-deps -w "$S/wheel" "$S/src"
  echo "compiled in $(( $(date +%s) - start )) s: $(ls "$S/wheel")"
fi
"$PY" -m pip install -q --no-deps --target "$S/site" "$S"/wheel/kg-*.whl

run() {  # run WHERE NAME ARGS... : kg from WHERE (a folder put first on the path)
  local where=$1 name=$2; shift 2
  (cd "$S" && env PYTHONPATH="$where" PYTHONHASHSEED=0 KG_CACHE_DIR="$S/cache-$name" \
    "$PY" -m kg "$@")
}
built=$(cd "$S" && PYTHONPATH="$S/site" "$PY" -c "import kg; print(' '.join(kg.compiled_modules()))")
[ -n "$built" ] || { echo "the installed kg has no compiled module"; exit 1; }
echo "compiled modules: $built"
for name in pure compiled; do
  where=$S/src; [ $name = compiled ] && where=$S/site
  mkdir -p "$S/out/$name"
  for d in seeds eval/dev; do
    run "$where" $name extract "$ROOT/$d" > "$S/out/$name/extract-${d//\//_}.jsonl"
  done
  run "$where" $name build "$ROOT/seeds" -o "$S/out/$name/build-seeds" > /dev/null 2>&1
done
different=0
for f in $(cd "$S/out/pure" && find . -type f | sort); do
  cmp -s "$S/out/pure/$f" "$S/out/compiled/$f" || { echo "DIFFERENT $f"; different=$((different + 1)); }
done
echo "$different different files (pure vs compiled; outputs in $S/out)"
[ $different -eq 0 ]
# KG_COMPILED_TESTS="tests" (or some test files): the tests too, on the compiled install, from
# a copy of the checkout without kg/ (the outputs above do not pass every path: a YAML list as
# front matter raised TypeError only in the compiled build, and only a test read one)
if [ -n "${KG_COMPILED_TESTS:-}" ]; then
  rm -rf "$S/tests-tree" && cp -r "$S/src" "$S/tests-tree" && rm -rf "$S/tests-tree/kg"
  (cd "$S/tests-tree" && PYTHONPATH="$S/site" "$PY" -m pytest -q -p no:cacheprovider $KG_COMPILED_TESTS)
fi
