# Shared by ./run.sh and ./test.sh (sourced, not run): installs the Debian 12 packages Duizhao needs
# when any is missing, then configures and builds into build/. Fast when nothing changed.

DUIZHAO_PACKAGES=(
    cmake g++ ninja-build
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6svg6-dev libxkbcommon-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libicu-dev fonts-noto-cjk
    xvfb xauth
)

duizhao_install() {
    local missing=()
    local p
    for p in "${DUIZHAO_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            apt=(sudo apt-get)
        else
            echo "These Debian packages are missing and this script is not root and has no sudo." >&2
            echo "Install them as root, then run this script again:" >&2
            echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
            exit 1
        fi
    fi
    "${apt[@]}" update -qq
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}"
}

# duizhao_build BUILD_DIR [extra cmake arguments...]
duizhao_build() {
    local dir=$1
    shift
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    cmake --build "$dir" -j2
}
