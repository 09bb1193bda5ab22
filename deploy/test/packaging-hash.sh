#!/bin/sh
# Prints a short hash of what builds and installs the terminal packages (the deploy module's pom, the Debian
# control files and maintainer scripts, the files it installs, and these install tests). .ci/run compares it with
# deploy/tested-packaging.sha to decide whether the slow install tests must run.
set -eu
cd "$(dirname "$0")/../.."
git ls-tree -r HEAD deploy/pom.xml deploy/debian deploy/files deploy/test | sha256sum | cut -c1-16
