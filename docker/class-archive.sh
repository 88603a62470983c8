#!/bin/sh
# Writes a class-data archive for Chorus: starts the jar once on a throwaway in-memory database,
# waits for /health, and stops it; the JVM writes the classes it loaded on its way out
# (-XX:ArchiveClassesAtExit). Later starts with -XX:SharedArchiveFile map those classes instead of
# loading and checking them one by one, which halves start-up on 2 cores.
#
#   class-archive.sh JAR ARCHIVE [JVM option ...]
#
# The archive only fits the same jar and the same Java build: make it where Chorus runs (the
# Dockerfile does, in the image). A JVM given an archive that does not fit says so and starts
# without it. Give the JVM options the service runs with, so the archive fits them too.
set -eu
jar=$1
archive=$2
shift 2
port=${CLASS_ARCHIVE_PORT:-18080}

CHORUS_DB_URL='jdbc:h2:mem:class-archive;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE' \
CHORUS_PORT=$port \
  java "$@" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" >/dev/null 2>&1 &
pid=$!

started=no
for _ in $(seq 1 300); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then
    started=yes
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true

if [ "$started" != yes ] || [ ! -s "$archive" ]; then
  echo "class-archive.sh: Chorus did not start, so no class-data archive was written" >&2
  exit 1
fi
echo "class-archive.sh: wrote $archive"
