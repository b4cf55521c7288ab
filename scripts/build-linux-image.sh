#!/usr/bin/env bash
# Build the "linux" guest image for v86 from Debian bookworm i386 packages.
#
#   bash scripts/build-linux-image.sh [--out DIR] [--force]
#
# DIR (default <repo>/.cache/images/linux) receives bzImage, initrd.img, bios.bin, vgabios.bin and
# manifest.json. A valid image already in DIR (files match the manifest, built by this same script
# and guest/linux/init) is reused without touching apt; --force rebuilds anyway.
#
# Inputs: linux-image-686:i386 (followed to the real linux-image-<abi>-686 package),
# busybox-static:i386, seabios, and for the data disk e2fsprogs:i386 with the libraries it links
# (and ioping:i386, which bench:disk uses), fetched with apt-get download. Needs root only when apt
# has to change something (i386 architecture, package index, installing cpio or binutils).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
self="$root/scripts/build-linux-image.sh"
init_src="$root/guest/linux/init"
out="$root/.cache/images/linux"
force=0

while [ $# -gt 0 ]; do
    case "$1" in
        --out) [ $# -ge 2 ] || { echo "build-linux-image: --out needs a directory" >&2; exit 2; }
               out="$2"; shift 2 ;;
        --force) force=1; shift ;;
        -h|--help) sed -n '2,12p' "$self" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-linux-image: unknown argument: $1" >&2; exit 2 ;;
    esac
done
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

log() { echo "build-linux-image: $*" >&2; }
die() { log "$*"; exit 1; }

# Package metadata and sort order must not depend on the caller's locale.
export LC_ALL=C
export DEBIAN_FRONTEND=noninteractive

[ -f "$init_src" ] || die "missing $init_src"
inputs_hash=$(cat "$self" "$init_src" | sha256sum | cut -d' ' -f1)

