#!/usr/bin/env bash
# Runs the libFuzzer harnesses of tests/fuzz, each for a given time, seeded from the sample corpus.
#
#   tests/fuzz/run-fuzzers.sh [seconds-per-harness] [harness...]
#
# Harnesses: reader chinese_numerals english_numbers analysis sentences (all when none is named); 60 seconds
# each by default. Builds the fuzz tree (build-fuzz/, clang-14, -DDUIZHAO_FUZZ=ON) when needed.
# Environment:
#   FUZZ_JOBS=N    harnesses run at the same time (default 1; the build uses at most 2 cores)
#   FUZZ_FORK=1    keep going after a crash (libFuzzer -fork=1 -ignore_crashes=1 -ignore_timeouts=1)
#   FUZZ_BUILD_DIR the fuzz build tree (default build-fuzz)
#   FUZZ_ARGS      more libFuzzer options, e.g. FUZZ_ARGS=-jobs=2
# Corpora grow in tests/fuzz/corpus-<harness>/ (gitignored, kept between runs, merged to the inputs
# that add coverage after each run); the seeds (see seed()) are made in $FUZZ_BUILD_DIR/fuzz-seeds/.
# Crashes, hangs and leaks go to $FUZZ_BUILD_DIR/fuzz-artifacts/<harness>/, logs to
# $FUZZ_BUILD_DIR/fuzz-logs/, and one line per run to $FUZZ_BUILD_DIR/fuzz-logs/summary.tsv (time,
# harness, seconds run, executions, exec/s, corpus size, finding). Exit status 1 when a harness found
# a bug.
# A reproducer, minimised (fuzz_<harness> -minimize_crash=1 -runs=10000 FILE), goes to
# tests/fuzz/regressions/<harness>/, where the normal build's ctest runs it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [seconds-per-harness] [reader|chinese_numerals|english_numbers|analysis|sentences ...]" >&2
    exit 2
fi
shift || true
all=(reader chinese_numerals english_numbers analysis sentences)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all[@]}")
for h in "${harnesses[@]}"; do
    case " ${all[*]} " in
    *" $h "*) ;;
    *) echo "unknown harness '$h'; known: ${all[*]}" >&2; exit 2 ;;
    esac
done

# Build (incrementally) only the harnesses asked for.
if [ ! -f "$build/CMakeCache.txt" ]; then
    command -v clang++-14 >/dev/null || { echo "needs clang-14: apt-get install clang-14 libfuzzer-14-dev" >&2; exit 2; }
    cmake -S "$root" -B "$build" -G Ninja -DDUIZHAO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=()
for h in "${harnesses[@]}"; do targets+=(--target "fuzz_$h"); done
cmake --build "$build" -j2 "${targets[@]}"

corpus_src="$root/tests/data/corpus/rmrb"
logs="$build/fuzz-logs"
mkdir -p "$logs"

# Seeds, made once into $build/fuzz-seeds/<harness>/ and given to every run beside the corpus: the
# sample articles for the reader and the analysis, with two of them converted to GB18030, Big5 and
# UTF-16 (the decoder's other paths) and the harness's committed reproducers; for the numeral readers
# every line of the articles (Chinese or English) short enough for their input limit; for the sentences
# every line of the articles.
seed() {
    local h="$1" dir="$build/fuzz-seeds/$1"
    [ ! -d "$dir" ] || return 0
    mkdir -p "$dir.tmp"
    case "$h" in
    reader | analysis)
        find "$corpus_src" -name '*.md' -print0 | while IFS= read -r -d '' f; do
            cp "$f" "$dir.tmp/seed-$(sha1sum "$f" | cut -c1-16)"
        done
        local n=0
        for f in "$corpus_src/1954.06/1954-06-22_西南各地加强对手工业者的教育和领导.md" \
            "$corpus_src/1954.03/1954-03-02_江苏渔业供销合作社有发展.md"; do
            n=$((n + 1))
            iconv -f UTF-8 -t GB18030 "$f" >"$dir.tmp/seed-gb18030-$n" 2>/dev/null || true
            iconv -f UTF-8 -t BIG5 -c "$f" >"$dir.tmp/seed-big5-$n" 2>/dev/null || true
            iconv -f UTF-8 -t UTF-16 "$f" >"$dir.tmp/seed-utf16-$n" 2>/dev/null || true
        done
        ;;
    chinese_numerals | english_numbers)
        # Chinese lines hold bytes >= 0x80; English ones are mostly ASCII.
        find "$corpus_src" -name '*.md' -exec cat {} + | LC_ALL=C awk -v dir="$dir.tmp" -v zh="$([ "$h" = chinese_numerals ] && echo 1 || echo 0)" '
            length($0) >= 2 && length($0) <= 256 {
                chinese = ($0 ~ /[\200-\377]/)
                if (chinese == zh && !seen[$0]++) { f = sprintf("%s/seed-%05d", dir, ++n); printf "%s", $0 > f; close(f) }
            }'
        ;;
    sentences)
        # Every line of the articles, both languages.
        find "$corpus_src" -name '*.md' -exec cat {} + | LC_ALL=C awk -v dir="$dir.tmp" '
            length($0) >= 2 && length($0) <= 4096 && !seen[$0]++ {
                f = sprintf("%s/seed-%05d", dir, ++n); printf "%s", $0 > f; close(f)
            }'
        ;;
    esac
    if [ -d "$here/regressions/$h" ]; then
        find "$here/regressions/$h" -type f -size -65537c -exec cp {} "$dir.tmp/" \;
    fi
    mv "$dir.tmp" "$dir"
}

