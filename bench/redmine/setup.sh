#!/bin/sh
# Prepares Redmine for `npm run bench:redmine` (bench/redmine.ts), as root, and may be run again at any
# time: installs Debian's Redmine on SQLite and the Thin web server when they are missing, brings the
# database up to date, and fills the benchmark project through bench/redmine/seed.rb.
#
#   bench/redmine/setup.sh PASSWORD < titles.json
#
# PASSWORD becomes the password of Redmine's `admin` account; standard input is a JSON array of the
# issue subjects the benchmark project must hold, in the order of the Mesas Matrix.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
password=${1:?usage: setup.sh PASSWORD < titles.json}
packages="redmine redmine-sqlite thin"

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh installs Debian packages and runs Redmine as www-data: run it as root" >&2
  exit 1
fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing$missing from Debian" >&2
  # The default instance on SQLite, created by dbconfig-common without questions.
  debconf-set-selections <<'SEL'
redmine redmine/instances/default/dbconfig-install boolean true
redmine redmine/instances/default/database-type select sqlite3
SEL
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >&2
fi

# Redmine's tasks run as www-data from /usr/share/redmine (README.Debian), on the default instance.
as_redmine() {
  (cd /usr/share/redmine && setpriv --reuid=www-data --regid=www-data --init-groups \
    env HOME=/var/cache/redmine/default/tmp RAILS_ENV=production REDMINE_INSTANCE=default "$@")
}

# SCHEMA=/dev/null: the schema is not dumped into the read-only /usr/share/redmine (as the package does).
as_redmine env SCHEMA=/dev/null bundle exec rake db:migrate >&2
as_redmine bundle exec rails runner -e production "$here/seed.rb" "$password"
