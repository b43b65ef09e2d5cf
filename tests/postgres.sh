# Sourced by test.sh: a throwaway PostgreSQL 15 for the tests that need one (see ../shared/env-notes.md).
# postgres_start installs Debian's postgresql when it is missing, starts a server on 127.0.0.1:55432 in a
# temporary folder and exports LIMBER_TEST_POSTGRES; postgres_stop stops it and deletes the folder.

postgres_bin=/usr/lib/postgresql/15/bin
postgres_dir=""

postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  if [ ! -x "$postgres_bin/initdb" ]; then
    log "installing Debian's postgresql (the hosted-mode tests run against PostgreSQL 15)"
    sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  # The first free port from 55432: a server another run left behind does not stop this one.
  local port=${LIMBER_TEST_POSTGRES_PORT:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  local password
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  postgres_dir=$(mktemp -d)
  [ "$(id -u)" -eq 0 ] && chown postgres "$postgres_dir"
  chmod 700 "$postgres_dir"
  echo "$password" >"$postgres_dir/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres "$postgres_dir/pw"
  postgres_as_owner "$postgres_bin/initdb" -D "$postgres_dir/data" -U postgres --pwfile="$postgres_dir/pw" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1 \
    || { cat "$postgres_dir/initdb.log" >&2; return 1; }
  # Tests create and drop many small databases: durability is not needed here, speed is.
  postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $postgres_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
    || { cat "$postgres_dir/log" >&2; return 1; }
  export LIMBER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
  echo "PostgreSQL 15 on 127.0.0.1:$port ($postgres_dir)"
}

postgres_stop() {
  [ -n "$postgres_dir" ] || return 0
  postgres_as_owner "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$postgres_dir"
  postgres_dir=""
}
