#!/usr/bin/python3
# Usage: risknb kernel install (with JUPYTER_DATA_DIR set if you like), then PYTHONNOUSERSITE=1 /usr/bin/python3 kernel_benchmark.py
# (Debian jupyter-client). Figures, not a timed test.
"""Benchmarks of the risknotebooks kernel: ready after start, trivial cell round trip, RSS after 300 small cells."""
import statistics, time, sys
from jupyter_client.manager import KernelManager

km = KernelManager(kernel_name="risknotebooks")
t0 = time.perf_counter()
km.start_kernel()
kc = km.client(); kc.start_channels()
kc.wait_for_ready(timeout=60)
ready = time.perf_counter() - t0
pid = km.provisioner.pid if hasattr(km, "provisioner") and km.provisioner else km.kernel.pid

def run(code):
    t = time.perf_counter()
    r = kc.execute_interactive(code, timeout=120, output_hook=lambda m: None)
    assert r["content"]["status"] == "ok", r["content"]
    return (time.perf_counter() - t) * 1000

first = run("1 + 1")
times = [run("1 + 1") for _ in range(50)]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) / 1024
after_warm = rss()
for i in range(249):
    run(f"var v{i} = {i} * 2; v{i} + 1")
msgs=[]
kc.execute_interactive("GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); Console.WriteLine($\"managed {GC.GetTotalMemory(true)/1048576} MiB\");", output_hook=msgs.append)
print([m['content'].get('text') for m in msgs if m['msg_type']=='stream'], f"RSS after GC {rss():.0f} MiB")
print(f"kernel ready after start: {ready:.2f} s")
print(f"first cell round trip: {first:.0f} ms")
print(f"trivial cell round trip: median {statistics.median(times):.1f} ms, p90 {sorted(times)[44]:.1f} ms (50 cells)")
print(f"RSS after 51 cells: {after_warm:.0f} MiB; after 300 small cells: {rss():.0f} MiB")
km.shutdown_kernel(now=False)
