#!/usr/bin/env bash
# Installs the Debian packages Verbatim builds and runs with. Idempotent: installs only what
# is missing. Needs root (or sudo) on a Debian machine with Swift already installed.
set -euo pipefail

# libsqlite3-dev: SQLite for the quote store (GRDB links the system library).
# wamerican: the English word list (/usr/share/dict/american-english) for glued-word and
# misspelling evidence. chromium: the headless browser the HTML report's tests render it in.
packages=(libicu-dev pkg-config wamerican libsqlite3-dev chromium)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq "${missing[@]}"
else
    echo "setup: ${packages[*]} already installed"
fi
