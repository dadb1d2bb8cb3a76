#!/usr/bin/env bash
# Sign one Windows file (PE or MSI) in place with osslsigncode.
# Usage: SCR_SIGN_PFX=cert.pfx SCR_SIGN_PASS=file-with-password installer/windows/sign.sh FILE
#   SCR_SIGN_TIMESTAMP=URL adds an RFC 3161 timestamp (release builds; needs the network).
# build.sh signs with a throw-away test certificate made at build time; a
# release is signed with the organisation's code-signing certificate, see
# installer/README.md.
set -euo pipefail
file=$1
ts=(); [ -n "${SCR_SIGN_TIMESTAMP:-}" ] && ts=(-ts "$SCR_SIGN_TIMESTAMP")
osslsigncode sign -pkcs12 "$SCR_SIGN_PFX" -readpass "$SCR_SIGN_PASS" -h sha256 \
  -n "SCR Desktop" "${ts[@]}" -in "$file" -out "$file.signed" >/dev/null
mv -f "$file.signed" "$file"
