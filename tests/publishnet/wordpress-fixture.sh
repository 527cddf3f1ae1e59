#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# tests/publishing/wordpress-fixture.sh start|stop DIR
#
# A real WordPress from Debian's packages for the publishing tests, on loopback only:
# MariaDB on a socket in DIR (no networking), a site installed without a browser, an application
# password, and `php -S 127.0.0.1:PORT` on a free port. `start` writes DIR/wordpress.env with
#   WP_URL, WP_REST_ROOT (discovered from the Link header), WP_USER, WP_APP_PASSWORD, WP_SETUP_MS
# and prints it; `stop` ends what `start` began (by the pids it recorded) and removes DIR.
#
# Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php when that variable is
# in $_SERVER, so every run gets a config of its own (a unique name) and parallel runs of several
# build folders never share a site. The tests run as root inside the build root, where /etc is ours.
set -euo pipefail

cmd=${1:?usage: wordpress-fixture.sh start|stop DIR}
dir=${2:?usage: wordpress-fixture.sh start|stop DIR}
wp=/usr/share/wordpress

say() { printf 'wordpress-fixture: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
now_ms() { date +%s%3N; }

stop() {
  [ -d "$dir" ] || return 0
  local f pid state
  # The database is thrown away with the folder: no clean shutdown to wait for.
  for f in "$dir/php.pid" "$dir/mariadb.pid"; do
    [ -s "$f" ] || continue
    pid=$(cat "$f")
    kill -9 "$pid" 2>/dev/null || true
    # Reparented to a root without a reaper it may stay a zombie: gone enough.
    for _ in $(seq 50); do
      state=$(sed -E 's/.*\) (.).*/\1/' "/proc/$pid/stat" 2>/dev/null || true)
      [ -n "$state" ] && [ "$state" != Z ] || break
      sleep 0.1
    done
  done
  if [ -s "$dir/config-name" ]; then
    rm -f "/etc/wordpress/config-$(cat "$dir/config-name").php"
  fi
  rm -rf "$dir"
}

free_port() {
  php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); $n = stream_socket_get_name($s, false);
          echo substr($n, strrpos($n, ":") + 1);'
}

start() {
  command -v mariadbd >/dev/null || die "mariadb-server is not installed (build root package list)"
  [ -f "$wp/wp-load.php" ] || die "Debian's wordpress package is not installed"
  [ -w /etc/wordpress ] || die "/etc/wordpress is not writable: run inside the build root as root"
  stop
  local t0
  t0=$(now_ms)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local name="copydesk-test-$$-$RANDOM"
  echo "$name" >"$dir/config-name"
  local sock="$dir/mysqld.sock" data="$dir/mysql" content="$dir/wp-content"

  # --- MariaDB, on a socket only ---
  mariadb-install-db --user=root --datadir="$data" --auth-root-authentication-method=socket \
    --skip-test-db >"$dir/mariadb-install.log" 2>&1 || { cat "$dir/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
  mariadbd --user=root --datadir="$data" --socket="$sock" --skip-networking \
    --pid-file="$dir/mariadbd.pidfile" --log-error="$dir/mariadb.log" </dev/null >"$dir/mariadbd.out" 2>&1 &
  echo $! >"$dir/mariadb.pid"
  for _ in $(seq 300); do
    mariadb --socket="$sock" -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb --socket="$sock" -e 'SELECT 1' >/dev/null 2>&1 || { cat "$dir/mariadb.log" >&2; die "MariaDB did not start"; }
  local dbpass="pw$RANDOM$RANDOM"
  mariadb --socket="$sock" -e "CREATE DATABASE wordpress;
    CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$dbpass';
    GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

  # --- the site's config and content folder ---
  local port url
  port=$(free_port)
  url="http://127.0.0.1:$port"
  mkdir -p "$content/uploads"
  ln -s /var/lib/wordpress/wp-content/themes "$content/themes" 2>/dev/null || true
  ln -s /usr/share/wordpress/wp-content/plugins "$content/plugins" 2>/dev/null || true
  cat >"/etc/wordpress/config-$name.php" <<EOF
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$dbpass');
define('DB_HOST', 'localhost:$sock');
define('WP_CONTENT_DIR', '$content');
define('WP_CONTENT_URL', '$url/wp-content');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
EOF

  # --- install and an application password, without a browser ---
  cat >"$dir/install.php" <<'EOF'
<?php
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = '127.0.0.1';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Copydesk Test Site', 'editor', 'editor@example.invalid', false, '', wp_generate_password(24));
$user = $r['user_id'];
[$password] = WP_Application_Passwords::create_new_application_password($user, ['name' => 'copydesk-tests']);
echo "WP_USER=editor\nWP_APP_PASSWORD=$password\n";
EOF
  WORDPRESS_CONFIG=$name php "$dir/install.php" >"$dir/install.out" 2>"$dir/install.log" ||
    { cat "$dir/install.log" "$dir/install.out" >&2; die "wp_install failed"; }
  grep -q '^WP_APP_PASSWORD=' "$dir/install.out" || { cat "$dir/install.out" >&2; die "no application password"; }

  # --- serve through a router: php -S does not put the environment into $_SERVER, and the
  # uploads live in this run's content folder, outside the document root ---
  cat >"$dir/router.php" <<'EOF'
<?php
$_SERVER['WORDPRESS_CONFIG'] = '@NAME@';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_starts_with($path, '/wp-content/uploads/')) {
    $file = realpath('@CONTENT@' . substr($path, strlen('/wp-content')));
    if ($file === false || !str_starts_with($file, '@CONTENT@/uploads/')) { http_response_code(404); return true; }
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    readfile($file);
    return true;
}
$file = realpath('@WP@' . $path);
if ($file !== false && is_dir($file)) $file .= '/index.php';
if ($file !== false && is_file($file) && !str_ends_with($file, '.php')) return false;
if ($file === false || !is_file($file) || !str_starts_with($file, '@WP@/')) $file = '@WP@/index.php';
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen('@WP@'));
chdir(dirname($file));
require $file;
EOF
  sed -i -e "s|@NAME@|$name|g" -e "s|@CONTENT@|$content|g" -e "s|@WP@|$wp|g" "$dir/router.php"
  (cd "$wp" && exec php -S "127.0.0.1:$port" "$dir/router.php" </dev/null >"$dir/php.log" 2>&1) &
  echo $! >"$dir/php.pid"
  local link=""
  for _ in $(seq 100); do
    link=$(curl -sS -m 5 -o /dev/null -D - "$url/" 2>/dev/null | tr -d '\r' | grep -i '^link:.*rel="https://api.w.org/"' || true)
    [ -n "$link" ] && break
    sleep 0.1
  done
  [ -n "$link" ] || { cat "$dir/php.log" >&2; die "WordPress did not answer with a REST Link header"; }
  local rest
  rest=$(printf '%s\n' "$link" | sed -E 's/.*<([^>]*)>; *rel="https:\/\/api\.w\.org\/".*/\1/')

  {
    echo "WP_URL=$url"
    echo "WP_REST_ROOT=$rest"
    cat "$dir/install.out"
    echo "WP_SETUP_MS=$(($(now_ms) - t0))"
  } >"$dir/wordpress.env"
  cat "$dir/wordpress.env"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  *) die "usage: wordpress-fixture.sh start|stop DIR" ;;
esac
