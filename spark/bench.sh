#!/usr/bin/env bash
# Spark job speed and memory: local[1] against local[2] on the dev corpus x20, each in its own JVM
# (so each loads the NLP models once, as a new executor does). No Spark installation needed: the
# Spark jars come from Maven. Usage: spark/bench.sh [--copies N]   (HEAP=2g by default)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
# the core's classes rather than target/communique.jar, whose manifest would add target/lib/ (CoreNLP's old commons-lang3) to the class path
CP="spark/target/classes:$(sed "s#[^:]*/target/communique.jar#$PWD/target/classes#" spark/target/classpath.txt)"
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
for n in 1 2; do
  echo "== local[$n]"
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP=127.0.0.1 java -Xmx"${HEAP:-2g}" $OPENS -Dlog4j2.configurationFile=spark/src/test/resources/log4j2.properties \
    -cp "$CP" org.communique.spark.SparkBench --master "local[$n]" "$@"
done
