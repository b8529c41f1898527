#!/usr/bin/env bash
# Tests of the `perspectief` tool: outputs and exit codes of every command,
# good input and bad. Run by ctest (cli_commands) as:
#   cli_test.sh <path to perspectief> <source dir> <scratch dir>
set -uo pipefail
tool="$1"
src="$2"
work="$3"
rm -rf "$work" && mkdir -p "$work"
cd "$src"

family=examples/families/amsterdam-twee-kinderen-segment-c.json
failures=0
checks=0

# run_stdin FILE EXPECTED_EXIT ARGS...: runs the tool with FILE on standard
# input and counts a failure unless it exits with EXPECTED_EXIT; keeps
# stdout/stderr in $out/$err for the checks below.
run_stdin() {
  local input="$1" expected="$2"
  shift 2
  "$tool" "$@" <"$input" >"$work/out" 2>"$work/err"
  local status=$?
  out="$(cat "$work/out")"
  err="$(cat "$work/err")"
  checks=$((checks + 1))
  if [ "$status" != "$expected" ]; then
    failures=$((failures + 1))
    echo "FAIL: perspectief $* (stdin: $input) exited $status, expected $expected"
    echo "  stdout: ${out:0:400}"
    echo "  stderr: ${err:0:400}"
  fi
}
# run EXPECTED_EXIT ARGS...: the same with nothing on standard input.
run() { run_stdin /dev/null "$@"; }
# expect WHERE TEXT: the last run's stdout or stderr contains TEXT.
expect() {
  local where="$1" text="$2" content
  content="$([ "$where" = out ] && echo "$out" || echo "$err")"
  checks=$((checks + 1))
  if [[ "$content" != *"$text"* ]]; then
    failures=$((failures + 1))
    echo "FAIL: std$where of the last command does not contain: $text"
    echo "  it was: ${content:0:600}"
  fi
}
# expect_not WHERE TEXT: the last run's stdout or stderr does not contain TEXT.
expect_not() {
  local where="$1" text="$2" content
  content="$([ "$where" = out ] && echo "$out" || echo "$err")"
  checks=$((checks + 1))
  if [[ "$content" == *"$text"* ]]; then
    failures=$((failures + 1))
    echo "FAIL: std$where of the last command contains: $text"
    echo "  it was: ${content:0:600}"
  fi
}
# same_as TEXT: the last run's stdout is exactly TEXT.
same_as() {
  checks=$((checks + 1))
  if [ "$out" != "$1" ]; then
    failures=$((failures + 1))
    echo "FAIL: stdout is '${out:0:300}', expected '${1:0:300}'"
  fi
}

# ---- usage (exit 2) ----
run 2
expect err "usage: perspectief COMMAND"
run 0 --help
expect out "exit codes: 0 ok"
run 2 frobnicate
expect err "unknown command 'frobnicate'"
run 2 validate --frobnicate "$family"
expect err "unknown option --frobnicate"
run 2 records "$family"
expect err "missing --kind"
run 2 events "$family" --at
expect err "--at needs a value"
run 2 apply "$family"
expect err "give one of --event, --events"
run 2 apply - --event -
expect err "cannot both come from standard input"
run 2 diagram
expect err "which region?"
run 2 version extra
expect err "too many arguments"
expect err "perspectief version --help shows its usage"

# ---- help and version: exit 0, on stdout, never taken for a file name ----
run 0 -h
expect out "usage: perspectief COMMAND"
run 0 help
expect out "usage: perspectief COMMAND"
for command in demo validate parse canonical get records initial-content create apply events replay deadlines \
  diagram decide decide-batch view report profiles conformance version; do
  run 0 "$command" --help
  expect out "usage: perspectief $command"
  expect out "exit codes: 0 ok"
done
run 0 validate -h
expect out "usage: perspectief validate [PLAN|-]"
run 0 validate "$family" --profile amsterdam-zaanstreek -h
expect out "usage: perspectief validate"
run 0 help apply
expect out "--events EVENTS"
run 2 help frobnicate
expect err "unknown command 'frobnicate'"
run 0 --version
expect out "perspectief 0."

