# Sourced by the jobs/ scripts: the project's root, Java 21+, and a built application.

MALTAVLA_HOME=$(cd "$(dirname "$0")/.." && pwd)
# Everything Måltavla writes (the database, its password, the inbox, archives, exports) is for the
# service's account only (docs/security.md).
umask 077
. "$MALTAVLA_HOME/jobs/lib/java.sh"
export VAADIN_USAGE_STATS_ENABLED=${VAADIN_USAGE_STATS_ENABLED:-false}
MALTAVLA_JAR="$MALTAVLA_HOME/target/maltavla.jar"

# Builds the application when it is not built yet (never under a running dashboard otherwise).
# Builds the jar when it is missing or older than the sources (after a git pull, say).
maltavla_ensure_built() {
  if [ ! -f "$MALTAVLA_JAR" ] || [ -n "$(cd "$MALTAVLA_HOME" && find pom.xml src -newer "$MALTAVLA_JAR" -print -quit 2>/dev/null)" ]; then
    echo "Building Måltavla (takes a minute or two)…" >&2
    (cd "$MALTAVLA_HOME" && ./mvnw -B -q -DskipTests package) || {
      echo "The build failed; see the messages above." >&2
      exit 1
    }
  fi
}

# Absolute path of $1 as seen from the caller's working directory.
maltavla_abspath() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$PWD" "$1" ;;
  esac
}

JAVA_OPTS=${JAVA_OPTS:-"-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true"}
