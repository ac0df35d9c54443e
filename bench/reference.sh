#!/usr/bin/env bash
# Builds the Quarkus team's reference application for REST + Hibernate ORM + PostgreSQL (the quarkus3 app of
# edeandrea/spring-quarkus-perf-comparison) against this project's Quarkus version and Java 17, so that bench/run.sh
# can measure it in the same run as this service. Prints the directory of the packaged app.
#   REFERENCE_DIR=/path/to/spring-quarkus-perf-comparison bench/reference.sh
# REFERENCE_DIR is a checkout (or a git directory: its HEAD is exported) of that repository; this script does not
# download it, because CI machines reach package registries only. Changes made to the app, and nothing else:
#   - the Quarkus BOM: this project's, io.quarkus:quarkus-bom at its version (the comparison is of the code, not of
#     two Quarkus releases);
#   - maven.compiler.release 17 (the code is Java 17 clean: records, no newer syntax);
#   - without quarkus-container-image-jib and quarkus-observability-devservices-lgtm (image building and a
#     Docker-run dashboard: neither is on the request path).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${REFERENCE_DIR:?set REFERENCE_DIR to a checkout of edeandrea/spring-quarkus-perf-comparison}"
OUT=target/reference
rm -rf "$OUT" && mkdir -p "$OUT"
if [ -d "$REFERENCE_DIR/quarkus3" ]; then
  cp -r "$REFERENCE_DIR/quarkus3" "$OUT/app"
  cp "$REFERENCE_DIR/scripts/dbdata/db.sql" "$OUT/db.sql"
else   # a bare git directory
  git --git-dir="$REFERENCE_DIR" archive HEAD quarkus3 scripts/dbdata/db.sql | tar -x -C "$OUT"
  mv "$OUT/quarkus3" "$OUT/app" && mv "$OUT/scripts/dbdata/db.sql" "$OUT/db.sql" && rm -r "$OUT/scripts"
fi
OURS=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' pom.xml | head -1)   # our BOM is io.quarkus:quarkus-bom at this version
python3 - "$OUT/app/pom.xml" "$OURS" <<'EOF'
import re, sys
path, version = sys.argv[1], sys.argv[2]
pom = open(path).read()
pom = re.sub(r"<quarkus.platform.version>[^<]*<", f"<quarkus.platform.version>{version}<", pom)
pom = re.sub(r"<quarkus.platform.group-id>[^<]*<", "<quarkus.platform.group-id>io.quarkus<", pom)
pom = re.sub(r"<maven.compiler.release>[^<]*<", "<maven.compiler.release>17<", pom)
pom = re.sub(r"<java.version>[^<]*<", "<java.version>17<", pom)
for artifact in ("quarkus-container-image-jib", "quarkus-observability-devservices-lgtm"):
    pom = re.sub(r"\s*<dependency>\s*<groupId>io.quarkus</groupId>\s*<artifactId>" + artifact
                 + r"</artifactId>.*?</dependency>", "", pom, flags=re.S)
open(path, "w").write(pom)
EOF
# its tests use Java 21 API (List.getFirst), so they are not compiled; the app itself is Java 17 clean
./mvnw -q -B -f "$OUT/app/pom.xml" package -Dmaven.test.skip=true >&2
echo "$OUT/app/target/quarkus-app"
