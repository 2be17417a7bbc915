#!/usr/bin/env bash
# Whole-stack load test (docs/performance.md): Jetty 12 ee11 on 127.0.0.1 in five configurations,
# each driven by wrk on a success and an error endpoint, the configurations alternated over
# several rounds; prints the median requests/s and p99 latency of each, and the ratios.
#
#   (a) a plain servlet                       (b) the same servlet behind BceErrorFilter
#   (c) Jersey 4 without bcekit               (d) Jersey 4 with BceFeature behind BceErrorFilter
#   (e) (d) with BceAuthFilter; wrk sends a request signed once, at start-up, valid for an hour
#
# Bounded: with the defaults it takes about 4.5 minutes on 2 cores (4 min 21 s, the build
# included). Only 127.0.0.1 is ever listened on or targeted. Settings (environment variables,
# defaults shown):
#   ROUNDS=3 DURATION=3 (s per measurement) WARMUP=1 (s of unrecorded load on switching servers)
#   JIT_WARMUP_SERVLET=10 JIT_WARMUP_JERSEY=36 (s: each server is first loaded on both endpoints
#     in 2 s bursts for at least this long, then until its throughput settles within 5 %, for at
#     most 4 s more. On 2 cores the JIT compiles a Jersey server for 40 s and more under load: most
#     of the 5 minutes goes to warming up, and Jersey's figures still rise a little from round to
#     round; the rounds alternate direction so that drift falls on every configuration alike)
#   THREADS=2 CONNECTIONS=32 (wrk) CONFIGS="a b c d e" BASE_PORT=18181 SKIP_BUILD=0
#   SERVER_OPTS="-Xms512m -Xmx512m" (JVM options of each server)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-3}
WARMUP=${WARMUP:-1}
JIT_WARMUP_SERVLET=${JIT_WARMUP_SERVLET:-10}
JIT_WARMUP_JERSEY=${JIT_WARMUP_JERSEY:-36}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
CONFIGS=${CONFIGS:-a b c d e}
BASE_PORT=${BASE_PORT:-18181}
SKIP_BUILD=${SKIP_BUILD:-0}
SERVER_OPTS=${SERVER_OPTS:--Xms512m -Xmx512m}
JAR=benchmarks/target/benchmarks.jar
SUCCESS_PATH=/v1/eip/180.76.1.2
ERROR_PATH=/v1/eip/10.0.0.9

started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
server_pids=()

cleanup() {
  for pid in "${server_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

log() { printf '[%3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [ "$SKIP_BUILD" != 1 ]; then
  log "building $JAR"
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

name_of() {
  case "$1" in
    a) echo "(a) servlet" ;;
    b) echo "(b) servlet + BceErrorFilter" ;;
    c) echo "(c) Jersey" ;;
    d) echo "(d) Jersey + BceFeature + BceErrorFilter" ;;
    e) echo "(e) (d) + BceAuthFilter" ;;
    *) echo "unknown configuration $1" >&2; exit 2 ;;
  esac
}
port_of() { echo $(( BASE_PORT + $(printf '%d' "'$1") - 97 )); }

# Start every server once; idle ones cost nothing while another is measured.
for config in $CONFIGS; do
  name_of "$config" >/dev/null
  port=$(port_of "$config")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port on 127.0.0.1 is taken; set BASE_PORT" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  java $SERVER_OPTS -cp "$JAR" io.bcekit.benchmarks.load.LoadServer "$config" "$port" >"$work/server-$config.log" 2>&1 &
  server_pids+=("$!")
done
for config in $CONFIGS; do
  for _ in $(seq 1 120); do
    grep -q '^READY' "$work/server-$config.log" && break
    sleep 0.5
  done
  if ! grep -q '^READY' "$work/server-$config.log"; then
    echo "Server $(name_of "$config") did not start:" >&2
    cat "$work/server-$config.log" >&2
    exit 1
  fi
done
log "servers up: $CONFIGS"

# (e) verifies every request: sign both endpoints' GETs once, now, for an hour.
declare -A auth
for config in $CONFIGS; do
  if [ "$config" = e ]; then
    auth[success]=$(java -cp "$JAR" io.bcekit.benchmarks.load.LoadServer sign "$(port_of e)" "$SUCCESS_PATH")
    auth[error]=$(java -cp "$JAR" io.bcekit.benchmarks.load.LoadServer sign "$(port_of e)" "$ERROR_PATH")
  fi
done

# One wrk run; appends "config endpoint round requests/s p99-ms" to results, warns on surprises.
measure() {
  local config=$1 endpoint=$2 round=$3 seconds=$4 record=$5
  local path=$SUCCESS_PATH
  [ "$endpoint" = error ] && path=$ERROR_PATH
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency)
  if [ "$config" = e ]; then
    args+=(-H "Authorization: ${auth[$endpoint]}")
  fi
  local out
  out=$(wrk "${args[@]}" "http://127.0.0.1:$(port_of "$config")$path")
  [ "$record" = 1 ] || return 0
  local rps p99 total non2xx
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
              f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.3f", v * f}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  non2xx=${non2xx:-0}
  if [ "$endpoint" = success ] && [ "$non2xx" != 0 ]; then
    echo "WARNING: $(name_of "$config") success endpoint answered $non2xx of $total with an error" >&2
  fi
  if [ "$endpoint" = error ] && [ "$non2xx" != "$total" ]; then
    echo "WARNING: $(name_of "$config") error endpoint answered only $non2xx of $total with an error" >&2
  fi
  if grep -q 'Socket errors' <<<"$out"; then
    echo "WARNING: $(name_of "$config") $endpoint: $(grep 'Socket errors' <<<"$out")" >&2
  fi
  echo "$config $endpoint $round $rps $p99" >>"$work/results"
  log "round $round $(name_of "$config") $endpoint: $rps req/s, p99 $p99 ms"
}

