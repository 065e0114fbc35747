"""What a query worker process may not do: open network sockets (a seccomp filter), grow its heap past a limit,
or outlive the server. Linux (x86-64, arm64) for the first and the last; each function says whether it took."""

from __future__ import annotations

import ctypes
import platform
import sys

_SECCOMP_ARCH = {"x86_64": (0xC000003E, 41), "amd64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198),
                 "arm64": (0xC00000B7, 198)}


def deny_network() -> bool:
    """Forbid this process (and threads it starts later) to open any socket but Unix-domain ones.

    A seccomp filter on socket(2): Linux on x86-64 and arm64 only. Returns whether the filter is in place.
    """
    arch = _SECCOMP_ARCH.get(platform.machine().lower())
    if arch is None or not platform.system() == "Linux":
        return False
    audit_arch, nr_socket = arch

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    ld, jeq, ret = 0x20, 0x15, 0x06  # BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, BPF_RET|BPF_K
    allow, deny = 0x7FFF0000, 0x00050000 | 13  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EACCES
    program = [
        (ld, 0, 0, 4),                 # arch
        (jeq, 0, 4, audit_arch),       # another ABI: allow
        (ld, 0, 0, 0),                 # syscall number
        (jeq, 0, 2, nr_socket),        # not socket(2): allow
        (ld, 0, 0, 16),                # socket's first argument: the address family
        (jeq, 0, 1, 1),                # AF_UNIX: allow, anything else: deny
        (ret, 0, 0, allow),
        (ret, 0, 0, deny),
    ]
    filters = (SockFilter * len(program))(*[SockFilter(*ins) for ins in program])
    prog = SockFprog(len(program), filters)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(38, ctypes.c_ulong(1), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
            return False  # PR_SET_NO_NEW_PRIVS
        return libc.prctl(22, ctypes.c_ulong(2), ctypes.byref(prog), ctypes.c_ulong(0), ctypes.c_ulong(0)) == 0
    except (OSError, AttributeError):
        return False


def limit_memory(max_bytes: int) -> bool:
    """Limit this process's heap (RLIMIT_DATA: its data segment and private writable mappings) to ``max_bytes``:
    an allocation past it fails, and Oxigraph, which cannot recover from that, ends the process. Returns whether
    the limit is in place (POSIX only)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (max_bytes, max_bytes))
        return True
    except (ImportError, ValueError, OSError):
        return False


def die_with_parent() -> bool:
    """Have the kernel kill this process (SIGKILL) when the thread that started it ends, even in the middle of a
    query (PR_SET_PDEATHSIG; Linux only). Returns whether that is set."""
    if not sys.platform.startswith("linux"):
        return False
    zero = ctypes.c_ulong(0)
    try:  # PR_SET_PDEATHSIG, SIGKILL
        return ctypes.CDLL(None).prctl(1, ctypes.c_ulong(9), zero, zero, zero) == 0
    except (OSError, AttributeError):
        return False


__all__ = ["deny_network", "die_with_parent", "limit_memory"]
