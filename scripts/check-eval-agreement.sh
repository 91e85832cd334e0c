#!/usr/bin/env bash
# Checks that `verbatim lexicon eval` counts artifacts exactly as ../shared/eval/score.py does:
# scans the seeds to a JSON report, scores it with score.py, runs `lexicon eval` on the same
# articles and gold file, and compares artifacts.precision, recall, f1, category accuracy and
# core recall. Exits 0 when they agree, 1 when they differ, 2 when python3 or score.py is missing.
#
#   scripts/check-eval-agreement.sh [GOLD.json] [ARTICLES]      (defaults: the seeds)
#
# VERBATIM: the verbatim binary (default: `swift run` in this package, with SCRATCH as
# --scratch-path when set). SHARED_EVAL: the folder of score.py (default: ../shared/eval, or
# ../../shared/eval from a worktree).
set -euo pipefail
cd "$(dirname "$0")/.."

eval_dir=${SHARED_EVAL:-}
if [[ -z $eval_dir ]]; then
    for candidate in ../shared/eval ../../shared/eval; do
        if [[ -f $candidate/score.py ]]; then eval_dir=$candidate; break; fi
    done
fi
if [[ -z $eval_dir || ! -f $eval_dir/score.py ]] || ! command -v python3 >/dev/null; then
    echo "check-eval-agreement: needs python3 and score.py (set SHARED_EVAL to its folder)" >&2
    exit 2
fi
gold=${1:-$eval_dir/seeds.gold.json}
articles=${2:-seeds}

if [[ -n ${VERBATIM:-} ]]; then
    verbatim=("$VERBATIM")
else
    verbatim=(swift run --quiet ${SCRATCH:+--scratch-path "$SCRATCH"} verbatim)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${verbatim[@]}" scan "$articles" --format json > "$work/r.json"
python3 "$eval_dir/score.py" --gold "$gold" --docs "$articles" --report "$work/r.json" --json > "$work/score.json"
"${verbatim[@]}" lexicon eval --gold "$gold" "$articles" --format json > "$work/eval.json"

python3 - "$work/score.json" "$work/eval.json" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
ours = json.load(open(sys.argv[2]))["overall"]
pairs = [("artifacts.precision", "precision"), ("artifacts.recall", "recall"), ("artifacts.f1", "f1"),
         ("artifacts.category_accuracy", "category_accuracy"), ("artifacts.recall_core", "recall_core")]
failed = False
for theirs, mine in pairs:
    same = score[theirs] == ours[mine]
    failed |= not same
    print(f"{theirs:30} score.py {score[theirs]:.6f}  lexicon eval {ours[mine]:.6f}  {'ok' if same else 'DIFFERENT'}")
sys.exit(1 if failed else 0)
PY
