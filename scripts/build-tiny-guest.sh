#!/usr/bin/env bash
# Build the built-in "tiny" guest (guest/tiny) into a flat multiboot image.
#
#   scripts/build-tiny-guest.sh            build guest/tiny/tiny.bin and record guest/tiny/TOOLCHAIN
#   scripts/build-tiny-guest.sh --out F    build into F instead (TOOLCHAIN untouched)
#   scripts/build-tiny-guest.sh --check    rebuild into a temp dir and fail if it differs from the
#                                          committed guest/tiny/tiny.bin; skipped (exit 0) when the
#                                          installed toolchain differs from guest/tiny/TOOLCHAIN
#
# Installs nothing. Needs Debian's gcc (gcc-12 on bookworm) and binutils: apt-get install gcc binutils.
# The output holds no timestamps or paths: it is a raw binary (objcopy -O binary) of a
# build-id-less link of code compiled without debug info.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src="$root/guest/tiny"
committed="$src/tiny.bin"
toolchain_file="$src/TOOLCHAIN"

mode=build
out="$committed"
while [ $# -gt 0 ]; do
    case "$1" in
        --check) mode=check; shift ;;
        --out) out="$2"; mode=out; shift 2 ;;
        -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-tiny-guest: unknown argument: $1" >&2; exit 2 ;;
    esac
done

missing=()
for tool in gcc as ld objcopy dpkg-query cmp readlink; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "build-tiny-guest: missing tools: ${missing[*]} (Debian: apt-get install gcc binutils)" >&2
    exit 1
fi

export LC_ALL=C
export SOURCE_DATE_EPOCH=0

# The Debian packages that own the programs doing the work, with their versions.
owner_of() {
    local f="$1" line
    line=$(dpkg-query -S "$f" 2>/dev/null | head -n1) ||
        line=$(dpkg-query -S "${f#/usr}" 2>/dev/null | head -n1) || line=""
    if [ -z "$line" ]; then
        echo "unknown:$f"
    else
        echo "${line%%:*}" | cut -d, -f1
    fi
}
current_toolchain() {
    local progs=(
        "$(readlink -f "$(command -v gcc)")"
        "$(readlink -f "$(gcc -m32 -print-prog-name=cc1)")"
        "$(readlink -f "$(command -v as)")"
        "$(readlink -f "$(command -v ld)")"
        "$(readlink -f "$(command -v objcopy)")"
    )
    local p pkg
    for p in "${progs[@]}"; do
        pkg=$(owner_of "$p")
        if [[ "$pkg" == unknown:* ]]; then
            echo "$pkg"
        else
            echo "$pkg $(dpkg-query -W -f='${Version}' "$pkg")"
        fi
    done | sort -u
}

CFLAGS=(
    -m32 -march=i686 -std=gnu11 -Os
    -ffreestanding -nostdinc -fno-builtin -fno-tree-loop-distribute-patterns
    -fno-pie -fno-pic -fno-stack-protector -fno-asynchronous-unwind-tables -fno-unwind-tables
    -fno-ident -fno-common -mgeneral-regs-only
    -Wall -Wextra -Werror
)

# binutils >= 2.39 warns about the single RWX load segment, which is intended here
LDWARN=()
ld_help=$(ld --help 2>/dev/null || true)
if [[ "$ld_help" == *--no-warn-rwx-segments* ]]; then LDWARN=(--no-warn-rwx-segments); fi

build_into() {
    local dest="$1" tmp
    tmp=$(mktemp -d)
    # relative source names only, built from inside the source dir
    (
        cd "$src"
        gcc "${CFLAGS[@]}" -c start.S -o "$tmp/start.o"
        gcc "${CFLAGS[@]}" -c tiny.c -o "$tmp/tiny.o"
        ld -m elf_i386 -nostdlib --build-id=none -z noexecstack "${LDWARN[@]}" -T link.ld -o "$tmp/tiny.elf" "$tmp/start.o" "$tmp/tiny.o"
        objcopy -O binary "$tmp/tiny.elf" "$tmp/tiny.bin"
    )
    mkdir -p "$(dirname "$dest")"
    install -m 0644 "$tmp/tiny.bin" "$dest"
    rm -rf "$tmp"
}

case "$mode" in
    build)
        build_into "$committed"
        {
            echo "# Debian packages that built guest/tiny/tiny.bin (scripts/build-tiny-guest.sh)."
            echo "# --check compares byte-for-byte only when these match the installed versions."
            current_toolchain
        } >"$toolchain_file"
        echo "tiny guest: $committed ($(wc -c <"$committed") bytes, sha256 $(sha256sum "$committed" | cut -d' ' -f1))"
        echo "toolchain recorded in $toolchain_file"
        ;;
    out)
        build_into "$out"
        echo "tiny guest: $out ($(wc -c <"$out") bytes, sha256 $(sha256sum "$out" | cut -d' ' -f1))"
        ;;
    check)
        if [ ! -f "$committed" ] || [ ! -f "$toolchain_file" ]; then
            echo "build-tiny-guest --check: $committed or $toolchain_file missing" >&2
            exit 1
        fi
        want=$(grep -v '^#' "$toolchain_file" | sed '/^[[:space:]]*$/d' | sort -u)
        have=$(current_toolchain)
        if [ "$want" != "$have" ]; then
            echo "build-tiny-guest --check: SKIPPED, installed toolchain differs from $toolchain_file"
            echo "  recorded:"; echo "$want" | sed 's/^/    /'
            echo "  installed:"; echo "$have" | sed 's/^/    /'
            exit 0
        fi
        tmpd=$(mktemp -d)
        trap 'rm -rf "$tmpd"' EXIT
        build_into "$tmpd/tiny.bin"
        echo "tiny guest (rebuilt): $tmpd/tiny.bin ($(wc -c <"$tmpd/tiny.bin") bytes)"
        if cmp -s "$tmpd/tiny.bin" "$committed"; then
            echo "build-tiny-guest --check: OK, rebuild is identical to $committed (sha256 $(sha256sum "$committed" | cut -d' ' -f1))"
        else
            echo "build-tiny-guest --check: FAILED, rebuild differs from $committed" >&2
            cmp "$tmpd/tiny.bin" "$committed" >&2 || true
            exit 1
        fi
        ;;
esac
