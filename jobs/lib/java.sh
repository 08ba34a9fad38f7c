# Sourced by the jobs/ scripts: finds a JDK >= 21 (Maven, jOOQ's code generator and the
# built jar need it) when JAVA_HOME is unset or older, and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is >= 21, then Temurin 25, then any other JDK >= 21 under /usr/lib/jvm.

maltavla_java_major() {
  # prints the major version of the java binary given as $1, or nothing
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

maltavla_find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(maltavla_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then return 0; fi
  fi
  for dir in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/*; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    major=$(maltavla_java_major "$dir/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME=$dir
      return 0
    fi
  done
  echo "Måltavla needs Java 21 or newer (Temurin 25 recommended); none found under /usr/lib/jvm." >&2
  echo "Install one, or set JAVA_HOME to it, and run the command again." >&2
  return 1
}

maltavla_find_java || exit 1
export JAVA_HOME
PATH="$JAVA_HOME/bin:$PATH"
export PATH
