#!/usr/bin/env bash
# A throwaway NATS server with JetStream on loopback, for the ingestion tests.
#   .ci/nats.sh start      -> prints "DIR PORT" (JetStream in DIR/jetstream, messages up to 64 MiB)
#   .ci/nats.sh stop DIR   -> stops it and deletes DIR
set -euo pipefail
case "${1:-}" in
  start)
    if ! command -v nats-server >/dev/null; then
      echo "nats-server is not installed: apt-get install -y nats-server" >&2
      exit 1
    fi
    dir=$(mktemp -d /tmp/peacemodel-nats.XXXXXX)
    for attempt in 1 2 3 4 5; do
      port=$(( 20000 + RANDOM % 30000 ))
      # 64 MiB messages: the poison tests send a 50 MB document (the server's default is 1 MiB).
      cat >"$dir/nats.conf" <<CONF
listen: 127.0.0.1:$port
max_payload: 67108864
jetstream {
  store_dir: "$dir/jetstream"
  max_memory_store: 268435456
  max_file_store: 8589934592
}
CONF
      nats-server -c "$dir/nats.conf" >"$dir/server.log" 2>&1 &
      echo $! >"$dir/pid"
      for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && grep -q "Server is ready" "$dir/server.log"; then
          echo "$dir $port"
          exit 0
        fi
        kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
        sleep 0.1
      done
      kill "$(cat "$dir/pid")" 2>/dev/null || true
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$2/pid" ]; then
      kill "$(cat "$2/pid")" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$(cat "$2/pid")" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$2"
    ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
