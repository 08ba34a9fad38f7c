# Sourced by jobs/test: the browser tests (JUnit tag "browser") need Debian's Chromium and its
# driver (/usr/bin/chromium, /usr/bin/chromedriver; others with -Dmaltavla.test.chromium=PATH and
# -Dmaltavla.test.chromedriver=PATH). maltavla_ensure_browser installs them when they are missing
# and this user may (root, or sudo without a password), and otherwise says what to install and
# fails before the build starts. Nothing is needed when the browser tests are left out.
# docs/stack-pitfalls.md, "Tests".

# True when the word "browser" is one of the JUnit tags in $1 ("browser", "database,browser",
# "browser | database").
maltavla_names_browser() {
  case ",$(printf '%s' "$1" | tr -d ' ' | tr '|&()' ',,,,')," in
    *,browser,*) return 0 ;;
  esac
  return 1
}

# True when jobs/test's arguments ($@) leave the browser tests in: not when -DexcludedGroups names
# them, when -Dgroups names only other groups, or when -Dtest picks tests by name (a browser test
# picked so still says what it needs when it runs).
maltavla_browser_tests_wanted() {
  for maltavla_arg in "$@"; do
    case $maltavla_arg in
      -DexcludedGroups=*)
        if maltavla_names_browser "${maltavla_arg#*=}"; then return 1; fi ;;
      -Dgroups=*)
        case ${maltavla_arg#*=} in
          *'!'*) ;;
          *) if ! maltavla_names_browser "${maltavla_arg#*=}"; then return 1; fi ;;
        esac ;;
      -Dtest=*) return 1 ;;
    esac
  done
  return 0
}

# Prints what to do when the browser or its driver is missing and cannot be installed here.
maltavla_browser_help() {
  {
    echo "jobs/test: the browser tests need Debian's Chromium and its driver, and this is missing:"
    for maltavla_path in "$maltavla_chromium" "$maltavla_chromedriver"; do
      [ -x "$maltavla_path" ] || echo "    $maltavla_path"
    done
    if command -v apt-get >/dev/null 2>&1; then
      echo "Install them as root (it needs the network), then run jobs/test again:"
      echo "    apt-get update && apt-get install -y chromium chromium-driver"
      echo "(jobs/test does this by itself when it runs as root or may use sudo without a password.)"
    else
      echo "Install Chromium and the chromedriver of the same version, and name them:"
      echo "    jobs/test -Dmaltavla.test.chromium=PATH -Dmaltavla.test.chromedriver=PATH"
    fi
    if [ "$maltavla_chromium" != /usr/bin/chromium ] || [ "$maltavla_chromedriver" != /usr/bin/chromedriver ]; then
      echo "(-Dmaltavla.test.chromium=PATH and -Dmaltavla.test.chromedriver=PATH name where they are.)"
    fi
    echo "To run every other test without them:"
    echo "    jobs/test -DexcludedGroups=browser"
  } >&2
}

# Makes sure the browser tests can run (see the top of this file); returns 1 when they cannot.
# Runs apt-get update once; not at all when MALTAVLA_APT_UPDATED is set (.ci/run sets it after
# its own update).
maltavla_ensure_browser() {
  maltavla_browser_tests_wanted "$@" || return 0
  maltavla_chromium=/usr/bin/chromium
  maltavla_chromedriver=/usr/bin/chromedriver
  for maltavla_arg in "$@"; do
    case $maltavla_arg in
      -Dmaltavla.test.chromium=*) maltavla_chromium=${maltavla_arg#*=} ;;
      -Dmaltavla.test.chromedriver=*) maltavla_chromedriver=${maltavla_arg#*=} ;;
    esac
  done
  if [ -x "$maltavla_chromium" ] && [ -x "$maltavla_chromedriver" ]; then
    return 0
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    maltavla_browser_help
    return 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    maltavla_sudo=
  elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
    maltavla_sudo="sudo -n"
  else
    maltavla_browser_help
    return 1
  fi

  echo "jobs/test: installing Debian's chromium and chromium-driver for the browser tests…" >&2
  if [ -z "${MALTAVLA_APT_UPDATED:-}" ]; then
    if ! $maltavla_sudo apt-get update -qq; then
      echo "jobs/test: 'apt-get update' failed (see its messages above)." >&2
      maltavla_browser_help
      return 1
    fi
    MALTAVLA_APT_UPDATED=1
    export MALTAVLA_APT_UPDATED
  fi
  if ! $maltavla_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; then
    echo "jobs/test: 'apt-get install chromium chromium-driver' failed (see its messages above)." >&2
    maltavla_browser_help
    return 1
  fi
  if [ -x "$maltavla_chromium" ] && [ -x "$maltavla_chromedriver" ]; then
    return 0
  fi
  echo "jobs/test: chromium and chromium-driver are installed, but not where the tests look." >&2
  maltavla_browser_help
  return 1
}
