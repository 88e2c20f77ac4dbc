#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: Virt Ferry contributors
# A migration lab on one machine: a client, two libvirt hosts (host-a, host-b) and an
# NFS server (nfs-server), each in its own network, mount and UTS namespace, joined by a
# bridge in a namespace of its own. Nothing is configured in the machine's own network
# namespace and no traffic leaves the lab's namespaces.
#
#   lab.sh up        start a lab (or report the healthy one already running); prints its env file
#   lab.sh down      stop the current lab: only processes inside its namespaces are killed
#   lab.sh status    what runs where
#   lab.sh exec HOST CMD...   run CMD inside a lab host (client, host-a, host-b, nfs-server)
#   lab.sh guest [NAME]       define and start a demo guest (NFS disk) on host-a
#   lab.sh app [ARGS...]      run Virt Ferry inside the client, connected to both hosts
#   lab.sh libvirtd HOST kill|start   SIGKILL a host's libvirtd (its guests' QEMUs live on),
#                             or start it again and wait until it answers (fault tests)
#
# VF_LAB_DIR (default /tmp/virt-ferry-lab) holds the runs; each run has a fresh id, so a
# leftover lab never breaks the next one.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
lab_dir=${VF_LAB_DIR:-/tmp/virt-ferry-lab}
subnet=10.231.0 # private addresses, reachable only inside the lab's namespaces
# A password user on every server host, for tests of password authentication. Lab only.
password_user=vfuser
password_user_password=vf-lab-password
hosts=(client host-a host-b nfs-server)
declare -A octet=([client]=10 [host-a]=11 [host-b]=12 [nfs-server]=13)

