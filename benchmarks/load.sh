#!/usr/bin/env bash
# Whole-stack load test (docs/performance.md): Jetty 12 ee11 on 127.0.0.1 in five configurations,
# each driven by wrk on a success and an error endpoint, the configurations alternated over
# several rounds; prints the median requests/s, p99 latency and CPU time per request of each, and
# the ratios.
#
#   (a) a plain servlet                       (b) the same servlet behind BceErrorFilter
#   (c) Jersey 4 without bcekit               (d) Jersey 4 with BceFeature behind BceErrorFilter
#   (e) (d) with BceAuthFilter; wrk sends a request signed once, at start-up, valid for an hour
# and two references, not run by default: (f) the servlet behind a filter that only passes the
# request on, (g) behind the request-id filter a team writes by hand (a UUID in the MDC, a request
# attribute and the response header; no error handling); and the create endpoint (POST /v1/eip
# with a fresh clientToken per request, as the SDK sends it), three ways, run with CONFIGS="h i j":
#   (h) creates behind BceErrorFilter, unguarded   (i) (h) behind BceIdempotencyFilter, in memory
#   (j) (h) behind BceIdempotencyFilter on Redis (a redis-server on 127.0.0.1 started here, from
#       the binary embedded-redis ships; it runs beside wrk, not on the measured server's CPU, as a
#       Redis on another machine would)
#
# Bounded: with the defaults it takes about 4.5 minutes on 2 cores (4 min 21 s, the build
# included). Only 127.0.0.1 is ever listened on or targeted. Settings (environment variables,
# defaults shown):
#   ROUNDS=3 DURATION=3 (s per measurement) WARMUP=1 (s of unrecorded load on switching servers)
#   JIT_WARMUP_MIN=10 JIT_WARMUP_MAX=120 (s: all servers are first loaded together on both
#     endpoints in 2 s bursts until their JIT compiler threads stay idle through a burst, that is
#     until their hot paths are compiled: alone, about 15 s for a servlet server and 50 s for a
#     Jersey one on 2 cores, all five together 75-120 s; a server still compiling after the
#     maximum is measured anyway, with a warning)
#   THREADS=2 CONNECTIONS=32 (wrk) CONFIGS="a b c d e" ENDPOINTS="success error create" (each
#     configuration is measured on those of them it serves) BASE_PORT=18181 REDIS_PORT=BASE_PORT+30
#   SKIP_BUILD=0
#   SERVER_OPTS="-Xms512m -Xmx512m" (JVM options of each server) JAR=benchmarks/target/benchmarks.jar
#   PIN=1 (after warming up, the measured server runs alone on CPU 0, wrk and the idle servers on
#     the other CPUs, so that wrk never takes the server's core; PIN=0 lets the kernel place them)
# Besides requests/s it records each server's CPU time per request (its JIT compiler threads left
# out) and the share of this machine's CPU time its host took ("steal") during the rounds: on a
# shared virtual machine the host's load moves requests/s by 10-20 % from one round to the next,
# CPU time per request a little less.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-3}
WARMUP=${WARMUP:-1}
JIT_WARMUP_MIN=${JIT_WARMUP_MIN:-10}
JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-120}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
CONFIGS=${CONFIGS:-a b c d e}
ENDPOINTS=${ENDPOINTS:-success error create}
BASE_PORT=${BASE_PORT:-18181}
REDIS_PORT=${REDIS_PORT:-$(( BASE_PORT + 30 ))}
SKIP_BUILD=${SKIP_BUILD:-0}
SERVER_OPTS=${SERVER_OPTS:--Xms512m -Xmx512m}
PIN=${PIN:-1}
JAR=${JAR:-benchmarks/target/benchmarks.jar}
SUCCESS_PATH=/v1/eip/180.76.1.2
ERROR_PATH=/v1/eip/10.0.0.9
CREATE_PATH=/v1/eip

