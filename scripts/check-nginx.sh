#!/usr/bin/env bash
# Serves dist/ with nginx and the configuration `npm run deploy-config` generates, on
# 127.0.0.1:$NGINX_PORT (default 8380), and checks every response with src/cli/check-served.ts:
# pre-compressed variants, types, cache and security headers. Needs a build (npm run build) and
#   sudo apt-get install -y nginx libnginx-mod-http-brotli-static
# Stops the nginx it started (and only that one) on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${NGINX_PORT:-8380}"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f dist/index.html ] || { echo "dist/ is missing: run npm run build first" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx missing: sudo apt-get install -y nginx libnginx-mod-http-brotli-static" >&2; exit 1; }
[ -f "$module" ] || { echo "brotli module missing: sudo apt-get install -y libnginx-mod-http-brotli-static" >&2; exit 1; }

work="$(mktemp -d)"
npx tsx src/cli/write-deploy-config.ts --dist dist --out "$work" --root "$PWD/dist" --listen "127.0.0.1:$port"

# A throwaway main configuration around the generated server block: own pid, logs and temp
# folders, so it neither needs nor touches the system's nginx.
cat >"$work/main.conf" <<CONF
load_module $module;
pid $work/nginx.pid;
error_log $work/error.log warn;
worker_processes 1;
events {}
http {
    access_log off;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/nginx.conf;
}
CONF

if [ "$(id -u)" = 0 ]; then
  # Root's nginx workers run as nobody; let them read the build where it is.
  sed -i "1i user $(stat -c %U dist) $(stat -c %G dist);" "$work/main.conf"
fi

nginx -t -q -p "$work" -c "$work/main.conf"
nginx -p "$work" -c "$work/main.conf"
trap 'nginx -p "$work" -c "$work/main.conf" -s quit; rm -rf "$work"' EXIT

for _ in $(seq 1 50); do
  [ -s "$work/nginx.pid" ] && break
  sleep 0.1
done
npx tsx src/cli/check-served.ts "http://127.0.0.1:$port/" --dist dist
