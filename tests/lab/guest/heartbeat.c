// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: Virt Ferry contributors
//
// heartbeat: PID 1 payload of the migration test-lab guest.
//
// Built with `gcc -static -O2` by tests/lab/build-guest.sh and exec'd by
// the initramfs /init.  It gives the host-side tests something observable:
//
//   * "heartbeat start ..." once, echoing the settings it got;
//   * "disk last tick M" once, if /dev/vda exists: the tick number the
//     previous run stored on the disk (0 on a blank disk), so a test can
//     prove the disk contents survived a migration or a copy;
//   * "tick N" every 100 ms, N counting from 1, flushed line by line so the
//     serial console log shows progress (and gaps) in real time.
//
// Settings come from the kernel command line: unknown key=value parameters
// are handed to /init as environment variables and inherited by us.
//
//   DIRTY_MB=N   dirty N MiB of RAM per tick (default 0: don't), to give
//                pre-copy migration a non-trivial working set to converge.
//
// On disk, the record is 8 bytes at offset 0 of /dev/vda: the tick number
// as an unsigned 64-bit little-endian integer.  It is rewritten every tick
// with pwrite() + fdatasync(), so at most one tick is lost on a hard stop.
//
// The disk is only used when running as PID 1 (see main()).
//
// As PID 1 this program must never return (the kernel would panic), so all
// runtime errors are reported and then tolerated.

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define TICK_NS   (100L * 1000 * 1000)
#define PAGE      4096UL
#define DISK_PATH "/dev/vda"

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    fflush(stdout);
}

static unsigned long env_ulong(const char *name, unsigned long def)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return def;
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end) {
        say("heartbeat: ignoring bad %s=%s\n", name, s);
        return def;
    }
    return v;
}

static void put_le64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le64(const unsigned char *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

static void ts_add_ns(struct timespec *t, long ns)
{
    t->tv_nsec += ns;
    while (t->tv_nsec >= 1000000000L) {
        t->tv_nsec -= 1000000000L;
        t->tv_sec++;
    }
}

static int ts_before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec ||
           (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

int main(void)
{
    unsigned long dirty_mb = env_ulong("DIRTY_MB", 0);
    size_t dirty_len = dirty_mb * 1024UL * 1024UL;
    // Only touch /dev/vda as the guest's init.  Run by hand on a host (or a
    // dev VM, where /dev/vda is often the root disk) it would otherwise
    // overwrite that disk's boot sector.
    int have_disk = getpid() == 1 && access(DISK_PATH, F_OK) == 0;

    say("heartbeat start DIRTY_MB=%lu disk=%s\n", dirty_mb,
        have_disk ? DISK_PATH : "none");

    // Allocate the dirtying buffer once; every tick then rewrites one word in
    // each page, which is enough for KVM/TCG dirty tracking to resend it.
    unsigned char *buf = NULL;
    if (dirty_len) {
        buf = mmap(NULL, dirty_len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (buf == MAP_FAILED) {
            say("heartbeat: mmap %lu MiB failed: %s; not dirtying\n",
                dirty_mb, strerror(errno));
            buf = NULL;
            dirty_len = 0;
        }
    }

    int disk = -1;
    if (have_disk) {
        disk = open(DISK_PATH, O_RDWR | O_CLOEXEC);
        if (disk < 0) {
            say("heartbeat: open %s: %s\n", DISK_PATH, strerror(errno));
        } else {
            unsigned char rec[8];
            ssize_t n = pread(disk, rec, sizeof rec, 0);
            if (n == (ssize_t)sizeof rec)
                say("disk last tick %llu\n", (unsigned long long)get_le64(rec));
            else
                say("heartbeat: read %s: %s\n", DISK_PATH,
                    n < 0 ? strerror(errno) : "short read");
        }
    }

    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (uint64_t tick = 1;; tick++) {
        // Absolute deadlines keep the 100 ms cadence without drift.  If we
        // fell behind by more than a period (slow TCG, paused/migrated VM),
        // resynchronise instead of bursting out the missed ticks.
        ts_add_ns(&next, TICK_NS);
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (ts_before(&next, &now))
            next = now;
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL) == EINTR)
            ;

        for (size_t off = 0; off < dirty_len; off += PAGE) {
            uint64_t v = tick ^ off;
            memcpy(buf + off, &v, sizeof v);
        }

        if (disk >= 0) {
            unsigned char rec[8];
            put_le64(rec, tick);
            if (pwrite(disk, rec, sizeof rec, 0) != (ssize_t)sizeof rec ||
                fdatasync(disk) != 0)
                say("heartbeat: disk write tick %llu: %s\n",
                    (unsigned long long)tick, strerror(errno));
        }

        say("tick %llu\n", (unsigned long long)tick);
    }
}
