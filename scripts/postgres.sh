# Shared by scripts/run and scripts/test: install what is missing and run a private PostgreSQL cluster.
# Source it; it defines functions only.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
ensure_debian_packages() {
  # ensure_debian_packages <command-to-look-for> <package>...
  local probe=$1; shift
  if command -v "$probe" >/dev/null 2>&1 || ls $probe >/dev/null 2>&1; then return 0; fi
  echo "Installing $* (Debian packages)..."
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  echo "$dir"
}

# The server refuses to run as root, so root runs it as the postgres system user.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# start_private_postgres <cluster-dir> <fast: yes|no>; sets PG_PORT and PG_DIR.
start_private_postgres() {
  PG_DIR=$1
  local fast=$2 bin
  ensure_debian_packages "/usr/lib/postgresql/*/bin/initdb" postgresql postgresql-contrib
  bin=$(pg_bin_dir)
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$PG_DIR"
    if ! runuser -u postgres -- test -w "$PG_DIR"; then
      # A checkout under a private home folder (/root is 0700) cannot be reached by the postgres user.
      local fallback="/var/lib/casework/$(printf '%s' "$PG_DIR" | md5sum | cut -c1-12)"
      echo "The postgres system user cannot reach $PG_DIR; keeping the cluster in $fallback instead."
      PG_DIR=$fallback
      mkdir -p "$PG_DIR"
      chown postgres:postgres "$PG_DIR"
    fi
  fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
      || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  PG_PORT=$(free_port)
  start_cluster "$PG_DIR" "$PG_PORT" "$fast"
}

# start_cluster <cluster-dir> <port> <fast: yes|no>: starts an initialised cluster (again, after a stop) on that port.
start_cluster() {
  local dir=$1 port=$2 fast=$3
  # Errors go to the server log without their DETAIL: a duplicate key's DETAIL names the value, such as a personnummer.
  local opts="-c listen_addresses=127.0.0.1 -p $port -k $dir -c log_error_verbosity=terse"
  if [ "$fast" = yes ]; then opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
  pg_as_owner "$(pg_bin_dir)/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" -o "$opts" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; return 1; }
}

# reuse_private_postgres <cluster-dir>: when the cluster start_private_postgres keeps there (or in its fallback folder)
# is already running, for example under scripts/run, sets PG_DIR and PG_PORT to it and succeeds; else fails.
reuse_private_postgres() {
  local dir bin
  bin=$(pg_bin_dir 2>/dev/null) || return 1
  for dir in "$1" "/var/lib/casework/$(printf '%s' "$1" | md5sum | cut -c1-12)"; do
    if [ -f "$dir/data/postmaster.pid" ] && pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      PG_DIR=$dir
      PG_PORT=$(sed -n 4p "$dir/data/postmaster.pid")
      return 0
    fi
  done
  return 1
}

stop_private_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_as_owner "$(pg_bin_dir)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2; exit 1; }
}
