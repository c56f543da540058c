#!/usr/bin/env bash
# What `npm test` needs from the system besides Node, installed where this script can (Debian and
# Ubuntu, with apt-get), else named, so that `npm run test:fresh` passes on a fresh machine:
#   Chromium          the end-to-end tests drive it (playwright-core); PDFs are printed with it
#   LibreOffice       renders exported DOCX files as an office prints them; with its Python bridge
#                     (python3-uno) it edits a 送审稿 as a reviewer would and makes .doc/.docx files
#   poppler-utils     pdftotext, pdfinfo, pdffonts, pdftoppm, pdfimages read those renderings back
#   CJK fonts         the faces a Chinese office has (Noto CJK, AR PL, WenQuanYi)
#   Liberation        metric twin of Times New Roman, which the layout measures Latin text in
#   pandoc            the bench times `jianbao export` against it
# Run as root or with sudo. CHROMIUM_PATH names another Chromium or Chrome than /usr/bin/chromium.
set -euo pipefail

PACKAGES=(chromium libreoffice-writer-nogui python3-uno poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2 pandoc)

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=("Chromium（${CHROMIUM_PATH:-/usr/bin/chromium}）")
command -v soffice >/dev/null || missing+=("LibreOffice（soffice）")
{ [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import uno' 2>/dev/null; } || missing+=("LibreOffice 的 Python 接口（python3-uno）")
command -v pdftotext >/dev/null || missing+=("poppler-utils（pdftotext）")
command -v pandoc >/dev/null || missing+=("pandoc")
{ command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; } || missing+=("中文字体（Noto CJK 等）")
{ command -v fc-list >/dev/null && [[ "$(fc-list : family 2>/dev/null)" == *"Liberation Serif"* ]]; } || missing+=("Liberation 字体（fonts-liberation2）")

if [ ${#missing[@]} -eq 0 ]; then
  echo "测试所需的系统软件已齐备。"
  exit 0
fi
echo "测试还缺：${missing[*]}"

if command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
  echo "已用 apt-get 安装：${PACKAGES[*]}"
  exit 0
fi

cat >&2 <<'EOT'
这台机器没有 apt-get，请先自行安装上面缺少的软件，再运行 npm run test:fresh：
  macOS（Homebrew）：brew install --cask libreoffice google-chrome
                      brew install poppler pandoc font-noto-sans-cjk-sc font-liberation
                      然后 export CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  Fedora：sudo dnf install chromium libreoffice-writer libreoffice-pyuno poppler-utils pandoc google-noto-sans-cjk-fonts liberation-serif-fonts
测试在 Debian 12 上验证；其他系统上，渲染对比的测试依赖 LibreOffice 的版本与字体，结果可能略有不同。
EOT
exit 1