# ---------------------------------------------------------------------------------------------
# Cache: a manifest is only ever written last into a complete image, so if it is there and every
# file it names still has its hash, the image is whole and current.
# ---------------------------------------------------------------------------------------------
image_is_current() {
    local dir="$1" line name hash
    [ -f "$dir/manifest.json" ] || return 1
    # node is a given in this project and parses JSON properly; prints "name sha256" per file.
    line=$(node -e '
        const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const want = ["bzImage", "initrd.img", "bios.bin", "vgabios.bin"];
        if (m.version !== 1 || !m.files || want.some((f) => !m.files[f])) process.exit(1);
        console.log(m.inputsHash);
        for (const f of want) console.log(f + " " + m.files[f].sha256);
    ' "$dir/manifest.json" 2>/dev/null) || return 1
    [ "$(head -n1 <<<"$line")" = "$inputs_hash" ] || return 1
    while read -r name hash; do
        [ -f "$dir/$name" ] || return 1
        [ "$(sha256sum "$dir/$name" | cut -d' ' -f1)" = "$hash" ] || return 1
    done < <(tail -n +2 <<<"$line")
}

if [ "$force" = 0 ] && image_is_current "$out"; then
    echo "linux image: cached at $out"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# apt: i386 architecture, index, cpio. Only touched when something is missing, so a machine that
# already has them builds without root and without network beyond the downloads.
# ---------------------------------------------------------------------------------------------
is_root=0
[ "$(id -u)" = 0 ] && is_root=1
need_root() {
    [ "$is_root" = 1 ] && return 0
    die "$1; run as root, or first (as root): dpkg --add-architecture i386 && apt-get update && apt-get install -y cpio"
}

# Every apt-cache run rebuilds apt's cache from the lists (~1.5 s here: Debian's container
# config disables the on-disk cache), so ask about all packages at once and parse the records.
# show: the candidate records of the given packages (missing ones are simply absent).
show() { apt-cache show --no-all-versions "$@" 2>/dev/null || true; }
# field RECORDS PACKAGE FIELD: the field of that package's record, empty if there is none.
field() {
    awk -v p="$2" -v f="$3: " 'BEGIN { RS = ""; FS = "\n" }
        { pk = ""; v = ""
          for (i = 1; i <= NF; i++) {
              if (index($i, "Package: ") == 1) pk = substr($i, 10)
              if (index($i, f) == 1) v = substr($i, length(f) + 1)
          }
          if (pk == p && v != "") { print v; exit } }' <<<"$1"
}
# The data disk's tools: e2fsprogs' mke2fs and e2fsck, dynamically linked, so with the packages of
# every library they need (checked below from the binaries' own NEEDED entries); ioping for bench:disk.
user_pkgs=(e2fsprogs libext2fs2 libcom-err2 libblkid1 libuuid1 libc6 ioping)
base_pkgs=(linux-image-686:i386 busybox-static:i386 seabios "${user_pkgs[@]/%/:i386}")
have_base() {
    local p
    [ -n "$(field "$1" linux-image-686 Version)" ] && [ -n "$(field "$1" busybox-static Version)" ] &&
        [ -n "$(field "$1" seabios Version)" ] || return 1
    for p in "${user_pkgs[@]}"; do [ -n "$(field "$1" "$p" Version)" ] || return 1; done
}

apt_updated=0
apt_update() {
    need_root "the apt package index lacks the i386 packages (or is stale)"
    log "apt-get update"
    # The i386 security index is often mid-sync on the mirror and makes apt-get update exit
    # non-zero; the main index is all we need, and have_base below is the real check.
    apt-get update -qq >&2 || log "apt-get update reported errors (ignored if the packages are available)"
    apt_updated=1
}

if ! dpkg --print-foreign-architectures | grep -x i386 >/dev/null && [ "$(dpkg --print-architecture)" != i386 ]; then
    need_root "the i386 architecture is not enabled in dpkg"
    log "dpkg --add-architecture i386"
    dpkg --add-architecture i386
    apt_update
fi
info=$(show "${base_pkgs[@]}")
if ! have_base "$info" && [ "$apt_updated" = 0 ]; then
    apt_update
    info=$(show "${base_pkgs[@]}")
fi
have_base "$info" || die "${base_pkgs[*]}: not all available from apt even after apt-get update"
if ! command -v cpio >/dev/null 2>&1; then
    need_root "cpio is not installed"
    log "apt-get install cpio"
    apt-get install -y -qq --no-install-recommends cpio >/dev/null
fi
# readelf lists the libraries the i386 binaries need (any architecture's binutils reads them).
if ! command -v readelf >/dev/null 2>&1; then
    need_root "readelf (binutils) is not installed"
    log "apt-get install binutils"
    apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
for tool in cpio gzip sha256sum dpkg-deb apt-get node awk readelf; do
    command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"
done

# ---------------------------------------------------------------------------------------------
# Resolve versions. The metapackage pins the exact kernel ABI package; follow it rather than
# guessing the ABI number, which changes with every Debian point release.
# ---------------------------------------------------------------------------------------------
resolve_versions() {
    local meta_depends kinfo
    meta_depends=$(field "$info" linux-image-686 Depends)
    kpkg=$(tr ',' '\n' <<<"$meta_depends" | grep -o 'linux-image-[^ |(]*' | head -n1 || true)
    [ -n "$kpkg" ] || die "cannot find a linux-image package in linux-image-686's Depends: $meta_depends"
    kver=$(sed -n "s/.*$kpkg (= \([^)]*\)).*/\1/p" <<<"$meta_depends")
    kinfo=$(show "$kpkg:i386" "$kpkg-unsigned:i386")
    if [ -z "$(field "$kinfo" "$kpkg" Version)" ]; then
        # A purely virtual name: the unsigned build provides it.
        [ -n "$(field "$kinfo" "$kpkg-unsigned" Version)" ] || die "neither $kpkg nor $kpkg-unsigned is downloadable"
        kpkg="$kpkg-unsigned"
    fi
    [ -n "$kver" ] || kver=$(field "$kinfo" "$kpkg" Version)
    bbver=$(field "$info" busybox-static Version)
    sbver=$(field "$info" seabios Version)
    declare -gA userver=()
    local p
    for p in "${user_pkgs[@]}"; do userver[$p]=$(field "$info" "$p" Version); done
}

# ---------------------------------------------------------------------------------------------
# Download and unpack in a scratch dir; the image itself is assembled next to DIR so the final
# rename is atomic on the same filesystem.
# ---------------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/build-linux-image.XXXXXX")
mkdir -p "$(dirname "$out")"
stage=$(mktemp -d "$out.new.XXXXXX")
cleanup() { rm -rf "$work" "$stage"; }
trap cleanup EXIT

mkdir -p "$work/debs"
# As root, apt downloads as _apt and warns unless _apt can write (and reach) the directory.
if [ "$is_root" = 1 ] && getent passwd _apt >/dev/null; then
    chmod 755 "$work"
    chown _apt "$work/debs"
fi
download() {
    local p pins=()
    for p in "${user_pkgs[@]}"; do pins+=("$p:i386=${userver[$p]}"); done
    (cd "$work/debs" && apt-get download -qq "$kpkg:i386=$kver" "busybox-static:i386=$bbver" "seabios=$sbver" "${pins[@]}" >&2)
}
resolve_versions
if ! download; then
    # A stale index names files the mirror no longer has: refresh once and re-resolve.
    [ "$apt_updated" = 0 ] || die "apt-get download failed"
    apt_update
    info=$(show "${base_pkgs[@]}")
    resolve_versions
    rm -f "$work/debs/"*.deb
    download || die "apt-get download failed"
fi
log "kernel $kpkg $kver, busybox-static $bbver, seabios $sbver, e2fsprogs ${userver[e2fsprogs]}, libc6 ${userver[libc6]}"

deb_of() { ls "$work/debs/$1"_*.deb; }
dpkg-deb -x "$(deb_of "$kpkg")" "$work/kernel"
dpkg-deb -x "$(deb_of busybox-static)" "$work/busybox"
dpkg-deb -x "$(deb_of seabios)" "$work/seabios"
for p in "${user_pkgs[@]}"; do dpkg-deb -x "$(deb_of "$p")" "$work/user"; done

release=$(ls "$work/kernel/lib/modules")
[ "$(wc -w <<<"$release")" = 1 ] || die "expected one kernel release in $kpkg, found: $release"
kdir="$work/kernel/lib/modules/$release"
cp "$work/kernel/boot/vmlinuz-$release" "$stage/bzImage"
cp "$work/seabios/usr/share/seabios/bios.bin" "$stage/bios.bin"
# stdvga: v86 emulates a Bochs/QEMU standard VGA, which is what this ROM drives.
cp "$work/seabios/usr/share/seabios/vgabios-stdvga.bin" "$stage/vgabios.bin"

# ---------------------------------------------------------------------------------------------
# initramfs tree
# ---------------------------------------------------------------------------------------------
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,tmp,run,root,data,etc/supercloud,lib/modules/"$release"}
chmod 1777 "$rootfs/tmp"
chmod 700 "$rootfs/root"
bb="$work/busybox/bin/busybox"
cp "$bb" "$rootfs/bin/busybox"
cp "$init_src" "$rootfs/init"
chmod 755 "$rootfs/init" "$rootfs/bin/busybox"
ln -s busybox "$rootfs/bin/sh"