started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
server_pids=()
declare -A pid_of
wrk_cmd=(wrk)
CLOCK_TICKS=$(getconf CLK_TCK)

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
    f) echo "(f) servlet + pass-through filter" ;;
    g) echo "(g) servlet + hand-written id filter" ;;
    h) echo "(h) create + BceErrorFilter" ;;
    i) echo "(i) (h) + idempotency in memory" ;;
    j) echo "(j) (h) + idempotency on Redis" ;;
    *) echo "unknown configuration $1" >&2; exit 2 ;;
  esac
}
port_of() { echo $(( BASE_PORT + $(printf '%d' "'$1") - 97 )); }
# The endpoints configuration $1 serves, of those asked for.
endpoints_of() {
  local served="success error" endpoint
  case "$1" in h | i | j) served="create" ;; esac
  for endpoint in $ENDPOINTS; do
    grep -qw "$endpoint" <<<"$served" && printf '%s ' "$endpoint"
  done
  return 0
}
# wrk's target for endpoint $1: the URL's path, and for a create the script that makes each
# request a POST of a createEip body with a token of its own (unique across threads and runs).
path_of() {
  case "$1" in success) echo "$SUCCESS_PATH" ;; error) echo "$ERROR_PATH" ;; create) echo "$CREATE_PATH" ;; esac
}
script_of() { [ "$1" = create ] && printf '%s\n' -s "$work/create.lua"; return 0; }
cat >"$work/create.lua" <<'LUA'
local counter = 0
local prefix = ""
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  prefix = string.format("%d-%d-%08x-", os.time(), id or 0, math.random(0, 0x7fffffff))
end
wrk.method = "POST"
wrk.body = '{"bandwidthInMbps":1,"billing":{"paymentTiming":"Postpaid"}}'
wrk.headers["Content-Type"] = "application/json"
function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?clientToken=" .. prefix .. counter)
end
LUA

# (j)'s Redis, started first; it is stopped with the script.
redis_pids=""
if grep -qw j <<<"$CONFIGS"; then
  if (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; then
    echo "Port $REDIS_PORT on 127.0.0.1 is taken; set REDIS_PORT" >&2
    exit 1
  fi
  java -cp "$JAR" io.bcekit.benchmarks.load.LoadServer redis "$REDIS_PORT" >"$work/redis.log" 2>&1 &
  server_pids+=("$!")
  for _ in $(seq 1 60); do
    grep -q '^READY' "$work/redis.log" && break
    sleep 0.5
  done
  if ! grep -q '^READY' "$work/redis.log"; then
    echo "Redis did not start:" >&2
    cat "$work/redis.log" >&2
    exit 1
  fi
  redis_pids="${server_pids[-1]} $(pgrep -P "${server_pids[-1]}" | tr '\n' ' ')"
  log "redis-server up on 127.0.0.1:$REDIS_PORT"
fi

# Start every server once; idle ones cost nothing while another is measured.
for config in $CONFIGS; do
  name_of "$config" >/dev/null
  port=$(port_of "$config")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port on 127.0.0.1 is taken; set BASE_PORT" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  java $SERVER_OPTS -Dbcekit.redis.uri="redis://127.0.0.1:$REDIS_PORT" -cp "$JAR" io.bcekit.benchmarks.load.LoadServer \
    "$config" "$port" >"$work/server-$config.log" 2>&1 &
  server_pids+=("$!")
  pid_of[$config]=$!
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

# Clock ticks of CPU time server $1 has used, its JIT compiler threads left out (a Jersey server
# still compiles after its warm-up, and that is no cost of the requests measured). A thread that
# has ended has its time folded into the process's total.
ticks_in() { { sed 's/^.*) //' "$1" 2>/dev/null || true; } | awk '{t = $12 + $13} END {print t + 0}'; }
compiler_ticks() {
  local pid=$1 compiling=0 task
  for task in /proc/"$pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null || true)" in
      "C1 CompilerThre"* | "C2 CompilerThre"*) compiling=$(( compiling + $(ticks_in "$task/stat") )) ;;
    esac
  done
  echo "$compiling"
}
server_ticks() { echo $(( $(ticks_in "/proc/$1/stat") - $(compiler_ticks "$1") )); }
# The "cpu" line of /proc/stat: every state's ticks summed, and steal (the 8th value).
machine_ticks() { awk '$1 == "cpu" {for (i = 2; i <= NF; i++) t += $i; print t, $9}' /proc/stat; }

# One wrk run; appends "config endpoint round requests/s p99-ms cpu-us-per-request" to results, warns on surprises.
measure() {
  local config=$1 endpoint=$2 round=$3 seconds=$4 record=$5
  local path
  path=$(path_of "$endpoint")
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency)
  mapfile -t -O ${#args[@]} args < <(script_of "$endpoint")
  if [ "$config" = e ]; then
    args+=(-H "Authorization: ${auth[$endpoint]}")
  fi
  local out ticks_before ticks_after
  place "$config"
  ticks_before=$(server_ticks "${pid_of[$config]}")
  out=$("${wrk_cmd[@]}" "${args[@]}" "http://127.0.0.1:$(port_of "$config")$path")
  ticks_after=$(server_ticks "${pid_of[$config]}")
  [ "$record" = 1 ] || return 0
  local rps p99 total non2xx cpu
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
              f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.3f", v * f}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  non2xx=${non2xx:-0}
  if [ "$endpoint" != error ] && [ "$non2xx" != 0 ]; then
    echo "WARNING: $(name_of "$config") $endpoint endpoint answered $non2xx of $total with an error" >&2
  fi
  if [ "$endpoint" = error ] && [ "$non2xx" != "$total" ]; then
    echo "WARNING: $(name_of "$config") error endpoint answered only $non2xx of $total with an error" >&2
  fi
  if grep -q 'Socket errors' <<<"$out"; then
    echo "WARNING: $(name_of "$config") $endpoint: $(grep 'Socket errors' <<<"$out")" >&2
  fi
  cpu=$(awk -v t=$(( ticks_after - ticks_before )) -v n="$total" -v hz="$CLOCK_TICKS" \
          'BEGIN {if (n > 0) printf "%.2f", t * 1e6 / hz / n; else print "nan"}')
  echo "$config $endpoint $round $rps $p99 $cpu" >>"$work/results"
  log "round $round $(name_of "$config") $endpoint: $rps req/s, p99 $p99 ms, $cpu us CPU/request"
}

