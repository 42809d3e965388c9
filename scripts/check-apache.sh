#!/usr/bin/env bash
# Serves a copy of dist/ with Apache 2.4 and the .htaccess `npm run deploy-config` generates, on
# 127.0.0.1:$APACHE_PORT (default 8381), with the modules a shared host has on (mod_deflate and
# mod_brotli too, to show they do not compress twice), and checks every response with
# src/cli/check-served.ts. Needs a build (npm run build) and
#   sudo apt-get install -y apache2
# Stops the Apache it started (and only that one) on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${APACHE_PORT:-8381}"
modules=/usr/lib/apache2/modules
[ -f dist/index.html ] || { echo "dist/ is missing: run npm run build first" >&2; exit 1; }
command -v apache2 >/dev/null || { echo "apache2 missing: sudo apt-get install -y apache2" >&2; exit 1; }

work="$(mktemp -d)"
chmod 755 "$work"
# The .htaccess goes into the app's folder, as on a shared host; a copy keeps dist/ as built.
cp -r dist "$work/site"
npx tsx src/cli/write-deploy-config.ts --dist "$work/site" --out "$work/deploy"
cp "$work/deploy/apache.htaccess" "$work/site/.htaccess"
chmod -R a+rX "$work/site"

cat >"$work/httpd.conf" <<CONF
ServerRoot $work
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $work/httpd.pid
ErrorLog $work/error.log
LogLevel warn
User $(id -u -n www-data 2>/dev/null || id -u -n)
Group $(id -g -n www-data 2>/dev/null || id -g -n)
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule dir_module $modules/mod_dir.so
LoadModule mime_module $modules/mod_mime.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule headers_module $modules/mod_headers.so
LoadModule setenvif_module $modules/mod_setenvif.so
LoadModule filter_module $modules/mod_filter.so
LoadModule deflate_module $modules/mod_deflate.so
LoadModule brotli_module $modules/mod_brotli.so
TypesConfig /etc/mime.types
AddOutputFilterByType DEFLATE text/html text/css text/javascript application/json application/geo+json
DocumentRoot $work/site
DirectoryIndex index.html
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory $work/site>
    # What shared hosts commonly allow: the .htaccess must need no more.
    AllowOverride FileInfo
    Options FollowSymLinks
    Require all granted
</Directory>
<Files ".ht*">
    Require all denied
</Files>
CONF

apache2 -t -f "$work/httpd.conf"
apache2 -f "$work/httpd.conf" -k start
trap '[ -n "${KEEP:-}" ] && { echo "kept: $work"; exit; }; apache2 -f "$work/httpd.conf" -k stop; sleep 0.5; rm -rf "$work"' EXIT

for _ in $(seq 1 50); do
  [ -s "$work/httpd.pid" ] && break
  sleep 0.1
done
npx tsx src/cli/check-served.ts "http://127.0.0.1:$port/" --dist "$work/site"