# e2fsprogs (mke2fs, e2fsck and their fsck./mkfs. names) and ioping, before the applet links below,
# which then leave these names alone (busybox has its own ext2-only mke2fs). Each binary brings the
# libraries its NEEDED entries name, transitively, from the unpacked packages, copied under their
# sonames (all the loader looks for); the loader itself at the path the binaries ask for.
user="$work/user"
lib_path() {
    local d
    for d in lib/i386-linux-gnu usr/lib/i386-linux-gnu; do
        [ -e "$user/$d/$1" ] && { echo "$d/$1"; return 0; }
    done
    return 1
}
declare -A have_lib=()
add_elf() {
    local f="$1" so rel
    for so in $(readelf -d "$f" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        [ -z "${have_lib[$so]:-}" ] || continue
        have_lib[$so]=1
        rel=$(lib_path "$so") || die "library $so (needed by ${f#"$user"/}) is in none of: ${user_pkgs[*]}"
        mkdir -p "$rootfs/$(dirname "$rel")"
        cp -L "$user/$rel" "$rootfs/$rel"
        add_elf "$user/$rel"
    done
}
for b in sbin/e2fsck sbin/mke2fs usr/bin/ioping; do
    [ -f "$user/$b" ] || die "missing $b in ${user_pkgs[*]}"
    cp "$user/$b" "$rootfs/$b"
    add_elf "$user/$b"
done
interp=$(readelf -l "$user/sbin/e2fsck" | sed -n 's/.*interpreter: \(.*\)\]/\1/p')
[ "$interp" = /lib/ld-linux.so.2 ] || die "unexpected program interpreter $interp"
rel=$(lib_path ld-linux.so.2) || die "no ld-linux.so.2 in libc6"
mkdir -p "$rootfs/$(dirname "$rel")"
[ -e "$rootfs/$rel" ] || cp -L "$user/$rel" "$rootfs/$rel"
ln -s "${rel#lib/}" "$rootfs/lib/ld-linux.so.2"
for n in fsck.ext2 fsck.ext3 fsck.ext4; do ln -s e2fsck "$rootfs/sbin/$n"; done
for n in mkfs.ext2 mkfs.ext3 mkfs.ext4; do ln -s mke2fs "$rootfs/sbin/$n"; done
cp "$user/etc/mke2fs.conf" "$rootfs/etc/mke2fs.conf"
# e2fsck asks /etc/mtab whether the filesystem is mounted.
ln -s /proc/mounts "$rootfs/etc/mtab"
# Applet links at build time saves the guest a step at every boot. The binary is static i386;
# a host kernel without 32-bit support cannot run it, and then /init installs them at boot.
if applets=$("$bb" --list-full 2>/dev/null) && [ -n "$applets" ]; then
    while read -r a; do
        [ "$a" = bin/busybox ] || [ -e "$rootfs/$a" ] || [ -L "$rootfs/$a" ] || ln -s /bin/busybox "$rootfs/$a"
    done <<<"$applets"
else
    log "cannot run the i386 busybox here: /init will create the applet links at boot"
fi

# NIC drivers. Dependencies come from each module's own modinfo "depends=" (the package has no
# modules.dep; depmod runs at install time), so the load order follows this kernel, not a list
# that can rot. busybox insmod reads plain ELF only, hence decompression here.
declare -A modfile=()
while IFS= read -r f; do
    n=${f##*/}; n=${n%%.ko*}; modfile[${n//-/_}]=$f  # no subshells: ~4000 modules
done < <(find "$kdir/kernel" -name '*.ko' -o -name '*.ko.xz' -o -name '*.ko.zst' -o -name '*.ko.gz')
is_builtin() { grep -q "/${1}.ko\$" <(sed 's/-/_/g' "$kdir/modules.builtin" 2>/dev/null); }
mod_cat() {
    case "$1" in
        *.ko.xz) xz -dc "$1" ;;
        *.ko.zst) zstd -dcq "$1" ;;
        *.ko.gz) gzip -dc "$1" ;;
        *) cat "$1" ;;
    esac
}
compression=none
declare -A placed=() copied=()
order=()
add_module() {
    local n=${1//-/_} f deps d
    [ -z "${placed[$n]:-}" ] || return 0
    placed[$n]=1
    if [ -z "${modfile[$n]:-}" ]; then
        is_builtin "$n" && { log "module $n is built into $release"; return 0; }
        die "module $n not found in $kpkg"
    fi
    f=${modfile[$n]}
    case "$f" in *.ko) ;; *) compression=${f##*.ko.} ;; esac
    # No early exit in this pipeline: with pipefail a SIGPIPE upstream would abort the build.
    deps=$(mod_cat "$f" | tr '\0' '\n' | sed -n 's/^depends=//p')
    for d in ${deps//,/ }; do add_module "$d"; done
    [ -n "${copied[$n]:-}" ] || mod_cat "$f" >"$rootfs/lib/modules/$release/$n.ko"
    copied[$n]=1
    order+=("$n")
}
declare -A setlist=()
for set in ne2k virtio disk ext4; do
    # Each set lists all it needs, so that it loads alone whatever was loaded before.
    order=()
    placed=()
    case "$set" in
        ne2k) add_module ne2k_pci ;;
        # virtio_pci binds the PCI function, virtio_net the resulting virtio device.
        virtio) add_module virtio_pci; add_module virtio_net ;;
        # v86's IDE controller is a PIIX3 (8086:7010); sd_mod first, so the disk it finds is bound at once.
        disk) add_module sd_mod; add_module ata_piix ;;
        # ext4 asks the crypto API for crc32c (metadata checksums) when it mounts: its module is not a depends=.
        ext4) add_module crc32c_generic; add_module ext4 ;;
    esac
    : >"$rootfs/etc/supercloud/modules-$set"
    setlist[$set]=""
    if [ ${#order[@]} -gt 0 ]; then
        printf '%s\n' "${order[@]}" >"$rootfs/etc/supercloud/modules-$set"
        setlist[$set]=$(printf '"%s",' "${order[@]}")
    fi
    log "modules for $set: ${order[*]}"
done

printf 'root:x:0:0:root:/root:/bin/sh\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\n' >"$rootfs/etc/group"

# Deterministic archive: sorted names, one mtime, root ownership, no gzip name/time.
find "$rootfs" -exec touch -h -d @0 {} +
(cd "$rootfs" && find . -mindepth 1 | sort | cpio --quiet -o -H newc -R 0:0 --reproducible) | gzip -n -9 >"$stage/initrd.img"

# ---------------------------------------------------------------------------------------------
# Manifest last: its presence is what marks the image complete.
# ---------------------------------------------------------------------------------------------
filejson() {
    local sep=""
    for f in bzImage initrd.img bios.bin vgabios.bin; do
        printf '%s\n    "%s": { "bytes": %s, "sha256": "%s" }' "$sep" "$f" \
            "$(stat -c %s "$stage/$f")" "$(sha256sum "$stage/$f" | cut -d' ' -f1)"
        sep=","
    done
}
cat >"$stage/manifest.json" <<EOF
{
  "version": 1,
  "kernel": { "package": "$kpkg", "version": "$kver", "release": "$release" },
  "busybox": { "version": "$bbver" },
  "seabios": { "version": "$sbver" },
  "userland": { $(for p in "${user_pkgs[@]}"; do printf '"%s": "%s", ' "$p" "${userver[$p]}"; done | sed 's/, $//') },
  "modules": { "compression": "$compression", "ne2k": [${setlist[ne2k]%,}], "virtio": [${setlist[virtio]%,}], "disk": [${setlist[disk]%,}], "ext4": [${setlist[ext4]%,}] },
  "files": {$(filejson)
  },
  "inputsHash": "$inputs_hash"
}
EOF
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$stage/manifest.json" ||
    die "generated manifest.json is not valid JSON"

chmod 755 "$stage"
old=""
if [ -e "$out" ]; then old=$(mktemp -d "$out.old.XXXXXX"); rmdir "$old"; mv "$out" "$old"; fi
mv "$stage" "$out"
[ -z "$old" ] || rm -rf "$old"
echo "linux image: built at $out ($kpkg $kver, initrd $(stat -c %s "$out/initrd.img") bytes)"
