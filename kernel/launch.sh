#!/bin/sh
# Starts the kernel's JVM: launch.sh JAVA [JVM options...] -jar JAR CONNECTION_FILE
#
# Adds the options of LOOMLAB_JVM_OPTS (or JJava's JJAVA_JVM_OPTS, or IJava's IJAVA_JVM_OPTS:
# the first one set wins) just before -jar, after the kernelspec's own, so that they win
# (e.g. LOOMLAB_JVM_OPTS=-Xmx300m). Options are separated by spaces. `exec` keeps the
# process id Jupyter knows, so shutting down and restarting the kernel work as before.
opts="${LOOMLAB_JVM_OPTS:-${JJAVA_JVM_OPTS:-${IJAVA_JVM_OPTS:-}}}"
java="$1"
shift
for arg do
  shift
  case "$arg" in
    -XX:SharedArchiveFile=*/*)
      # The JVM writes its class-data archive there but does not make the folder (a hub may
      # mount a fresh home over the one the kernel was installed from).
      archive_dir="${arg#-XX:SharedArchiveFile=}"
      archive_dir="${archive_dir%/*}"
      [ -d "$archive_dir" ] || mkdir -p "$archive_dir" 2>/dev/null
      ;;
    -jar)
      if [ -n "$opts" ]; then
        set -f                # a * in an option stays a *
        set -- "$@" $opts     # split at spaces on purpose
        set +f
      fi
      ;;
  esac
  set -- "$@" "$arg"
done
exec "$java" "$@"