# ---- library and profiles ----
run 0 version
expect out "perspectief 0."
run 0 profiles
expect out '"id":"amsterdam-zaanstreek"'
expect out '"id":"flevoland"'
run 0 profiles foodvalley --pretty
expect out '  "id": "foodvalley"'
run 3 profiles atlantis
expect err "perspectief profiles: not_found:"
expect err "atlantis"

# ---- canonical JSON ----
printf '{ "b" : [1, 2.50, "caf\xc3\xa9"], "a" : null }' >"$work/messy.json"
run_stdin "$work/messy.json" 0 canonical
same_as '{"a":null,"b":[1,2.5,"café"]}'
run 0 canonical "$work/messy.json"
same_as '{"a":null,"b":[1,2.5,"café"]}'
printf '{"a": [1, 2' >"$work/truncated.json"
run 3 canonical "$work/truncated.json"
expect err "json_syntax"
expect err "line 1, column 12 (byte 12): unexpected end of input; expected ']' while reading an array"
printf '{"name": "caf\xc3"}' >"$work/latin.json"
run 3 canonical "$work/latin.json"
expect err "invalid_utf8"
run 3 canonical "$work/no-such-file.json"
expect err "cannot open"
head -c 70000000 /dev/zero | tr '\0' ' ' >"$work/huge.json"
echo '[]' >>"$work/huge.json"
run 3 canonical "$work/huge.json"
expect err "limit_exceeded"
python3 -c "print('[' * 1000000 + ']' * 1000000)" >"$work/deep.json"
run 3 canonical "$work/deep.json"
expect err "limit_exceeded"

# ---- bad input: exit 3 with the project's own words, line, column and bytes shown escaped ----
# Garbage is bad input whether or not a region is given (never "which region?").
printf 'garbage\n' >"$work/garbage.txt"
for options in "" "--profile amsterdam-zaanstreek"; do
  # shellcheck disable=SC2086 # options are words on purpose
  run 3 validate "$work/garbage.txt" $options
  expect err "perspectief validate: json_syntax:"
  expect err "invalid JSON at line 1, column 1 (byte 1): invalid literal while reading a value"
  expect err "near '^garbage\\n'"
  checks=$((checks + 1))
  [[ "$err" != *"json.exception"* && "$err" != *"last read"* && "$err" != *"which region"* ]] ||
    { failures=$((failures + 1)); echo "FAIL: the JSON library's internals or a region question in: $err"; }
done
run_stdin "$work/garbage.txt" 3 parse
expect err "json_syntax"
printf '{\n  "format": "perspectief/plan@1",\n  "id" "x"\n}' >"$work/missing-colon.json"
run 3 parse "$work/missing-colon.json"
expect err "at line 3, column 10"
expect err "expected ':'"
# Invalid UTF-8: its own code, and the terminal never gets the raw byte.
printf '{"format": "perspectief/plan@1", "id": "caf\xc3"}' >"$work/latin-plan.json"
run 3 parse "$work/latin-plan.json"
expect err "invalid_utf8"
expect err 'caf\xc3'
checks=$((checks + 1))
if LC_ALL=C grep -q -P '[\x80-\xff]' "$work/err"; then
  failures=$((failures + 1)); echo "FAIL: raw non-ASCII bytes on stderr: $(od -c "$work/err" | head -3)"
fi
# A directory and a missing file.
run 3 validate "$work"
expect err "is a directory, not a file"
checks=$((checks + 1))
[[ "$err" != *"basic_filebuf"* && "$err" != *"internal error"* ]] ||
  { failures=$((failures + 1)); echo "FAIL: a directory is reported as an internal error: $err"; }
run 3 canonical "$work"
expect err "is a directory"
run 3 validate "$work/no-such-plan.json"
expect err "cannot open '$work/no-such-plan.json': No such file or directory"
run 3 apply "$family" --event "@$work"
expect err "is a directory"
# A bad value of an option is bad input; an unknown option or a missing value is usage.
run 3 events "$family" --actor '{"role":"ouder","person":"lotte","member":"lotte"}' --at yesterday
expect err "invalid_argument"
expect err "yesterday"
run 2 events "$family" --actor
expect err "--actor needs a value"
run 2 parse "$family" --frobnicate
expect err "unknown option --frobnicate"
run 3 demo --scenario "$work/garbage.txt"
expect err "json_syntax:"
expect err "invalid JSON at line 1, column 1"

