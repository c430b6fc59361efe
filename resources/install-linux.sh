#!/bin/sh
# Adds (or with --remove, removes) the Outreach menu entry for the current user.
# Run from the unpacked folder: ./install-linux.sh
# It writes only ~/.local/share/applications/outreach.desktop; your vault is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}/applications/outreach.desktop"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$target"
    echo "Removed the menu entry. The app folder $here can now be deleted."
    exit 0
fi
mkdir -p "$(dirname "$target")"
sed "s|OUTREACH_DIR|$here|g" "$here/outreach.desktop" > "$target"
chmod 0644 "$target"
echo "Added Outreach to your applications menu ($target)."
