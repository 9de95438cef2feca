#!/usr/bin/env bash
# Keys while a sync merges in the background: a 10k store shared by two advisers through a
# local bare repository; each ticked one action; Anne presses `s`, then j/k while her sync
# fetches, merges and pushes. One run; prints tui_latency's JSON line and the commit the
# clone ended on ("jalons: merge" when the merge happened during the run).
#
#     cargo build --release && cargo build --release --example generate
#     scripts/bench_sync_keys.sh            # 3 times, for a median of runs
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
J=$ROOT/target/release/jalons
W=$(mktemp -d /tmp/bench-sync.XXXX)
trap 'rm -rf "$W"' EXIT
export HOME=$W/home GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME" "$W/a" "$W/b"
printf '[user]\n\tname = anne\n\temail = anne@paris.example\n' > "$HOME/.gitconfig"
git init -q --bare -b main "$W/bare.git"
"$ROOT/target/release/examples/generate" 10000 > "$W/a/roadmap.json"
"$J" --store "$W/a/roadmap.json" sync init "$W/bare.git" >/dev/null
"$J" --store "$W/b/roadmap.json" sync join "$W/bare.git" >/dev/null
read -r first second < <(python3 -c "import json,sys; a=[x['id'] for x in json.load(open(sys.argv[1]))['actions'] if x['status']['state']=='todo']; print(a[0], a[1])" "$W/b/roadmap.json")
"$J" --store "$W/b/roadmap.json" --today 2014-09-16 done "$first" >/dev/null
"$J" --store "$W/b/roadmap.json" sync >/dev/null
"$J" --store "$W/a/roadmap.json" --today 2014-09-16 done "$second" >/dev/null
python3 "$ROOT/../shared/tools/tui_latency.py" --marker "Feuille de route" --pre s \
    --key j --key k --presses 100 --runs 1 --cols 120 --rows 40 -q \
    --env "HOME=$HOME" --env GIT_CONFIG_NOSYSTEM=1 \
    -- "$J" --store "$W/a/roadmap.json" --today 2014-09-16 --lang fr
git -C "$W/a" log --oneline -1