# Until the JIT has compiled its hot paths a server runs at a fraction of its speed, and a Jersey
# server compiles for about a minute under load. Warming the servers up together, rather than one
# after the other, lets one server's compiler use what another leaves of the cores. A server is
# warm once its compiler threads used under 5 % of a core through a whole 2 s burst.
warm_up() {
  local warming=" $CONFIGS " begun config endpoint path
  local -A compiled
  begun=$(date +%s)
  for config in $CONFIGS; do compiled[$config]=$(compiler_ticks "${pid_of[$config]}"); done
  while [ -n "${warming// /}" ]; do
    local warmers=()
    for config in $warming; do
      for endpoint in $(endpoints_of "$config"); do
        path=$(path_of "$endpoint")
        local headers=()
        [ "$config" = e ] && headers=(-H "Authorization: ${auth[$endpoint]}")
        mapfile -t -O ${#headers[@]} headers < <(script_of "$endpoint")
        wrk -t1 -c8 -d2s "${headers[@]}" "http://127.0.0.1:$(port_of "$config")$path" >/dev/null &
        warmers+=("$!")
      done
    done
    wait "${warmers[@]}"
    local spent=$(( $(date +%s) - begun )) now
    for config in $warming; do
      now=$(compiler_ticks "${pid_of[$config]}")
      if [ "$spent" -ge "$JIT_WARMUP_MIN" ] && [ $(( now - compiled[$config] )) -lt $(( CLOCK_TICKS / 10 )) ]; then
        warming=${warming/ $config / }
        log "warmed up $(name_of "$config"): its JIT compiler idle after ${spent}s"
      elif [ "$spent" -ge "$JIT_WARMUP_MAX" ]; then
        warming=${warming/ $config / }
        echo "WARNING: $(name_of "$config") still compiling after ${spent}s; its figures may be low" >&2
      fi
      compiled[$config]=$now
    done
  done
}
warm_up

others_cpus=""
if [ "$PIN" = 1 ] && [ "$(nproc)" -ge 2 ]; then
  others_cpus="1-$(( $(nproc) - 1 ))"
  wrk_cmd=(taskset -c "$others_cpus" wrk)
  log "each server measured on CPU 0, wrk and the idle servers on CPUs $others_cpus"
fi
# The measured server alone on CPU 0; the idle ones (a JIT finishing late) beside wrk.
place() {
  [ -n "$others_cpus" ] && [ "$placed" != "$1" ] || return 0
  local config
  for config in $CONFIGS; do  # -a: every thread; threads started later inherit it
    taskset -a -p -c "$([ "$config" = "$1" ] && echo 0 || echo "$others_cpus")" "${pid_of[$config]}" >/dev/null
  done
  local pid
  for pid in $redis_pids; do
    taskset -a -p -c "$others_cpus" "$pid" >/dev/null
  done
  placed=$1
}
placed=""

read -r machine_before steal_before < <(machine_ticks)
for round in $(seq 1 "$ROUNDS"); do
  order=$CONFIGS
  if [ $(( round % 2 )) -eq 0 ]; then  # every other round backwards, so drift cancels out
    order=$(tr ' ' '\n' <<<"$CONFIGS" | grep -v '^$' | tac | tr '\n' ' ')
  fi
  for config in $order; do
    served=$(endpoints_of "$config")
    [ -n "${served// /}" ] || continue
    [ "$WARMUP" -gt 0 ] && measure "$config" "${served%% *}" "$round" "$WARMUP" 0
    for endpoint in $served; do
      measure "$config" "$endpoint" "$round" "$DURATION" 1
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
read -r machine_after steal_after < <(machine_ticks)
steal=$(awk -v s=$(( steal_after - steal_before )) -v t=$(( machine_after - machine_before )) \
          'BEGIN {if (t > 0) printf "%.1f", 100 * s / t; else print "nan"}')

median() {  # median of the numbers on stdin (the mean of the middle two for an even count)
  sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
                                   else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
med() { awk -v c="$1" -v e="$2" -v f="$3" '$1 == c && $2 == e {print $f}' "$work/results" | median; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {if (y > 0) printf "%.3f", x / y; else print "nan"}'; }

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(java -version 2>&1 | head -n 1); load average at start $load_before, at the end $load_after"
echo "(the servers and wrk themselves hold the load average near 8 while the script runs);"
echo "the host took $steal % of this machine's CPU time (steal) during the rounds"
pinning="not pinned"
[ -n "$others_cpus" ] && pinning="the server on CPU 0, wrk on the others"
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s per measurement, $pinning, $ROUNDS rounds, medians"
echo "(CPU: the server's CPU time per request in microseconds, its JIT compiler threads left out):"
echo
serving() { local config; for config in $CONFIGS; do grep -qw "$1" <<<"$(endpoints_of "$config")" && echo "$config"; done; return 0; }
[ -z "$(serving success)" ] || printf '%-42s %10s %8s %8s %10s %8s %8s %14s\n' configuration "success/s" "p99 ms" \
  "CPU us" "error/s" "p99 ms" "CPU us" "error/success"
for config in $(serving success); do
  s=$(med "$config" success 4); e=$(med "$config" error 4)
  printf '%-42s %10.0f %8.2f %8.1f %10.0f %8.2f %8.1f %14s\n' "$(name_of "$config")" \
    "$s" "$(med "$config" success 5)" "$(med "$config" success 6)" \
    "$e" "$(med "$config" error 5)" "$(med "$config" error 6)" "$(ratio "$e" "$s")"
done
[ -z "$(serving success)" ] || [ -z "$(serving create)" ] || echo
[ -z "$(serving create)" ] || printf '%-42s %10s %8s %8s\n' configuration "create/s" "p99 ms" "CPU us"
for config in $(serving create); do
  printf '%-42s %10.0f %8.2f %8.1f\n' "$(name_of "$config")" \
    "$(med "$config" create 4)" "$(med "$config" create 5)" "$(med "$config" create 6)"
done
echo
has() { grep -qw "$1" <<<"$CONFIGS"; }
# The ratio of x's field f to y's in each round, one per line: each round's pair ran back to back,
# so a drift of the machine falls on both.
round_ratios() {
  awk -v x="$1" -v y="$2" -v e="$3" -v f="$4" '$2 == e && $1 == x {a[$3] = $f} $2 == e && $1 == y {b[$3] = $f}
    END {for (r in a) if (r in b && b[r] > 0) printf "%.4f\n", a[r] / b[r]}' "$work/results"
}
# "median (95 % interval; quartiles)" of the numbers on stdin, each first replaced by its inverse
# with -i. The interval of the median is distribution-free: between the k-th smallest and k-th
# largest value, k = (n - 1.96 sqrt(n)) / 2; it needs 6 rounds or more.
spread() {
  awk -v inv="${1:-}" '{print (inv == "-i" ? 1 / $1 : $1)}' | sort -g | awk '{v[NR] = $1} END {
    if (NR == 0) {print "nan"; exit}
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    k = int((NR - 1.96 * sqrt(NR)) / 2)
    interval = k >= 1 ? sprintf("95 %% interval %.3f-%.3f; ", v[k], v[NR - k + 1]) : ""
    printf "%.3f (%squartiles %.3f-%.3f)", m, interval, v[int((NR + 3) / 4)], v[int((3 * NR + 3) / 4)]}'
}
# x's throughput relative to y's, twice: from requests/s, and from CPU time per request (y's over
# x's: the throughput x would reach on y's CPU); the median over rounds of each round's ratio.
pair() {
  local label=$1 x=$2 y=$3 target=$4 endpoint
  if has "$x" && has "$y"; then
    for endpoint in $(endpoints_of "$x"); do
      printf '%-8s %-8s requests/s %s, CPU per request %s%s\n' "$label" "$endpoint" \
        "$(round_ratios "$x" "$y" "$endpoint" 4 | spread)" "$(round_ratios "$x" "$y" "$endpoint" 6 | spread -i)" \
        "$([ "$endpoint" = success ] && [ -n "$target" ] && echo "   (target $target)")"
    done
  fi
}
echo "Throughput ratios, the median over rounds of each round's own ratio:"
pair "(b)/(a)" b a ">= 0.97"
pair "(d)/(c)" d c ">= 0.95"
pair "(e)/(d)" e d ""
pair "(f)/(a)" f a ""
pair "(g)/(a)" g a ""
pair "(b)/(f)" b f ""
pair "(b)/(g)" b g ""
pair "(i)/(h)" i h ""
pair "(j)/(h)" j h ""
pair "(j)/(i)" j i ""
echo
log "done"
