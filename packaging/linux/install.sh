#!/usr/bin/env bash
# Install Diaspora Desk for the current user (no administrator rights): the program into
# ~/.local/opt/diaspora-desk, a menu entry and the icon. Run it again to update; your data
# (~/.local/share/DiasporaDesk) is never touched. Uninstall: ./install.sh --uninstall
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/diaspora-desk
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$prefix/applications/diaspora-desk.desktop" "$prefix/icons/hicolor/256x256/apps/diaspora-desk.png"
  echo "Diaspora Desk removed. Your data in $prefix/DiasporaDesk is kept."
  exit 0
fi
mkdir -p "$HOME/.local/opt" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
rm -rf "$target"
cp -a "$here/diaspora-desk" "$target"
cp "$here/diaspora-desk.png" "$prefix/icons/hicolor/256x256/apps/diaspora-desk.png"
sed "s|^Exec=.*|Exec=$target/diaspora-desk|" "$here/diaspora-desk.desktop" > "$prefix/applications/diaspora-desk.desktop"
echo "Diaspora Desk installed in $target; find it in your applications menu."
