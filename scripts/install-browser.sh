#!/usr/bin/env bash
# Installs what the page tests need from Debian's packages: Chromium, its ChromeDriver
# (/usr/bin/chromium, /usr/bin/chromedriver), the DejaVu font (AWT draws the charts with it) and
# Liberation Serif (Times New Roman's metric twin, for the PDF reports).
# Cài những gì các bài kiểm tra trang cần: Chromium, ChromeDriver, phông DejaVu và Liberation Serif.
#
# Exit codes: 0 installed or already there; 3 not root, so nothing was installed (the message says
# what to run); anything else: apt-get failed.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# DejaVu: AWT draws the charts with it; Liberation Serif: the metric twin of Times New Roman the PDF reports print in
fonts=(fonts-dejavu-core fonts-liberation)
for font in "${fonts[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$font")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  install_cmd="sudo apt-get install chromium chromium-driver"
  for font in "${fonts[@]}"; do
    case " ${missing[*]} " in *" $font "*) install_cmd="$install_cmd $font" ;; esac
  done
  cat >&2 <<EOF
install-browser: missing Debian packages: ${missing[*]}
  The page tests need Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver).
  Installing them needs root. Run:
      sudo apt-get update
      $install_cmd
  then run the tests again.
install-browser: thiếu gói Debian: ${missing[*]}
  Các bài kiểm tra trang cần Chromium và ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver).
  Cần quyền root để cài. Hãy chạy:
      sudo apt-get update
      $install_cmd
  rồi chạy lại các bài kiểm tra.
EOF
  exit 3
fi

echo "install-browser: installing ${missing[*]} / đang cài ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2

for f in /usr/bin/chromium /usr/bin/chromedriver; do
  if [ ! -x "$f" ]; then
    echo "install-browser: $f is still missing after apt-get install / vẫn thiếu $f sau khi cài" >&2
    exit 1
  fi
done
echo "install-browser: $(/usr/bin/chromedriver --version 2>/dev/null | head -n 1)" >&2
