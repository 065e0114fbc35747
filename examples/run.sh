#!/bin/sh
# Build a graph from the bundled example article and ask it a few questions.
set -e
cd "$(dirname "$0")"
kg build article.txt -o example.ttl
for q in questions/*.rq; do
  echo
  head -n 1 "$q"
  kg query example.ttl -f "$q"
done