# ---- plans ----
run 0 parse "$family"
parsed="$out"
run 0 canonical "$family"
checks=$((checks + 1))
[ "$out" = "$parsed" ] || { failures=$((failures + 1)); echo "FAIL: parse does not keep the plan as it came"; }
run_stdin "$family" 0 parse
same_as "$parsed"
run 0 validate "$family"
same_as "[]"
sed 's/"leefgebied": "opvoeding"/"leefgebied": "opvoedinX"/' "$family" >"$work/unknown-leefgebied.json"
run 1 validate "$work/unknown-leefgebied.json"
expect out '"code":"PP-V-LEEFGEBIED"'
expect err "PP-V-LEEFGEBIED [R-DOMAINS]"
echo '{"format":"perspectief/plan@1","id":7}' >"$work/schema.json"
run 3 validate "$work/schema.json" --profile amsterdam-zaanstreek
expect err "perspectief validate: schema:"
expect err "(at /id)"
expect err "/id: PP-S-TYPE"
run 2 validate "$work/schema.json"
expect err "which region?"
run 3 validate "$family" --profile atlantis
expect err "not_found"
run 0 get /family/name "$family"
same_as '"Gezin De Vries-Yilmaz"'
run 0 get /family/members/2/x-vendor-clientnummer "$family"
same_as '"CL-88213"'
run 3 get /family/members/9 "$family"
expect err "(at /family/members/9)"
run 3 get family "$family"
expect err "invalid_argument"
run 0 records "$family" --kind results
expect out '"plan":"pp-2026-ams-0417"'
run 3 records "$family" --kind people
expect err "invalid_argument"

