# Sourced by jobs/benchmark, jobs/benchmark-dashboard and jobs/benchmark-year-end (after common.sh): compiles the
# application and the benchmarks, sets $classpath (test classes, classes, test dependencies) and
# $work (a new temporary folder, removed on exit unless MALTAVLA_BENCHMARK_KEEP=1).

echo "Compiling the application and the benchmark…" >&2
(cd "$MALTAVLA_HOME" && ./mvnw -B -q -DskipTests test-compile)
classpath_file="$MALTAVLA_HOME/target/benchmark.classpath"
if [ ! -s "$classpath_file" ] || [ "$MALTAVLA_HOME/pom.xml" -nt "$classpath_file" ]; then
  (cd "$MALTAVLA_HOME" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >&2)
fi
classpath="$MALTAVLA_HOME/target/test-classes:$MALTAVLA_HOME/target/classes:$(cat "$classpath_file")"

work=$(mktemp -d "${TMPDIR:-/tmp}/maltavla-benchmark.XXXXXX")
maltavla_benchmark_cleanup() {
  if [ "${MALTAVLA_BENCHMARK_KEEP:-}" = 1 ]; then
    echo "Kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap maltavla_benchmark_cleanup EXIT