log() { printf 'lab: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

current_run() { if [[ -L $lab_dir/current && -d $lab_dir/current ]]; then readlink -f "$lab_dir/current"; fi; }
ns_name() { printf 'vf%s-%s' "$1" "$2"; } # id, host
anchor_pid() { cat "$1/$2/anchor.pid"; } # run dir, host

# A pid is ours only while it lives (not a re-parented zombie) in the namespace we made.
pid_alive() {
    local pid=$1 state
    [[ -r /proc/$pid/stat ]] || return 1
    state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
    [[ $state != Z && $state != X ]]
}

has_own_mount_namespace() {
    [[ "$(readlink "/proc/$1/ns/mnt")" != "$(readlink /proc/self/ns/mnt)" ]]
}

inside() { # run dir, host, command...
    local run=$1 host=$2
    shift 2
    nsenter -t "$(anchor_pid "$run" "$host")" --net --mount --uts -- "$@"
}

wait_for() { # seconds, description, command...
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "timed out after ${seconds}s waiting for $what"
        sleep 0.2
    done
}

lab_healthy() {
    local run=$1 host
    [[ -n $run && -f $run/lab.env ]] || return 1
    for host in "${hosts[@]}"; do
        pid_alive "$(anchor_pid "$run" "$host")" || return 1
    done
    inside "$run" host-a virsh -q -c qemu:///system version >/dev/null 2>&1 &&
        inside "$run" host-b virsh -q -c qemu:///system version >/dev/null 2>&1
}

# Kills every process in the run's namespaces, then removes them. Safe to repeat.
teardown() {
    local run=$1 id host ns pids pid round
    [[ -f $run/id ]] || return 0
    id=$(cat "$run/id")
    for round in 1 2 3 4 5 6 7 8 9 10; do
        pids=()
        for host in "${hosts[@]}" switch; do
            ns=$(ns_name "$id" "$host")
            [[ -e /run/netns/$ns ]] || continue
            for pid in $(ip netns pids "$ns" 2>/dev/null); do
                pid_alive "$pid" && pids+=("$pid")
            done
        done
        ((${#pids[@]})) || break
        if ((round < 6)); then kill -TERM "${pids[@]}" 2>/dev/null || true; else kill -KILL "${pids[@]}" 2>/dev/null || true; fi
        sleep 0.3
    done
    for host in "${hosts[@]}" switch; do
        ns=$(ns_name "$id" "$host")
        [[ -e /run/netns/$ns ]] && ip netns del "$ns" 2>/dev/null || true
    done
    rm -f "$run/lab.env"
    if [[ "$(current_run)" == "$run" ]]; then rm -f "$lab_dir/current"; fi
}

write_libvirt_config() { # host dir, host name
    local dir=$1 host=$2
    cp -a /etc/libvirt/. "$dir/etc-libvirt/"
    rm -f "$dir/etc-libvirt/qemu/networks/autostart/default.xml"
    # libvirt's "same host" migration check compares only host_uuid.
    cat >"$dir/etc-libvirt/libvirtd.conf" <<CONF
# Lab host $host: TCP without authentication, reachable only inside the lab.
listen_tls = 0
listen_tcp = 1
auth_tcp = "none"
host_uuid = "$(cat /proc/sys/kernel/random/uuid)"
log_outputs = "3:file:/var/log/libvirt/libvirtd.log"
# Lets the lab's password user reach libvirt over qemu+ssh (tests of password prompts).
unix_sock_rw_perms = "0777"
auth_unix_rw = "none"
CONF
    cat >"$dir/etc-libvirt/qemu.conf" <<CONF
user = "root"
group = "root"
security_driver = "none"
CONF
    cp -a /var/lib/libvirt/. "$dir/var-lib-libvirt/" 2>/dev/null || true
    mkdir -p "$dir/var-lib-libvirt/images" "$dir/var-log-libvirt/qemu"
}

write_sshd_config() { # host dir, address
    local dir=$1 address=$2
    ssh-keygen -q -t ed25519 -N '' -C "$(basename "$dir")" -f "$dir/ssh_host_ed25519_key"
    cat >"$dir/sshd_config" <<CONF
ListenAddress $address
HostKey $dir/ssh_host_ed25519_key
PidFile /run/sshd.pid
UsePAM no
PermitRootLogin prohibit-password
PasswordAuthentication yes
KbdInteractiveAuthentication no
AuthorizedKeysFile /root/.ssh/authorized_keys
StrictModes no
Subsystem sftp internal-sftp
CONF
}

write_password_user() { # host dir
    local dir=$1 hash
    hash=$(openssl passwd -6 "$password_user_password")
    mkdir -p "$dir/home-$password_user"
    cp /etc/passwd "$dir/passwd"
    cp /etc/shadow "$dir/shadow"
    cp /etc/group "$dir/group"
    echo "$password_user:x:2000:2000:Virt Ferry lab user:$dir/home-$password_user:/bin/bash" >>"$dir/passwd"
    echo "$password_user:$hash:19000:0:99999:7:::" >>"$dir/shadow"
    echo "$password_user:x:2000:" >>"$dir/group"
    chown 2000:2000 "$dir/home-$password_user"
}

write_ganesha_config() { # nfs dir
    local dir=$1
    cat >"$dir/ganesha.conf" <<CONF
NFS_CORE_PARAM {
    Bind_addr = $subnet.${octet[nfs-server]};
    Protocols = 3, 4;
    Mount_Path_Pseudo = true;
}
NFSV4 {
    Graceless = true;
}
EXPORT {
    Export_Id = 1;
    Path = $dir/export;
    Pseudo = /export;
    Access_Type = RW;
    Squash = No_Root_Squash;
    Protocols = 3, 4;
    Transports = TCP;
    SecType = sys;
    FSAL {
        Name = VFS;
    }
}
LOG {
    Default_Log_Level = EVENT;
}
CONF
}

# The lab hosts' kernel has no NFS client, so libvirt's netfs pools cannot mount for
# real here. Inside the lab hosts only, this stand-in for /sbin/mount.nfs checks the
# export over real NFS (nfs-ls) and then bind-mounts the export's directory. The data
# path is therefore not NFS: migrations on such a pool need VIR_MIGRATE_UNSAFE. Real
# users' kernels mount NFS normally.
write_mount_nfs_standin() { # run dir
    local run=$1
    cat >"$run/mount.nfs" <<SCRIPT
#!/bin/bash
# lab stand-in for mount.nfs: mount.nfs SERVER:/export/PATH MOUNTPOINT [-o options]
set -euo pipefail
source=\$1 mountpoint=\$2
server=\${source%%:*} path=\${source#*:}
case "\$path" in /export|/export/*) ;; *) echo "mount.nfs (lab): only /export is exported" >&2; exit 32 ;; esac
nfs-ls "nfs://\$server\$path" >/dev/null || { echo "mount.nfs (lab): \$source is not reachable over NFS" >&2; exit 32; }
exec mount --bind "$run/nfs-server/export\${path#/export}" "\$mountpoint"
SCRIPT
    chmod +x "$run/mount.nfs"
}

start_host() { # run dir, id, host
    local run=$1 id=$2 host=$3 dir=$1/$3 ns
    ns=$(ns_name "$id" "$host")
    mkdir -p "$dir"/{etc-libvirt,var-lib-libvirt,var-cache-libvirt,var-log-libvirt,ssh,config,var-lib-nfs}
    ip netns add "$ns"
    # The anchor owns the host's mount and UTS namespaces; its stdio goes nowhere, or
    # whoever runs this script would wait for it forever.
    nsenter --net="/run/netns/$ns" unshare --mount --uts --propagation private sleep infinity \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$dir/anchor.pid"
    wait_for 10 "$host's namespaces" has_own_mount_namespace "$!"

    local switch
    switch=$(ns_name "$id" switch)
    ip -n "$switch" link add "p-$host" type veth peer name eth0 netns "$ns"
    ip -n "$switch" link set "p-$host" master br0 up
    ip -n "$ns" addr add "$subnet.${octet[$host]}/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up

    case $host in
    host-a | host-b)
        write_libvirt_config "$dir" "$host"
        write_sshd_config "$dir" "$subnet.${octet[$host]}"
        cp "$run/client/ssh/id_ed25519.pub" "$dir/ssh/authorized_keys"
        ;;
    nfs-server)
        mkdir -p "$dir/export"
        write_ganesha_config "$dir"
        write_sshd_config "$dir" "$subnet.${octet[$host]}"
        cp "$run/client/ssh/id_ed25519.pub" "$dir/ssh/authorized_keys"
        # A private /etc, so tools that replace /etc/exports by rename (the app's exports
        # editor) work as on a real server; a bind-mounted file could not be renamed over.
        mkdir -p "$dir/etc"
        cp -a /etc/. "$dir/etc/"
        # ganesha serves the lab's NFS; this file is what an administrator edits (S5).
        printf '# /etc/exports on the lab NFS server\n/srv/images 10.231.0.0/24(rw,sync,no_subtree_check)\n' \
            >"$dir/etc/exports"
        mkdir -p "$dir/srv-images"
        ;;
    esac
    if [[ $host != client ]]; then
        write_password_user "$dir"
    fi

    inside "$run" "$host" bash -euo pipefail -c "
        hostname $host
        if [[ $host == nfs-server ]]; then
            mount --bind '$dir/etc' /etc
        fi
        mount --bind '$run/hosts' /etc/hosts
        mkdir -p /root/.ssh /root/.config
        mount --bind '$dir/ssh' /root/.ssh
        mount --bind '$dir/config' /root/.config
        if [[ $host == host-a || $host == host-b ]]; then
            mount --bind '$dir/etc-libvirt' /etc/libvirt
            mount --bind '$dir/var-lib-libvirt' /var/lib/libvirt
            mount --bind '$dir/var-cache-libvirt' /var/cache/libvirt
            mount --bind '$dir/var-log-libvirt' /var/log/libvirt
            mount --bind '$run/mount.nfs' /sbin/mount.nfs
        fi
        if [[ $host != client ]]; then
            mount -t tmpfs lab-run /run
            mkdir -p /run/libvirt /run/sshd /run/lock /run/rpcbind
        fi
        if [[ $host == nfs-server ]]; then
            mount --bind '$dir/var-lib-nfs' /var/lib/nfs
            mkdir -p /var/lib/nfs/ganesha
            mkdir -p /srv/images
            mount --bind '$dir/srv-images' /srv/images
        fi
        if [[ $host != client ]]; then
            mount --bind '$dir/passwd' /etc/passwd
            mount --bind '$dir/shadow' /etc/shadow
            mount --bind '$dir/group' /etc/group
        fi
    "
}

start_services() { # run dir
    local run=$1 host
    for host in host-a host-b; do
        inside "$run" "$host" virtlogd -d
        inside "$run" "$host" libvirtd -d -l
        inside "$run" "$host" /usr/sbin/sshd -f "$run/$host/sshd_config"
    done
    inside "$run" nfs-server /usr/sbin/sshd -f "$run/nfs-server/sshd_config"
    inside "$run" nfs-server bash -c "rpcbind -f -w </dev/null >'$run/nfs-server/rpcbind.log' 2>&1 &"
    # ganesha registers MOUNT (and NFSv3) with rpcbind only at start-up; libvirt's export
    # discovery runs `showmount -e` on the hypervisor, which needs that registration.
    wait_for 10 "rpcbind on nfs-server" inside "$run" nfs-server rpcinfo -p 127.0.0.1
    inside "$run" nfs-server bash -c "ganesha.nfsd -F -f '$run/nfs-server/ganesha.conf' -L '$run/nfs-server/ganesha.log' \
        -p /run/ganesha.pid </dev/null >/dev/null 2>&1 &"

    for host in host-a host-b; do
        wait_for 30 "libvirtd on $host" inside "$run" "$host" virsh -q -c qemu:///system version
        wait_for 10 "sshd on $host" inside "$run" client nc -z "$host" 22
        wait_for 10 "libvirtd's TCP port on $host" inside "$run" client nc -z "$host" 16509
    done
    wait_for 30 "the NFS export" inside "$run" client nfs-ls nfs://nfs-server/export
    wait_for 10 "the NFS server's exports over MOUNT (showmount)" inside "$run" host-a showmount --no-headers -e nfs-server
    wait_for 10 "sshd on nfs-server" inside "$run" client nc -z nfs-server 22
}

setup_client_ssh() { # run dir
    local run=$1 dir=$1/client
    mkdir -p "$dir/ssh" "$dir/config/libvirt"
    ssh-keygen -q -t ed25519 -N '' -C "virt-ferry-lab-client" -f "$dir/ssh/id_ed25519"
    cat >"$dir/ssh/config" <<CONF
Host host-a host-b nfs-server
    User root
    IdentityFile /root/.ssh/id_ed25519
CONF
}

trust_host_keys() { # run dir
    local run=$1 host key
    : >"$run/client/ssh/known_hosts"
    for host in host-a host-b nfs-server; do
        key=$(cut -d' ' -f1-2 "$run/$host/ssh_host_ed25519_key.pub")
        echo "$host,$subnet.${octet[$host]} $key" >>"$run/client/ssh/known_hosts"
    done
    # qemu+libssh reads libvirt's own known_hosts unless the URI names another.
    cp "$run/client/ssh/known_hosts" "$run/client/config/libvirt/known_hosts"
}

cmd_up() {
    local run id
    run=$(current_run)
    if lab_healthy "$run"; then
        log "lab $(cat "$run/id") is already up"
        echo "$run/lab.env"
        return 0
    fi
    if [[ -n $run ]]; then
        log "removing a broken lab $(cat "$run/id" 2>/dev/null || echo '?')"
        teardown "$run"
    fi
    for tool in ip nsenter unshare libvirtd virtlogd virsh sshd ssh-keygen ganesha.nfsd rpcbind rpcinfo showmount nfs-ls nc; do
        command -v "$tool" >/dev/null || die "$tool is missing: run bash .ci/install-deps.sh"
    done

    id=$(head -c 3 /dev/urandom | od -An -tx1 | tr -d ' \n')
    run=$lab_dir/$id
    mkdir -p "$run"
    echo "$id" >"$run/id"
    ln -sfn "$run" "$lab_dir/current"
    # Whatever fails from here on (die, a failed command), the namespaces go away.
    starting_run=$run # global: the trap runs after this function has returned
    trap 'status=$?; if ((status)); then log "start-up failed; tearing the lab down"; teardown "$starting_run"; fi' EXIT

    {
        echo "127.0.0.1 localhost"
        for host in "${hosts[@]}"; do echo "$subnet.${octet[$host]} $host"; done
    } >"$run/hosts"
    write_mount_nfs_standin "$run"
    setup_client_ssh "$run"

    local switch
    switch=$(ns_name "$id" switch)
    ip netns add "$switch"
    ip -n "$switch" link add br0 type bridge
    ip -n "$switch" link set br0 up
    for host in "${hosts[@]}"; do start_host "$run" "$id" "$host"; done
    trust_host_keys "$run"
    start_services "$run"

    cat >"$run/lab.env" <<ENV
VF_LAB_ID=$id
VF_LAB_RUN=$run
VF_LAB_CLIENT_PID=$(anchor_pid "$run" client)
VF_LAB_HOST_A=host-a
VF_LAB_HOST_B=host-b
VF_LAB_HOST_A_PID=$(anchor_pid "$run" host-a)
VF_LAB_HOST_B_PID=$(anchor_pid "$run" host-b)
VF_LAB_NFS_HOST=nfs-server
VF_LAB_NFS_EXPORT=/export
VF_LAB_NFS_DIR=$run/nfs-server/export
VF_LAB_SSH_KEY=/root/.ssh/id_ed25519
VF_LAB_KNOWN_HOSTS=/root/.ssh/known_hosts
VF_LAB_PASSWORD_USER=$password_user
VF_LAB_PASSWORD=$password_user_password
VF_LAB_NFS_EXPORTS_FILE=$run/nfs-server/etc/exports
ENV
    trap - EXIT
    log "lab $id is up: client, host-a, host-b, nfs-server"
    echo "$run/lab.env"
}

cmd_down() {
    local run
    run=$(current_run)
    [[ -n $run ]] || { log "no lab is running"; return 0; }
    teardown "$run"
    log "lab $(cat "$run/id") is down"
}

cmd_status() {
    local run host
    run=$(current_run)
    [[ -n $run && -f $run/lab.env ]] || { echo "no lab is running"; return 1; }
    echo "lab $(cat "$run/id") in $run"
    for host in "${hosts[@]}"; do
        if pid_alive "$(anchor_pid "$run" "$host")"; then
            printf '  %-11s %s.%s  up   processes: %s\n' "$host" "$subnet" "${octet[$host]}" \
                "$(ip netns pids "$(ns_name "$(cat "$run/id")" "$host")" | xargs -r -n1 -I{} cat /proc/{}/comm 2>/dev/null | sort | uniq -c | awk '{printf "%s(%s) ", $2, $1}')"
        else
            printf '  %-11s down\n' "$host"
        fi
    done
    lab_healthy "$run" && echo "healthy" || { echo "NOT healthy"; return 1; }
}

cmd_exec() {
    local run host=${1:?host}
    shift
    run=$(current_run)
    [[ -n $run && -f $run/lab.env ]] || die "no lab is running"
    inside "$run" "$host" "$@"
}

# A demo guest on the NFS export, so both hosts can run it: the lab's tests build theirs
# in C++; this one is for people trying the lab by hand.
cmd_guest() {
    local run name=${1:-demo} guest_dir=${VF_LAB_GUEST_DIR:-$project/build/lab-guest} type=qemu
    run=$(current_run)
    [[ -n $run && -f $run/lab.env ]] || die "no lab is running: lab.sh up"
    [[ $name =~ ^[A-Za-z0-9][A-Za-z0-9_-]*$ ]] || die "guest names are letters, digits, - and _"
    # How many MiB the guest keeps rewriting (0: none, for throttled migrations; QEMU 7.2's
    # TCG mishandles throttled dirtying guests).
    local dirty_mib=${VF_GUEST_DIRTY_MB:-4}
    [[ $dirty_mib =~ ^[0-9]+$ ]] || die "VF_GUEST_DIRTY_MB must be a number of MiB"
    if inside "$run" client virsh -q -c qemu+tcp://host-a/system domstate "$name" 2>/dev/null | grep -q running ||
        inside "$run" client virsh -q -c qemu+tcp://host-b/system domstate "$name" 2>/dev/null | grep -q running; then
        log "guest $name is already running"
        return 0
    fi
    bash "$here/build-guest.sh" "$guest_dir"
    # /dev/kvm without vmx/svm is a software hypervisor on which Linux guests die.
    if [[ -e /dev/kvm ]] && grep -qwE 'vmx|svm' /proc/cpuinfo; then type=kvm; fi
    qemu-img create -q -f qcow2 "$run/nfs-server/export/$name.qcow2" 64M
    cat >"$run/$name.xml" <<XML
<domain type='$type'>
  <name>$name</name>
  <memory unit='MiB'>128</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>$guest_dir/vmlinuz</kernel>
    <initrd>$guest_dir/initrd.img</initrd>
    <cmdline>console=ttyS0 panic=-1 DIRTY_MB=$dirty_mib</cmdline>
  </os>
  <devices>
    <disk type='network' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source protocol='nfs' name='/export/$name.qcow2'><host name='nfs-server'/></source>
      <target dev='vda' bus='virtio'/>
    </disk>
    <serial type='file'><source path='/var/log/libvirt/qemu/$name-console.log'/><target port='0'/></serial>
  </devices>
</domain>
XML
    inside "$run" client virsh -q -c qemu+tcp://host-a/system define "$run/$name.xml" >/dev/null
    inside "$run" client virsh -q -c qemu+tcp://host-a/system start "$name" >/dev/null
    log "guest $name runs on host-a; its console: $run/host-a/var-log-libvirt/qemu/$name-console.log"
}

# The libvirtd processes of a lab host: those named libvirtd in its anchor's network
# namespace. Not `ip netns pids`: the client's private mounts do not see the netns files
# of the hosts started after it, and the tests call this from the client.
libvirtd_pids() { # run dir, host
    local run=$1 host=$2 pid
    for pid in $(pgrep -x --ns "$(anchor_pid "$run" "$host")" --nslist net libvirtd); do
        if pid_alive "$pid"; then echo "$pid"; fi
    done
    return 0
}

no_libvirtd() { [[ -z "$(libvirtd_pids "$1" "$2")" ]]; } # run dir, host

# For the fault tests: the daemon dies as in a crash (SIGKILL, no clean-up), and comes back
# the way `up` started it, so it reconnects to the QEMU processes it left behind.
cmd_libvirtd() {
    local run host=${1:-} action=${2:-} pids
    [[ $host == host-a || $host == host-b ]] || die "usage: lab.sh libvirtd host-a|host-b kill|start"
    run=$(current_run)
    [[ -n $run && -f $run/lab.env ]] || die "no lab is running"
    case $action in
    kill)
        pids=$(libvirtd_pids "$run" "$host")
        [[ -n $pids ]] || die "libvirtd is not running on $host"
        # shellcheck disable=SC2086 # one pid a word
        kill -KILL $pids
        wait_for 10 "libvirtd on $host to die" no_libvirtd "$run" "$host"
        log "libvirtd on $host killed (pid ${pids//$'\n'/ })"
        ;;
    start)
        no_libvirtd "$run" "$host" || die "libvirtd already runs on $host"
        inside "$run" "$host" libvirtd -d -l </dev/null >/dev/null 2>&1
        wait_for 30 "libvirtd on $host" inside "$run" "$host" virsh -q -c qemu:///system version
        wait_for 10 "libvirtd's TCP port on $host" inside "$run" client nc -z "$host" 16509
        log "libvirtd on $host started"
        ;;
    *) die "usage: lab.sh libvirtd host-a|host-b kill|start" ;;
    esac
}

cmd_app() {
    local run app=${VF_APP:-$project/build/dev/app/virt-ferry}
    run=$(current_run)
    [[ -n $run && -f $run/lab.env ]] || die "no lab is running: lab.sh up"
    [[ -x $app ]] || die "$app is not built: bash .ci/bootstrap run, or set VF_APP"
    # The client keeps the machine's /run and /tmp, and the app keeps the machine's host
    # name (no UTS namespace): X authority cookies are filed under it.
    nsenter -t "$(anchor_pid "$run" client)" --net --mount -- env XDG_CONFIG_HOME="$run/client/app-config" "$app" --no-conn-autostart \
        --connect qemu+ssh://root@host-a/system --connect qemu+ssh://root@host-b/system "$@"
}

case "${1:-}" in
up) cmd_up ;;
down) cmd_down ;;
status) cmd_status ;;
exec) shift; cmd_exec "$@" ;;
guest) shift; cmd_guest "$@" ;;
app) shift; cmd_app "$@" ;;
libvirtd) shift; cmd_libvirtd "$@" ;;
*) echo "usage: $0 up|down|status|exec HOST CMD...|guest [NAME]|app [ARGS...]|libvirtd HOST kill|start" >&2; exit 2 ;;
esac