run() {
    local h="$1" max_len timeout
    case "$h" in
    reader) max_len=65536 timeout=10 ;;
    analysis) max_len=65536 timeout=30 ;;
    sentences) max_len=4096 timeout=5 ;;
    *) max_len=256 timeout=5 ;;
    esac
    seed "$h"
    mkdir -p "$here/corpus-$h"
    local artifacts="$build/fuzz-artifacts/$h/"
    mkdir -p "$artifacts"
    local log="$logs/$h-$(date +%Y%m%d-%H%M%S).log"
    local fork=()
    [ "${FUZZ_FORK:-0}" = 1 ] && fork=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    echo "== $h: ${seconds}s, log $log"
    local status=0 started=$SECONDS
    # UBSan reports only print by default: halt so that libFuzzer saves the input. Leaks are
    # reported (detect_leaks is on by default with ASan on Linux; say so anyway).
    ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        "$build/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" \
        -rss_limit_mb=4096 -detect_leaks=1 -print_final_stats=1 -dict="$here/dictionaries/$h.dict" \
        -artifact_prefix="$artifacts" "${fork[@]}" ${FUZZ_ARGS:-} "$here/corpus-$h" "$build/fuzz-seeds/$h" \
        >"$log" 2>&1 || status=$?
    local elapsed=$((SECONDS - started)) execs rate
    execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
    [ -n "$execs" ] || execs="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)"
    rate="$(grep -o 'stat::average_exec_per_sec: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
    [ -n "$rate" ] || rate="$(grep -oE 'exec/s: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
    # libFuzzer's own count (the folder also keeps inputs it later replaced by smaller ones).
    local corpus
    corpus="$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)"
    local finding="none"
    if [ "$status" -ne 0 ] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: |.*invariant violated)' "$log"; then
        finding="$(grep -m1 -E 'ERROR: |invariant violated|runtime error|SUMMARY' "$log" | cut -c1-160 || true)"
        [ -n "$finding" ] || finding="exit $status: $(tail -1 "$log" | cut -c1-120)"
        status=1
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$h" "$elapsed" "${execs:-?}" "${rate:-?}" \
        "${corpus:-?}" "$finding" >>"$logs/summary.tsv"
    # Keep the corpus folder to the inputs that add coverage, so the next run starts quickly.
    if [ "$finding" = none ]; then
        rm -rf "$here/corpus-$h.merge"
        mkdir "$here/corpus-$h.merge"
        if "$build/tests/fuzz/fuzz_$h" -merge=1 -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 \
            "$here/corpus-$h.merge" "$here/corpus-$h" "$build/fuzz-seeds/$h" >"$log.merge" 2>&1; then
            rm -rf "$here/corpus-$h"
            mv "$here/corpus-$h.merge" "$here/corpus-$h"
        else
            rm -rf "$here/corpus-$h.merge"
        fi
    fi
    echo "== $h: ${elapsed}s, ${execs:-?} executions, ${rate:-?} exec/s, corpus ${corpus:-?} inputs, finding: $finding"
    [ "$finding" = none ] || { grep -E 'Test unit written to|artifact' "$log" | tail -3 || true; }
    return "$status"
}

jobs_max="${FUZZ_JOBS:-1}"
failed="$logs/.failed-$$"
rm -f "$failed"
for h in "${harnesses[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do
        wait -n || true
    done
    (run "$h" || touch "$failed") &
done
wait
if [ -e "$failed" ]; then
    rm -f "$failed"
    exit 1
fi
