#!/usr/bin/env bash
# Make a throw-away code-signing certificate for test builds (never a release).
# Usage: installer/windows/test_cert.sh FOLDER  ->  FOLDER/test.pfx, test.pass, test-cert.pem
# Made fresh on every build, kept under build/ (ignored by git), valid for two days.
set -euo pipefail
dir=$1; mkdir -p "$dir"; chmod 700 "$dir"
umask 077
openssl rand -hex 24 > "$dir/test.pass"
openssl req -x509 -newkey rsa:3072 -sha256 -days 2 -nodes -keyout "$dir/test-key.pem" \
  -out "$dir/test-cert.pem" -subj "/CN=SCR Desktop TEST SIGNING ONLY/O=SCR Desktop test build" \
  -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" \
  2>/dev/null
openssl pkcs12 -export -out "$dir/test.pfx" -inkey "$dir/test-key.pem" -in "$dir/test-cert.pem" \
  -passout "file:$dir/test.pass"
rm -f "$dir/test-key.pem"