# Until the JIT has compiled the hot paths a server runs at a fraction of its speed (Jersey for
# 40 s and more): load both endpoints of each server at once, half the connections each, in 2 s
# bursts, for the minimum, then until the total settles within 5 % of the burst before.
warm_up() {
  local config=$1 half=$(( CONNECTIONS / 2 > 0 ? CONNECTIONS / 2 : 1 ))
  local begun previous=0 total=0 minimum=$JIT_WARMUP_SERVLET
  case "$config" in c | d | e) minimum=$JIT_WARMUP_JERSEY ;; esac
  begun=$(date +%s)
  while :; do
    local warmers=() endpoint path headers
    for endpoint in success error; do
      path=$SUCCESS_PATH
      [ "$endpoint" = error ] && path=$ERROR_PATH
      headers=()
      [ "$config" = e ] && headers=(-H "Authorization: ${auth[$endpoint]}")
      wrk -t1 -c"$half" -d2s "${headers[@]}" "http://127.0.0.1:$(port_of "$config")$path" >"$work/warm-$endpoint" &
      warmers+=("$!")
    done
    wait "${warmers[@]}"
    total=$(awk '/^Requests\/sec:/ {s += $2} END {printf "%.0f", s}' "$work/warm-success" "$work/warm-error")
    local spent=$(( $(date +%s) - begun ))
    if [ "$spent" -ge "$minimum" ] && awk -v a="$total" -v b="$previous" \
        'BEGIN {exit !(b > 0 && (a - b) / b < 0.05 && (b - a) / b < 0.05)}'; then
      break
    fi
    if [ $(( spent + 2 )) -gt $(( minimum + 4 )) ]; then
      break
    fi
    previous=$total
  done
  log "warmed up $(name_of "$config") in $(( $(date +%s) - begun ))s: $total req/s on both endpoints together"
}
# Backwards, so the servers round 1 starts with are the freshest, and a Jersey server's JIT queue,
# still long when its warm-up ends, drains while the servlet servers warm up rather than during
# a measurement.
for config in $(tr ' ' '\n' <<<"$CONFIGS" | grep -v '^$' | tac); do
  warm_up "$config"
done

for round in $(seq 1 "$ROUNDS"); do
  order=$CONFIGS
  if [ $(( round % 2 )) -eq 0 ]; then  # every other round backwards, so drift cancels out
    order=$(tr ' ' '\n' <<<"$CONFIGS" | grep -v '^$' | tac | tr '\n' ' ')
  fi
  for config in $order; do
    [ "$WARMUP" -gt 0 ] && measure "$config" success "$round" "$WARMUP" 0
    for endpoint in success error; do
      measure "$config" "$endpoint" "$round" "$DURATION" 1
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() {  # median of the numbers on stdin (the mean of the middle two for an even count)
  sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                   else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
med() { awk -v c="$1" -v e="$2" -v f="$3" '$1 == c && $2 == e {print $f}' "$work/results" | median; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {if (y > 0) printf "%.3f", x / y; else print "nan"}'; }

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(java -version 2>&1 | head -n 1); load average at start $load_before, at the end $load_after"
echo "(the servers and wrk themselves hold the load average near 8 while the script runs)"
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per measurement, $ROUNDS rounds, medians:"
echo
printf '%-42s %14s %11s %14s %11s %14s\n' configuration "success req/s" "p99 ms" "error req/s" "p99 ms" "error/success"
for config in $CONFIGS; do
  s=$(med "$config" success 4); e=$(med "$config" error 4)
  printf '%-42s %14.0f %11.2f %14.0f %11.2f %14s\n' "$(name_of "$config")" "$s" "$(med "$config" success 5)" \
    "$e" "$(med "$config" error 5)" "$(ratio "$e" "$s")"
done
echo
has() { grep -qw "$1" <<<"$CONFIGS"; }
# The median over rounds of x's requests/s divided by y's in the same round: robust to drift.
paired() {
  awk -v x="$1" -v y="$2" -v e="$3" '$2 == e && $1 == x {a[$3] = $4} $2 == e && $1 == y {b[$3] = $4}
    END {for (r in a) if (r in b && b[r] > 0) printf "%.4f\n", a[r] / b[r]}' "$work/results" | median
}
pair() {
  local label=$1 x=$2 y=$3 target=$4
  if has "$x" && has "$y"; then
    printf '%-10s success %s, per round %.3f (target %s)   error %s, per round %.3f\n' "$label" \
      "$(ratio "$(med "$x" success 4)" "$(med "$y" success 4)")" "$(paired "$x" "$y" success)" "$target" \
      "$(ratio "$(med "$x" error 4)" "$(med "$y" error 4)")" "$(paired "$x" "$y" error)"
  fi
}
echo "Throughput ratios: of the medians of requests/s, and the median of the rounds' own ratios:"
pair "(b)/(a)" b a ">= 0.97"
pair "(d)/(c)" d c ">= 0.95"
pair "(e)/(d)" e d "none"
echo
log "done"
