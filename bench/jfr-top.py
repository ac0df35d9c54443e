#!/usr/bin/env python3
"""Summarise the CPU samples of a JFR recording: self time by library, self time by method, and inclusive time of
the methods that matter (the flame graph's widest frames), as percentages of all samples.
  bench/jfr-top.py recording.jfr [--top 25] [--include regex]"""
import argparse, collections, json, re, subprocess, sys

LIBRARIES = [  # first match wins: package prefix -> library name
    ("io.mayorsdialogue", "service code"), ("org.hibernate.validator", "Hibernate Validator"),
    ("org.hibernate", "Hibernate ORM"), ("io.quarkus.hibernate", "Hibernate ORM"), ("io.agroal", "Agroal pool"),
    ("org.postgresql", "PostgreSQL driver"), ("com.fasterxml.jackson", "Jackson"),
    ("org.jboss.resteasy", "Quarkus REST"), ("io.quarkus.resteasy", "Quarkus REST"), ("io.quarkus.arc", "ArC (CDI)"),
    ("io.quarkus.narayana", "Narayana (transactions)"), ("com.arjuna", "Narayana (transactions)"),
    ("io.micrometer", "Micrometer"), ("io.quarkus.micrometer", "Micrometer"), ("io.opentelemetry", "OpenTelemetry"),
    ("io.quarkus.opentelemetry", "OpenTelemetry"), ("io.vertx", "Vert.x"), ("io.quarkus.vertx", "Vert.x"),
    ("io.netty", "Netty"), ("io.smallrye", "SmallRye"), ("io.quarkus", "Quarkus other"), ("java.", "JDK"),
    ("jdk.", "JDK"), ("sun.", "JDK"), ("", "other"),
]

def library(method):
    return next(name for prefix, name in LIBRARIES if method.startswith(prefix))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("recording"); ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--include", default=r"^io\.mayorsdialogue|Hibernate|hibernate|jackson|resteasy|postgresql")
    args = ap.parse_args()
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                          args.recording], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    self_lib, self_method, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    inc_lib = collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        if not names:
            continue
        self_method[names[0]] += 1
        self_lib[library(names[0])] += 1
        for n in set(names):
            inclusive[n] += 1
        for lib in {library(n) for n in names}:
            inc_lib[lib] += 1
    total = sum(self_method.values())
    pct = lambda n: f"{100 * n / total:5.1f} %"
    print(f"{total} CPU samples")
    print("\nself time by library:")
    for lib, n in self_lib.most_common():
        print(f"  {pct(n)}  {lib}  (on the stack: {pct(inc_lib[lib])})")
    print(f"\nhottest methods (self):")
    for m, n in self_method.most_common(args.top):
        print(f"  {pct(n)}  {m}")
    print(f"\nwidest frames (inclusive), matching /{args.include}/:")
    inc = re.compile(args.include)
    for m, n in [(m, n) for m, n in inclusive.most_common() if inc.search(m)][: args.top]:
        print(f"  {pct(n)}  {m}")

if __name__ == "__main__":
    sys.exit(main())
