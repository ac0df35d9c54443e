#!/usr/bin/env bash
# Generates the TypeScript client from openapi.yaml with the openapi-generator jar (fetched from Maven Central by
# Maven, by coordinates), compiles the scenario against it and runs it against BASE_URL.
set -euo pipefail
cd "$(dirname "$0")/../.."
GENERATOR_VERSION=7.25.0
JAR="target/tools/openapi-generator-cli-$GENERATOR_VERSION.jar"
if [ ! -f "$JAR" ]; then
  ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -DoutputDirectory=target/tools
fi
rm -rf target/client-ts target/client-scenario
java -jar "$JAR" generate -i openapi.yaml -g typescript-fetch -o target/client-ts \
  --additional-properties=supportsES6=true,useSingleRequestParameter=true > target/client-ts.log
npx --no-install tsc -p examples/client/tsconfig.json
node target/client-scenario/examples/client/scenario.js