# ---- the verblijf report: plan files and JSONL, suppression, errors naming the file and line ----
lelystad=examples/plans/lelystad-zelfstandig-wonen-verblijf.json
run 0 report examples/plans/*.json --from 2026-01-01 --to 2026-12-31
expect out '"format":"perspectief/verblijf-report@1"'
expect out '"plans":7'
expect out '{"count":null,"percentage":null,"period":"2026-H1","row":"alleen_verblijf","suppressed":true}'
run 0 report examples/plans/*.json --from 2026-01-01 --to 2026-12-31 --min-count 1
expect out '{"count":1,"percentage":100.0,"period":"2026-H1","row":"alleen_verblijf","suppressed":false}'
for f in examples/plans/*.json; do python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$f"; done >"$work/plans.jsonl"
printf '\n' >>"$work/plans.jsonl"
run 0 report "$work/plans.jsonl" --min-count 1
expect out '"plans":7'
expect out '"id":"2027-H1"'
run_stdin "$work/plans.jsonl" 0 report --jsonl --min-count 1 --from 2026-01-01 --to 2026-06-30
expect out '"periods":[{"first_day":"2026-01-01","id":"2026-H1","last_day":"2026-06-30"}]'
run 1 report "$work/plans.jsonl" "$lelystad"
expect err "$lelystad: "
expect err "counted already"
expect err "(at /7/id)"
printf '{"format":\n' >"$work/broken.jsonl"
run 3 report "$work/broken.jsonl" --profile flevoland
expect err "broken.jsonl line 1: "
run 3 report "$lelystad" --min-count 0
expect err "(at /min_count)"
run 3 report "$lelystad" --from 2026-02-30
expect err "(at /from)"
run 2 report "$lelystad" --min-count seven
expect err "--min-count must be a whole number"

# ---- workflow ----
run 0 diagram --profile amsterdam-zaanstreek
expect out "stateDiagram"
run 0 diagram --profile amsterdam-zaanstreek --format dot
expect out "digraph"
run 3 diagram --profile amsterdam-zaanstreek --format svg
expect err "svg"

at=2026-02-09T09:00:00+01:00
lotte='{"role":"ouder","person":"lotte","member":"lotte","name":"Lotte de Vries"}'
team='{"role":"lokaal_team","person":"btn-0412","name":"Ilse Verhoeven","organisation":"Buurtteam Amsterdam Noord (fictief)"}'
run 0 events "$family" --actor "$lotte" --at "$at"
expect out '"event":"plan_aanmaken"'
run 3 events "$family" --actor '{"role":' --at "$at"
expect err "ACTOR: invalid JSON"
# The main document's C parameter ("json") is not repeated, nor is the pointer.
printf '{"a":1,"a":2}' >"$work/duplicate.json"
run_stdin "$work/duplicate.json" 3 canonical -
expect err "perspectief canonical: json_syntax: the member name 'a' occurs twice in one object (at /a)"
expect_not err "json: "
expect_not err "(at /a) (at /a)"

# A plan starts with plan_aanmaken; its payload is the plan's content.
run 0 initial-content "$family"
expect out '"hulpvragen"'
checks=$((checks + 1))
[[ "$out" != *'"toewijzingen"'* && "$out" != *'"status":"hulpvraag"'* ]] ||
  { failures=$((failures + 1)); echo "FAIL: initial-content keeps members the workflow sets"; }
echo "{\"event\":\"plan_aanmaken\",\"actor\":$team,\"at\":\"$at\",\"payload\":$out}" >"$work/genesis.json"
run 0 create "@$work/genesis.json"
expect out '"status":"hulpvraag"'
expect out '"event":"plan_aanmaken"'
echo "$out" >"$work/started.json"
# The region comes from the payload's profile or from --profile; any other event has no plan to act on.
run_stdin "$work/genesis.json" 0 create - --profile amsterdam-zaanstreek
expect out '"status":"hulpvraag"'
run 1 create "{\"event\":\"vraag_duiden\",\"actor\":$team,\"at\":\"$at\"}" --profile amsterdam-zaanstreek
expect err "PP-W-NO-HISTORY"
run 2 create "{\"event\":\"vraag_duiden\",\"actor\":$team,\"at\":\"$at\"}"
expect err "which region?"
run 3 create "garbage"
run 0 replay "$work/started.json" --verify
run 1 apply "$work/started.json" --event "{\"event\":\"hulp_starten\",\"actor\":$team,\"at\":\"2026-02-10T09:00:00+01:00\"}"
expect err "perspectief apply: rejected:"
run 0 apply "$work/started.json" --events "[{\"event\":\"vraagverheldering_starten\",\"actor\":$team,\"at\":\"2026-02-10T09:00:00+01:00\"}]"
expect out '"status":"vraagverheldering"'
run 1 apply "$work/started.json" --events "[{\"event\":\"vraagverheldering_starten\",\"actor\":$team,\"at\":\"2026-02-10T09:00:00+01:00\"},{\"event\":\"hulp_starten\",\"actor\":$team,\"at\":\"2026-02-10T10:00:00+01:00\"}]"
expect err "(at /1"
run 3 apply "$work/started.json" --event "{\"event\":\"vliegen\",\"actor\":$team,\"at\":\"$at\"}"
expect err "not_found"
run 3 apply "$work/started.json" --event '42'
expect err "schema"
run 0 deadlines "$work/started.json" --at "$at"
checks=$((checks + 1))
[[ "$out" == \[* ]] || { failures=$((failures + 1)); echo "FAIL: deadlines is not an array: $out"; }
# Changing the stored plan outside the workflow: the history no longer rebuilds it.
sed 's/"Gezin De Vries-Yilmaz"/"Gezin Anders"/' "$work/started.json" >"$work/tampered.json"
run 1 replay "$work/tampered.json" --verify
expect err "does not rebuild the stored plan"

# ---- sharing ----
gemeente='{"requester":{"role":"gemeente","person":"gem-0042","organisation":"Gemeente Amsterdam"},"action":"read","purpose":"beleid","channel":"portaal","at":"2026-02-10T09:00:00+01:00"}'
own='{"requester":{"role":"ouder","person":"lotte","member":"lotte"},"action":"read","purpose":"uitvoering","channel":"portaal","at":"2026-02-10T09:00:00+01:00"}'
run 1 decide "$work/started.json" --request "$gemeente"
expect out '"decision":"deny"'
run 0 decide "$work/started.json" --request "$own"
expect out '"decision":"allow"'
expect out '"R-OWNER"'
run 0 decide-batch "$work/started.json" --requests "[$gemeente,$own]"
expect out '"decision":"deny"'
expect out '"decision":"allow"'
run 0 view "$work/started.json" --request "$own"
expect out '"disclosure":{'
run 1 view "$work/started.json" --request "$gemeente"
run 3 decide "$work/started.json" --request '[]'
expect err "schema"

# ---- JSONL mode: validate, replay, records, decide over a plan a line, in file order ----
one_line() { python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$1"; }
# lines 1-7 the example plans, 8 blank, 9 not JSON, 10 the started plan (CRLF), 11 an invalid plan, 12 a schema error
{ cat "$work/plans.jsonl"; printf '{"format":\n'; one_line "$work/started.json" | sed 's/$/\r/'
  one_line "$work/unknown-leefgebied.json"; cat "$work/schema.json"; } >"$work/mixed.jsonl"
# line_numbers: the "line" of every output line of the last run, in order.
line_numbers() { echo "$out" | python3 -c 'import json, sys; print(" ".join(str(json.loads(l)["line"]) for l in sys.stdin))'; }
run 3 validate --jsonl "$work/mixed.jsonl" --jobs 3 --profile amsterdam-zaanstreek
expect out '{"line":1,"plan":"gp-2026-asv-0023","problems":[]}'
expect out '{"error":{"code":2,'
expect out '"name":"schema","pointer":"/id","problems":[{'
expect out '"code":"PP-V-LEEFGEBIED"'
expect err "perspectief validate: line 9: json_syntax: invalid JSON at line 1"
expect err "perspectief validate: line 12: schema:"
expect_not err "PP-V-LEEFGEBIED"
checks=$((checks + 1))
[ "$(line_numbers)" = "1 2 3 4 5 6 7 9 10 11 12" ] || { failures=$((failures + 1)); echo "FAIL: validate --jsonl lines: $(line_numbers)"; }
jobs3="$out"
run 3 validate "$work/mixed.jsonl" --jobs 1 --profile amsterdam-zaanstreek
same_as "$jobs3"
# The plans' own regions; only an invalid plan: exit 1. Standard input with --jsonl.
run 0 validate "$work/plans.jsonl"
head -n 1 "$work/plans.jsonl" | cat - <(one_line "$work/unknown-leefgebied.json") >"$work/invalid.jsonl"
run_stdin "$work/invalid.jsonl" 1 validate --jsonl -
expect out '{"line":2,"plan":"pp-2026-ams-0417","problems":[{'
printf '{"id":"p-1","profile":"atlantis"}\n{"id":"p-2"}\n' >"$work/regions.jsonl"
run 3 validate "$work/regions.jsonl"
expect out '"name":"not_found"'
expect out '"line":2,"plan":"p-2"'
expect err "line 2: schema: the plan names no region"
# A line longer than the engine's limit (64 MiB) is refused without stopping the stream.
{ one_line "$work/started.json"; head -c 67108865 /dev/zero | tr '\0' x; printf '\n'; one_line "$work/started.json"; } >"$work/long.jsonl"
run 3 validate "$work/long.jsonl"
expect out '{"error":{"code":4,"message":"line 2 is longer than the limit of 67108864 bytes","name":"limit_exceeded"'
expect out '{"line":3,"plan":"pp-2026-ams-0417","problems":[]}'
run 3 bulk "$work/long.jsonl" --validate --verify --jobs 2
expect out '{"error":{"code":4,"message":"line 2 is longer than the limit of 67108864 bytes","name":"limit_exceeded"'
expect out '{"line":3,"plan":"pp-2026-ams-0417","problems":[],"verified":true}'
rm -f "$work/long.jsonl"
{ one_line "$work/started.json"; one_line "$work/tampered.json"; } >"$work/replay.jsonl"
run 0 replay "$work/replay.jsonl"
expect out '{"line":1,"plan":"pp-2026-ams-0417","replayed":{'
run 1 replay "$work/replay.jsonl" --verify --jobs 2
expect out '"verified":true}'
expect out '"verified":false}'
run 3 replay "$work/mixed.jsonl" --profile amsterdam-zaanstreek
expect out '"line":9'
run 3 records --jsonl "$work/mixed.jsonl" --kind transitions --profile amsterdam-zaanstreek
expect out '"event":"plan_aanmaken","from_state":null,"line":1,'
expect out '"line":10,"municipality":"amsterdam"'
expect out '{"error":{"code":2,'
run 3 records --jsonl "$work/plans.jsonl" --kind people
expect err "unknown record kind 'people'"
run 1 decide --jsonl "$work/replay.jsonl" --requests "[$gemeente,$own]"
expect out '{"decision":{'
expect out '"line":1,"plan":"pp-2026-ams-0417","request":0}'
expect out '"line":2,"plan":"pp-2026-ams-0417","request":1}'
checks=$((checks + 1))
[ "$(line_numbers)" = "1 1 2 2" ] || { failures=$((failures + 1)); echo "FAIL: decide --jsonl lines: $(line_numbers)"; }
run 0 decide "$work/replay.jsonl" --request "$own"
run 3 decide "$work/mixed.jsonl" --request "$own" --profile amsterdam-zaanstreek
expect err "line 9: json_syntax"
run 2 decide --jsonl "$work/plans.jsonl"
expect err "give one of --request, --requests"
run 2 decide "$work/started.json" --requests "[$own]"
run 2 validate --jsonl "$work/plans.jsonl" --pretty
run 2 validate --jsonl "$work/plans.jsonl" --jobs 0
expect err "--jobs must be a whole number"
run 3 validate --jsonl "$work/nothing.jsonl"
expect err "cannot open"
run 0 validate --jsonl /dev/null
same_as ""
for command in parse validate replay records decide; do
  run 0 "$command" --help
  expect out "--jsonl [FILE|-]"
  expect out "--jobs N"
done

# The shared JSONL cases (tests/conformance/jsonl): the lines the C ABI, Java and C# are held to.
checks=$((checks + 1))
python3 tests/conformance/jsonl/check_cli.py "$tool" || { failures=$((failures + 1)); echo "FAIL: JSONL cases"; }

# ---- bulk: several passes over a JSONL file, each line parsed once ----
# Every pass's result equals what its own JSONL command gives for the same line.
run 3 bulk "$work/mixed.jsonl" --validate --replay --verify --records transitions,results --jobs 3 --profile amsterdam-zaanstreek
expect out '{"error":{"code":2,'
expect err "perspectief bulk: line 9: json_syntax: invalid JSON at line 1"
expect out '"code":"PP-V-LEEFGEBIED"'
checks=$((checks + 1))
[ "$(line_numbers)" = "1 2 3 4 5 6 7 9 10 11 12" ] || { failures=$((failures + 1)); echo "FAIL: bulk lines: $(line_numbers)"; }
echo "$out" >"$work/bulk.out"
bulk3="$out"
run 3 bulk --jsonl "$work/mixed.jsonl" --validate --replay --verify --records transitions,results --jobs 1 --profile amsterdam-zaanstreek
same_as "$bulk3"
"$tool" validate --jsonl "$work/mixed.jsonl" --profile amsterdam-zaanstreek >"$work/validate.out" 2>/dev/null
"$tool" replay --jsonl "$work/mixed.jsonl" --verify --profile amsterdam-zaanstreek >"$work/replay.out" 2>/dev/null
"$tool" records --jsonl "$work/mixed.jsonl" --kind transitions --profile amsterdam-zaanstreek >"$work/transitions.out" 2>/dev/null
"$tool" records --jsonl "$work/mixed.jsonl" --kind results --profile amsterdam-zaanstreek >"$work/results.out" 2>/dev/null
checks=$((checks + 1))
python3 - "$work" <<'PY' || { failures=$((failures + 1)); echo "FAIL: bulk differs from validate, replay and records"; }
import json, sys
work = sys.argv[1]
def lines(name):
    return [json.loads(l) for l in open(f"{work}/{name}.out")]
bulk = {l["line"]: l for l in lines("bulk")}
for l in lines("validate"):
    assert ("problems" in l) == ("problems" in bulk[l["line"]]), l["line"]
    assert l.get("problems") == bulk[l["line"]].get("problems"), l["line"]
    assert l.get("error") == bulk[l["line"]].get("error"), l["line"]
for l in lines("replay"):
    if "error" in l:
        assert "replayed" not in bulk[l["line"]], l["line"]
        continue
    assert l["replayed"] == bulk[l["line"]]["replayed"] and l["verified"] == bulk[l["line"]]["verified"], l["line"]
for kind in ("transitions", "results"):
    rows = {}
    for row in lines(kind):
        if "error" not in row:
            rows.setdefault(row.pop("line"), []).append(row)
    for number, line in bulk.items():
        if "records" in line:
            assert line["records"][kind] == rows.get(number, []), (kind, number)
    assert set(rows) <= set(bulk), kind
PY
# A pass that fails leaves the others: the family plan has no history to replay.
{ one_line "$work/started.json"; one_line "$family"; one_line "$work/tampered.json"; } >"$work/passes.jsonl"
run 1 bulk "$work/passes.jsonl" --verify --records jeugdigen
expect out '{"line":1,"plan":"pp-2026-ams-0417","records":{"jeugdigen":[{'
expect out '{"errors":{"replay":{"code":'
expect out '"line":2,"plan":"pp-2026-ams-0417","records":{"jeugdigen":[{'
expect out '"verified":false}'
expect err "perspectief bulk: line 2: replay: "
checks=$((checks + 1))
[ "$(echo "$out" | sed -n 2p | grep -c '"verified"')" = 0 ] || { failures=$((failures + 1)); echo "FAIL: bulk verified a plan it could not replay"; }
run 0 bulk "$work/passes.jsonl" --records jeugdigen --validate
expect_not out '"replayed"'
expect_not out '"errors"'
run_stdin "$work/passes.jsonl" 1 bulk - --validate --verify
run 2 bulk "$work/passes.jsonl"
expect err "give at least one pass"
run 3 bulk "$work/passes.jsonl" --records transitions,people
expect err "unknown record kind 'people'"
run 2 bulk "$work/passes.jsonl" --records ,
expect err "--records takes record kinds separated by commas"
run 2 bulk "$work/passes.jsonl" --validate --pretty
run 2 bulk "$work/passes.jsonl" --validate --jobs 0
run 0 bulk /dev/null --validate
same_as ""
run 0 bulk --help
expect out "each line parsed once"
expect out '"errors":{PASS:'

# ---- conformance ----
if [ -d tests/conformance/cases ]; then
  run 0 conformance tests/conformance/cases --quiet
  last_line="$(tail -n 1 "$work/out")"
  checks=$((checks + 1))
  [[ "$last_line" =~ ^[0-9]+\ passed,\ 0\ failed$ ]] || { failures=$((failures + 1)); echo "FAIL: conformance: $last_line"; }
fi
mkdir -p "$work/cases"
echo '{"id":"broken","operation":"canonicalize","input":{"text":"{}"},"expect":{"output":"{\"x\":1}"}}' >"$work/cases/broken.json"
run 1 conformance "$work/cases" --root "$src"
expect out "FAIL broken"
expect out "0 passed, 1 failed"
run 3 conformance "$work/no-cases"

# ---- demo ----
run 0 demo
expect out "hulpvraag"
expect out "R-SEG-C-AKKOORD"
for scenario in examples/scenarios/*.json; do
  run 0 demo --scenario "$scenario"
  expect out "Replaying the history alone rebuilds the plan byte for byte: yes."
done
echo '{"profile":"amsterdam-zaanstreek","family":"'"$family"'","events":[{"event":"hulp_starten","actor":{"role":"lokaal_team","person":"x"},"at":"'"$at"'","expect":"applied"}]}' >"$work/surprise.json"
run 1 demo --scenario "$work/surprise.json"
expect err "did not go as the scenario expects"
echo '{"profile":"amsterdam-zaanstreek","family":"'"$family"'","events":[{"event":"hulp_starten"}]}' >"$work/bad-scenario.json"
run 3 demo --scenario "$work/bad-scenario.json"
expect err "expected a member 'actor' at /events/0/actor"
run 0 demo --store "$work/demo.db"
expect out "verify: ok; head "
expect out "log rows (every view's disclosure or refusal record)"
run 3 demo --store "$work/demo.db"
expect err "already in the store"
run 0 demo --json
checks=$((checks + 1))
echo "$out" | python3 -c 'import json,sys; json.load(sys.stdin)' || { failures=$((failures + 1)); echo "FAIL: demo --json is not JSON"; }

# ---- store (docs/store.md) ----
store="$work/dossiers.db"
plan_id=pp-2026-ams-0417
lt='{"role":"lokaal_team","person":"btn-0412","organisation":"Buurtteam Amsterdam Noord (fictief)"}'
run 3 store verify "$store"
expect err "store init"
run 0 store init "$store"
run 0 initial-content "$family"
echo '{"event":"plan_aanmaken","actor":'"$lt"',"at":"2026-02-09T10:00:00+01:00","payload":'"$out"'}' >"$work/genesis.json"
run 0 store apply "$store" --event "@$work/genesis.json"
expect out "\"status\":\"hulpvraag\""
run 3 store apply "$store" --event "@$work/genesis.json"
expect err "already in the store"
run 0 store apply "$store" --plan "$plan_id" --event '{"event":"vraagverheldering_starten","actor":'"$lt"',"at":"2026-02-09T10:45:00+01:00"}'
run 1 store apply "$store" --plan "$plan_id" --event '{"event":"hulp_starten","actor":'"$lt"',"at":"2026-02-10T10:00:00+01:00"}'
run 0 store apply "$store" --plan "$plan_id" --event '{"event":"versie_vaststellen","actor":'"$lt"',"at":"2026-02-10T11:00:00+01:00"}'
run 0 store view "$store" --plan "$plan_id" --version 1
expect out "\"versions\":[{"
run 1 store view "$store" --plan "$plan_id" --request '{"requester":{"role":"gemeente","person":"gem-01","organisation":"Gemeente Amsterdam"},"action":"read","purpose":"beleid","channel":"portaal","at":"2026-03-02T09:30:00+01:00"}'
expect out "\"refusal\":{"
run 0 store log "$store" --plan "$plan_id"
expect out "\"kind\":\"refusal\""
run 0 store log "$store" --plan "$plan_id" --chain history
expect out "\"kind\":\"fixed_version\""
run 0 store verify "$store"
expect out "\"ok\":true"
heads="$(echo "$out" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["heads"]))')"
run 0 store export "$store" --plan "$plan_id"
echo "$out" >"$work/package.json"
run 0 store init "$work/elsewhere.db"
run 0 store import "$work/elsewhere.db" "$work/package.json"
same_as "$plan_id"
run 3 store import "$work/elsewhere.db" "$work/package.json"
expect err "already in the store"
sed 's/vraagverheldering_starten/vraagverheldering_gestart/' "$work/package.json" >"$work/tampered.json"
run 0 store init "$work/third.db"
run 1 store import "$work/third.db" "$work/tampered.json"
expect err "does not verify"
# A tampered row in the file itself: verify names it and exits 1.
python3 - "$store" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript("DROP TRIGGER history_no_update; UPDATE history SET at = '2020-01-01T00:00:00+01:00' WHERE seq = 2;")
db.commit()
PY
run 1 store verify "$store" --heads "$heads"
expect out "\"ok\":false"
expect err "history row 2 of plan '$plan_id'"
head -c 3000 /dev/urandom >"$work/random.db"
run 3 store verify "$work/random.db"
expect err "not a perspectief store"
run 2 store frobnicate "$store"
expect err "unknown store command"

echo "cli: $checks checks, $failures failed"
[ "$failures" = 0 ]
